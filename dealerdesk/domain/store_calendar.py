"""The store's calendar: which days it works and its hours on each, for every rule that needs "a working day".

Why one place: cadence due dates, the call-backs and confirmation calls, appointment slots, the month-end
inventory (the last 5 working days) and the Monday review all used to assume every weekday is a working day,
so a follow-up could fall due on the first day of 春节. A day is open when, in this order:
1. the store listed it as an extra working day (calendar.extra_open_days) → open, or as its own closed day
   (calendar.closed_days) → closed;
2. the store follows the official arrangement (calendar.official) and the day is an official day off
   (法定节假日, with its bridging days) → closed, or an official make-up working day (调休上班) → open;
3. otherwise its weekday's opening hours (calendar.hours) decide.
Greetings for a holiday stay on the holiday itself (reminders.holiday_reminders does not ask this module).
"""
from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from dealerdesk.domain import official_days, settings_spec
from dealerdesk.i18n import QT_TRANSLATE_NOOP

WEEKDAY_CODES = settings_spec.WEEKDAY_CODES  # Monday first, as date.weekday()
DEFAULTS: dict[str, object] = settings_spec.defaults("calendar.")

# A store closed for more than this many days in a row is not a calendar anyone means: the search for the
# next open day stops there and answers the day it started from (the rules then behave as calendar days).
MAX_CLOSED_RUN = 62

Hours = tuple[time, time]


def _time(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def parse_day_list(items: Iterable[str]) -> frozenset[date]:
    """Stored day lists hold "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" (ISO 8601 interval)."""
    days: set[date] = set()
    for item in items:
        first, _, last = str(item).partition("/")
        start = date.fromisoformat(first)
        end = date.fromisoformat(last) if last else start
        days.update(start + timedelta(days=i) for i in range((end - start).days + 1))
    return frozenset(days)


@dataclass(frozen=True)
class DayInfo:
    """Why a day is open or closed, for the settings page's preview and the appointment page."""

    day: date
    open: bool
    hours: Hours | None
    reason: str  # a code of labels.CALENDAR_DAY
    holiday: str = ""  # the official holiday's Chinese name, when the reason is official


@dataclass(frozen=True)
class StoreCalendar:
    #: opening hours per weekday, Monday first; None = closed that weekday
    hours: tuple[Hours | None, ...] = field(default_factory=lambda: _weekly(DEFAULTS["calendar.hours"]))
    official: bool = True
    closed: frozenset[date] = frozenset()
    extra_open: frozenset[date] = frozenset()

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> StoreCalendar:
        def value(key: str) -> object:
            return settings_spec.BY_KEY[key].value_of(settings)

        return cls(
            hours=_weekly(value("calendar.hours")),
            official=bool(value("calendar.official")),
            closed=parse_day_list(value("calendar.closed_days")),  # type: ignore[arg-type]
            extra_open=parse_day_list(value("calendar.extra_open_days")),  # type: ignore[arg-type]
        )

    @classmethod
    def every_day(cls, hours: Hours = (time(0, 0), time(23, 59))) -> StoreCalendar:
        """Open every day of the year: the rules then count plain calendar days (tests, what-ifs)."""
        return cls(hours=(hours,) * 7, official=False)

    # --- one day ---

    def info(self, d: date) -> DayInfo:
        if d in self.extra_open:
            return DayInfo(d, True, self._weekday_or_usual(d), "store_open")
        if d in self.closed:
            return DayInfo(d, False, None, "store_closed")
        if self.official:
            official = official_days.official_day(d)
            if official.kind == official_days.REST:
                return DayInfo(d, False, None, "official_rest", official.name)
            if official.kind == official_days.MAKEUP:
                return DayInfo(d, True, self._weekday_or_usual(d), "official_makeup", official.name)
        hours = self.hours[d.weekday()]
        return DayInfo(d, hours is not None, hours, "weekly" if hours is not None else "weekly_closed")

    def is_open(self, d: date) -> bool:
        return self.info(d).open

    def hours_on(self, d: date) -> Hours | None:
        return self.info(d).hours

    def _weekday_or_usual(self, d: date) -> Hours:
        """A day opened outside the weekly plan (调休 Saturday, an extra day) keeps the weekday's hours
        when it has them, else the hours of the first open weekday Monday to Friday."""
        hours = self.hours[d.weekday()]
        if hours is not None:
            return hours
        for candidate in (*self.hours[:5], *self.hours[5:]):
            if candidate is not None:
                return candidate
        return _weekly(DEFAULTS["calendar.hours"])[0] or (time(9, 0), time(18, 0))

    # --- walking days ---

    def next_open_day(self, d: date) -> date:
        """`d` itself when open, else the first open day after it."""
        day = d
        for _ in range(MAX_CLOSED_RUN):
            if self.is_open(day):
                return day
            day += timedelta(days=1)
        return d

    def previous_open_day(self, d: date) -> date:
        """`d` itself when open, else the last open day before it (a call that must come before an event)."""
        day = d
        for _ in range(MAX_CLOSED_RUN):
            if self.is_open(day):
                return day
            day -= timedelta(days=1)
        return d

    def open_days(self, start: date, end: date) -> list[date]:
        """Open days from `start` to `end`, both included."""
        return [start + timedelta(days=i) for i in range((end - start).days + 1)
                if self.is_open(start + timedelta(days=i))]

    def last_open_days(self, year: int, month: int, count: int = 5) -> list[date]:
        """The month's last `count` open days, in order (the month-end inventory, 月底盘点)."""
        last = date(year, month, _stdcal.monthrange(year, month)[1])
        return self.open_days(date(year, month, 1), last)[-count:]

    def review_days(self, year: int, month: int) -> list[date]:
        """Each Monday of the month (the weekly progress review, 每周一), a closed Monday moved to the next open
        day; a review moved past the month's end is dropped (the month-end inventory takes its place)."""
        first = date(year, month, 1)
        last = date(year, month, _stdcal.monthrange(year, month)[1])
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        days: list[date] = []
        while monday <= last:
            day = self.next_open_day(monday)
            if day <= last and day not in days:
                days.append(day)
            monday += timedelta(days=7)
        return days

    def day_events(self, d: date) -> tuple[str, ...]:
        """The store's own recurring days that fall on `d`: "inventory" (one of the month's last 5 working
        days, 月底盘点) and "review" (the weekly progress review)."""
        events = []
        if d in self.last_open_days(d.year, d.month):
            events.append("inventory")
        if d in self.review_days(d.year, d.month):
            events.append("review")
        return tuple(events)

    def at_opening(self, d: date, fallback: time) -> datetime:
        """`fallback` o'clock on the next open day from `d` (a suggested call time)."""
        return datetime.combine(self.next_open_day(d), fallback)


def _weekly(value: object) -> tuple[Hours | None, ...]:
    hours = value if isinstance(value, Mapping) else {}
    week: list[Hours | None] = []
    for code in WEEKDAY_CODES:
        pair = hours.get(code) or []
        week.append((_time(pair[0]), _time(pair[1])) if len(pair) == 2 else None)
    return tuple(week)


def holiday_data_note(today: date) -> tuple[str, dict[str, object], bool]:
    """The settings page's line about the holiday data: (template, its parameters, warn). Warn when the coming
    12 months go past the installed data: statutory days only, no 调休, until the library is updated or the
    store enters the arrangement as its own days."""
    first, last = official_days.data_years()
    params: dict[str, object] = {"first": first, "last": last, "next": last + 1,
                                 "version": official_days.library_version()}
    if (today + timedelta(days=365)).year > last:
        return (QT_TRANSLATE_NOOP("calendar",
                                  "节假日数据：{first}–{last} 年（chinesecalendar {version}）。{next} 年的放假调休安排尚未收录："
                                  "这一年只按法定假日（元旦、春节除夕至初三、清明、劳动节两天、端午、中秋、国庆三天）休息，"
                                  "没有连休和调休上班日。国务院公布后请升级程序，或在“门店休息日”“门店加班日”中补上。"),
                params, True)
    return QT_TRANSLATE_NOOP("calendar", "节假日数据：{first}–{last} 年（chinesecalendar {version}）。"), params, False


def closed_runs(cal: StoreCalendar, start: date, days: int) -> list[tuple[date, date, str, str]]:
    """The closed days from `start` for `days` days, as runs (first, last, holiday, reason) — a DayInfo's
    holiday name and reason code: the settings page's preview."""
    runs: list[tuple[date, date, str, str]] = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        info = cal.info(day)
        if info.open:
            continue
        if runs and runs[-1][1] == day - timedelta(days=1) and runs[-1][2:] == (info.holiday, info.reason):
            runs[-1] = (runs[-1][0], day, info.holiday, info.reason)
        else:
            runs.append((day, day, info.holiday, info.reason))
    return runs
