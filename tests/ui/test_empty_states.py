"""Empty states: an empty list shows what it will show and its action (which opens the right dialog), a row
switches to the table; the first-steps checklist on the empty home page; the staff edit dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from dealerdesk.services import accounts
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, ServiceCatalogueItem, User, VehicleModel
from dealerdesk.ui.context import AppContext
from tests.factories import make_user


@pytest.fixture
def empty_store(tmp_path, qsettings_tmp, qapp):
    open_store(tmp_path / "empty.db", create=True)
    admin = make_user("root", "管理员", "admin")
    yield AppContext(actor=admin, db_label="empty.db")
    close_store()


def _opened(monkeypatch, module, name):
    """Replace dialog `name` in `module` by a recorder; returns the list of dialogs 'opened'."""
    seen = []

    class Fake:
        def __init__(self, *args, **kwargs):
            seen.append(args)

        def exec(self):
            return QDialog.DialogCode.Rejected

        def deleteLater(self):
            pass

    monkeypatch.setattr(module, name, Fake)
    return seen


def test_the_empty_customer_list_explains_itself_and_a_row_switches_to_the_table(qtbot, empty_store, monkeypatch,
                                                                                qtmodeltester):
    from dealerdesk.ui.dialogs import new_customer as new_customer_dialog
    from dealerdesk.ui.pages.customers import Page

    page = Page(empty_store)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.showing_empty and page.empty.buttons[0].text() == "新建客户"
    assert "还没有客户" in page.empty.title.text()
    seen = _opened(monkeypatch, new_customer_dialog, "NewCustomerDialog")
    page.empty.buttons[0].click()
    assert len(seen) == 1  # 新建客户 opens the new-customer dialog
    create_customer(empty_store.actor, CustomerInput(name="张伟", phones=["13800138000"]))
    page.refresh()
    assert not page.empty.showing_empty and page.empty.currentWidget() is page.table
    qtmodeltester.check(page.model)


def test_the_customer_list_filtered_to_nothing_keeps_its_table(qtbot, empty_store):
    from dealerdesk.ui.pages.customers import Page

    create_customer(empty_store.actor, CustomerInput(name="张伟", phones=["13800138000"]))
    page = Page(empty_store)
    qtbot.addWidget(page)
    page.search.setText("没有这个人")
    page.apply_filter()
    assert page.model.rowCount() == 0 and not page.empty.showing_empty


def test_the_import_action_opens_the_import_wizard(qtbot, empty_store, monkeypatch):
    from dealerdesk.ui.dialogs import import_wizard
    from dealerdesk.ui.pages.customers import Page

    page = Page(empty_store)
    qtbot.addWidget(page)
    seen = _opened(monkeypatch, import_wizard, "ImportWizard")
    page.empty.buttons[1].click()
    assert len(seen) == 1


def test_the_checklist_ticks_what_is_done_opens_each_place_and_can_be_dismissed(qtbot, empty_store, monkeypatch):
    from dealerdesk.ui.dialogs import import_wizard
    from dealerdesk.ui.pages.customers import Page

    shown_pages = []
    empty_store.show_page = shown_pages.append
    page = Page(empty_store)
    qtbot.addWidget(page)
    page.show()
    checklist = page.checklist
    assert checklist.isVisible() and [checklist.marks[c].text() for c in checklist.marks] == ["○"] * 4
    checklist.buttons["staff"].click()
    checklist.buttons["car_models"].click()
    checklist.buttons["service_items"].click()
    assert shown_pages == ["users", "catalogue", "catalogue"]
    seen = _opened(monkeypatch, import_wizard, "ImportWizard")
    checklist.buttons["customers"].click()
    assert len(seen) == 1

    make_user("li", "李顾问", "sales")
    VehicleModel.create(brand="吉利", name="星越L")
    checklist.refresh()
    assert checklist.marks["staff"].text() == "✔" and checklist.marks["car_models"].text() == "✔"
    assert checklist.marks["service_items"].text() == "○" and checklist.isVisible()

    checklist.close_button.click()
    assert not checklist.isVisible()
    again = Page(empty_store)  # dismissed stays dismissed (per store)
    qtbot.addWidget(again)
    again.show()
    assert not again.checklist.isVisible()
    QSettings().remove("home")


def test_the_checklist_goes_away_when_every_step_is_done(qtbot, empty_store):
    from dealerdesk.ui.pages.customers import Page

    make_user("li", "李顾问", "sales")
    VehicleModel.create(brand="吉利", name="星越L")
    ServiceCatalogueItem.create(code="L001", name="小保养工时", kind="labour", unit_price=120)
    create_customer(empty_store.actor, CustomerInput(name="张伟", phones=["13800138000"]))
    page = Page(empty_store)
    qtbot.addWidget(page)
    page.show()
    assert not page.checklist.isVisible() and not page.empty.showing_empty


def test_the_staff_list_with_only_the_admin_offers_new_user(qtbot, empty_store, monkeypatch):
    from dealerdesk.ui.pages import users

    page = users.Page(empty_store)
    qtbot.addWidget(page)
    assert page.empty.showing_empty and page.empty.buttons[0].text() == "新建用户"
    seen = _opened(monkeypatch, users, "NewUserDialog")
    page.empty.buttons[0].click()
    assert len(seen) == 1
    make_user("li", "李顾问", "sales")
    page.refresh()
    assert not page.empty.showing_empty


def test_the_worklist_complaints_and_audit_pages_show_their_empty_states(qtbot, empty_store):
    from dealerdesk.ui.pages import complaints, worklist

    manager = make_user("boss", "王经理", "manager")
    ctx = AppContext(actor=manager, db_label="empty.db")
    work = worklist.Page(ctx)
    qtbot.addWidget(work)
    assert work.empty.showing_empty and work.empty.buttons[0].text() == "新建客户"
    page = complaints.Page(ctx)
    qtbot.addWidget(page)
    tab = page.findChild(complaints.ComplaintsTab)
    assert tab.empty.showing_empty and tab.empty.buttons[0].text() == "受理投诉"


def test_the_reception_service_and_audit_pages_show_their_empty_states(qtbot, empty_store, monkeypatch):
    from dealerdesk.ui.pages import audit, reception, service

    manager = make_user("boss", "王经理", "manager")
    ctx = AppContext(actor=manager, db_label="empty.db")
    desk = reception.Page(ctx)
    qtbot.addWidget(desk)
    assert desk.appointments_empty.showing_empty and desk.appointments_empty.buttons[0].text() == "新建预约"
    assert desk.board_empty.showing_empty and desk.arrivals_empty.showing_empty
    desk.appointments_empty.buttons[0].click()
    assert type(desk.active_dialog).__name__ == "AppointmentDialog"  # 新建预约 opens the booking dialog
    desk.active_dialog.close()
    page = service.Page(ctx)
    qtbot.addWidget(page)
    lookup = page.findChild(service.LookupTab)
    assert lookup.hits_empty.showing_empty
    lookup.box.setText("粤B")
    lookup.run_lookup()
    assert not lookup.hits_empty.showing_empty  # a search with no hits keeps its (empty) list
    from dealerdesk.services.store_profile import save_profile

    log = audit.Page(ctx)
    qtbot.addWidget(log)
    assert log.empty.showing_empty  # nothing audited yet (the factory writes users directly)
    save_profile(manager, name="鹏程吉利4S店")
    log.refresh()
    assert not log.empty.showing_empty
    log.customer.setText("999999")
    log.refresh()
    assert log.empty.showing_empty and log.empty.buttons[0].text() == "清除筛选"
    log.empty.buttons[0].click()
    assert not log.empty.showing_empty and log.customer.text() == ""


def test_editing_a_staff_member_saves_name_role_phone_department_and_technician(qtbot, empty_store, monkeypatch):
    from dealerdesk.ui.pages import users

    make_user("li", "李顾问", "sales")
    page = users.Page(empty_store)
    qtbot.addWidget(page)
    page.show()

    def fill(dialog):
        qtbot.addWidget(dialog)
        assert dialog.name_edit.text() == "李顾问"
        dialog.name_edit.setText("李明")
        dialog.role.setCurrentIndex(dialog.role.findData("service_advisor"))
        dialog.phone_edit.setText("139 1234 5678")
        dialog.department_edit.setText("售后部")
        dialog.technician.setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(users.EditUserDialog, "exec", fill)
    page.select_login("li")
    page.edit_button.click()
    row = page.selected()
    assert (row.name, row.role, row.phone, row.department, row.technician) == (
        "李明", "service_advisor", "13912345678", "售后部", True)
    assert AuditLog.select().where(AuditLog.action == "user.update").count() == 1
    assert [s.login for s in accounts.staff(empty_store.actor, technicians=True)] == ["li"]


def test_a_wrong_staff_phone_is_shown_under_the_field(qtbot, empty_store):
    from dealerdesk.ui.pages import users

    make_user("li", "李顾问", "sales")
    row = accounts.list_accounts(empty_store.actor)[-1]
    dialog = users.EditUserDialog(empty_store, row)
    qtbot.addWidget(dialog)
    dialog.phone_edit.setText("12345")
    dialog.save()
    assert dialog.messages["phone"].text() and User.get(User.login == "li").phone == ""


def test_deactivating_staff_asks_first_and_removes_them_from_the_pickers(qtbot, empty_store, monkeypatch):
    from dealerdesk.services.sales import leads
    from dealerdesk.ui.pages import users

    make_user("li", "李顾问", "sales")
    page = users.Page(empty_store)
    qtbot.addWidget(page)
    page.select_login("li")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    page.deactivate_button.click()
    assert asked and not User.get(User.login == "li").active
    assert "li" not in [login for _id, login, _name in leads.consultants(empty_store.actor)]
    assert "li" not in [s.login for s in accounts.staff(empty_store.actor, roles=("sales",))]
