"""The after-sales lists: reminders, complaints, surveys, a vehicle's service history.

Their rows are tinted, not bolded: red is late, grey not yet due (or closed), green satisfied. Specs that
depend on "now" are built with the page's clock. A cell's tooltip is its text (contents are long).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.aftersales import complaints as cs
from dealerdesk.services.aftersales import reminders as rs
from dealerdesk.services.aftersales import surveys as sv
from dealerdesk.services.aftersales.service_records import SERVICE_KINDS
from dealerdesk.ui.format import tr
from dealerdesk.ui.models.columns import DONE, LATE, LATER, TINTS, Column, TableSpec, never_bold

Clock = Callable[[], dt.datetime]


def list_spec(name: str, context: str, columns: tuple[Column, ...], state=lambda row: "") -> TableSpec:
    """A short after-sales list: tinted rows, never bold, each cell's text as its tooltip."""
    return TableSpec(name, columns, state=state, colours=TINTS, bold=never_bold, text_tooltips=True,
                     context=context, sort_hint=False)


# ---------------------------------------------------------------------------------------------- reminders
def reminder_text(row: rs.ReminderRow) -> str:
    """What the reminder is about, in one line."""
    d = row.detail
    if row.kind == "holiday":
        return tr("holidays", d.get("label", ""))
    if row.kind == "birthday":
        kind = tr("reminders", "农历") if d.get("lunar") else tr("reminders", "公历")
        return tr("reminders", "{kind}生日 {day}").format(kind=kind, day=d.get("date", ""))
    if row.kind == "maintenance":
        basis = tr("reminders", "按里程") if d.get("basis") == "km" else tr("reminders", "按时间")
        return tr("reminders", "{first}（{basis}，目标 {km} 公里）").format(
            first=tr("reminders", "首保") if d.get("first") else tr("reminders", "定期保养"), basis=basis,
            km=d.get("target_km", ""))
    if row.kind == "complaint_deadline":
        return tr("reminders", "已升级到经理") if d.get("stage") == "escalated" else (
            tr("reminders", "首次响应") if d.get("stage") == "first_response" else tr("reminders", "处理完成"))
    if row.kind in ("post_service_call", "survey") and (d.get("service_on") or d.get("event_on")):
        return tr("reminders", "服务日期 {on}").format(on=d.get("service_on") or d.get("event_on"))
    return d.get("date", "")


def reminders_spec(clock: Clock) -> TableSpec:
    def snoozed(row: rs.ReminderRow, now: dt.datetime) -> bool:
        return bool(row.snoozed_until and row.snoozed_until > now)

    def status(row: rs.ReminderRow) -> str:
        now = clock()
        if snoozed(row, now):
            return tr("reminders", "稍后 {at}").format(at=row.snoozed_until.strftime("%m-%d %H:%M"))
        if row.is_overdue(now):
            return tr("reminders", "逾期")
        return tr("reminders", "待办") if row.due_at <= now else tr("reminders", "未到")

    def state(row: rs.ReminderRow) -> str:
        now = clock()
        if row.is_overdue(now) and not snoozed(row, now):
            return LATE
        return LATER if row.due_at > now else ""

    return list_spec("reminders", "reminders", (
        Column("kind", QT_TRANSLATE_NOOP("reminders", "类型"), lambda r: tr("reminder_kinds", rs.KIND_LABELS.get(r.kind, r.kind))),
        Column("customer", QT_TRANSLATE_NOOP("reminders", "客户"), lambda r: r.customer_name or tr("reminders", "全店")),
        Column("plate", QT_TRANSLATE_NOOP("reminders", "车牌号"), lambda r: r.plate),
        Column("content", QT_TRANSLATE_NOOP("reminders", "内容"), reminder_text),
        Column("deadline", QT_TRANSLATE_NOOP("reminders", "截止"), lambda r: r.deadline),
        Column("status", QT_TRANSLATE_NOOP("reminders", "状态"), status),
        Column("owner", QT_TRANSLATE_NOOP("reminders", "负责人"), lambda r: r.owner_name),
    ), state)


# --------------------------------------------------------------------------------------------- complaints
def _deadline_text(row: cs.ComplaintRow) -> str:
    if row.deadline is None:
        return "—"
    stage = tr("complaints", "首次响应") if row.first_responded_at is None else tr("complaints", "处理完成")
    return f"{row.deadline:%Y-%m-%d %H:%M} {stage}"


def complaints_spec(clock: Clock) -> TableSpec:
    def state(row: cs.ComplaintRow) -> str:
        if row.is_overdue(clock()):
            return LATE
        return LATER if row.status == "closed" else ""

    return list_spec("complaints", "complaints", (
        Column("received_at", QT_TRANSLATE_NOOP("complaints", "受理时间"), lambda r: r.received_at),
        Column("customer", QT_TRANSLATE_NOOP("complaints", "客户"), lambda r: r.customer_name),
        Column("channel", QT_TRANSLATE_NOOP("complaints", "渠道"), lambda r: tr("channels", cs.CHANNELS.get(r.channel, r.channel))),
        Column("category", QT_TRANSLATE_NOOP("complaints", "类别"), lambda r: tr("complaint_categories", cs.CATEGORIES.get(r.category, r.category))),
        Column("content", QT_TRANSLATE_NOOP("complaints", "内容"), lambda r: r.content),
        Column("status", QT_TRANSLATE_NOOP("complaints", "状态"), lambda r: tr("complaint_status", cs.STATUSES.get(r.status, r.status))
               + (tr("complaints", "（已升级）") if r.escalated_at else "")),
        Column("deadline", QT_TRANSLATE_NOOP("complaints", "时限"), _deadline_text),
        Column("owner", QT_TRANSLATE_NOOP("complaints", "负责人"), lambda r: r.owner_name),
        Column("resolution", QT_TRANSLATE_NOOP("complaints", "处理结果"), lambda r: r.resolution),
    ), state)


def _answer(table: dict) -> Callable[[str], str]:
    return lambda code: tr("survey", table.get(code, code)) if code else "—"


_level, _repurchase, _recommend, _channel = (_answer(sv.LEVELS), _answer(sv.REPURCHASE), _answer(sv.RECOMMEND),
                                             _answer(sv.CHANNELS))

SURVEY_SPEC = list_spec("surveys", "complaints", (
    Column("taken_at", QT_TRANSLATE_NOOP("complaints", "调查时间"), lambda r: r.taken_at),
    Column("customer", QT_TRANSLATE_NOOP("complaints", "客户"), lambda r: r.customer_name),
    Column("channel", QT_TRANSLATE_NOOP("complaints", "方式"), lambda r: _channel(r.channel)),
    Column("overall", QT_TRANSLATE_NOOP("complaints", "总体满意度"), lambda r: _level(r.overall)),
    Column("product_quality", QT_TRANSLATE_NOOP("complaints", "产品质量"), lambda r: _level(r.product_quality)),
    Column("service_attitude", QT_TRANSLATE_NOOP("complaints", "服务态度"), lambda r: _level(r.service_attitude)),
    Column("after_sales", QT_TRANSLATE_NOOP("complaints", "售后服务"), lambda r: _level(r.after_sales)),
    Column("repurchase", QT_TRANSLATE_NOOP("complaints", "复购可能性"), lambda r: _repurchase(r.repurchase)),
    Column("recommend", QT_TRANSLATE_NOOP("complaints", "推荐意愿"), lambda r: _recommend(r.recommend)),
    Column("comments", QT_TRANSLATE_NOOP("complaints", "意见"), lambda r: r.comments),
), state=lambda r: DONE if r.satisfied else (LATE if r.overall.endswith("dissatisfied") else ""))

# ------------------------------------------------------------------------------------------------ service
SERVICE_HISTORY_SPEC = list_spec("service_history", "service", (
    Column("service_date", QT_TRANSLATE_NOOP("service", "日期"), lambda r: r.service_date),
    Column("kind", QT_TRANSLATE_NOOP("service", "类型"), lambda r: tr("service_kinds", SERVICE_KINDS.get(r.kind, r.kind))),
    Column("mileage_km", QT_TRANSLATE_NOOP("service", "里程(公里)"), lambda r: f"{r.mileage_km:,}"),
    Column("content", QT_TRANSLATE_NOOP("service", "作业内容"), lambda r: r.content),
    Column("parts_cost", QT_TRANSLATE_NOOP("service", "配件费"), lambda r: f"{r.parts_cost:,.2f}"),
    Column("labour_cost", QT_TRANSLATE_NOOP("service", "工时费"), lambda r: f"{r.labour_cost:,.2f}"),
    Column("advisor", QT_TRANSLATE_NOOP("service", "服务顾问"), lambda r: r.advisor),
))
