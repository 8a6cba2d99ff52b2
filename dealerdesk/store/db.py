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

from peewee import DatabaseProxy, OperationalError, SqliteDatabase

from dealerdesk.domain.errors import DealerDeskError, StoreDamaged
from dealerdesk.store import dialect
from dealerdesk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

db = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    # FULL: under WAL each COMMIT also fsyncs the WAL, so a save the clerk saw succeed survives a power cut.
    # Measured ~+5 ms a save (median 6 → 12 ms, tests/bench/bench_synchronous.py): nobody notices it;
    # NORMAL could lose the last saves before a power cut (docs/operations.md, docs/benchmarks.md).
    "synchronous": "full",
    "cache_size": -32000,
}


class StoreError(DealerDeskError):
    """The database cannot be used: not a store, too new, missing, corrupt."""


class StoreBusy(DealerDeskError):
    """Another program or PC held the store's write lock longer than the busy timeout (a big import)."""


class _Sqlite(SqliteDatabase):
    """SqliteDatabase whose write transactions begin IMMEDIATE (`lock_type`) and which reports a store still
    locked after the busy timeout as StoreBusy: a message a clerk can read, the window keeps its input."""

    def begin(self, lock_type=None):
        try:
            super().begin(lock_type)
        except OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise StoreBusy(QT_TRANSLATE_NOOP(
                "errors", "数据库正忙：另一个程序或另一台电脑正在写入（例如导入），请稍后再试。"
                          "您填写的内容没有丢失。")) from exc


@dataclass(frozen=True)
class StoreInfo:
    url: str
    path: Path | None  # None for server databases
    schema_version: int
    created: bool
    backup: Path | None  # the backup taken before migrating, if any
    read_only: bool = False  # opened read-only: a read-only file, folder or medium, or a file:…?mode=ro URI


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL or plain path; None for server URLs (postgresql://…)."""
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///"):])
    if "://" in url:
        return None
    return Path(url)


def refuse_network_share(path: Path, **inputs) -> None:
    """A SQLite store must be on this PC's own disk (see store/location.py for why); `inputs` go to
    `network_location` (tests give a mounts table or a drive-type function)."""
    from dealerdesk.store.location import network_location

    where = network_location(path, **inputs)
    if where is not None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "数据库 {path} 在网络共享上（{where}）。SQLite 数据库文件只能放在本机磁盘上，"
                      "几台电脑共用同一个文件会损坏数据。几台电脑共用客户资料请使用共享库模式（PostgreSQL）："
                      "dealerdesk --db postgresql://用户@服务器/数据库，见运维手册 docs/operations.md「几台电脑共用」一节。"),
            path=str(path), where=where)


def _looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


_after_transaction = threading.local()


def after_transaction(callback) -> None:
    """Run `callback()` once the outermost transaction now open has ended, committed or rolled back (now, when
    none is open). Why: a refused attempt must stay in the audit log although the exception that reports it
    rolls back the transaction it was raised in (services/auth.require)."""
    database = db.obj
    if database is None or database.transaction_depth() == 0:
        callback()
        return
    pending = getattr(_after_transaction, "pending", None)
    if pending is None:
        pending = _after_transaction.pending = []
    pending.append(callback)


def _run_after_transaction() -> None:
    pending = getattr(_after_transaction, "pending", None)
    if pending:
        _after_transaction.pending = []
        for callback in pending:
            try:
                callback()
            except Exception:  # never hide the exception the transaction ended with
                log.exception("after-transaction callback failed")


class _AfterTransactionHook:
    """Mixed into the store's database class: runs the `after_transaction` callbacks once the outermost
    transaction's COMMIT or ROLLBACK is done. peewee 4 pops the transaction and then commits or rolls back;
    peewee 3 does it the other way round; both orders end here after the database left the transaction."""

    _end_on_pop = False

    def commit(self):
        result = super().commit()
        self._ended()
        return result

    def rollback(self):
        result = super().rollback()
        self._ended()
        return result

    def _ended(self) -> None:
        if self.transaction_depth() == 0:
            _run_after_transaction()
        else:
            self._end_on_pop = True

    def pop_transaction(self):
        result = super().pop_transaction()
        if self.transaction_depth() == 0 and self._end_on_pop:
            self._end_on_pop = False
            _run_after_transaction()
        return result


class StoreSqliteDatabase(_AfterTransactionHook, _Sqlite):
    pass


_reading = threading.local()


class StorePgDatabase(_AfterTransactionHook, dialect.PgDatabase):
    """PostgreSQL with the same write discipline as the SQLite store: a write transaction takes the store's
    writer lock (a transaction-scoped advisory lock) when it begins, so write use cases run one after the
    other and a read-then-write (a duplicate check, the next repair-order number) is atomic against other PCs.

    Why: without it, two use cases that update the same rows in a different order (a follow-up and a level
    change on one lead) deadlock, and PostgreSQL aborts one of them ("deadlock detected", measured in the
    two-writer test). A save holds the lock for milliseconds; reads (`read_txn`, plain queries) never take it.
    """

    WRITER_LOCK = 0x4444_5752  # "DDWR"

    def begin(self, isolation_level=None):
        super().begin(isolation_level)
        if not getattr(_reading, "on", False):
            self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (self.WRITER_LOCK,))


class StoreReadOnlyDatabase(_AfterTransactionHook, SqliteDatabase):
    """A SQLite store opened read-only (`mode=ro`, or `immutable=1` on a medium where even the WAL index cannot
    be written). `query_only` makes SQLite refuse every write (SQLITE_READONLY, which services/failures.py
    says as 数据库为只读…), and the services refuse writing use cases before they start (`auth.require`)."""

    read_only = True

    def __init__(self, uri: str, path: Path) -> None:
        super().__init__(uri, uri=True, pragmas={"query_only": 1, "busy_timeout": 10000, "foreign_keys": 1,
                                                 "cache_size": -32000}, check_same_thread=False, timeout=10)
        self.store_path = path


def is_read_only() -> bool:
    """True when the open store was opened read-only (open_store: StoreInfo.read_only)."""
    return bool(getattr(db.obj, "read_only", False))


def readonly_request(url: str) -> tuple[Path, str] | None:
    """(file, uri) when `url` asks for a read-only SQLite store: file:PATH?mode=ro or ?immutable=1."""
    if not url.startswith("file:"):
        return None
    from urllib.parse import parse_qs, unquote, urlsplit

    parts = urlsplit(url)
    query = parse_qs(parts.query)
    if query.get("mode") != ["ro"] and query.get("immutable") != ["1"]:
        return None
    return Path(unquote(parts.path)), url


def _read_only_medium(path: Path) -> bool:
    """The file or its folder may not be written by this process, or lives on a read-only file system
    (a CD, a write-protected USB stick, a read-only network mount). As root, chmod does not stop writing:
    only the file system's read-only flag counts then, which os.access reports too."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except (AttributeError, OSError):  # Windows has no statvfs: the access checks below decide
        pass
    folder = path.parent
    if not os.access(path, os.W_OK):
        return True
    # WAL needs the -wal and -shm files beside the store; a folder that may not be written forbids them
    return not os.access(folder, os.W_OK | os.X_OK)


def _readonly_uri(path: Path, immutable: bool = False) -> str:
    return path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def make_database(url: str):
    path = sqlite_path(url)
    if path is None:
        if not dialect.is_server_url(url):
            raise StoreError(QT_TRANSLATE_NOOP("errors", "不支持的数据库地址 {url}（可用：文件路径或 postgresql://…）"),
                             url=dialect.redact(url))
        return dialect.postgres_database(url, cls=StorePgDatabase)  # same models, same migrations (store/dialect.py)
    # lock_type: every top-level `db.atomic()` begins with BEGIN IMMEDIATE (see `read_txn` for the exception)
    return StoreSqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False, timeout=10,
                               lock_type="IMMEDIATE")


def read_txn():
    """A read-only transaction: one consistent snapshot, no write lock (BEGIN DEFERRED on SQLite).

    Why the other transactions are IMMEDIATE (`make_database`): a transaction that reads first and asks for
    the write lock later cannot wait for it under WAL (its snapshot may be stale, so SQLite answers "database
    is locked" at once, whatever busy_timeout says). Taking the lock at BEGIN makes a second writer wait its
    turn (busy_timeout) and makes a read-then-write (a duplicate check, the next repair-order number) atomic
    against other processes. Use this only for transactions that never write: they then run beside a
    writer instead of queueing behind it."""
    if isinstance(db.obj, SqliteDatabase):
        return db.atomic("DEFERRED")
    return _pg_read_txn()


@contextmanager
def _pg_read_txn() -> Iterator[None]:
    _reading.on = True
    try:
        with db.atomic():
            _reading.on = False  # begun without the writer lock; nested savepoints need nothing
            yield
    finally:
        _reading.on = False


def open_store(url: str | os.PathLike, *, create: bool = False, migrate: bool = True,
               backup_dir: Path | None = None, check_damage: bool = True) -> StoreInfo:
    """Bind `db` to the store at `url`, creating it when `create`, migrating it when `migrate`.

    A SQLite store that may not be written (a read-only file, folder or medium, or a file:…?mode=ro URI) is
    opened read-only (StoreInfo.read_only). A SQLite store that fails the quick check is refused with
    StoreDamaged pointing at restore, unless `check_damage` is off (restore opens the store it replaces)."""
    from dealerdesk.store import migrations

    url = str(url)
    request = readonly_request(url)
    if request is not None:
        return _open_read_only(url, *request, check_damage=check_damage)
    path = sqlite_path(url)
    created = False
    if path is not None:
        refuse_network_share(path)
        if path.is_file() and path.stat().st_size > 0 and _read_only_medium(path) and _looks_like_sqlite(path):
            return _open_read_only(url, path, _readonly_uri(path), check_damage=check_damage)
        if path.is_dir():
            raise StoreError(QT_TRANSLATE_NOOP("errors", "{path} 是文件夹，不是数据库文件：请给出数据库文件的路径"),
                             path=str(path))
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
    except Exception as exc:  # peewee wraps sqlite3 and psycopg errors in its own DatabaseError
        close_store()
        raise _unreadable(path or dialect.redact(url), exc) from exc
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
    if check_damage and path is not None and not created:
        refuse_damaged(database, path)
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


_MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "数据库 {path} 已损坏（{reason}），为免弄错数据，程序不再读写它。请用最近的备份恢复："
              "dealerdesk restore 备份文件（程序里会提示从最近的备份恢复），并把损坏的文件留给技术支持。")
#: the longest the quick check at open may take; a store that big is then opened unchecked (logged)
QUICK_CHECK_SECONDS = 3.0
_CORRUPT_WORDS = ("malformed", "file is not a database", "database disk image", "corrupt")


def _unreadable(where, exc: BaseException) -> DealerDeskError:
    reason = " ".join(str(exc).split())  # libpq's messages span lines; the CLI prints one
    if any(word in reason.lower() for word in _CORRUPT_WORDS):
        return StoreDamaged(_MSG_DAMAGED, path=str(where), reason=reason[:200])
    return StoreError(QT_TRANSLATE_NOOP("errors", "无法读取数据库 {path}：{reason}"), path=str(where), reason=reason)


def quick_check_problems(database, seconds: float = QUICK_CHECK_SECONDS) -> list[str] | None:
    """What `PRAGMA quick_check` finds in the bound SQLite store (empty: sound), or None when it did not
    finish within `seconds` (interrupted through the progress handler, so a huge store still opens)."""
    import time

    conn = database.connection()
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 20000)
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            log.warning("quick check not finished within %.0f s: the store is opened unchecked", seconds)
            return None
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    except UnicodeDecodeError as exc:  # the report quotes damaged bytes that are not UTF-8
        return [f"integrity report unreadable ({exc.reason})"]
    finally:
        conn.set_progress_handler(None, 0)
    return [str(r[0]) for r in rows if r[0] != "ok"]


def refuse_damaged(database, path: Path) -> None:
    """StoreDamaged (and the store closed) when the quick check finds damage; PostgreSQL is not checked."""
    if not isinstance(database, SqliteDatabase):
        return
    problems = quick_check_problems(database)
    if problems:
        close_store()
        log.info("store %s is damaged: %s", path.name, "; ".join(problems)[:500])
        reason = " ".join("；".join(problems[:2]).split())  # one line: the CLI prints one
        raise StoreDamaged(_MSG_DAMAGED, path=str(path), reason=reason if len(reason) <= 160 else reason[:160] + "…")


def _open_read_only(url: str, path: Path, uri: str, *, check_damage: bool) -> StoreInfo:
    """Bind `db` read-only to the SQLite store `path` (see StoreReadOnlyDatabase): never created, never
    migrated; a store that needs an upgrade is refused, since the upgrade would write."""
    from dealerdesk.store import migrations

    if not path.is_file():
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "找不到数据库 {path}（用 dealerdesk migrate 新建，或打开程序时自动创建）"), path=str(path))
    if not _looks_like_sqlite(path):
        raise StoreError(QT_TRANSLATE_NOOP("errors", "{path} 不是 DealerDesk 数据库文件"), path=str(path))
    close_store()
    tries = [uri] if "immutable=1" in uri else [uri, _readonly_uri(path, immutable=True)]
    for attempt in tries:
        database = StoreReadOnlyDatabase(attempt, path)
        db.initialize(database)
        try:
            version = _connect_and_read_version(database)
            break
        except Exception as exc:
            close_store()
            if attempt is tries[-1] or "unable to open" not in str(exc):
                raise _unreadable(path, exc) from exc
            log.info("read-only open failed (%s); opening as immutable (a read-only medium)", exc)
    if version is None:
        close_store()
        raise StoreError(QT_TRANSLATE_NOOP("errors", "{path} 不是 DealerDesk 数据库（表结构不同）"), path=str(path))
    if version != migrations.LATEST:
        close_store()
        if version > migrations.LATEST:
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "数据库版本 {found} 比本程序支持的版本 {supported} 新，请升级 DealerDesk"),
                found=version, supported=migrations.LATEST)
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "数据库 {path} 需要升级（版本 {found} → {supported}），但它是只读的：请把它复制到本机可写的"
                      "文件夹后再打开"), path=str(path), found=version, supported=migrations.LATEST)
    if check_damage:
        refuse_damaged(database, path)
    log.info("store %s opened read-only", path.name)
    return StoreInfo(url=url, path=path, schema_version=version, created=False, backup=None, read_only=True)


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
    bind_readonly_uri(Path(path).resolve().as_uri() + "?mode=ro")  # file:///… (percent-encoded)


def bind_readonly_uri(uri: str) -> None:
    """Point `db` at the SQLite file behind `uri` (file:…?mode=ro or ?immutable=1) for queries only."""
    db.initialize(SqliteDatabase(uri, uri=True, pragmas={"busy_timeout": 10000, "query_only": 1},
                                 check_same_thread=False, timeout=10))


def store_file() -> Path | None:
    """The open store's file when it is SQLite (else None)."""
    if not isinstance(db.obj, SqliteDatabase):
        return None
    return getattr(db.obj, "store_path", None) or Path(db.obj.database)


def close_store() -> None:
    wait_for_checkpoint()
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


_checkpointer: threading.Thread | None = None


@contextmanager
def checkpoint_after() -> Iterator[None]:
    """Around a transaction that writes a lot (a bulk import): its COMMIT does not run SQLite's automatic
    checkpoint halfway; once the block is done, the WAL is folded into the store file (TRUNCATE checkpoint,
    which fsyncs the file) before the caller returns.

    Why: after a big import the rows must be in the store file itself, not only in the -wal file (a copy of
    the .db alone, an antivirus locking the -wal, a -wal lost when a store is moved). It costs ~0.7 s
    after a 100,000-row import (docs/benchmarks.md). When another connection keeps the checkpoint from
    finishing (a long read on another PC), the data is committed all the same and a helper thread finishes
    the checkpoint later (`checkpoint_in_background`)."""
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
    if not checkpoint_now():
        checkpoint_in_background()


def checkpoint_now(mode: str = "TRUNCATE") -> bool:
    """Fold the WAL into the open SQLite store's file now; True when every frame was copied."""
    if _store_on_disk() is None:
        return True
    wait_for_checkpoint()
    busy, _log, _done = db.obj.execute_sql(f"PRAGMA wal_checkpoint({mode})").fetchone()
    if busy:
        log.warning("checkpoint %s could not finish (another connection is reading); retried in background", mode)
    return not busy


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
    """A checked copy of a live SQLite store (store/backup.py: temporary name, checked, renamed)."""
    from dealerdesk.store import backup

    if dest is None:
        dest = backup_dir / backup.backup_name(path.stem, dt.datetime.now(), reason)
    backup.write_backup(path, dest)
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
