"""Schema 12 cleans the free text stored before the one normalisation: a customer whose name came in with a
NUL byte (imported from a CSV before issue 23) is stored clean afterwards and exports to xlsx."""
import os
import sqlite3

import openpyxl
import pytest
from peewee import SqliteDatabase

from dealerdesk.services.search import search_customers
from dealerdesk.services.transfer.export import export
from dealerdesk.store import migrations
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer, Interaction
from tests.factories import make_user

_MIGRATION = migrations.MIGRATIONS[15]


def _build_v15_with_hostile_text(path):
    database = SqliteDatabase(str(path))
    database.connect()
    migrations.migrate(database, 0, 15)
    database.execute_sql(
        "INSERT INTO customer (name, kind, gender, birthday_kind, email, wechat, address, city, occupation, "
        "income_level, source, owner_id, needs, tags, consent, category, tier, value_score, score_detail, "
        "archived, last_activity_at, created_at, updated_at, version) VALUES (?, 'person', 'M', '', '', "
        "'', ?, '深圳', '', '', 'walk_in', NULL, ?, '', 1, 'general', 'low', 0, '', 0, '2025-01-02 10:00:00', "
        "'2025-01-02 10:00:00', '2025-01-02 10:00:00', 1)",
        ("张\x00三\u202e", "\ufeff南山区\x1b科技园", "第一行\n第二行\x07"))
    database.execute_sql("INSERT INTO interaction (customer_id, at, channel, place, content, result, next_step) "
                         "VALUES (1, '2025-01-02 10:00:00', 'phone', '', ?, '', '')", ("内容\x00\r\n下一行",))
    database.close()


def test_migration_16_is_the_clean_text_step():
    assert _MIGRATION.VERSION == 16 and "customer" in _MIGRATION.COLUMNS


def test_migration_cleans_a_nul_name_and_the_customer_then_exports(tmp_path):
    path = tmp_path / "old.db"
    _build_v15_with_hostile_text(path)
    with sqlite3.connect(path) as conn:  # the stored name really holds the NUL byte before migrating
        assert conn.execute("SELECT name FROM customer").fetchone()[0] == "张\x00三\u202e"
    open_store(path, backup_dir=tmp_path / "backups")
    try:
        customer = Customer.get_by_id(1)
        assert customer.name == "张三"
        assert customer.address == "南山区科技园"
        assert customer.needs == "第一行\n第二行"  # a note keeps its line break
        assert Interaction.get().content == "内容\r\n下一行"  # only the invisible characters go
        manager = make_user("mgr", "经理", "manager")
        assert [h.id for h in search_customers(manager, "张三")] == [1]  # its name keys were rebuilt
        assert [h.id for h in search_customers(manager, "zs")] == [1]
        out = tmp_path / "all.xlsx"
        result = export(manager, "customers", out)
        assert result.rows == 1
        cells = [c.value for c in next(openpyxl.load_workbook(out).active.iter_rows(min_row=2))]
        assert "张三" in cells
    finally:
        close_store()


def test_migration_leaves_clean_rows_untouched(tmp_path):
    """A store with nothing to clean: the rows and their versions are as they were."""
    path = tmp_path / "clean.db"
    database = SqliteDatabase(str(path))
    database.connect()
    migrations.migrate(database, 0, 15)
    database.execute_sql(
        "INSERT INTO customer (name, kind, gender, birthday_kind, email, wechat, address, city, occupation, "
        "income_level, source, owner_id, needs, tags, consent, category, tier, value_score, score_detail, "
        "archived, last_activity_at, created_at, updated_at, version) VALUES ('李四', 'person', 'M', '', '', "
        "'', '', '深圳', '', '', 'walk_in', NULL, '多行\n备注', '', 1, 'general', 'low', 0, '', 0, "
        "'2025-01-02 10:00:00', '2025-01-02 10:00:00', '2025-01-02 10:00:00', 7)")
    before = database.execute_sql("SELECT * FROM customer").fetchall()
    _MIGRATION.apply(database)
    assert database.execute_sql("SELECT * FROM customer").fetchall() == before
    database.close()


@pytest.mark.skipif(not os.environ.get("DEALERDESK_TEST_PG"), reason="PostgreSQL variant: set DEALERDESK_TEST_PG")
def test_migration_12_cleans_text_on_postgresql_too():
    """The same step on a server store (PostgreSQL text cannot hold NUL; the other characters can): the
    SQLite-style placeholders go through the migration runner's translation."""
    from dealerdesk.store.db import make_database
    from tests import backends

    name = backends.new_pg_database(empty=True)
    try:
        url = backends.pg_url(name)
        database = make_database(url)
        database.connect()
        migrations.migrate(database, 0, 15)
        database.execute_sql(
            "INSERT INTO customer (name, kind, gender, birthday_kind, email, wechat, address, city, occupation, "
            "income_level, source, owner_id, needs, tags, consent, category, tier, value_score, score_detail, "
            "archived, last_activity_at, created_at, updated_at, version) VALUES (%s, 'person', 'M', '', '', "
            "'', %s, '深圳', '', '', 'walk_in', NULL, '', '', 1, 'general', 'low', 0, '', 0, "
            "'2025-01-02 10:00:00', '2025-01-02 10:00:00', '2025-01-02 10:00:00', 1)",
            ("张\u202e三\ufeff", "南山区\x1b100%"))
        database.close()
        open_store(url)
        try:
            customer = Customer.get()
            assert (customer.name, customer.address) == ("张三", "南山区100%")
        finally:
            close_store()
    finally:
        backends.drop_pg_database(name)
