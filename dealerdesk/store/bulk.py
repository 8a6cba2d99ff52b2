"""Bulk loading into SQLite: drop the secondary indexes of the tables being loaded, insert, rebuild them.

Why: inserting a million rows into a table with four indexes updates every B-tree once per row, at random
places (70-150k rows/s measured for search_key); building an index once from the finished table is a sort
and runs several times faster. SQLite DDL is transactional, so the drop and the rebuild live in the SAME
transaction as the rows: a rollback, a cancel or a `kill -9` leaves the schema and the data exactly as they
were (no window where a store is left without its indexes).

`bulk_load` opens a savepoint, so the block is all-or-nothing on its own too: when it raises, the savepoint
is rolled back (indexes back, rows of the block gone) without paying for a rebuild. Unique indexes are kept
(they are constraints; dropping them would defer a duplicate to the rebuild) and so are the automatic ones
(primary keys, UNIQUE columns: they have no SQL and cannot be dropped).

Only for loads that are large next to what the tables already hold: the rebuild sorts the whole table, old
rows included (see `worth_it`). On other databases it does nothing.

While the block runs the connection's page cache is held at BULK_CACHE_KIB (restored afterwards): the load's
pages go to the WAL whatever the cache size, and a bigger cache only raised the memory peak.

Inside the block, queries on the loaded tables can only use their primary keys (the other indexes are gone);
do look-ups before the block or after it.

`insert_tuples` writes rows as multi-row `INSERT ... VALUES (...), (...), ...` statements: Python's sqlite3
spends ~2-3 µs per statement execution on binding and stepping, so `executemany` of one row per execution was
measured at 2.1-3.2 s for 1.16 M four-column rows, and the same rows 200 to a statement at 0.87 s.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain

from peewee import Model, SqliteDatabase

from dealerdesk.store.db import db

__all__ = ["bulk_load", "droppable_indexes", "insert_flat", "insert_tuples", "worth_it"]

#: below this many new rows the per-row index updates are cheap enough
MIN_ROWS = 5000
#: page cache (KiB) while a bulk load runs (see _shrink_cache)
BULK_CACHE_KIB = 16000
#: page cache (KiB) while the indexes are rebuilt: the sorter then works in several runs, on helper threads
SORT_CACHE_KIB = 4000
#: parameters per statement: SQLite before 3.32 allowed at most 999
MAX_PARAMS = 999
#: rows per multi-row INSERT (more gained nothing measurable: 50 rows 0.93 s, 200 0.87 s, 1000 0.86 s)
ROWS_PER_STATEMENT = 200


def insert_tuples(conn, head: str, row_sql: str, rows: Sequence[Sequence]) -> None:
    """Insert `rows` through the sqlite3 connection `conn`, many rows per statement (see the module
    docstring). `head` is `INSERT INTO "t" ("a", "b") VALUES `, `row_sql` one row's values, e.g. `(?, ?)` or
    `(?, ? + 100)`; every row has as many values as `row_sql` has `?`."""
    if rows:
        insert_flat(conn, head, row_sql, list(chain.from_iterable(rows)), row_sql.count("?"))


def insert_flat(conn, head: str, row_sql: str, values: Sequence, width: int) -> None:
    """`insert_tuples` of rows given as one flat list of `width` values per row (what a worker process sends:
    a flat list of plain values pickles several times faster than a list of tuples)."""
    if not values:
        return
    if width != row_sql.count("?") or len(values) % width:
        raise ValueError("insert_flat: values do not make whole rows of row_sql")
    per = max(1, min(ROWS_PER_STATEMENT, MAX_PARAMS // max(1, width))) * width
    full = len(values) // per * per
    if full:
        sql = head + ",".join([row_sql] * (per // width))
        conn.executemany(sql, (values[i:i + per] for i in range(0, full, per)))
    if full < len(values):
        conn.execute(head + ",".join([row_sql] * ((len(values) - full) // width)), values[full:])


def _table_names(tables: Iterable[type[Model] | str]) -> list[str]:
    return [t if isinstance(t, str) else t._meta.table_name for t in tables]


def droppable_indexes(tables: Iterable[type[Model] | str]) -> list[tuple[str, str]]:
    """(name, CREATE INDEX sql) of the non-unique, explicitly created indexes of these tables."""
    names = _table_names(tables)
    if not names or not isinstance(db.obj, SqliteDatabase):
        return []
    marks = ", ".join("?" * len(names))
    rows = db.obj.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
        "ORDER BY tbl_name, name", names).fetchall()
    return [(name, sql) for name, sql in rows if not sql.lstrip().upper().startswith("CREATE UNIQUE")]


def worth_it(new_rows: int, existing_rows: int) -> bool:
    """Whether dropping and rebuilding pays off: many new rows, and not a small batch into a big table
    (the rebuild sorts every row of the table, the per-row updates only touch the new ones)."""
    return new_rows >= MIN_ROWS and new_rows * 2 >= existing_rows


@contextmanager
def bulk_load(tables: Iterable[type[Model] | str], enabled: bool = True) -> Iterator[list[str]]:
    """Run the block with the droppable indexes of `tables` dropped; rebuild them with their original SQL
    on the way out (inside the same savepoint). Yields the names of the indexes dropped (empty when
    disabled or not SQLite). See the module docstring for the rules."""
    if not enabled or not isinstance(db.obj, SqliteDatabase):
        yield []
        return
    old_cache = _shrink_cache()
    try:
        with db.atomic():  # a savepoint inside the caller's transaction (a transaction when there is none)
            indexes = droppable_indexes(tables)
            for name, _sql in indexes:
                db.obj.execute_sql(f'DROP INDEX "{name}"')
            yield [name for name, _sql in indexes]  # an exception here rolls the savepoint back: indexes restored
            old_threads = db.obj.execute_sql("PRAGMA threads").fetchone()[0]
            load_cache = db.obj.execute_sql("PRAGMA cache_size").fetchone()[0]
            # a small cache makes the sorter cut the rows into several runs, sorted on helper threads
            db.obj.execute_sql(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")
            db.obj.execute_sql(f"PRAGMA threads = {sort_threads()}")
            try:
                for _name, sql in indexes:
                    db.obj.execute_sql(sql)
            finally:
                db.obj.execute_sql(f"PRAGMA threads = {old_threads}")
                db.obj.execute_sql(f"PRAGMA cache_size = {load_cache}")
    finally:
        if old_cache is not None:
            db.obj.execute_sql(f"PRAGMA cache_size = {old_cache}")


def sort_threads() -> int:
    """Helper threads SQLite may use to sort an index being built (none on one core). Measured on two cores,
    the 1.16 M-row (kind, key, customer_id) search-key index: 1.71 s without, 1.23 s with 2 at a 16 MB
    cache, 0.88 s with 2-4 at a 4 MB cache (SORT_CACHE_KIB)."""
    cores = os.cpu_count() or 1
    return min(4, cores) if cores >= 2 else 0


def _shrink_cache() -> int | None:
    """Lower the page cache to BULK_CACHE_KIB for the block; returns the setting to restore (None: unchanged).

    A bulk load writes far more pages than any cache holds, so they go to the WAL whatever its size; the
    cache only adds to the memory peak. Measured on a 100,000-row import: 32 MB → 16 MB takes 20 MB off the
    peak (270 → 250 MB) at the same time (16.7 s); 64 MB adds 45 MB and is not faster."""
    conn = db.obj
    old = conn.execute_sql("PRAGMA cache_size").fetchone()[0]
    kib = -old if old < 0 else old * conn.execute_sql("PRAGMA page_size").fetchone()[0] // 1024
    if kib <= BULK_CACHE_KIB:
        return None
    conn.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    return old


def insert_rows(model: type[Model], fields: Sequence, rows: Sequence[Sequence]) -> int:
    """Many rows into `model` in the caller's transaction, on either backend: one prepared INSERT run with
    executemany (issue 24: 50,000 messages of a batch; peewee's insert_many spends more time building its SQL
    than the database spends writing). `fields` are the model's fields in the order of each row's values."""
    if not rows:
        return 0
    database = model._meta.database
    param = getattr(database, "obj", database).param
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join([param] * len(fields))})'
    database.cursor().executemany(sql, [tuple(r) for r in rows])
    return len(rows)
