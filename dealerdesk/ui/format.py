"""How the window writes dates, money and translated texts: one place, so every table and dialog agrees.

Qt-aware only where it must be (QDateTime for the date editors); everything else is plain text formatting.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from dealerdesk.domain import levels


def tr(context: str, text: str) -> str:
    """`text` translated in `context`; "" stays "" (Qt would look it up)."""
    return QCoreApplication.translate(context, text) if text else ""


def chinese() -> bool:
    """True unless the window speaks English (app.install_translators sets the default locale; Chinese is the
    source language, so an unset "C" locale counts as Chinese)."""
    return QLocale().language() != QLocale.Language.English


def bracket(note: object) -> str:
    """（note） in Chinese, (note) otherwise: the bracket style of the interface language."""
    return f"（{note}）" if chinese() else f" ({note})"


def paren(text: object, note: object) -> str:
    """"王芳（#12）" / "Wang Fang (#12)": a name with its note in brackets."""
    return f"{text}{bracket(note)}"


def gap() -> str:
    """The space between two parts of a heading: an ideographic space in Chinese, two spaces otherwise."""
    return "\u3000" if chinese() else "  "


def colon(label: str) -> str:
    """"电话：" / "Phone: ": a label before its value."""
    return f"{label}：" if chinese() else f"{label}: "


def join_list(items, sep: str = "、") -> str:
    """Items joined with Chinese 、 (or ；), or with ", " (or "; ") in other languages."""
    if not chinese():
        sep = {"、": ", ", "；": "; ", "，": ", "}.get(sep, sep)
    return sep.join(str(item) for item in items)


def fmt_datetime(value: dt.datetime | None) -> str:
    """2026-01-05 09:30, or "" when there is no value."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def fmt_date(value: dt.datetime | dt.date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def fmt(at: dt.datetime | None) -> str:
    """The short form dialogs use in running text: 01-05 09:30, or "—"."""
    return at.strftime("%m-%d %H:%M") if at else "—"


def level_text(level: str) -> str:
    """"H 热点": the letter consultants use, plus its meaning."""
    if not level:
        return ""
    try:
        return f"{level} {QCoreApplication.translate('levels', levels.Level(level).label)}"
    except ValueError:
        return level


def money(value) -> str:
    """Whole yuan with the locale's thousands separators; "" for none or zero."""
    if not value:
        return ""
    locale = QLocale()
    return locale.toString(float(round(value)), "f", 0) if locale.language() != QLocale.Language.C \
        else f"{value:,.0f}"


def cell_text(value: object) -> object:
    """What a table cell shows for a column value: dates written out, None as "", anything else as is."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return fmt_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_qdt(at: dt.datetime) -> QDateTime:
    """A date editor's value for `at`, to the minute."""
    return QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)


def from_qdt(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
