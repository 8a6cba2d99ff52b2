"""The reception tables: the day's appointments, the open-order board, a repair order's lines and the
settlement's differences against the quote."""
from __future__ import annotations

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import fmt_datetime, tr
from dealerdesk.ui.models.columns import RIGHT, Column, TableSpec

#: a dispatched line's state on the workshop board and in the order's lines
WORK_STATE = {"assigned": QT_TRANSLATE_NOOP("reception", "待开工"), "working": QT_TRANSLATE_NOOP("reception", "施工中"),
              "done": QT_TRANSLATE_NOOP("reception", "已完工"), "": QT_TRANSLATE_NOOP("reception", "空闲")}


def _work_state(technician_id, started, finished) -> str:
    if technician_id is None:
        return ""
    return tr("reception", WORK_STATE["done" if finished else "working" if started else "assigned"])


APPOINTMENT_SPEC = TableSpec("reception_appointments", (
    Column("start", QT_TRANSLATE_NOOP("columns", "时间"), lambda r: r.start.strftime("%m-%d %H:%M"), width=90),
    Column("customer", QT_TRANSLATE_NOOP("columns", "客户"), lambda r: r.customer_name, width=90),
    Column("plate", QT_TRANSLATE_NOOP("columns", "车牌"), lambda r: r.plate, width=90),
    Column("advisor", QT_TRANSLATE_NOOP("columns", "服务顾问"), lambda r: r.advisor_name, width=80),
    Column("status", QT_TRANSLATE_NOOP("columns", "状态"),
           lambda r: ui_labels.text(labels.APPOINTMENT_STATUS, r.status), width=70),
    Column("work", QT_TRANSLATE_NOOP("columns", "预约项目"), lambda r: r.requested_work, width=200),
    Column("order", QT_TRANSLATE_NOOP("columns", "工单号"), lambda r: r.order_number, width=110),
), state=lambda r: "lost" if r.status in ("cancelled", "no_show") else "")

BOARD_SPEC = TableSpec("reception_board", (
    Column("number", QT_TRANSLATE_NOOP("columns", "工单号"), lambda r: r.number, width=130),
    Column("plate", QT_TRANSLATE_NOOP("columns", "车牌"), lambda r: r.plate, width=90),
    Column("customer", QT_TRANSLATE_NOOP("columns", "客户"), lambda r: r.customer_name, width=90),
    Column("advisor", QT_TRANSLATE_NOOP("columns", "服务顾问"), lambda r: r.advisor_name, width=80),
    Column("status", QT_TRANSLATE_NOOP("columns", "状态"),
           lambda r: ui_labels.text(labels.REPAIR_ORDER_STATUS, r.status), width=80),
    Column("in", QT_TRANSLATE_NOOP("columns", "接车"), lambda r: fmt_datetime(r.checked_in_at), width=120),
    Column("promised", QT_TRANSLATE_NOOP("columns", "承诺完工"), lambda r: fmt_datetime(r.promised_at), width=120),
    Column("technicians", QT_TRANSLATE_NOOP("columns", "技师"), lambda r: r.technicians, width=100),
    Column("extra", QT_TRANSLATE_NOOP("columns", "待答复增项"), lambda r: r.pending_extra or "", width=80),
    Column("flag", QT_TRANSLATE_NOOP("columns", "提示"),
           lambda r: tr("reception", QT_TRANSLATE_NOOP("reception", "已超时")) if r.overdue else "", width=60),
), state=lambda r: "attention" if r.overdue else ("satisfied" if r.status == "ready" else ""))

LINE_SPEC = TableSpec("reception_lines", (
    Column("job", QT_TRANSLATE_NOOP("columns", "项目"), lambda r: r.job, width=120),
    Column("kind", QT_TRANSLATE_NOOP("columns", "类型"), lambda r: ui_labels.text(labels.LINE_KIND, r.kind), width=50),
    Column("name", QT_TRANSLATE_NOOP("columns", "名称"), lambda r: r.name, width=140),
    Column("qty", QT_TRANSLATE_NOOP("columns", "数量"), lambda r: f"{r.qty:g}", RIGHT, width=50),
    Column("price", QT_TRANSLATE_NOOP("columns", "单价"), lambda r: f"{r.unit_price:,.2f}", RIGHT, width=70),
    Column("total", QT_TRANSLATE_NOOP("columns", "报价金额"), lambda r: f"{r.quoted_total:,.2f}", RIGHT, width=80),
    Column("extra", QT_TRANSLATE_NOOP("columns", "增项"), lambda r: f"#{r.extra_group}" if r.is_extra else "", width=40),
    Column("approval", QT_TRANSLATE_NOOP("columns", "客户意见"),
           lambda r: ui_labels.text(labels.APPROVAL, r.approval), width=80),
    Column("technician", QT_TRANSLATE_NOOP("columns", "技师"), lambda r: r.technician_name, width=70),
    Column("work", QT_TRANSLATE_NOOP("columns", "施工"), lambda r: _work_state(r.technician_id, r.work_started_at,
                                                                           r.work_finished_at), width=70),
), state=lambda r: "attention" if r.approval == "quoted" and r.is_extra else ("lost" if r.approval == "declined"
                                                                                 else ""))

DIFF_SPEC = TableSpec("reception_settle", (
    Column("name", QT_TRANSLATE_NOOP("columns", "名称"), lambda r: r.name, width=200),
    Column("quoted", QT_TRANSLATE_NOOP("columns", "报价"), lambda r: f"{r.quoted:,.2f}", RIGHT, width=90),
    Column("final", QT_TRANSLATE_NOOP("columns", "实际"), lambda r: f"{r.final:,.2f}", RIGHT, width=90),
    Column("diff", QT_TRANSLATE_NOOP("columns", "差额"), lambda r: f"{r.difference:+,.2f}" if r.difference else "",
           RIGHT, width=90),
), state=lambda r: "attention" if r.difference else "")

DELIVERED_SPEC = TableSpec("reception_delivered", (
    Column("number", QT_TRANSLATE_NOOP("columns", "工单号"), lambda r: r.number, width=130),
    Column("plate", QT_TRANSLATE_NOOP("columns", "车牌"), lambda r: r.plate, width=90),
    Column("customer", QT_TRANSLATE_NOOP("columns", "客户"), lambda r: r.customer_name, width=90),
    Column("advisor", QT_TRANSLATE_NOOP("columns", "服务顾问"), lambda r: r.advisor_name, width=80),
    Column("technicians", QT_TRANSLATE_NOOP("columns", "技师"), lambda r: r.technicians, width=100),
    Column("settled", QT_TRANSLATE_NOOP("columns", "交车时间"), lambda r: fmt_datetime(r.settled_at), width=120),
    Column("payable", QT_TRANSLATE_NOOP("columns", "实收"), lambda r: f"{r.payable:,.2f}", RIGHT, width=90),
))

WORKSHOP_SPEC = TableSpec("reception_workshop", (
    Column("technician", QT_TRANSLATE_NOOP("columns", "技师"), lambda r: r.technician, width=80),
    Column("state", QT_TRANSLATE_NOOP("columns", "状态"), lambda r: tr("reception", WORK_STATE[r.state]), width=70),
    Column("plate", QT_TRANSLATE_NOOP("columns", "车牌"), lambda r: r.plate, width=90),
    Column("number", QT_TRANSLATE_NOOP("columns", "工单号"), lambda r: r.number, width=120),
    Column("job", QT_TRANSLATE_NOOP("columns", "项目"), lambda r: r.job, width=130),
    Column("name", QT_TRANSLATE_NOOP("columns", "名称"), lambda r: r.name, width=130),
    Column("started", QT_TRANSLATE_NOOP("columns", "开工"), lambda r: fmt_datetime(r.started_at), width=120),
    Column("finished", QT_TRANSLATE_NOOP("columns", "完工"), lambda r: fmt_datetime(r.finished_at), width=120),
    Column("hours", QT_TRANSLATE_NOOP("columns", "标准工时"), lambda r: f"{r.standard_hours:g}" if r.standard_hours
           else "", RIGHT, width=70),
), state=lambda r: "satisfied" if r.state == "working" else ("lost" if r.state in ("", "done") else ""))

WAITING_SPEC = TableSpec("reception_waiting", (
    Column("number", QT_TRANSLATE_NOOP("columns", "工单号"), lambda r: r.number, width=120),
    Column("plate", QT_TRANSLATE_NOOP("columns", "车牌"), lambda r: r.plate, width=90),
    Column("customer", QT_TRANSLATE_NOOP("columns", "客户"), lambda r: r.customer_name, width=90),
    Column("job", QT_TRANSLATE_NOOP("columns", "项目"), lambda r: r.job, width=130),
    Column("name", QT_TRANSLATE_NOOP("columns", "名称"), lambda r: r.name, width=130),
    Column("kind", QT_TRANSLATE_NOOP("columns", "类型"), lambda r: ui_labels.text(labels.LINE_KIND, r.kind), width=50),
    Column("promised", QT_TRANSLATE_NOOP("columns", "承诺完工"), lambda r: fmt_datetime(r.promised_at), width=120),
))
