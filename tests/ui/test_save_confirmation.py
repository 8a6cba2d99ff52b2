"""After each save the main window's status bar confirms it (ui/ops.confirm_saved): a use case run through
ops that changed something says 已保存 with the time; one that changed nothing, or failed, says nothing."""
from __future__ import annotations

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.services import changes
from dealerdesk.ui import ops
from dealerdesk.ui.main_window import MainWindow


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.statusBar().clearMessage()
    return window


def test_a_save_from_a_page_is_confirmed_in_the_status_bar(qtbot, ctx):
    window = _window(qtbot, ctx)
    page = window.stack.currentWidget()
    ops.run(page, ctx, lambda actor: changes.mark(changes.CUSTOMERS))
    assert window.statusBar().currentMessage() == "已保存（10:00）"


def test_a_save_from_a_dialog_without_a_parent_is_confirmed_too(qtbot, ctx):
    window = _window(qtbot, ctx)
    ops.run(None, ctx, lambda actor: changes.mark(changes.DUE))
    assert window.statusBar().currentMessage().startswith("已保存")


def test_nothing_changed_or_an_error_shows_no_confirmation(qtbot, ctx):
    window = _window(qtbot, ctx)
    ops.run(window, ctx, lambda actor: 42)
    assert window.statusBar().currentMessage() == ""

    def refuse(actor):
        changes.mark(changes.CUSTOMERS)
        raise InvalidInput("请填写投诉内容", field="content")

    ops.run(window, ctx, refuse, errors=lambda exc: None)
    assert window.statusBar().currentMessage() == ""
