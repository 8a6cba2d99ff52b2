"""Ctrl+N is the "new" of the page shown (issue 22: on 服务接待 it opened 新建客户); the File menu says which."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from dealerdesk.services.auth import actor_for_login
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.main_window import MainWindow
from tests.factories import make_user


@pytest.fixture()
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


# page → (the page method Ctrl+N runs, the File menu's text)
NEW_OF_PAGE = {
    "customers": ("new_customer", "新建客户(&N)…"),
    "reception": ("new_appointment", "新建预约(&N)…"),
    "service": ("new_appointment", "新建预约(&N)…"),
    "users": ("new_user", "新建用户(&N)…"),
}


def press_ctrl_n(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("name", sorted(NEW_OF_PAGE))
def test_ctrl_n_runs_the_new_of_the_page_shown(qtbot, window, ctx, name):
    if name == "users":  # the admin's page: a window for an admin
        make_user("root", "管理员", "admin")
        window.close()  # one active window: the key goes to the admin's
        window = MainWindow(AppContext(actor=actor_for_login("root"), db_label="ui.db", clock=ctx.clock))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):
            window.activateWindow()
    window.show_page(name)
    page = window.pages[name]
    page = getattr(page, "lookup", page)  # 售后服务: its vehicle look-up tab books the appointment
    method, text = NEW_OF_PAGE[name]
    calls = []
    setattr(page, method, lambda *a, **k: calls.append(name))
    press_ctrl_n(qtbot, window)
    assert calls == [name]
    assert window.new_customer_action.text() == text
    assert window.new_customer_action.shortcut().toString() == "Ctrl+N"


def test_complaints_page_new_follows_its_tab(qtbot, window):
    window.show_page("complaints")
    page = window.pages["complaints"]
    calls = []
    page.complaints.new_complaint = lambda: calls.append("complaint")
    page.surveys.new_survey = lambda: calls.append("survey")
    press_ctrl_n(qtbot, window)
    window.update_new_action()
    assert window.new_customer_action.text() == "新投诉(&N)…"
    page.tabs.setCurrentWidget(page.surveys)
    press_ctrl_n(qtbot, window)
    assert calls == ["complaint", "survey"]
    window.update_new_action()
    assert window.new_customer_action.text() == "新增调查(&N)…"


def test_a_page_without_its_own_new_leaves_ctrl_n_to_a_new_customer(qtbot, window, monkeypatch):
    calls = []
    monkeypatch.setattr(MainWindow, "new_customer", lambda self: calls.append("customer"))
    window.show_page("reports")
    press_ctrl_n(qtbot, window)
    assert calls == ["customer"]
    assert window.new_customer_action.text() == "新建客户(&N)…"


def test_every_menu_shortcut_is_in_the_helps_table_and_the_help_menu_lists_them(window):
    from dealerdesk import config

    html = (config.resources_dir() / "help" / "index.html").read_text(encoding="utf-8")
    table = html[html.index('<a name="shortcuts">'):]
    table = table[:table.index("</table>")]
    keys = set()
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                keys.add(action.shortcut().toString())
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+Q", "Ctrl+L", "F1", "Ctrl+1"} <= keys
    pages = "<kbd>Ctrl+1</kbd> … <kbd>Ctrl+9</kbd>" in table  # one row for the nine pages
    missing = {k for k in keys if f"<kbd>{k}</kbd>" not in table
               and not (pages and k[:5] == "Ctrl+" and k[5:].isdigit())}
    assert not missing
    help_menu = [a.text() for m in window.menuBar().findChildren(QMenu) for a in m.actions()]
    assert "键盘快捷键(&K)" in help_menu
