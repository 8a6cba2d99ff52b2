"""Issue 22: an import keeps every customer it can. Store words in the level column mean what they say,
an unknown word is a warning (the field left empty), and a phone shared by two names is two customers."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import get_customer
from dealerdesk.services.search import search_customers
from dealerdesk.services.transfer.importer import preview, run_import
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer, CustomerPhone, Lead, User, VehicleModel


@pytest.fixture
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    User.create(login="liting", display_name="刘婷", role="sales")
    VehicleModel.create(brand="丰田", name="雷凌")
    yield tmp_path
    close_store()


def book(path, rows):
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_base_customer_words_import_every_row_without_a_lead(store):
    rows = [["客户姓名", "手机", "客户级别", "意向车型"]]
    words = ["基盘", "保有", "老客户", "基盘客户", "H", "成交", "战败", "订车"]
    for i, word in enumerate(words):
        rows.append([f"客户{i}", f"1380000{i:04d}", word, "雷凌"])
    result = run_import(SYSTEM, book(store / "base.xlsx", rows))
    assert (result.imported, result.rejected) == (len(words), 0), result.rejects
    assert not [w for w in result.warnings if w.column == "客户级别"]
    by_name = {c.name: c for c in Customer.select()}
    for i in range(4):  # 基盘/保有/老客户/基盘客户: base customers, no lead at all
        assert Lead.select().where(Lead.customer == by_name[f"客户{i}"]).count() == 0
        assert "意向车型：雷凌" in by_name[f"客户{i}"].needs
    levels = {lead.customer.name: (lead.level, lead.status) for lead in Lead.select()}
    assert levels == {"客户4": ("H", "open"), "客户5": ("D", "delivered"), "客户7": ("O", "open")}
    assert "战败" in by_name["客户6"].needs  # a lost lead: no open lead, the word kept in the notes


def test_unknown_word_is_a_warning_not_a_rejection(store):
    f = book(store / "odd.xlsx", [["姓名", "手机", "客户级别", "性别", "购车日期", "销售顾问"],
                                  ["甲", "13800000001", "意向很强", "男", "2024-01-05", "刘婷"],
                                  ["乙", "13800000002", "B", "两性", "不详", "不认识"]])
    result = run_import(SYSTEM, f)
    assert (result.imported, result.rejected) == (2, 0)
    warned = {(w.row, w.column, w.value) for w in result.warnings}
    assert warned == {(2, "客户级别", "意向很强"), (3, "性别", "两性"), (3, "购车日期", "不详"), (3, "销售顾问", "不认识")}
    jia = Customer.get(Customer.name == "甲")
    assert Lead.select().where(Lead.customer == jia).count() == 0  # the level left empty: no lead made up
    yi = Customer.get(Customer.name == "乙")
    assert yi.gender == "" and yi.owner is None
    assert Lead.get(Lead.customer == yi).level == "B"


def test_two_names_on_one_phone_are_two_customers_found_by_search(store):
    f = book(store / "family.xlsx", [["姓名", "手机"], ["王大明", "13800000001"], ["李秀英", "13800000001"],
                                     ["王大明", "13800000001"]])
    result = run_import(SYSTEM, f)
    assert (result.imported, result.rejected, result.skipped) == (2, 1, 0)  # row 4 repeats row 2
    assert "第2行" in result.rejects[0].reason
    assert [(w.row, w.column, w.value) for w in result.warnings] == [(3, "手机", "13800000001")]
    assert "共用电话" in result.warnings[0].reason
    holders = {c.name for c in Customer.select().join(CustomerPhone).where(CustomerPhone.digits == "13800000001")}
    assert holders == {"王大明", "李秀英"}
    assert {h.name for h in search_customers(SYSTEM, "13800000001")} == {"王大明", "李秀英"}
    for c in Customer.select():  # flagged (derived) on both: a family's or a company's phone
        assert get_customer(SYSTEM, c.id).shared_phones == ["13800000001"]
    # the store already has both: a third name on that phone is a third customer; the same names are skipped
    again = run_import(SYSTEM, book(store / "again.xlsx", [["姓名", "手机"], ["李秀英", "13800000001"],
                                                           ["王小红", "13800000001"]]))
    assert (again.skipped, again.imported) == (1, 1)
    assert any(w.row == 3 and "共用电话" in w.reason for w in again.warnings)
    assert {h.name for h in search_customers(SYSTEM, "13800000001")} == {"王大明", "李秀英", "王小红"}


def test_preview_shows_excel_date_serials_as_dates(store):
    f = book(store / "dates.xlsx", [["姓名", "手机", "购车日期", "生日", "备注"],
                                    ["甲", "13800000001", 45415, 29000, 45415]])
    shown = preview(SYSTEM, f)
    assert shown.sample[0][1][2:] == ["2024-05-03", "1979-05-25", "45415"]  # 备注 is no date column
    assert shown.cell(0, 4, "purchase_date") == "2024-05-03"  # the wizard maps 备注 to a date: shown as one
    assert shown.cell(0, 2, None) == "45415"  # and 购车日期 to nothing: the number as typed


def test_a_phone_on_an_unassigned_range_is_imported_with_a_warning(store):
    """Issue 29: 140 is a data-only range (libphonenumber), 0300 no area code: each row is imported with its
    number as typed and a warning row names the cell; an assigned range gives none."""
    f = book(store / "ranges.xlsx", [["姓名", "手机"], ["甲", "14012345678"], ["乙", "0300-2345678"],
                                     ["丙", "13912349876"]])
    result = run_import(SYSTEM, f)
    assert (result.imported, result.rejected) == (3, 0)
    warned = {(w.row, w.column, w.value): w.reason for w in result.warnings}
    assert set(warned) == {(2, "手机", "14012345678"), (3, "手机", "0300-2345678")}
    assert "140 号段" in warned[(2, "手机", "14012345678")] and "0300" in warned[(3, "手机", "0300-2345678")]
    assert {p.phone for p in CustomerPhone.select()} == {"14012345678", "0300-2345678", "13912349876"}
