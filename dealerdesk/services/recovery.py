"""Getting a damaged store back: find the latest good backup, and restore it without a login.

Why without a login: a store that fails the quick check at open (store/db.refuse_damaged) is not read at all,
so nobody can log in to it, and the admin's `restore` would need a login. What this does is narrow enough to
allow it to whoever sits at the PC: only the store's own backups, only one that passes the integrity check,
and the damaged file is kept beside the backups first (nothing is lost). The restore is audited in the
restored store as done by the system, with the damaged file's copy named.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dealerdesk import config
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.backup import RestoreResult
from dealerdesk.store import backup as files
from dealerdesk.store.db import close_store, db, open_store, sqlite_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    taken_at: dt.datetime
    rows: int


def damaged_store_file(url: str) -> Path | None:
    """The SQLite file behind `url` (None for a server store, which is not checked at open)."""
    return sqlite_path(url)


def _folders(store: Path) -> list[Path]:
    """Where the store's backups may be: the backup folder setting (read from the damaged file when it still
    can be), the data folder's backups/, and backups/ beside the store (the pre-migration backups)."""
    folders: list[Path] = []
    try:
        with sqlite3.connect(files.readonly_uri(store), uri=True) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = 'backup.folder'").fetchone()
        if row and row[0]:
            import json

            value = json.loads(row[0])
            if isinstance(value, str) and value.strip():
                folders.append(Path(value))
    except (sqlite3.Error, ValueError, OSError):
        pass
    folders += [config.backup_dir(), store.parent / "backups"]
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def latest_good_backup(store: Path) -> GoodBackup | None:
    """The newest backup of `store` that passes the integrity check and may replace it, or None."""
    candidates: list[tuple[dt.datetime, Path]] = []
    for folder in _folders(store):
        candidates += files.backups_of(folder, store.stem)
    for taken_at, path in sorted(candidates, reverse=True):
        try:
            report = files.examine(path)
            files.refuse_unless_restorable(report)
        except (DealerDeskError, sqlite3.Error, OSError) as exc:
            log.info("backup %s not usable: %s", path.name, exc)
            continue
        return GoodBackup(path, taken_at, report.rows)
    return None


def restore_damaged(store: Path, source: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Keep a copy of the damaged `store`, put the good backup `source` in its place and open it (migrating an
    older backup); BackupError with what was kept when the result does not check out."""
    now = now or dt.datetime.now()
    report = files.examine(source)
    files.refuse_unless_restorable(report)
    close_store()
    folder = config.backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    kept = files.raw_copy(store, folder / files.backup_name(store.stem, now, "damaged"))
    try:
        restored = files.restore_into(source, store)
    except sqlite3.DatabaseError as exc:  # too damaged to write through SQLite: replace the file
        log.warning("restoring in place failed (%s); replacing the store file", exc)
        restored = files.replace_store(source, store)
    if restored.problems:
        raise files.BackupError(QT_TRANSLATE_NOOP(
            "errors", "恢复后的数据库校验失败；损坏的数据库另存为 {path}，请联系技术支持"), path=str(kept))
    info = open_store(store, backup_dir=config.backup_dir())
    with db.atomic():
        audit.record(SYSTEM, "restore", "store", None, file=str(source), safety_copy=str(kept),
                     schema_version=report.schema_version, rows=report.rows, reason="damaged")
    log.info("damaged store restored from %s (damaged file kept as %s)", source.name, kept.name)
    return RestoreResult(str(source), str(kept), info.schema_version, report.rows)


__all__ = ["GoodBackup", "damaged_store_file", "latest_good_backup", "restore_damaged"]
