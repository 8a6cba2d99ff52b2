"""The demo store's orders carry realistic deal sheets (issue 28): about half financed, most insured through
the store, a third with a trade-in (the old car a vehicle sold to the store), accessories on most."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dealerdesk.services.demo.build import DemoOptions, generate_demo
from dealerdesk.store.db import close_store


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "deals.db"
    generate_demo(DemoOptions(path=path, customers=2000, seed=5, today=date(2026, 10, 15)))
    close_store()
    c = sqlite3.connect(path)
    yield c
    c.close()


def test_every_order_has_a_deal_sheet_with_the_usual_shares(con):
    orders = con.execute("SELECT count(*) FROM sales_order").fetchone()[0]
    assert orders > 300
    deals, insured, traded, with_lines = con.execute(
        "SELECT count(*), sum(insured), sum(trade_in), "
        "sum(EXISTS (SELECT 1 FROM deal_line l WHERE l.deal_id = deal.id)) FROM deal").fetchone()
    assert deals == orders
    financed = con.execute("SELECT count(*) FROM sales_order WHERE payment_method IN ('loan', 'lease')").fetchone()[0]
    assert 0.4 < financed / orders < 0.75
    assert 0.65 < insured / orders < 0.95 and 0.2 < traded / orders < 0.45 and with_lines / orders > 0.6
    # the deal price is the order's price; a financed order names its lender
    assert con.execute("SELECT count(*) FROM deal d JOIN sales_order o ON o.id = d.order_id "
                       "WHERE d.list_price - d.discount != o.price").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM deal d JOIN sales_order o ON o.id = d.order_id "
                       "WHERE o.payment_method = 'loan' AND d.lender = ''").fetchone()[0] == 0


def test_trade_ins_are_vehicles_sold_to_the_store(con):
    rows = con.execute("SELECT v.owner_id, t.from_customer_id, o.customer_id FROM deal d "
                       "JOIN vehicle v ON v.id = d.trade_vehicle_id JOIN sales_order o ON o.id = d.order_id "
                       "JOIN ownership_transfer t ON t.vehicle_id = v.id WHERE d.trade_in = 1").fetchall()
    traded = con.execute("SELECT count(*) FROM deal WHERE trade_in = 1").fetchone()[0]
    assert len(rows) == traded > 0
    assert all(owner is None and frm == cust for owner, frm, cust in rows)
