"""What differs between the two backends, SQLite (one file) and PostgreSQL (the shared store), in one place.

Everything else in store/ and services/ writes one query for both; where the SQL must differ, the choice is
made here and only here:

* **Opening**: `postgres_database(url)` — psycopg2 (psycopg 3 when psycopg2 is missing), no pool, connects on
  first use (autoconnect), one connection per thread like SQLite. Times are `TIMESTAMP` without time zone:
  the store keeps naive store-local times, so the server's and the session's time zone play no part.
* **Schema**: the numbered migrations are SQLite DDL; `translate_ddl` turns it into PostgreSQL DDL while a
  migration runs (`translating`). Booleans are INTEGER 0/1 on both backends (`store.models.FlagField`), so a
  migration never has to say which INTEGER columns are booleans. Text columns get the "C" collation: text
  compares and sorts by code point, as SQLite's BINARY collation does, so the search's range scans
  (`key >= q AND key < q || U+10FFFF`) and LIKE 'q%' can use a plain b-tree index and both backends give
  the same order.
* **Query hints**: `unindexed` (SQLite's unary +) and `not_indexed` (NOT INDEXED) only mean something to
  SQLite's planner; on PostgreSQL they are left out.
* **Case in LIKE**: SQLite's LIKE ignores ASCII case, PostgreSQL's does not. The search keys are stored and
  looked up in one normal form (domain/search_keys.py: lower-case pinyin, upper-case plates and VINs), so no
  query relies on LIKE's case rule.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from peewee import SQL, Case, NodeList, PostgresqlDatabase, SqliteDatabase

SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_url(url: str) -> bool:
    return url.split("://", 1)[0].lower() in SERVER_SCHEMES if "://" in url else False


def redact(url: str) -> str:
    """The URL as it may be shown or logged: without its password."""
    if not is_server_url(url):
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class PgDatabase(PostgresqlDatabase):
    """PostgreSQL as DealerDesk uses it: runs the SQLite-dialect migrations through `translate_ddl`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._translating = threading.local()

    def execute_sql(self, sql, params=None):
        if getattr(self._translating, "on", False):
            sql = translate_ddl(sql, with_params=bool(params))
        return super().execute_sql(sql, params)


def postgres_database(url: str, cls: type[PgDatabase] | None = None) -> PgDatabase:
    """A PostgreSQL store from `postgresql://user[:pass]@host[:port]/dbname[?sslmode=…]` (`cls`: a subclass of
    PgDatabase the store adds its hooks to)."""
    scheme, rest = url.split("://", 1)
    if scheme.lower() != "postgresql":
        url = "postgresql://" + rest  # libpq knows both spellings; peewee hands only this one over as a DSN
    prefer_psycopg3 = False
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        prefer_psycopg3 = True
    # No parallel query: the store's queries are short LIMIT look-ups (the search walks customers in recency
    # order until 30 match); starting parallel workers made one of them 425 ms instead of 22 ms on the 200k
    # store (docs/benchmarks.md#postgresql), and the server is a small box shared by the store's PCs.
    return (cls or PgDatabase)(url, autoconnect=True, prefer_psycopg3=prefer_psycopg3, connect_timeout=10,
                      application_name="dealerdesk", options="-c max_parallel_workers_per_gather=0")


def is_sqlite(database) -> bool:
    return isinstance(database, SqliteDatabase)


@contextmanager
def translating(database) -> Iterator[None]:
    """While a migration runs on PostgreSQL, its SQLite DDL (and peewee's own DDL) goes through translate_ddl."""
    if not isinstance(database, PgDatabase):
        yield
        return
    database._translating.on = True
    try:
        yield
    finally:
        database._translating.on = False


def unindexed(column, database):
    """`+column` on SQLite: the same value, but SQLite will not pick an index on it (the planner's default would
    visit far more rows than another index). PostgreSQL's planner needs no such hint (and has no unary + on
    text or timestamps)."""
    if is_sqlite(database):
        return NodeList((SQL("+"), column), glue="")
    return column


def as_int(condition, database):
    """A condition as 0/1 for MAX/SUM: SQLite's comparisons already are integers; PostgreSQL's are booleans,
    which neither MAX nor SUM takes."""
    if is_sqlite(database):
        return condition
    return Case(None, [(condition, 1)], 0)


def not_indexed(database) -> str:
    """SQLite's NOT INDEXED after a table name (keeps its planner off an index); nothing on PostgreSQL."""
    return " NOT INDEXED" if is_sqlite(database) else ""


# --- DDL: SQLite → PostgreSQL ------------------------------------------------------------------------------

_QUOTED = re.compile(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")")
_RULES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.IGNORECASE), r) for p, r in (
    # an INTEGER PRIMARY KEY is SQLite's rowid: ids handed out by the database
    (r"\bINTEGER\s+(NOT\s+NULL\s+)?PRIMARY\s+KEY(\s+AUTOINCREMENT)?", r"SERIAL \1PRIMARY KEY"),
    (r"\bAUTOINCREMENT\b", ""),
    (r"\bDATETIME\b", "TIMESTAMP"),
    (r"\bBOOLEAN\b|\bBOOL\b", "INTEGER"),  # booleans are 0/1 on both backends (store.models.FlagField)
    (r"\bBLOB\b", "BYTEA"),
    (r"\b(REAL|DOUBLE)\b(?!\s+PRECISION)", "DOUBLE PRECISION"),
    (r"\b(VARCHAR\s*\(\s*\d+\s*\)|TEXT)(?!\s+COLLATE)(?=\s*(NOT\b|NULL\b|DEFAULT\b|PRIMARY\b|UNIQUE\b|CHECK\b|"
     r"REFERENCES\b|,|\)|$))", r'\1 COLLATE "C"'),
    (r"\bWITHOUT\s+ROWID\b", ""),
    (r"\(\s*datetime\s*\(\s*'now'\s*(,\s*'localtime'\s*)?\)\s*\)|\bdatetime\s*\(\s*'now'\s*(,\s*'localtime'\s*)?\)",
     "LOCALTIMESTAMP(0)"),
    # `user` is a reserved word in PostgreSQL: a table named user must be quoted
    (r"\b(TABLE|INTO|FROM|UPDATE|REFERENCES|JOIN|ON|EXISTS)\s+user\b", r'\1 "user"'),
))
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_INSERT_OR_REPLACE = re.compile(r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\b", re.IGNORECASE)


def translate_ddl(sql: str, with_params: bool = False) -> str:
    """SQLite DDL (and the few statements migrations run) as PostgreSQL runs it.

    Only text outside quotes is rewritten, so a quoted column named "text" or a default 'DATETIME' stays.
    Statements that are already PostgreSQL (peewee's create_table on a PostgreSQL database) come through
    unchanged except for the boolean and collation rules, which keep both backends alike."""
    if _INSERT_OR_REPLACE.match(sql):
        raise ValueError("INSERT OR REPLACE has no portable meaning; write an UPDATE and an INSERT")
    ignore = bool(_INSERT_OR_IGNORE.match(sql))
    if ignore:
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1)
    parts = _QUOTED.split(sql)
    for i in range(0, len(parts), 2):  # even parts are outside quotes
        text = parts[i]
        for pattern, repl in _RULES:
            text = pattern.sub(repl, text)
        if with_params:
            text = text.replace("%", "%%").replace("?", "%s")
        parts[i] = text
    if with_params:
        for i in range(1, len(parts), 2):
            parts[i] = parts[i].replace("%", "%%")
    out = "".join(parts)
    if ignore:
        out = out.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return out
