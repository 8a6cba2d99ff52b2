"""The customer list's columns: what the main list shows, sorts by and colours (see the colour code in docs/dev/domain.md)."""
from __future__ import annotations

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.customers.records import CATEGORIES, SOURCES, TIERS
from dealerdesk.ui.format import fmt_datetime, tr
from dealerdesk.ui.models.columns import ATTENTION, CENTER, LOST, RIGHT, SATISFIED, Column, TableSpec
from dealerdesk.domain.phones import display as phone_display


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
    Column("phone", QT_TRANSLATE_NOOP("columns", "电话"), lambda r: phone_display(r.phone), width=120),
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
