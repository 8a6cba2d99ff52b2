"""The printed 交车确认单: every checklist item with its tick, the gap's reason, the insurance, signatures."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pypdf import PdfReader

from dealerdesk.domain import delivery_checklist as rules
from dealerdesk.reports.delivery_sheet import write_delivery_sheet
from dealerdesk.services.sales.delivery import DeliverySheet, SheetItem


def sheet(done=None, **kw) -> DeliverySheet:
    items = [SheetItem(code, rules.item_label(code), None if done is None else code in done,
                       2 if code == "keys" else 0) for code in rules.ITEMS]
    base = dict(customer_name="张伟", consultant="李顾问", model="帕萨特", colour="星空蓝", vin="LSVAB2AB1CN000001",
                plate="粤B12345", delivered_at=dt.datetime(2026, 10, 21, 10, 30), registration_date=None,
                mileage_km=12, price=198000, items=items, confirmed=True)
    base.update(kw)
    return DeliverySheet(**base)


def text_of(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_sheet_prints_every_item_its_tick_the_reason_the_insurance_and_signatures(tmp_path):
    data = sheet(done=set(rules.ITEMS) - {"photo"}, reason="客户赶时间，未合影", insurer="人保财险",
                 compulsory_premium=Decimal("950"), commercial_premium=Decimal("4321.5"), cover="车损险、三者险 200 万",
                 compulsory_until=dt.date(2027, 10, 20), commercial_until=dt.date(2027, 10, 20))
    path = write_delivery_sheet(tmp_path / "d.pdf", data, store_name="顺达汽车 4S 店",
                                printed_at=dt.datetime(2026, 10, 21, 11, 0))
    text = text_of(path)
    for code in rules.ITEMS:
        assert rules.item_label(code) in text
    assert text.count("√ 已完成") == len(rules.ITEMS) - 1 and text.count("× 未完成") == 1
    assert "客户赶时间，未合影" in text and "2 把" in text
    assert "人保财险" in text and "4,321.50" in text and "2027-10-20" in text
    assert "客户签字" in text and "销售顾问签字" in text and "顺达汽车 4S 店" in text
    assert "粤B12345" in text and "LSVAB2AB1CN000001" in text


def test_sheet_printed_before_confirming_has_empty_boxes(tmp_path):
    text = text_of(write_delivery_sheet(tmp_path / "d.pdf", sheet(confirmed=False)))
    assert "√ 已完成" not in text and "× 未完成" not in text and "未完成项目" not in text and "交车前打印" in text
