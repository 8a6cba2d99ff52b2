"""Store events (客户活动): the codes an event, an invitation and a check-in may hold, and the window in which
an attendee's order, test drive or service booking counts as the event's result.

Why here: the services write these codes, the results page, the printed summary and the monthly report
count with the same window, and docs/kpi.md states it; one place keeps them from drifting apart.
"""
from __future__ import annotations

import datetime as dt

KINDS = ("launch", "test_drive_day", "salon", "auto_show", "community", "owner_party")
REPLIES = ("none", "yes", "maybe", "no")
STATUSES = ("planned", "cancelled")

#: an attendee's order, test drive or service booking counts for the event when it happens on the event's
#: day or in the RESULT_DAYS days after it (docs/kpi.md, 客户活动)
RESULT_DAYS = 30
NAME_MAX = 80
PLACE_MAX = 100
TARGET_MAX = 200


def result_window(starts_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """[start of the event's day, start of the day RESULT_DAYS + 1 days later): the event's day and the 30
    days after it, in store-local time."""
    day = dt.datetime.combine(starts_at.date(), dt.time())
    return day, day + dt.timedelta(days=RESULT_DAYS + 1)


def is_past(starts_at: dt.datetime, now: dt.datetime) -> bool:
    """An event is past from the day after its day (the whole event day it is still on)."""
    return now.date() > starts_at.date()
