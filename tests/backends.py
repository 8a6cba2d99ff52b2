"""The two store backends the tests run on: a temp SQLite file always, PostgreSQL when DEALERDESK_TEST_PG
names a server where tests may create databases (`scripts/pg_test_cluster.sh start` gives one).

Each PostgreSQL test starts from an empty store: one database per test process is migrated once, and
before each test every table is emptied (DELETE, children first) and every sequence restarted, so ids start
at 1 as in a new store. Measured on the throw-away cluster: 7 ms per test, where CREATE DATABASE … TEMPLATE
took 360-480 ms and TRUNCATE of the 28 tables 190 ms. A test that needs a database of its own (a second
store, an empty target) asks `new_pg_database`.
"""
from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit, urlunsplit

PG_ENV = "DEALERDESK_TEST_PG"
PG_URL = os.environ.get(PG_ENV, "")
NO_PG_REASON = f"PostgreSQL variant: set {PG_ENV}=postgresql://user@host:port/db (scripts/pg_test_cluster.sh)"

_counter = itertools.count(1)
_template: str | None = None
_shared: tuple[str, object] | None = None  # (database name, the psycopg2 connection that cleans it)


def pg_url(dbname: str) -> str:
    parts = urlsplit(PG_URL)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, ""))


def admin_execute(*statements: str) -> None:
    import psycopg2

    conn = psycopg2.connect(PG_URL)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            for sql in statements:
                cur.execute(sql)
    finally:
        conn.close()


def _ensure_template() -> str:
    global _template
    if _template is None:
        _template = _new_migrated_database(f"dd_tpl_{os.getpid()}")
    return _template


def _new_migrated_database(name: str) -> str:
    """Create database `name` afresh on the test server and migrate it to a new store's schema."""
    from dealerdesk.store.db import close_store, open_store

    admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    open_store(pg_url(name), create=True)
    close_store()
    return name


def new_pg_database(empty: bool = False) -> str:
    """A fresh database (migrated, or `empty`) on the test server; returns its name."""
    name = f"dd_{os.getpid()}_{next(_counter)}"
    template = "" if empty else f' TEMPLATE "{_ensure_template()}"'
    admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"{template}')
    return name


def drop_pg_database(name: str) -> None:
    from dealerdesk.store.db import close_store

    close_store()
    admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_template() -> None:
    global _template, _shared
    if _shared is not None:
        name, conn = _shared
        conn.close()
        admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _shared = None
    if _template is not None:
        admin_execute(f'DROP DATABASE IF EXISTS "{_template}" WITH (FORCE)')
        _template = None


def clean_shared_database() -> str:
    """The URL of this process's test database, emptied: a new store's state (schema, no rows, ids from 1)."""
    global _shared
    import psycopg2

    from dealerdesk.store.models import ALL_MODELS
    from peewee import sort_models

    if _shared is None:
        name = _new_migrated_database(f"dd_test_{os.getpid()}")
        conn = psycopg2.connect(pg_url(name))
        conn.autocommit = True
        conn.cursor().execute("SET lock_timeout = '10s'")
        _shared = (name, conn)
        return pg_url(name)
    name, conn = _shared
    from dealerdesk.store.db import close_store

    close_store()
    tables = [m._meta.table_name for m in reversed(sort_models(ALL_MODELS))]
    sql = ("BEGIN; " + "".join(f'DELETE FROM "{t}"; ' for t in tables)
           + "SELECT setval(c.oid, 1, false) FROM pg_class c WHERE c.relkind = 'S'; COMMIT;")
    with conn.cursor() as cur:
        try:
            cur.execute(sql)
        except psycopg2.errors.LockNotAvailable:  # a connection a failed test left inside a transaction
            cur.execute("ROLLBACK")
            cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                        "AND pid <> pg_backend_pid()", (name,))
            cur.execute(sql)
    return pg_url(name)


def admin_execute_in(url: str, *statements: str) -> None:
    """Run statements in the database at `url` (autocommit)."""
    import psycopg2

    conn = psycopg2.connect(url)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            for sql in statements:
                cur.execute(sql)
    finally:
        conn.close()
