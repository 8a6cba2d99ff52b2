"""Delivery with its checklist (交车确认) and the insurance bought at delivery (issue 28): all items done,
a gap refused without a reason and accepted with one, an insured delivery setting the vehicle's insurance
dates and planning the renewal reminder, the 24-hour call, and the sheet read back as stored."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from dealerdesk.domain import delivery_checklist as rules
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.services.aftersales.reminders import plan_reminders
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import delivery, leads
from dealerdesk.store.models import (
    AuditLog,
    Delivery,
    DeliveryCheck,
    FollowUp,
    Lead,
    Reminder,
    Vehicle,
    VehicleModel,
)

from tests.factories import make_user

MON = dt.datetime(2026, 10, 12, 10, 30)
DELIVERED = MON + dt.timedelta(days=9)
VIN = "LSVAB2AB1CN000001"
ALL_DONE = frozenset(rules.ITEMS)


@pytest.fixture
def ordered(store):
    """A consultant's lead at O with an open order (198,000 元, loan), ready to deliver."""
    make_user("boss", "王经理", "manager")
    li = make_user("li", "李顾问", "sales")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], owner_id=li.id, consent=True))
    model = VehicleModel.create(brand="大众", name="帕萨特", price=200000)
    lead = leads.create_lead(li, leads.LeadInput(customer_id=cust.id, level="H", model_id=model.id,
                                                 received_at=MON), at=MON)
    leads.record_order(li, lead.id, leads.OrderInput(model_id=None, price=198000, payment_method="loan"), at=MON)
    return {"li": li, "lead": lead.id, "cid": cust.id}


def deliver(o, **kw):
    data = delivery.DeliveryInput(vin=VIN, plate="粤B12345", delivered_at=DELIVERED, **kw)
    return leads.record_delivery(o["li"], o["lead"], data, at=DELIVERED + dt.timedelta(minutes=1))


def checks(delivery_id):
    return {c.code: (bool(c.done), c.quantity) for c in DeliveryCheck.select().where(
        DeliveryCheck.delivery == delivery_id)}


def test_items_are_declared_once_with_a_label_each():
    assert rules.ITEMS[0] == "pdi" and "keys" in rules.ITEMS and "satisfaction" in rules.ITEMS
    assert len(set(rules.ITEMS)) == 11
    assert all(rules.item_label(code) != code for code in rules.ITEMS)


def test_delivery_with_every_item_done_stores_the_checklist_and_the_vehicle(ordered):
    res = deliver(ordered, checklist=delivery.DeliveryChecklist(done=ALL_DONE, keys=2),
                  registration_date=dt.date(2026, 10, 20), mileage_km=12)
    stored = checks(res.delivery_id)
    assert set(stored) == set(rules.ITEMS)
    assert all(done for done, _ in stored.values()) and stored["keys"] == (True, 2)
    assert Delivery.get_by_id(res.delivery_id).checklist_reason == ""
    car = Vehicle.get_by_id(res.vehicle_id)
    assert (car.plate, car.vin, car.delivered_on, car.registration_date, car.mileage_km, car.mileage_date) == (
        "粤B12345", VIN, DELIVERED.date(), dt.date(2026, 10, 20), 12, DELIVERED.date())
    detail = json.loads(AuditLog.select().where(AuditLog.action == "lead.delivery").get().detail)
    assert detail["checklist"] == ",".join(sorted(ALL_DONE)) and "missing" not in detail


def test_an_unchecked_item_is_refused_without_a_reason_and_accepted_with_one(ordered):
    gap = ALL_DONE - {"photo", "manual"}
    with pytest.raises(InvalidInput) as err:
        deliver(ordered, checklist=delivery.DeliveryChecklist(done=gap, keys=2, reason="  "))
    assert err.value.field == "checklist_reason"
    assert "用户手册" in str(err.value) and "交车合影" in str(err.value) and "原因" in str(err.value)
    assert Vehicle.select().count() == 0 and Lead.get_by_id(ordered["lead"]).level == "O"  # nothing written
    res = deliver(ordered, checklist=delivery.DeliveryChecklist(done=gap, keys=2, reason="手册缺货，下周寄送；客户不愿合影"))
    stored = checks(res.delivery_id)
    assert stored["photo"] == (False, 0) and stored["manual"] == (False, 0) and stored["pdi"] == (True, 0)
    assert Delivery.get_by_id(res.delivery_id).checklist_reason == "手册缺货，下周寄送；客户不愿合影"
    detail = json.loads(AuditLog.select().where(AuditLog.action == "lead.delivery").get().detail)
    assert detail["missing"] == "manual,photo"


def test_keys_handed_over_need_their_count(ordered):
    with pytest.raises(InvalidInput) as err:
        deliver(ordered, checklist=delivery.DeliveryChecklist(done=ALL_DONE, keys=0))
    assert err.value.field == "keys"


def test_insured_delivery_sets_the_insurance_dates_and_plans_the_renewal_reminder(ordered):
    insurance = delivery.DeliveryInsurance(insurer="人保财险", compulsory_premium="950", commercial_premium=4321.5,
                                           cover="车损险、三者险 200 万")
    res = deliver(ordered, checklist=delivery.DeliveryChecklist(done=ALL_DONE), insurance=insurance)
    car = Vehicle.get_by_id(res.vehicle_id)
    until = dt.date(2027, 10, 20)  # one year from the delivery day 2026-10-21, last covered day
    assert (car.insurer, car.insurance_compulsory_until, car.insurance_commercial_until) == ("人保财险", until, until)
    row = Delivery.get_by_id(res.delivery_id)
    assert (row.insurer, Decimal(row.compulsory_premium), Decimal(row.commercial_premium), row.insurance_cover,
            row.insurance_start) == ("人保财险", Decimal("950.00"), Decimal("4321.50"), "车损险、三者险 200 万",
                                     DELIVERED.date())
    # the renewal reminders come round before the policies end (planning creates rows 30 days ahead)
    plan_reminders(SYSTEM, until - dt.timedelta(days=25))
    kinds = {r.kind for r in Reminder.select().where(Reminder.vehicle == res.vehicle_id, Reminder.status == "open")}
    assert {"insurance_compulsory", "insurance_commercial"} <= kinds


def test_only_the_policy_with_a_premium_gets_a_date_and_an_insurer_is_required(ordered):
    with pytest.raises(InvalidInput) as err:
        deliver(ordered, insurance=delivery.DeliveryInsurance(insurer="", compulsory_premium=950))
    assert err.value.field == "insurer"
    with pytest.raises(InvalidInput) as err:
        deliver(ordered, insurance=delivery.DeliveryInsurance(insurer="平安", compulsory_premium=-1))
    assert err.value.field == "compulsory_premium"
    start = dt.date(2026, 10, 25)
    res = deliver(ordered, insurance=delivery.DeliveryInsurance(insurer="平安", compulsory_premium=950, start=start))
    car = Vehicle.get_by_id(res.vehicle_id)
    assert (car.insurance_compulsory_until, car.insurance_commercial_until) == (dt.date(2027, 10, 24), None)


def test_delivery_plans_the_24_hour_call_once(ordered):
    res = deliver(ordered, checklist=delivery.DeliveryChecklist(done=ALL_DONE))
    [call] = FollowUp.select().where(FollowUp.lead == ordered["lead"], FollowUp.status == "planned")
    assert call.kind == "post_delivery_call"
    assert (call.due_at, call.overdue_at) == (DELIVERED, DELIVERED + dt.timedelta(hours=24))
    assert (res.call_due_at, res.call_overdue_at) == (call.due_at, call.overdue_at)
    assert not Reminder.select().where(Reminder.kind == "post_delivery_call").exists()


def test_the_sheet_reads_back_what_was_stored(ordered):
    insurance = delivery.DeliveryInsurance(insurer="人保财险", commercial_premium=4000)
    res = deliver(ordered, checklist=delivery.DeliveryChecklist(done=ALL_DONE - {"photo"}, keys=1, reason="下雨"),
                  insurance=insurance)
    sheet = delivery.delivery_sheet(ordered["li"], res.delivery_id)
    assert (sheet.customer_name, sheet.consultant, sheet.model, sheet.plate, sheet.price) == (
        "张伟", "李顾问", "帕萨特", "粤B12345", 198000)
    assert [i.code for i in sheet.items] == list(rules.ITEMS)
    by_code = {i.code: i for i in sheet.items}
    assert by_code["photo"].done is False and by_code["pdi"].done is True and by_code["keys"].quantity == 1
    assert (sheet.reason, sheet.insurer, sheet.commercial_until, sheet.compulsory_until, sheet.confirmed) == (
        "下雨", "人保财险", dt.date(2027, 10, 20), None, True)


def test_delivery_without_a_checklist_stores_no_items(ordered):
    """A delivery typed in afterwards by a script (no checklist taken): no rows, the sheet shows empty boxes."""
    res = deliver(ordered)
    assert checks(res.delivery_id) == {}
    assert all(i.done is None for i in delivery.delivery_sheet(ordered["li"], res.delivery_id).items)
