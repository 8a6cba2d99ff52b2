"""When each after-sale reminder (提醒) is due. Pure: the services feed the facts, this says the dates.

Reminders are day-granular unless the fact has a time (complaints): `due_at` is 00:00 of the first day the
reminder shows, `overdue_at` is 00:00 of the day after its deadline, the same "overdue from the start of the
next day" rule as follow-up cadences. `detail` holds JSON-friendly values (dates as ISO strings).
The post-delivery call is the D lead's follow-up (levels.py), never a reminder here.
"""
from __future__ import annotations

import calendar
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from dealerdesk.domain import settings_spec
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.holidays import ALL_HOLIDAY_CODES, holidays_between
from dealerdesk.domain.levels import bad_setting, setting, setting_int
from dealerdesk.domain.lunar import next_lunar_birthday, next_solar_birthday
from dealerdesk.domain.store_calendar import StoreCalendar
from dealerdesk.i18n import QT_TRANSLATE_NOOP

KINDS: tuple[str, ...] = ("maintenance", "insurance_compulsory", "insurance_commercial", "inspection",
                          "birthday", "holiday", "post_service_call", "survey", "complaint_deadline")

# PIPL: marketing contact (greetings, satisfaction surveys) only with the customer's consent to be contacted.
# The other kinds are the store's duty to its customer (maintenance, insurance, inspection, the call-back after a
# workshop visit, a complaint's deadline) and are planned whatever the consent (docs/dev/domain.md, "Privacy").
MARKETING_KINDS: frozenset[str] = frozenset({"birthday", "holiday", "survey"})


def needs_consent(kind: str) -> bool:
    """True for reminders that are marketing: planned only for customers who consented to be contacted."""
    return kind in MARKETING_KINDS


# Declared in settings_spec with the other settings (type, range, label, who may change it).
DEFAULTS: dict[str, object] = settings_spec.defaults("reminder.", "complaint.")


@dataclass(frozen=True)
class ReminderDue:
    kind: str
    due_at: datetime
    overdue_at: datetime
    detail: dict


def _int_list(settings: Mapping[str, object], key: str) -> tuple[int, ...]:
    value = setting(settings, DEFAULTS, key)
    try:
        years = tuple(sorted(int(v) for v in value))  # type: ignore[union-attr]
    except (TypeError, ValueError):
        raise bad_setting(key, value) from None
    if any(y < 1 for y in years):
        raise bad_setting(key, value)
    return years


@dataclass(frozen=True)
class ReminderPolicy:
    """Intervals and lead times; every field is a manager setting (see DEFAULTS for the keys)."""

    maintenance_first_months: int = 6
    maintenance_first_km: int = 5000
    maintenance_interval_months: int = 12
    maintenance_interval_km: int = 10000
    default_km_per_day: int = 40
    maintenance_days_ahead: int = 7
    insurance_days_ahead: int = 30
    inspection_days_ahead: int = 30
    private_max_seats: int = 9
    private_onsite_years: tuple[int, ...] = (6, 10)
    private_online_years: tuple[int, ...] = (2, 4, 8)
    private_yearly_after: int = 10
    commercial_yearly_years: int = 5
    commercial_months_after: int = 6
    other_interval_months: int = 12
    birthday_days_ahead: int = 3
    holiday_days_ahead: int = 3
    holidays: tuple[str, ...] = ALL_HOLIDAY_CODES
    post_service_call_days: int = 3
    post_service_call_grace_days: int = 2
    survey_days_after_service: int = 7
    survey_days_after_delivery: int = 7
    survey_grace_days: int = 3
    complaint_first_response_hours: int = 24
    complaint_resolution_days: int = 7
    #: calls (the call-back after a service, the satisfaction survey) are planned on working days
    calendar: StoreCalendar = field(default_factory=StoreCalendar)

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> ReminderPolicy:
        def num(key: str, minimum: int = 0) -> int:
            return setting_int(settings, DEFAULTS, key, minimum)

        holidays = setting(settings, DEFAULTS, "reminder.holidays")
        if isinstance(holidays, str) or not all(
                code in ALL_HOLIDAY_CODES for code in holidays):  # type: ignore[union-attr]
            raise bad_setting("reminder.holidays", holidays)
        return cls(
            maintenance_first_months=num("reminder.maintenance.first_months", 1),
            maintenance_first_km=num("reminder.maintenance.first_km", 1),
            maintenance_interval_months=num("reminder.maintenance.interval_months", 1),
            maintenance_interval_km=num("reminder.maintenance.interval_km", 1),
            default_km_per_day=num("reminder.maintenance.default_km_per_day", 1),
            maintenance_days_ahead=num("reminder.maintenance_days_ahead"),
            insurance_days_ahead=num("reminder.insurance_days_ahead"),
            inspection_days_ahead=num("reminder.inspection_days_ahead"),
            private_max_seats=num("reminder.inspection.private_max_seats", 1),
            private_onsite_years=_int_list(settings, "reminder.inspection.private_onsite_years"),
            private_online_years=_int_list(settings, "reminder.inspection.private_online_years"),
            private_yearly_after=num("reminder.inspection.private_yearly_after"),
            commercial_yearly_years=num("reminder.inspection.commercial_yearly_years"),
            commercial_months_after=num("reminder.inspection.commercial_months_after", 1),
            other_interval_months=num("reminder.inspection.other_interval_months", 1),
            birthday_days_ahead=num("reminder.birthday_days_ahead"),
            holiday_days_ahead=num("reminder.holiday_days_ahead"),
            holidays=tuple(holidays),  # type: ignore[arg-type]
            post_service_call_days=num("reminder.post_service_call_days"),
            post_service_call_grace_days=num("reminder.post_service_call_grace_days"),
            survey_days_after_service=num("reminder.survey_days_after_service"),
            survey_days_after_delivery=num("reminder.survey_days_after_delivery"),
            survey_grace_days=num("reminder.survey_grace_days"),
            complaint_first_response_hours=num("complaint.first_response_hours", 1),
            complaint_resolution_days=num("complaint.resolution_days", 1),
            calendar=StoreCalendar.from_settings(settings),
        )


# --- calendar helpers -------------------------------------------------------------------------------

def add_months(d: date, months: int) -> date:
    """Same day `months` later, clamped to the month's last day (31 Jan + 1 month → 28/29 Feb)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _day_window(kind: str, deadline: date, days_ahead: int, detail: dict) -> ReminderDue:
    """Remind `days_ahead` before the deadline day; overdue from the start of the day after it."""
    start = datetime.combine(deadline - timedelta(days=days_ahead), time(0, 0))
    return ReminderDue(kind, start, datetime.combine(deadline + timedelta(days=1), time(0, 0)),
                       {"date": deadline.isoformat(), **detail})


# --- maintenance ------------------------------------------------------------------------------------

def estimate_km_per_day(readings: Sequence[tuple[date, int]],
                        default_km_per_day: float = 40.0,
                        ) -> float:
    """Average km/day from the first to the last odometer reading; the default when there is no usable span
    (fewer than two readings, all on one day, or a falling odometer: a replaced cluster or a typo)."""
    ordered = sorted(readings)
    if len(ordered) < 2:
        return float(default_km_per_day)
    (first_day, first_km), (last_day, last_km) = ordered[0], ordered[-1]
    days = (last_day - first_day).days
    if days <= 0 or last_km < first_km:
        return float(default_km_per_day)
    return (last_km - first_km) / days


def maintenance_due(delivered_on: date, last_maintenance: tuple[date, int] | None,
                    readings: Sequence[tuple[date, int]], policy: ReminderPolicy) -> ReminderDue:
    """Next maintenance: N months or M km after the base (delivery or last maintenance), whichever first."""
    first = last_maintenance is None
    if last_maintenance is None:
        base_day, base_km = delivered_on, 0
        months, km = policy.maintenance_first_months, policy.maintenance_first_km
    else:
        base_day, base_km = last_maintenance
        months, km = policy.maintenance_interval_months, policy.maintenance_interval_km
    by_months = add_months(base_day, months)
    rate = estimate_km_per_day(readings, policy.default_km_per_day)
    target_km = base_km + km
    since_base = [r for r in readings if r[0] >= base_day]
    ref_day, ref_km = max(since_base) if since_base else (base_day, base_km)
    if ref_km >= target_km:
        by_km = ref_day
    elif rate > 0:
        by_km = ref_day + timedelta(days=math.ceil((target_km - ref_km) / rate))
    else:
        by_km = date.max
    basis, deadline = ("km", by_km) if by_km < by_months else ("months", by_months)
    return _day_window("maintenance", deadline, policy.maintenance_days_ahead,
                       {"basis": basis, "first": first, "target_km": target_km,
                        "km_per_day": round(rate, 1), "by_months": by_months.isoformat()})


# --- insurance and inspection -----------------------------------------------------------------------

def insurance_due(kind: str, expires_on: date, policy: ReminderPolicy) -> ReminderDue:
    """`kind` is "compulsory" (交强险) or "commercial" (商业险); the expiry day is the last covered day."""
    if kind not in ("compulsory", "commercial"):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的保险类型 {kind}"),
                           field="insurance_kind", kind=kind)
    return _day_window(f"insurance_{kind}", expires_on, policy.insurance_days_ahead, {})


def _inspection_schedule(registration_date: date, seats: int, use: str, policy: ReminderPolicy):
    """Yield (months after registration, mode) in order, forever; mode is "onsite" or "online" (免检标志)."""
    if use == "private" and seats <= policy.private_max_seats:
        onsite, online = set(policy.private_onsite_years), set(policy.private_online_years)
        listed = sorted(onsite | online)
        for year in listed:
            yield year * 12, "onsite" if year in onsite else "online"
        year = max(policy.private_yearly_after, listed[-1] if listed else 0)
        while True:
            year += 1
            yield year * 12, "onsite"
    elif use == "commercial":
        for year in range(1, policy.commercial_yearly_years + 1):
            yield year * 12, "onsite"
        months = policy.commercial_yearly_years * 12
        while True:
            months += policy.commercial_months_after
            yield months, "onsite"
    else:
        months = 0
        while True:
            months += policy.other_interval_months
            yield months, "onsite"


def inspection_due(registration_date: date, seats: int, use: str, energy: str, on_or_after: date,
                   policy: ReminderPolicy) -> ReminderDue:
    """The first annual inspection (年检) due on or after `on_or_after`, on the registration anniversary.

    Private cars up to the seat limit follow the on-site/online-sticker year lists; commercial vehicles are
    inspected yearly, then every `commercial_months_after` months; other vehicles (private with more seats)
    every `other_interval_months`. `energy` ("fuel" / "new_energy") does not change today's schedule; it is
    kept in the detail so a rule change can use it.
    """
    if use not in ("private", "commercial"):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的车辆用途 {use}"), field="use", use=use)
    for months, mode in _inspection_schedule(registration_date, seats, use, policy):
        on = add_months(registration_date, months)
        if on >= on_or_after:
            return _day_window("inspection", on, policy.inspection_days_ahead,
                               {"mode": mode, "months": months, "energy": energy})
    raise AssertionError("the schedule is endless")  # pragma: no cover


# --- birthdays, holidays ----------------------------------------------------------------------------

def birthday_due(month: int, day: int, lunar: bool, on_or_after: date, policy: ReminderPolicy) -> ReminderDue:
    """Next birthday greeting; a lunar month may be negative (leap month), see lunar.py."""
    on = (next_lunar_birthday if lunar else next_solar_birthday)(month, day, on_or_after)
    return _day_window("birthday", on, policy.birthday_days_ahead,
                       {"lunar": lunar, "month": month, "day": day})


def holiday_reminders(start: date, end: date, policy: ReminderPolicy) -> list[ReminderDue]:
    """One greeting reminder per enabled holiday falling from `start` to `end` (by holiday date)."""
    return [_day_window("holiday", h.on, policy.holiday_days_ahead, {"code": h.code, "label": h.label})
            for h in holidays_between(start, end, policy.holidays)]


# --- after a service visit, complaints ---------------------------------------------------------------

def _call_days(event_on: date, days: int, grace: int, cal: StoreCalendar) -> tuple[date, date]:
    """A call's suggested day and last allowed day, both moved to working days (the store calls when open)."""
    suggested = cal.next_open_day(event_on + timedelta(days=days))
    return suggested, cal.next_open_day(suggested + timedelta(days=grace))


def post_service_call_due(service_on: date, policy: ReminderPolicy) -> ReminderDue:
    """Call-back x days after the service, overdue after `grace` more days (same semantics as cadences)."""
    suggested, deadline = _call_days(service_on, policy.post_service_call_days,
                                     policy.post_service_call_grace_days, policy.calendar)
    return _day_window("post_service_call", deadline, (deadline - suggested).days,
                       {"service_on": service_on.isoformat()})


def survey_due(event_on: date, after: str, policy: ReminderPolicy) -> ReminderDue:
    """Satisfaction survey after a service visit (`after="service"`) or a delivery (`after="delivery"`)."""
    if after not in ("service", "delivery"):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的回访类型 {after}"),
                           field="survey_after", after=after)
    days = policy.survey_days_after_service if after == "service" else policy.survey_days_after_delivery
    suggested, deadline = _call_days(event_on, days, policy.survey_grace_days, policy.calendar)
    return _day_window("survey", deadline, (deadline - suggested).days,
                       {"after": after, "event_on": event_on.isoformat()})


def complaint_due(received_at: datetime, first_responded_at: datetime | None,
                  policy: ReminderPolicy) -> ReminderDue:
    """The one deadline an open complaint is working against: first response, then resolution.

    An open complaint is pending work from the moment it arrives, so `due_at` is the reception time.
    """
    if first_responded_at is None:
        overdue = received_at + timedelta(hours=policy.complaint_first_response_hours)
        stage = "first_response"
    else:
        overdue = received_at + timedelta(days=policy.complaint_resolution_days)
        stage = "resolution"
    return ReminderDue("complaint_deadline", received_at, overdue, {"stage": stage})
