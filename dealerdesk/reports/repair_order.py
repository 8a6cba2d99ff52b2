"""The printed repair order (工单) and settlement sheet (结算单): one A4 document from plain service data.

Why one document for both: at check-in the customer signs the order with the quote; at hand-over the same
layout gains the final column, the differences against the quote, the discount and the payment, so the
customer compares like with like. Header, footer and fonts are the shared report layout (reports/layout.py).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from dealerdesk.domain import labels
from dealerdesk.domain import reception as rules
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import CONTENT_W, cell, facts_table, table, write_story
from dealerdesk.services.reception.orders import OrderDetail

APPROVAL = labels.APPROVAL
CHANNEL = labels.DECISION_CHANNEL
STATUS = labels.REPAIR_ORDER_STATUS
KIND = labels.LINE_KIND
SERVICE = labels.ORDER_SERVICE_KIND
PAY = labels.SETTLEMENT_PAYMENT


def _yuan(value: Decimal) -> str:
    return f"{value:,.2f}"


def _facts(order: OrderDetail) -> Table:
    pairs = [("工单号", order.number), ("状态", STATUS.get(order.status, order.status)),
             ("客户", order.customer_name), ("服务顾问", order.advisor_name),
             ("车牌", order.plate or "—"), ("车架号", order.vin or "—"),
             ("车型", order.model or "—"), ("服务类型", SERVICE.get(order.service_kind, order.service_kind)),
             ("接车时间", st.when(order.checked_in_at)), ("进厂里程", f"{order.mileage_km:,} 公里"),
             ("油量", f"{order.fuel_level}%"), ("预计完工", st.when(order.promised_at) or "—"),
             ("外观损伤", order.damage or "无"), ("随车物品", order.belongings or "无")]
    return facts_table(pairs)


def _points_rows(points) -> list[tuple[str, str]]:
    """The member-points lines of a settlement (services.loyalty.OrderPoints), or none."""
    if points is None:
        return []
    rows = []
    if points.spent:
        rows.append((f"积分抵扣（{points.spent:,} 分）", f"-{_yuan(points.spent_yuan)}"))
    return rows


def build_story(order: OrderDetail, settlement: rules.Settlement | None, points=None) -> list:
    title = "维修结算单" if settlement is not None else "维修工单"
    story: list = [Paragraph(f"{title}　{order.number}", st.TITLE),
                   Paragraph(f"{order.customer_name}　{order.plate}　接车 {st.when(order.checked_in_at)}", st.SUBTITLE),
                   _facts(order), Paragraph("客户描述", st.H2), Paragraph(order.complaint or "—", st.BODY),
                   Paragraph("维修项目与报价", st.H1)]
    base = [ln for ln in order.lines if not ln.is_extra]
    story.append(table(["项目", "类型", "名称", "数量", "单价", "报价金额", "实际金额"],
                       [[ln.job, KIND[ln.kind], ln.name, f"{ln.qty:g}", _yuan(ln.unit_price), _yuan(ln.quoted_total),
                         _yuan(ln.final_total)] for ln in base],
                       [18, 8, 22, 8, 12, 14, 14], align_right=(3, 4, 5, 6)))
    accepted = (f"报价合计 {_yuan(order.base_total)} 元，客户 {order.quote_accepted_by} 于 "
                f"{st.when(order.quote_accepted_at)} 确认。" if order.quote_accepted_at else "报价待客户确认。")
    story.append(Paragraph(accepted, st.SMALL))
    extras = [ln for ln in order.lines if ln.is_extra]
    if extras:
        story += [Paragraph("增项（维修中发现）", st.H1),
                  table(["增项", "名称", "金额", "客户意见", "答复方式", "答复人", "时间"],
                        [[ln.job, ln.name, _yuan(ln.quoted_total), APPROVAL[ln.approval],
                          CHANNEL.get(ln.decided_channel, ""), ln.decided_by, st.when(ln.decided_at)]
                         for ln in extras], [18, 20, 11, 10, 9, 10, 16], align_right=(2,))]
        if any(ln.approval == "declined" for ln in extras):
            story.append(Paragraph("客户暂不处理的增项已记入车辆档案，下次进厂时提醒。", st.SMALL))
    if settlement is not None:
        story += [Paragraph("结算", st.H1),
                  table(["名称", "报价", "实际", "差额"],
                        [[d.name, _yuan(d.quoted), _yuan(d.final), f"{d.difference:+,.2f}"]
                         for d in settlement.lines if d.difference != 0],
                        [40, 20, 20, 20], align_right=(1, 2, 3), empty="实际金额与报价一致"),
                  Spacer(1, 4)]
        totals = [("报价合计（含同意的增项）", settlement.quoted_total), ("实际合计", settlement.final_total),
                  ("与报价差额", settlement.difference), ("优惠", settlement.discount),
                  ("应付金额", settlement.payable)]
        rows = [[cell(k), cell(_yuan(v), st.CELL.clone("r", alignment=2))] for k, v in totals]
        for k, v in _points_rows(points):
            rows.append([cell(k), cell(v, st.CELL.clone("r", alignment=2))])
        if points is not None and points.spent:
            rows.append([cell("实付金额"), cell(_yuan(settlement.payable - points.spent_yuan),
                                              st.CELL.clone("r", alignment=2))])
        if order.discount_reason:
            rows.append([cell("优惠原因"), cell(order.discount_reason)])
        if order.payment_method:
            rows.append([cell("付款方式"), cell(PAY.get(order.payment_method, order.payment_method))])
        t = Table(rows, colWidths=[CONTENT_W * 0.3, CONTENT_W * 0.25], hAlign="RIGHT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, st.GRID),
                               ("BACKGROUND", (0, 4), (-1, 4), st.HEADER_BG)]))
        story.append(t)
        if points is not None:
            tier = labels.MEMBER_TIER.get(points.tier, points.tier)
            story.append(Paragraph(f"{tier}　本次获得积分 {points.earned:,} 分　使用 {points.spent:,} 分　"
                                   f"积分余额 {points.balance:,} 分", st.BODY))
    story += [Spacer(1, 18), Paragraph("客户签字：________________　　　服务顾问签字：________________　　　"
                                       "日期：____________", st.BODY)]
    return story


def write_repair_order(path: str | Path, order: OrderDetail, settlement: rules.Settlement | None = None, *,
                       store_name: str = "", logo: str | bytes = "", printed_at: dt.datetime | None = None,
                       store_line: str = "", points=None) -> Path:
    """Write the repair order (or, with `settlement`, the settlement sheet) as PDF to `path`; `points`
    (services.loyalty.OrderPoints) prints the member points spent, earned and the balance."""
    title = "维修结算单" if settlement is not None else "维修工单"
    return write_story(path, build_story(order, settlement, points), title=title, store_name=store_name, logo=logo,
                       store_line=store_line, printed_at=printed_at, subject=order.number)
