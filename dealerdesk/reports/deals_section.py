"""The deal figures' section of the monthly summary PDF (订车单指标, issue 28).

Why a function returning the rows apart from the flowables: a test compares the numbers this section prints
with the `deals` object of `kpi --json`, both from the same services.reporting.deals.DealFigures.
"""
from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import table
from dealerdesk.services.reporting.deals import DealFigures

#: (JSON key of the count, label, JSON key of the rate)
PENETRATION = (("finance", "金融渗透率", "finance_rate"), ("insurance", "保险渗透率", "insurance_rate"),
               ("trade_in", "置换率", "trade_in_rate"), ("extended_warranty", "延保率", "extended_warranty_rate"),
               ("accessories", "精品渗透率", "accessories_rate"))


def deal_rows(f: DealFigures) -> tuple[list[list[str]], list[list[str]]]:
    """The two tables as printed text: penetration (label, orders with it, rate) and money (label, value)."""
    data = f.to_json()
    rates = [[label, st.num(data[count]), st.pct(data[rate])] for count, label, rate in PENETRATION]
    money = [["订单数", st.num(f.orders)],
             ["单车精品产值（元）", st.num(f.accessories_per_car)],
             ["平均优惠（元）", st.num(f.average_discount)],
             ["定金已收未转（笔 / 元）", f"{st.num(f.deposits_open)} / {st.num(f.deposits_open_amount)}"],
             ["定金已退（笔 / 元）", f"{st.num(f.deposits_refunded)} / {st.num(f.deposits_refunded_amount)}"]]
    return rates, money


def deals_section(f: DealFigures) -> list:
    rates, money = deal_rows(f)
    return [Paragraph("订车单指标", st.H1),
            Paragraph(f"本月订单（不含退订）{f.orders} 台；渗透率 = 含该项的订单 / 订单数。", st.SMALL),
            KeepTogether(table(["指标", "订单数", "比率"], rates, [30, 14, 14], align_right=(1, 2))),
            Spacer(1, 8),
            KeepTogether(table(["项目", "数值"], money, [40, 24], align_right=(1,))),
            Paragraph("金融 = 贷款或租赁付款；保险 = 在本店投保；精品 = 至少一行收费精品/装潢（赠送不计）；"
                      "单车精品产值 = 收费精品金额 ÷ 订单数；平均优惠 = 优惠合计 ÷ 订单数；"
                      "定金按本月订单统计（已退的含退订订单）。没有订车单的订单按不含任何项目计。", st.SMALL)]


__all__ = ["PENETRATION", "deal_rows", "deals_section"]
