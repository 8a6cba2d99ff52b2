"""Paragraph styles, colours and the Chinese labels of stored codes, shared by every report.

Why here: both reports print levels, statuses, channels and survey answers; one table of labels keeps them
consistent with the GUI's wording (docs/dev/glossary.md), and number formats (percent, change, hours) live
in one place.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from dealerdesk.domain.classify import CODE_LABELS
from dealerdesk.domain.levels import DEFEAT_REASONS, Level
from dealerdesk.reports.fonts import register

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

LEVELS = {lv.value: lv.label for lv in Level}
LEAD_STATUS = {"open": "跟进中", "defeat_pending": "战败待审", "defeated": "已战败", "cancelled": "已退订",
               "delivered": "已交车"}
CHANNELS = {"phone": "电话", "sms": "短信", "wechat": "微信", "email": "邮件", "visit": "到店", "test_drive": "试驾",
            "home_visit": "上门拜访", "paper": "纸质问卷", "in_store": "店内"}
COMPLAINT_STATUS = {"open": "待处理", "in_progress": "处理中", "resolved": "已解决", "closed": "已关闭"}
SERVICE_KINDS = {"maintenance": "保养", "repair": "维修", "insurance": "保险", "renewal": "续保",
                 "warranty": "索赔"}
PAYMENT = {"full": "全款", "loan": "贷款", "lease": "租赁"}
PURCHASE_CHANNELS = {"store": "本店", "official_site": "官网", "used_market": "二手车市场", "other": "其他"}
COMPLAINT_CATEGORIES = {"service_quality": "维修质量", "service_attitude": "服务态度", "price": "价格收费",
                        "waiting": "等待时间", "product": "产品质量", "sales": "销售过程", "other": "其他"}
CATEGORIES = {"high_value": "高价值", "potential": "潜在", "general": "一般", "lost": "流失"}
TIERS = {"high": "高", "mid": "中", "low": "低"}
OVERALL_ORDER = ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied")
REPURCHASE_ORDER = ("gt70", "30to70", "lt30")
RECOMMEND_ORDER = ("very_likely", "maybe", "no")


def label(table: dict[str, str], code: str | None) -> str:
    return table.get(code or "", code or "")


def answer(code: str | None) -> str:
    """A survey answer code in Chinese (same labels as the value score details)."""
    return CODE_LABELS.get(code or "", code or "") if code else ""


def defeat_reason(code: str | None) -> str:
    return DEFEAT_REASONS.get(code or "", code or "")


def pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def signed_pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:+.1f}%"


def num(value: float | int | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}" if digits else f"{int(round(value)):,}"


def when(value: dt.datetime | dt.date | None, with_time: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}" if with_time else f"{value:%Y-%m-%d}"
    return value.isoformat()
