"""The monthly summary's 大用户与会员积分 section: key-account visits and orders, points earned and spent.

Why a function of its own: the monthly PDF gains it with one line, and its rows are exactly the figures
`kpi --json` prints under "key_accounts" and "points" (the same dataclasses), so the two cannot disagree.
"""
from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph

from dealerdesk.domain import kpi
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import table


def section_rows(summary) -> list[list[object]]:
    """(label, figure) rows in print order; the tests compare them with kpi --json."""
    ka, pts = summary.key_accounts, summary.points
    return [["大用户计划走访（次）", ka.visits_planned], ["大用户完成走访（次）", ka.visits_done],
            ["走访完成率", st.pct(kpi.rate(ka.visits_done, ka.visits_planned))],
            ["大用户订单（台）", ka.orders], ["会员积分发放（分）", pts.earned], ["会员积分抵扣（分）", pts.spent]]


def accounts_points_section(summary) -> list:
    return [KeepTogether([
        Paragraph("大用户与会员积分", st.H1),
        table(["指标", "本月"], section_rows(summary), [40, 20], align_right=(1,)),
        Paragraph("计划走访：计划日期在本月的走访；完成走访：走访日期在本月；大用户订单：本月大用户本单位及其联系人"
                  "（电话相同的客户）下的订单，不含已退订。积分发放含维修保养、购车、转介绍、活动和手工加分，"
                  "过期的积分不计入。", st.SMALL),
    ])]
