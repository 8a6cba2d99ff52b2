"""Read-only, damaged and full stores (issue 23): reading works read-only, writing is refused in words;
damage is found at open and points at restore; a full disk is reported as a full disk, nothing written."""
from __future__ import annotations

import os
import sqlite3

import pytest

from dealerdesk.domain.errors import DiskFull, ReadOnlyStore, StoreDamaged
from dealerdesk.services import failures
from dealerdesk.services.accounts import authenticate
from dealerdesk.services.customers.records import CustomerInput, create_customer, get_customer
from dealerdesk.services.search import search_customers
from dealerdesk.services.transfer.export import export
from dealerdesk.store import db as store_db
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, Customer
from tests.factories import TEST_PASSWORD, make_user
from tests.store.test_backup import damage


def _store_with_a_customer(path):
    open_store(path, create=True)
    manager = make_user("boss", "王经理", "manager")
    customer = create_customer(manager, CustomerInput(name="张伟", phones=["13800138000"]))
    close_store()
    with sqlite3.connect(path) as conn:  # the rows in the file itself, as on a CD or a copied USB stick
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return customer.id


def _file_bytes(path):
    return path.read_bytes()


@pytest.mark.parametrize("how", ["uri", "medium"])
def test_a_read_only_store_reads_and_refuses_every_write_in_words(tmp_path, monkeypatch, how):
    """As root (CI) chmod does not stop writing, so the read-only medium is what os.access / statvfs report
    (patched: 'medium'), or the store is named by a file:…?mode=ro URI ('uri'); either way SQLite itself
    opens the file read-only, so a write that got past the services would fail too (asserted below)."""
    path = tmp_path / "store.db"
    cid = _store_with_a_customer(path)
    before = _file_bytes(path)
    if how == "uri":
        url = path.resolve().as_uri().replace("file://", "file:") + "?mode=ro"
    else:
        real_access = os.access
        monkeypatch.setattr(store_db.os, "access", lambda p, mode, **kw: False if mode & os.W_OK
                            else real_access(p, mode, **kw))
        url = str(path)
    info = open_store(url)
    try:
        assert info.read_only and store_db.is_read_only()
        manager = authenticate("boss", TEST_PASSWORD)  # login works, nothing recorded
        assert [h.name for h in search_customers(manager, "张伟")] == ["张伟"]
        assert get_customer(manager, cid).name == "张伟"
        with pytest.raises(ReadOnlyStore, match="数据库为只读"):
            create_customer(manager, CustomerInput(name="李四", phones=["13912345678"]))
        out = tmp_path / "all.xlsx"
        with pytest.raises(ReadOnlyStore, match="数据库为只读，不能导出客户资料"):
            export(manager, "customers", out)
        assert not out.exists()  # refused before the file was written
        with pytest.raises(Exception) as raw:  # SQLite itself refuses a write that bypasses the services
            Customer.update(name="X").where(Customer.id == cid).execute()
        assert isinstance(failures.translate(raw.value), ReadOnlyStore)
    finally:
        close_store()
    assert _file_bytes(path) == before


def test_a_read_only_store_that_needs_an_upgrade_is_refused_in_words(tmp_path):
    from peewee import SqliteDatabase

    from dealerdesk.store import migrations

    path = tmp_path / "old.db"
    database = SqliteDatabase(str(path))
    database.connect()
    migrations.migrate(database, 0, 11)
    database.close()
    with pytest.raises(store_db.StoreError, match="需要升级.*只读"):
        open_store(path.resolve().as_uri().replace("file://", "file:") + "?mode=ro")


def test_a_damaged_store_is_refused_at_open_pointing_at_restore(tmp_path):
    from tests.store.test_backup import build_store

    path = build_store(tmp_path / "store.db")
    damage(path)
    with pytest.raises(StoreDamaged, match="已损坏.*restore"):
        open_store(path)
    assert store_db.db.obj is None or store_db.db.obj.is_closed()
    info = open_store(path, check_damage=False)  # restore opens the store it replaces
    assert info.schema_version > 0
    close_store()


def test_the_quick_check_is_bounded_in_time(tmp_path):
    """A store too big to check within the bound opens unchecked instead of making the clerk wait."""
    from tests.store.test_backup import build_store

    path = build_store(tmp_path / "store.db")
    open_store(path)
    try:
        assert store_db.quick_check_problems(store_db.db.obj) == []
        assert store_db.quick_check_problems(store_db.db.obj, seconds=0) is None
    finally:
        close_store()


def _full_disk_on_commit(monkeypatch):
    """SQLite's report of a full disk at COMMIT: SQLITE_FULL, after which it has rolled the transaction back,
    so peewee's own rollback raises 'cannot rollback - no transaction is active' while handling it."""
    real_commit = store_db.StoreSqliteDatabase.commit

    def commit(self):
        err = sqlite3.OperationalError("database or disk is full")
        err.sqlite_errorcode = 13
        self.connection().rollback()
        raise err

    monkeypatch.setattr(store_db.StoreSqliteDatabase, "commit", commit)
    return real_commit


def test_disk_full_during_a_service_write_is_reported_as_a_full_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))  # a bug's log would go there
    open_store(tmp_path / "store.db", create=True)
    try:
        manager = make_user("boss", "王经理", "manager")
        audit_rows = AuditLog.select().count()
        _full_disk_on_commit(monkeypatch)
        with pytest.raises(Exception) as raised:
            create_customer(manager, CustomerInput(name="李四", phones=["13912345678"]))
        assert "cannot rollback" in str(raised.value)  # what hid SQLITE_FULL before (issue 23)
        shown = failures.user_error(raised.value)
        assert isinstance(shown, DiskFull), raised.value
        assert "磁盘已满" in str(shown) and "清理磁盘空间" in str(shown)
        monkeypatch.undo()
        assert Customer.select().count() == 0 and AuditLog.select().count() == audit_rows  # nothing half-saved
    finally:
        close_store()


def test_disk_full_in_the_cli_is_one_line_saying_so(tmp_path, monkeypatch, capsys):
    from dealerdesk.cli.common import run_reporting_errors

    def command(_args):
        raise OSError(28, "No space left on device", str(tmp_path / "x.csv"))

    assert run_reporting_errors(command, None) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "磁盘已满" in err and "Traceback" not in err


def test_a_true_bug_in_the_cli_names_the_log_file_that_holds_its_traceback(tmp_path, monkeypatch, capsys):
    from dealerdesk.cli.common import run_reporting_errors

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path))

    def command(_args):
        return {}["missing"]

    assert run_reporting_errors(command, None) == 1
    err = capsys.readouterr().err
    log = tmp_path / "logs" / "dealerdesk.log"
    assert err.count("\n") == 1 and "意外错误（KeyError）" in err and str(log) in err
    assert "Traceback" not in err and "KeyError: 'missing'" in log.read_text(encoding="utf-8")


def test_the_window_s_background_work_leaves_a_read_only_store_alone(tmp_path):
    """The tray's announcements (remembered in the store) and the daily backup (audited) would write: on a
    read-only store the tray gets its counts without announcing, and the daily backup is not due."""
    import datetime as dt

    from dealerdesk.services.backup import automatic_backup
    from dealerdesk.services.sales import notices

    path = tmp_path / "store.db"
    _store_with_a_customer(path)
    before = _file_bytes(path)
    open_store(path.resolve().as_uri().replace("file://", "file:") + "?mode=ro")
    try:
        manager = authenticate("boss", TEST_PASSWORD)
        batch = notices.check(manager, dt.datetime(2026, 12, 6, 10, 0), announce=True)
        assert batch.items == [] and not batch.digest
        assert automatic_backup(manager, now=dt.datetime(2026, 12, 6, 10, 0)) is None
    finally:
        close_store()
    assert _file_bytes(path) == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="as root chmod does not stop writing: covered by the 'medium' and 'uri' cases above")
def test_a_store_whose_file_and_folder_are_not_writable_opens_read_only(tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "store.db"
    _store_with_a_customer(path)
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        info = open_store(path)
        try:
            assert info.read_only
            manager = authenticate("boss", TEST_PASSWORD)
            assert [h.name for h in search_customers(manager, "张伟")] == ["张伟"]
        finally:
            close_store()
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
