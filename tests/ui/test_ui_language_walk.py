"""English left in the Chinese window, Chinese left in the English one: every page of the main window and
every dialog below is opened on a small store, and every piece of chrome it shows is read (window titles,
labels, buttons, group and tab titles, table headers, placeholders, tooltips, combo items, actions and
menus). Data from the store (names, plates, models) is not chrome and is left out.

The Chinese run loads Qt's own qtbase_zh_CN as the program does, so an untranslated Qt button shows up too.
The English run compiles the worktree's dealerdesk_en.ts (with the translators' work applied when it is on
this machine) and is expected to fail until the integrator has applied the translations."""
from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox,
                               QLabel, QLineEdit, QMenu, QPlainTextEdit, QTabBar, QTextEdit, QWidget,
                               QWizard, QWizardPage)

from dealerdesk import app as app_module
from dealerdesk.store.models import Customer, Lead, User, Vehicle, VehicleModel
from tests.ui.language_fixtures import restore_language, resources_with_english

CJK = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]")
WORD = re.compile(r"(?<![A-Za-z0-9_.@/\\-])[A-Za-z]{3,}(?![A-Za-z0-9_@/\\-])")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
# words a Chinese store uses as they are: product and file names, keys, codes of the trade
ALLOWED = {
    "DealerDesk", "PDF", "VIN", "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Del", "Delete", "Home", "End",
    "SMS", "KPI", "PDI", "CRM", "Excel", "CSV", "xlsx", "xls", "csv", "json", "pdf", "png", "jpg", "JSON",
    "PostgreSQL", "SQLite", "URL", "IP", "Windows", "Linux", "Qt", "PySide", "ReportLab", "Noto", "Sans",
    "CJK", "SIL", "OFL", "SUV", "MPV", "NPS", "CSI", "SSI", "DCC", "OTA", "APP", "App", "GPS", "ETC",
    "TOP", "YYYY", "MM", "DD", "Backspace", "PgUp", "PgDn", "Space", "demo", "postgresql", "localhost",
    "PNG", "JPG", "KB", "MB", "GB", "server", "pgpass", "conf",  # file types and a server's example name
    "English",  # the language's own name in the language choice
    "backups", "chinesecalendar",  # a folder's and a library's name
}


def store_data() -> list[str]:
    """What the store itself says (longest first, so a name inside a longer one is taken out whole)."""
    values = [*Customer.select(Customer.name).tuples(), *Customer.select(Customer.city).tuples(), *User.select(User.display_name).tuples(),
              *User.select(User.login).tuples(), ("system",),  # logins (the audit log's filter), the system's
              *Vehicle.select(Vehicle.plate).tuples(), *VehicleModel.select(VehicleModel.brand).tuples(),
              *VehicleModel.select(VehicleModel.name).tuples(),
              ("简体中文",)]  # and the language choice names each language in its own words
    return sorted({v for (v,) in values if v and len(v) >= 2}, key=len, reverse=True)


def chrome(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every piece of chrome under `root` (its own window title included)."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str | None) -> None:
        if isinstance(text, str) and text.strip():
            out.append((f"{type(widget).__name__}#{widget.objectName() or '-'}.{what}", text))

    def add_actions(widget: QWidget) -> None:
        for action in widget.actions():
            add(widget, "action", action.text())
            add(widget, "action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "")
                else "")
            if action.menu() is not None and isinstance(action.menu(), QMenu):
                add(widget, "menu", action.menu().title())
                add_actions(action.menu())

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow():
            add(widget, "windowTitle", widget.windowTitle())
        add(widget, "toolTip", widget.toolTip())
        add_actions(widget)
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, f"tab {i}", widget.tabText(i))
                add(widget, f"tab {i} tooltip", widget.tabToolTip(i))
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.itemText(i))
        elif isinstance(widget, QAbstractSpinBox):
            add(widget, "specialValueText", widget.specialValueText())
            add(widget, "suffix", getattr(widget, "suffix", lambda: "")())
            add(widget, "prefix", getattr(widget, "prefix", lambda: "")())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            from PySide6.QtCore import QModelIndex

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: no header
                columns = 0
            for column in range(columns):
                add(widget, f"header {column}", model.headerData(column, Qt.Orientation.Horizontal))
        if isinstance(widget, QWizardPage):
            add(widget, "title", widget.title())
            add(widget, "subTitle", widget.subTitle())
        if isinstance(widget, QWizard):
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
                add(widget, "button", widget.buttonText(button))
    return [(where, str(text)) for where, text in out]


def wrong_language(texts: list[tuple[str, str]], language: str, data: list[str]) -> list[str]:
    found = []
    for where, text in texts:
        plain = TAG.sub(" ", text)
        for value in data:  # an ASCII value (a login) only as a whole word: "li" is not taken out of "English"
            plain = re.sub(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])", " ", plain) if value.isascii() \
                else plain.replace(value, " ")
        if language == "en":
            bad = CJK.findall(plain)
        else:
            bad = [w for w in WORD.findall(plain) if w not in ALLOWED]
        if bad:
            found.append(f"{where}: {text[:80]!r} ({' '.join(dict.fromkeys(bad))})")
    return list(dict.fromkeys(found))


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp, tmp_path_factory, monkeypatch):
    from dealerdesk import config

    if request.param == "en":
        folder = resources_with_english(tmp_path_factory.mktemp("resources"))
        monkeypatch.setattr(config, "resources_dir", lambda: folder)
    before = QLocale()
    app_module.install_translators(qapp, request.param)
    yield request.param
    restore_language(qapp, before)


def _first(model) -> int:
    return model.select(model.id).order_by(model.id).first().id


def dialogs(ctx, store) -> dict[str, Callable[[], QWidget]]:
    """Every dialog the window opens, with what it needs from the small store."""
    from dealerdesk.ui.dialogs import (appointment, catalogue, check_in, complaint, customer_records, defeat,
                                       event, export, follow_up, import_wizard, lead, level_change, login, merge,
                                       new_customer, order, privacy, profile, service_record, store_connection,
                                       store_profile, survey, vehicle, walk_in)
    from dealerdesk.services.aftersales.vehicles import get_vehicle_card
    from dealerdesk.ui.dialogs import delivery, transfer
    from dealerdesk.ui.first_run.wizard import FirstRunWizard
    from dealerdesk.ui.help import HelpDialog

    ids, lead_id, car = store["ids"], _first(Lead), _first(Vehicle)
    return {
        "appointment": lambda: appointment.AppointmentDialog(ctx, customer_id=ids[2], vehicle_id=car),
        "model": lambda: catalogue.ModelDialog(ctx),
        "item": lambda: catalogue.ItemDialog(ctx),
        "package": lambda: catalogue.PackageDialog(ctx),
        "check_in": lambda: check_in.CheckInDialog(ctx),
        "complaint": lambda: complaint.ComplaintDialog(ctx, customer_id=ids[1]),
        "contact_log": lambda: customer_records.ContactLogDialog(ctx, ids[0]),
        "purchase": lambda: customer_records.PurchaseDialog(ctx, ids[0]),
        "contact_person": lambda: customer_records.ContactPersonDialog(ctx, ids[0]),
        "defeat": lambda: defeat.DefeatDialog(ctx, lead_id),
        "defeat_approval": lambda: defeat.DefeatApprovalDialog(ctx),
        "event": lambda: event.EventDialog(ctx),
        "export": lambda: export.ExportDialog(ctx, customer_ids=ids),
        "follow_up": lambda: follow_up.FollowUpDialog(ctx, lead_id),
        "import": lambda: import_wizard.ImportWizard(ctx),
        "lead": lambda: lead.LeadDialog(ctx, customer_id=ids[0]),
        "reassign": lambda: lead.ReassignDialog(ctx, [lead_id]),
        "level_change": lambda: level_change.LevelChangeDialog(ctx, lead_id),
        "login": lambda: login.LoginDialog(None, login="boss"),
        "first_admin": lambda: login.FirstAdminDialog(None, "ui.db"),
        "change_password": lambda: login.ChangePasswordDialog(ctx),
        "merge": lambda: merge.MergeDialog(ctx, ids[0], ids[1]),
        "new_customer": lambda: new_customer.NewCustomerDialog(ctx),
        "order": lambda: order.OrderDialog(ctx, lead_id),
        "erase": lambda: privacy.EraseCustomerDialog(ctx, ids[3], "王芳"),
        "profile": lambda: profile.ProfileWindow(ctx, ids[0]),
        "service_record": lambda: service_record.ServiceRecordDialog(ctx, car),
        "store_connection": lambda: store_connection.StoreConnectionDialog(ctx, "ui.db"),
        "store_profile": lambda: store_profile.StoreProfileDialog(ctx),
        "survey": lambda: survey.SurveyDialog(ctx, customer_id=ids[0]),
        "vehicle": lambda: vehicle.VehicleDialog(ctx, customer_id=ids[0]),
        "walk_in": lambda: walk_in.WalkInDialog(ctx),
        "help": lambda: HelpDialog(None),
        "transfer": lambda: transfer.TransferDialog(ctx, get_vehicle_card(ctx.actor, car)),
        "renewal": lambda: vehicle.RenewalDialog(ctx, get_vehicle_card(ctx.actor, car)),
        "cancel_order": lambda: order.CancelOrderDialog(ctx, lead_id),
        "delivery": lambda: delivery.DeliveryDialog(ctx, lead_id),
        "first_run": lambda: FirstRunWizard(),
    }


DIALOGS = ["appointment", "model", "item", "package", "check_in", "complaint", "contact_log", "purchase",
           "contact_person", "defeat", "defeat_approval", "event", "export", "follow_up", "import", "lead",
           "reassign", "level_change", "login", "first_admin", "change_password", "merge", "new_customer",
           "order", "erase", "profile", "service_record", "store_connection", "store_profile", "survey",
           "vehicle", "walk_in", "help", "transfer", "renewal", "cancel_order", "delivery", "first_run"]


def test_every_page_speaks_one_language(qtbot, ctx, store, language):
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.main_window import MainWindow
    from dealerdesk.ui.pages import PAGES, may_open
    from tests.factories import make_user

    make_user("root", "管理员", "admin")
    found, opened = [], set()
    for login in ("boss", "root"):  # the manager's pages, then the administrator's (users, settings)
        window = MainWindow(AppContext(actor=actor_for_login(login), db_label="ui.db", clock=ctx.clock))
        qtbot.addWidget(window)
        window.show()
        for name, *_rest in PAGES:
            if name in opened or not may_open(window.ctx.actor, name):
                continue
            window.show_page(name)
            opened.add(name)
        found += wrong_language(chrome(window), language, store_data())
        window.close()
    assert opened == {name for name, *_rest in PAGES}
    assert not found, f"{len(found)} in the {language} window:\n" + "\n".join(found[:40])


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_speaks_one_language(qtbot, ctx, store, language, name):
    widget = dialogs(ctx, store)[name]()
    qtbot.addWidget(widget)
    widget.show()
    found = wrong_language(chrome(widget), language, store_data())
    assert not found, f"{name} ({language}):\n" + "\n".join(found[:40])


def test_the_walk_sees_english_in_chinese_and_chinese_in_english(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    box.setWindowTitle("客户 Customers")
    layout = QVBoxLayout(box)
    layout.addWidget(QPushButton("Save (Ctrl+S)"))
    edit = QLineEdit()
    edit.setPlaceholderText("输入 VIN")
    layout.addWidget(edit)
    label = QLabel("<b>王芳</b>")
    layout.addWidget(label)
    texts = chrome(box)
    assert [line.split(":")[0] for line in wrong_language(texts, "zh_CN", [])] == [
        "QWidget#-.windowTitle", "QPushButton#-.text"]
    assert [line.split(":")[0] for line in wrong_language(texts, "en", ["王芳"])] == [
        "QWidget#-.windowTitle", "QLineEdit#-.placeholder"]
