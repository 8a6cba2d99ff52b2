"""An import's COMMIT leaves the WAL to a helper thread (store.db.checkpoint_later): the commit returns
without copying pages into the store file, the data is committed and survives a killed process all the
same, and the helper (or close_store) folds the WAL in afterwards."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.transfer.importer import ImportOptions, run_import
from dealerdesk.store import db as store_db
from dealerdesk.store.db import close_store, db, open_store, wait_for_checkpoint
from dealerdesk.store.models import Customer
from tests.services.transfer.test_importer import book


class Cancelled(Exception):
    pass


ROWS = [["姓名", "手机"]] + [[f"客户{i}", f"139{i:08d}"] for i in range(300)]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settle(path) -> None:
    """Every committed page in the store file, so a later change of the file means a checkpoint ran."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert (path.parent / (path.name + "-wal")).stat().st_size == 0


def test_commit_leaves_the_checkpoint_to_the_helper_and_loses_nothing(tmp_path, monkeypatch):
    store = tmp_path / "store.db"
    sheet = book(tmp_path / "in.xlsx", ROWS)
    open_store(store, create=True)
    try:
        # a checkpoint after every page: without checkpoint_later the import's COMMIT would copy its pages
        db.execute_sql("PRAGMA wal_autocheckpoint = 1")
        settle(store)
        before = digest(store)
        started = []
        monkeypatch.setattr(store_db, "checkpoint_in_background", lambda: started.append(True))

        result = run_import(SYSTEM, sheet, ImportOptions())

        assert result.imported == 300
        assert started == [True]  # the helper was asked for, once
        assert digest(store) == before  # the COMMIT copied nothing into the store file
        assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 1  # the setting is back
        assert Customer.select().count() == 300

        # a killed process leaves the files as they are now: the copy opens with every committed row
        killed = tmp_path / "killed"
        killed.mkdir()
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{store}{suffix}", killed / f"store.db{suffix}")
        copy = sqlite3.connect(killed / "store.db")
        try:
            assert copy.execute("SELECT count(*) FROM customer").fetchone()[0] == 300
        finally:
            copy.close()

        monkeypatch.undo()
        store_db.checkpoint_in_background()
        assert wait_for_checkpoint(timeout=30)
        assert digest(store) != before  # now the pages are in the store file
    finally:
        close_store()
    reopened = sqlite3.connect(store)
    try:
        assert reopened.execute("SELECT count(*) FROM customer").fetchone()[0] == 300
        assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        reopened.close()


def test_failed_import_starts_no_checkpoint_and_restores_the_setting(tmp_path, monkeypatch):
    store = tmp_path / "store.db"
    sheet = book(tmp_path / "in.xlsx", ROWS)
    open_store(store, create=True)
    try:
        started = []
        monkeypatch.setattr(store_db, "checkpoint_in_background", lambda: started.append(True))

        def cancel(done, total, stage):
            if stage == "write":
                raise Cancelled

        with pytest.raises(Cancelled):
            run_import(SYSTEM, sheet, ImportOptions(), progress=cancel)
        assert started == []
        assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
        assert Customer.select().count() == 0
    finally:
        close_store()


def test_close_store_waits_for_the_helper(tmp_path):
    store = tmp_path / "store.db"
    open_store(store, create=True)
    Customer.create(name="张三")
    store_db.checkpoint_in_background()
    close_store()
    assert store_db._checkpointer is not None and not store_db._checkpointer.is_alive()
    assert not (tmp_path / "store.db-wal").exists()  # the last connection closed cleanly: WAL folded and removed
