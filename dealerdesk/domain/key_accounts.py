"""Key accounts (大用户): the visit plan's arithmetic.

Why here: the grade of an account sets how often it is visited (a setting per grade), and the next visit
is planned from the last one unless the visitor agreed another date with the customer. The worklist shows a
planned visit from its day; it is overdue from the start of the next day, like a follow-up's "y" day.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from dealerdesk.domain import settings_spec as spec

GRADES = spec.KEY_ACCOUNT_GRADE_CODES


def visit_days(grade: str, settings: Mapping[str, object]) -> int:
    """Days between two visits of an account of `grade` (setting key_account.visit_days)."""
    days = spec.BY_KEY["key_account.visit_days"].value_of(settings)
    return max(int(days.get(grade, 30)), 1)


def next_visit(last: dt.date, grade: str, settings: Mapping[str, object],
               agreed: dt.date | None = None) -> dt.date:
    """The next planned visit: the date agreed with the customer, or `last` plus the grade's interval."""
    return agreed if agreed is not None else last + dt.timedelta(days=visit_days(grade, settings))


def due_window(planned_on: dt.date, start: dt.time = dt.time(9, 0)) -> tuple[dt.datetime, dt.datetime]:
    """(due_at, overdue_at) of a planned visit: due on its day, overdue from the next day's start."""
    return dt.datetime.combine(planned_on, start), dt.datetime.combine(planned_on + dt.timedelta(days=1),
                                                                        dt.time(0))
