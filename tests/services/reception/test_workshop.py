"""Reception services of issue 21 on a real store (SQLite, and PostgreSQL when DEALERDESK_TEST_PG is set):
any car checked in with its new owner in one transaction, lines changeable only until agreed, totals with
agreed extra work, the status flow, dispatch to technicians, technicians' hours and first-time-fix."""
import datetime as dt
from decimal import Decimal

import pytest

from dealerdesk.domain.errors import Conflict, DealerDeskError, InvalidInput, PermissionDenied
from dealerdesk.services import catalogue
from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.models import AuditLog, Customer, RepairOrder, Vehicle, WorkAssignment
from tests.factories import make_user

NOW = dt.datetime(2026, 10, 15, 10, 0)


@pytest.fixture
def shop(store):
    make_user("adv", "赵顾问", "service_advisor")
    make_user("desk", "钱前台", "front_desk")
    t1 = make_user("tech1", "周师傅", "front_desk", technician=True)
    t2 = make_user("tech2", "吴师傅", "front_desk", technician=True)
    actor = actor_for_login("adv")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], consent=True))
    car = Vehicle.create(owner=cust.id, plate="粤B12345", vin="LSVAB2AB1CN000001", mileage_km=20000)
    catalogue.ensure_default_catalogue(SYSTEM)  # a manager's job since the catalogue issue
    cat = {c.code: c.id for c in catalogue.list_catalogue(actor)}
    return {"actor": actor, "customer": cust.id, "vehicle": car.id, "cat": cat, "t1": t1.id, "t2": t2.id}


def _order(shop, codes=("P-OIL", "L-MAINT"), accept=True, at=NOW, vehicle=None, kind="maintenance"):
    a = shop["actor"]
    order = rc.check_in(a, rc.CheckInInput(None, vehicle or shop["vehicle"], 30000, service_kind=kind), now=at,
                        confirm_low_mileage=True)
    for code in codes:
        rc.add_line(a, order.id, rc.LineInput(catalogue_item_id=shop["cat"][code]), now=at)
    if accept:
        rc.set_promise(a, order.id, at + dt.timedelta(hours=4))
        rc.accept_quote(a, order.id, "张伟", now=at)
    return rc.get_order(a, order.id)


def test_check_in_creates_owner_vehicle_and_order_together(shop):
    a = shop["actor"]
    order = rc.check_in(a, rc.CheckInInput(None, None, 36000, advisor_id=a.id), now=NOW,
                        new_customer=rc.NewCustomer("欧阳锋", "13912340000"),
                        new_vehicle=rc.NewVehicle(plate="粤BD12345", model_name="比亚迪 汉EV"))
    car = Vehicle.get(Vehicle.plate == "粤BD12345")
    assert (order.customer_name, order.vehicle_id, order.advisor_name) == ("欧阳锋", car.id, "赵顾问")
    assert car.owner.name == "欧阳锋" and car.model_name == "比亚迪 汉EV"
    actions = [r.action for r in AuditLog.select().order_by(AuditLog.id)]
    assert actions[-3:] == ["customer.create", "vehicle.create", "repair_order.check_in"]


def test_a_refused_check_in_leaves_no_half_registered_owner(shop):
    a = shop["actor"]
    with pytest.raises(Conflict):  # the appointment does not exist: the whole check-in is refused
        rc.check_in(a, rc.CheckInInput(None, None, 100, appointment_id=999), now=NOW,
                    new_customer=rc.NewCustomer("欧阳锋", "13912340000"), new_vehicle=rc.NewVehicle(plate="粤B55555"))
    assert not Customer.select().where(Customer.name == "欧阳锋").exists()
    assert not Vehicle.select().where(Vehicle.plate == "粤B55555").exists()


def test_a_new_owner_like_an_existing_customer_is_a_possible_duplicate(shop):
    a = shop["actor"]
    with pytest.raises(rc.PossibleDuplicate) as dup:
        rc.check_in(a, rc.CheckInInput(None, None, 100), now=NOW,
                    new_customer=rc.NewCustomer("张伟", "13800138000"), new_vehicle=rc.NewVehicle(plate="粤B66666"))
    assert [m.customer_id for m in dup.value.matches] == [shop["customer"]]
    assert Customer.select().count() == 1
    order = rc.check_in(a, rc.CheckInInput(None, None, 100), now=NOW, allow_duplicate=True,
                        new_customer=rc.NewCustomer("张伟", "13800138000"), new_vehicle=rc.NewVehicle(plate="粤B66666"))
    assert order.customer_id != shop["customer"]
    with pytest.raises(Conflict):  # a plate already in the store is found, not registered again
        rc.check_in(a, rc.CheckInInput(shop["customer"], None, 100), now=NOW,
                    new_vehicle=rc.NewVehicle(plate="粤B12345"))


def test_mileage_starts_from_the_last_reading(shop):
    a = shop["actor"]
    assert rc.last_mileage(a, shop["vehicle"], NOW.date()).km == 20000
    with pytest.raises(rc.LowerMileage):
        rc.check_in(a, rc.CheckInInput(None, shop["vehicle"], 19000), now=NOW)
    _order(shop)  # 30,000 at check-in
    assert rc.last_mileage(a, shop["vehicle"], NOW.date()).km == 30000


def test_lines_change_only_until_the_customer_agrees_and_a_deletion_is_undone(shop):
    a = shop["actor"]
    order = _order(shop, ("P-OIL", "P-BRKF", "L-MAINT"), accept=False)
    brake = next(ln for ln in order.lines if ln.name.startswith("前刹车片"))
    order = rc.remove_line(a, brake.id)
    assert order.totals.quoted == Decimal("218.00")
    order = rc.restore_line(a, order.id, brake, now=NOW)
    assert order.totals.quoted == Decimal("638.00")
    oil = next(ln for ln in order.lines if ln.name.startswith("机油"))
    order = rc.update_line(a, oil.id, 4, "60")
    assert order.totals.quoted == Decimal("810.00")
    with pytest.raises(InvalidInput):
        rc.update_line(a, oil.id, 0, "60")
    rc.set_promise(a, order.id, NOW + dt.timedelta(hours=2))
    rc.accept_quote(a, order.id, "张伟", now=NOW)
    for call in (lambda: rc.remove_line(a, oil.id), lambda: rc.update_line(a, oil.id, 5, "60")):
        with pytest.raises(Conflict):
            call()
    # an unanswered extra line may still be changed or deleted, an answered one not
    group = rc.propose_extra(a, order.id, "更换雨刮片", [rc.LineInput(catalogue_item_id=shop["cat"]["P-WIPER"])],
                             now=NOW)
    wiper = next(ln for ln in rc.get_order(a, order.id).lines if ln.is_extra)
    rc.update_line(a, wiper.id, 2, "100")
    rc.decide_extra(a, order.id, group, True, "phone", "张伟", now=NOW)
    with pytest.raises(Conflict):
        rc.remove_line(a, wiper.id)


def test_totals_include_agreed_extra_work_and_show_declined(shop):
    a = shop["actor"]
    order = _order(shop)  # 68 + 150
    g1 = rc.propose_extra(a, order.id, "更换前刹车片", [rc.LineInput(catalogue_item_id=shop["cat"]["P-BRKF"])], now=NOW)
    g2 = rc.propose_extra(a, order.id, "更换雨刮片", [rc.LineInput(catalogue_item_id=shop["cat"]["P-WIPER"])], now=NOW)
    t = rc.get_order(a, order.id).totals
    assert (t.quoted, t.agreed_extra, t.pending, t.total) == (Decimal("218.00"), 0, Decimal("540.00"), Decimal("218.00"))
    rc.decide_extra(a, order.id, g1, True, "phone", "张伟", now=NOW)
    t = rc.decide_extra(a, order.id, g2, False, "phone", "张伟", now=NOW).totals
    assert (t.quoted, t.agreed_extra, t.declined, t.pending) == (Decimal("218.00"), Decimal("420.00"),
                                                                Decimal("120.00"), 0)
    assert t.total == Decimal("638.00") == rc.settlement_preview(a, order.id).final_total


def test_status_moves_along_the_flow_and_a_skip_needs_a_reason(shop):
    a = shop["actor"]
    order = _order(shop)
    with pytest.raises(InvalidInput):
        rc.change_status(a, order.id, "ready", now=NOW)  # 等待维修 → 待交车 skips repair and quality check
    for step in ("in_repair", "waiting_parts", "in_repair", "quality_check"):
        rc.change_status(a, order.id, step, now=NOW)
    back = rc.change_status(a, order.id, "in_repair", now=NOW)  # a failed quality check is a regular step
    assert back.history[-1].note == ""
    skipped = rc.change_status(a, order.id, "ready", now=NOW, note="主管路试代替质检")
    assert skipped.status == "ready" and skipped.history[-1].note == "主管路试代替质检"
    with pytest.raises(InvalidInput):
        rc.change_status(a, order.id, "handed_over", now=NOW)  # only settlement hands over


def test_handed_over_today_lists_settled_orders(shop):
    a = shop["actor"]
    order = _order(shop)
    for step in ("in_repair", "quality_check", "ready"):
        rc.change_status(a, order.id, step, now=NOW)
    rc.settle_order(a, order.id, rc.SettleInput("cash"), now=NOW + dt.timedelta(hours=3))
    assert rc.progress_board(a, NOW) == []
    done = rc.handed_over_on(a, NOW.date())
    assert [(r.number, r.payable) for r in done] == [(order.number, Decimal("218.00"))]
    assert rc.handed_over_on(a, NOW.date() + dt.timedelta(days=1)) == []


def test_dispatch_start_finish_and_the_boards(shop):
    a = shop["actor"]
    order = _order(shop)
    oil, maint = order.lines
    assert [w.line_id for w in rc.waiting_for_dispatch(a)] == [maint.id]  # labour waits for a technician
    rc.dispatch_line(a, oil.id, shop["t1"], now=NOW)
    rc.dispatch_line(a, maint.id, shop["t1"], now=NOW)
    rc.dispatch_line(a, maint.id, shop["t2"], now=NOW)  # re-dispatched before work started
    assert rc.progress_board(a, NOW)[0].technicians == "周师傅、吴师傅"
    started = rc.start_work(a, maint.id, now=NOW + dt.timedelta(minutes=10))
    assert started.status == "in_repair"  # the first start moves the order on
    with pytest.raises(Conflict):
        rc.dispatch_line(a, maint.id, shop["t1"], now=NOW)  # started: no re-dispatch
    rc.finish_work(a, maint.id, now=NOW + dt.timedelta(minutes=100))
    board = rc.workshop_board(a, NOW + dt.timedelta(hours=2))
    assert [(r.technician, r.name, r.state) for r in board] == [("周师傅", "机油 5W-30 (升)", "assigned"),
                                                               ("吴师傅", "常规保养工时", "done")]
    assert rc.waiting_for_dispatch(a) == []
    stats = rc.workshop_stats(a, NOW.date(), NOW.date())
    assert [(t.name, t.jobs, t.worked_hours, t.standard_hours) for t in stats.technicians] == [
        ("吴师傅", 1, Decimal("1.50"), Decimal("1.00"))]
    assert WorkAssignment.select().count() == 2


def test_dispatch_rules_and_permission(shop):
    a = shop["actor"]
    order = _order(shop, accept=False)
    with pytest.raises(Conflict):
        rc.dispatch_line(a, order.lines[0].id, shop["t1"], now=NOW)  # not agreed by the customer yet
    order = rc.set_promise(a, order.id, NOW + dt.timedelta(hours=2))
    rc.accept_quote(a, order.id, "张伟", now=NOW)
    with pytest.raises(InvalidInput):
        rc.dispatch_line(a, order.lines[0].id, a.id, now=NOW)  # an advisor without the technician flag
    with pytest.raises(Conflict):
        rc.start_work(a, order.lines[0].id, now=NOW)  # not dispatched
    with pytest.raises(PermissionDenied):
        rc.dispatch_line(actor_for_login("desk"), order.lines[0].id, shop["t1"], now=NOW)
    assert [t.name for t in rc.list_technicians(a)] == ["周师傅", "吴师傅"]


def test_first_time_fix_counts_comebacks_within_the_setting(shop):
    a = shop["actor"]
    other = Vehicle.create(owner=shop["customer"], plate="粤B22222", mileage_km=0).id

    def visit(vehicle, day):
        at = dt.datetime(2026, 10, day, 9, 0)
        o = _order(shop, ("L-DIAG",), at=at, vehicle=vehicle, kind="repair")
        for step in ("in_repair", "quality_check", "ready"):
            rc.change_status(a, o.id, step, now=at)
        rc.settle_order(a, o.id, rc.SettleInput("cash"), now=at + dt.timedelta(hours=2))

    visit(shop["vehicle"], 1)
    visit(shop["vehicle"], 10)  # back after 9 days: the first visit was a comeback
    visit(other, 2)
    stats = rc.workshop_stats(a, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert (stats.first_time_fixed, stats.first_time_judged, stats.comeback_days) == (2, 3, 30)
    assert RepairOrder.select().count() == 3


def test_monthly_kpi_has_the_workshop_section(shop):
    from dealerdesk.services.reporting.summary import monthly_summary

    a = shop["actor"]
    order = _order(shop, ("L-DIAG",), kind="repair")
    rc.dispatch_line(a, order.lines[0].id, shop["t1"], now=NOW)
    rc.start_work(a, order.lines[0].id, now=NOW)
    rc.finish_work(a, order.lines[0].id, now=NOW + dt.timedelta(minutes=45))
    for step in ("quality_check", "ready"):
        rc.change_status(a, order.id, step, now=NOW + dt.timedelta(hours=1))
    rc.settle_order(a, order.id, rc.SettleInput("cash"), now=NOW + dt.timedelta(hours=2))
    boss = make_user("boss", "王经理", "manager")
    data = monthly_summary(boss, "2026-10", now=NOW + dt.timedelta(days=20)).to_json()["workshop"]
    assert data == {"first_time_fixed": 1, "first_time_judged": 1, "first_time_fix_rate": 1.0, "comeback_days": 30,
                    "technicians": [{"name": "周师傅", "jobs": 1, "worked_hours": 0.75, "standard_hours": 1.0}]}


def test_a_packages_lines_go_in_together_or_not_at_all(shop):
    """add_lines (a package on the quote) is one transaction: a bad line leaves none of them."""
    a = shop["actor"]
    order = rc.check_in(a, rc.CheckInInput(shop["customer"], shop["vehicle"], 21000, advisor_id=a.id), now=NOW)
    good = rc.LineInput(catalogue_item_id=shop["cat"]["P-OIL"], qty="4")
    bad = rc.LineInput(catalogue_item_id=999_999)  # no such item
    with pytest.raises(DealerDeskError):
        rc.add_lines(a, order.id, [good, bad], now=NOW)
    assert rc.get_order(a, order.id).lines == []
    assert len(rc.add_lines(a, order.id, [good, rc.LineInput(catalogue_item_id=shop["cat"]["L-MAINT"])],
                            now=NOW).lines) == 2
