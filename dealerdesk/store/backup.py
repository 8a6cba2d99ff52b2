"""Backups a store can rely on: written under a temporary name, checked, then renamed; examined before a
restore; rotated; and a read-only look at a store file for `dealerdesk check`.

Why so careful: a plain copy to the target name left an unusable file under that name when the process was
killed (14 of 25 kills), a damaged store was copied as if it were good (over the last good backup), and
backups were never removed (80 migrations left 73 files, 1.4 GB). Here:

* the copy goes through SQLite's online backup API into ``.<name>.<pid>.ddtmp`` in the target folder, inside
  one read transaction of the source, so the copy and the row counts taken in that transaction describe the
  same moment; the copy is then checked (``integrity_check``, schema version, the row count of every table)
  and only then renamed over the target (``os.replace``, atomic on one volume). A killed backup leaves at
  most a temporary file, which the next backup into that folder removes (it holds the folder's lock file,
  ``.dealerdesk-backup.lock``, so it never removes a copy another process is still writing).
* the source is checked first: a damaged store is not backed up, and the newest good backup stays.
* a backup file is recognised by a marker, SQLite's ``application_id`` = 0x4444424B ("DDBK") in the file
  header (readable without opening the database); a restored store gets 0 back. Automatic backups are named
  ``<store>-YYYYMMDD-HHMMSS-<reason>.db``; rotation only ever removes files named like that.

Only the standard library and the schema version (store.migrations): this module never binds `db`, so the
database layer (db.py) can use it for its pre-migration backups and services/backup.py for the rest.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk.atomic import disk_full, is_disk_full
from dealerdesk.domain import errors, rotation
from dealerdesk.domain.errors import Conflict, DealerDeskError
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.store import migrations

log = logging.getLogger(__name__)

BACKUP_APPLICATION_ID = 0x4444424B  # "DDBK" in the header of every backup file
NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z][a-z0-9-]*)\.db$")
TEMP_SUFFIX = ".ddtmp"
LOCK_NAME = ".dealerdesk-backup.lock"
PAGES_PER_STEP = 4096  # online backup step: ~16 MB of 4 KB pages between progress reports

Progress = Callable[[int, int, str], None]


class BackupError(DealerDeskError):
    """A backup or restore that was refused or failed; the message says what is kept."""


class StoreDamaged(BackupError, errors.StoreDamaged):
    """The store (or a backup) fails SQLite's integrity check."""


@dataclass(frozen=True)
class FileReport:
    """What a store or backup file holds, read without changing it."""

    path: Path
    schema_version: int | None  # None: no DealerDesk schema
    counts: dict[str, int] = field(default_factory=dict)  # table → rows
    problems: tuple[str, ...] = ()  # integrity_check and foreign_key_check findings
    is_backup: bool = False  # carries the backup marker
    taken_at: dt.datetime | None = None  # from the backup's name, else the file's modification time
    size: int = 0

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


# --- names and markers ------------------------------------------------------------------------------

def backup_name(stem: str, when: dt.datetime, reason: str) -> str:
    return f"{stem}-{when:%Y%m%d-%H%M%S}-{reason}.db"


def parse_backup_name(name: str) -> tuple[str, dt.datetime, str] | None:
    """(store stem, time taken, reason) of an automatic backup's file name, else None."""
    match = NAME_RE.match(name)
    if not match:
        return None
    try:
        when = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return match["stem"], when, match["reason"]


def _header(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(100)
    except OSError:
        return b""


def is_sqlite_file(path: Path) -> bool:
    return _header(path)[:16] == b"SQLite format 3\x00"


def is_backup_file(path: Path) -> bool:
    """True when `path` is an SQLite file carrying the backup marker (header bytes 68-71)."""
    head = _header(path)
    return head[:16] == b"SQLite format 3\x00" and int.from_bytes(head[68:72], "big") == BACKUP_APPLICATION_ID


# --- reading a file without changing it -------------------------------------------------------------

def open_readonly(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing, not even -wal/-shm files.

    A WAL store that nobody has open has no -wal file: it is read as immutable (no locks, no -shm created).
    Otherwise (a store open elsewhere, or in rollback-journal mode) a plain read-only connection."""
    return sqlite3.connect(readonly_uri(path), uri=True, timeout=30)


def readonly_uri(path: Path) -> str:
    """The URI `open_readonly` connects to (also for binding the store read-only, see cli `check`)."""
    head = _header(path)
    wal_mode = len(head) >= 20 and head[18] == 2
    wal_file = Path(str(path) + "-wal")
    option = "immutable=1" if wal_mode and not wal_file.exists() else "mode=ro"
    return f"{path.resolve().as_uri()}?{option}"


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in _tables(conn)}


def _version(conn: sqlite3.Connection) -> int | None:
    if migrations.SCHEMA_TABLE not in _tables(conn):
        return None
    return int(conn.execute(f"SELECT MAX(version) FROM {migrations.SCHEMA_TABLE}").fetchone()[0] or 0)


def _problems(conn: sqlite3.Connection, foreign_keys: bool = True) -> list[str]:
    try:
        found = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    except sqlite3.DatabaseError as exc:  # damaged beyond what the check can walk
        return [str(exc)]
    except UnicodeDecodeError as exc:  # the report quotes damaged bytes that are not UTF-8
        return [f"integrity report unreadable ({exc.reason})"]
    if foreign_keys:
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            found.append(f"foreign key: {table} row {rowid} -> {parent}")
    return found


def examine(path: Path, *, counts: bool = True) -> FileReport:
    """Integrity, schema version and row counts of a store or backup file, opened read-only.

    Raises BackupError when the file is missing or not an SQLite database at all."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "找不到文件 {path}"), path=str(path))
    if not is_sqlite_file(path):
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} 不是 DealerDesk 数据库文件"), path=str(path))
    try:
        with closing(open_readonly(path)) as conn:
            problems = _problems(conn)
            version = _version(conn) if not problems else None
            rows = _counts(conn) if counts and not problems else {}
    except sqlite3.DatabaseError as exc:
        problems, version, rows = [str(exc)], None, {}
    parsed = parse_backup_name(path.name)
    taken = parsed[1] if parsed else dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    return FileReport(path, version, rows, tuple(problems), is_backup_file(path), taken, path.stat().st_size)


def refuse_unless_restorable(report: FileReport) -> None:
    """The reasons a file may not replace the store, as one error (BackupError, StoreDamaged)."""
    if report.problems:
        raise StoreDamaged(QT_TRANSLATE_NOOP("errors", "备份文件 {path} 已损坏（{problem}），未恢复，当前数据库保持不变"),
                           path=str(report.path), problem=report.problems[0])
    if report.schema_version is None:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} 不是 DealerDesk 备份（表结构不同），未恢复"),
                          path=str(report.path))
    if report.schema_version > migrations.LATEST:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "备份 {path} 来自更新版本的 DealerDesk（数据库版本 {found}，本程序支持 {supported}），请先升级程序"),
            path=str(report.path), found=report.schema_version, supported=migrations.LATEST)


# --- writing a copy ---------------------------------------------------------------------------------

@contextmanager
def folder_lock(folder: Path, wait_seconds: float = 10.0) -> Iterator[None]:
    """Hold the folder's backup lock (an OS lock on LOCK_NAME, released by the OS if the process dies) and
    remove the temporary files that killed backups left there: while we hold it nobody else is writing one."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / LOCK_NAME, "a+b")
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            _lock(handle)
            break
        except OSError:
            if time.monotonic() > deadline:
                handle.close()
                raise Conflict(QT_TRANSLATE_NOOP("errors", "另一个备份或恢复正在 {folder} 中进行，请稍后再试"),
                               folder=str(folder)) from None
            time.sleep(0.2)
    try:
        for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
            try:
                leftover.unlink()
                log.info("removed the leftover of an interrupted backup: %s", leftover.name)
            except OSError as exc:
                log.warning("could not remove %s: %s", leftover.name, exc)
        yield
    finally:
        _unlock(handle)
        handle.close()


def _lock(handle) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(handle) -> None:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        pass


def temp_path_for(target: Path) -> Path:
    return target.parent / f".{target.name}.{os.getpid()}{TEMP_SUFFIX}"


def _fsync_dir(folder: Path) -> None:
    if os.name != "nt":  # Windows has no directory handles to flush; its rename is journaled by NTFS
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_checked(source: Path, target: Path, *, marker: int, check_source: bool = True,
                 progress: Progress | None = None, readonly_source: bool = False,
                 before_rename: Callable[[], None] | None = None) -> FileReport:
    """Copy `source` to `target` under a temporary name, check the copy, then rename it (the folder lock is
    the caller's). `marker` becomes the copy's application_id; the copy is a single file (rollback journal).

    check_source: refuse (StoreDamaged) when the source fails its integrity check; off for the safety copy
    taken before a restore, which keeps the current store whatever state it is in."""
    temp = temp_path_for(target)
    src = open_readonly(source) if readonly_source else sqlite3.connect(str(source), timeout=30)
    src.isolation_level = None
    try:
        src.execute("BEGIN")  # one read snapshot for the check, the counts and the copy
        problems = _problems(src, foreign_keys=False) if check_source else []
        try:
            expected, version = _counts(src), _version(src)
        except sqlite3.DatabaseError as exc:
            problems = problems or [str(exc)]
            if not check_source:
                raise
        if problems:
            raise StoreDamaged(QT_TRANSLATE_NOOP(
                "errors", "数据库已损坏（{problem}），没有备份；之前的备份保持不变，请从最近的好备份恢复"),
                problem=problems[0])
        temp.unlink(missing_ok=True)
        out = sqlite3.connect(str(temp))
        try:
            def step(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total, "")

            src.backup(out, pages=PAGES_PER_STEP, progress=step)
            out.execute(f"PRAGMA application_id = {int(marker)}")
            out.execute("PRAGMA journal_mode = DELETE")
            problems = _problems(out, foreign_keys=False)
            copied, copied_version = _counts(out), _version(out)
        finally:
            out.close()
        src.execute("COMMIT")
        if problems or copied != expected or copied_version != version:
            raise BackupError(QT_TRANSLATE_NOOP("errors", "备份副本校验失败（{reason}），没有写入 {path}"),
                              reason=problems[0] if problems else "row counts differ", path=str(target))
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    log.info("copy written and checked: %s (%d tables, %d rows)", target.name, len(expected), sum(expected.values()))
    return FileReport(target, version, expected, (), marker == BACKUP_APPLICATION_ID,
                      dt.datetime.now().replace(microsecond=0), target.stat().st_size)


def write_backup(source: Path, target: Path, *, progress: Progress | None = None,
                 check_source: bool = True) -> FileReport:
    """A checked backup of the SQLite store `source` at `target` (see the module docstring)."""
    source, target = Path(source), Path(target)
    try:
        with folder_lock(target.parent):
            return copy_checked(source, target, marker=BACKUP_APPLICATION_ID, check_source=check_source,
                                progress=progress)
    except (OSError, sqlite3.OperationalError) as exc:  # a full disk, a folder we may not write, a lock
        if is_disk_full(exc):  # the temporary copy is gone (copy_checked); the earlier backups stay
            raise disk_full(target) from exc
        raise BackupError(QT_TRANSLATE_NOOP("errors", "备份没有写入 {path}：{reason}"), path=str(target),
                          reason=getattr(exc, "strerror", None) or str(exc)) from exc


# --- rotation ---------------------------------------------------------------------------------------

def backups_of(folder: Path, stem: str) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups of the store named `stem` in `folder`, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.glob(f"{glob_escape(stem)}-*.db"):
            parsed = parse_backup_name(path.name)
            if parsed and parsed[0] == stem:
                found.append((parsed[1], path))
    return sorted(found, reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def rotate(folder: Path, stem: str, keep_daily: int, keep_monthly: int, today: dt.date) -> list[Path]:
    """Remove the automatic backups of `stem` in `folder` that the rotation rule does not keep (domain/rotation);
    the removed paths."""
    found = backups_of(folder, stem)
    keep = rotation.to_keep([stamp for stamp, _ in found], keep_daily, keep_monthly, today)
    removed = []
    for stamp, path in found:
        if stamp not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError as exc:
                log.warning("rotation could not remove %s: %s", path.name, exc)
    return removed


# --- restore ----------------------------------------------------------------------------------------

def restore_into(backup: Path, store: Path, *, progress: Progress | None = None) -> FileReport:
    """Copy `backup` into the SQLite store `store` in place, through the online backup API, then check it.

    Why in place rather than a file renamed over the store: the copy is one write transaction of the store
    (under WAL a process killed half-way leaves the store as it was), and every connection that is open, in
    this process's other threads or on another PC, sees the restored data at its next read. A file renamed
    over the store would leave those connections on the old file, and the last of them to close would delete
    the new store's -wal by name. (`replace_store` does that for a store SQLite cannot open at all.)"""
    src = open_readonly(Path(backup))
    try:
        with closing(sqlite3.connect(str(store), timeout=30)) as dst:
            def step(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total, "")

            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA application_id = 0")  # the store itself is not a backup
            dst.commit()
            problems = _problems(dst, foreign_keys=False)
            counts, version = (_counts(dst), _version(dst)) if not problems else ({}, None)
    finally:
        src.close()
    return FileReport(Path(store), version, counts, tuple(problems), False,
                      dt.datetime.now().replace(microsecond=0), Path(store).stat().st_size)


def replace_store(backup: Path, store: Path, *, progress: Progress | None = None) -> FileReport:
    """Put a copy of `backup` in place of the closed SQLite store `store` when SQLite cannot write into it (a
    store damaged beyond opening): copied beside it under a temporary name, checked, the store's WAL folded in
    and its -wal/-shm removed (a stale WAL would be replayed onto the new file), then renamed over it."""
    backup, store = Path(backup), Path(store)
    with folder_lock(store.parent):
        return copy_checked(backup, store, marker=0, progress=progress, readonly_source=True,
                            before_rename=lambda: _drop_wal(store))


def _drop_wal(store: Path) -> None:
    wal, shm = Path(f"{store}-wal"), Path(f"{store}-shm")
    if wal.exists():
        try:
            with closing(sqlite3.connect(str(store), timeout=5)) as conn:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.DatabaseError:
            busy = 0  # a store too damaged to open: its safety copy holds what there was
        if busy:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "数据库正被其他电脑或程序使用，未恢复；请先关闭它们的 DealerDesk"))
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


def raw_copy(store: Path, target: Path) -> Path:
    """The safety copy of a store too damaged for the online backup API: its file and WAL as they are."""
    with folder_lock(target.parent):
        shutil.copy2(store, target)
        if Path(f"{store}-wal").exists():
            shutil.copy2(f"{store}-wal", f"{target}-wal")
    return target
