"""Paragraph styles, colours and the Chinese labels of stored codes, shared by every report.

Why here: both reports print levels, statuses, channels and survey answers; one table of labels keeps them
consistent with the GUI's wording (docs/dev/glossary.md), and number formats (percent, change, hours) live
in one place.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from dealerdesk.domain import labels
from dealerdesk.domain.classify import CODE_LABELS
from dealerdesk.reports.fonts import register
from dealerdesk.reports.numbers import num, pct, signed_pct  # noqa: F401 - the reports take them from here

FONT = register()
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#667085")
ACCENT = colors.HexColor("#1f5fa8")
HEADER_BG = colors.HexColor("#e8eef7")
GRID = colors.HexColor("#c7d0dc")
ZEBRA = colors.HexColor("#f7f9fc")
SERIES = [colors.HexColor(c) for c in ("#1f5fa8", "#e07a1f", "#2e9e5b", "#c23b3b", "#7a5cc2", "#8c8c8c",
                                       "#17a2b8", "#b5a300")]

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=INK, wordWrap="CJK")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8, leading=10)
TITLE = ParagraphStyle("title", parent=BODY, fontSize=18, leading=24, textColor=ACCENT, spaceAfter=4)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=10, leading=14, textColor=MUTED, spaceAfter=8)
H1 = ParagraphStyle("h1", parent=BODY, fontSize=13, leading=18, textColor=ACCENT, spaceBefore=8, spaceAfter=5)
H2 = ParagraphStyle("h2", parent=BODY, fontSize=10.5, leading=14, textColor=INK, spaceBefore=6, spaceAfter=3)

LEVELS = labels.LEVEL
LEAD_STATUS = labels.LEAD_STATUS
CHANNELS = labels.CHANNEL
COMPLAINT_STATUS = labels.COMPLAINT_STATUS
SERVICE_KINDS = labels.SERVICE_KIND
PAYMENT = labels.PAYMENT
PURCHASE_CHANNELS = labels.PURCHASE_CHANNEL
COMPLAINT_CATEGORIES = labels.COMPLAINT_CATEGORY
CATEGORIES = labels.CATEGORY
TIERS = labels.TIER
OVERALL_ORDER = ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied")
REPURCHASE_ORDER = ("gt70", "30to70", "lt30")
RECOMMEND_ORDER = ("very_likely", "maybe", "no")


def label(table: Mapping[str, str], code: str | None) -> str:
    return labels.label(table, code or "")


def answer(code: str | None) -> str:
    """A survey answer code in Chinese (same labels as the value score details)."""
    return CODE_LABELS.get(code or "", code or "") if code else ""


def defeat_reason(code: str | None) -> str:
    return labels.label(labels.DEFEAT_REASON, code or "")


def when(value: dt.datetime | dt.date | None, with_time: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}" if with_time else f"{value:%Y-%m-%d}"
    return value.isoformat()
