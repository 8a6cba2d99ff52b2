"""A store's order sheet (订车/交车台账) imports with its deal columns (issue 28): 成交价 and 贷款 on the purchase,
保险公司, 交车日期, 车架号, 车牌 on the car, and 定金, 置换, 精品 (and a lender's name) kept in the customer's notes
until the order carries them. An unreadable price is left out with a warning; the row still comes in."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.import_words import loan_word, parse_yuan
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.transfer.fields import auto_mapping
from dealerdesk.services.transfer.importer import run_import
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer, Purchase, Vehicle

HEAD = ["客户姓名", "联系电话", "车型", "成交价", "定金", "贷款", "置换", "保险公司", "精品", "交车日期", "车架号", "车牌"]


@pytest.fixture
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    yield tmp_path
    close_store()


def book(path, rows):
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_the_order_sheet_headers_map_to_their_fields():
    assert sorted(auto_mapping(HEAD).values()) == sorted(
        ["name", "phone", "model", "price", "deposit", "loan", "trade_in", "insurer", "accessories", "purchase_date",
         "vin", "plate"])


def test_order_sheet_rows_import_with_the_deal_values(store):
    f = book(store / "orders.xlsx", [
        HEAD,
        ["张三", "13812345678", "帕萨特", "198,000", "5000", "工商银行", "是（旧车 粤B11111 朗逸）", "人保财险",
         "脚垫、贴膜", "2026-10-08", "LSVAB2AB1CN000001", "粤B12345"],
        ["李四", "13912345678", "途观L", "23.5万", 3000, "否", "否", "平安", None, dt.datetime(2026, 10, 9),
         "LSVAB2AB1CN000002", "粤B54321"],
        ["王五", "13712345678", "朗逸", "十万", None, "按揭", None, None, None, "2026-10-10", None, "粤B67890"],
    ])
    result = run_import(SYSTEM, f)
    assert (result.imported, result.rejected) == (3, 0), result.rejects
    zhang = Customer.get(Customer.name == "张三")
    car = Vehicle.get(Vehicle.owner == zhang.id)
    assert (car.vin, car.plate, car.insurer, car.delivered_on) == (
        "LSVAB2AB1CN000001", "粤B12345", "人保财险", dt.date(2026, 10, 8))
    buy = Purchase.get(Purchase.customer == zhang.id)
    assert (buy.price, buy.payment_method, buy.purchased_on) == (198000, "loan", dt.date(2026, 10, 8))
    for line in ("定金：5000", "贷款：工商银行", "置换：是(旧车 粤B11111 朗逸)", "精品：脚垫、贴膜"):  # text cleaning: half-width brackets
        assert line in zhang.needs
    li = Customer.get(Customer.name == "李四")
    assert (Purchase.get(Purchase.customer == li.id).price, Purchase.get(Purchase.customer == li.id).payment_method) \
        == (235000, "full")
    assert "贷款" not in li.needs and "置换：否" in li.needs
    wang = Customer.get(Customer.name == "王五")
    buy = Purchase.get(Purchase.customer == wang.id)
    assert (buy.price, buy.payment_method) == (0, "loan")  # the unreadable price is left out …
    assert any("成交价" in w.reason and "十万" == w.value for w in result.warnings)  # … with a warning


@pytest.mark.parametrize("cell, amount", [("198000", 198000), ("198,000 元", 198000), ("¥198000.00", 198000),
                                          ("19.8万", 198000), (235000.0, 235000)])
def test_amount_cells(cell, amount):
    assert parse_yuan(cell) == amount


def test_an_amount_that_is_not_a_number_is_refused():
    with pytest.raises(InvalidInput):
        parse_yuan("十万")


@pytest.mark.parametrize("cell, expected", [("是", ("loan", "")), ("否", ("full", "")), ("全款", ("full", "")),
                                            ("按揭", ("loan", "")), ("融资租赁", ("lease", "")),
                                            ("大众金融", ("loan", "大众金融")), ("", ("", ""))])
def test_loan_cells(cell, expected):
    assert loan_word(cell) == expected
