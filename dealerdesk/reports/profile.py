"""The customer profile PDF (客户档案) from a services.reporting.summary.ProfileData.

Why it looks like the profile window: it is printed for a meeting about this one customer, so basics and
"why this category/tier" come first, then what the customer owns and did with us, newest first. Phone
numbers arrive already masked for roles that may not see them; the PDF never unmasks anything.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import ReportDoc, cell, table
from dealerdesk.services.reporting.summary import ProfileData


def _basics(p: ProfileData) -> list:
    pairs = [(k, v) for k, v in p.basics if v]
    rows = []
    for i in range(0, len(pairs), 2):
        left, right = pairs[i], pairs[i + 1] if i + 1 < len(pairs) else ("", "")
        rows.append([left[0], left[1], right[0], right[1]])
    t = table(["项目", "内容", "项目", "内容"], rows, [12, 38, 12, 38])
    note = "（电话已按权限隐藏中间位）" if p.phones_masked else ""
    return [Paragraph(f"客户档案：{cell(p.name).text}", st.TITLE),
            Paragraph(f"客户编号 {p.customer_id}{note}", st.SUBTITLE), t]


def _score(p: ProfileData) -> list:
    story = [Paragraph("类别与价值分级", st.H1),
             Paragraph(f"类别：<b>{st.label(st.CATEGORIES, p.category)}</b>　价值分级：<b>"
                       f"{st.label(st.TIERS, p.tier)}</b>　价值分：<b>{p.value_score}</b> / 100", st.BODY)]
    if p.score_reasons:
        story.append(Paragraph("归类原因：" + "；".join(cell(r).text for r in p.score_reasons), st.BODY))
    if p.score_parts:
        rows = [[label, points, cap, detail] for label, points, cap, detail in p.score_parts]
        story += [Spacer(1, 4), table(["评分项", "得分", "上限", "依据"], rows, [22, 10, 10, 58], align_right=(1, 2))]
    else:
        story.append(Paragraph("评分明细尚未计算（分类任务运行后显示）。", st.SMALL))
    return story


def _section(title: str, header: list[str], rows: list[list], widths: list[float], right=()) -> list:
    """A titled table; the title never sits alone at a page bottom."""
    return [CondPageBreak(60), Paragraph(title, st.H1), table(header, rows, widths, align_right=right)]


def render_profile(p: ProfileData, target: str | Path | BinaryIO) -> None:
    """Write the customer profile PDF to a path or a binary file object."""
    doc = ReportDoc(str(target) if isinstance(target, Path) else target, title=f"客户档案 {p.name}",
                    store_name=p.store_name, logo=p.store_logo, store_line=p.store_line,
                    printed_at=p.generated_at,
                    subject=str(p.customer_id))
    vehicles = [[plate or "", vin or "", model or "", colour, st.when(reg), st.num(km), st.when(ci), st.when(cc)]
                for plate, vin, model, colour, reg, km, ci, cc in p.vehicles]
    purchases = [[st.when(d), model, st.num(price), st.label(st.PAYMENT, pay),
                  st.label(st.PURCHASE_CHANNELS, channel)]
                 for d, model, price, pay, channel in p.purchases]
    services = [[st.when(d), plate or "", st.label(st.SERVICE_KINDS, kind), st.num(km), content,
                 st.num(float(cost), 2), adv] for d, plate, kind, km, content, cost, adv in p.services]
    leads = [[st.when(rec), model, f"{lv} {st.label(st.LEVELS, lv)}", st.label(st.LEAD_STATUS, status), owner,
              st.when(closed), st.defeat_reason(reason)] for rec, model, lv, status, owner, closed, reason in p.leads]
    history = [[st.when(at), f"#{lead}", f"{frm or '—'} → {to}", by, why]
               for at, lead, frm, to, by, why in p.level_history]
    contacts = [[st.when(at), st.label(st.CHANNELS, ch), by, content, result]
                for at, ch, by, content, result in p.interactions]
    complaints = [[st.when(rec), st.label(st.COMPLAINT_CATEGORIES, cat), st.label(st.COMPLAINT_STATUS, status),
                   content, resolution, st.when(done)]
                  for rec, cat, status, content, resolution, done in p.complaints]
    surveys = [[st.when(at), st.answer(o), st.answer(r), st.answer(rc), comments]
               for at, o, r, rc, comments in p.surveys]
    story = _basics(p) + _score(p)
    story += _section("车辆", ["车牌", "车架号", "车型", "颜色", "上牌日期", "里程", "交强险到期", "商业险到期"],
                      vehicles, [11, 21, 13, 7, 12, 9, 13, 13], right=(5,))
    story += _section("购车记录", ["日期", "车型", "价格（元）", "付款", "渠道"], purchases, [15, 30, 15, 10, 15],
                      right=(2,))
    story += _section("服务记录", ["日期", "车牌", "类型", "里程", "内容", "费用（元）", "顾问"], services,
                      [12, 11, 8, 9, 36, 12, 10], right=(3, 5))
    story += _section("线索", ["接收时间", "意向车型", "级别", "状态", "顾问", "关闭时间", "战败原因"], leads,
                      [16, 14, 12, 10, 10, 16, 14])
    story += _section("级别变化", ["时间", "线索", "变化", "操作人", "原因"], history, [18, 8, 12, 12, 40])
    story += _section("最近互动", ["时间", "方式", "人员", "内容", "结果"], contacts, [16, 8, 10, 44, 22])
    story += _section("投诉", ["收到", "类别", "状态", "内容", "处理结果", "解决时间"], complaints,
                      [15, 9, 8, 30, 24, 15])
    story += _section("满意度调查", ["日期", "总体满意度", "复购可能性", "推荐意愿", "意见"], surveys,
                      [16, 13, 13, 13, 45])
    doc.build_story(story)
