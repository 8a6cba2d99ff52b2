"""Opening stores: migrations from the first schema, refusals, backups, pragmas."""
import sqlite3

import pytest
from peewee import SqliteDatabase

from dealerdesk.store import migrations
from dealerdesk.store.db import StoreError, close_store, db, open_store
from dealerdesk.store.models import ALL_MODELS, Customer, CustomerPhone, NoticeSent


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def _build_v1(path):
    database = SqliteDatabase(str(path))
    database.connect()
    migrations.migrate(database, 0, 1)
    database.execute_sql("INSERT INTO user (login, display_name, role, password_hash, active, created_at) "
                         "VALUES ('sales01', '王销售', 'sales', '', 1, '2025-01-01 09:00:00')")
    database.execute_sql(
        "INSERT INTO customer (name, kind, gender, birthday_kind, email, wechat, address, city, occupation, "
        "income_level, source, owner_id, needs, tags, consent, category, tier, value_score, score_detail, "
        "archived, last_activity_at, created_at, updated_at, version) VALUES ('单雄信', 'person', 'M', '', '', "
        "'', '', '深圳', '', '', 'walk_in', 1, '', '', 1, 'general', 'low', 0, '', 0, '2025-01-02 10:00:00', "
        "'2025-01-02 10:00:00', '2025-01-02 10:00:00', 1)")
    database.execute_sql("INSERT INTO customer_phone (customer_id, phone, digits, kind, is_primary) "
                         "VALUES (1, '13812345678', '13812345678', 'mobile', 1)")
    database.close()


def test_first_schema_filled_migrates_to_newest_with_backup(tmp_path):
    path = tmp_path / "old.db"
    _build_v1(path)
    assert migrations.LATEST >= 2, "the upgrade path needs at least one migration after the first schema"
    info = open_store(path, backup_dir=tmp_path / "backups")
    try:
        assert info.schema_version == migrations.LATEST
        assert info.backup is not None and info.backup.exists()
        customer = Customer.get_by_id(1)
        assert customer.name == "单雄信" and customer.owner.login == "sales01"
        assert [p.phone for p in CustomerPhone.select()] == ["13812345678"]
        NoticeSent.create(key="follow_up:1:2025-01-03T09:00")  # table added by migration 2 works
    finally:
        close_store()
    # the backup is the store as it was before migrating
    with sqlite3.connect(info.backup) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
        assert conn.execute("SELECT name FROM customer").fetchall() == [("单雄信",)]


def test_migrated_schema_has_every_model_column(tmp_path):
    """Models and migrations cannot drift: a new store has exactly the tables and columns of the models."""
    path = tmp_path / "new.db"
    open_store(path, create=True)
    close_store()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for model in ALL_MODELS:
            table = model._meta.table_name
            assert table in tables, table
            assert _columns(conn, table) == {f.column_name for f in model._meta.sorted_fields}, table


def test_refuses_database_newer_than_code(tmp_path):
    path = tmp_path / "future.db"
    open_store(path, create=True)
    close_store()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, 'later')",
                     (migrations.LATEST + 1,))
    with pytest.raises(StoreError, match="新"):
        open_store(path)


@pytest.mark.parametrize("content", [b"this is not a database" * 100, b"PK\x03\x04 excel file"])
def test_refuses_files_that_are_not_stores(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="不是 DealerDesk"):
        open_store(path)
    assert path.read_bytes() == content  # never touched


def test_refuses_other_sqlite_schema(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="表结构不同"):
        open_store(path, create=True)


def test_missing_file_is_not_created_unless_asked(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="找不到"):
        open_store(path)
    assert not path.exists()
    assert open_store(path, create=True).created
    close_store()


def test_sqlite_pragmas(tmp_path):
    open_store(tmp_path / "p.db", create=True)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    finally:
        close_store()


def test_failed_migration_leaves_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "v1.db"
    _build_v1(path)

    def boom(database):
        database.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("killed mid-migration")

    monkeypatch.setattr(migrations.MIGRATIONS[1], "apply", boom)
    with pytest.raises(RuntimeError):
        open_store(path, backup_dir=tmp_path / "b")
    close_store()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchall()


def test_two_processes_opening_an_old_store_at_once_both_succeed(tmp_path):
    """Two PCs (or the app and a CLI) opening a store that needs migrating must not both migrate it."""
    import subprocess
    import sys

    path = tmp_path / "shared.db"
    _build_v1(path)
    import time

    code = ("import sys, time; from pathlib import Path; from dealerdesk.store.db import open_store; "
            "time.sleep(max(0.0, float(sys.argv[3]) - time.time())); "  # start together
            "info = open_store(sys.argv[1], backup_dir=Path(sys.argv[2])); print(info.schema_version)")
    start = str(time.time() + 3.0)
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path), str(tmp_path / f"b{i}"), start],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _, err in results]
    assert {out.strip() for out, _ in results} == {str(migrations.LATEST)}
    with sqlite3.connect(path) as conn:
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, migrations.LATEST + 1))


def test_schema_8_drops_phone_and_vin_keys_and_search_still_finds_them(tmp_path):
    """Schema 7 stored a whole phone as `phone` and a VIN as `vin` rows; 8 deletes them (the reversed keys'
    exact tier finds the same customers with the same rank)."""
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.search import search_customers

    path = tmp_path / "v7.db"
    database = SqliteDatabase(str(path))
    database.connect()
    migrations.migrate(database, 0, 7)
    rows = [
        ("INSERT INTO customer (name, kind, gender, birthday_kind, email, wechat, address, city, occupation, "
         "income_level, source, owner_id, needs, tags, consent, category, tier, value_score, score_detail, "
         "archived, last_activity_at, created_at, updated_at, version) VALUES ('单雄信', 'person', 'M', '', '', "
         "'', '', '深圳', '', '', 'walk_in', NULL, '', '', 1, 'general', 'low', 0, '', 0, '2025-01-02 10:00:00', "
         "'2025-01-02 10:00:00', '2025-01-02 10:00:00', 1)"),
        ("INSERT INTO customer_phone (customer_id, phone, digits, kind, is_primary) "
         "VALUES (1, '13812345678', '13812345678', 'mobile', 1)"),
        ("INSERT INTO vehicle (vin, plate, model_name, colour, mileage_km, seats, use, energy, owner_id, "
         "created_at, updated_at, version) VALUES ('1M8GDM9AXKP042788', '粤B12345', '', '', 0, 5, 'private', "
         "'petrol', 1, '2025-01-02 10:00:00', '2025-01-02 10:00:00', 1)"),
    ]
    for stmt in rows:
        database.execute_sql(stmt)
    for kind, key, vehicle in (("name", "单雄信", None), ("phone", "13812345678", None),
                               ("phone_rev", "87654321831", None), ("vin", "1M8GDM9AXKP042788", 1),
                               ("vin_rev", "887240PKXA9MDG8M1", 1), ("plate", "粤B12345", 1)):
        database.execute_sql("INSERT INTO search_key (customer_id, vehicle_id, kind, key) VALUES (1, ?, ?, ?)",
                             (vehicle, kind, key))
    database.close()
    info = open_store(path, backup_dir=tmp_path / "backups")
    try:
        assert info.schema_version == migrations.LATEST >= 8
        kinds = {k for (k,) in db.obj.execute_sql("SELECT kind FROM search_key").fetchall()}
        assert kinds == {"name", "phone_rev", "vin_rev", "plate"}
        for query, matched, shown in (("13812345678", "phone", "13812345678"),
                                      ("138-1234-5678", "phone", "13812345678"),
                                      ("1M8GDM9AXKP042788", "vin", "1M8GDM9AXKP042788")):
            hits = search_customers(SYSTEM, query)
            assert [(h.id, h.rank, h.matched, h.matched_value) for h in hits] == [(1, 0, matched, shown)], query
        assert search_customers(SYSTEM, "1M8GDM9AXKP042788")[0].vehicle_id == 1
        assert search_customers(SYSTEM, "5678")[0].rank == 1  # a tail is still a prefix match
    finally:
        close_store()


def test_schema_9_drops_redundant_indexes_and_indexes_references_only_where_set(tmp_path):
    """Schema 9: three indexes that a composite index already answered are gone; six foreign-key indexes hold
    only the rows that have the reference, and the look-ups (`col = ?`, ON DELETE SET NULL) still use them."""
    path = tmp_path / "v8.db"
    database = SqliteDatabase(str(path))
    database.connect()
    migrations.migrate(database, 0, 8)
    before = {name for (name,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    database.close()
    assert {"customer_archived", "follow_up_status", "level_change_lead_id"} <= before
    open_store(path, backup_dir=tmp_path / "backups")
    try:
        conn = db.obj
        indexes = dict(conn.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                        ).fetchall())
        assert not {"customer_archived", "follow_up_status", "level_change_lead_id"} & set(indexes)
        for table, column in migrations.MIGRATIONS[8].PARTIAL:
            assert indexes[f"{table}_{column}"].endswith(f'WHERE "{column}" IS NOT NULL'), table
        plans = {
            "SELECT id FROM customer WHERE merged_into_id = 1": "customer_merged_into_id",
            "SELECT id FROM customer WHERE archived = 0 ORDER BY last_activity_at DESC":
                "customer_archived_last_activity_at",
            "SELECT id FROM follow_up WHERE status = 'planned'": "follow_up_status_due_at",
            "SELECT id FROM level_change WHERE lead_id = 1": "level_change_lead_id_changed_at",
            "SELECT id FROM purchase WHERE order_id = 3": "purchase_order_id",
        }
        for sql, index in plans.items():
            plan = " ".join(row[-1] for row in conn.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall())
            assert index in plan, (sql, plan)
        # ON DELETE SET NULL still works through the partial index
        conn.execute_sql("INSERT INTO customer (name, kind, gender, birthday_kind, email, wechat, address, city, "
                         "occupation, income_level, source, needs, tags, consent, category, tier, value_score, "
                         "score_detail, archived, last_activity_at, created_at, updated_at, version) VALUES "
                         "('甲', 'person', '', '', '', '', '', '', '', '', 'walk_in', '', '', 0, 'general', 'low', 0, "
                         "'', 0, '2025-01-02', '2025-01-02', '2025-01-02', 1)")
        conn.execute_sql("INSERT INTO customer (name, kind, gender, birthday_kind, email, wechat, address, city, "
                         "occupation, income_level, source, needs, tags, consent, category, tier, value_score, "
                         "score_detail, archived, last_activity_at, created_at, updated_at, version, merged_into_id) "
                         "SELECT '乙', kind, gender, birthday_kind, email, wechat, address, city, occupation, "
                         "income_level, source, needs, tags, consent, category, tier, value_score, score_detail, "
                         "archived, last_activity_at, created_at, updated_at, version, id FROM customer")
        conn.execute_sql("DELETE FROM customer WHERE name = '甲'")
        assert conn.execute_sql("SELECT merged_into_id FROM customer WHERE name = '乙'").fetchone() == (None,)
    finally:
        close_store()
