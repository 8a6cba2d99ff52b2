"""Service reception rules (预约 / 接待 / 工单 / 增项 / 结算): pure arithmetic the services and the UI share.

Why a pure module: slot arithmetic, order numbers, the quote-vs-final difference and the statistics formulas
are the parts people argue about ("is 17:00 still a slot?", "does a cancelled booking count as a no-show?"),
so they live here, table-tested, with their defaults as manager settings (DEFAULTS, from settings_spec).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from dealerdesk.domain import labels, settings_spec
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.levels import setting, setting_int, setting_time
from dealerdesk.domain.store_calendar import StoreCalendar
from dealerdesk.i18n import QT_TRANSLATE_NOOP

# Slots, workshop hours and the order prefix; declared in settings_spec with the other settings.
DEFAULTS: dict[str, object] = settings_spec.defaults("reception.")

APPOINTMENT_STATUSES = ("booked", "arrived", "no_show", "cancelled")
APPOINTMENT_LABELS = labels.APPOINTMENT_STATUS
# The board's columns, in workshop order; handed_over closes the order (settled at hand-over).
ORDER_STATUSES = ("waiting", "in_repair", "waiting_parts", "quality_check", "ready", "handed_over")
ORDER_LABELS = labels.REPAIR_ORDER_STATUS
OPEN_ORDER_STATUSES = ORDER_STATUSES[:-1]
LINE_KINDS = labels.LINE_KIND
APPROVALS = labels.APPROVAL
CHANNELS = labels.DECISION_CHANNEL
PAYMENT_METHODS = labels.SETTLEMENT_PAYMENT
SERVICE_KINDS = labels.ORDER_SERVICE_KIND
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ReceptionPolicy:
    slot_minutes: int
    slot_capacity: int
    workshop_open: time
    workshop_close: time
    confirm_call_days_before: int
    order_prefix: str
    comeback_days: int = 30  # a visit within this many days of a hand-over is a comeback (first-time-fix)
    #: slots only on the store's working days, within its hours of that day
    calendar: StoreCalendar = field(default_factory=StoreCalendar)

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> ReceptionPolicy:
        return cls(
            slot_minutes=setting_int(settings, DEFAULTS, "reception.slot_minutes", 5),
            slot_capacity=setting_int(settings, DEFAULTS, "reception.slot_capacity", 1),
            workshop_open=setting_time(settings, DEFAULTS, "reception.workshop_open"),
            workshop_close=setting_time(settings, DEFAULTS, "reception.workshop_close"),
            confirm_call_days_before=setting_int(settings, DEFAULTS, "reception.confirm_call_days_before", 0),
            order_prefix=str(setting(settings, DEFAULTS, "reception.order_prefix")),
            comeback_days=setting_int(settings, DEFAULTS, "reception.comeback_days", 1),
            calendar=StoreCalendar.from_settings(settings),
        )


DEFAULT_POLICY = ReceptionPolicy.from_settings({})


# --- order numbers ----------------------------------------------------------------------------------

def order_number(prefix: str, year: int, seq: int) -> str:
    """"WO2026-00001": unique per store and year; the sequence comes from a counter row, never reused."""
    if seq < 1:
        raise ValueError(seq)
    return f"{prefix}{year}-{seq:05d}"


# --- slots ------------------------------------------------------------------------------------------

def workshop_hours(day: date, policy: ReceptionPolicy = DEFAULT_POLICY) -> tuple[time, time] | None:
    """The workshop's hours on `day`: its own hours within the store's hours that day; None when closed."""
    store = policy.calendar.hours_on(day)
    if store is None:
        return None
    return max(policy.workshop_open, store[0]), min(policy.workshop_close, store[1])


def day_slots(day: date, policy: ReceptionPolicy = DEFAULT_POLICY) -> list[datetime]:
    """Slot starts of a working day: from opening, every slot_minutes, the last one ending by closing; none on
    a day the store is closed (a holiday, a weekly rest day, the store's own closed day)."""
    hours = workshop_hours(day, policy)
    if hours is None:
        return []
    step = timedelta(minutes=policy.slot_minutes)
    at = datetime.combine(day, hours[0])
    close = datetime.combine(day, hours[1])
    slots = []
    while at + step <= close:
        slots.append(at)
        at += step
    return slots


def closed_day(day: date, policy: ReceptionPolicy = DEFAULT_POLICY) -> InvalidInput | None:
    """The refusal of a booking on `day` when the store is closed then, saying why; None when it is open."""
    info = policy.calendar.info(day)
    if info.open:
        return None
    return InvalidInput(QT_TRANSLATE_NOOP("errors", "{day} 门店休息（{why}），请另选一天"), field="start",
                        day=day.isoformat(), why=info.holiday or labels.label(labels.CALENDAR_DAY, info.reason))


def slot_of(at: datetime, policy: ReceptionPolicy = DEFAULT_POLICY) -> datetime:
    """The start of the slot `at` falls in; InvalidInput on a closed day or outside workshop hours."""
    hours = workshop_hours(at.date(), policy)
    if hours is None:
        raise closed_day(at.date(), policy)
    opening = datetime.combine(at.date(), hours[0])
    minutes = int((at - opening).total_seconds() // 60)
    start = opening + timedelta(minutes=minutes - minutes % policy.slot_minutes)
    if at < opening or start not in day_slots(at.date(), policy):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{at} 不在车间营业时间内（{open}–{close}）"), field="start",
                           at=at.strftime("%H:%M"), open=hours[0].strftime("%H:%M"),
                           close=hours[1].strftime("%H:%M"))
    return start


def week_days(day: date) -> list[date]:
    """Monday to Sunday of the week holding `day` (the calendar's week view)."""
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


def confirm_call_window(start: datetime, policy: ReceptionPolicy = DEFAULT_POLICY) -> tuple[datetime, datetime]:
    """The confirmation call shows from 00:00 of the day before and is overdue when the appointment begins."""
    day = start.date() - timedelta(days=policy.confirm_call_days_before)
    due = datetime.combine(min(policy.calendar.previous_open_day(day), start.date()), time(0, 0))
    return due, start


# --- money ------------------------------------------------------------------------------------------

def money(value: object) -> Decimal:
    try:
        amount = Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)
    except ArithmeticError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "金额 {value} 无效"), field="amount", value=value) from None
    return amount


def line_total(qty: object, unit_price: object) -> Decimal:
    return money(Decimal(str(qty)) * Decimal(str(unit_price)))


@dataclass(frozen=True)
class LineDiff:
    name: str
    kind: str
    quoted: Decimal  # 0 for lines added after the quote
    final: Decimal  # 0 for declined lines

    @property
    def difference(self) -> Decimal:
        return self.final - self.quoted


@dataclass(frozen=True)
class Settlement:
    lines: tuple[LineDiff, ...]
    quoted_total: Decimal
    final_total: Decimal
    discount: Decimal
    payable: Decimal

    @property
    def difference(self) -> Decimal:
        return self.final_total - self.quoted_total


def settle(lines: Iterable[LineDiff], discount: object = 0) -> Settlement:
    """Final amount vs quote; a discount never exceeds the final total and is never negative."""
    rows = tuple(lines)
    quoted = sum((r.quoted for r in rows), Decimal("0.00"))
    final = sum((r.final for r in rows), Decimal("0.00"))
    off = money(discount)
    if off < 0 or off > final:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "优惠金额 {discount} 应在 0 到 {total} 之间"),
                           field="discount", discount=off, total=final)
    return Settlement(rows, money(quoted), money(final), off, money(final - off))


# --- statistics -------------------------------------------------------------------------------------

def ratio(part: int, whole: int) -> float:
    """A rate as a fraction 0–1; 0 when there is nothing to measure."""
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class ReceptionStats:
    """One day's or month's reception figures (rates are fractions 0–1)."""

    period: str  # "2026-10-15" or "2026-10"
    orders: int  # repair orders opened
    settled: int  # orders handed over and settled
    revenue: Decimal  # payable after discounts, settled orders
    extra_approved: int
    extra_declined: int
    finished: int  # orders finished (ready) with a promised time
    on_time: int
    appointments: int  # bookings that came due (not cancelled)
    no_shows: int

    @property
    def average_ticket(self) -> Decimal:
        return money(self.revenue / self.settled) if self.settled else Decimal("0.00")

    @property
    def on_time_rate(self) -> float:
        return ratio(self.on_time, self.finished)

    @property
    def no_show_rate(self) -> float:
        return ratio(self.no_shows, self.appointments)

    @property
    def extra_approval_rate(self) -> float:
        return ratio(self.extra_approved, self.extra_approved + self.extra_declined)

    def to_json(self) -> dict:
        return {"period": self.period, "orders": self.orders, "settled": self.settled,
                "revenue": float(self.revenue), "average_ticket": float(self.average_ticket),
                "extra_approved": self.extra_approved, "extra_declined": self.extra_declined,
                "on_time_rate": self.on_time_rate, "no_show_rate": self.no_show_rate}


def finished_on_time(ready_at: datetime | None, promised_at: datetime | None) -> bool | None:
    """None when it cannot be judged (not finished, or nothing was promised)."""
    if ready_at is None or promised_at is None:
        return None
    return ready_at <= promised_at


def is_overdue(status: str, promised_at: datetime | None, now: datetime) -> bool:
    """Overdue on the board: still in the workshop after the promised finish time."""
    return promised_at is not None and status in ORDER_STATUSES[:4] and now > promised_at


def mileage_questionable(new_km: int, last_km: int | None) -> bool:
    """A reading below the vehicle's last one is usually a typo (or a replaced odometer): ask."""
    return last_km is not None and new_km < last_km


# --- the workshop flow ------------------------------------------------------------------------------

#: DOMAIN's flow, step by step: waiting → in repair (⇄ waiting for parts) → quality check → ready → handed
#: over (only by settlement). A failed quality check goes back to repair. Any other move (a skipped step,
#: going back) is allowed only with a reason, which the status log keeps.
NEXT_STATUSES: dict[str, tuple[str, ...]] = {
    "waiting": ("in_repair", "waiting_parts"),  # parts ordered before anyone can start
    "in_repair": ("quality_check", "waiting_parts"),
    "waiting_parts": ("in_repair",),
    "quality_check": ("ready", "in_repair"),
    "ready": (),
    "handed_over": (),
}


def is_regular_step(old: str, new: str) -> bool:
    """True for a move along the flow; False for a skip or a step back (which needs a reason)."""
    return new in NEXT_STATUSES.get(old, ())


def status_targets(old: str) -> list[tuple[str, bool]]:
    """The statuses an order in `old` may be moved to by hand, regular steps first: (status, needs a reason)."""
    if old not in OPEN_ORDER_STATUSES:
        return []
    regular = [s for s in NEXT_STATUSES[old] if s in OPEN_ORDER_STATUSES]
    others = [s for s in OPEN_ORDER_STATUSES if s != old and s not in regular]
    return [(s, False) for s in regular] + [(s, True) for s in others]


def may_settle(status: str) -> bool:
    """Settlement (交车结算) only for a car ready for hand-over."""
    return status == "ready"


# --- totals -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderTotals:
    """报价 (the base quote), 已同意增项, 已拒绝 and 待答复 extra work; the total is quote + agreed extra."""

    quoted: Decimal
    agreed_extra: Decimal
    declined: Decimal
    pending: Decimal

    @property
    def total(self) -> Decimal:
        return self.quoted + self.agreed_extra


def order_totals(lines: Iterable[tuple[bool, str, Decimal]]) -> OrderTotals:
    """From (is_extra, approval, quoted amount) per line. Declined base lines (none today) would not count."""
    quoted = agreed = declined = pending = Decimal("0.00")
    for is_extra, approval, amount in lines:
        if approval == "declined":
            declined += amount
        elif not is_extra:
            quoted += amount
        elif approval == "approved":
            agreed += amount
        else:
            pending += amount
    return OrderTotals(money(quoted), money(agreed), money(declined), money(pending))


# --- dispatch and workshop figures ------------------------------------------------------------------

def work_hours(started_at: datetime | None, finished_at: datetime | None) -> Decimal:
    """Hours actually worked on an assignment (0 until it is finished), to the hundredth."""
    if started_at is None or finished_at is None or finished_at < started_at:
        return Decimal("0.00")
    return money(Decimal((finished_at - started_at).total_seconds()) / 3600)


def standard_hours(kind: str, qty: Decimal) -> Decimal:
    """A labour line's quantity is its standard hours (工时); a part line has none."""
    return money(qty) if kind == "labour" else Decimal("0.00")


def first_time_fixes(visits: Iterable[tuple[int, date, date]], days: int) -> tuple[int, int]:
    """(fixed first time, judged) over settled visits given as (vehicle id, handed over on, next check-in of
    the same vehicle or date.max). A visit is fixed first time when the car did not come back within `days`
    days of the hand-over."""
    fixed = judged = 0
    for _vehicle, handed_over, next_in in visits:
        judged += 1
        if next_in == date.max or (next_in - handed_over).days > days:
            fixed += 1
    return fixed, judged
