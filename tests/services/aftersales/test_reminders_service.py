"""Reminder planning through the store: every kind, month ends, leap years, lunar leap months; idempotence;
done / snooze / dismiss; the post-delivery call is never a Reminder."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import Conflict
from dealerdesk.domain.holidays import holidays_between
from dealerdesk.domain.lunar import lunar_birthday_in_year
from dealerdesk.services.aftersales import reminders as rs
from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle, update_vehicle
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales.due import due_items
from dealerdesk.services.settings import set_setting
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Delivery, Interaction, Lead, Reminder, SalesOrder
from tests.factories import make_user


@pytest.fixture()
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    advisor = make_user("wang", "王顾问", "service_advisor")
    yield advisor
    close_store()


def _customer(**kw) -> int:
    kw.setdefault("consent", True)  # greetings and surveys need consent (PIPL); tested on their own below
    return create_customer(SYSTEM, CustomerInput(name=kw.pop("name", "张伟"), **kw)).id


def _open(kind: str, customer_id: int | None = None) -> list[Reminder]:
    q = Reminder.select().where(Reminder.kind == kind, Reminder.status == "open")
    if customer_id is not None:
        q = q.where(Reminder.customer == customer_id)
    return list(q.order_by(Reminder.overdue_at))


def _deadline(r: Reminder) -> dt.date:
    return (r.overdue_at - dt.timedelta(days=1)).date()


@pytest.mark.parametrize(("delivered", "today", "deadline"), [
    (dt.date(2025, 8, 31), dt.date(2026, 2, 25), dt.date(2026, 2, 28)),   # month end clamps to 28 Feb
    (dt.date(2023, 8, 31), dt.date(2024, 2, 25), dt.date(2024, 2, 29)),   # leap year: 29 Feb
    (dt.date(2025, 12, 31), dt.date(2026, 6, 20), dt.date(2026, 6, 30)),  # 31 → 30 June
])
def test_first_maintenance_by_months_across_month_ends(store, delivered, today, deadline):
    set_setting(SYSTEM, "reminder.maintenance.default_km_per_day", 5)  # a car that is hardly driven
    cid = _customer()
    create_vehicle(store, VehicleInput(plate="粤B12345", delivered_on=delivered, owner_id=cid), today=today)
    [r] = _open("maintenance", cid)
    assert _deadline(r) == deadline
    assert r.due_at.date() == deadline - dt.timedelta(days=7)


def test_maintenance_by_km_uses_the_mileage_history(store):
    cid = _customer()
    car = create_vehicle(store, VehicleInput(plate="粤B12345", delivered_on=dt.date(2026, 1, 1), owner_id=cid),
                         today=dt.date(2026, 1, 2))
    add_service_record(store, ServiceRecordInput(car.id, "repair", dt.date(2026, 3, 1), 4000),
                       today=dt.date(2026, 3, 10))
    # 4000 km in 59 days = 67.8 km/day; 1000 km more to the 5000 km first service → 15 days after 1 March
    [r] = _open("maintenance", cid)
    assert _deadline(r) == dt.date(2026, 3, 16)
    assert '"basis": "km"' in r.detail


def test_maintenance_visit_fulfils_the_due_reminder_and_plans_the_next(store):
    set_setting(SYSTEM, "reminder.maintenance.default_km_per_day", 5)
    cid = _customer()
    car = create_vehicle(store, VehicleInput(plate="粤B12345", delivered_on=dt.date(2025, 8, 31), owner_id=cid),
                         today=dt.date(2026, 2, 25))
    add_service_record(store, ServiceRecordInput(car.id, "maintenance", dt.date(2026, 2, 26), 3000),
                       today=dt.date(2026, 2, 26))
    assert _open("maintenance", cid) == []  # next one (12 months / 10000 km) is beyond the horizon
    assert Reminder.get(Reminder.kind == "maintenance").status == "done"


@pytest.mark.parametrize("kind", ["compulsory", "commercial"])
def test_insurance_renewal_each_kind(store, kind):
    cid = _customer()
    field = f"insurance_{kind}_until"
    create_vehicle(store, VehicleInput(plate="粤B12345", owner_id=cid, **{field: dt.date(2026, 3, 31)}),
                   today=dt.date(2026, 3, 1))
    [r] = _open(f"insurance_{kind}", cid)
    assert (r.due_at.date(), _deadline(r)) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def test_changed_insurance_date_supersedes_the_open_reminder(store):
    cid = _customer()
    car = create_vehicle(store, VehicleInput(plate="粤B12345", owner_id=cid,
                                             insurance_compulsory_until=dt.date(2026, 3, 31)), today=dt.date(2026, 3, 5))
    update_vehicle(store, car.id, VehicleInput(plate="粤B12345", insurance_compulsory_until=dt.date(2026, 3, 20)),
                   expected_version=car.version, today=dt.date(2026, 3, 5))
    assert [_deadline(r) for r in _open("insurance_compulsory", cid)] == [dt.date(2026, 3, 20)]


@pytest.mark.parametrize(("reg", "use", "seats", "today", "deadline"), [
    (dt.date(2024, 2, 29), "private", 5, dt.date(2026, 2, 10), dt.date(2026, 2, 28)),   # leap day → 28 Feb
    (dt.date(2020, 1, 31), "private", 5, dt.date(2026, 1, 10), dt.date(2026, 1, 31)),   # year 6: on-site
    (dt.date(2025, 8, 31), "commercial", 5, dt.date(2026, 8, 10), dt.date(2026, 8, 31)),
    (dt.date(2025, 5, 31), "private", 12, dt.date(2026, 5, 10), dt.date(2026, 5, 31)),  # many seats: yearly
])
def test_annual_inspection(store, reg, use, seats, today, deadline):
    cid = _customer()
    create_vehicle(store, VehicleInput(plate="粤B12345", registration_date=reg, use=use, seats=seats,
                                       owner_id=cid), today=today)
    [r] = _open("inspection", cid)
    assert _deadline(r) == deadline


@pytest.mark.parametrize(("today", "deadline"), [
    (dt.date(2027, 2, 26), dt.date(2027, 2, 28)),  # common year: 29 Feb celebrated on 28 Feb
    (dt.date(2028, 2, 27), dt.date(2028, 2, 29)),  # leap year
])
def test_solar_birthday_on_29_february(store, today, deadline):
    cid = _customer(birthday=dt.date(2000, 2, 29), birthday_kind="solar")
    rs.plan_reminders(store, today, [cid])
    [r] = _open("birthday", cid)
    assert _deadline(r) == deadline


@pytest.mark.parametrize(("month", "day", "lunar_year"), [
    (-6, 10, 2025),  # 闰六月 exists in 2025
    (-6, 10, 2026),  # no leap 6th month in 2026: the ordinary 六月
    (1, 30, 2026),   # 正月 2026 has 29 days: the 30th falls on the 29th
])
def test_lunar_birthday_leap_months_and_30th(store, month, day, lunar_year):
    expected = lunar_birthday_in_year(month, day, lunar_year)
    cid = _customer(birthday_kind="lunar", lunar_birthday_month=month, lunar_birthday_day=day)
    rs.plan_reminders(store, expected - dt.timedelta(days=2), [cid])
    [r] = _open("birthday", cid)
    assert _deadline(r) == expected


def test_holidays_are_one_store_wide_reminder_each(store):
    cid = _customer()
    today = dt.date(2026, 9, 10)
    rs.plan_reminders(store, today, [cid])
    rs.plan_reminders(store, today)
    expected = {h.code for h in holidays_between(today, today + dt.timedelta(days=33))}
    assert {"mid_autumn", "national_day"} <= expected
    rows = _open("holiday")
    assert len(rows) == len(expected)
    assert all(any(code in r.detail for code in expected) for r in rows)
    assert all(r.customer_id is None for r in rows)


def test_spring_festival_lunar_holiday(store):
    rs.plan_reminders(store, dt.date(2027, 1, 20), [])
    [spring] = [r for r in _open("holiday") if "spring_festival" in r.detail]
    assert _deadline(spring) == dt.date(2027, 2, 6)


def test_post_service_call_and_survey_after_a_workshop_visit(store):
    cid = _customer()
    car = create_vehicle(store, VehicleInput(plate="粤B12345", owner_id=cid), today=dt.date(2026, 1, 30))
    add_service_record(store, ServiceRecordInput(car.id, "repair", dt.date(2026, 1, 30), 100, advisor_id=store.id),
                       today=dt.date(2026, 1, 30))
    [call] = _open("post_service_call", cid)
    [survey] = _open("survey", cid)
    assert (call.due_at.date(), _deadline(call)) == (dt.date(2026, 2, 2), dt.date(2026, 2, 4))
    assert (survey.due_at.date(), _deadline(survey)) == (dt.date(2026, 2, 6), dt.date(2026, 2, 9))
    assert call.owner_id == store.id


def test_insurance_paperwork_schedules_no_call_back(store):
    cid = _customer()
    car = create_vehicle(store, VehicleInput(plate="粤B12345", owner_id=cid), today=dt.date(2026, 1, 30))
    add_service_record(store, ServiceRecordInput(car.id, "renewal", dt.date(2026, 1, 30), 100),
                       today=dt.date(2026, 1, 30))
    assert _open("post_service_call", cid) == []


def test_survey_after_delivery_but_never_a_post_delivery_reminder(store):
    cid = _customer()
    lead = Lead.create(customer=cid, level="D", status="delivered")
    order = SalesOrder.create(lead=lead, customer=cid, status="delivered")
    Delivery.create(order=order, lead=lead, customer=cid, delivered_at=dt.datetime(2026, 5, 1, 15, 0))
    rs.plan_reminders(store, dt.date(2026, 5, 2), [cid])
    [survey] = _open("survey", cid)
    assert _deadline(survey) == dt.date(2026, 5, 11)
    assert not Reminder.select().where(Reminder.kind == "post_delivery_call").exists()
    assert {r.kind for r in Reminder.select()} <= set(rs.KIND_LABELS)


def test_replanning_never_duplicates_nor_resurrects(store):
    cid = _customer(birthday=dt.date(1990, 3, 5), birthday_kind="solar")
    create_vehicle(store, VehicleInput(plate="粤B12345", owner_id=cid, insurance_commercial_until=dt.date(2026, 3, 20)),
                   today=dt.date(2026, 3, 3))
    before = Reminder.select().count()
    assert rs.plan_reminders(store, dt.date(2026, 3, 3)).created == 0
    assert Reminder.select().count() == before
    [bday] = _open("birthday", cid)
    rs.dismiss_reminder(store, bday.id)
    [ins] = _open("insurance_commercial", cid)
    rs.complete_reminder(store, ins.id, note="已报价续保")
    rs.plan_reminders(store, dt.date(2026, 3, 4), [cid])
    rs.plan_reminders(store, dt.date(2026, 3, 4))
    assert _open("birthday", cid) == [] and _open("insurance_commercial", cid) == []
    assert Reminder.select().count() == before


def test_done_note_becomes_an_interaction_and_snooze_hides_until_then(store):
    cid = _customer(birthday=dt.date(1990, 3, 5), birthday_kind="solar")
    rs.plan_reminders(store, dt.date(2026, 3, 3), [cid])
    now = dt.datetime(2026, 3, 3, 10, 0)
    [row] = rs.list_reminders(store, now, "today", kind="birthday")
    rs.snooze_reminder(store, row.id, dt.datetime(2026, 3, 4, 9, 0), now=now)
    assert rs.list_reminders(store, now, "today", kind="birthday") == []
    assert [r.id for r in rs.list_reminders(store, now, "next30", kind="birthday")] == [row.id]
    assert [i.item_id for i in due_items(store, dt.datetime(2026, 3, 4, 10, 0)) if i.kind == "birthday"] == [row.id]
    rs.complete_reminder(store, row.id, note="电话祝福，客户很高兴", now=dt.datetime(2026, 3, 4, 10, 0))
    assert Interaction.get(Interaction.customer == cid).content == "电话祝福，客户很高兴"
    with pytest.raises(Conflict):
        rs.complete_reminder(store, row.id)


def test_list_scopes_split_today_overdue_and_next_30_days(store):
    cid = _customer()
    create_vehicle(store, VehicleInput(plate="粤B12345", owner_id=cid, insurance_compulsory_until=dt.date(2026, 3, 2),
                                       insurance_commercial_until=dt.date(2026, 4, 20)), today=dt.date(2026, 3, 1))
    now = dt.datetime(2026, 3, 3, 9, 0)
    assert [r.kind for r in rs.list_reminders(store, now, "overdue")] == ["insurance_compulsory"]
    assert [r.kind for r in rs.list_reminders(store, now, "next30")] == ["insurance_commercial"]
    assert rs.list_reminders(store, dt.datetime(2026, 3, 1, 9, 0), "today")[0].kind == "insurance_compulsory"


def test_typing_in_old_history_schedules_no_call_back(store):
    cid = _customer()
    car = create_vehicle(store, VehicleInput(plate="粤B12345", owner_id=cid), today=dt.date(2026, 3, 1))
    add_service_record(store, ServiceRecordInput(car.id, "repair", dt.date(2024, 5, 1), 100), today=dt.date(2026, 3, 1))
    assert _open("post_service_call", cid) == [] and _open("survey", cid) == []


def test_whole_store_is_planned_once_a_day(store):
    import datetime as _dt

    from dealerdesk.services.aftersales.reminders import plan_reminders_if_due
    from dealerdesk.services.auth import SYSTEM as _SYSTEM

    day = _dt.date(2026, 11, 24)
    assert plan_reminders_if_due(_SYSTEM, day) is not None
    assert plan_reminders_if_due(_SYSTEM, day) is None  # a second start the same day does nothing
    assert plan_reminders_if_due(_SYSTEM, day + _dt.timedelta(days=1)) is not None


def test_marketing_reminders_only_with_consent_duties_always(store):
    """PIPL: no birthday greeting or survey for a customer without consent; maintenance still is planned."""
    today = dt.date(2026, 3, 1)
    cid = _customer(birthday=dt.date(1990, 3, 5), birthday_kind="solar", consent=False)
    rs.plan_reminders(store, today, [cid])
    assert _open("birthday", cid) == []
    consenting = _customer(name="李娜", birthday=dt.date(1990, 3, 5), birthday_kind="solar")
    rs.plan_reminders(store, today, [consenting])
    assert len(_open("birthday", consenting)) == 1
    # withdrawing consent removes the open greeting at the next planning
    from dealerdesk.services.customers.records import get_customer, update_customer

    data = CustomerInput.from_detail(get_customer(SYSTEM, consenting))
    data.consent = False
    update_customer(SYSTEM, consenting, data, expected_version=get_customer(SYSTEM, consenting).version)
    rs.plan_reminders(store, today, [consenting])
    assert _open("birthday", consenting) == []


def test_service_visit_plans_the_call_back_but_no_survey_without_consent(store):
    cid = _customer(consent=False)
    card = create_vehicle(store, VehicleInput(vin="LSVAU2180N2183294", plate="粤B12345", owner_id=cid,
                                              registration_date=dt.date(2025, 1, 1)), today=dt.date(2026, 3, 1))
    add_service_record(store, ServiceRecordInput(vehicle_id=card.id, kind="maintenance",
                                                 service_date=dt.date(2026, 3, 1), mileage_km=5000),
                       today=dt.date(2026, 3, 1))
    assert _open("post_service_call", cid) and _open("survey", cid) == []
