"""Back up and restore the store: the use cases behind `dealerdesk backup`/`restore`, the daily backup and the
GUI's 备份/恢复 menu actions.

The file work (temporary name, checks, rename, rotation, the backup marker) is store/backup.py; here are the
rules around it: who may do it ("backup", "restore"), where automatic backups go and how many are kept (the
backup.* settings), that `-o FILE` never overwrites a store or any file that is not a backup without
`force`, that a restore keeps a safety copy of the current store and reopens (migrating an older backup),
and that each is written to the audit log.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dealerdesk import config
from dealerdesk.domain.errors import Conflict
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.settings import get_settings
from dealerdesk.store import backup as files
from dealerdesk.store import pg_backup
from dealerdesk.store.db import close_store, db, is_read_only, open_store, store_file

log = logging.getLogger(__name__)

# The tables a person recognises, for the restore confirmation (table → label).
SUMMARY_TABLES = (("customer", QT_TRANSLATE_NOOP("backup", "客户")), ("lead", QT_TRANSLATE_NOOP("backup", "线索")),
                  ("vehicle", QT_TRANSLATE_NOOP("backup", "车辆")),
                  ("service_record", QT_TRANSLATE_NOOP("backup", "维修保养记录")))


@dataclass(frozen=True)
class BackupResult:
    path: str
    schema_version: int | None
    tables: int
    rows: int
    size: int
    removed: tuple[str, ...] = ()  # old backups rotation removed

    def to_json(self) -> dict:
        return {"path": self.path, "schema_version": self.schema_version, "tables": self.tables, "rows": self.rows,
                "size": self.size, "removed": list(self.removed)}


@dataclass(frozen=True)
class BackupSummary:
    """What the restore confirmation names: the backup's date, schema and counts."""

    path: str
    taken_at: dt.datetime | None
    schema_version: int
    counts: dict[str, int]  # SUMMARY_TABLES' tables → rows
    rows: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: str
    safety_copy: str
    schema_version: int  # after reopening (an older backup is migrated)
    rows: int


def backup_folder(settings: dict | None = None) -> Path:
    """Where automatic backups go: the backup.folder setting, else the data folder's backups/."""
    folder = (settings if settings is not None else get_settings()).get("backup.folder") or ""
    return Path(folder) if str(folder).strip() else config.backup_dir()


def _existing_folder(settings: dict) -> Path:
    """The backup folder; the default one is created, a chosen one must exist (a USB disk not plugged in must
    not turn into a new folder on the system disk)."""
    folder = backup_folder(settings)
    if folder != config.backup_dir() and not folder.is_dir():
        raise files.BackupError(QT_TRANSLATE_NOOP(
            "errors", "备份文件夹 {folder} 不存在（U 盘没插上或网络盘没连上？），没有备份"), folder=str(folder))
    return folder


def _open_sqlite_store() -> Path | None:
    path = store_file()
    return None if path is None or str(path) == ":memory:" else path


def _pg_params() -> tuple[dict, str]:
    database = db.obj
    return dict(database.connect_params), database.database


def backup_store(actor: Actor, output: str | Path | None = None, *, force: bool = False,
                 now: dt.datetime | None = None, progress=None) -> BackupResult:
    """Back up the open store to `output` (a file or a folder), or into the backup folder (then rotated)."""
    require(actor, "backup")
    now = now or dt.datetime.now()
    store = _open_sqlite_store()
    if store is None:
        return _pg_backup(actor, output, now)
    if output is None:
        settings = get_settings()
        return _write(actor, store, _existing_folder(settings), "manual", now, progress, settings)
    target = Path(output)
    if target.is_dir():
        target = target / files.backup_name(store.stem, now, "manual")
    if target.exists():
        if target.resolve() == store.resolve():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "{path} 就是当前数据库，不能备份到它自己"), field="output",
                           path=str(target))
        if not force and not files.is_backup_file(target):
            raise Conflict(QT_TRANSLATE_NOOP(
                "errors", "{path} 已存在，而且不是 DealerDesk 备份（可能是数据库），没有覆盖；确实要覆盖请加 --force"),
                field="output", path=str(target))
    report = files.write_backup(store, target, progress=progress)
    return _audited(actor, report, "manual", ())


def _write(actor: Actor, store: Path, folder: Path, reason: str, now: dt.datetime, progress,
           settings: dict | None = None) -> BackupResult:
    settings = settings if settings is not None else get_settings()
    target = folder / files.backup_name(store.stem, now, reason)
    report = files.write_backup(store, target, progress=progress)
    removed = files.rotate(folder, store.stem, int(settings["backup.keep"]), int(settings["backup.keep_monthly"]),
                           now.date())
    if folder != config.backup_dir():  # pre-migration backups always go to the data folder: rotated too
        removed += files.rotate(config.backup_dir(), store.stem, int(settings["backup.keep"]),
                                int(settings["backup.keep_monthly"]), now.date())
    return _audited(actor, report, reason, tuple(str(p) for p in removed))


def _audited(actor: Actor, report: files.FileReport, reason: str, removed: tuple[str, ...]) -> BackupResult:
    with db.atomic():
        audit.record(actor, "backup", "store", None, file=str(report.path), reason=reason, rows=report.rows,
                     removed=len(removed))
    return BackupResult(str(report.path), report.schema_version, len(report.counts), report.rows, report.size,
                        removed)


def automatic_backup(actor: Actor, *, now: dt.datetime | None = None, on_exit: bool = False,
                     progress=None) -> BackupResult | None:
    """The daily backup (the first start of the day: none of this store in the folder dated today) or the
    backup on exit, as the backup.* settings ask; None when there is nothing to do.

    Any user's start triggers it (the admin chose it in the settings), so it needs no permission; the audit
    log names the user and the reason ("daily", "exit"). A missing folder (a USB disk not plugged in) is an error saying so; the
    default folder is created."""
    now = now or dt.datetime.now()
    settings = get_settings()
    if not settings["backup.on_exit" if on_exit else "backup.daily"] or is_read_only():
        return None  # off, or a read-only store (it cannot change, and the backup could not be audited)
    store = _open_sqlite_store()
    if store is None:
        return None  # a server database is backed up on the server (docs/operations.md)
    folder = _existing_folder(settings)
    if not on_exit and any(stamp.date() == now.date() for stamp, _ in files.backups_of(folder, store.stem)):
        return None
    return _write(actor, store, folder, "exit" if on_exit else "daily", now, progress, settings)


def examine_backup(actor: Actor, path: str | Path) -> BackupSummary:
    """Check a backup file before restoring it (BackupError/StoreDamaged saying why it cannot be restored)."""
    require(actor, "restore")
    report = files.examine(Path(path))
    files.refuse_unless_restorable(report)
    counts = {table: report.counts.get(table, 0) for table, _label in SUMMARY_TABLES}
    return BackupSummary(str(report.path), report.taken_at, int(report.schema_version), counts, report.rows)


def restore_store(actor: Actor, path: str | Path, *, now: dt.datetime | None = None,
                  progress=None) -> RestoreResult:
    """Replace the open store with the backup at `path`, after a safety copy of the store as it is.

    A file that is not a good backup (damaged, another schema, from a newer DealerDesk) is refused and the
    store is left untouched. The backup is copied into the store in place (store/backup.restore_into says
    why), checked, and the store reopened, which migrates an older backup."""
    require(actor, "restore")
    now = now or dt.datetime.now()
    source = Path(path)
    store = _open_sqlite_store()
    if store is None:
        return _pg_restore(actor, source, now)
    report = files.examine(source)
    files.refuse_unless_restorable(report)
    if source.resolve() == store.resolve():
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{path} 就是当前数据库，不能用它恢复"), path=str(source))
    safety = _safety_copy(store, now)
    try:
        restored = files.restore_into(source, store, progress=progress)
    except sqlite3.DatabaseError as exc:  # the store is past writing through SQLite: replace its file
        log.warning("restoring in place failed (%s); replacing the store file", exc)
        close_store()
        restored = files.replace_store(source, store, progress=progress)
    if restored.problems or restored.counts != report.counts:  # put the store back as it was
        files.restore_into(safety, store)
        open_store(store, backup_dir=config.backup_dir())
        raise files.BackupError(QT_TRANSLATE_NOOP("errors", "恢复后的数据库校验失败，已还原为恢复前的状态（{path}）"),
                                path=str(safety))
    info = open_store(store, backup_dir=config.backup_dir())  # a fresh connection; migrates an older backup
    with db.atomic():
        audit.record(actor, "restore", "store", None, file=str(source), safety_copy=str(safety),
                     schema_version=report.schema_version, rows=report.rows)
    changes.mark(*changes.AREAS)  # every list, the due work and the settings come from the restored store
    log.info("store restored from %s (safety copy %s)", source.name, safety.name)
    return RestoreResult(str(source), str(safety), info.schema_version, report.rows)


def _safety_copy(store: Path, now: dt.datetime) -> Path:
    """The current store as it is, in the backup folder (or the data folder when that one is missing)."""
    folder = backup_folder()
    if folder != config.backup_dir() and not folder.is_dir():
        folder = config.backup_dir()
    target = folder / files.backup_name(store.stem, now, "pre-restore")
    try:
        return files.write_backup(store, target, check_source=False).path
    except (files.BackupError, OSError, sqlite3.DatabaseError) as exc:
        log.warning("safety copy through the backup API failed (%s); copying the file as it is", exc)
        return files.raw_copy(store, target)


def _pg_backup(actor: Actor, output: str | Path | None, now: dt.datetime) -> BackupResult:
    params, dbname = _pg_params()
    if output is None:
        target = backup_folder() / f"{dbname}-{now:%Y%m%d-%H%M%S}-manual.dump"
    else:
        target = Path(output)
    pg_backup.pg_dump(params, dbname, target)
    with db.atomic():
        audit.record(actor, "backup", "store", None, file=str(target), reason="pg_dump")
    return BackupResult(str(target), None, 0, 0, target.stat().st_size)


def _pg_restore(actor: Actor, source: Path, now: dt.datetime) -> RestoreResult:
    params, dbname = _pg_params()
    safety = pg_backup.pg_dump(params, dbname, backup_folder() / f"{dbname}-{now:%Y%m%d-%H%M%S}-pre-restore.dump")
    close_store()
    try:
        pg_backup.pg_restore(params, dbname, source)
    finally:
        info = open_store(_pg_url(params, dbname), backup_dir=config.backup_dir())
    with db.atomic():
        audit.record(actor, "restore", "store", None, file=str(source), safety_copy=str(safety))
    return RestoreResult(str(source), str(safety), info.schema_version, 0)


def _pg_url(params: dict, dbname: str) -> str:
    from urllib.parse import quote

    user = quote(str(params.get("user") or ""))
    password = f":{quote(str(params['password']))}" if params.get("password") else ""
    host = params.get("host") or "localhost"
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{user}{password}@{host}{port}/{dbname}"
