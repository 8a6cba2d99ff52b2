"""The main window follows the role: a user of each role logs in through the login dialog, and exactly that
role's pages and actions are enabled, the others greyed out with the reason; the settings page shows the
matrix read-only."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dealerdesk.domain import permissions as perms
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.pages import PAGES
from tests.factories import TEST_PASSWORD, make_user

# what each role's window offers: the pages in navigation order, and the File menu actions
EXPECTED_PAGES = {
    "front_desk": {"customers", "worklist", "service", "reception", "complaints", "events", "campaigns"},
    "sales": {"customers", "worklist", "service", "complaints", "events", "key_accounts", "campaigns"},
    "service_advisor": {"customers", "service", "reception", "complaints"},
    "manager": {"customers", "worklist", "service", "reception", "complaints", "reports", "settings", "audit",
                "catalogue", "events", "key_accounts", "campaigns"},
    "admin": {"customers", "service", "settings", "audit", "users", "catalogue"},
}
for _role in ("sales", "manager"):  # 目标与绩效 (issue 25): the manager's, and each consultant's own
    EXPECTED_PAGES[_role] = EXPECTED_PAGES[_role] | {"targets"}
EXPECTED_ACTIONS = {  # (new customer, import, export)
    "front_desk": (True, True, False),
    "sales": (True, False, False),
    "service_advisor": (True, False, False),
    "manager": (True, True, True),
    "admin": (True, True, True),
}


@pytest.fixture()
def window_for(qtbot, ctx):
    def build(role: str) -> MainWindow:
        from PySide6.QtWidgets import QDialog

        from dealerdesk.ui.dialogs.login import LoginDialog

        make_user(f"u_{role}", f"{perms.role_label(role)}甲", role)
        login = LoginDialog()  # the window is for whoever logged in, as at start-up
        qtbot.addWidget(login)
        login.login_edit.setText(f"u_{role}")
        login.password_edit.setText(TEST_PASSWORD)
        login.try_login()
        assert login.result() == QDialog.DialogCode.Accepted and login.actor.role == role
        ctx.actor = login.actor
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win
    return build


def enabled_pages(win: MainWindow) -> set[str]:
    return {PAGES[i][0] for i in range(win.nav.count())
            if win.nav.item(i).flags() & Qt.ItemFlag.ItemIsEnabled}


@pytest.mark.parametrize("role", perms.ROLES)
def test_each_role_gets_exactly_its_pages_and_actions(window_for, role):
    win = window_for(role)
    assert enabled_pages(win) == EXPECTED_PAGES[role]
    assert {PAGES[i][0] for i, a in enumerate(win.page_actions) if a.isEnabled()} == EXPECTED_PAGES[role]
    assert (win.new_customer_action.isEnabled(), win.import_action.isEnabled(),
            win.export_action.isEnabled()) == EXPECTED_ACTIONS[role]
    assert win.current_page_name() in EXPECTED_PAGES[role]
    for i in range(win.nav.count()):
        if PAGES[i][0] not in EXPECTED_PAGES[role]:
            assert win.nav.item(i).toolTip().startswith(perms.role_label(role) + "不能")


def test_a_closed_page_cannot_be_opened_by_shortcut_or_context(qtbot, window_for, ctx):
    win = window_for("front_desk")
    win.show_page("customers")
    qtbot.keyClick(win, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # 报表
    ctx.show_page("settings")
    assert win.current_page_name() == "customers"
    assert "reports" not in win.pages
    assert win.nav.item(5).toolTip() == "前台不能生成月度汇总"


def test_front_desk_buttons_follow_the_matrix(window_for):
    win = window_for("front_desk")
    win.show_page("customers")
    customers = win.pages["customers"]
    assert customers.new_button.isEnabled()
    assert not customers.delete_button.isEnabled()
    assert customers.delete_button.toolTip() == "前台不能删除客户"
    win.show_page("reception")
    reception = win.pages["reception"]
    buttons = {b.text().split(" (")[0]: b for b in reception.findChildren(type(customers.new_button))}
    assert buttons["新预约"].isEnabled() and not buttons["接车"].isEnabled()
    assert buttons["接车"].toolTip() == "前台不能接车、开工单和结算"
    win.show_page("service")
    service = win.pages["service"]
    assert service.lookup.add_button.toolTip() == "前台不能登记车辆和维修保养记录"


def test_the_manager_may_generate_the_monthly_summary(window_for):
    win = window_for("manager")
    win.show_page("reports")
    assert win.pages["reports"].generate_button.isEnabled()


def test_admin_sees_the_matrix_read_only(qtbot, window_for, qtmodeltester):
    win = window_for("admin")
    win.show_page("settings")
    page = win.pages["settings"]
    model = page.permission_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(perms.ACTIONS)
    assert model.columnCount() == 2 + len(perms.ROLES)
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "合并客户")
    cells = [model.index(row, 2 + i).data() for i in range(len(perms.ROLES))]
    assert cells == ["—", "—", "—", "✓", "✓"]
    assert not model.flags(model.index(row, 2)) & Qt.ItemFlag.ItemIsEditable


def test_front_desk_profile_offers_no_merge_or_delete(qtbot, ctx, store):
    from dealerdesk.ui.dialogs.profile import ProfileWindow

    ctx.actor = make_user("desk9", "前台小吴", "front_desk")
    w = ProfileWindow(ctx, store["ids"][0])
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(w)
    assert not w.merge_button.isEnabled() and w.merge_button.toolTip() == "前台不能合并客户"
    assert not w.delete_button.isEnabled() and w.delete_button.toolTip() == "前台不能删除客户"
    assert w.save_button.isEnabled()
    assert not w.reveal_button.isVisibleTo(w)  # the front desk sees phones by default
