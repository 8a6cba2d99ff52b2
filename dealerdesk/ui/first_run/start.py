"""What the first-run wizard's choice does before the main window opens.

- 从空白开始: the new administrator is logged in; the empty home page shows the checklist.
- 导入 Excel: the same, and the import wizard opens over the main window (`after_window`).
- 共享数据库: the tested server store is opened instead (and remembered for the next starts, like 文件 →
  数据库连接); its own accounts log in there. A new, empty server store gets the administrator, profile and
  settings the person just typed, so they are not asked twice.
- 演示门店: the demo store is generated once (services.demo, behind a progress dialog) and opened for this
  session, with the demo login filled in; the new store stays the one opened at the next start.
Switching happens here because no window shows the first store's rows yet (services/connection.switch_store).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from dealerdesk import config
from dealerdesk.services import accounts, connection
from dealerdesk.services.auth import Actor
from dealerdesk.ui.first_run.wizard import DEMO, IMPORT, SHARED, FirstRunChoice, FirstRunWizard, tr

DEMO_CUSTOMERS = 3000  # as `dealerdesk --demo`: the same demo store file serves both


@dataclass
class FirstRunResult:
    actor: Actor
    store_label: str
    open_import: bool = False


def run_first_run(store_label: str, parent: QWidget | None = None) -> FirstRunResult | None:
    """Show the wizard; None when the person quit it (the program then ends)."""
    wizard = FirstRunWizard(parent, store_label)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.choice is None:
        return None
    return finish(wizard.choice, store_label, wizard=wizard)


def finish(choice: FirstRunChoice, store_label: str, *, demo_customers: int = DEMO_CUSTOMERS,
           wizard: FirstRunWizard | None = None) -> FirstRunResult | None:
    from dealerdesk.ui.session import ask_login

    if choice.start == SHARED:
        label = connection.store_label(connection.switch_store(choice.url))
        if wizard is not None and accounts.needs_first_admin():  # a new shared store: set it up the same way
            return FirstRunResult(wizard.set_up_again(), label)
        actor = ask_login(None, store_label=label)
        return FirstRunResult(actor, label) if actor is not None else None
    if choice.start == DEMO:
        from dealerdesk.services.demo import DEMO_PASSWORD

        path = config.demo_db_path()
        if not path.exists():
            _build_demo(path, demo_customers)
        label = connection.store_label(connection.switch_store(str(path)))
        actor = ask_login(None, login="manager01", password=DEMO_PASSWORD, store_label=label)
        return FirstRunResult(actor, label) if actor is not None else None
    return FirstRunResult(choice.actor, store_label, open_import=choice.start == IMPORT)


def _build_demo(path, customers: int) -> None:
    from dealerdesk.services.demo import DemoOptions, generate_demo
    from dealerdesk.ui.workers import run_with_progress

    path.parent.mkdir(parents=True, exist_ok=True)
    options = DemoOptions(path=path, customers=customers, seed=1, today=dt.date.today())
    try:
        run_with_progress(None, tr("演示门店"), tr("正在生成演示数据，请稍候……"), generate_demo, options)
    except BaseException:
        path.unlink(missing_ok=True)  # a half-written demo store would be opened next time
        raise


def after_window(result: FirstRunResult | None, ctx, window: QWidget) -> None:
    """Once the main window is up: the import wizard when the person chose to import a workbook."""
    if result is None or not result.open_import:
        return

    def open_import() -> None:
        from dealerdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(ctx, window).exec()

    QTimer.singleShot(0, open_import)
