"""Member points on a hand-built store: earned and spent balance, spending more than the balance is refused,
expiry is computed from the earning date, tiers go up by rule or by hand (audited), settlement spends and earns."""
import datetime as dt
from decimal import Decimal

import pytest

from dealerdesk.domain import loyalty
from dealerdesk.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealerdesk.services import catalogue, loyalty as ly
from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.settings import set_setting
from dealerdesk.store.models import AuditLog, PointsEntry, Vehicle
from tests.factories import make_user

T0 = dt.datetime(2026, 3, 10, 10, 0)


@pytest.fixture
def people(store):
    make_user("boss", "王经理", "manager")
    make_user("desk", "李前台", "front_desk")
    make_user("adv", "赵顾问", "service_advisor")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], consent=True))
    return {"m": actor_for_login("boss"), "f": actor_for_login("desk"), "a": actor_for_login("adv"),
            "c": cust.id}


def test_earned_and_spent_balance_and_the_ledger_sums_to_it(people):
    m, c = people["m"], people["c"]
    ly.award_points(m, c, "event", 300, "新车发布会", at=T0)
    ly.award_points(m, c, "referral", 500, "介绍李雷", at=T0 + dt.timedelta(days=1))
    status = ly.spend_points(m, c, 450, "兑换礼品", at=T0 + dt.timedelta(days=2))
    assert status.balance == 350 and status.earned_total == 800
    ledger = ly.points_ledger(m, c, today=T0.date() + dt.timedelta(days=3))
    assert [ln.points for ln in ledger] == [300, 500, -450]
    assert sum(ln.points for ln in ledger) == ledger[-1].balance == 350
    assert PointsEntry.get(PointsEntry.points < 0).yuan == Decimal("4.50")  # 100 points = 1 yuan


def test_spending_more_than_the_balance_is_refused_and_nothing_written(people):
    m, c = people["m"], people["c"]
    ly.award_points(m, c, "event", 100, "", at=T0)
    with pytest.raises(Conflict) as err:
        ly.spend_points(m, c, 101, at=T0)
    assert err.value.params["have"] == 100
    assert PointsEntry.select().count() == 1
    assert ly.member_status(m, c, today=T0.date()).balance == 100


def test_points_expire_n_months_after_earning_first_in_first_out(people):
    m, c = people["m"], people["c"]
    set_setting(m, "points.expiry_months", 12)
    ly.award_points(m, c, "event", 200, "a", at=T0)  # expires 2027-03-10
    ly.award_points(m, c, "event", 300, "b", at=T0 + dt.timedelta(days=100))  # expires 2027-06-18
    ly.spend_points(m, c, 150, at=T0 + dt.timedelta(days=200))  # takes 150 of the first lot
    before = ly.member_status(m, c, today=dt.date(2027, 3, 9))
    assert before.balance == 350 and before.expiring_soon == 50
    after = ly.points_ledger(m, c, today=dt.date(2027, 3, 10))
    assert after[-1].reason == "expired" and after[-1].points == -50 and after[-1].balance == 300
    with pytest.raises(Conflict):  # expired points cannot be spent
        ly.spend_points(m, c, 301, at=dt.datetime(2027, 3, 11, 9))
    assert ly.member_status(m, c, today=dt.date(2027, 6, 18)).balance == 0


def test_ledger_expiry_is_pure_arithmetic():
    e = [loyalty.Entry(dt.datetime(2026, 1, 1), 100, "event", dt.date(2026, 2, 1)),
         loyalty.Entry(dt.datetime(2026, 1, 5), 100, "event", None),
         loyalty.Entry(dt.datetime(2026, 2, 5), -150, "spend")]
    # on 2026-02-01 the first lot expired unused, so the spend takes 100 from the second and cannot take 150
    assert loyalty.balance(e[:2], dt.date(2026, 2, 1)) == 100
    assert loyalty.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)


def test_tier_goes_up_by_rule_and_by_hand_both_audited(people):
    m, f, c = people["m"], people["f"], people["c"]
    assert ly.member_status(m, c, today=T0.date()).tier == "normal"
    ly.award_points(f, c, "event", 2000, "", at=T0)
    status = ly.member_status(m, c, today=T0.date())
    assert status.tier == "silver" and status.benefits.free_checks == 1 and status.next_tier == "gold"
    with pytest.raises(PermissionDenied):
        ly.set_tier(f, c, "diamond")
    status = ly.set_tier(m, c, "diamond", at=T0)
    assert status.tier == "diamond" and status.by_hand and status.benefits.pickup
    tiers = [a.detail for a in AuditLog.select().where(AuditLog.action == "member.tier").order_by(AuditLog.id)]
    assert '"by": "rule"' in tiers[0] and '"by": "hand"' in tiers[1]


def test_award_points_refuses_unknown_reasons_and_non_positive_points(people):
    with pytest.raises(InvalidInput):
        ly.award_points(people["m"], people["c"], "lottery", 10)
    with pytest.raises(InvalidInput):
        ly.award_points(people["m"], people["c"], "event", 0)


def _ready_order(a, customer_id):
    car = Vehicle.create(owner=customer_id, plate="粤B12345", vin="LSVAB2AB1CN000001", mileage_km=20000)
    catalogue.ensure_default_catalogue(SYSTEM)
    code = next(x.id for x in catalogue.list_catalogue(a) if x.code == "L-MAINT")
    order = rc.check_in(a, rc.CheckInInput(customer_id=None, vehicle_id=car.id, mileage_km=25000, fuel_level=40,
                                           complaint="保养"), now=T0)
    rc.add_line(a, order.id, rc.LineInput(catalogue_item_id=code))
    rc.set_promise(a, order.id, T0 + dt.timedelta(hours=4))
    rc.accept_quote(a, order.id, "张伟", now=T0)
    for s in ("in_repair", "quality_check", "ready"):
        rc.change_status(a, order.id, s, now=T0 + dt.timedelta(hours=1))
    return order.id


def test_settlement_spends_points_and_earns_on_what_is_paid(people):
    a, c = people["a"], people["c"]
    ly.award_points(people["m"], c, "event", 1_000_000, "", at=T0 - dt.timedelta(days=1))
    oid = _ready_order(a, c)
    payable = rc.settlement_preview(a, oid).payable
    with pytest.raises(InvalidInput) as err:  # points never pay more than the order costs
        rc.settle_order(a, oid, rc.SettleInput("cash", points=int(payable * 100) + 100), now=T0 + dt.timedelta(hours=2))
    assert err.value.field == "points" and PointsEntry.select().count() == 1
    rc.settle_order(a, oid, rc.SettleInput("cash", points=1000), now=T0 + dt.timedelta(hours=2))
    got = ly.order_points(a, oid, c, today=T0.date())
    assert got.spent == 1000 and got.spent_yuan == Decimal("10.00")
    assert got.earned == int(payable - Decimal("10.00"))  # 1 point per yuan actually paid
    assert got.balance == 1_000_000 - 1000 + got.earned and got.tier == "diamond"


def test_a_warranty_settlement_earns_no_points(people):
    a, c = people["a"], people["c"]
    oid = _ready_order(a, c)
    rc.settle_order(a, oid, rc.SettleInput("warranty"), now=T0 + dt.timedelta(hours=2))
    assert ly.order_points(a, oid, c, today=T0.date()).earned == 0 and PointsEntry.select().count() == 0


def test_a_delivery_earns_purchase_points_and_referral_points_for_the_referrer(people):
    from dealerdesk.services.sales import DeliveryInput, LeadInput, OrderInput, create_lead, record_delivery, record_order

    m, referrer = people["m"], people["c"]
    buyer = create_customer(SYSTEM, CustomerInput(name="李雷", phones=["13700137000"], referred_by_id=referrer))
    lead = create_lead(m, LeadInput(customer_id=buyer.id, level="H"), at=T0)
    record_order(m, lead.id, OrderInput(model_id=None, price=186_000), at=T0 + dt.timedelta(hours=1))
    record_delivery(m, lead.id, DeliveryInput(vin="LSVAB2AB1CN000001", plate="粤B12345"),
                    at=T0 + dt.timedelta(days=3))
    assert [(e.reason, e.points) for e in PointsEntry.select().where(PointsEntry.customer == buyer.id)] == [
        ("purchase", 1860)]  # 1 point per 100 yuan of the price
    got = [(e.reason, e.points, e.ref) for e in PointsEntry.select().where(PointsEntry.customer == referrer)]
    assert got == [("referral", 500, "")] and "李雷" not in str(got)


def test_tier_thresholds_must_rise_from_normal_to_diamond(people):
    with pytest.raises(InvalidInput):
        set_setting(people["m"], "member.tier_points", {"normal": 0, "silver": 5000, "gold": 3000, "diamond": 9000})
    set_setting(people["m"], "member.tier_points", {"normal": 0, "silver": 100, "gold": 200, "diamond": 300})
    ly.award_points(people["m"], people["c"], "event", 250, at=T0)
    assert ly.member_status(people["m"], people["c"], today=T0.date()).tier == "gold"
