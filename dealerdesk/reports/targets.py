"""Printouts of plans and targets: the personal target confirmation (个人目标确认书), the weekly progress
(每周进度) and the scorecards (绩效考核表), from services/targets' plain data.

Why one module: the three share the layout (store header, A4, "第 x 页 / 共 y 页") and the measure names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Paragraph, Spacer

from dealerdesk.domain import kpi, labels
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import store_header, table, write_story
from dealerdesk.services.store_profile import StoreProfile
from dealerdesk.services.targets.confirmation import TargetConfirmation
from dealerdesk.services.targets.progress import WeeklyProgress
from dealerdesk.services.targets.scorecards import Scorecard, Scorecards

MEASURE_NAMES = (("orders", "订单"), ("leads", "集客"), ("visits", "到店"), ("test_drives", "试驾"),
                 ("ha_held", "H/A 保有"))


def _month_cn(month: str) -> str:
    year, mon = kpi.parse_month(month)
    return f"{year}年{mon}月"


def _write(path: str | Path, title: str, store: StoreProfile, printed_at: dt.datetime, story: list) -> Path:
    return write_story(path, story, title=title, printed_at=printed_at, **store_header(store))


def confirmation_story(c: TargetConfirmation) -> list:
    head = ["车型"] + [f"{lab}目标" for _k, lab in MEASURE_NAMES]
    rows = [[line.model] + [line.target.get(k, 0) for k, _lab in MEASURE_NAMES] for line in c.lines
            if any(line.target.values())]
    rows.append(["合计"] + [c.total("target", k) for k, _lab in MEASURE_NAMES])
    last = [[line.model] + [f"{line.last_done.get(k, 0)} / {line.last_target.get(k, 0)}"
                            for k, _lab in MEASURE_NAMES[:4]] for line in c.lines]
    last.append(["合计"] + [f"{c.total('last_done', k)} / {c.total('last_target', k)}" for k, _lab in MEASURE_NAMES[:4]])
    return [
        Paragraph("个人目标确认书", st.TITLE),
        Paragraph(f"{_month_cn(c.month)}　·　销售顾问：{c.name}（{c.login}）", st.SUBTITLE),
        Paragraph("本月目标", st.H1),
        table(head, rows, [20, 12, 12, 12, 12, 12], align_right=range(1, 6)),
        Paragraph(f"上月（{_month_cn(c.last_month)}）完成 / 目标", st.H1),
        table(["车型", "订单", "集客", "到店", "试驾"], last, [24, 14, 14, 14, 14], align_right=range(1, 5)),
        Spacer(1, 10),
        Paragraph("本人已知悉并确认以上目标，将按计划集客、邀约到店和跟进，每周一与经理核对进度，"
                  "月底最后 5 个工作日参加月度盘点。", st.BODY),
        Spacer(1, 28),
        Paragraph("销售顾问签字：________________　　　日期：____________", st.BODY),
        Spacer(1, 18),
        Paragraph("销售经理签字：________________　　　日期：____________", st.BODY),
    ]


def write_target_confirmation(path: str | Path, c: TargetConfirmation) -> Path:
    return _write(path, "个人目标确认书", c.store, c.printed_at, confirmation_story(c))


def _need(value: int | None) -> str:
    return "—" if value is None else str(value)


def progress_story(p: WeeklyProgress) -> list:
    head = ["", "订单目标", "已成交", "差额", "集客目标", "已集客", "到店", "试驾", "每周需订单", "每周需集客",
            "每周需到店", "每周需试驾"]
    widths = [16, 9, 8, 7, 9, 8, 7, 7, 10, 10, 10, 10]

    def rows(items):
        return [[r.name, r.target_orders, r.orders, r.gap, r.target_leads, r.leads, r.visits, r.test_drives,
                 r.need_orders, _need(r.need_leads), _need(r.need_visits), _need(r.need_test_drives)]
                for r in items]

    rates = p.rates
    note = (f"截至 {st.when(p.at)}，本月还剩 {p.weeks_left} 周（本周及之后每周一的周进度）。"
            f"历史比率：集客成交率 {st.pct(kpi.rate(rates.orders, rates.new_leads))}，成交率 {st.pct(rates.close_rate)}，"
            f"试驾率 {st.pct(rates.test_drive_rate)}；“—”表示缺少历史数据。")
    return [
        Paragraph("每周进度", st.TITLE),
        Paragraph(f"{_month_cn(p.month)}　·　{note}", st.SUBTITLE),
        Paragraph("按顾问", st.H1), table(["顾问"] + head[1:], rows(p.consultants), widths, align_right=range(1, 12)),
        Paragraph("按车型", st.H1), table(["车型"] + head[1:], rows(p.models), widths, align_right=range(1, 12)),
    ]


def write_weekly_progress(path: str | Path, p: WeeklyProgress, store: StoreProfile) -> Path:
    return _write(path, "每周进度", store, p.at.replace(microsecond=0), progress_story(p))


def _card_row(c: Scorecard, name: str) -> list:
    return [name, st.pct(c.compliance), c.leads, c.visits, c.orders, c.target_orders, st.pct(c.achievement),
            st.pct(c.close_rate), c.defeats, f"{c.satisfied}/{c.surveys}", c.complaints,
            f"{c.reminders_on_time}/{c.reminders_due}"]


CARD_HEAD = ["", "跟进达标率", "集客", "到店", "订单", "订单目标", "目标完成率", "成交率", "战败", "满意/调查",
             "投诉", "提醒按时/应办"]
CARD_W = [16, 10, 7, 7, 7, 9, 10, 8, 7, 10, 7, 12]


def scorecard_story(cards: Scorecards, trend: list[tuple[str, Scorecard | None]] | None = None,
                    trend_name: str = "") -> list:
    role = labels.ROLE
    people = [_card_row(c, f"{c.name}（{role.get(c.role, c.role)}）") for c in cards.people]
    depts = [_card_row(c, labels.DEPARTMENT.get(c.key, c.key)) for c in cards.departments]
    story = [Paragraph("绩效考核表", st.TITLE),
             Paragraph(f"{_month_cn(cards.month)}　·　定义见月报“指标定义”及 docs/kpi.md", st.SUBTITLE),
             Paragraph("按人员", st.H1), table(CARD_HEAD, people, CARD_W, align_right=range(1, 12))]
    if depts:
        story += [Paragraph("按部门", st.H1), table(CARD_HEAD, depts, CARD_W, align_right=range(1, 12))]
    if trend:
        story += [Paragraph(f"近 {len(trend)} 个月趋势：{trend_name}", st.H1),
                  table(["月份"] + CARD_HEAD[1:], [_card_row(c, m) if c else [m] + [""] * 11 for m, c in trend],
                        CARD_W, align_right=range(1, 12))]
    story += [Spacer(1, 24), Paragraph("被考核人签字：________________　　　经理签字：________________　　　"
                                       "日期：____________", st.BODY)]
    return story


def write_scorecard(path: str | Path, cards: Scorecards, store: StoreProfile, printed_at: dt.datetime,
                    trend: list[tuple[str, Scorecard | None]] | None = None, trend_name: str = "") -> Path:
    return _write(path, "绩效考核表", store, printed_at, scorecard_story(cards, trend, trend_name))
