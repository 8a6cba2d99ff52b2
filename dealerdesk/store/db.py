"""The one deferred database, how it is opened, and the guards around that.

`db` is a peewee DatabaseProxy bound by `open_store()`; models never name a concrete database. Opening:
SQLite pragmas (WAL so a killed process loses no committed data, foreign keys, busy timeout), refusal of files
that are not DealerDesk stores or come from a newer DealerDesk, a backup, then pending migrations, each in
its own transaction.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.store import dialect
from dealerdesk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

db = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "synchronous": "normal",
    "cache_size": -32000,
}


class StoreError(DealerDeskError):
    """The database cannot be used: not a store, too new, missing, corrupt."""


@dataclass(frozen=True)
class StoreInfo:
    url: str
    path: Path | None  # None for server databases
    schema_version: int
    created: bool
    backup: Path | None  # the backup taken before migrating, if any


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL or plain path; None for server URLs (postgresql://…)."""
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///"):])
    if "://" in url:
        return None
    return Path(url)


def _looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def make_database(url: str):
    path = sqlite_path(url)
    if path is None:
        if not dialect.is_server_url(url):
            raise StoreError(QT_TRANSLATE_NOOP("errors", "不支持的数据库地址 {url}（可用：文件路径或 postgresql://…）"),
                             url=dialect.redact(url))
        return dialect.postgres_database(url)  # same models, same migrations (store/dialect.py)
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False, timeout=10)


def open_store(url: str | os.PathLike, *, create: bool = False, migrate: bool = True,
               backup_dir: Path | None = None) -> StoreInfo:
    """Bind `db` to the store at `url`, creating it when `create`, migrating it when `migrate`."""
    from dealerdesk.store import migrations

    url = str(url)
    path = sqlite_path(url)
    created = False
    if path is not None:
        if path.exists() and path.stat().st_size > 0:
            if not _looks_like_sqlite(path):
                raise StoreError(QT_TRANSLATE_NOOP("errors", "{path} 不是 DealerDesk 数据库文件"), path=str(path))
        elif not create:
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "找不到数据库 {path}（用 dealerdesk migrate 新建，或打开程序时自动创建）"), path=str(path))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            created = True
    close_store()
    database = make_database(url)
    db.initialize(database)
    try:
        version = _connect_and_read_version(database)
    except sqlite3.DatabaseError as exc:
        close_store()
        raise StoreError(QT_TRANSLATE_NOOP("errors", "无法读取数据库 {path}：{reason}"),
                         path=str(path or dialect.redact(url)), reason=str(exc)) from exc
    except Exception as exc:  # peewee wraps sqlite3 and psycopg errors in its own DatabaseError
        close_store()
        reason = " ".join(str(exc).split())  # libpq's messages span lines; the CLI prints one
        raise StoreError(QT_TRANSLATE_NOOP("errors", "无法读取数据库 {path}：{reason}"),
                         path=str(path or dialect.redact(url)), reason=reason) from exc
    if version is None:
        if migrations.has_foreign_tables(database):
            close_store()
            raise StoreError(QT_TRANSLATE_NOOP("errors", "{path} 不是 DealerDesk 数据库（表结构不同）"),
                             path=str(path or dialect.redact(url)))
        if not create:
            close_store()
            raise StoreError(QT_TRANSLATE_NOOP("errors", "{path} 是空数据库（用 dealerdesk migrate 初始化）"),
                             path=str(path or dialect.redact(url)))
        created = True
        version = 0
    if version > migrations.LATEST:
        close_store()
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "数据库版本 {found} 比本程序支持的版本 {supported} 新，请升级 DealerDesk"),
            found=version, supported=migrations.LATEST)
    backup = None
    if version < migrations.LATEST:
        if not migrate:
            close_store()
            raise StoreError(QT_TRANSLATE_NOOP("errors", "数据库需要升级（版本 {found} → {supported}），请运行 dealerdesk migrate"),
                             found=version, supported=migrations.LATEST)
        if version > 0 and path is not None:
            backup = backup_sqlite(path, backup_dir or path.parent / "backups", reason=f"pre-migrate-v{version}")
        migrations.migrate(database, version)
        version = migrations.LATEST
    return StoreInfo(url=url, path=path, schema_version=version, created=created, backup=backup)


def _connect_and_read_version(database, wait_seconds: float = 30.0) -> int | None:
    """Connect (applying the pragmas) and read the schema version, waiting while another process holds the
    store locked: switching an old store to WAL needs it to itself for a moment, and a PC migrating the
    store holds the write lock until it is done."""
    import time

    from dealerdesk.store import migrations

    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            db.connect(reuse_if_open=True)
            return migrations.current_version(database)
        except Exception as exc:  # peewee's OperationalError wraps sqlite3's
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            close_store()
            time.sleep(0.2)


def open_reader(path: str | os.PathLike) -> None:
    """Point `db` at a SQLite store for reading only (another process's helper: no migrations, no writes).

    Under WAL it sees the last committed state, never the rows of a transaction still open elsewhere."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"  # file:///… (percent-encoded; a drive letter on Windows)
    db.initialize(SqliteDatabase(uri, uri=True, pragmas={"busy_timeout": 10000, "query_only": 1},
                                 check_same_thread=False, timeout=10))


def store_file() -> Path | None:
    """The open store's file when it is SQLite (else None)."""
    return Path(db.obj.database) if isinstance(db.obj, SqliteDatabase) else None


def close_store() -> None:
    wait_for_checkpoint()
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


_checkpointer: threading.Thread | None = None


@contextmanager
def checkpoint_later() -> Iterator[None]:
    """Around a transaction that writes a lot (a bulk import): its COMMIT does not fold the WAL back into the
    store file; a helper thread does that right after, on its own connection (`checkpoint_in_background`).

    Why: SQLite's automatic checkpoint runs inside the COMMIT call that pushed the WAL past 1,000 pages, so the
    user waited for it: 0.5-1 s after a 100,000-row import (a ~150 MB WAL, most of it fsync). The data is
    committed either way (under WAL a killed process loses no committed transaction; tested). While the helper
    runs, the store is read and written as usual: a PASSIVE checkpoint takes no lock that others wait for.
    SQLite's own advice for applications that mind the commit's latency (sqlite.org/wal.html, "Automatic
    Checkpoint")."""
    if _store_on_disk() is None:
        yield
        return
    database = db.obj
    old = database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA wal_autocheckpoint = {int(old)}")
    checkpoint_in_background()


def checkpoint_in_background() -> None:
    """Copy the open SQLite store's WAL into its file on a helper thread (one at a time; `close_store` and
    `wait_for_checkpoint` wait for it)."""
    global _checkpointer
    path = _store_on_disk()
    if path is None:
        return
    wait_for_checkpoint()
    _checkpointer = threading.Thread(target=_checkpoint, args=(str(path),), daemon=True,
                                     name="dealerdesk-checkpoint")
    _checkpointer.start()


def _store_on_disk() -> Path | None:
    """The open store's file when it is an SQLite file (not a server database, not ":memory:")."""
    path = store_file()
    return None if path is None or str(path) == ":memory:" else path


def _checkpoint(path: str) -> None:
    try:
        conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:  # the next automatic checkpoint does it instead: nothing is lost
        log.warning("background checkpoint failed: %s", exc)


def wait_for_checkpoint(timeout: float | None = None) -> bool:
    """Wait for a background checkpoint still running; True when none is left."""
    thread = _checkpointer
    if thread is not None:
        thread.join(timeout)
        return not thread.is_alive()
    return True


def backup_sqlite(path: Path, backup_dir: Path, reason: str = "manual", dest: Path | None = None) -> Path:
    """Consistent copy of a live SQLite store through SQLite's online backup API (safe under WAL)."""
    if dest is None:
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = backup_dir / f"{path.stem}-{stamp}-{reason}.db"
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(path), timeout=30)
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    log.info("backup written: %s", dest.name)
    return dest


def integrity_problems() -> list[str]:
    """What `PRAGMA integrity_check` and the foreign-key check report (empty when the store is sound)."""
    database = db.obj
    if not isinstance(database, SqliteDatabase):
        return []
    rows = [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
    problems = [r for r in rows if r != "ok"]
    for table, rowid, parent, _fk in database.execute_sql("PRAGMA foreign_key_check").fetchall()[:20]:
        problems.append(f"foreign key: {table} row {rowid} -> {parent}")
    return problems


@dataclass(frozen=True)
class StoreProbe:
    url: str  # as it may be shown (no password)
    schema_version: int | None  # None: an empty database (a new store once migrated)
    customers: int


def probe(url: str) -> StoreProbe:
    """Connect to the store at `url` on a connection of its own (the open store stays bound) and say what is
    there; StoreError with the reason when it cannot be used."""
    from dealerdesk.store import migrations

    shown = dialect.redact(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "找不到数据库 {path}（用 dealerdesk migrate 新建，或打开程序时自动创建）"),
                         path=str(path))
    database = make_database(url)
    try:
        database.connect()
        version = migrations.current_version(database)
        if version is None and migrations.has_foreign_tables(database):
            raise StoreError(QT_TRANSLATE_NOOP("errors", "{path} 不是 DealerDesk 数据库（表结构不同）"), path=shown)
        customers = 0
        if version is not None:
            customers = int(database.execute_sql('SELECT COUNT(*) FROM "customer"').fetchone()[0])
        return StoreProbe(shown, version, customers)
    except StoreError:
        raise
    except Exception as exc:  # the driver's errors (no server, wrong password, not a database file)
        raise StoreError(QT_TRANSLATE_NOOP("errors", "无法读取数据库 {path}：{reason}"),
                         path=shown, reason=" ".join(str(exc).split())) from exc
    finally:
        database.close()
