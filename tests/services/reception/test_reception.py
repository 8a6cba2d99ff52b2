"""Service reception through the services: the whole path, slot capacity, no-show, low mileage, numbering."""
import datetime as dt
import json
from decimal import Decimal

import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.services import catalogue
from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales.due import due_items
from dealerdesk.store.models import Reminder, RepairStatusChange, ServiceRecord, Vehicle
from tests.factories import make_user

NOW = dt.datetime(2026, 10, 15, 10, 0)
TOMORROW_9 = dt.datetime(2026, 10, 16, 9, 0)


@pytest.fixture
def shop(store):
    make_user("adv", "赵顾问", "service_advisor")
    make_user("adv2", "钱顾问", "service_advisor")
    actor = actor_for_login("adv")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], consent=True))
    car = Vehicle.create(owner=cust.id, plate="粤B12345", vin="LSVAB2AB1CN000001", mileage_km=20000)
    catalogue.ensure_default_catalogue(SYSTEM)
    return {"actor": actor, "customer": cust.id, "vehicle": car.id, "adv2": actor_for_login("adv2")}


def _cat(actor, code):
    return next(c.id for c in catalogue.list_catalogue(actor) if c.code == code)


def test_whole_path_book_to_settlement(shop):
    a = shop["actor"]
    appt = rc.book_appointment(a, shop["customer"], TOMORROW_9, a.id, vehicle_id=shop["vehicle"],
                               requested_work="常规保养", now=NOW)
    assert appt.status == "booked" and appt.advisor == "adv"
    # the day-before confirmation call is in the due list of the advisor
    due = due_items(a, at=NOW, owner_login="adv")
    assert [(i.kind, i.detail["appointment_id"]) for i in due] == [("appointment_confirm", appt.id)]

    arrive = TOMORROW_9 + dt.timedelta(minutes=5)
    order = rc.check_in(a, rc.CheckInInput(customer_id=None, vehicle_id=shop["vehicle"], mileage_km=25000,
                                           fuel_level=40, damage="左后门划痕", belongings="行车记录仪",
                                           complaint="刹车有异响", appointment_id=appt.id), now=arrive)
    assert order.number == "WO2026-00001" and order.status == "waiting"
    assert rc.get_appointment(a, appt.id).status == "arrived"
    assert Reminder.get(Reminder.kind == "appointment_confirm").status == "done"

    rc.add_line(a, order.id, rc.LineInput(catalogue_item_id=_cat(a, "P-OIL"), qty=4))
    rc.add_line(a, order.id, rc.LineInput(catalogue_item_id=_cat(a, "L-MAINT")))
    with pytest.raises(InvalidInput):
        rc.accept_quote(a, order.id, "张伟", now=arrive)  # no promised time yet
    rc.set_promise(a, order.id, TOMORROW_9 + dt.timedelta(hours=6))
    order = rc.accept_quote(a, order.id, "张伟", now=arrive + dt.timedelta(minutes=10))
    assert order.quoted_total == Decimal("422.00") and order.quote_accepted_by == "张伟"
    with pytest.raises(Conflict):
        rc.add_line(a, order.id, rc.LineInput(kind="part", name="x", unit_price=1))

    rc.change_status(a, order.id, "in_repair", now=arrive + dt.timedelta(minutes=20))
    g1 = rc.propose_extra(a, order.id, "更换前刹车片", [rc.LineInput(catalogue_item_id=_cat(a, "P-BRKF")),
                                                   rc.LineInput(catalogue_item_id=_cat(a, "L-BRK"))])
    g2 = rc.propose_extra(a, order.id, "更换雨刮", [rc.LineInput(catalogue_item_id=_cat(a, "P-WIPER"))])
    with pytest.raises(Conflict):
        rc.change_status(a, order.id, "ready")  # extra work still waiting for the customer
    t = arrive + dt.timedelta(hours=1)
    rc.decide_extra(a, order.id, g1, True, "phone", "张伟", now=t)
    order = rc.decide_extra(a, order.id, g2, False, "wechat", "张伟", now=t)
    declined = [ln for ln in order.lines if ln.approval == "declined"]
    assert declined and declined[0].decided_channel == "wechat" and declined[0].decided_at == t
    oil = next(ln for ln in order.lines if ln.name.startswith("机油"))
    rc.set_final(a, oil.id, 5, "68")  # one more litre than quoted
    rc.change_status(a, order.id, "quality_check", now=t + dt.timedelta(hours=1))
    order = rc.change_status(a, order.id, "ready", now=t + dt.timedelta(hours=2))
    assert order.ready_at is not None

    preview = rc.settlement_preview(a, order.id)
    assert preview.quoted_total == Decimal("1022.00")  # 422 quote + 600 approved extra work
    assert preview.final_total == Decimal("1090.00") and preview.difference == Decimal("68.00")
    with pytest.raises(InvalidInput):
        rc.settle_order(a, order.id, rc.SettleInput("wechat_pay", discount="50"), now=t + dt.timedelta(hours=3))
    done = rc.settle_order(a, order.id, rc.SettleInput("wechat_pay", "50", "老客户优惠"),
                           now=t + dt.timedelta(hours=3))
    assert done.status == "handed_over" and done.payable == Decimal("1040.00")
    record = ServiceRecord.get_by_id(done.service_record_id)
    assert record.mileage_km == 25000 and record.kind == "maintenance" and record.advisor_id == a.id
    assert record.parts_cost + record.labour_cost == Decimal("1090.00")
    assert "更换雨刮" in record.content  # declined work kept as advice
    kinds = {r.kind: r for r in Reminder.select().where(Reminder.customer == shop["customer"])}
    assert {"post_service_call", "survey"} <= set(kinds)
    assert kinds["post_service_call"].owner_id == a.id
    assert [adv.job for adv in rc.vehicle_advice(a, shop["vehicle"])] == ["更换雨刮"]
    assert [c.to_status for c in RepairStatusChange.select().where(RepairStatusChange.order == order.id)
            .order_by(RepairStatusChange.id)] == ["waiting", "in_repair", "quality_check", "ready", "handed_over"]
    assert rc.progress_board(a, now=t) == []

    stats = rc.month_stats(a, 2026, 10)
    assert (stats.orders, stats.settled, stats.revenue) == (1, 1, Decimal("1040.00"))
    assert (stats.extra_approved, stats.extra_declined, stats.on_time_rate, stats.no_show_rate) == (1, 1, 1.0, 0.0)
    assert rc.day_stats(a, dt.date(2026, 10, 16)).orders == 1


def test_slot_capacity(shop):
    a = shop["actor"]
    for _ in range(2):  # default capacity: 2 per advisor and slot
        rc.book_appointment(a, shop["customer"], TOMORROW_9 + dt.timedelta(minutes=10), a.id, now=NOW)
    with pytest.raises(Conflict, match="约满"):
        rc.book_appointment(a, shop["customer"], TOMORROW_9, a.id, now=NOW)
    rc.book_appointment(a, shop["customer"], TOMORROW_9, shop["adv2"].id, now=NOW)  # another advisor is free
    loads = {s.start: s for s in rc.slot_loads(a, TOMORROW_9.date(), a.id)}
    assert loads[TOMORROW_9].booked == 2 and loads[TOMORROW_9].free == 0
    first = rc.day_appointments(a, TOMORROW_9.date(), a.id)[0]
    rc.cancel_appointment(a, first.id, "客户有事", now=NOW)  # a cancellation frees the place
    rc.book_appointment(a, shop["customer"], TOMORROW_9, a.id, now=NOW)


def test_reschedule_moves_the_confirmation_call(shop):
    a = shop["actor"]
    appt = rc.book_appointment(a, shop["customer"], TOMORROW_9, a.id, now=NOW)
    moved = rc.reschedule_appointment(a, appt.id, dt.datetime(2026, 10, 20, 14, 0), now=NOW)
    assert moved.start == dt.datetime(2026, 10, 20, 14, 0) and moved.reschedules == 1
    rows = {r.status: r for r in Reminder.select().where(Reminder.kind == "appointment_confirm")}
    assert set(rows) == {"dismissed", "open"}
    assert rows["open"].due_at == dt.datetime(2026, 10, 19) and json.loads(rows["open"].detail)["start"].endswith("14:00")


def test_no_show_recorded_and_counted(shop):
    a = shop["actor"]
    appt = rc.book_appointment(a, shop["customer"], TOMORROW_9, a.id, now=NOW)
    with pytest.raises(Conflict):
        rc.mark_no_show(a, appt.id, now=NOW)  # not yet its time
    assert rc.mark_no_show(a, appt.id, now=TOMORROW_9 + dt.timedelta(hours=1)).status == "no_show"
    assert Reminder.get(Reminder.kind == "appointment_confirm").status == "dismissed"
    assert rc.todays_arrivals(a, TOMORROW_9.date()) == []
    stats = rc.day_stats(a, TOMORROW_9.date())
    assert (stats.appointments, stats.no_shows, stats.no_show_rate) == (1, 1, 1.0)
    with pytest.raises(Conflict):
        rc.cancel_appointment(a, appt.id)


def test_booking_from_a_reminder_closes_it(shop):
    a = shop["actor"]
    rem = Reminder.create(kind="maintenance", customer=shop["customer"], vehicle=shop["vehicle"], owner=a.id,
                          due_at=NOW, overdue_at=NOW + dt.timedelta(days=7), dedupe_key="maintenance:v1:x")
    appt = rc.book_appointment(a, None, TOMORROW_9, a.id, reminder_id=rem.id, requested_work="保养", now=NOW)
    assert (appt.customer_id, appt.vehicle_id) == (shop["customer"], shop["vehicle"])
    assert Reminder.get_by_id(rem.id).status == "done"


def test_lower_mileage_is_questioned_then_accepted(shop):
    a = shop["actor"]
    data = rc.CheckInInput(customer_id=None, vehicle_id=shop["vehicle"], mileage_km=15000)
    with pytest.raises(rc.LowerMileage) as err:
        rc.check_in(a, data, now=NOW)
    assert err.value.field == "mileage_km" and err.value.params["last_km"] == 20000
    order = rc.check_in(a, data, now=NOW, confirm_low_mileage=True)
    assert order.mileage_km == 15000


def test_permission_and_walk_in(shop):
    sales = make_user("s1", "孙销售", "sales")
    from dealerdesk.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        rc.book_appointment(sales, shop["customer"], TOMORROW_9, shop["actor"].id, now=NOW)
    walk_in = rc.check_in(shop["actor"], rc.CheckInInput(None, shop["vehicle"], 21000, service_kind="repair"), now=NOW)
    assert walk_in.appointment_id is None and walk_in.customer_id == shop["customer"]
    assert [b.number for b in rc.progress_board(shop["actor"], now=NOW)] == [walk_in.number]


def test_board_marks_overdue(shop):
    a = shop["actor"]
    order = rc.check_in(a, rc.CheckInInput(None, shop["vehicle"], 21000), now=NOW)
    rc.add_line(a, order.id, rc.LineInput(kind="labour", name="检查", unit_price="100"))
    rc.set_promise(a, order.id, NOW + dt.timedelta(hours=2))
    rc.accept_quote(a, order.id, "张伟", now=NOW)
    rc.change_status(a, order.id, "waiting_parts", now=NOW)
    assert [b.overdue for b in rc.progress_board(a, now=NOW + dt.timedelta(hours=1))] == [False]
    assert [b.overdue for b in rc.progress_board(a, now=NOW + dt.timedelta(hours=3))] == [True]


def test_check_in_refuses_unknown_customer_and_advisor_with_nothing_written(shop):
    """Ids handed over by the check-in form are checked here too: a clear error, no order, no number used."""
    from dealerdesk.domain.errors import NotFound
    from dealerdesk.store.models import RepairOrder

    with pytest.raises(NotFound, match="找不到客户"):
        rc.check_in(shop["actor"], rc.CheckInInput(999999, shop["vehicle"], 21000), now=NOW)
    with pytest.raises(InvalidInput, match="服务顾问"):
        rc.check_in(shop["actor"], rc.CheckInInput(None, shop["vehicle"], 21000, advisor_id=999999), now=NOW)
    assert RepairOrder.select().count() == 0
    order = rc.check_in(shop["actor"], rc.CheckInInput(None, shop["vehicle"], 21000,
                                                      advisor_id=shop["adv2"].id), now=NOW)
    assert order.number.endswith("00001") and order.advisor_id == shop["adv2"].id
