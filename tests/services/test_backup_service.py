"""services/backup.py: who may back up and restore, the round trip, refusals that leave the store untouched,
--force, the daily backup with its rotation and a missing folder, and an older backup migrated on restore."""
import datetime as dt
import sqlite3

import pytest
from peewee import SqliteDatabase

from dealerdesk.domain.errors import Conflict, PermissionDenied
from dealerdesk.services import backup as svc
from dealerdesk.services import customers as cs
from dealerdesk.services.settings import set_setting
from dealerdesk.store import backup as files
from dealerdesk.store import migrations
from dealerdesk.store.db import store_file
from dealerdesk.store.models import AuditLog, Customer
from tests.factories import make_user

pytestmark = pytest.mark.sqlite_only("file backups through the online backup API; a PostgreSQL store is backed up by pg_dump (tests/store/test_backup.py runs that path with a stand-in)")

NOW = dt.datetime(2026, 12, 6, 8, 30)


@pytest.fixture
def admin(store, tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    user = make_user("admin1", "管理员", "admin")
    for name in ("欧阳明", "李雷", "韩梅梅"):
        cs.create_customer(user, cs.CustomerInput(name=name, phones=[]))
    return user


def names() -> list[str]:
    return sorted(c.name for c in Customer.select())


def test_backup_then_restore_brings_the_data_back(admin, tmp_path):
    result = svc.backup_store(admin, tmp_path / "bk.db", now=NOW)
    assert result.rows > 0 and files.is_backup_file(tmp_path / "bk.db")
    cs.create_customer(admin, cs.CustomerInput(name="后来者", phones=[]))
    Customer.delete().where(Customer.name == "李雷").execute()

    restored = svc.restore_store(admin, tmp_path / "bk.db", now=NOW)

    assert names() == ["李雷", "欧阳明", "韩梅梅"]
    assert restored.rows == files.examine(tmp_path / "bk.db").rows
    assert not files.is_backup_file(store_file())  # the store itself carries no backup marker
    with sqlite3.connect(restored.safety_copy) as conn:  # the store as it was before the restore
        assert sorted(r[0] for r in conn.execute("SELECT name FROM customer")) == ["后来者", "欧阳明", "韩梅梅"]
    assert AuditLog.select().where(AuditLog.action == "restore").count() == 1


def test_restoring_a_corrupt_file_is_refused_and_the_store_is_untouched(admin, tmp_path):
    svc.backup_store(admin, tmp_path / "bk.db", now=NOW)
    data = bytearray((tmp_path / "bk.db").read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\x00\xff" * 2048
    (tmp_path / "bk.db").write_bytes(bytes(data))
    cs.create_customer(admin, cs.CustomerInput(name="后来者", phones=[]))
    store_bytes = store_file().read_bytes()
    before = names()

    with pytest.raises(files.BackupError):
        svc.restore_store(admin, tmp_path / "bk.db", now=NOW)

    assert names() == before and "后来者" in before
    assert store_file().read_bytes() == store_bytes
    assert not list(svc.backup_folder().glob("*pre-restore*"))  # refused before anything was written


def test_backup_refuses_to_overwrite_a_store_or_any_non_backup_without_force(admin, tmp_path):
    other_store = tmp_path / "other.db"
    other = SqliteDatabase(str(other_store))
    migrations.migrate(other, 0)
    other.close()
    notes = tmp_path / "notes.txt"
    notes.write_text("重要", encoding="utf-8")
    for target in (other_store, notes, store_file()):
        kept = target.read_bytes()
        with pytest.raises(Conflict, match="--force|当前数据库"):
            svc.backup_store(admin, target, now=NOW)
        assert target.read_bytes() == kept
    svc.backup_store(admin, tmp_path / "bk.db", now=NOW)
    svc.backup_store(admin, tmp_path / "bk.db", now=NOW)  # over an earlier backup: fine
    svc.backup_store(admin, other_store, force=True, now=NOW)
    assert files.is_backup_file(other_store)
    with pytest.raises(Conflict):
        svc.backup_store(admin, store_file(), force=True, now=NOW)  # never over the store itself


def test_only_the_permitted_roles_back_up_and_restore(admin, tmp_path):
    sales = make_user("sales1", "销售", "sales")
    manager = make_user("mgr1", "经理", "manager")
    for who in (sales, manager):  # backups are the admin's (the permission matrix)
        with pytest.raises(PermissionDenied):
            svc.backup_store(who, tmp_path / "bk.db", now=NOW)
    svc.backup_store(admin, tmp_path / "bk.db", now=NOW)
    with pytest.raises(PermissionDenied):
        svc.restore_store(manager, tmp_path / "bk.db", now=NOW)
    with pytest.raises(PermissionDenied):
        svc.examine_backup(manager, tmp_path / "bk.db")
    summary = svc.examine_backup(admin, tmp_path / "bk.db")
    assert summary.counts["customer"] == 3 and summary.schema_version == migrations.LATEST


def test_the_daily_backup_runs_once_a_day_and_rotates(admin, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    set_setting(admin, "backup.folder", str(folder))
    set_setting(admin, "backup.keep", 3)
    set_setting(admin, "backup.keep_monthly", 2)
    sales = make_user("sales1", "销售", "sales")  # anybody's first start of the day
    for day in range(40):
        now = dt.datetime(2026, 11, 1, 8, 0) + dt.timedelta(days=day)
        assert svc.automatic_backup(sales, now=now) is not None
        assert svc.automatic_backup(sales, now=now + dt.timedelta(hours=3)) is None  # not twice a day
    kept = [stamp.date() for stamp, _ in files.backups_of(folder, store_file().stem)]
    assert kept == [dt.date(2026, 12, 10), dt.date(2026, 12, 9), dt.date(2026, 12, 8), dt.date(2026, 11, 30)]
    assert AuditLog.select().where(AuditLog.action == "backup", AuditLog.user_login == "sales1").count() == 40


def test_backup_on_exit_only_when_set(admin, tmp_path):
    assert svc.automatic_backup(admin, now=NOW, on_exit=True) is None
    set_setting(admin, "backup.on_exit", True)
    result = svc.automatic_backup(admin, now=NOW, on_exit=True)
    assert result is not None and result.path.endswith("-exit.db")


def test_a_missing_backup_folder_is_said_clearly_and_nothing_is_written(admin, tmp_path):
    set_setting(admin, "backup.folder", str(tmp_path / "E盘" / "备份"))
    with pytest.raises(files.BackupError, match="不存在"):
        svc.automatic_backup(admin, now=NOW)
    with pytest.raises(files.BackupError, match="不存在"):
        svc.backup_store(admin, now=NOW)  # 立即备份 / `dealerdesk backup` into the same folder
    assert not (tmp_path / "E盘").exists()


def test_an_older_backup_is_migrated_after_restore(admin, tmp_path):
    old = tmp_path / "old-v8.db"
    database = SqliteDatabase(str(old))
    migrations.migrate(database, 0, 8)
    database.execute_sql("INSERT INTO user (login, display_name, role, password_hash, active, created_at) "
                         "VALUES ('admin1', '管理员', 'admin', '', 1, '2025-01-01 09:00:00')")
    database.close()

    result = svc.restore_store(admin, old, now=NOW)

    assert result.schema_version == migrations.LATEST
    with sqlite3.connect(store_file()) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == migrations.LATEST
    assert names() == []
