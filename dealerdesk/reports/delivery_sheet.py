"""The printed delivery checklist (交车确认单): the car, every checklist item with its tick, the reason for
the items not done, the insurance bought at delivery, and the customer's and the consultant's signatures.

Why printed: the customer signs that the car, its documents and keys were handed over; an item not done is
on the paper with its reason, so the later "you never gave me the second key" has an answer. The items
come from the sheet's data in the order declared in domain/delivery_checklist.py; the header and fonts are
the shared report layout (reports/layout.py), as the repair order's.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Paragraph, Spacer, Table

from dealerdesk.domain import delivery_checklist as rules
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import facts_table, table, write_story
from dealerdesk.services.sales.delivery import DeliverySheet, SheetItem

TITLE = "交车确认单"
DONE, NOT_DONE, BLANK = "√ 已完成", "× 未完成", "□"


def _yuan(value: Decimal | int) -> str:
    return f"{value:,.2f}"


def _facts(sheet: DeliverySheet) -> Table:
    pairs = [("客户", sheet.customer_name), ("销售顾问", sheet.consultant or "—"),
             ("车型", sheet.model or "—"), ("颜色", sheet.colour or "—"),
             ("车架号", sheet.vin or "—"), ("车牌", sheet.plate or "（待上牌）"),
             ("交车时间", st.when(sheet.delivered_at) or "—"),
             ("上牌日期", st.when(sheet.registration_date, with_time=False) or "—"),
             ("交车里程", f"{sheet.mileage_km:,} 公里"), ("成交价", f"{_yuan(sheet.price)} 元")]
    return facts_table(pairs)


def _tick(item: SheetItem) -> str:
    return BLANK if item.done is None else DONE if item.done else NOT_DONE


def _note(item: SheetItem) -> str:
    if item.code == rules.KEYS:
        return f"{item.quantity} 把" if item.done else "____ 把"
    return ""


def build_story(sheet: DeliverySheet) -> list:
    story: list = [Paragraph(TITLE, st.TITLE),
                   Paragraph(f"{sheet.customer_name}　{sheet.model}　{sheet.plate or sheet.vin}", st.SUBTITLE),
                   _facts(sheet), Paragraph("交车项目", st.H1),
                   table(["序号", "项目", "确认", "备注"],
                         [[str(n), item.label, _tick(item), _note(item)] for n, item in enumerate(sheet.items, 1)],
                         [8, 52, 18, 22])]
    missing = [item.label for item in sheet.items if item.done is False]
    if missing:
        story += [Paragraph("未完成项目及原因", st.H2),
                  Paragraph(f"{'、'.join(missing)}：{sheet.reason or '—'}", st.BODY)]
    elif all(item.done is None for item in sheet.items):
        story.append(Paragraph("请逐项确认后在“确认”栏打 √；未完成的项目请写明原因。", st.SMALL))
    if sheet.insurer:
        story += [Paragraph("随车投保", st.H1),
                  table(["保险公司", "交强险保费", "交强险到期", "商业险保费", "商业险到期", "商业险险种"],
                        [[sheet.insurer, _yuan(sheet.compulsory_premium),
                          st.when(sheet.compulsory_until, with_time=False) or "—", _yuan(sheet.commercial_premium),
                          st.when(sheet.commercial_until, with_time=False) or "—", sheet.cover or "—"]],
                        [16, 13, 14, 13, 14, 30], align_right=(1, 3))]
    story += [Spacer(1, 10),
              Paragraph("本人已验收上述车辆，随车文件、钥匙和附件已按上表交付；车辆功能和保养事项已听取讲解。", st.BODY),
              Spacer(1, 22),
              Paragraph("客户签字：________________　　　销售顾问签字：________________　　　日期：____________",
                        st.BODY)]
    if not sheet.confirmed:
        story += [Spacer(1, 6), Paragraph("（交车前打印，以系统确认交车为准）", st.SMALL)]
    return story


def write_delivery_sheet(path: str | Path, sheet: DeliverySheet, *, store_name: str = "", logo: str | bytes = "",
                         printed_at: dt.datetime | None = None, store_line: str = "") -> Path:
    """Write the 交车确认单 as PDF to `path`."""
    return write_story(path, build_story(sheet), title=TITLE, store_name=store_name, logo=logo,
                       store_line=store_line, printed_at=printed_at,
                       subject=sheet.plate or sheet.vin or sheet.customer_name)
