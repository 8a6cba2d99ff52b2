"""`dealerdesk import/export` contract (docs/cli.md) and a killed import leaving the store as it was."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from openpyxl import Workbook

from dealerdesk.cli import main
from dealerdesk.store.db import close_store, open_store

from tests.factories import make_cli_user


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.db"
    open_store(path, create=True)
    make_cli_user()
    close_store()
    return path


def workbook(path, rows):
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_json_counts(db, tmp_path, capsys):
    f = workbook(tmp_path / "in.xlsx", [["姓名", "手机", "车牌号"], ["测试甲", "139 0000 1111", "粤B12345"],
                                        ["测试乙", "12345", ""]])
    code, out, err = run(capsys, "--db", db, "import", f, "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and "Traceback" not in err
    assert {k: data[k] for k in ("rows", "imported", "updated", "skipped", "rejected", "rejects_file")} == {
        "rows": 2, "imported": 1, "updated": 0, "skipped": 0, "rejected": 1, "rejects_file": None}
    code, out, _ = run(capsys, "--db", db, "import", f, "--json", "--rejects", tmp_path / "r.xlsx")
    assert code == 0 and json.loads(out)["rejects_file"] == str(tmp_path / "r.xlsx")
    code, out, _ = run(capsys, "--db", db, "import", f, "--json", "--on-duplicate", "skip")
    assert json.loads(out)["skipped"] == 1


def test_warnings_in_json_and_in_the_rejects_workbook(db, tmp_path, capsys):
    from openpyxl import load_workbook

    f = workbook(tmp_path / "in.xlsx", [["姓名", "手机", "客户级别"], ["甲", "13800000001", "很想买"],
                                        ["", "13800000002", "A"]])
    rejects = tmp_path / "rej.xlsx"
    code, out, _ = run(capsys, "--db", db, "import", f, "--rejects", rejects, "--json")
    data = json.loads(out)
    assert code == 0 and (data["imported"], data["rejected"]) == (1, 1)
    assert data["warnings"] == [{"row": 2, "column": "客户级别", "value": "很想买",
                                 "reason": data["warnings"][0]["reason"]}]
    assert "级别" in data["warnings"][0]["reason"]
    wb = load_workbook(rejects)
    assert [r[:3] for r in wb["警告"].values] == [("行号", "列", "内容"), (2, "客户级别", "很想买")]
    code, out, _ = run(capsys, "--db", db, "import", f, "--dry-run", "--json")
    assert json.loads(out)["skipped"] == 1 and json.loads(out)["warnings"] == []  # a skipped row: nothing left empty
    code, out, _ = run(capsys, "--db", db, "import", f, "--dry-run", "--on-duplicate", "update")
    assert "提示 第2行：客户级别“很想买”不认识" in out  # the text output names the column and the value


def test_nothing_importable_and_unreadable_exit_1(db, tmp_path, capsys):
    bad = workbook(tmp_path / "bad.xlsx", [["姓名", "手机"], ["甲", "123"], ["乙", "456"]])
    code, _, err = run(capsys, "--db", db, "import", bad)
    assert code == 1 and len(err.strip().splitlines()) == 1
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip at all")
    code, _, err = run(capsys, "--db", db, "import", junk)
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    no_header = workbook(tmp_path / "nh.xlsx", [["a", "b"], ["1", "2"]])
    code, _, err = run(capsys, "--db", db, "import", no_header)
    assert code == 1 and "姓名" in err


def test_mapping_file_and_export(db, tmp_path, capsys):
    f = workbook(tmp_path / "in.xlsx", [["名", "号码"], ["测试丙", "13900001111"]])
    (tmp_path / "m.json").write_text(json.dumps({"columns": {"名": "name", "号码": "phone"}}), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", f, "--mapping", tmp_path / "m.json", "--json")
    assert code == 0 and json.loads(out)["imported"] == 1
    code, out, _ = run(capsys, "--db", db, "export", "customers", "-o", tmp_path / "c.csv", "--json")
    assert code == 0 and json.loads(out)["rows"] == 1
    assert "13900001111" in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.transfer.importer import run_import
    from dealerdesk.services.transfer import source as importer_source
    from dealerdesk.store.db import open_store
    open_store(sys.argv[1])
    if sys.argv[4] == "worker":  # read and checked by a worker process, written while it checks
        importer_source.PARALLEL_FROM_BYTES = 0
    def progress(done, total, stage):
        # rows being written (indexes already dropped: a large import), or all written, indexes to rebuild
        if (stage == "write" and done >= 2000 and sys.argv[3] == "write") or stage == sys.argv[3] == "keys":
            print("WRITING", flush=True)
            time.sleep(60)
    run_import(SYSTEM, sys.argv[2], progress=progress)
""")


@pytest.mark.parametrize("way", ["in-process", "worker"])
@pytest.mark.parametrize("stage", ["write", "keys"])
def test_killed_import_leaves_store_as_before(db, tmp_path, stage, way):
    import sqlite3

    rows = [["姓名", "手机", "车牌号", "级别"]] + [[f"客户{i}", f"138{i:08d}", None, "C"] for i in range(6000)]
    f = workbook(tmp_path / "big.xlsx", rows)
    seed = workbook(tmp_path / "seed.xlsx", [["姓名", "手机"], ["老客户", "13700000000"]])
    assert main(["--db", str(db), "import", str(seed)]) == 0
    close_store()

    def dump():
        con = sqlite3.connect(db)
        try:
            tables = ["sqlite_master"]  # the schema too: a large import drops and rebuilds indexes
            tables += [t for (t,) in con.execute("select name from sqlite_master where type='table'")]
            return {t: con.execute(f'select * from "{t}" order by rowid').fetchall() for t in tables}
        finally:
            con.close()

    before = dump()
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(db), str(f), stage, way], stdout=subprocess.PIPE,
                            env=dict(os.environ, PYTHONUNBUFFERED="1"))
    line = proc.stdout.readline()
    assert line.strip() == b"WRITING"
    assert (tmp_path / "t.db-wal").exists()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert dump() == before
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
