"""Member tiers and points (会员等级与积分): the arithmetic, written once.

Why computed expiry: points expire N months after they were earned (a setting), and a store has no server
running a nightly job. So the ledger keeps what happened (earned with its expiry date, spent) and the
expired part is worked out whenever a balance is asked for: earned lots are used first-in first-out by a
spend, and what is left of a lot on its expiry date has expired. `ledger_with_expiry` adds those computed
lines to the history, so the ledger the customer is shown always sums to the balance.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from dealerdesk.domain import settings_spec as spec

TIERS = spec.MEMBER_TIER_CODES  # lowest first
EARN_REASONS = ("service", "purchase", "referral", "event", "manual")
SPEND, EXPIRED = "spend", "expired"


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months; the 31st becomes the month's last day when the month is shorter."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


@dataclass(frozen=True)
class PointsPolicy:
    """The rules the store set (domain/settings_spec.py, group 会员积分)."""

    service_per_yuan: int = 1  # points per yuan of service paid
    purchase_per_100_yuan: int = 1  # points per 100 yuan of a car's price
    referral: int = 500
    event: int = 50
    redeem_points_per_yuan: int = 100  # so many points pay 1 yuan
    expiry_months: int = 24  # 0: never
    tier_points: Mapping[str, int] = field(default_factory=dict)  # tier → lifetime points it starts at

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> PointsPolicy:
        def value(key: str) -> object:
            return spec.BY_KEY[key].value_of(settings)

        return cls(service_per_yuan=int(value("points.service_per_yuan")),
                   purchase_per_100_yuan=int(value("points.purchase_per_100_yuan")),
                   referral=int(value("points.referral")), event=int(value("points.event")),
                   redeem_points_per_yuan=max(int(value("points.redeem_per_yuan")), 1),
                   expiry_months=int(value("points.expiry_months")),
                   tier_points=dict(value("member.tier_points")))

    def expires_on(self, earned: dt.date) -> dt.date | None:
        return add_months(earned, self.expiry_months) if self.expiry_months > 0 else None

    def for_service(self, paid: Decimal | int | float) -> int:
        return max(int(Decimal(str(paid)) * self.service_per_yuan), 0)

    def for_purchase(self, price: int) -> int:
        return max(int(price) * self.purchase_per_100_yuan // 100, 0)

    def yuan_for(self, points: int) -> Decimal:
        """What `points` pay, in yuan, rounded down to the fen."""
        return (Decimal(points) / Decimal(self.redeem_points_per_yuan)).quantize(Decimal("0.01"), ROUND_DOWN)

    def points_for_yuan(self, yuan: Decimal) -> int:
        """The most points a payment of `yuan` can take (never pays more than the amount)."""
        return int(Decimal(yuan) * self.redeem_points_per_yuan)

    def tier_for(self, lifetime_points: int) -> str:
        """The highest tier whose threshold the points earned so far (never reduced by spending) reach."""
        best = TIERS[0]
        for tier in TIERS:
            if lifetime_points >= int(self.tier_points.get(tier, 0)):
                best = tier
        return best


@dataclass(frozen=True)
class Entry:
    """A ledger line as stored: `points` > 0 earned (expires_on may be set), < 0 spent."""

    at: dt.datetime
    points: int
    reason: str
    expires_on: dt.date | None = None
    ref: str = ""
    entry_id: int = 0
    yuan: Decimal = Decimal("0")


def _expire(lots: list[list], day: dt.date, out: list[Entry]) -> None:
    """Expire every lot whose expiry date is on or before `day` (appending the computed lines)."""
    for lot in lots:
        expires, left = lot[0], lot[1]
        if expires is not None and expires <= day and left > 0:
            out.append(Entry(dt.datetime.combine(expires, dt.time(0)), -left, EXPIRED, ref=lot[2]))
            lot[1] = 0


def ledger_with_expiry(entries: Iterable[Entry], today: dt.date) -> list[Entry]:
    """The stored lines in time order plus the computed `expired` lines up to `today`: the sum is the balance.

    A spend uses the lots that are still valid on its date, earliest-expiring first."""
    ordered = sorted(entries, key=lambda e: (e.at, e.entry_id))
    lots: list[list] = []  # [expires_on, left, ref]
    out: list[Entry] = []
    for e in ordered:
        _expire(lots, e.at.date(), out)
        out.append(e)
        if e.points > 0:
            lots.append([e.expires_on, e.points, e.ref])
        else:
            need = -e.points
            for lot in sorted(lots, key=lambda lot: (lot[0] is None, lot[0] or dt.date.max)):
                used = min(lot[1], need)
                lot[1] -= used
                need -= used
                if not need:
                    break
    _expire(lots, today, out)
    out.sort(key=lambda e: (e.at, e.entry_id if e.reason != EXPIRED else -1))
    return out


def balance(entries: Iterable[Entry], today: dt.date) -> int:
    return sum(e.points for e in ledger_with_expiry(entries, today))


def expiring_soon(entries: Iterable[Entry], today: dt.date, within_days: int = 30) -> int:
    """Points that will expire in the next `within_days` days if not spent (shown on the profile)."""
    later = today + dt.timedelta(days=within_days)
    return balance(entries, today) - balance(entries, later)
