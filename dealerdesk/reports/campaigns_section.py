"""The campaigns half of the monthly summary's 客户活动 section (issue 24): the month's call lists and message
batches with size, reached, appointments and visits. The events half sits beside it under the same heading
(`heading=False` leaves the heading to whoever puts both together)."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import KeepTogether, Paragraph

from dealerdesk.domain import kpi, labels
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import table

HEADING = "客户活动"
HEADERS = ["名称", "类型", "人数", "接通/送达", "预约", "到店", "到店率"]


def campaigns_section(campaigns: Sequence, heading: bool = True) -> list:
    """Flowables for the month's campaigns (services.reporting.campaigns.CampaignFigures)."""
    story: list = [Paragraph(HEADING, st.H1)] if heading else []
    rows = [[c.name, labels.label(labels.CAMPAIGN_KIND, c.kind), c.size, c.reached, c.appointments, c.visits,
             st.pct(kpi.rate(c.visits, c.reached))] for c in campaigns]
    if rows:
        rows.append(["合计", "", sum(c.size for c in campaigns), sum(c.reached for c in campaigns),
                     sum(c.appointments for c in campaigns), sum(c.visits for c in campaigns),
                     st.pct(kpi.rate(sum(c.visits for c in campaigns), sum(c.reached for c in campaigns)))])
    body = (table(HEADERS, rows, [34, 12, 9, 11, 9, 9, 10], align_right=range(2, len(HEADERS))) if rows
            else Paragraph("本月没有外呼名单或群发批次。", st.SMALL))
    story.append(KeepTogether([Paragraph("营销外呼与群发", st.H2), body,
                               Paragraph("接通：外呼接通（含拒绝、预约、承诺到店）或群发已导出；到店：联系后 30 天内"
                                         "到店登记或开维修工单的客户。", st.SMALL)]))
    return story
