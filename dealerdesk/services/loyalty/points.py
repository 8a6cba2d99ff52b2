"""Member points (积分): earn, spend, the ledger and the balance; the member tier (会员等级) they lead to.

Why a ledger and no balance column: every change is a row (who, when, why, which repair order), so the
history on the profile is the proof of the balance, and expiry (a setting) is computed from the rows by
domain/loyalty.py instead of by a job nobody runs on a shop PC. A spend checks the balance inside its
write transaction (BEGIN IMMEDIATE on SQLite), so two counters cannot spend the same points.

`award_points` is the one entry for points given for something outside a settlement or a delivery (an
event attended, a referral, a manager's correction): the events module calls it for attendance.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from dealerdesk.domain import loyalty
from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require, require_customer
from dealerdesk.services.settings import get_settings
from dealerdesk.store.db import db, read_txn
from dealerdesk.store.models import Customer, Member, PointsEntry

TIER_RANK = {t: i for i, t in enumerate(loyalty.TIERS)}


@dataclass(frozen=True)
class LedgerLine:
    at: dt.datetime
    reason: str  # labels.POINTS_REASON
    points: int  # + earned, − spent or expired
    ref: str = ""
    expires_on: dt.date | None = None
    yuan: Decimal = Decimal("0")
    balance: int = 0  # running balance after this line


@dataclass(frozen=True)
class Benefits:
    free_checks: int = 0
    labour_discount: int = 0  # percent
    priority_booking: bool = False
    pickup: bool = False


@dataclass(frozen=True)
class MemberStatus:
    customer_id: int
    tier: str  # labels.MEMBER_TIER
    by_hand: bool
    balance: int
    earned_total: int  # lifetime, what the tier rule reads
    expiring_soon: int  # within 30 days
    redeem_points_per_yuan: int
    benefits: Benefits = field(default_factory=Benefits)
    next_tier: str = ""
    next_tier_points: int = 0  # lifetime points the next tier starts at

    def to_json(self) -> dict:
        return {"customer_id": self.customer_id, "tier": self.tier, "balance": self.balance,
                "earned_total": self.earned_total, "expiring_soon": self.expiring_soon}


def policy() -> loyalty.PointsPolicy:
    return loyalty.PointsPolicy.from_settings(get_settings())


def entries_of(customer_id: int) -> list[loyalty.Entry]:
    """The stored ledger of one customer as domain entries."""
    return [loyalty.Entry(at, pts, reason, exp, ref, eid, yuan or Decimal("0"))
            for eid, at, pts, reason, exp, ref, yuan in
            PointsEntry.select(PointsEntry.id, PointsEntry.at, PointsEntry.points, PointsEntry.reason,
                               PointsEntry.expires_on, PointsEntry.ref, PointsEntry.yuan)
            .where(PointsEntry.customer == customer_id).order_by(PointsEntry.at, PointsEntry.id).tuples()]


def balance_of(customer_id: int, today: dt.date) -> int:
    return loyalty.balance(entries_of(customer_id), today)


def _earned_total(customer_id: int) -> int:
    return int(PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.points), 0))
               .where(PointsEntry.customer == customer_id, PointsEntry.points > 0).scalar() or 0)


def _tier_row(customer_id: int) -> tuple[str, bool]:
    row = Member.get_or_none(Member.customer == customer_id)
    return (row.tier, bool(row.by_hand)) if row else (loyalty.TIERS[0], False)


def effective_tier(customer_id: int, rules: loyalty.PointsPolicy | None = None) -> tuple[str, bool]:
    """(tier, set by hand): a tier set by hand stands; otherwise the higher of the stored and the rule's."""
    rules = rules or policy()
    stored, by_hand = _tier_row(customer_id)
    if by_hand:
        return stored, True
    by_rule = rules.tier_for(_earned_total(customer_id))
    return (by_rule if TIER_RANK[by_rule] > TIER_RANK.get(stored, 0) else stored), False


def _upgrade_by_rule(actor: Actor, customer_id: int, rules: loyalty.PointsPolicy, at: dt.datetime) -> None:
    stored, by_hand = _tier_row(customer_id)
    by_rule = rules.tier_for(_earned_total(customer_id))
    if by_hand or TIER_RANK[by_rule] <= TIER_RANK.get(stored, 0):
        return
    (Member.insert(customer=customer_id, tier=by_rule, by_hand=False, since=at)
     .on_conflict(conflict_target=[Member.customer], preserve=[Member.tier, Member.by_hand, Member.since])
     .execute())
    audit.record(actor, "member.tier", "customer", customer_id, at=at, tier=by_rule, was=stored, by="rule")


def post_earning(actor: Actor, customer_id: int, reason: str, points: int, ref: str, at: dt.datetime,
                 repair_order_id: int | None = None) -> int:
    """Write earned points inside the caller's transaction (settlement, delivery, award_points); the
    caller has checked its own permission. Returns the points written (0: nothing to write)."""
    if points <= 0:
        return 0
    rules = policy()
    PointsEntry.create(customer=customer_id, at=at, reason=reason, points=points, ref=ref[:60],
                       repair_order=repair_order_id, expires_on=rules.expires_on(at.date()), by_user=actor.id)
    audit.record(actor, "points.award", "customer", customer_id, at=at, points=points, reason=reason, ref=ref[:60])
    _upgrade_by_rule(actor, customer_id, rules, at)
    changes.mark(changes.CUSTOMERS, customer=customer_id)
    return points


def post_spend(actor: Actor, customer_id: int, points: int, yuan: Decimal, ref: str, at: dt.datetime,
               repair_order_id: int | None = None) -> None:
    """Spend inside the caller's transaction; refuses more than the balance at `at`."""
    if points <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "抵扣的积分应大于 0"), field="points")
    have = balance_of(customer_id, at.date())
    if points > have:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "积分不足：可用 {have} 分，要抵扣 {points} 分"), field="points",
                       have=have, points=points)
    PointsEntry.create(customer=customer_id, at=at, reason=loyalty.SPEND, points=-points, ref=ref[:60],
                       repair_order=repair_order_id, yuan=yuan, by_user=actor.id)
    audit.record(actor, "points.spend", "customer", customer_id, at=at, points=points, yuan=yuan, ref=ref[:60])
    changes.mark(changes.CUSTOMERS, customer=customer_id)


def award_points(actor: Actor, customer_id: int, reason: str, points: int, ref: str = "",
                 at: dt.datetime | None = None) -> MemberStatus:
    """Give a customer points for `reason` (labels.POINTS_REASON: event, referral, manual, …).

    The events module wires attendance here (`reason="event"`, points from `policy().event`)."""
    require_customer(actor, "points.award", customer_id)
    if reason not in loyalty.EARN_REASONS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "积分来源无效：{reason}"), field="reason", reason=reason)
    if int(points) <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "积分应大于 0"), field="points")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        post_earning(actor, customer_id, reason, int(points), ref, now)
    return member_status(actor, customer_id, today=now.date())


def spend_points(actor: Actor, customer_id: int, points: int, ref: str = "",
                 at: dt.datetime | None = None) -> MemberStatus:
    """Spend points outside a settlement (a gift at the counter); settlement spends through settle_order."""
    require_customer(actor, "points.spend", customer_id)
    now = (at or dt.datetime.now()).replace(microsecond=0)
    rules = policy()
    with db.atomic():
        post_spend(actor, customer_id, int(points), rules.yuan_for(int(points)), ref, now)
    return member_status(actor, customer_id, today=now.date())


def set_tier(actor: Actor, customer_id: int, tier: str, at: dt.datetime | None = None) -> MemberStatus:
    """A manager sets the tier by hand (audited); it then stays until set again."""
    require(actor, "member.tier")
    if tier not in loyalty.TIERS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "会员等级无效：{tier}"), field="tier", tier=tier)
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        Customer.get_by_id(customer_id)
        was, _ = _tier_row(customer_id)
        (Member.insert(customer=customer_id, tier=tier, by_hand=True, since=now)
         .on_conflict(conflict_target=[Member.customer], preserve=[Member.tier, Member.by_hand, Member.since])
         .execute())
        audit.record(actor, "member.tier", "customer", customer_id, at=now, tier=tier, was=was, by="hand")
        changes.mark(changes.CUSTOMERS, customer=customer_id)
    return member_status(actor, customer_id, today=now.date())


def benefits_of(tier: str, settings: dict[str, object] | None = None) -> Benefits:
    settings = settings if settings is not None else get_settings()

    def value(key: str) -> object:
        return spec.BY_KEY[key].value_of(settings)

    return Benefits(free_checks=int(value("member.free_checks").get(tier, 0)),
                    labour_discount=int(value("member.labour_discount").get(tier, 0)),
                    priority_booking=tier in value("member.priority_booking"),
                    pickup=tier in value("member.pickup"))


def member_status(actor: Actor, customer_id: int, today: dt.date | None = None) -> MemberStatus:
    """The profile's and the check-in's view: tier, benefits, balance, points expiring within 30 days."""
    require_customer(actor, "points.read", customer_id)
    today = today or dt.date.today()
    settings = get_settings()
    rules = loyalty.PointsPolicy.from_settings(settings)
    with read_txn():
        entries = entries_of(customer_id)
        tier, by_hand = effective_tier(customer_id, rules)
        earned = _earned_total(customer_id)
    rank = TIER_RANK[tier]
    nxt = loyalty.TIERS[rank + 1] if rank + 1 < len(loyalty.TIERS) else ""
    return MemberStatus(customer_id=customer_id, tier=tier, by_hand=by_hand,
                        balance=loyalty.balance(entries, today), earned_total=earned,
                        expiring_soon=loyalty.expiring_soon(entries, today),
                        redeem_points_per_yuan=rules.redeem_points_per_yuan, benefits=benefits_of(tier, settings),
                        next_tier=nxt, next_tier_points=int(rules.tier_points.get(nxt, 0)) if nxt else 0)


def points_ledger(actor: Actor, customer_id: int, today: dt.date | None = None) -> list[LedgerLine]:
    """Every line, oldest first, with the computed expiry lines and a running balance (the last is the balance)."""
    require_customer(actor, "points.read", customer_id)
    today = today or dt.date.today()
    out, running = [], 0
    for e in loyalty.ledger_with_expiry(entries_of(customer_id), today):
        running += e.points
        out.append(LedgerLine(e.at, e.reason, e.points, e.ref, e.expires_on, e.yuan, running))
    return out


@dataclass(frozen=True)
class OrderPoints:
    """What a settled repair order did with points, for the printed settlement sheet."""

    spent: int = 0
    spent_yuan: Decimal = Decimal("0")
    earned: int = 0
    balance: int = 0
    tier: str = ""


def order_points(actor: Actor, order_id: int, customer_id: int, today: dt.date | None = None) -> OrderPoints:
    require(actor, "reception.read")
    today = today or dt.date.today()
    spent = earned = 0
    yuan = Decimal("0")
    for pts, y in PointsEntry.select(PointsEntry.points, PointsEntry.yuan).where(
            PointsEntry.repair_order == order_id).tuples():
        if pts < 0:
            spent -= pts
            yuan += y or 0
        else:
            earned += pts
    tier, _ = effective_tier(customer_id)
    return OrderPoints(spent, Decimal(yuan).quantize(Decimal("0.01")), earned, balance_of(customer_id, today), tier)


def earn_for_delivery(actor: Actor, customer_id: int, price: int, at: dt.datetime, ref: str) -> None:
    """Inside record_delivery's transaction: purchase points for the buyer, referral points for whoever
    referred them (Customer.referred_by)."""
    rules = policy()
    post_earning(actor, customer_id, "purchase", rules.for_purchase(price), ref, at)
    referrer = Customer.select(Customer.referred_by).where(Customer.id == customer_id).scalar()
    if referrer:  # the referred customer's name stays out of the referrer's ledger (it outlives an erasure)
        post_earning(actor, referrer, "referral", rules.referral, ref, at)


def earn_for_event(actor: Actor, customer_id: int, event_name: str, at: dt.datetime) -> None:
    """Inside an event check-in's transaction: the attendance points of the setting 参加活动积分 (0: none)."""
    post_earning(actor, customer_id, "event", policy().event, event_name, at)


#: paid by the maker or an insurer, not by the customer: no service points
NO_POINTS_PAYMENTS = frozenset({"warranty", "insurance"})


def spend_at_settlement(actor: Actor, customer_id: int, order_id: int, number: str, points: int,
                        payable: Decimal, at: dt.datetime, payment_method: str = "") -> Decimal:
    """Inside settle_order's transaction: spend `points` on the order (never more than it costs) and earn
    service points on what the customer is left to pay. Returns the yuan the points paid."""
    rules = policy()
    yuan = Decimal("0.00")
    if points:
        require(actor, "points.spend")
        yuan = rules.yuan_for(points)
        if yuan > payable:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "积分抵扣 {yuan} 元，超过应付金额 {payable} 元"),
                               field="points", yuan=str(yuan), payable=str(payable))
        post_spend(actor, customer_id, points, yuan, number, at, repair_order_id=order_id)
    if payment_method not in NO_POINTS_PAYMENTS:
        post_earning(actor, customer_id, "service", rules.for_service(payable - yuan), number, at,
                     repair_order_id=order_id)
    return yuan
