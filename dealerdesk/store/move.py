"""Move a store to another database (`dealerdesk migrate-store --from FILE.db --to postgresql://…`).

A store outgrows one PC's file when several PCs share it; this copies every table, row for row with the same
ids, into a new PostgreSQL (or SQLite) store. The copy is one transaction on the target: every table's row
count is compared with the source's before it commits, and any difference rolls it all back, so the target
is either a complete copy or the empty store it was. A target that already holds data is refused (a copy
must never merge two stores). Afterwards the id sequences stand past the copied ids, so the next row gets a
fresh id.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import sort_models

from dealerdesk.domain.errors import Conflict
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.store import dialect, migrations
from dealerdesk.store.db import StoreError, close_store, db, make_database, open_store, sqlite_path
from dealerdesk.store.models import ALL_MODELS

CHUNK = 2000
Progress = Callable[[int, int, str], None]


class CountMismatch(StoreError):
    """The target's row count of a table differs from the source's after copying (the copy is rolled back)."""


@dataclass
class MoveResult:
    source: str
    target: str
    tables: dict[str, int] = field(default_factory=dict)  # table → rows copied (= rows in the source)

    @property
    def rows(self) -> int:
        return sum(self.tables.values())

    def to_json(self) -> dict:
        return {"source": self.source, "target": self.target, "rows": self.rows, "tables": dict(self.tables)}


def _ordered_models() -> list:
    return sort_models(ALL_MODELS)  # referenced tables first


def _count(database, table: str) -> int:
    return int(database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])


def _open_source(url: str):
    """The source store, read-only in spirit: it must be a DealerDesk store at this program's schema version."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "找不到数据库 {path}（用 dealerdesk migrate 新建，或打开程序时自动创建）"),
                         path=str(path))
    source = make_database(url)
    try:
        source.connect()
        version = migrations.current_version(source)
    except Exception as exc:  # peewee's DatabaseError (not a database file, no server, …)
        source.close()
        raise StoreError(QT_TRANSLATE_NOOP("errors", "无法读取数据库 {path}：{reason}"),
                         path=dialect.redact(url), reason=" ".join(str(exc).split())) from exc
    if version is None:
        source.close()
        raise StoreError(QT_TRANSLATE_NOOP("errors", "{path} 不是 DealerDesk 数据库（表结构不同）"),
                         path=dialect.redact(url))
    if version != migrations.LATEST:
        source.close()
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "源数据库版本 {found} 与本程序的 {supported} 不同：先对它运行 dealerdesk migrate"),
            found=version, supported=migrations.LATEST)
    return source


def _copy_table(source, model, progress: Progress | None, done: int, total: int) -> int:
    meta = model._meta
    fields = meta.sorted_fields
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    pk = meta.primary_key.column_name
    # self references (a customer referred by / merged into another) are set after every row exists
    later = [i for i, f in enumerate(fields) if getattr(f, "rel_model", None) is model]
    deferred: list[tuple] = []
    cursor = source.execute_sql(f'SELECT {names} FROM "{meta.table_name}" ORDER BY "{pk}"')
    copied = 0
    while True:
        raw = cursor.fetchmany(CHUNK)
        if not raw:
            break
        rows = []
        for values in raw:
            row = [f.db_value(f.python_value(v)) for f, v in zip(fields, values, strict=True)]
            for i in later:
                if row[i] is not None:
                    deferred.append((row[0], fields[i], row[i]))
                    row[i] = None
            rows.append(row)
        model.insert_many(rows, fields=fields).execute()
        copied += len(rows)
        if progress:
            progress(done + copied, total, meta.table_name)
    for row_id, f, value in deferred:
        model.update({f: value}).where(meta.primary_key == row_id).execute()
    return copied


def _reset_sequences(database) -> None:
    """Sequences past the copied ids (PostgreSQL; SQLite's rowid needs nothing)."""
    if dialect.is_sqlite(database):
        return
    for model in ALL_MODELS:
        meta = model._meta
        if meta.primary_key.field_type != "AUTO":
            continue
        table, pk = meta.table_name, meta.primary_key.column_name
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk}'), "
            f'COALESCE((SELECT MAX("{pk}") FROM "{table}"), 0) + 1, false)')


def move_store(source_url: str, target_url: str, progress: Progress | None = None,
               check: Callable[[str, int, int], int] | None = None) -> MoveResult:
    """Copy the store at `source_url` into the new store at `target_url` (created and migrated if needed).

    `check(table, source_count, copied)` may return the count to compare (tests use it to fake a lost row)."""
    source = _open_source(source_url)
    try:
        counts = {m._meta.table_name: _count(source, m._meta.table_name) for m in ALL_MODELS}
        open_store(target_url, create=True)
        try:
            target = db.obj
            busy = [t for t in counts if _count(target, t)]
            if busy:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "errors", "目标数据库 {target} 已有数据（{tables}），只能迁入空库"),
                    target=dialect.redact(target_url), tables=", ".join(busy[:5]))
            result = MoveResult(dialect.redact(source_url), dialect.redact(target_url))
            total = sum(counts.values())
            with db.atomic():
                for model in _ordered_models():
                    table = model._meta.table_name
                    copied = _copy_table(source, model, progress, result.rows, total)
                    found = _count(target, table)
                    if check is not None:
                        found = check(table, counts[table], found)
                    if found != counts[table] or copied != counts[table]:
                        raise CountMismatch(QT_TRANSLATE_NOOP(
                            "errors", "表 {table} 行数不一致（源 {expected}，目标 {found}）：已撤销，目标库保持为空"),
                            table=table, expected=counts[table], found=found)
                    result.tables[table] = found
                _reset_sequences(target)
            if not dialect.is_sqlite(target):
                target.execute_sql("ANALYZE")  # planner statistics now, not at autovacuum's next round
            return result
        finally:
            close_store()
    finally:
        source.close()
