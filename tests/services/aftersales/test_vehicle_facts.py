"""The facts the counter enters on a vehicle (schema 12), insurance renewals, the rules put right (maintenance
reminders stay until done, one call and one survey per visit) and the win-back list."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dealerdesk.domain.errors import InvalidInput, VersionConflict
from dealerdesk.services.aftersales.insurance import RenewalInput, record_renewal
from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.surveys import SurveyInput, record_survey
from dealerdesk.services.aftersales.vehicles import (
    VehicleInput,
    create_vehicle,
    get_vehicle_card,
    update_vehicle,
)
from dealerdesk.services.aftersales.winback import export_winback, list_winback
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales.due import due_items
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, InsuranceRenewal, Reminder
from tests.factories import make_user

TODAY = dt.date(2026, 6, 1)


@pytest.fixture()
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    advisor = make_user("wang", "王顾问", "service_advisor")
    cid = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], consent=True)).id
    yield advisor, cid
    close_store()


def _open(kind: str, vehicle_id: int) -> list[Reminder]:
    return list(Reminder.select().where(Reminder.kind == kind, Reminder.vehicle == vehicle_id,
                                        Reminder.status == "open").order_by(Reminder.overdue_at))


def test_new_facts_are_stored_shown_on_the_card_and_audited(store):
    advisor, cid = store
    card = create_vehicle(advisor, VehicleInput(
        plate="粤B12345", vin="LSVAB2AB1CN000001", owner_id=cid, purchase_date=dt.date(2024, 5, 1),
        bought_here=False, bought_where="广州某4S店", registration_date=dt.date(2024, 5, 10), mileage_km=23000,
        mileage_date=dt.date(2026, 5, 20), insurer="平安保险"), today=TODAY)
    assert (card.purchase_date, card.bought_here, card.bought_where) == (dt.date(2024, 5, 1), False, "广州某4S店")
    assert (card.mileage_km, card.mileage_date, card.insurer) == (23000, dt.date(2026, 5, 20), "平安保险")
    # private car up to 7 seats: on-site at 6 years, online stickers at 2 and 4 → next is the 4th anniversary
    assert card.next_inspection_on is None and card.next_inspection == dt.date(2028, 5, 10)
    edited = update_vehicle(advisor, card.id, VehicleInput(
        plate="粤B12345", vin="LSVAB2AB1CN000001", registration_date=dt.date(2024, 5, 10), mileage_km=23000,
        insurer="人保", next_inspection_on=dt.date(2026, 6, 20), bought_here=True, bought_where="ignored"),
        expected_version=card.version, today=TODAY)
    assert edited.next_inspection == dt.date(2026, 6, 20) and edited.bought_where == ""
    assert edited.mileage_date == dt.date(2026, 5, 20)  # same reading: its date is kept
    [r] = _open("inspection", card.id)  # the hand-set date wins over the rules and is planned
    assert (r.overdue_at - dt.timedelta(days=1)).date() == dt.date(2026, 6, 20)
    row = AuditLog.select().where(AuditLog.action == "vehicle.update").get()
    assert "人保" in row.detail and "next_inspection_on" in row.detail
    with pytest.raises(VersionConflict):
        update_vehicle(advisor, card.id, VehicleInput(plate="粤B12345"), expected_version=card.version, today=TODAY)


def test_a_purchase_date_in_the_future_is_refused(store):
    advisor, cid = store
    with pytest.raises(InvalidInput) as err:
        create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=cid, purchase_date=dt.date(2026, 7, 1)),
                       today=TODAY)
    assert err.value.field == "purchase_date"


def test_renewal_rolls_the_dates_closes_the_reminder_and_plans_the_next(store):
    advisor, cid = store
    card = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=cid, insurance_compulsory_until=dt.date(
        2026, 6, 20), insurance_commercial_until=dt.date(2026, 6, 25)), today=TODAY)
    [old_c] = _open("insurance_compulsory", card.id)
    [old_m] = _open("insurance_commercial", card.id)
    row = record_renewal(advisor, card.id, RenewalInput(kind="both", insurer="平安保险", premium="4200.50"),
                         expected_version=card.version, today=TODAY)
    assert (row.compulsory_until, row.commercial_until) == (dt.date(2027, 6, 20), dt.date(2027, 6, 25))
    assert row.premium == Decimal("4200.50") and row.outcome == "renewed"
    after = get_vehicle_card(advisor, card.id, today=TODAY)
    assert (after.insurance_compulsory_until, after.insurance_commercial_until) == (dt.date(2027, 6, 20),
                                                                                    dt.date(2027, 6, 25))
    assert after.insurer == "平安保险" and [r.id for r in after.renewals] == [row.id]
    assert Reminder.get_by_id(old_c.id).status == "done" and Reminder.get_by_id(old_m.id).status == "done"
    # next year's reminder comes when it is within the horizon
    from dealerdesk.services.aftersales.reminders import plan_reminders
    plan_reminders(advisor, dt.date(2027, 6, 1), [cid])
    [new] = _open("insurance_compulsory", card.id)
    assert (new.overdue_at - dt.timedelta(days=1)).date() == dt.date(2027, 6, 20)
    assert AuditLog.select().where(AuditLog.action == "vehicle.renew_insurance").count() == 1
    with pytest.raises(VersionConflict):  # somebody else renewed meanwhile
        record_renewal(advisor, card.id, RenewalInput(kind="compulsory", insurer="人保"),
                       expected_version=card.version, today=TODAY)


def test_a_lost_renewal_keeps_the_other_insurer_and_dismisses_the_reminder(store):
    advisor, cid = store
    card = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=cid,
                                                insurance_commercial_until=dt.date(2026, 6, 25)), today=TODAY)
    [old] = _open("insurance_commercial", card.id)
    record_renewal(advisor, card.id, RenewalInput(outcome="lost", kind="commercial", insurer="太平洋保险",
                                                  commercial_until=dt.date(2027, 6, 25)),
                   expected_version=card.version, today=TODAY)
    assert Reminder.get_by_id(old.id).status == "dismissed"
    renewal = InsuranceRenewal.get()
    assert (renewal.outcome, renewal.insurer, renewal.premium) == ("lost", "太平洋保险", Decimal("0"))
    assert get_vehicle_card(advisor, card.id, today=TODAY).insurance_commercial_until == dt.date(2027, 6, 25)
    with pytest.raises(InvalidInput):
        record_renewal(advisor, card.id, RenewalInput(outcome="lost", kind="commercial", insurer=" "),
                       expected_version=None, today=TODAY)


def _overdue_maintenance_customer(advisor, cid) -> int:
    """Delivered 2 years ago; last maintenance 2024-11-13 (12-month interval: due 2025-11-13, 200 days before
    TODAY); a repair 8 months ago (so the customer was seen 8 months ago)."""
    vid = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=cid, delivered_on=dt.date(2024, 6, 1)),
                         today=dt.date(2024, 11, 13)).id
    add_service_record(advisor, ServiceRecordInput(vehicle_id=vid, kind="maintenance",
                                                   service_date=dt.date(2024, 11, 13), mileage_km=6000),
                       today=dt.date(2024, 11, 13))
    add_service_record(advisor, ServiceRecordInput(vehicle_id=vid, kind="repair",
                                                   service_date=dt.date(2025, 10, 1), mileage_km=7000),
                       today=dt.date(2025, 10, 1))
    return vid


def test_a_maintenance_reminder_200_days_overdue_stays_due(store):
    advisor, cid = store
    vid = _overdue_maintenance_customer(advisor, cid)
    from dealerdesk.services.aftersales.reminders import plan_reminders
    plan_reminders(advisor, TODAY, [cid])
    [r] = _open("maintenance", vid)
    assert (TODAY - r.overdue_at.date()).days == 199  # the deadline day 2025-11-13 is 200 days back
    items = due_items(advisor, dt.datetime.combine(TODAY, dt.time(9)))
    assert [(i.kind, i.customer_id) for i in items if i.kind == "maintenance"] == [("maintenance", cid)]


def test_a_lost_customers_maintenance_is_not_planned_but_is_on_the_winback_list(store):
    advisor, cid = store
    vid = _overdue_maintenance_customer(advisor, cid)
    from dealerdesk.services.aftersales.reminders import plan_reminders
    from dealerdesk.store.models import Customer
    Customer.update(category="lost").where(Customer.id == cid).execute()
    plan_reminders(advisor, TODAY, [cid])
    assert _open("maintenance", vid) == []
    [row] = list_winback(advisor, TODAY)
    assert (row.customer_id, row.vehicle_id, row.last_seen, row.months_unseen) == (cid, vid, dt.date(2025, 10, 1), 8)
    assert row.maintenance_due == dt.date(2025, 11, 13) and row.phone == "13800138000"


def test_winback_leaves_out_recent_customers_and_cars_not_yet_due(store, tmp_path):
    advisor, cid = store
    _overdue_maintenance_customer(advisor, cid)
    assert list_winback(advisor, dt.date(2026, 3, 1)) == []  # seen 5 months before: not yet
    assert len(list_winback(advisor, TODAY)) == 1
    assert list_winback(advisor, TODAY, months=9) == []
    other = create_customer(SYSTEM, CustomerInput(name="李娜", phones=["13900139000"])).id
    vid = create_vehicle(advisor, VehicleInput(plate="粤B67890", owner_id=other, delivered_on=dt.date(2024, 1, 1)),
                         today=TODAY).id
    add_service_record(advisor, ServiceRecordInput(vehicle_id=vid, kind="maintenance",
                                                   service_date=dt.date(2025, 10, 15), mileage_km=8000),
                       today=dt.date(2025, 10, 15))  # seen 7 months ago, next maintenance not due till October
    assert [r.customer_id for r in list_winback(advisor, TODAY)] == [cid]
    manager = make_user("boss", "刘经理", "manager")
    out = tmp_path / "winback.csv"
    assert export_winback(manager, out, TODAY) == 1
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("客户编号,姓名,电话") and "粤B12345" in text
    assert AuditLog.select().where(AuditLog.action == "winback.export").count() == 1
    from dealerdesk.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        export_winback(advisor, tmp_path / "x.csv", TODAY)


def test_two_records_on_one_day_give_one_call_and_one_survey(store):
    advisor, cid = store
    vid = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=cid, delivered_on=dt.date(2025, 6, 1)),
                         today=TODAY).id
    first = add_service_record(advisor, ServiceRecordInput(vehicle_id=vid, kind="maintenance", service_date=TODAY,
                                                           mileage_km=5000), today=TODAY)
    add_service_record(advisor, ServiceRecordInput(vehicle_id=vid, kind="repair", service_date=TODAY,
                                                   mileage_km=5000), today=TODAY)
    assert len(_open("post_service_call", vid)) == 1
    [survey] = _open("survey", vid)
    # another day is another visit
    add_service_record(advisor, ServiceRecordInput(vehicle_id=vid, kind="repair",
                                                   service_date=TODAY + dt.timedelta(days=1), mileage_km=5100),
                       today=TODAY + dt.timedelta(days=1))
    assert len(_open("post_service_call", vid)) == 2
    # the survey taken on the visit's second record answers the visit's one survey reminder
    record_survey(advisor, SurveyInput(customer_id=cid, service_record_id=first.id + 1, channel="phone",
                                       overall="satisfied"))
    assert Reminder.get_by_id(survey.id).status == "done"


def test_new_customer_with_plate_and_vin_creates_the_vehicle_in_one_transaction(store):
    from dealerdesk.domain.errors import Conflict
    from dealerdesk.services.aftersales.vehicles import create_customer_with_vehicle, customer_vehicles
    from dealerdesk.store.models import Customer
    advisor, cid = store
    desk = make_user("desk", "前台", "front_desk")
    new = create_customer_with_vehicle(desk, CustomerInput(name="王芳", phones=["13700137000"]),
                                       VehicleInput(plate="粤b d12345", vin="LSVAB2AB1CN000001", insurer="人保"),
                                       today=TODAY)
    [hit] = customer_vehicles(advisor, new)
    assert (hit.plate, hit.vin) == ("粤BD12345", "LSVAB2AB1CN000001")
    assert get_vehicle_card(advisor, hit.vehicle_id, today=TODAY).insurer == ""  # not the front desk's to set
    before = Customer.select().count()
    with pytest.raises(Conflict):  # the VIN is taken: no customer is left behind
        create_customer_with_vehicle(desk, CustomerInput(name="赵六", phones=["13600136000"]),
                                     VehicleInput(vin="LSVAB2AB1CN000001"), today=TODAY)
    with pytest.raises(InvalidInput):
        create_customer_with_vehicle(desk, CustomerInput(name="赵六", phones=["13600136000"]),
                                     VehicleInput(plate="粤O12345"), today=TODAY)
    assert Customer.select().count() == before
