"""`dealerdesk check` is read-only (bytes, modification time and the folder's files unchanged, old schema
included); `backup -o` refuses a live store; `restore` brings a backup back and refuses a bad one."""
import os
import sqlite3

import pytest
from peewee import SqliteDatabase

from dealerdesk.cli import main
from dealerdesk.services.customers import records as cs
from dealerdesk.store import backup, migrations
from dealerdesk.store.db import close_store, open_store
from tests.factories import make_user


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    close_store()
    return code, out, err


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DEALERDESK_USER", "admin")


@pytest.fixture
def db_path(tmp_path, env):
    path = tmp_path / "store" / "dealerdesk.db"
    open_store(path, create=True)
    admin = make_user("admin", "管理员", "admin")
    cs.create_customer(admin, cs.CustomerInput(name="欧阳明", phones=["13812345678"]))
    close_store()
    return path


def snapshot(folder):
    """Every file in the folder with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_check_writes_nothing_on_a_current_store(capsys, db_path):
    before = snapshot(db_path.parent)
    code, out, _ = run(capsys, "--db", db_path, "check")
    assert code == 0 and out.startswith(f"ok: schema {migrations.LATEST}/{migrations.LATEST}")
    assert snapshot(db_path.parent) == before


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_check_reports_an_old_schema_as_a_finding_and_does_not_upgrade_it(capsys, tmp_path, env, journal):
    path = tmp_path / "old" / "v8.db"
    path.parent.mkdir()
    database = SqliteDatabase(str(path), pragmas={"journal_mode": journal})
    migrations.migrate(database, 0, 8)
    database.close()
    before = snapshot(path.parent)

    code, _, err = run(capsys, "--db", path, "check")

    assert code == 1 and "需要升级" in err and f"8 → {migrations.LATEST}" in err and len(err.splitlines()) == 1
    assert snapshot(path.parent) == before  # not migrated, no backup, no -wal/-shm
    assert not (tmp_path / "home").exists()


def test_check_reports_damage_without_writing(capsys, db_path):
    import sqlite3

    con = sqlite3.connect(db_path)  # a page that holds a row (the last page may be an empty table's)
    root, size = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer'").fetchone()[0], \
        con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(db_path.read_bytes())
    start = (root - 1) * size
    data[start + 8:start + 100] = b"\xff" * 92
    db_path.write_bytes(bytes(data))
    before = snapshot(db_path.parent)
    code, _, err = run(capsys, "--db", db_path, "check")
    assert code == 1 and "问题" in err
    assert snapshot(db_path.parent) == before


def test_backup_over_a_live_store_is_refused_and_restore_brings_the_backup_back(capsys, db_path, tmp_path):
    bk = tmp_path / "bk.db"
    code, out, _ = run(capsys, "--db", db_path, "backup", "-o", bk)
    assert code == 0 and "已校验" in out and backup.is_backup_file(bk)
    store_bytes = db_path.read_bytes()
    code, _, err = run(capsys, "--db", bk, "backup", "-o", db_path)
    assert code == 1 and "--force" in err and len(err.splitlines()) == 1
    assert db_path.read_bytes() == store_bytes

    code, out, _ = run(capsys, "--db", db_path, "restore", bk)
    assert code == 0 and "恢复前的数据库另存为" in out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name FROM customer").fetchall() == [("欧阳明",)]


def test_restore_of_a_file_that_is_not_a_backup_exits_1_and_changes_nothing(capsys, db_path, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    open_store(db_path)  # fold the WAL in, so the file alone is the store
    close_store()
    before = _contents(db_path)
    code, _, err = run(capsys, "--db", db_path, "restore", bad)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _contents(db_path) == before  # the log gains the login and the refused restore, nothing else changes


def _contents(path) -> list[str]:
    """Every row of every table but the audit log, as SQL text."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump() if '"audit_log"' not in line]
    finally:
        con.close()


def test_backup_without_output_goes_to_the_backup_folder(capsys, db_path, tmp_path):
    code, out, _ = run(capsys, "--db", db_path, "backup")
    assert code == 0
    made = list((tmp_path / "home" / "backups").glob("dealerdesk-*-manual.db"))
    assert len(made) == 1 and str(made[0]) in out
