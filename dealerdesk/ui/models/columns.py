"""Declarative column specs: one `TableSpec` per entity, read by the one generic `LazyTableModel`.

A column says what it shows (header, getter, alignment), how it sorts (a service sort key, which must be an
indexed column) and nothing else; the row's colour comes from the spec's `state` rule, so the colour coding
of DOMAIN.md ("red needs attention, grey lost, green satisfied") is written once per entity.
Header texts are translation sources (context "columns"); code labels use the services' contexts.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.customers.records import CATEGORIES, SOURCES, TIERS

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

# Row states and their colours (foreground). Order matters: the first state that applies wins.
ATTENTION, LOST, SATISFIED = "attention", "lost", "satisfied"
STATE_COLOURS = {ATTENTION: QColor("#c62828"), LOST: QColor("#8a8a8a"), SATISFIED: QColor("#2e7d32")}
STATE_LABELS = {
    ATTENTION: QT_TRANSLATE_NOOP("legend", "需关注：跟进逾期或投诉超期"),
    LOST: QT_TRANSLATE_NOOP("legend", "流失客户"),
    SATISFIED: QT_TRANSLATE_NOOP("legend", "最近一次回访满意"),
}


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # translation source, context "columns"
    value: Callable[[Any], object]  # row → what DisplayRole shows
    align: Qt.AlignmentFlag = LEFT
    sort_key: str | None = None  # the service's sort key; None = not sortable
    width: int = 100  # default width in pixels before the user resizes
    tooltip: Callable[[Any], str] | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str  # QSettings group for header state
    columns: tuple[Column, ...]
    state: Callable[[Any], str] = lambda row: ""
    default_sort: tuple[str, bool] = ("id", False)  # (sort key, descending)

    def column_of_sort_key(self, sort_key: str) -> int:
        for i, col in enumerate(self.columns):
            if col.sort_key == sort_key:
                return i
        return -1


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if text else ""


def fmt_datetime(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def fmt_date(value: dt.datetime | dt.date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def _customer_state(row) -> str:
    if row.needs_attention:
        return ATTENTION
    if row.category == "lost":
        return LOST
    if row.satisfied:
        return SATISFIED
    return ""


def _customer_flags(row) -> str:
    parts = []
    if row.overdue:
        parts.append(tr("flags", "跟进逾期"))
    if row.complaint_overdue:
        parts.append(tr("flags", "投诉超期"))
    elif row.open_complaint:
        parts.append(tr("flags", "投诉未结"))
    if row.satisfied:
        parts.append(tr("flags", "满意"))
    if row.archived:
        parts.append(tr("flags", "已归档"))
    return " · ".join(parts)


CUSTOMER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("columns", "姓名"), lambda r: r.name, sort_key="name", width=110),
    Column("phone", QT_TRANSLATE_NOOP("columns", "电话"), lambda r: r.phone, width=120),
    Column("category", QT_TRANSLATE_NOOP("columns", "类别"), lambda r: tr("categories", CATEGORIES.get(r.category, "")),
           sort_key="category", width=70),
    Column("tier", QT_TRANSLATE_NOOP("columns", "分级"), lambda r: tr("tiers", TIERS.get(r.tier, "")),
           align=CENTER, sort_key="tier", width=50),
    Column("value_score", QT_TRANSLATE_NOOP("columns", "分值"), lambda r: r.value_score, align=RIGHT,
           sort_key="value_score", width=55),
    Column("lead_level", QT_TRANSLATE_NOOP("columns", "级别"), lambda r: r.lead_level, align=CENTER, width=50),
    Column("owner", QT_TRANSLATE_NOOP("columns", "销售顾问"), lambda r: r.owner_name, width=90),
    Column("next_follow_up_at", QT_TRANSLATE_NOOP("columns", "下次跟进"), lambda r: fmt_datetime(r.next_follow_up_at),
           width=130),
    Column("flags", QT_TRANSLATE_NOOP("columns", "状态"), _customer_flags, width=130),
    Column("plates", QT_TRANSLATE_NOOP("columns", "车牌号"), lambda r: "、".join(r.plates), width=110),
    Column("city", QT_TRANSLATE_NOOP("columns", "城市"), lambda r: r.city, sort_key="city", width=70),
    Column("source", QT_TRANSLATE_NOOP("columns", "来源"), lambda r: tr("sources", SOURCES.get(r.source, "")),
           sort_key="source", width=60),
    Column("last_activity_at", QT_TRANSLATE_NOOP("columns", "最近活动"), lambda r: fmt_datetime(r.last_activity_at),
           sort_key="last_activity_at", width=130),
    Column("id", QT_TRANSLATE_NOOP("columns", "编号"), lambda r: r.id, align=RIGHT, sort_key="id", width=70),
)

CUSTOMER_SPEC = TableSpec(name="customers", columns=CUSTOMER_COLUMNS, state=_customer_state,
                          default_sort=("last_activity_at", True))
