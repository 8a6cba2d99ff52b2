"""The monthly summary PDF (月度经营汇总) from a services.reporting.summary.MonthlySummary.

Why this order of sections: it follows the manager's month-end meeting (seed 002, 月度盘点): the funnel and
its trend first, then who did what, the inventory and the targets it implies, the hot list to act on, then
defeats, complaints, satisfaction and the customer base; the last page prints the definitions used, so the
numbers can be checked against the data.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer

from dealerdesk.domain import kpi
from dealerdesk.reports import charts
from dealerdesk.reports.events_section import events_section
from dealerdesk.reports.accounts_points_section import accounts_points_section
from dealerdesk.reports import styles as st
from dealerdesk.reports.deals_section import deals_section
from dealerdesk.reports.campaigns_section import campaigns_section
from dealerdesk.reports.layout import CONTENT_W, ReportDoc, table
from dealerdesk.reports.targets_section import consultant_targets_section
from dealerdesk.services.reporting.summary import MonthlySummary

FUNNEL_ROWS = (("new_leads", "集客"), ("registered", "留档"), ("visits", "到店"), ("test_drives", "试驾"),
               ("orders", "订单"), ("deliveries", "交车"), ("defeats", "战败"))
RATE_ROWS = (("visit_rate", "到店率"), ("test_drive_rate", "试驾率"), ("close_rate", "成交率"),
             ("defeat_rate", "战败率"))


def _month_cn(month: str) -> str:
    year, mon = kpi.parse_month(month)
    return f"{year}年{mon}月"


def _cover(s: MonthlySummary) -> list:
    rows = []
    for key, lab in FUNNEL_ROWS:
        now, prev, ly = (getattr(f, key) for f in (s.funnel, s.previous, s.last_year))
        rows.append([lab, st.num(now), st.num(prev), st.signed_pct(kpi.change(now, prev)), st.num(ly),
                     st.signed_pct(kpi.change(now, ly))])

    def diff(a: float | None, b: float | None) -> str:
        return "—" if a is None or b is None else f"{(a - b) * 100:+.1f} 个百分点"

    for key, lab in RATE_ROWS:
        now, prev, ly = (getattr(f, key) for f in (s.funnel, s.previous, s.last_year))
        rows.append([lab, st.pct(now), st.pct(prev), diff(now, prev), st.pct(ly), diff(now, ly)])
    rows.append(["跟进达标率", st.pct(s.compliance), "", "", "", ""])
    return [
        Paragraph(f"{s.store_name} 月度经营汇总", st.TITLE),
        Paragraph(f"{_month_cn(s.month)}　·　对比上月与去年同月　·　生成于 {st.when(s.generated_at)}", st.SUBTITLE),
        table(["指标", "本月", "上月", "环比", "去年同月", "同比"], rows, [22, 14, 14, 22, 14, 22],
              align_right=(1, 2, 3, 4, 5)),
        Spacer(1, 8),
        charts.funnel_chart(s.funnel, CONTENT_W),
    ]


def _trend_and_staff(s: MonthlySummary) -> list:
    rows = [[c.name, c.leads_held, c.follow_ups_due, c.follow_ups_on_time, st.pct(c.compliance), c.orders,
             c.deliveries, c.defeats] for c in s.consultants]
    return [
        Paragraph("趋势", st.H1), charts.trend_chart(s.trend, CONTENT_W),
        Paragraph("销售顾问", st.H1),
        table(["顾问", "在跟线索", "应跟进", "按时完成", "达标率", "订单", "交车", "战败"], rows,
              [20, 12, 12, 12, 12, 10, 10, 10], align_right=range(1, 8)),
        *consultant_targets_section(s.consultant_targets),
    ]


def _inventory_and_targets(s: MonthlySummary) -> list:
    inv = [[r.model, r.ha, r.bc, r.d] for r in s.inventory]
    inv.append(["合计", sum(r.ha for r in s.inventory), sum(r.bc for r in s.inventory),
                sum(r.d for r in s.inventory)])
    history = f"{s.history[0]} 至 {s.history[1]}"
    plan_rows = []
    for t in s.targets:
        p = t.plan
        plan_rows.append([t.model, p.order_target, t.ha_stock, t.bc_stock, st.pct(t.rates.lead_order),
                          st.pct(t.rates.ha_close), st.pct(t.rates.bc_convert), st.num(p.new_leads),
                          st.num(p.new_ha), st.num(p.bc_to_ha)])
    story = [
        Paragraph("月度盘点", st.H1),
        Paragraph(f"盘点时点：{st.when(s.inventory_at)}（月初），按意向车型。", st.SMALL),
        table(["车型", "H/A 级", "B/C 级", "D 级（已交车）"], inv, [30, 15, 15, 20], align_right=(1, 2, 3)),
        Paragraph("本月目标推算", st.H1),
        Paragraph(f"历史比率取 {history}；订单目标取最新一版滚动计划，没有时取年度计划，再没有时取设置“target.车型”。“—”表示缺少历史数据，无法推算。", st.SMALL),
        table(["车型", "订单目标", "月初H/A", "月初B/C", "集客成交率", "H/A成交率", "B/C转化率", "集客目标",
               "新增H/A目标", "B/C转H/A目标"], plan_rows, [16, 9, 9, 9, 11, 11, 11, 10, 11, 12],
              align_right=range(1, 10)),
        CondPageBreak(120),
        Paragraph("每周一进度（本月累计，截至当日 0 点；周一放假顺延到下一个营业日）", st.H2),
    ]
    week_rows = []
    for t in s.targets:
        goals = {"new_leads": t.plan.new_leads, "new_ha": t.plan.new_ha, "bc_to_ha": t.plan.bc_to_ha,
                 "orders": t.plan.order_target}
        for key, lab in (("new_leads", "集客"), ("new_ha", "新增H/A"), ("bc_to_ha", "B/C转H/A"),
                         ("orders", "订单")):
            week_rows.append([t.model, lab, st.num(goals[key])] + [getattr(w, key) for w in t.progress])
    weeks = s.targets[0].progress if s.targets else []
    header = ["车型", "项目", "月目标"] + [f"{w.until:%m-%d}" if i < len(weeks) - 1 else "全月"
                                      for i, w in enumerate(weeks)]
    story.append(table(header, week_rows, [16, 12, 10] + [9] * len(weeks), align_right=range(2, len(header))))
    return story


def _hot(s: MonthlySummary) -> list:
    rows = [[h.name, st.label(st.LEVELS, h.level) + f"（{h.level}）", h.model, h.owner,
             st.when(h.next_follow_up_at)] for h in s.hot]
    note = f"共 {s.hot_total} 位（打印时）"
    if s.hot_total > len(s.hot):
        note += f"，列出下次跟进最早的 {len(s.hot)} 位"
    return [Paragraph("热点客户（H/A）", st.H1), Paragraph(note, st.SMALL),
            table(["客户", "级别", "意向车型", "顾问", "下次跟进"], rows, [18, 16, 20, 16, 20])]


def _defeats(s: MonthlySummary) -> list:
    reasons = [(st.defeat_reason(k), v) for k, v in s.defeats_by_reason.items()]

    def small(title: str, items: dict[str, int]) -> list:
        total = sum(items.values())
        rows = [[k or "（未填）", v, st.pct(kpi.rate(v, total))] for k, v in items.items()]
        return [Paragraph(title, st.H2), table(["", "战败数", "占比"], rows, [30, 12, 12], align_right=(1, 2))]

    return [Paragraph("战败分析", st.H1),
            Paragraph(f"本月战败 {s.funnel.defeats} 条，战败率 {st.pct(s.funnel.defeat_rate)}。", st.BODY),
            charts.bars(reasons, "战败原因", CONTENT_W),
            KeepTogether(small("按原因", dict(reasons))), KeepTogether(small("按竞品（前 10）", s.defeats_by_competitor)),
            KeepTogether(small("按顾问", s.defeats_by_consultant)), KeepTogether(small("按车型", s.defeats_by_model))]


def _service_quality(s: MonthlySummary) -> list:
    c = s.complaints
    sat = s.satisfaction
    complaint_rows = [["本月收到", c.received], ["本月解决", c.resolved],
                      ["平均解决时长（小时）", st.num(c.mean_hours_to_resolve, 1)], ["月末逾期未解决", c.overdue]]

    def dist(title: str, order: tuple[str, ...], counts: dict[str, int]) -> list:
        total = sum(counts.values())
        rows = [[st.answer(code), counts.get(code, 0), st.pct(kpi.rate(counts.get(code, 0), total))]
                for code in order]
        return [Paragraph(title, st.H2), table(["", "份数", "占比"], rows, [30, 12, 12], align_right=(1, 2))]

    return [
        Paragraph("投诉", st.H1), table(["项目", "数值"], complaint_rows, [40, 20], align_right=(1,)),
        Paragraph("满意度", st.H1),
        Paragraph(f"本月完成调查 {sat.surveys} 份，满意率（非常满意 + 满意）{st.pct(sat.satisfied_rate)}。", st.BODY),
        charts.bars([(st.answer(k), sat.overall.get(k, 0)) for k in st.OVERALL_ORDER], "总体满意度", CONTENT_W),
        KeepTogether(dist("总体满意度", st.OVERALL_ORDER, sat.overall)),
        KeepTogether(dist("复购可能性", st.REPURCHASE_ORDER, sat.repurchase)),
        KeepTogether(dist("推荐意愿", st.RECOMMEND_ORDER, sat.recommend)),
    ]


def _customers(s: MonthlySummary) -> list:
    total = sum(s.categories.values())
    cat = [[st.label(st.CATEGORIES, k), s.categories.get(k, 0), st.pct(kpi.rate(s.categories.get(k, 0), total))]
           for k in st.CATEGORIES]
    tiers_total = sum(s.tiers.values())
    tiers = [[st.label(st.TIERS, k), s.tiers.get(k, 0), st.pct(kpi.rate(s.tiers.get(k, 0), tiers_total))]
             for k in st.TIERS]
    return [Paragraph("客户类别与分级", st.H1),
            KeepTogether([Paragraph("类别", st.H2), table(["类别", "人数", "占比"], cat, [30, 12, 12],
                                                        align_right=(1, 2))]),
            KeepTogether([Paragraph("价值分级", st.H2), table(["分级", "人数", "占比"], tiers, [30, 12, 12],
                                                          align_right=(1, 2))])]


def _definitions(s: MonthlySummary) -> list:
    rows = [[lab, text] for _key, (lab, text) in s.definitions.items()]
    return [Paragraph("指标定义", st.H1), Paragraph("本报表按以下定义计算（设置可调整的已注明）。", st.SMALL),
            table(["指标", "定义"], rows, [18, 82])]


def render_monthly(summary: MonthlySummary, target: str | Path | BinaryIO,
                   progress: Callable[[int, int, str], None] | None = None) -> None:
    """Write the monthly summary PDF to a path or a binary file object."""
    step = progress or (lambda done, total, stage="": None)
    title = f"月度经营汇总 {_month_cn(summary.month)}"
    doc = ReportDoc(str(target) if isinstance(target, Path) else target, title=title,
                    store_name=summary.store_name, logo=summary.store_logo, store_line=summary.store_line,
                    printed_at=summary.generated_at,
                    subject=summary.month)
    story = _cover(summary) + [PageBreak()] + _trend_and_staff(summary) + [PageBreak()]
    story += _inventory_and_targets(summary) + [PageBreak()] + _hot(summary) + [PageBreak()]
    story += _defeats(summary) + [PageBreak()] + _service_quality(summary) + _customers(summary)
    story += [Paragraph("客户活动", st.H1), *events_section(summary.events),
              *campaigns_section(summary.campaigns, heading=False)]  # 客户活动: events, then campaigns (issue 24)
    story += [PageBreak()] + deals_section(summary.deals)
    story += accounts_points_section(summary)
    story += [PageBreak()] + _definitions(summary)
    step(0, 1, "排版")
    doc.build_story(story)
    step(1, 1, "完成")
