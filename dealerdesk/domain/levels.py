"""Lead levels (潜客级别), follow-up cadences and level transitions.

Why this lives here: the due list, the tray, the KPIs (follow-up compliance) and the level-change service
must all agree on when a follow-up is suggested and when it becomes overdue, so the rule is written once.
All datetimes are naive and in the store's local time.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum

from dealerdesk.domain import labels, settings_spec
from dealerdesk.domain.store_calendar import StoreCalendar
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "levels"


class Level(str, Enum):
    N = "N"
    C = "C"
    B = "B"
    A = "A"
    H = "H"
    O = "O"  # noqa: E741 - the business letter
    D = "D"
    T = "T"

    @property
    def label(self) -> str:
        """Chinese label (marked for lupdate); the UI translates it with context "levels"."""
        return _LABELS[self]


_LABELS: dict[Level, str] = {level: labels.LEVEL[level.value] for level in Level}

#: Levels of a lead still being worked, in normal progression order.
OPEN_LEVELS: tuple[Level, ...] = (Level.N, Level.C, Level.B, Level.A, Level.H)
#: Levels whose follow-up follows an "x–y days" cadence.
CADENCE_LEVELS: tuple[Level, ...] = (Level.C, Level.B, Level.A, Level.H, Level.O)

# Declared in settings_spec with every other setting (key, type, label, who may change it).
DEFAULTS: dict[str, object] = settings_spec.defaults(
    "cadence.", "n_rule.", "post_delivery.", "workday.", "defeat.")


# --- settings helpers (shared by the other domain modules) -----------------------------------------

def setting(settings: Mapping[str, object], defaults: Mapping[str, object], key: str) -> object:
    """The stored value of `key`, or its default: the store persists only the overrides."""
    return settings[key] if key in settings and settings[key] is not None else defaults[key]


def bad_setting(key: str, value: object) -> InvalidInput:
    """The one error for a setting whose stored value cannot be used (every domain module's policies)."""
    return InvalidInput(QT_TRANSLATE_NOOP("errors", "设置项 {key} 的值 {value} 无效"),
                        field=key, key=key, value=value)


def setting_int(settings: Mapping[str, object], defaults: Mapping[str, object], key: str,
                minimum: int = 0) -> int:
    value = setting(settings, defaults, key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) \
            or int(value) < minimum:
        raise bad_setting(key, value)
    return int(value)


def setting_time(settings: Mapping[str, object], defaults: Mapping[str, object], key: str) -> time:
    """Times are stored as "HH:MM" so the settings stay JSON."""
    value = setting(settings, defaults, key)
    if isinstance(value, time):
        return value
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise bad_setting(key, value) from None


def setting_pair(settings: Mapping[str, object], defaults: Mapping[str, object], key: str) -> tuple[int, int]:
    value = setting(settings, defaults, key)
    try:
        low, high = (int(v) for v in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        raise bad_setting(key, value) from None
    if low < 0 or high < low or [low, high] != [float(v) for v in value]:  # type: ignore[union-attr]
        raise bad_setting(key, value)
    return low, high


# --- cadences ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FollowUpPolicy:
    """Follow-up timing rules; brands prescribe their own cadences, so every number is a setting."""

    cadences: dict[Level, tuple[int, int]] = field(
        default_factory=lambda: {lv: tuple(DEFAULTS[f"cadence.{lv.value}"]) for lv in CADENCE_LEVELS})
    noon: time = time(12, 0)
    same_day_due: time = time(14, 0)
    same_day_overdue: time = time(18, 0)
    next_day_due: time = time(9, 0)
    next_day_overdue: time = time(12, 0)
    post_delivery_hours: int = 24
    workday_start: time = time(9, 0)
    #: the store's working days: a suggested follow-up and its last allowed day are working days
    calendar: StoreCalendar = field(default_factory=StoreCalendar)

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> FollowUpPolicy:
        return cls(
            cadences={lv: setting_pair(settings, DEFAULTS, f"cadence.{lv.value}") for lv in CADENCE_LEVELS},
            noon=setting_time(settings, DEFAULTS, "n_rule.noon"),
            same_day_due=setting_time(settings, DEFAULTS, "n_rule.same_day_due"),
            same_day_overdue=setting_time(settings, DEFAULTS, "n_rule.same_day_overdue"),
            next_day_due=setting_time(settings, DEFAULTS, "n_rule.next_day_due"),
            next_day_overdue=setting_time(settings, DEFAULTS, "n_rule.next_day_overdue"),
            post_delivery_hours=setting_int(settings, DEFAULTS, "post_delivery.call_hours", minimum=1),
            workday_start=setting_time(settings, DEFAULTS, "workday.start"),
            calendar=StoreCalendar.from_settings(settings),
        )


@dataclass(frozen=True)
class DueWindow:
    due_at: datetime
    overdue_at: datetime


def next_follow_up(level: Level, last_contact_at: datetime, policy: FollowUpPolicy) -> DueWindow | None:
    """When the next follow-up is suggested and from when it counts as overdue.

    `last_contact_at` is the last contact for C/B/A/H/O, the time the lead was received for N and the
    delivery time for D. A cancelled lead (T) has no follow-up.
    """
    level = Level(level)
    if level is Level.T:
        return None
    if level is Level.D:
        return DueWindow(last_contact_at, last_contact_at + timedelta(hours=policy.post_delivery_hours))
    day = last_contact_at.date()
    cal = policy.calendar
    if level is Level.N:
        if last_contact_at.time() < policy.noon and cal.is_open(day):
            return DueWindow(datetime.combine(day, policy.same_day_due),
                             datetime.combine(day, policy.same_day_overdue))
        nxt = cal.next_open_day(day + timedelta(days=1))
        return DueWindow(datetime.combine(nxt, policy.next_day_due),
                         datetime.combine(nxt, policy.next_day_overdue))
    low, high = policy.cadences[level]
    # x and y count calendar days; a suggestion or a last allowed day on a closed day moves to the next
    # working day (a follow-up due on the first day of 春节 is due when the store opens again).
    last_day = cal.next_open_day(day + timedelta(days=high))
    return DueWindow(datetime.combine(cal.next_open_day(day + timedelta(days=low)), policy.workday_start),
                     datetime.combine(last_day + timedelta(days=1), time(0, 0)))


def is_overdue(window: DueWindow, now: datetime) -> bool:
    return now >= window.overdue_at


def is_due(window: DueWindow, now: datetime) -> bool:
    """Due today or earlier: the day's worklist shows everything suggested up to the end of today."""
    return window.due_at < datetime.combine(now.date() + timedelta(days=1), time(0, 0))


def days_overdue(window: DueWindow, now: datetime) -> int:
    """0 when not overdue; otherwise 1 during the first 24 h of being overdue, 2 during the next, …

    For calendar-day cadences (overdue from 00:00) this is the number of calendar days past the last
    allowed day, which is what "逾期 n 天" means to a consultant.
    """
    if not is_overdue(window, now):
        return 0
    return math.floor((now - window.overdue_at) / timedelta(days=1)) + 1


def start_of_day(d: date) -> datetime:
    return datetime.combine(d, time(0, 0))


# --- transitions ------------------------------------------------------------------------------------

_OPEN = frozenset(OPEN_LEVELS)
#: Every level change a consultant may make. N is only the entry level (its 24 h rule counts from
#: reception), D is final (a new purchase is a new lead), T can only be followed by a new lead.
ALLOWED_TRANSITIONS: dict[Level, frozenset[Level]] = {
    **{lv: (_OPEN - {Level.N, lv}) | {Level.O} for lv in OPEN_LEVELS},
    Level.O: frozenset({Level.D, Level.T}),
    Level.D: frozenset(),
    Level.T: frozenset(),
}


def check_transition(old: Level | None, new: Level) -> None:
    """Refuse level changes that make no business sense; `old=None` is a lead being created."""
    new = Level(new)
    if old is None:
        if new not in _OPEN:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors",
                                                 "新线索的级别只能是 N、C、B、A 或 H，不能是 {new}"),
                               field="level", new=new.value)
        return
    old = Level(old)
    if old is new:
        return
    if new in ALLOWED_TRANSITIONS[old]:
        return
    if old is Level.T:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "已退订的线索不能再改级别，请为客户新建一条线索"),
                           field="level")
    if old is Level.D:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "已交车的线索不能再改级别，再次购车请新建线索"),
                           field="level")
    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "线索级别不能从 {old} 改为 {new}"),
                       field="level", old=old.value, new=new.value)


# --- defeat (战败) -----------------------------------------------------------------------------------

DEFEAT_REASONS = labels.DEFEAT_REASON


def validate_defeat(reason: str, competitor: str | None) -> None:
    """Defeat analysis needs a known reason, and "bought elsewhere" is useless without the competitor."""
    if reason not in DEFEAT_REASONS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择战败原因"), field="defeat_reason")
    if reason == "bought_elsewhere" and not (competitor or "").strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "已购他店/竞品时请填写所购品牌或车型"),
                           field="defeat_competitor")
