"""The profile as the front desk and the consultant use it (issue 22): a lead opened and followed up in place, a
call logged for a customer without a lead that comes back in the worklist, a company's contact found by their
phone, and two customers of one name told apart in the search popup."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales.worklist import build_worklist
from dealerdesk.store.models import Customer, FollowUp, Interaction, Lead, Purchase, Reminder
from dealerdesk.ui.dialogs.customer_records import ContactLogDialog, ContactPersonDialog, PurchaseDialog
from dealerdesk.ui.dialogs.follow_up import FollowUpDialog
from dealerdesk.ui.dialogs.lead import LeadDialog
from dealerdesk.ui.dialogs.profile import ProfileWindow
from dealerdesk.ui.widgets.search_box import GlobalSearchBox, highlighted_column
from tests.ui.conftest import NOW


def profile(ctx, qtbot, customer_id):
    w = ProfileWindow(ctx, customer_id)
    w.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture()
def windows():
    opened = []
    yield opened
    for w in opened:
        if isValid(w):
            w.close()


def test_open_a_lead_from_the_profile_and_log_a_follow_up(ctx, store, qtbot, windows):
    cid = store["ids"][0]  # 张伟: an open H lead with an overdue follow-up
    w = profile(ctx, qtbot, cid)
    windows.append(w)
    actions = w.lead_actions
    seen = []
    actions.exec_dialog = lambda d: seen.append(d) or 0
    view = actions.view
    w.tabs.setCurrentIndex(1)  # 线索与级别
    assert not actions.buttons["follow_up"].isEnabled()  # nothing selected yet
    view.setFocus()
    view.selectRow(0)
    assert actions.buttons["follow_up"].isEnabled() and actions.buttons["order"].isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens the lead with its history and actions
    assert isinstance(seen[-1], LeadDialog) and seen[-1].lead_id == Lead.get(Lead.customer == cid).id

    def log(dialog):
        seen.append(dialog)
        dialog.content.setPlainText("来电问价，约周六到店")
        dialog.accept()
        return 1
    actions.exec_dialog = log
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert isinstance(seen[-1], FollowUpDialog)
    lead = Lead.get(Lead.customer == cid)
    done = Interaction.get(Interaction.lead == lead.id)
    assert done.content == "来电问价，约周六到店"
    assert FollowUp.select().where(FollowUp.lead == lead.id, FollowUp.status == "done").count() == 1
    # the profile re-read itself from the bus: the contact is in its interactions tab
    qtbot.waitUntil(lambda: w.views["interactions"].rowCount() == 1)


def test_log_a_call_for_a_customer_without_a_lead_and_find_it_in_the_worklist(ctx, store, qtbot, windows):
    cid = store["ids"][3]  # 刘洋: no lead, no consultant
    assert not Lead.select().where(Lead.customer == cid).exists()
    w = profile(ctx, qtbot, cid)
    windows.append(w)
    records = w.records
    assert records.log_button.isEnabled()

    def fill(dialog):
        assert isinstance(dialog, ContactLogDialog)
        dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
        dialog.content.setPlainText("问保险续保的价格")
        dialog.plan.setChecked(True)
        dialog.next_at.setDateTime(dialog.next_at.dateTime().addDays(1))
        dialog.accept()
        return 1
    records.exec_dialog = fill
    qtbot.mouseClick(records.log_button, Qt.MouseButton.LeftButton)

    call = Interaction.get(Interaction.customer == cid)
    assert (call.channel, call.lead_id) == ("phone", None)
    reminder = Reminder.get(Reminder.customer == cid, Reminder.kind == "contact")
    assert reminder.owner_id == ctx.actor.id  # no consultant: whoever logged it
    items = build_worklist(ctx.actor, NOW + dt.timedelta(days=4)).rows()
    mine = [i for i in items if i.item.customer_id == cid]
    assert [(i.item.kind, i.section) for i in mine] == [("contact", "today")]
    qtbot.waitUntil(lambda: w.views["interactions"].rowCount() == 1)


def test_a_purchase_by_hand_recomputes_the_score(ctx, store, qtbot, windows):
    cid = store["ids"][3]
    before = Customer.get_by_id(cid).value_score
    w = profile(ctx, qtbot, cid)
    windows.append(w)

    def fill(dialog):
        assert isinstance(dialog, PurchaseDialog)
        dialog.model.setCurrentText("大众 帕萨特")
        dialog.price.setValue(180000)
        dialog.accept()
        return 1
    w.records.exec_dialog = fill
    qtbot.mouseClick(w.records.purchase_button, Qt.MouseButton.LeftButton)
    assert Purchase.get(Purchase.customer == cid).model_name == "大众 帕萨特"
    assert Customer.get_by_id(cid).value_score > before
    qtbot.waitUntil(lambda: w.views["purchases"].rowCount() == 1)


def test_add_a_contact_to_a_company_and_find_it_by_the_contacts_phone(ctx, store, qtbot, windows):
    company = create_customer(SYSTEM, CustomerInput(name="鹏程物流有限公司", phones=["0755-26001234"],
                                                    kind="company")).id
    w = profile(ctx, qtbot, company)
    windows.append(w)
    records = w.records
    assert w.tabs.isTabVisible(w.tabs.indexOf(records.page))

    def fill(dialog):
        assert isinstance(dialog, ContactPersonDialog)
        dialog.name.setText("赵车队")
        dialog.title.setText("车队主管")
        dialog.phone.setText("13566667777")
        dialog.is_main.setChecked(True)
        dialog.accept()
        return 1
    records.exec_dialog = fill
    qtbot.mouseClick(records.add_contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: records.model.rowCount() == 1)
    assert records.model.index(0, 1).data() == "赵车队" and records.model.index(0, 0).data() == "★"

    box = GlobalSearchBox(lambda: ctx.actor)
    qtbot.addWidget(box)
    box.show()
    box.setText("13566667777")
    box.run_search()
    assert [h.id for h in box.hits] == [company]
    box.setText("赵车队")
    box.run_search()
    assert [h.id for h in box.hits] == [company]
    assert highlighted_column(box.hits[0]) == 5  # "联系人 赵车队" in the last column, highlighted


def test_two_customers_with_one_name_are_told_apart_in_the_search_popup(ctx, store, qtbot):
    sales = store["sales"]
    first = create_customer(SYSTEM, CustomerInput(name="王宁", phones=["13811112222"], owner_id=sales.id)).id
    second = create_customer(SYSTEM, CustomerInput(name="王宁", phones=["13933334444"])).id
    box = GlobalSearchBox(lambda: ctx.actor)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "wangning")
    qtbot.waitUntil(lambda: box.popup.isVisible(), timeout=2000)
    rows = {item.data(0, Qt.ItemDataRole.UserRole + 1): [item.text(c).strip() for c in range(6)]
            for item in box.popup.hit_items()}
    assert set(rows) == {first, second}
    assert rows[first][:4] == ["王宁", "138 1111 2222", "", "李顾问"]  # grouped as read
    assert rows[second][:4] == ["王宁", "139 3333 4444", "", "—"]
    assert all(r[0] == "王宁" and "王宁" not in r[5] for r in rows.values())  # the name once
    opened = []
    box.customerActivated.connect(opened.append)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened and box.selectedText() == "wangning"  # selected: typing the next name replaces it


def test_masked_roles_see_the_phone_masked_in_the_popup(store, qtbot):
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.services.settings import set_setting
    from tests.factories import make_user

    make_user("desk", "前台", "front_desk")
    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])
    box = GlobalSearchBox(lambda: actor_for_login("desk"))
    qtbot.addWidget(box)
    box.setText("张伟")
    box.run_search()
    assert box.hits[0].phone == "138****8000"


def test_a_walk_in_from_the_profile_is_for_that_customer(ctx, store, qtbot, windows):
    from dealerdesk.ui.dialogs.walk_in import WalkInDialog

    cid = store["ids"][0]  # 张伟, open H lead
    w = profile(ctx, qtbot, cid)
    windows.append(w)

    def register(dialog):
        assert isinstance(dialog, WalkInDialog) and dialog.customer_id == cid
        assert not dialog.new_form.isVisibleTo(dialog) and dialog.lead_note.isVisibleTo(dialog)
        dialog.test_drive.setChecked(True)
        dialog.driven.setCurrentText("汉EV")
        dialog.accept()
        return 1
    w.records.exec_dialog = register
    qtbot.mouseClick(w.records.walk_in_button, Qt.MouseButton.LeftButton)
    visit = Interaction.get(Interaction.customer == cid)
    assert (visit.methods, visit.driven_model) == ("visit,test_drive", "汉EV")
    qtbot.waitUntil(lambda: w.views["interactions"].rowCount() == 1)
    assert w.views["interactions"].index(0, 1).data() == "到店、试驾（汉EV）"


def test_the_contact_dialog_says_a_lead_follow_up_is_done_elsewhere(ctx, store, qtbot):
    dialog = ContactLogDialog(ctx, store["ids"][0])  # 张伟 has an open lead
    qtbot.addWidget(dialog)
    assert any("F2" in label.text() for label in dialog.findChildren(type(dialog.content_msg)))
    other = ContactLogDialog(ctx, store["ids"][3])  # 刘洋: none
    qtbot.addWidget(other)
    assert not any("F2" in label.text() for label in other.findChildren(type(other.content_msg)))
