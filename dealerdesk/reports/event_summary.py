"""The printed event summary (活动总结): the store's header, the event, its figures with how they are counted,
the replies, and the list of who came — for the meeting after a launch or a test-drive day."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Paragraph, Spacer, Table

from dealerdesk.domain import labels
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import ReportDoc, facts_table, table
from dealerdesk.services.events.printout import EventSummary

FIGURES = (("invited", "邀请"), ("replied", "已回复"), ("replied_yes", "答复参加"), ("attended", "到场"),
           ("walk_ins", "现场来宾"), ("leads", "新线索"), ("test_drives", "试驾"), ("orders", "订单"),
           ("service_bookings", "售后预约"))


def _facts(s: EventSummary) -> Table:
    e = s.event
    status = "" if e.status == "planned" else f"（{labels.label(labels.EVENT_STATUS, e.status)}）"
    pairs = [("类型", labels.label(labels.EVENT_KIND, e.kind) + status), ("时间", st.when(e.starts_at)),
             ("地点", e.place or "—"), ("目标客户", e.target or "—"), ("创建人", e.created_by or "—"),
             ("备注", e.note or "—")]
    return facts_table(pairs)


def figure_rows(s: EventSummary) -> list[tuple[str, int]]:
    """(label, value) of the figures table (the tests compare them with the result page's figures)."""
    return [(text, getattr(s.figures, key)) for key, text in FIGURES]


def build_story(s: EventSummary) -> list:
    e = s.event
    story: list = [Paragraph(f"活动总结　{e.name}", st.TITLE),
                   Paragraph(f"{labels.label(labels.EVENT_KIND, e.kind)}　{st.when(e.starts_at)}　{e.place}",
                             st.SUBTITLE),
                   _facts(s), Paragraph("活动效果", st.H1)]
    values = figure_rows(s)
    story.append(table([t for t, _v in values], [[v for _t, v in values]], [1] * len(values),
                       align_right=range(len(values))))
    story.append(Spacer(1, 3))
    story.append(table(["指标", "统计口径"], s.definitions, [14, 86]))
    replies = [[labels.label(labels.EVENT_REPLY, code), s.replies.get(code, 0)] for code in labels.EVENT_REPLY]
    story += [Paragraph("邀请回复", st.H1), table(["回复", "人数"], replies, [30, 12], align_right=(1,))]
    rows = [[i, a.name, a.phone, a.owner_name, f"{a.checked_in_at:%H:%M}",
             "现场来宾" if a.walk_in else "受邀", a.checked_in_by] for i, a in enumerate(s.attendees, 1)]
    story += [Paragraph(f"到场客户（{len(rows)} 人）", st.H1),
              table(["序号", "客户", "电话", "销售顾问", "签到", "身份", "签到人"], rows, [7, 18, 18, 16, 10, 12, 16],
                    align_right=(0,), empty="没有客户签到")]
    return story


def render_event_summary(summary: EventSummary, target: str | Path | BinaryIO) -> None:
    """Write the event summary PDF to a path or a binary file object."""
    doc = ReportDoc(str(target) if isinstance(target, Path) else target, title="活动总结",
                    store_name=summary.store_name, logo=summary.store_logo, store_line=summary.store_line,
                    printed_at=summary.generated_at, subject=summary.event.name)
    doc.build_story(build_story(summary))
