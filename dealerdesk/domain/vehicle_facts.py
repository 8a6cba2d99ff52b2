"""Vehicle facts the service counter enters: plates a traffic office issues, the next annual inspection,
and how an insurance renewal moves the expiry dates.

Why here: the vehicle dialog warns with these rules, the demo generator issues plates with them and the
services roll the dates with them — one place, Qt-free and peewee-free. Plate *structure* (what is a plate
at all) stays in validate.normalize_plate; this module adds what an issued plate looks like.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from dealerdesk.domain import reminders as rules
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP

#: the number part of a plate (the last five characters) carries at most this many letters (GA 36-2018)
MAX_SERIAL_LETTERS = 2
NEW_ENERGY_PLATE_LENGTH = 8
INSURANCE_KINDS = ("both", "compulsory", "commercial")
RENEWAL_OUTCOMES = ("renewed", "lost")
#: a policy runs one year: the new expiry is the day before the anniversary of the old one's day after
POLICY_MONTHS = 12


def is_new_energy_plate(plate: str) -> bool:
    """An 8-character plate (normal form) is a new-energy plate (绿牌)."""
    return len(plate or "") == NEW_ENERGY_PLATE_LENGTH


def plate_is_issuable(plate: str) -> bool:
    """Whether a plate in normal form looks like one a traffic office issues today: no I or O, at most
    two letters among the last five characters of a regular plate; a new-energy plate's serial is
    D/F (or the expansion letters) + one character + four digits, or five digits + D/F."""
    plate = plate or ""
    if "I" in plate[1:] or "O" in plate[1:]:
        return False
    if len(plate) == 7:
        return sum(c.isalpha() and c.isascii() for c in plate[2:]) <= MAX_SERIAL_LETTERS
    if len(plate) == NEW_ENERGY_PLATE_LENGTH:
        serial = plate[2:]
        return (serial[0] in "DFABCEGHJK" and serial[2:].isdigit()) or (
            serial[:5].isdigit() and serial[5] in "DF")
    return False


def plate_energy_mismatch(plate: str, energy: str) -> bool:
    """A fuel car with a green 8-character plate, or a new-energy car with a 7-character blue plate:
    worth a warning (the clerk may have picked the wrong energy or typed the plate wrongly), never an error."""
    if not plate or len(plate) not in (7, NEW_ENERGY_PLATE_LENGTH) or plate[0] == "使":
        return False
    return is_new_energy_plate(plate) != (energy == "nev")


def next_inspection(registration_date: date | None, seats: int, use: str, energy: str, today: date,
                    policy: rules.ReminderPolicy) -> date | None:
    """The next annual inspection (年检) on or after `today` by the rules (age, seats, use); None without a
    registration date or for a use the rules do not know."""
    if registration_date is None or use not in ("private", "commercial"):
        return None
    due = rules.inspection_due(registration_date, seats, use, energy, today, policy)
    return date.fromisoformat(due.detail["date"])


def renewed_until(old_until: date | None, renewed_on: date) -> date:
    """The new expiry of a one-year policy renewed on `renewed_on`: it starts the day after the old
    expiry (or on the renewal day when the old one had already lapsed or is unknown)."""
    start = old_until + timedelta(days=1) if old_until is not None and old_until >= renewed_on else renewed_on
    return rules.add_months(start, POLICY_MONTHS) - timedelta(days=1)


def check_renewal(outcome: str, kind: str, insurer: str, premium: float | int | str | None) -> None:
    """What a renewal needs: a known outcome and kind, an insurer (ours, or the one it was lost to) and a
    premium that is not negative."""
    if outcome not in RENEWAL_OUTCOMES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的续保结果 {outcome}"), field="outcome",
                           outcome=outcome)
    if kind not in INSURANCE_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的保险类型 {kind}"), field="kind", kind=kind)
    if not insurer.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写保险公司"), field="insurer")
    try:
        value = float(premium or 0)
    except (TypeError, ValueError):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "保费应为数字"), field="premium") from None
    if value < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "保费不能为负数"), field="premium")


def inspection_set_due(on: date, energy: str, policy: rules.ReminderPolicy) -> rules.ReminderDue:
    """The inspection reminder for a date the counter set by hand (same lead time as the computed one)."""
    start = datetime.combine(on - timedelta(days=policy.inspection_days_ahead), time(0, 0))
    return rules.ReminderDue("inspection", start, datetime.combine(on + timedelta(days=1), time(0, 0)),
                             {"date": on.isoformat(), "mode": "set", "energy": energy})
