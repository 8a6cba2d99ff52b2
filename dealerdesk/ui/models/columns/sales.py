"""The worklist (今日跟进): one consultant's week, overdue rows red, their status and H levels bold."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.sales.worklist import OwnerSum, WorkItem
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import level_text, tr
from dealerdesk.ui.models.columns import ATTENTION, RIGHT, Column, TableSpec



def task_text(w: WorkItem) -> str:
    """The row's kind of task; a merged row names its parts: 保险续保（交强险续保、商业险续保）."""
    kinds = w.kinds
    if w.item.kind == "campaign_call":  # which call list (issue 24)
        return f"{ui_labels.text(labels.DUE_KIND, 'campaign_call')}：{w.item.detail.get('call_list', '')}"
    if len(kinds) == 1:
        return ui_labels.text(labels.DUE_KIND, kinds[0])
    parts = "、".join(ui_labels.text(labels.DUE_KIND, k) for k in kinds)
    return f"{ui_labels.text(labels.WORKLIST_GROUP, w.group)}（{parts}）"


def owner_sums_spec() -> TableSpec:
    """The manager's worklist summary: one row per person, their overdue rows red."""

    def kinds(s: OwnerSum) -> str:
        return " · ".join(f"{ui_labels.text(labels.WORKLIST_GROUP, g)} {n}"
                          for g, n in sorted(s.by_group.items(), key=lambda kv: -kv[1]))

    return TableSpec("worklist_people", (
        Column("name", QT_TRANSLATE_NOOP("worklist", "人员"), lambda s: s.name),
        Column("role", QT_TRANSLATE_NOOP("worklist", "岗位"), lambda s: ui_labels.text(labels.ROLE, s.role) if s.role else ""),
        Column("overdue", labels.WORKLIST_SECTION["overdue"], lambda s: s.overdue, RIGHT),
        Column("today", labels.WORKLIST_SECTION["today"], lambda s: s.today, RIGHT),
        Column("upcoming", labels.WORKLIST_SECTION["upcoming"], lambda s: s.upcoming, RIGHT),
        Column("total", QT_TRANSLATE_NOOP("worklist", "合计"), lambda s: s.total, RIGHT),
        Column("kinds", QT_TRANSLATE_NOOP("worklist", "事项分布"), kinds),
    ), state=lambda s: ATTENTION if s.overdue else "", bold=lambda s, key, state: key == "overdue" and state == ATTENTION,
        context="worklist", sort_hint=False)


def worklist_spec(at: Callable[[], dt.datetime | None]) -> TableSpec:
    """`at()` is the time the worklist was built ("due earlier today" is said relative to it)."""

    def status(w: WorkItem) -> str:
        item, now = w.item, at()
        if w.section == "overdue":
            return tr("worklist", "逾期 {n} 天").format(n=w.days_overdue)
        if w.section == "today" and now and item.due_at.date() < now.date():
            return tr("worklist", "已到期 {d}").format(d=item.due_at.strftime("%m-%d"))  # earlier, not overdue
        if w.section == "today":
            return tr("worklist", "今日 {t}").format(t=item.due_at.strftime("%H:%M"))
        return tr("worklist", "{d} {w}").format(d=item.due_at.strftime("%m-%d"), w=ui_labels.weekday(item.due_at))

    def bold(w: WorkItem, key: str, state: str) -> bool:
        return key == "status" and state == ATTENTION or key == "level" and w.item.level == "H"

    return TableSpec("worklist", (
        Column("status", QT_TRANSLATE_NOOP("worklist", "状态"), status),
        Column("customer", QT_TRANSLATE_NOOP("worklist", "客户"), lambda w: w.item.customer_name
               + (f"（{ui_labels.text(labels.LEAD_STATUS, w.lead_status)}）" if w.lead_status == "defeat_pending" else "")),
        Column("level", QT_TRANSLATE_NOOP("worklist", "级别"), lambda w: level_text(w.item.level)),
        Column("kind", QT_TRANSLATE_NOOP("worklist", "事项"), task_text),
        Column("model", QT_TRANSLATE_NOOP("worklist", "意向车型"), lambda w: w.model_name),
        Column("due_at", QT_TRANSLATE_NOOP("worklist", "应跟进"), lambda w: w.item.due_at.strftime("%m-%d %H:%M")),
        Column("overdue_at", QT_TRANSLATE_NOOP("worklist", "逾期时间"), lambda w: w.item.overdue_at.strftime("%m-%d %H:%M")),
        Column("owner", QT_TRANSLATE_NOOP("worklist", "负责人"), lambda w: w.owner_name),
    ), state=lambda w: ATTENTION if w.section == "overdue" else "", bold=bold,
        row_tooltip=lambda w: ui_labels.text(labels.LEAD_STATUS, w.lead_status) if w.lead_status == "defeat_pending" else None,
        context="worklist", sort_hint=False)
