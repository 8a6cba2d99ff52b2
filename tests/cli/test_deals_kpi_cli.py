"""`kpi --month … --json` gains "deals", and the monthly PDF prints the same numbers (issue 28)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys

import pytest

from dealerdesk.domain import deals as rules
from dealerdesk.reports import styles as st
from dealerdesk.reports.deals_section import PENETRATION, deal_rows
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.reporting.summary import monthly_summary
from dealerdesk.services.sales import deals, leads
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import VehicleModel

from tests.factories import make_cli_user, make_user

AT = dt.datetime(2026, 10, 14, 11, 0)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("deals") / "t.db"
    open_store(path, create=True)
    li = make_user("li", "李顾问", "sales")
    model = VehicleModel.create(brand="丰田", name="凯美瑞", price=180000)
    for i, (payment, insured, trade, lines) in enumerate(
            [("loan", True, True, 2), ("full", True, False, 0), ("lease", False, False, 1)]):
        cust = create_customer(SYSTEM, CustomerInput(name=f"客户{i}", phones=[f"1390013900{i}"], owner_id=li.id))
        lead = leads.create_lead(li, leads.LeadInput(customer_id=cust.id, level="H", model_id=model.id,
                                                     received_at=AT), at=AT)
        leads.record_order(li, lead.id, leads.OrderInput(model_id=model.id, price=175000), at=AT)
        deals.save_deal(li, deals.open_order_of_lead(li, lead.id), rules.DealInput(
            list_price=180000, discount=3000 * i, payment=payment, lender="平安银行" if payment != "full" else "",
            loan_months=36 if payment != "full" else 0, down_payment=50000 if payment != "full" else 0,
            insured=insured, insurer="人保财险" if insured else "", compulsory_premium=950 if insured else 0,
            trade_in=trade, trade_model="飞度" if trade else "", trade_value=20000 if trade else 0,
            deposit=5000, deposit_on=AT.date(), warranty_years=i % 2, warranty_price=2000 * (i % 2),
            lines=[rules.AccessoryLine(f"精品{n}", 1000) for n in range(lines)]), at=AT)
    make_cli_user()
    close_store()
    return path


def run(db, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dealerdesk", "--db", str(db), *args], check=False,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


def test_kpi_json_has_the_deals_the_pdf_section_prints(db, tmp_path):
    r = run(db, "kpi", "--month", "2026-10", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)["deals"]
    assert (data["orders"], data["finance"], data["insurance"], data["trade_in"]) == (3, 2, 2, 1)
    assert (data["accessories"], data["extended_warranty"], data["deposits_open"]) == (2, 1, 3)
    assert data["finance_rate"] == pytest.approx(2 / 3) and data["accessories_per_car"] == 1000.0
    assert data["average_discount"] == 3000.0
    for key in ("orders", "finance", "insurance", "accessories", "trade_in", "extended_warranty",
                "deposits_open", "deposits_refunded"):
        assert type(data[key]) is int
    # the rows the PDF section renders, from the summary the PDF is built from
    open_store(db)
    try:
        summary = monthly_summary(SYSTEM, "2026-10")
    finally:
        close_store()
    rates, money = deal_rows(summary.deals)
    for (count, label, rate), row in zip(PENETRATION, rates, strict=True):
        assert row == [label, st.num(data[count]), st.pct(data[rate])]
    assert money[1] == ["单车精品产值（元）", st.num(data["accessories_per_car"])]
    assert money[2] == ["平均优惠（元）", st.num(data["average_discount"])]
    # and the printed PDF carries them
    out = tmp_path / "m.pdf"
    r = run(db, "report", "monthly", "--month", "2026-10", "-o", str(out))
    assert r.returncode == 0, r.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        assert "订车单指标" in text
        for label, count, pct in rates:
            line = next(x for x in text.splitlines() if label in x)
            assert count in line and pct in line, line
