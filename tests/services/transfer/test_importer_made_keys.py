"""Search keys made ahead (importer_write.MadeKeys): the worker process of a streamed import makes the new
customers' pinyin rows, numbered from the import's first new customer; the writer adds its ids. The store
must end up exactly as when the writer makes every key itself, over several chunks, and a numbering that
does not match what was written must stop the import instead of giving keys to the wrong customers."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest

from dealerdesk.services.transfer.plan import Entry, Lookups, VehicleIn
from dealerdesk.services.transfer.write import KeyedChunk, make_keys, write_chunks
from dealerdesk.store import bulk
from dealerdesk.store.db import close_store, db, open_store

NAMES = ["王长江", "单雄信", "曾小贤", "尉迟恭", "李娜", "John Smith", "欧阳娜娜", "张行", "覃海", "区志强"]


def entries(n: int) -> list[Entry]:
    out = []
    for i in range(n):
        vehicles = [VehicleIn(vin=None, plate=f"粤B{i:05d}", model="雷凌", purchase_date=dt.date(2024, 1, 5))] \
            if i % 2 else []
        out.append(Entry(rows=[i + 2], values={"name": f"{NAMES[i % len(NAMES)]}{'' if i < 10 else i}"},
                         phones=[f"139{i:08d}"], vehicles=vehicles, level="A" if i % 3 else "", intended_model="",
                         owner_id=None, owners=set()))
    return out


def write(path, chunks) -> list[tuple]:
    open_store(path, create=True)
    try:
        with db.atomic("IMMEDIATE"):
            write_chunks(chunks, 10, Lookups({}, {}), None, dt.datetime(2026, 11, 24, 9), lambda stage: None)
    finally:
        close_store()
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT c.name, s.kind, s.key, s.vehicle_id IS NULL FROM search_key s "
                                  "JOIN customer c ON c.id = s.customer_id"))
    finally:
        con.close()


def keyed(parts: list[list[Entry]]) -> list[KeyedChunk]:
    out, first = [], 0
    for part in parts:
        out.append(KeyedChunk(part, make_keys(part, first)))
        first += len(part)
    return out


def test_keys_made_ahead_over_several_chunks_equal_keys_made_by_the_writer(tmp_path):
    plain = write(tmp_path / "plain.db", [entries(25)])
    es = entries(25)
    made = write(tmp_path / "made.db", keyed([es[:7], es[7:8], es[8:25]]))
    assert made == plain
    kinds = {kind for _name, kind, _key, _no_vehicle in plain}
    assert {"py_ini", "py_full", "name", "phone_rev", "plate"} <= kinds
    assert ("单雄信", "py_full", "shanxiongxin", 1) in plain  # a surname reading: made by the worker's code


def test_made_keys_only_hold_the_pinyin_rows(tmp_path):
    made = make_keys(entries(3), 5)
    rows = [tuple(made.rows[i:i + 3]) for i in range(0, len(made.rows), 3)]
    assert (made.first_customer, made.customers) == (5, 3)
    assert {kind for _no, kind, _key in rows} == {"py_ini", "py_full"}
    assert [no for no, _kind, _key in rows] == sorted(no for no, _kind, _key in rows)
    assert {no for no, _kind, _key in rows} == {5, 6, 7}


def test_numbering_that_does_not_match_the_written_customers_stops_the_import(tmp_path):
    es = entries(6)
    chunks = [KeyedChunk(es[:3], make_keys(es[:3], 0)), KeyedChunk(es[3:], make_keys(es[3:], 2))]  # 2: wrong
    with pytest.raises(RuntimeError, match="搜索键"):
        write(tmp_path / "bad.db", chunks)
    con = sqlite3.connect(tmp_path / "bad.db")
    try:  # the transaction was rolled back: nothing of the import is in the store
        assert con.execute("SELECT count(*) FROM customer").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM search_key").fetchone() == (0,)
    finally:
        con.close()


def test_insert_flat_writes_whole_rows_in_full_statements_and_a_rest(tmp_path):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (a, b, c)")
    values = []
    for i in range(1234):
        values += (i, f"k{i}", None)
    bulk.insert_flat(con, "INSERT INTO t (a, b, c) VALUES ", "(? + 10, ?, ?)", values, 3)
    rows = con.execute("SELECT a, b, c FROM t ORDER BY a").fetchall()
    assert rows == [(i + 10, f"k{i}", None) for i in range(1234)]
    with pytest.raises(ValueError):
        bulk.insert_flat(con, "INSERT INTO t (a, b, c) VALUES ", "(?, ?, ?)", [1, 2], 3)


def test_the_importing_process_does_not_load_pypinyin_until_a_key_needs_it():
    """The streamed import's writer never makes a pinyin key (its worker does): pypinyin's ~55 MB phrase
    dictionary stays out of it (the 100,000-row import's memory target counts both processes)."""
    code = ("import sys; import dealerdesk.services.transfer.importer, dealerdesk.cli; "
            "assert 'pypinyin' not in sys.modules, 'loaded at import'; "
            "from dealerdesk.domain.search_keys import pinyin_full; "
            "assert pinyin_full('单雄信')[0] == 'shanxiongxin'; assert 'pypinyin' in sys.modules; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
