"""An import returns only once its rows are in the store file itself (store.db.checkpoint_after): the COMMIT
does not checkpoint halfway, a TRUNCATE checkpoint right after it copies the WAL into the file (fsync'd), and
the -wal file is left empty. Committed data survives a killed process either way."""
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


def test_the_import_returns_with_its_rows_in_the_store_file(tmp_path):
    store = tmp_path / "store.db"
    sheet = book(tmp_path / "in.xlsx", ROWS)
    open_store(store, create=True)
    try:
        settle(store)
        result = run_import(SYSTEM, sheet, ImportOptions())
        assert result.imported == 300
        assert (tmp_path / "store.db-wal").stat().st_size == 0  # nothing left only in the WAL
        assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # the setting is back
        # the .db file alone (copied while the store is open, without its -wal) holds every row
        alone = tmp_path / "alone"
        alone.mkdir()
        shutil.copyfile(store, alone / "store.db")
        copy = sqlite3.connect(alone / "store.db")
        try:
            assert copy.execute("SELECT count(*) FROM customer").fetchone()[0] == 300
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            copy.close()
    finally:
        close_store()


def test_a_reader_holding_the_wal_does_not_fail_the_import(tmp_path):
    """Another PC's long read keeps the checkpoint from finishing: the import still succeeds (its data is
    committed) and a helper thread finishes the checkpoint later."""
    store = tmp_path / "store.db"
    sheet = book(tmp_path / "in.xlsx", ROWS)
    open_store(store, create=True)
    reader = sqlite3.connect(store, isolation_level=None)
    try:
        db.execute_sql("PRAGMA busy_timeout = 200")  # not 10 s of waiting for the reader in a test
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM customer").fetchone()  # a snapshot from before the import
        assert run_import(SYSTEM, sheet, ImportOptions()).imported == 300
        assert Customer.select().count() == 300
        reader.execute("COMMIT")
        assert wait_for_checkpoint(timeout=30)
    finally:
        reader.close()
        close_store()
    reopened = sqlite3.connect(store)
    try:
        assert reopened.execute("SELECT count(*) FROM customer").fetchone()[0] == 300
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
