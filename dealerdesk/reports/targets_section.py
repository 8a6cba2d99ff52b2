"""The monthly summary's 顾问目标完成 table: each consultant's targets against results, the same figures as the
"consultants" of `dealerdesk kpi --json` (services/reporting/consultant_targets.py)."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from dealerdesk.domain import kpi
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import table
from dealerdesk.services.reporting.consultant_targets import ConsultantTarget

HEADER = ["顾问", "订单目标", "订单", "完成率", "集客目标", "集客", "到店目标", "到店", "试驾目标", "试驾", "跟进达标率"]


def rows(items: list[ConsultantTarget]) -> list[list[object]]:
    return [[c.name, c.target_orders, c.orders, st.pct(kpi.rate(c.orders, c.target_orders)), c.target_leads,
             c.leads, c.target_visits, c.visits, c.target_test_drives, c.test_drives, st.pct(c.compliance)]
            for c in items]


def consultant_targets_section(items: list[ConsultantTarget]) -> list:
    return [Paragraph("顾问目标完成", st.H1),
            Paragraph("目标为经理分解到各顾问的本月目标（目标与绩效页）；完成数按线索的当前负责顾问统计。", st.SMALL),
            table(HEADER, rows(items), [16, 9, 7, 9, 9, 7, 9, 7, 9, 7, 11], align_right=range(1, 11))]
