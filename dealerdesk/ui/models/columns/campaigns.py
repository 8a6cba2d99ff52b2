"""客户营销 tables: segments, call lists with their progress, one caller's calls, batches, a batch's messages."""
from __future__ import annotations

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import tr
from dealerdesk.ui.models.columns import DONE, RIGHT, TINTS, Column, TableSpec, never_bold

C = "campaigns"


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _excluded(counts: dict[str, int]) -> str:
    return "，".join(f"{ui_labels.text(labels.EXCLUSION, k)} {n}" for k, n in counts.items() if n) or "—"


def _spec(name: str, columns: tuple[Column, ...], state=lambda row: "") -> TableSpec:
    return TableSpec(name, columns, state=state, colours=TINTS, bold=never_bold, text_tooltips=True, context=C,
                     sort_hint=False)


SEGMENT_SPEC = _spec("campaign_segments", (
    Column("name", QT_TRANSLATE_NOOP(C, "分组名称"), lambda s: s.name, width=220),
    Column("kind", QT_TRANSLATE_NOOP(C, "类型"), lambda s: tr(C, "现成分组") if s.builtin else tr(C, "自定义筛选")),
    Column("updated", QT_TRANSLATE_NOOP(C, "保存时间"), lambda s: _when(s.updated_at), width=140),
))

CALL_LIST_SPEC = _spec("campaign_call_lists", (
    Column("name", QT_TRANSLATE_NOOP(C, "名单"), lambda r: r.name, width=200),
    Column("segment", QT_TRANSLATE_NOOP(C, "客户分组"), lambda r: r.segment_name, width=160),
    Column("total", QT_TRANSLATE_NOOP(C, "人数"), lambda r: r.total, RIGHT),
    Column("done", QT_TRANSLATE_NOOP(C, "已打"), lambda r: r.done, RIGHT),
    Column("reached", QT_TRANSLATE_NOOP(C, "接通"), lambda r: r.reached, RIGHT),
    Column("appointments", QT_TRANSLATE_NOOP(C, "预约"), lambda r: r.appointments, RIGHT),
    Column("excluded", QT_TRANSLATE_NOOP(C, "未放入"), lambda r: _excluded(r.excluded), width=200),
    Column("created", QT_TRANSLATE_NOOP(C, "生成时间"), lambda r: _when(r.created_at), width=140),
), state=lambda r: DONE if r.closed or (r.total and r.done == r.total) else "")

CALLER_SPEC = _spec("campaign_callers", (
    Column("caller", QT_TRANSLATE_NOOP(C, "外呼人员"), lambda c: c.caller_name, width=120),
    Column("total", QT_TRANSLATE_NOOP(C, "分到"), lambda c: c.total, RIGHT),
    Column("done", QT_TRANSLATE_NOOP(C, "已打"), lambda c: c.done, RIGHT),
    Column("open", QT_TRANSLATE_NOOP(C, "未打"), lambda c: c.open, RIGHT),
    Column("reached", QT_TRANSLATE_NOOP(C, "接通"), lambda c: c.reached, RIGHT),
    Column("appointments", QT_TRANSLATE_NOOP(C, "预约"), lambda c: c.appointments, RIGHT),
    Column("progress", QT_TRANSLATE_NOOP(C, "进度"), lambda c: f"{c.done * 100 // c.total}%" if c.total else "—", RIGHT),
), state=lambda c: DONE if c.total and c.open == 0 else "")

ENTRY_SPEC = _spec("campaign_entries", (
    Column("customer", QT_TRANSLATE_NOOP(C, "客户"), lambda e: e.customer_name, width=120),
    Column("phone", QT_TRANSLATE_NOOP(C, "电话"), lambda e: e.phone, width=120),
    Column("caller", QT_TRANSLATE_NOOP(C, "外呼人员"), lambda e: e.caller_name),
    Column("status", QT_TRANSLATE_NOOP(C, "状态"), lambda e: tr(C, "已完成") if e.status == "done" else tr(C, "待拨打")),
    Column("result", QT_TRANSLATE_NOOP(C, "结果"), lambda e: ui_labels.text(labels.CALL_RESULT, e.result) if e.result else ""),
    Column("attempts", QT_TRANSLATE_NOOP(C, "拨打次数"), lambda e: e.attempts, RIGHT),
    Column("called", QT_TRANSLATE_NOOP(C, "最近拨打"), lambda e: _when(e.called_at), width=140),
), state=lambda e: DONE if e.status == "done" else "")

BATCH_SPEC = _spec("campaign_batches", (
    Column("name", QT_TRANSLATE_NOOP(C, "批次"), lambda b: b.name, width=200),
    Column("kind", QT_TRANSLATE_NOOP(C, "类型"), lambda b: ui_labels.text(labels.BATCH_KIND, b.kind)),
    Column("channel", QT_TRANSLATE_NOOP(C, "方式"), lambda b: ui_labels.text(labels.BATCH_CHANNEL, b.channel)),
    Column("size", QT_TRANSLATE_NOOP(C, "条数"), lambda b: b.size, RIGHT),
    Column("excluded", QT_TRANSLATE_NOOP(C, "未放入"), lambda b: _excluded(b.excluded), width=200),
    Column("planned", QT_TRANSLATE_NOOP(C, "问候日期"), lambda b: b.planned_for.isoformat() if b.planned_for else ""),
    Column("status", QT_TRANSLATE_NOOP(C, "状态"), lambda b: ui_labels.text(labels.BATCH_STATUS, b.status)),
), state=lambda b: DONE if b.status == "exported" else "")

MESSAGE_SPEC = _spec("campaign_messages", (
    Column("customer", QT_TRANSLATE_NOOP(C, "客户"), lambda m: m.name, width=100),
    Column("phone", QT_TRANSLATE_NOOP(C, "手机号"), lambda m: m.phone, width=110),
    Column("length", QT_TRANSLATE_NOOP(C, "字数"), lambda m: len(m.text), RIGHT),
    Column("text", QT_TRANSLATE_NOOP(C, "内容"), lambda m: m.text, width=460),
))

__all__ = ["BATCH_SPEC", "CALLER_SPEC", "CALL_LIST_SPEC", "ENTRY_SPEC", "MESSAGE_SPEC", "SEGMENT_SPEC"]
