"""A big sheet is read and checked in a worker process (importer_source) and, with "skip" or "create", written
while it is still being checked. Forced here on small sheets: the outcome must be exactly the in-process one."""
from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.transfer import source as importer_source
from dealerdesk.services.transfer.importer import ImportOptions, run_import
from dealerdesk.store.db import close_store, integrity_problems, open_store
from dealerdesk.store.models import Customer, CustomerPhone, User, Vehicle, VehicleModel
from tests.services.transfer.test_importer import book

HEADER = ["姓名", "手机", "车牌号", "车架号", "购车日期", "级别", "销售顾问", "车型"]


def sheet_rows() -> list[list]:
    rows = [HEADER]
    for i in range(240):
        rows.append([f"客户{i}", f"139{i:08d}", f"粤B{i:05d}" if i % 2 else None, None, "2024/1/5" if i % 3 else None,
                     "HABCN"[i % 5], "刘婷" if i % 4 else "不认识", "雷凌"])
    rows[10][0:2] = rows[5][0:2]  # same name and phone as an earlier row: a duplicate in the file
    rows[20][2] = "粤B00007"  # plate of an earlier row
    rows[30][1] = "12345"  # a phone that is no phone: rejected by the checks
    rows[40][0:2] = ["老客户", "13700000000"]  # the name and phone of a customer already in the store
    rows[70][1] = rows[6][1]  # an earlier row's phone under another name: a shared phone, both imported
    rows[80][1] = "13700000000"  # a stored customer's phone under another name: shared too
    rows[50][2] = "粤A99999"  # the plate of a vehicle already in the store
    rows[60][0] = None  # no name
    return rows


def seed() -> None:
    User.create(login="liting", display_name="刘婷", role="sales")
    VehicleModel.create(brand="丰田", name="雷凌")
    old = Customer.create(name="老客户")
    CustomerPhone.create(customer=old, phone="13700000000", digits="13700000000", kind="mobile", is_primary=True)
    Vehicle.create(plate="粤A99999", model_name="卡罗拉", owner=old)


def dump(path) -> dict:
    """Everything an import writes, by content (not ids, which differ between the two ways)."""
    con = sqlite3.connect(path)
    try:
        q = con.execute
        names = dict(q("SELECT id, name FROM customer"))
        return {
            "customers": sorted(q("SELECT name, owner_id, source FROM customer").fetchall(), key=repr),
            "phones": sorted((names[c], p, d, k, bool(pr)) for c, p, d, k, pr in
                             q("SELECT customer_id, phone, digits, kind, is_primary FROM customer_phone")),
            "vehicles": sorted(((names.get(o), p, v, m) for o, p, v, m in
                                q("SELECT owner_id, plate, vin, model_name FROM vehicle")), key=repr),
            "leads": sorted((names[c], lv, st) for c, lv, st in q("SELECT customer_id, level, status FROM lead")),
            "follow_ups": q("SELECT count(*) FROM follow_up").fetchone(),
            "purchases": q("SELECT count(*) FROM purchase").fetchone(),
            "keys": sorted(((names.get(c), k, key) for c, k, key in
                            q("SELECT customer_id, kind, key FROM search_key")), key=repr),
            "schema": sorted(q("SELECT type, name, sql FROM sqlite_master").fetchall(), key=repr),
        }
    finally:
        con.close()


def run_both(tmp_path, monkeypatch, options: ImportOptions):
    """(result, dump, rejects rows) in-process and through the worker, each on a freshly seeded store."""
    from openpyxl import load_workbook

    from dealerdesk.services.transfer import importer

    f = book(tmp_path / "in.xlsx", sheet_rows())
    out = []
    started = []
    real = importer.checked_in_worker
    monkeypatch.setattr(importer, "checked_in_worker", lambda *a, **k: started.append(1) or real(*a, **k))
    for way, threshold in (("in-process", 10 ** 12), ("worker", 0)):
        monkeypatch.setattr(importer_source, "PARALLEL_FROM_BYTES", threshold)
        db_path = tmp_path / f"{way}.db"
        open_store(db_path, create=True)
        seed()
        rejects = tmp_path / f"{way}-rejects.xlsx"
        result = run_import(SYSTEM, f, ImportOptions(**{**options.__dict__, "rejects_path": rejects}))
        assert integrity_problems() == []
        close_store()
        rejected = [list(r) for r in load_workbook(rejects).active.iter_rows(values_only=True)] \
            if rejects.exists() else []
        out.append((result, dump(db_path), rejected))
        assert len(started) == (1 if way == "worker" else 0)  # the way asked for was taken
    return out


@pytest.mark.parametrize("mode", ["skip", "create", "update"])
def test_worker_gives_the_in_process_result(tmp_path, monkeypatch, mode):
    (a, dump_a, rej_a), (b, dump_b, rej_b) = run_both(tmp_path, monkeypatch, ImportOptions(on_duplicate=mode))
    assert {**a.to_json(), "rejects_file": None} == {**b.to_json(), "rejects_file": None}
    assert [(w.row, w.reason) for w in a.warnings] == [(w.row, w.reason) for w in b.warnings]
    assert dump_a == dump_b
    assert rej_a == rej_b and len(rej_a) > 1  # header + the rejected rows, with their cells
    assert a.rejected >= 1 and a.rows == 240
    assert {71, 81} <= {w.row for w in a.warnings if "共用电话" in w.reason}  # (sheet row numbers)
    if mode == "skip":
        assert a.skipped == 2 and a.imported == 240 - 2 - a.rejected
    assert not multiprocessing.active_children()  # the worker is gone


def test_worker_dry_run_writes_nothing(tmp_path, monkeypatch):
    (a, dump_a, _), (b, dump_b, _) = run_both(tmp_path, monkeypatch, ImportOptions(dry_run=True))
    assert {**a.to_json(), "rejects_file": None} == {**b.to_json(), "rejects_file": None} and dump_a == dump_b
    assert dump_b["customers"] == [("老客户", None, "other")] or len(dump_b["customers"]) == 1


def test_worker_failure_reaches_the_caller_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(importer_source, "PARALLEL_FROM_BYTES", 0)
    open_store(tmp_path / "t.db", create=True)
    seed()
    before = Customer.select().count()
    f = book(tmp_path / "nameless.xlsx", [["手机", "车牌号"], ["13900000001", "粤B11111"]])
    with pytest.raises(InvalidInput, match="姓名"):
        run_import(SYSTEM, f)
    assert Customer.select().count() == before
    close_store()
    assert not multiprocessing.active_children()


def test_cancelled_streamed_import_leaves_store_and_schema_as_before(tmp_path, monkeypatch):
    monkeypatch.setattr(importer_source, "PARALLEL_FROM_BYTES", 0)
    open_store(tmp_path / "t.db", create=True)
    seed()
    close_store()
    before = dump(tmp_path / "t.db")
    open_store(tmp_path / "t.db")
    f = book(tmp_path / "in.xlsx", [HEADER] + [[f"客户{i}", f"139{i:08d}", None, None, None, "C", None, None]
                                               for i in range(7000)])

    class Stop(Exception):
        pass

    def progress(done, total, stage):
        if stage in ("write", "keys"):
            raise Stop()

    with pytest.raises(Stop):
        run_import(SYSTEM, f, progress=progress)
    close_store()
    assert dump(tmp_path / "t.db") == before
    assert not multiprocessing.active_children()


def test_cancel_while_the_worker_reads_and_fallback_when_no_process_starts(tmp_path, monkeypatch):
    """Cancel works while nothing has come from the worker yet (the progress callback keeps being called);
    a machine that cannot start a process imports in-process with the same result."""
    monkeypatch.setattr(importer_source, "PARALLEL_FROM_BYTES", 0)
    monkeypatch.setattr(importer_source, "WAIT_TICK", 0.001)  # the worker is still starting: nothing yet
    open_store(tmp_path / "t.db", create=True)
    seed()
    f = book(tmp_path / "in.xlsx", sheet_rows())

    class Stop(Exception):
        pass

    calls = []

    def cancel_at_once(done, total, stage):
        calls.append(stage)
        raise Stop()

    with pytest.raises(Stop):
        run_import(SYSTEM, f, progress=cancel_at_once)
    assert calls == ["read"] and Customer.select().count() == 1
    assert not multiprocessing.active_children()

    def no_process(self):
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", no_process)
    result = run_import(SYSTEM, f)
    assert result.imported > 200 and Customer.select().count() == 1 + result.imported
    close_store()


def test_worker_is_not_kept_waiting_by_a_busy_writer(tmp_path):
    """The worker's chunks (~300 KB pickled, far more than a pipe holds) are taken off the pipe as they are
    sent, so the worker checks the whole sheet and ends even while the importing process has not yet asked
    for a single chunk; nothing is lost on the way."""
    import time

    from dealerdesk.services.transfer.source import Chunk, SourceOptions, checked, checked_in_worker

    f = book(tmp_path / "in.xlsx", [HEADER] + [[f"客户{i}", f"139{i:08d}", f"粤B{i:05d}", None, "2024/1/5", "C",
                                                None, "雷凌"] for i in range(9000)])
    options = SourceOptions(sheet=None, mapping=None, saved_mapping=None, users={}, models={},
                            today=__import__("datetime").date(2026, 12, 1))
    stream = checked_in_worker(f, options)
    try:
        next(stream)  # (table, mapping): the worker is running
        deadline = time.monotonic() + 20  # (the worker needs about a second)
        while multiprocessing.active_children() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not multiprocessing.active_children(), "the worker waited for the writer to take its chunks"
        chunks = [item for item in stream if isinstance(item, Chunk)]
    finally:
        stream.close()
    assert len(chunks) >= 3  # several pipe-fulls each
    here = [item for item in checked(f, options) if isinstance(item, Chunk)]
    assert [[e.values["name"] for e in c.entries] for c in chunks] == \
        [[e.values["name"] for e in c.entries] for c in here]
    assert sum(len(c.entries) for c in chunks) == 9000
