"""The printed order / purchase confirmation (订车单 / 购车确认书) from a services.sales.deals.DealSheet.

Why every line and the formula on paper: seed 001 asks for a transparent purchase (费用构成、金融方案); the
customer checks the cost breakdown, the finance plan and what the trade-in and the deposit take off before
signing, so the sheet prints the same totals the dialog showed (domain/deals.totals) with the words of the
formula. Header, footer and fonts are the shared report layout (reports/layout.py).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from dealerdesk.domain import labels
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import CONTENT_W, cell, facts_table, table, write_story
from dealerdesk.services.sales.deals import DealSheet

TITLE = "订车单（购车确认书）"


def _yuan(value: int) -> str:
    return f"{value:,}"


def _pairs_table(pairs: list[tuple[str, str]]) -> Table:
    return facts_table(pairs, label_share=0.14)


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def build_story(sheet: DealSheet) -> list:
    d, t = sheet.deal, sheet.totals
    story: list = [Paragraph(f"{TITLE}　No. {sheet.order_id:06d}", st.TITLE),
                   Paragraph(f"{sheet.customer_name}　订车日期 {st.when(sheet.ordered_at, with_time=False)}　"
                             f"销售顾问 {sheet.consultant or '—'}", st.SUBTITLE),
                   Paragraph("客户与车辆", st.H2),
                   _pairs_table([("客户", sheet.customer_name), ("电话", sheet.customer_phone or "—"),
                                 ("车型", sheet.model_name or "—"), ("颜色", d.colour or "—"),
                                 ("车架号", d.vin or "待配车"), ("付款方式", labels.label(labels.PAYMENT, d.payment))])]
    if d.discount and sheet.discount_status != "none":
        story.append(Paragraph("优惠审批：" + labels.label(labels.DISCOUNT_STATUS, sheet.discount_status)
                               + (f"（{sheet.discount_by}）" if sheet.discount_by else ""), st.SMALL))
    if d.lines:
        story += [Paragraph("精品 / 装潢", st.H2),
                  table(["名称", "收费 / 赠送", "金额（元）"],
                        [[ln.name, "收费" if ln.charged else "赠送", _yuan(ln.price)] for ln in d.lines],
                        [44, 16, 20], align_right=(2,))]
    services: list[list[str]] = []
    if d.insured:
        services += [["保险（在店投保）", f"{d.insurer}，起保 {_date(d.insurance_start)}", ""],
                     ["　交强险", "", _yuan(d.compulsory_premium)], ["　商业险", d.insurance_cover, _yuan(d.commercial_premium)]]
    if d.registration:
        services.append(["上牌服务", f"车牌 {d.plate}" if d.plate else "车牌待发", _yuan(d.registration_fee)])
    if d.warranty_years:
        services.append(["延长保修", f"{d.warranty_years} 年", _yuan(d.warranty_price)])
    if services:
        story += [Paragraph("代办与服务", st.H2), table(["项目", "说明", "金额（元）"], services, [26, 40, 16],
                                                    align_right=(2,))]
    if d.payment in ("loan", "lease"):
        story += [Paragraph("金融方案", st.H2), _pairs_table([
            ("金融机构", d.lender), ("审批", labels.label(labels.LOAN_STATUS, d.loan_status)),
            ("首付", f"{_yuan(d.down_payment)} 元"), ("贷款金额", f"{_yuan(t.financed)} 元"),
            ("期限", f"{d.loan_months} 个月"), ("月供", f"{_yuan(d.monthly_payment)} 元")])]
    if d.trade_in:
        story += [Paragraph("置换（旧车）", st.H2), _pairs_table([
            ("车型", d.trade_model), ("车牌", d.trade_plate or "—"), ("车架号", d.trade_vin or "—"),
            ("里程", f"{d.trade_mileage_km:,} 公里"), ("估价", f"{_yuan(d.trade_value)} 元"),
            ("评估人", d.trade_valued_by or "—")])]
    if d.deposit:
        story += [Paragraph("定金", st.H2), _pairs_table([
            ("金额", f"{_yuan(d.deposit)} 元"), ("收取日期", _date(d.deposit_on)),
            ("可否退还", "可退" if d.deposit_refundable else "不可退"),
            ("状态", labels.label(labels.DEPOSIT_STATUS, d.deposit_status))])]
    charges = [("指导价", d.list_price), ("减：优惠", -d.discount), ("成交价", t.price), ("收费精品", t.accessories),
               ("上牌服务费", t.registration_fee), ("延保", t.warranty), ("保险费", t.insurance), ("应付合计", t.total)]
    credits = [("减：置换车估价", -t.trade_in), ("减：定金", -t.deposit), ("减：贷款金额", -t.financed),
               ("", None), ("", None), ("", None), ("", None), ("交车时应付", t.due_at_delivery)]
    right = st.CELL.clone("r", alignment=2)
    rows = [[cell(a), cell(_yuan(x), right), cell(b), cell("" if y is None else _yuan(y), right)]
            for (a, x), (b, y) in zip(charges, credits, strict=True)]
    totals = Table(rows, colWidths=[CONTENT_W * w for w in (0.22, 0.28, 0.22, 0.28)], hAlign="LEFT")
    totals.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, st.GRID),
                                ("BACKGROUND", (0, 2), (1, 2), st.HEADER_BG),
                                ("BACKGROUND", (0, 7), (-1, 7), st.HEADER_BG)]))
    story += [KeepTogether([Paragraph("费用合计（元）", st.H2), totals,
                            Paragraph("应付合计 = 成交价 + 收费精品 + 上牌服务费 + 延保 + 保险费；"
                                      "交车时应付 = 应付合计 − 置换车估价 − 定金 − 贷款金额。", st.SMALL),
                            Spacer(1, 18),
                            Paragraph("客户签字：________________　　　销售顾问签字：________________　　　"
                                      "日期：____________", st.BODY)])]
    return story


def write_order_sheet(path: str | Path, sheet: DealSheet, *, store_name: str = "", logo: str | bytes = "",
                      printed_at: dt.datetime | None = None, store_line: str = "") -> Path:
    """Write the 订车单 of `sheet` as PDF to `path`."""
    return write_story(path, build_story(sheet), title=TITLE, store_name=store_name, logo=logo,
                       store_line=store_line, printed_at=printed_at, subject=f"{sheet.order_id:06d}")


__all__ = ["TITLE", "build_story", "write_order_sheet"]
