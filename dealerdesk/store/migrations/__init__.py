"""Numbered schema migrations: `NNNN_name.py` modules, each with `VERSION` and `apply(database)`.

A new store runs them all in order, so every store (new or upgraded) reaches its schema through the same
path. Each migration runs in its own transaction together with the update of `schema_version`, so a killed
migration leaves the store at the previous version. Migration modules are frozen history: they never import
the current models.

The migrations are written in SQLite's dialect (plain portable DDL: CREATE TABLE/INDEX, ALTER TABLE ... ADD
COLUMN with a DEFAULT, partial indexes). On PostgreSQL the same files run: every statement a migration
executes goes through `store.dialect.translate_ddl` (INTEGER PRIMARY KEY → SERIAL, DATETIME → TIMESTAMP,
booleans as INTEGER 0/1, text in the "C" collation), so both backends reach the same schema by the same
numbered steps.
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from types import ModuleType

SCHEMA_TABLE = "schema_version"


def _modules() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name[:4].isdigit())
    mods = [importlib.import_module(f"{__name__}.{n}") for n in names]
    versions = [m.VERSION for m in mods]
    assert versions == list(range(1, len(mods) + 1)), f"migrations must be numbered 1..n, got {versions}"
    return mods


MIGRATIONS = _modules()
LATEST = len(MIGRATIONS)


def _tables(database) -> set[str]:
    return set(database.get_tables())


def current_version(database) -> int | None:
    """The store's schema version, or None when the database has no DealerDesk schema table."""
    if SCHEMA_TABLE not in _tables(database):
        return None
    row = database.execute_sql(f"SELECT MAX(version) FROM {SCHEMA_TABLE}").fetchone()
    return int(row[0] or 0)


def has_foreign_tables(database) -> bool:
    """True when the database holds tables but no DealerDesk schema: somebody else's database."""
    return bool(_tables(database) - {SCHEMA_TABLE})


def _write_lock(database) -> tuple:
    """SQLite: take the write lock when the transaction starts (BEGIN IMMEDIATE), so two PCs or processes
    opening an old store at once migrate it one after the other instead of both reading the old version."""
    from peewee import SqliteDatabase

    return ("IMMEDIATE",) if isinstance(database, SqliteDatabase) else ()


def migrate(database, from_version: int, to_version: int | None = None) -> None:
    from dealerdesk.store import dialect

    to_version = LATEST if to_version is None else to_version
    database.execute_sql(f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} "
                         "(version INTEGER NOT NULL PRIMARY KEY, applied_at VARCHAR(32) NOT NULL)")
    for mod in MIGRATIONS[from_version:to_version]:
        with database.atomic(*_write_lock(database)):
            if not dialect.is_sqlite(database):  # PostgreSQL: one migrating process at a time, as above
                database.execute_sql(f"LOCK TABLE {SCHEMA_TABLE} IN EXCLUSIVE MODE")
            if (current_version(database) or 0) >= mod.VERSION:
                continue  # another process applied it while we waited for the lock
            with dialect.translating(database):
                mod.apply(database)
            database.execute_sql(f"INSERT INTO {SCHEMA_TABLE} (version, applied_at) VALUES (?, ?)"
                                 if database.param == "?" else
                                 f"INSERT INTO {SCHEMA_TABLE} (version, applied_at) VALUES (%s, %s)",
                                 (mod.VERSION, dt.datetime.now().isoformat(timespec="seconds")))
