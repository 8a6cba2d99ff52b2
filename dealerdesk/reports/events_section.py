"""The events half of the monthly summary's 客户活动 section: one row per event of the month with the figures
`kpi --json` prints under "events" (the same EventFigures, so the PDF and the JSON cannot disagree). The
heading 客户活动 is the caller's, so the campaigns half can sit beside it under the same heading."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from dealerdesk.domain import labels
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import table
from dealerdesk.services.events.results import EventFigures

HEADER = ["活动", "日期", "类型", "邀请", "已回复", "到场", "新线索", "订单"]


def event_rows(events: list[EventFigures]) -> list[list[object]]:
    """The table's rows (the tests compare them with the kpi JSON)."""
    return [[e.name, f"{e.starts_at:%m-%d}", labels.label(labels.EVENT_KIND, e.kind), e.invited, e.replied,
             e.attended, e.leads, e.orders] for e in events]


def events_section(events: list[EventFigures]) -> list:
    """Flowables: a sub-heading and the table of the month's events (or a line saying there were none)."""
    rows = event_rows(events)
    if rows:
        rows.append(["合计", "", "", *(sum(r[i] for r in rows) for i in range(3, 8))])
    note = ("已回复：已答复参加、待定或不参加；到场：签到人数（含未受邀的现场来宾）；新线索：来源为该活动的线索；"
            "订单：该活动线索的订单，加上到场客户活动当天起 30 天内的订单（每单只计一次）。")
    return [Paragraph("活动", st.H2), table(HEADER, rows, [30, 9, 12, 8, 9, 8, 9, 8], align_right=range(3, 8),
                                          empty="本月没有举办活动"),
            Paragraph(note, st.SMALL)]
