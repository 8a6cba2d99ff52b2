"""PostgreSQL, the shared store: the same numbered migrations, `migrate --db postgresql://…`, moving a SQLite
store there with `migrate-store`, and URLs that never show their password.

The translator tests run everywhere; the rest need DEALERDESK_TEST_PG (tests/backends.py) and are skipped
with that reason without it.
"""
import pytest

from dealerdesk.cli import main
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers import records as cs
from dealerdesk.store import migrations, move
from dealerdesk.store.db import StoreError, close_store, open_store
from dealerdesk.store.dialect import redact, translate_ddl
from dealerdesk.store.models import ALL_MODELS, Customer, DateTimeField, FlagField
from tests.factories import make_user
from tests import backends

needs_pg = pytest.mark.skipif(not backends.PG_URL, reason=backends.NO_PG_REASON)


# --- the DDL translator (no server needed) ----------------------------------------------------------------

def test_translator_turns_sqlite_ddl_into_postgresql():
    sql = ('CREATE TABLE "t" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL, "note" TEXT, '
           '"at" DATETIME NOT NULL, "on_day" DATE, "active" INTEGER NOT NULL, "ok" BOOLEAN NOT NULL, '
           '"cost" DECIMAL(12, 2) NOT NULL, "raw" BLOB)')
    assert translate_ddl(sql) == (
        'CREATE TABLE "t" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR(60) COLLATE "C" NOT NULL, '
        '"note" TEXT COLLATE "C", "at" TIMESTAMP NOT NULL, "on_day" DATE, "active" INTEGER NOT NULL, '
        '"ok" INTEGER NOT NULL, "cost" DECIMAL(12, 2) NOT NULL, "raw" BYTEA)')


@pytest.mark.parametrize("sql, expected", [
    # the shapes the house rules allow new migrations (0010_*): ADD COLUMN with a DEFAULT, (partial) indexes
    ('ALTER TABLE "user" ADD COLUMN "locked_until" DATETIME', 'ALTER TABLE "user" ADD COLUMN "locked_until" TIMESTAMP'),
    ("ALTER TABLE user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0",
     'ALTER TABLE "user" ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0'),
    ("ALTER TABLE customer ADD COLUMN erased_note TEXT NOT NULL DEFAULT 'DATETIME'",
     "ALTER TABLE customer ADD COLUMN erased_note TEXT COLLATE \"C\" NOT NULL DEFAULT 'DATETIME'"),
    ('CREATE INDEX "x" ON "lead" ("owner_id") WHERE "owner_id" IS NOT NULL',
     'CREATE INDEX "x" ON "lead" ("owner_id") WHERE "owner_id" IS NOT NULL'),
    ("INSERT OR IGNORE INTO setting (key, value) VALUES ('a', 'b')",
     "INSERT INTO setting (key, value) VALUES ('a', 'b') ON CONFLICT DO NOTHING"),
    ('CREATE TABLE "text" ("text" TEXT)', 'CREATE TABLE "text" ("text" TEXT COLLATE "C")'),
])
def test_translator_keeps_portable_ddl_and_quoted_text(sql, expected):
    assert translate_ddl(sql) == expected


def test_translator_turns_question_marks_into_driver_parameters():
    assert translate_ddl("UPDATE t SET a = ? WHERE b LIKE 'x%' AND c = ?", with_params=True) == \
        "UPDATE t SET a = %s WHERE b LIKE 'x%%' AND c = %s"


def test_translator_refuses_insert_or_replace():
    with pytest.raises(ValueError, match="REPLACE"):
        translate_ddl("INSERT OR REPLACE INTO setting VALUES ('a', 'b')")


def test_urls_are_shown_without_their_password():
    assert redact("postgresql://dd:s3cret@db.local:5433/store") == "postgresql://dd:***@db.local:5433/store"
    assert redact("postgresql://dd@db.local/store") == "postgresql://dd@db.local/store"
    assert redact("C:/data/store.db") == "C:/data/store.db"


# --- on a server -------------------------------------------------------------------------------------------

@pytest.fixture
def empty_pg():
    """An empty database on the test server (no tables): a store the way an admin creates it."""
    name = backends.new_pg_database(empty=True)
    yield backends.pg_url(name)
    backends.drop_pg_database(name)


def _pg_columns(url: str) -> dict[str, dict[str, tuple[str, str | None]]]:
    import psycopg2

    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT table_name, column_name, data_type, collation_name FROM information_schema.columns "
                        "WHERE table_schema = 'public'")
            out: dict[str, dict[str, tuple[str, str | None]]] = {}
            for table, column, kind, collation in cur.fetchall():
                out.setdefault(table, {})[column] = (kind, collation)
            return out
    finally:
        conn.close()


@needs_pg
def test_migrate_creates_an_empty_store_with_every_model_column(capsys, empty_pg, monkeypatch):
    monkeypatch.setenv("DEALERDESK_PASSWORD", "first-admin-pw")  # migrate creates the store's first admin
    assert main(["--db", empty_pg, "migrate"]) == 0
    assert f"schema {migrations.LATEST}" in capsys.readouterr().out
    close_store()
    columns = _pg_columns(empty_pg)
    for model in ALL_MODELS:
        table = model._meta.table_name
        assert set(columns[table]) == {f.column_name for f in model._meta.sorted_fields}, table
        for f in model._meta.sorted_fields:
            kind, collation = columns[table][f.column_name]
            if isinstance(f, FlagField):
                assert kind == "integer", (table, f.name)  # 0/1 on both backends
            elif isinstance(f, DateTimeField):
                assert kind == "timestamp without time zone", (table, f.name)  # naive store-local times
            elif kind in ("character varying", "text"):
                assert collation == "C", (table, f.name)  # code-point order, as SQLite compares
    # opening it again finds the schema and changes nothing; it is empty
    info = open_store(empty_pg)
    assert info.schema_version == migrations.LATEST and not info.created
    assert Customer.select().count() == 0
    close_store()


@needs_pg
def test_a_database_holding_other_tables_is_refused(empty_pg):
    backends.admin_execute_in(empty_pg, "CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="表结构不同"):
        open_store(empty_pg, create=True)
    close_store()


def test_a_wrong_password_is_one_line_without_the_password(capsys):
    url = "postgresql://nobody:TopSecret1@127.0.0.1:1/nowhere"  # port 1: nothing listens
    assert main(["--db", url, "search", "王"]) == 1
    err = capsys.readouterr().err
    assert "TopSecret1" not in err and len(err.strip().splitlines()) == 1 and "nobody:***@" in err


def _sqlite_store(path) -> dict[str, int]:
    """A small SQLite store with a referral pointing forwards (customer 1 referred by customer 3)."""
    open_store(path, create=True)
    sales = make_user("sales01", "张顾问", "sales")
    ids = [cs.create_customer(SYSTEM, cs.CustomerInput(name=n, phones=[p], owner_id=sales.id)).id
           for n, p in (("欧阳明", "13812345678"), ("陈静", "13912345678"), ("王芳", "13712345678"))]
    Customer.update(referred_by=ids[2]).where(Customer.id == ids[0]).execute()
    counts = {m._meta.table_name: m.select().count() for m in ALL_MODELS}
    close_store()
    return counts


@needs_pg
def test_migrate_store_copies_every_row_and_moves_the_sequences_on(capsys, tmp_path, empty_pg):
    counts = _sqlite_store(tmp_path / "small.db")
    assert main(["migrate-store", "--from", str(tmp_path / "small.db"), "--to", empty_pg, "--json"]) == 0
    import json

    result = json.loads(capsys.readouterr().out)
    assert result["tables"] == counts and result["rows"] == sum(counts.values())
    open_store(empty_pg)
    try:
        assert Customer.get_by_id(1).referred_by_id == 3
        new = cs.create_customer(SYSTEM, cs.CustomerInput(name="新客户", phones=["13612345678"]))
        assert new.id == 4  # the sequence stands past the copied ids
    finally:
        close_store()


@needs_pg
def test_migrate_store_refuses_a_target_with_data(capsys, tmp_path, empty_pg):
    _sqlite_store(tmp_path / "small.db")
    open_store(empty_pg, create=True)
    make_user("someone", "已有用户", "sales")
    close_store()
    assert main(["migrate-store", "--from", str(tmp_path / "small.db"), "--to", empty_pg]) == 1
    assert "已有数据" in capsys.readouterr().err
    open_store(empty_pg)
    try:
        assert Customer.select().count() == 0
    finally:
        close_store()


@needs_pg
def test_migrate_store_with_a_count_difference_exits_1_and_leaves_the_target_empty(capsys, tmp_path, empty_pg,
                                                                                monkeypatch):
    _sqlite_store(tmp_path / "small.db")
    real = move._copy_table

    def losing_one_row(source, model, *args):  # a copy that silently loses a customer
        copied = real(source, model, *args)
        if model is Customer:
            Customer.delete().where(Customer.id == 2).execute()
        return copied

    monkeypatch.setattr(move, "_copy_table", losing_one_row)
    assert main(["migrate-store", "--from", str(tmp_path / "small.db"), "--to", empty_pg]) == 1
    err = capsys.readouterr().err
    assert "customer" in err and "源 3" in err and "目标 2" in err
    open_store(empty_pg)
    try:
        assert all(m.select().count() == 0 for m in ALL_MODELS)
    finally:
        close_store()


@needs_pg
def test_an_old_server_store_is_upgraded_through_the_same_numbered_migrations(empty_pg):
    """Schema 1 on the server, with a customer in it; opening it runs migrations 2…N (SQLite DDL, translated)."""
    from dealerdesk.store.db import make_database

    database = make_database(empty_pg)
    database.connect()
    migrations.migrate(database, 0, 1)
    database.execute_sql("INSERT INTO \"user\" (login, display_name, role, password_hash, active, created_at) "
                         "VALUES ('sales01', '王销售', 'sales', '', 1, '2025-01-01 09:00:00')")
    database.execute_sql(
        "INSERT INTO customer (name, kind, gender, birthday_kind, email, wechat, address, city, occupation, "
        "income_level, source, owner_id, needs, tags, consent, category, tier, value_score, score_detail, "
        "archived, last_activity_at, created_at, updated_at, version) VALUES ('单雄信', 'person', 'M', '', '', "
        "'', '', '深圳', '', '', 'walk_in', 1, '', '', 1, 'general', 'low', 0, '', 0, '2025-01-02 10:00:00', "
        "'2025-01-02 10:00:00', '2025-01-02 10:00:00', 1)")
    assert migrations.current_version(database) == 1
    database.close()
    info = open_store(empty_pg)
    try:
        assert info.schema_version == migrations.LATEST and info.backup is None  # a server store: pg_dump's job
        customer = Customer.get_by_id(1)
        assert customer.name == "单雄信" and customer.owner.login == "sales01" and customer.archived is False
        from dealerdesk.store.models import NoticeSent

        NoticeSent.create(key="follow_up:1:2025-01-03T09:00")  # the table of migration 2 works
    finally:
        close_store()
