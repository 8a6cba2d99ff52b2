"""Importer service on workbooks built here: messy layouts, normalisation, duplicates, all-or-nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from dealerdesk.domain.errors import PermissionDenied
from dealerdesk.services.auth import SYSTEM, Actor
from dealerdesk.services.search import search_customers
from dealerdesk.services.transfer.fields import load_mapping, save_mapping
from dealerdesk.services.transfer.importer import ImportOptions, preview, run_import
from dealerdesk.store.db import close_store, integrity_problems, open_store
from dealerdesk.store.models import (
    AuditLog,
    Customer,
    CustomerPhone,
    FollowUp,
    Lead,
    Purchase,
    SearchKey,
    User,
    Vehicle,
    VehicleModel,
)

VIN_OK = "LVGBE40E3TG000001"  # check digit right
VIN_BAD = "LVGBE40E5TG000001"  # check digit wrong (warning only)


@pytest.fixture
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    User.create(login="liting", display_name="刘婷", role="sales")
    VehicleModel.create(brand="丰田", name="雷凌")
    yield tmp_path
    close_store()


def book(path, rows, title=None, merges=(), sheet="客户"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def counts():
    return {m.__name__: m.select().count() for m in (Customer, CustomerPhone, Vehicle, Purchase, Lead, FollowUp,
                                                     SearchKey)}


def test_messy_sheet_title_merged_blank_and_totals(store):
    f = book(store / "a.xlsx", [
        ["序号", "客户姓名", "联系电话", "车牌号", "车架号", "购买车型", "购车日期", "客户级别", "销售顾问", "性别"],
        [1, " 张  三 ", "＋86 138-1234-5678 / 010-62345678", "粤b 12345", VIN_OK, "雷凌", "2024年1月5日", "h", "刘婷", "男"],
        [2, "李四", 13912345678, None, None, None, dt.datetime(2024, 1, 5), "a级", None, "F"],
        [],
        [3, "王五", "13712345678", "粤B54321", None, "卡罗拉", 45296, None, "不认识的人", "女"],
        ["合计", "3人"],
        ["注：本表由前台整理"],
    ], title="XX丰田4S店 客户明细表 2024", merges=["I3:I4"])
    result = run_import(SYSTEM, f)
    assert (result.rows, result.imported, result.rejected) == (3, 3, 0), result.rejects
    assert result.header_row == 2 and result.junk_rows == 2
    zhang = Customer.get(Customer.name == "张三")
    assert zhang.gender == "M" and zhang.owner.login == "liting"
    assert [p.phone for p in zhang.phones.order_by(CustomerPhone.id)] == ["13812345678", "010-62345678"]
    li = Customer.get(Customer.name == "李四")
    assert li.owner.login == "liting"  # the merged consultant cell I3:I4 covers row 4
    assert li.gender == "F"
    car = Vehicle.get(Vehicle.vin == VIN_OK)
    assert car.plate == "粤B12345" and car.model.name == "雷凌" and car.delivered_on == dt.date(2024, 1, 5)
    assert Purchase.get(Purchase.vehicle == car).purchased_on == dt.date(2024, 1, 5)
    wang = Customer.get(Customer.name == "王五")
    assert wang.owner is None and any(w.value == "不认识的人" and w.column == "销售顾问" for w in result.warnings)
    assert Vehicle.get(Vehicle.plate == "粤B54321").model_name == "卡罗拉"
    lead = Lead.get(Lead.customer == zhang)
    assert lead.level == "H" and lead.status == "open" and lead.owner.login == "liting"
    assert FollowUp.select().where(FollowUp.lead == lead, FollowUp.status == "planned").count() == 1
    assert Lead.get(Lead.customer == li).level == "A"
    assert [p.vehicle_id for p in Purchase.select().where(Purchase.customer == li)] == [None]  # no VIN/plate
    hits = {h.id for h in search_customers(SYSTEM, "5678")} & {zhang.id}
    assert hits == {zhang.id}
    assert [h.id for h in search_customers(SYSTEM, "粤B54321")] == [wang.id]
    assert integrity_problems() == []
    assert AuditLog.get(AuditLog.action == "import").detail


def test_bad_rows_rejected_with_row_numbers_and_fixed_rejects_reimport(store):
    """Only a row that cannot become a customer is rejected (no name; no usable phone, VIN or plate); a bad
    VIN next to a good phone, a bad birthday or e-mail leave that field empty with a warning (issue 22)."""
    f = book(store / "b.xlsx", [
        ["姓名", "手机", "车架号", "生日", "邮箱"],
        ["好人", "13800000001", None, "1980/2/3", None],
        ["坏手机", "12345", None, None, None],
        ["", "13800000003", None, None, None],
        ["坏车架", "13800000004", "ABC", None, None],
        ["坏日期", "13800000005", None, "明年", "a@b"],
        ["校验位", "13800000006", VIN_BAD, None, None],
    ])
    rejects = store / "rej.xlsx"
    result = run_import(SYSTEM, f, ImportOptions(rejects_path=rejects))
    assert (result.imported, result.rejected) == (4, 2)
    reasons = {r.row: r.reason for r in result.rejects}
    assert set(reasons) == {3, 4}
    assert "手机" in reasons[3] and "12345" in reasons[3]
    assert "姓名" in reasons[4]
    warned = {(w.row, w.column, w.value) for w in result.warnings}
    assert {(5, "车架号", "ABC"), (6, "生日", "明年"), (6, "邮箱", "a@b"), (7, "车架号", VIN_BAD)} <= warned
    assert not any(w.row in (3, 4) for w in result.warnings)  # a rejected row's reason is in the rejects sheet
    assert Customer.get(Customer.name == "坏车架").vehicles.count() == 0
    odd = Customer.get(Customer.name == "坏日期")
    assert odd.birthday is None and odd.email == ""
    wb = load_workbook(rejects)
    assert wb.sheetnames == ["错误行", "警告"]
    rows = list(wb["错误行"].values)
    assert rows[0] == ("姓名", "手机", "车架号", "生日", "邮箱", "错误原因")
    assert [r[0] for r in rows[1:]] == ["坏手机", None]
    notes = list(wb["警告"].values)
    assert notes[0] == ("行号", "列", "内容", "原因")
    assert (6, "生日", "明年") in [r[:3] for r in notes[1:]]
    # the clerk fixes the rows in the rejects file and imports it again
    ws = wb["错误行"]
    ws["B2"] = "13800000002"
    ws["A3"] = "无名氏"
    del wb["警告"]
    wb.save(rejects)
    again = run_import(SYSTEM, rejects)
    assert (again.rows, again.imported, again.rejected) == (2, 2, 0), again.rejects
    assert Customer.select().count() == 6


def test_duplicates_in_file_per_choice(store):
    rows = [["姓名", "手机", "车架号", "车牌号"],
            ["赵一", "13800000001", VIN_OK, "粤B11111"],
            ["赵一", "13800000001", None, "粤B22222"],
            ["钱二", "13800000002", None, "粤B11111"]]
    f = book(store / "d.xlsx", rows)
    skip = run_import(SYSTEM, f, ImportOptions(dry_run=True))
    assert (skip.imported, skip.rejected) == (1, 2)
    assert "第2行" in skip.rejects[0].reason
    result = run_import(SYSTEM, f, ImportOptions(on_duplicate="update"))
    assert (result.imported, result.rejected) == (3, 0)
    assert Customer.select().count() == 1  # three rows, one customer with two vehicles
    assert sorted(v.plate for v in Vehicle.select()) == ["粤B11111", "粤B22222"]


def test_duplicates_against_store(store):
    first = book(store / "1.xlsx", [["姓名", "手机", "车架号", "级别"], ["孙三", "13800000001", VIN_OK, "C"]])
    run_import(SYSTEM, first)
    second = book(store / "2.xlsx", [["姓名", "手机", "车架号", "级别", "城市"],
                                     ["孙三", "13800000001 13900000009", None, "A", "广州"]])
    skipped = run_import(SYSTEM, second)
    assert (skipped.skipped, skipped.imported, skipped.updated) == (1, 0, 0)
    updated = run_import(SYSTEM, second, ImportOptions(on_duplicate="update"))
    assert updated.updated == 1 and Customer.select().count() == 1
    sun = Customer.get()
    assert sun.city == "广州"
    assert sorted(p.phone for p in sun.phones) == ["13800000001", "13900000009"]
    assert [(lead.level, lead.status) for lead in Lead.select()] == [("A", "open")]
    assert [h.id for h in search_customers(SYSTEM, "13900000009")] == [sun.id]
    created = run_import(SYSTEM, second, ImportOptions(on_duplicate="create"))
    assert created.imported == 1 and Customer.select().count() == 2
    same_car = book(store / "3.xlsx", [["姓名", "手机", "车架号"], ["周四", "13600000000", VIN_OK]])
    refused = run_import(SYSTEM, same_car, ImportOptions(on_duplicate="create"))
    assert refused.rejected == 1 and Vehicle.select().count() == 1


def test_dry_run_and_cancel_leave_store_unchanged(store):
    f = book(store / "c.xlsx", [["姓名", "手机", "车牌号", "级别"]]
             + [[f"客户{i}", f"138{i:08d}", None, "B"] for i in range(3000)])
    before = counts()
    dry = run_import(SYSTEM, f, ImportOptions(dry_run=True))
    assert dry.imported == 3000 and counts() == before

    class Stop(Exception):
        pass

    def progress(done, total, stage):
        if stage == "write" and done >= 2000:
            raise Stop()

    with pytest.raises(Stop):
        run_import(SYSTEM, f, progress=progress)
    assert counts() == before and integrity_problems() == []
    assert run_import(SYSTEM, f).imported == 3000


def test_csv_encodings_and_separators(store):
    text = "客户名称,手机号,购车日期,车牌\n张三,13800000001,2024.1.5,粤B12345\n李四,13800000002,20240105,\n"
    (store / "gbk.csv").write_bytes(text.encode("gbk"))
    (store / "bom.csv").write_bytes(text.replace("13800000001", "13800000011")
                                    .replace("13800000002", "13800000012").replace("粤B12345", "粤B12347")
                                    .encode("utf-8-sig"))
    (store / "tab.csv").write_bytes(text.replace(",", "\t").replace("张三", "张三丰").replace("李四", "李四光")
                                    .replace("1380000000", "1370000000").replace("粤B12345", "粤B12346")
                                    .encode("utf-8"))
    for name in ("gbk.csv", "bom.csv", "tab.csv"):
        result = run_import(SYSTEM, store / name)
        assert (result.imported, result.rejected) == (2, 0), (name, result.rejects)
    assert Customer.select().count() == 6
    assert Vehicle.get(Vehicle.plate == "粤B12346").delivered_on == dt.date(2024, 1, 5)


def test_xls(store):
    xlwt = pytest.importorskip("xlwt")
    wb = xlwt.Workbook()
    ws = wb.add_sheet("客户")
    ws.write_merge(0, 0, 0, 3, "客户名单")
    for c, h in enumerate(["姓名", "电话", "交车日期", "车牌号码", "顾问"]):
        ws.write(1, c, h)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(2, 0, "吴六")
    ws.write(2, 1, 13800000001)
    ws.write(2, 2, dt.datetime(2024, 1, 5), date_style)
    ws.write(2, 3, "粤B12345")
    ws.write_merge(2, 3, 4, 4, "刘婷")
    ws.write(3, 0, "郑七")
    ws.write(3, 1, "13800000002")
    wb.save(str(store / "old.xls"))
    result = run_import(SYSTEM, store / "old.xls")
    assert (result.imported, result.rejected, result.header_row) == (2, 0, 2), result.rejects
    assert Vehicle.get().delivered_on == dt.date(2024, 1, 5)
    assert Customer.get(Customer.name == "郑七").owner.login == "liting"


def test_preview_sheets_and_saved_mapping(store):
    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["本文件由系统导出"])
    ws = wb.create_sheet("数据")
    ws.append(["名", "号码", "备注"])
    ws.append(["冯八", "13800000001", "关注SUV"])
    wb.save(store / "m.xlsx")
    p = preview(SYSTEM, store / "m.xlsx", sheet="数据")
    assert p.sheets == ["说明", "数据"] and p.mapping == {2: "note"}
    mapping = {0: "name", 1: "phone", 2: "note"}
    save_mapping(store / "map.json", p.headers, mapping)
    saved = load_mapping(store / "map.json")
    assert preview(SYSTEM, store / "m.xlsx", sheet="数据", saved_mapping=saved).mapping == mapping
    result = run_import(SYSTEM, store / "m.xlsx", ImportOptions(sheet="数据", saved_mapping=saved))
    assert result.imported == 1 and Customer.get().needs == "关注SUV"


def test_permission(store):
    f = book(store / "p.xlsx", [["姓名", "手机"], ["甲乙", "13800000001"]])
    with pytest.raises(PermissionDenied):
        run_import(Actor(id=1, login="liting", role="sales"), f)


def schema():
    from dealerdesk.store.db import db

    return sorted(db.obj.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())


@pytest.mark.sqlite_only("the bulk fast path drops and rebuilds SQLite's indexes (read from sqlite_master)")
def test_large_import_cancelled_or_failed_keeps_every_index(store, monkeypatch):
    """> 5,000 rows into a small store: indexes are dropped and rebuilt inside the import's transaction,
    so a cancel (while writing, or just before the rebuild) or an error leaves the schema as it was."""
    from dealerdesk.services.transfer import write as importer_write

    f = book(store / "big.xlsx", [["姓名", "手机", "车牌号", "购车日期", "级别"]]
             + [[f"客户{i}", f"138{i:08d}", f"粤B{i:05d}", "2024-01-05", "B"] for i in range(6000)])
    before, rows_before = schema(), counts()

    class Stop(Exception):
        pass

    for when in ("write", "keys"):
        def progress(done, total, stage, when=when):
            if stage == when and (when == "keys" or done >= 5500):
                raise Stop()

        with pytest.raises(Stop):
            run_import(SYSTEM, f, progress=progress)
        assert schema() == before and counts() == rows_before and integrity_problems() == []

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    real_flush = importer_write._Table.flush
    calls = {"n": 0}

    def failing_flush(self):
        calls["n"] += 1
        if calls["n"] > 12:
            boom()
        real_flush(self)

    monkeypatch.setattr(importer_write._Table, "flush", failing_flush)
    with pytest.raises(RuntimeError):
        run_import(SYSTEM, f)
    assert schema() == before and counts() == rows_before and integrity_problems() == []
    monkeypatch.undo()

    result = run_import(SYSTEM, f)
    assert result.imported == 6000 and schema() == before and integrity_problems() == []
    keys = SearchKey.select(SearchKey.customer, SearchKey.vehicle, SearchKey.kind, SearchKey.key).tuples()
    assert len(keys) > 6000 * 10 and [r for r in keys if r[2] == "plate" and r[3] == "粤B05999"]
    assert [h.id for h in search_customers(SYSTEM, "粤B05999")] == [Customer.get(Customer.name == "客户5999").id]


@pytest.mark.sqlite_only("the bulk fast path drops and rebuilds SQLite's indexes (read from sqlite_master)")
def test_bulk_load_rolls_back_its_block_and_keeps_unique_indexes(store):
    from dealerdesk.store.bulk import bulk_load, droppable_indexes
    from dealerdesk.store.db import db

    before = schema()
    assert "vehicle_vin" not in [n for n, _ in droppable_indexes([Vehicle])]  # UNIQUE: a constraint, kept
    with pytest.raises(ZeroDivisionError), db.atomic(), bulk_load([SearchKey, Vehicle]) as dropped:
        assert dropped and not {n for n, _ in droppable_indexes([SearchKey, Vehicle])}
        SearchKey.insert(customer=None, vehicle=None, kind="name", key="x").execute()
        raise ZeroDivisionError
    assert schema() == before and SearchKey.select().count() == 0
    with db.atomic(), bulk_load([SearchKey]):
        SearchKey.insert(customer=None, vehicle=None, kind="name", key="x").execute()
    assert schema() == before and SearchKey.select().count() == 1


@pytest.mark.sqlite_only("SQLite's page cache (PRAGMA cache_size)")
def test_bulk_load_holds_the_page_cache_small_and_restores_it(store):
    from dealerdesk.store.bulk import BULK_CACHE_KIB, bulk_load
    from dealerdesk.store.db import db

    def cache_size():
        return db.obj.execute_sql("PRAGMA cache_size").fetchone()[0]

    before = cache_size()
    assert -before > BULK_CACHE_KIB  # the store's own setting is larger
    with db.atomic(), bulk_load([SearchKey]):
        assert cache_size() == -BULK_CACHE_KIB
    assert cache_size() == before
    with pytest.raises(ZeroDivisionError), db.atomic(), bulk_load([SearchKey]):
        raise ZeroDivisionError
    assert cache_size() == before


def test_same_warning_on_many_rows_is_one_line():
    from dealerdesk.services.transfer.importer import RowIssue, group_issues, rows_text

    issues = [RowIssue(n, "销售顾问“张三”不在用户列表中") for n in range(3, 1003)] + [RowIssue(7, "车架号校验位不对")]
    groups = group_issues(sorted(issues, key=lambda i: i.row))
    assert [(reason, len(rows)) for reason, rows in groups] == [("销售顾问“张三”不在用户列表中", 1000),
                                                                ("车架号校验位不对", 1)]
    assert rows_text(groups[0][1]) == "第3、4、5行等 1,000 行"
    assert rows_text([7]) == "第7行" and rows_text([7, 9]) == "第7、9行"


def test_update_writes_fields_versions_vehicle_owner_and_level_history(store):
    """The "update" choice as the batched UPDATEs write it: values read back as the models' types, every
    updated row's version bumped once, a vehicle without an owner given to the customer the sheet names, a
    row matching two customers refused."""
    from dealerdesk.store.models import LevelChange

    run_import(SYSTEM, book(store / "1.xlsx", [["姓名", "手机", "车牌号", "级别", "意向车型"],
                                                 ["孙三", "13800000001", None, "C", "雷凌"],
                                                 ["钱四", "13800000002", None, None, None],
                                                 ["李五", "13800000003", "粤B99999", None, None]]))
    loose_car = Vehicle.create(plate="粤B12345", model_name="卡罗拉")  # no owner yet
    sun = Customer.get(Customer.name == "孙三")
    before = (sun.version, loose_car.version, Lead.get(Lead.customer == sun).version)
    result = run_import(SYSTEM, book(store / "2.xlsx", [["姓名", "手机", "车牌号", "级别", "生日", "城市"],
                                                          ["孙三", "13800000001", "粤B12345", "A", "1990-05-06",
                                                           "佛山"],
                                                          ["钱四", "13800000002", "粤B99999", None, None,
                                                           None]]),
                        ImportOptions(on_duplicate="update"))
    assert (result.updated, result.rejected) == (1, 1)  # the second row is both 钱四 (phone) and 李五 (plate): refused
    assert "同时符合多位已有客户" in result.rejects[0].reason
    sun = Customer.get_by_id(sun.id)
    assert (sun.city, sun.birthday, sun.version) == ("佛山", dt.date(1990, 5, 6), before[0] + 1)
    assert isinstance(sun.updated_at, dt.datetime)
    car = Vehicle.get_by_id(loose_car.id)
    assert (car.owner_id, car.version) == (sun.id, before[1] + 1)
    lead = Lead.get(Lead.customer == sun)
    assert (lead.level, lead.version) == ("A", before[2] + 1)
    assert ("C", "A") in [(c.from_level, c.to_level) for c in LevelChange.select().where(LevelChange.lead == lead)]
    assert Customer.get(Customer.name == "钱四").version == 1
    assert integrity_problems() == []
