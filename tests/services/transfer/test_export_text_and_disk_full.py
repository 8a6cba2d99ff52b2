"""Issue 23: export never fails on a stored value and writes text as text; every file a user names is
written whole or not at all (dealerdesk.atomic), and a full disk says so."""
from __future__ import annotations

import builtins
import errno
import io
import sqlite3
import zipfile

import pytest
from openpyxl import load_workbook

from dealerdesk.domain.errors import DiskFull
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.backup import backup_store
from dealerdesk.services.customers.privacy import export_customer_data, export_json
from dealerdesk.services.transfer.export import export
from dealerdesk.services.transfer.importer import ImportOptions, run_import
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer, CustomerPhone, Lead

HOSTILE = {  # stored before input was cleaned (issue 23: a NUL imported from a CSV blocked every export)
    "name": "王\x00五\x1b",
    "needs": "=1+1",
    "city": "\t=1+1",
    "address": "@SUM(A1)",
    "wechat": "-5",
    "occupation": "+86 工程师\x07",
}


@pytest.fixture
def store(tmp_path):
    open_store(tmp_path / "t.db", create=True)
    c = Customer.create(**HOSTILE)
    CustomerPhone.create(customer=c, phone="13800000001", digits="13800000001", kind="mobile", is_primary=True)
    Lead.create(customer=c, level="H", status="open", other_models="\r=2+2")
    yield tmp_path
    close_store()


def test_xlsx_export_of_control_characters_and_formula_text(store):
    out = store / "all.xlsx"
    assert export(SYSTEM, "customers", out).rows == 1
    ws = load_workbook(out)["customers"]
    head = [c.value for c in ws[1]]
    row = dict(zip(head, [c.value for c in ws[2]], strict=True))
    assert row["姓名"] == "王五"  # the control characters removed from the exported value only
    assert Customer.get().name == HOSTILE["name"]
    assert (row["备注"], row["城市"], row["地址"], row["微信"], row["职业"]) == (
        "=1+1", "\t=1+1", "@SUM(A1)", "-5", "+86 工程师")  # as typed: no visible ' escape
    assert row["意向车型"] == "\r=2+2" or row["意向车型"] == "\n=2+2"  # (Excel keeps CR inside a cell as LF)
    assert all(c.data_type == "s" for c in ws[2] if isinstance(c.value, str))
    sheet = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no cell is a formula


def test_csv_export_escapes_every_formula_start(store):
    out = store / "all.csv"
    export(SYSTEM, "customers", out)
    import csv

    with open(out, encoding="utf-8-sig", newline="") as f:
        head, row = list(csv.reader(f))
    row = dict(zip(head, row, strict=True))
    assert row["姓名"] == "王五"
    assert (row["备注"], row["城市"], row["地址"], row["微信"], row["职业"], row["意向车型"]) == (
        "'=1+1", "'\t=1+1", "'@SUM(A1)", "'-5", "'+86 工程师", "'\r=2+2")
    assert row["手机"] == "13800000001"  # an ordinary value is untouched


class _FullDisk:
    """A file whose writes fail with ENOSPC once `budget` bytes are written (a disk filling up mid-way)."""

    def __init__(self, f, budget: int) -> None:
        self.f, self.left = f, budget

    def write(self, data):
        if len(data) > self.left:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.left -= len(data)
        return self.f.write(data)

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()


@pytest.fixture
def full_disk(monkeypatch):
    """Every file opened for writing under a temporary name (.ddtmp) fills the disk after 2 KB."""
    real = io.open

    def fake(file, mode="r", *args, **kwargs):
        f = real(file, mode, *args, **kwargs)
        if str(file).endswith(".ddtmp") and any(m in mode for m in "wax+"):
            return _FullDisk(f, 2048)
        return f

    monkeypatch.setattr(io, "open", fake)
    monkeypatch.setattr(builtins, "open", fake)


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".ddtmp")]


@pytest.mark.parametrize("name", ["all.xlsx", "all.csv"])
def test_disk_full_during_export_leaves_nothing_and_says_so(store, full_disk, name):
    for i in range(200):  # enough rows to pass the 2 KB
        Customer.create(name=f"客户{i}", address="广州市天河区某某路某某号" * 3)
    with pytest.raises(DiskFull, match="磁盘空间不足"):
        export(SYSTEM, "customers", store / name)
    assert not (store / name).exists() and _leftovers(store) == []


def test_disk_full_keeps_the_previous_file_untouched(store, full_disk):
    target = store / "all.csv"
    target.write_bytes(b"old export")
    for i in range(200):
        Customer.create(name=f"客户{i}", address="广州市天河区某某路某某号" * 3)
    with pytest.raises(DiskFull):
        export(SYSTEM, "customers", target)
    assert target.read_bytes() == b"old export" and _leftovers(store) == []


def test_disk_full_rejects_workbook_report_and_customer_json(store, full_disk):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["姓名", "手机", "备注"])
    for i in range(300):
        wb.active.append([f"坏{i}", "123", "很长的备注" * 20])
    wb.save(store / "in.xlsx")  # (openpyxl's own save: not a .ddtmp name, so not made to fail)
    with pytest.raises(DiskFull, match="磁盘空间不足"):
        run_import(SYSTEM, store / "in.xlsx", ImportOptions(rejects_path=store / "rejects.xlsx"))
    assert not (store / "rejects.xlsx").exists()
    from dealerdesk.atomic import write_text
    from dealerdesk.reports.privacy import render_privacy_export

    data = export_customer_data(SYSTEM, Customer.get(Customer.name == HOSTILE["name"]).id)
    with pytest.raises(DiskFull, match="磁盘空间不足"):
        render_privacy_export(data, store / "customer.pdf")
    with pytest.raises(DiskFull, match="磁盘空间不足"):
        write_text(store / "customer.json", export_json(data) * 50)
    assert not (store / "customer.pdf").exists() and not (store / "customer.json").exists()
    assert _leftovers(store) == []


def test_disk_full_during_backup_leaves_no_file(store, monkeypatch):
    from dealerdesk.store import backup as files

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(files, "_problems", full)  # runs once the copy is written, before the rename
    target = store / "copy.db"
    with pytest.raises(DiskFull, match="磁盘空间不足"):
        backup_store(SYSTEM, target)
    assert not target.exists() and _leftovers(store) == []


def test_a_missing_folder_is_named_and_nothing_is_written(store):
    from dealerdesk.domain.errors import PathProblem

    with pytest.raises(PathProblem, match="文件夹不存在"):
        export(SYSTEM, "customers", store / "no such folder" / "all.xlsx")
    assert _leftovers(store) == []


def test_another_write_error_names_the_file_not_the_temporary_name(store, monkeypatch):
    from dealerdesk import atomic

    def refuse(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(atomic, "fsync_file", refuse)
    with pytest.raises(PermissionError) as caught:
        export(SYSTEM, "customers", store / "all.csv")
    assert caught.value.filename == str(store / "all.csv") and ".ddtmp" not in str(caught.value)
    assert not (store / "all.csv").exists() and _leftovers(store) == []
