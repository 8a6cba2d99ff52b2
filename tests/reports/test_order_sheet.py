"""The printed 订车单 (issue 28): every line of the deal sheet, the totals the dialog shows and both signature
lines, in one A4 page for a full deal."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from dealerdesk.reports.order_sheet import write_order_sheet
from dealerdesk.services.sales import deals

from tests.services.conftest import store  # noqa: F401 (fixture)
from tests.services.sales.test_deals import MON, full_deal, order_for, people  # noqa: F401 (fixture)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext (poppler)")
def test_order_sheet_prints_every_line_and_the_totals(people, tmp_path):  # noqa: F811
    order_id = order_for(people)
    sheet = deals.save_deal(people["li"], order_id, full_deal(colour="珍珠白"), at=MON)
    out = write_order_sheet(tmp_path / "o.pdf", sheet, store_name="测试店", printed_at=dt.datetime(2026, 10, 12, 11))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    pages = text.count("\f")
    assert pages == 1, text
    t = sheet.totals
    for expected in ("订车单", "测试店", "张伟", "大众 帕萨特", "珍珠白", "脚垫", "行车记录仪", "贴膜", "赠送",
                     "人保财险", "平安银行", "本田飞度 2015", "粤B88888", "客户签字", "销售顾问签字",
                     f"{t.total:,}", f"{t.due_at_delivery:,}", f"-{t.financed:,}", "200,000", "-4,000"):
        assert expected in text, expected
