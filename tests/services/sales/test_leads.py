"""Lead services: the follow-up plan after every action, level history, order/delivery/cancel, defeat with
approval, reassignment and snoozing. Times are fixed so each date rule is checked exactly."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import leads
from dealerdesk.services.sales.due import due_items
from dealerdesk.services.search import search_customers
from dealerdesk.services.settings import set_setting
from dealerdesk.store.models import (
    AuditLog,
    Customer,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    LevelChange,
    Purchase,
    SalesOrder,
    Vehicle,
    VehicleModel,
)

from tests.factories import make_user

MON = dt.datetime(2026, 10, 12, 10, 30)  # a Monday
VIN = "LSVAB2AB1CN000001"


@pytest.fixture
def people(store):
    boss = make_user("boss", "王经理", "manager")
    li = make_user("li", "李顾问", "sales")
    zhao = make_user("zhao", "赵顾问", "sales")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], owner_id=li.id, consent=True))
    model = VehicleModel.create(brand="大众", name="帕萨特", price=200000)
    Customer.update(last_activity_at=MON - dt.timedelta(days=30)).execute()
    return {"boss": boss, "li": li, "zhao": zhao, "cid": cust.id, "model": model.id}


def new_lead(p, level="C", at=MON, **kw) -> leads.LeadDetail:
    data = leads.LeadInput(customer_id=p["cid"], level=level, model_id=p["model"], received_at=at, **kw)
    return leads.create_lead(p["li"], data, at=at)


def planned(lead_id):
    return list(FollowUp.select().where(FollowUp.lead == lead_id, FollowUp.status == "planned"))


@pytest.mark.parametrize("received, due, overdue", [
    (dt.datetime(2026, 10, 12, 11, 59), dt.datetime(2026, 10, 12, 14, 0), dt.datetime(2026, 10, 12, 18, 0)),
    (dt.datetime(2026, 10, 12, 12, 0), dt.datetime(2026, 10, 13, 9, 0), dt.datetime(2026, 10, 13, 12, 0)),
    (dt.datetime(2026, 10, 12, 23, 30), dt.datetime(2026, 10, 13, 9, 0), dt.datetime(2026, 10, 13, 12, 0)),
])
def test_new_lead_follows_the_24_hour_rule(people, received, due, overdue):
    lead = new_lead(people, level="N", at=received)
    [fu] = planned(lead.id)
    assert (fu.due_at, fu.overdue_at, fu.owner_id) == (due, overdue, people["li"].id)
    assert (lead.next_follow_up_at, lead.next_overdue_at) == (due, overdue)


# contacted Monday 10:30: suggested x days later at 09:00 (workday start), overdue from 00:00 after day y
@pytest.mark.parametrize("level, due_day, overdue_day", [
    ("C", 22, 28), ("B", 17, 20), ("A", 15, 18), ("H", 13, 15),
])
def test_each_level_plans_from_its_cadence(people, level, due_day, overdue_day):
    lead = new_lead(people, level="N", at=MON - dt.timedelta(hours=1))
    after = leads.log_follow_up(people["li"], lead.id, "phone", "介绍车型", "有意向", new_level=level, at=MON)
    [fu] = planned(lead.id)
    assert fu.due_at == dt.datetime(2026, 10, due_day, 9, 0)
    assert fu.overdue_at == dt.datetime(2026, 10, overdue_day, 0, 0)
    assert fu.level == level and after.level == level


def test_order_plans_weekly_and_delivery_plans_the_24_hour_call(people):
    lead = new_lead(people, level="H")
    leads.record_order(people["li"], lead.id, leads.OrderInput(model_id=None, price=198000, payment_method="loan"),
                       at=MON)
    [fu] = planned(lead.id)
    assert (fu.due_at, fu.overdue_at) == (dt.datetime(2026, 10, 19, 9, 0), dt.datetime(2026, 10, 20))
    delivered = MON + dt.timedelta(days=9)
    res = leads.record_delivery(people["li"], lead.id, leads.DeliveryInput(vin=VIN.lower(), plate="粤b 12345"),
                                at=delivered)
    [call] = planned(lead.id)
    assert call.kind == "post_delivery_call"
    assert (call.due_at, call.overdue_at) == (delivered, delivered + dt.timedelta(hours=24))
    assert (res.call_due_at, res.lead.level, res.lead.status) == (delivered, "D", "delivered")
    car = Vehicle.get_by_id(res.vehicle_id)
    assert (car.vin, car.plate, car.owner_id, car.model_name) == (VIN, "粤B12345", people["cid"], "帕萨特")
    assert Purchase.get_by_id(res.purchase_id).price == 198000
    assert SalesOrder.get(SalesOrder.lead == lead.id).status == "delivered"
    assert Delivery.select().count() == 1
    assert [h.id for h in search_customers(SYSTEM, "12345")] == [people["cid"]]
    # one due item for the call, however the due list is asked
    items = [i for i in due_items(people["boss"], delivered + dt.timedelta(hours=1)) if i.lead_id == lead.id]
    assert [i.kind for i in items] == ["post_delivery_call"]
    # the call itself is logged like any follow-up; nothing further is planned
    done = leads.log_follow_up(people["li"], lead.id, "phone", "交车回访：满意", at=delivered + dt.timedelta(hours=3))
    assert planned(lead.id) == [] and done.next_follow_up_at is None


def test_delivery_rejects_a_bad_vin_and_writes_nothing(people):
    lead = new_lead(people, level="H")
    leads.record_order(people["li"], lead.id, leads.OrderInput(model_id=people["model"], price=1), at=MON)
    with pytest.raises(InvalidInput) as err:
        leads.record_delivery(people["li"], lead.id, leads.DeliveryInput(vin="LSVAB2AB1CN00000"), at=MON)
    assert err.value.field == "vin"
    with pytest.raises(InvalidInput) as err:
        leads.record_delivery(people["li"], lead.id, leads.DeliveryInput(vin=VIN, plate="12345"), at=MON)
    assert err.value.field == "plate"
    assert Vehicle.select().count() == 0 and Lead.get_by_id(lead.id).level == "O"


def test_changed_cadence_applies_to_new_follow_ups_only(people):
    first = new_lead(people, level="B")
    leads.log_follow_up(people["li"], first.id, "wechat", "发报价", at=MON)
    set_setting(people["boss"], "cadence.B", [2, 3])
    second = new_lead(people, level="B")
    leads.log_follow_up(people["li"], second.id, "wechat", "发报价", at=MON)
    assert planned(first.id)[0].due_at == dt.datetime(2026, 10, 17, 9, 0)
    assert planned(second.id)[0].due_at == dt.datetime(2026, 10, 14, 9, 0)
    assert planned(second.id)[0].overdue_at == dt.datetime(2026, 10, 16)


def test_edited_date_keeps_the_cadence_span(people):
    lead = new_lead(people, level="A")  # A: 3–5 days, so overdue 3 days after the suggested day
    leads.log_follow_up(people["li"], lead.id, "phone", "约试驾", next_due=dt.datetime(2026, 10, 20, 15, 0), at=MON)
    [fu] = planned(lead.id)
    assert (fu.due_at, fu.overdue_at) == (dt.datetime(2026, 10, 20, 15, 0), dt.datetime(2026, 10, 23))
    plan = leads.suggest_follow_up(people["li"], "A", MON, next_due=dt.datetime(2026, 10, 20, 15, 0))
    assert (plan.due_at, plan.overdue_at) == (fu.due_at, fu.overdue_at)
    with pytest.raises(InvalidInput) as err:
        leads.log_follow_up(people["li"], lead.id, "phone", "x", next_due=MON - dt.timedelta(days=1), at=MON)
    assert err.value.field == "next_due"


def test_log_follow_up_is_one_complete_record(people):
    lead = new_lead(people, level="N", at=MON - dt.timedelta(hours=2))
    [before] = planned(lead.id)
    leads.log_follow_up(people["li"], lead.id, "test_drive", "试驾帕萨特", "很满意", new_level="A", at=MON)
    before = FollowUp.get_by_id(before.id)
    inter = Interaction.get(Interaction.lead == lead.id)
    assert (before.status, before.done_at, before.interaction_id) == ("done", MON, inter.id)
    assert (inter.channel, inter.content, inter.result) == ("test_drive", "试驾帕萨特", "很满意")
    change = LevelChange.select().where(LevelChange.lead == lead.id).order_by(LevelChange.id.desc()).first()
    assert (change.from_level, change.to_level, change.changed_by_id, change.reason) == ("N", "A", people["li"].id,
                                                                                        "很满意")
    row = Lead.get_by_id(lead.id)
    assert (row.level, row.last_contact_at) == ("A", MON)
    assert Customer.get_by_id(people["cid"]).last_activity_at == MON
    with pytest.raises(InvalidInput) as err:
        leads.log_follow_up(people["li"], lead.id, "phone", "  ", at=MON)
    assert err.value.field == "content"
    with pytest.raises(InvalidInput):
        leads.log_follow_up(people["li"], lead.id, "phone", "想直接成交", new_level="O", at=MON)


def test_level_change_needs_a_reason_and_is_kept(people):
    lead = new_lead(people, level="C")
    with pytest.raises(InvalidInput) as err:
        leads.change_level(people["li"], lead.id, "B", "", at=MON)
    assert err.value.field == "reason"
    leads.change_level(people["li"], lead.id, "B", "预算明确", at=MON + dt.timedelta(hours=1))
    leads.change_level(people["li"], lead.id, "C", "推迟购车", at=MON + dt.timedelta(hours=2))
    history = [(h.from_level, h.to_level, h.text, h.who) for h in leads.lead_history(people["boss"], lead.id)
               if h.kind == "level"]
    assert history == [("B", "C", "推迟购车", "李顾问"), ("C", "B", "预算明确", "李顾问"), ("", "C", "新建线索", "李顾问")]
    assert len(planned(lead.id)) == 1  # re-planned, never a second copy


def test_defeat_needs_a_reason_category_and_competitor(people):
    lead = new_lead(people, level="B")
    with pytest.raises(InvalidInput) as err:
        leads.request_defeat(people["li"], lead.id, "", at=MON)
    assert err.value.field == "defeat_reason"
    with pytest.raises(InvalidInput) as err:
        leads.request_defeat(people["li"], lead.id, "bought_elsewhere", " ", at=MON)
    assert err.value.field == "defeat_competitor"
    assert Lead.get_by_id(lead.id).status == "open"


def test_defeat_approval_flow(people):
    lead = new_lead(people, level="B")
    later = MON + dt.timedelta(days=10)
    pending = leads.request_defeat(people["li"], lead.id, "bought_elsewhere", "丰田凯美瑞", "已提车", at=MON)
    assert pending.status == "defeat_pending"
    assert [d.id for d in leads.pending_defeats(people["boss"])] == [lead.id]
    # still on the consultant's list until a manager decides
    assert lead.id in {i.lead_id for i in due_items(people["li"], later)}
    with pytest.raises(PermissionDenied):
        leads.approve_defeat(people["li"], lead.id)
    back = leads.reject_defeat(people["boss"], lead.id, "客户上周还来试驾，再跟一次", at=MON + dt.timedelta(hours=1))
    assert back.status == "open" and back.defeat_note == "客户上周还来试驾，再跟一次"
    assert any("再跟一次" in h.text for h in leads.lead_history(people["li"], lead.id))
    with pytest.raises(Conflict):
        leads.reject_defeat(people["boss"], lead.id, "x")  # nothing pending any more
    leads.request_defeat(people["li"], lead.id, "price", at=MON + dt.timedelta(days=1))
    with pytest.raises(InvalidInput):
        leads.reject_defeat(people["boss"], lead.id, " ")
    done = leads.approve_defeat(people["boss"], lead.id, at=MON + dt.timedelta(days=2))
    assert (done.status, done.defeat_reason, done.next_follow_up_at) == ("defeated", "price", None)
    assert planned(lead.id) == []
    assert lead.id not in {i.lead_id for i in due_items(people["li"], later)}
    with pytest.raises(Conflict):
        leads.approve_defeat(people["boss"], lead.id)


def test_defeat_without_approval_setting_is_immediate(people):
    set_setting(people["boss"], "defeat.needs_approval", False)
    lead = new_lead(people, level="C")
    assert leads.request_defeat(people["li"], lead.id, "gave_up", at=MON).status == "defeated"


def test_cancel_needs_a_reason(people):
    lead = new_lead(people, level="H")
    leads.record_order(people["li"], lead.id, leads.OrderInput(model_id=None, price=150000), at=MON)
    with pytest.raises(InvalidInput) as err:
        leads.cancel_order(people["li"], lead.id, "")
    assert err.value.field == "reason"
    out = leads.cancel_order(people["li"], lead.id, "资金问题", at=MON + dt.timedelta(days=1))
    assert (out.level, out.status, out.next_follow_up_at) == ("T", "cancelled", None)
    assert SalesOrder.get(SalesOrder.lead == lead.id).cancel_reason == "资金问题"


def test_reassign_moves_leads_and_future_follow_ups_with_a_note(people):
    a, b = new_lead(people, level="C"), new_lead(people, level="H")
    with pytest.raises(PermissionDenied):
        leads.reassign_leads(people["li"], [a.id], people["zhao"].id)
    moved = leads.reassign_leads(people["boss"], [a.id, b.id], people["zhao"].id, "李顾问休假", at=MON)
    assert moved == 2
    assert {fu.owner_id for fu in FollowUp.select().where(FollowUp.status == "planned")} == {people["zhao"].id}
    assert Customer.get_by_id(people["cid"]).owner_id == people["zhao"].id
    notes = Interaction.select().where(Interaction.channel == leads.NOTE_CHANNEL).count()
    assert notes == 2 and AuditLog.select().where(AuditLog.action == "lead.reassign").count() == 2
    assert any(h.text.startswith("转给") for h in leads.lead_history(people["boss"], a.id))
    with pytest.raises(PermissionDenied):  # li no longer owns it
        leads.log_follow_up(people["li"], a.id, "phone", "x", at=MON)
    assert {i.lead_id for i in due_items(people["zhao"], MON + dt.timedelta(days=30))} == {a.id, b.id}


def test_snooze_hides_until_the_given_time(people):
    lead = new_lead(people, level="N", at=MON)  # due 14:00
    [fu] = planned(lead.id)
    at = dt.datetime(2026, 10, 12, 15, 0)
    leads.snooze(people["li"], fu.id, at + dt.timedelta(hours=1), at=at)
    assert lead.id not in {i.lead_id for i in due_items(people["li"], at + dt.timedelta(minutes=59))}
    assert lead.id in {i.lead_id for i in due_items(people["li"], at + dt.timedelta(hours=1))}
    with pytest.raises(InvalidInput):
        leads.snooze(people["li"], fu.id, at - dt.timedelta(minutes=1), at=at)


def test_consultant_lists_only_their_leads(people):
    mine = new_lead(people, level="C")
    # li's customer, but the manager gives zhao a lead on it (a consultant adds leads only to their own)
    other = leads.create_lead(people["boss"], leads.LeadInput(customer_id=people["cid"], level="B",
                                                              owner_id=people["zhao"].id), at=MON)
    assert [x.id for x in leads.list_leads(people["li"])] == [mine.id]
    # on a shared customer a consultant sees their own lead; the others' only where the store allows it
    assert {x.id for x in leads.list_leads(people["li"], customer_id=people["cid"])} == {mine.id}
    set_setting(SYSTEM, "privacy.sales_see_all", True)
    assert {x.id for x in leads.list_leads(people["li"], customer_id=people["cid"])} == {mine.id, other.id}
    with pytest.raises(PermissionDenied):
        leads.change_level(people["li"], other.id, "A", "试图改别人的", at=MON)


def test_delivery_scores_the_customer_and_plans_the_new_cars_reminders(people):
    import json as _json

    from dealerdesk.store.models import Customer, Reminder

    lead = new_lead(people, level="H")
    leads.record_order(people["li"], lead.id, leads.OrderInput(model_id=None, price=198000, payment_method="full"),
                       at=MON)
    delivered = MON + dt.timedelta(days=9)
    res = leads.record_delivery(people["li"], lead.id, leads.DeliveryInput(vin=VIN, plate="粤B12345"), at=delivered)
    customer = Customer.get_by_id(people["cid"])
    detail = _json.loads(customer.score_detail)
    assert customer.value_score >= 10 and detail["lifecycle"] >= 10  # the purchase counts at once
    kinds = {r.kind for r in Reminder.select().where(Reminder.vehicle == res.vehicle_id)}
    assert "survey" in kinds or "maintenance" in kinds
    assert "post_delivery_call" not in kinds  # that one is the D lead's follow-up, never a reminder
