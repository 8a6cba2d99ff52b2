"""Code labels for the window: domain.labels looked up in the code's own set, translated in its context."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from dealerdesk.domain import classify, labels
from dealerdesk.domain.labels import CodeSet
from dealerdesk.domain.settings_spec import WEEKDAY_CODES


def text(code_set: CodeSet, code: str | None) -> str:
    """The translated label of `code` in `code_set` (an unknown code is shown as itself)."""
    shown = labels.label(code_set, code)
    return QCoreApplication.translate(code_set.context, shown) if shown and code in code_set else shown


def choices(code_set: CodeSet) -> list[tuple[str, str]]:
    """(code, translated label) in display order, for combo boxes."""
    return [(code, text(code_set, code)) for code in code_set]


def day_reason(holiday: str, reason: str) -> str:
    """Why a day is closed or open (store_calendar.DayInfo): the holiday's name, else the reason's label."""
    if holiday:
        return QCoreApplication.translate("holidays", holiday)
    return text(labels.CALENDAR_DAY, reason)


def weekday(d: dt.date) -> str:
    """周一 … 周日 for a date (labels.WEEKDAY, translated)."""
    return text(labels.WEEKDAY, WEEKDAY_CODES[d.weekday()])


def classify_reason(text: str) -> str:
    """A stored category reason (domain/classify.REASONS, formatted in Chinese) in the UI language."""
    found = classify.reason_parts(text)
    if found is None:
        return QCoreApplication.translate(classify.CONTEXT, text)
    template, values = found
    return QCoreApplication.translate(classify.CONTEXT, template).format(**values)
