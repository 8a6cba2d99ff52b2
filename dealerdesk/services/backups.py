"""Backing the store up as a use case: the acting user, the permission, and the audit row.

The copy itself is store/db.py's (SQLite's online backup API); this module is what the CLI and the window
call so that every backup is checked and logged the same way. Restore (issue 19) is to write its row the same
way, action "restore".
"""
from __future__ import annotations

from pathlib import Path

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.db import backup_sqlite, db, store_file

__all__ = ["backup_store"]


def backup_store(actor: Actor, backup_dir: Path, dest: Path | None = None) -> Path:
    """Copy the open SQLite store to `dest` (default: a dated file in `backup_dir`); audited."""
    require(actor, "backup")
    path = store_file()
    if path is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "服务器数据库请用 pg_dump 备份"))
    written = backup_sqlite(path, backup_dir, dest=dest)
    with db.atomic():
        audit.record(actor, "backup", "store", None, file=written.name)
    return written
