"""Writing a file the user named so that it is either complete or not there: one helper for every writer
(exports, the rejects workbook, report PDFs, a customer's data export, mapping files; backups do the same in
store/backup.py with their own check before the rename, and report a full disk with `disk_full`).

A top-level module like i18n.py, outside the layers, because every layer that writes a file uses it (the
services' exports, reports' PDFs, the GUI's and the CLI's saves, the store's backups).

Why: a full disk or a killed process used to leave a partial file under the user's name (a 0-byte backup,
a 4 KB export that Excel calls damaged), and the message was about something else ("cannot rollback").
Here the writer writes ``.<name>.<pid>.ddtmp`` in the same folder; when it is done the file is flushed to
disk (fsync) and renamed over the target (``os.replace``: atomic on one volume); on any error the temporary
file is removed and the target is untouched. A full disk (ENOSPC, EDQUOT, SQLite's "disk is full") becomes
DiskFull: 磁盘空间不足, naming the file.
"""
from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from dealerdesk.domain.errors import DiskFull, PathProblem
from dealerdesk.i18n import QT_TRANSLATE_NOOP

TEMP_SUFFIX = ".ddtmp"
MSG_DISK_FULL = QT_TRANSLATE_NOOP("errors", "磁盘空间不足，没有写入 {path}：请清理磁盘或换一个保存位置后重试")
#: the one sentence for a missing folder (services/failures.py maps OSErrors to it too)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP("errors", "文件夹不存在：{path}。请先建立该文件夹，或选择一个已有的位置。")
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(exc: BaseException) -> bool:
    """An OSError for a full disk or quota, or SQLite's "database or disk is full"."""
    if isinstance(exc, DiskFull):
        return True
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    return isinstance(exc, sqlite3.OperationalError) and "disk is full" in str(exc)


def disk_full(path: str | Path) -> DiskFull:
    return DiskFull(MSG_DISK_FULL, field="path", path=str(path))


def temp_name(target: Path) -> Path:
    return target.parent / f".{target.name}.{os.getpid()}{TEMP_SUFFIX}"


def fsync_file(path: str | Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:  # Windows refuses fsync on a read-only handle: flush through a writable one
        if exc.errno not in (errno.EBADF, errno.EINVAL):
            raise
        os.close(fd)
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "nt":  # Windows has no directory handles to flush; NTFS journals the rename
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yields the temporary path to write (by any writer that takes a file name: openpyxl, ReportLab…);
    when the block ends without an error the file is fsync'd and renamed to `target`. On any error the
    temporary file is removed and `target` stays as it was; a full disk is raised as DiskFull."""
    target = Path(target)
    if not target.parent.is_dir():
        raise PathProblem(MSG_NO_FOLDER, field="path", path=str(target.parent))
    temp = temp_name(target)
    try:
        temp.unlink(missing_ok=True)
        yield temp
        fsync_file(temp)
        os.replace(temp, target)
        try:
            fsync_dir(target.parent)
        except OSError:  # the rename is done; a folder that cannot be flushed (network share) is no failure
            pass
    except BaseException as exc:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
        if is_disk_full(exc) and not isinstance(exc, DiskFull):
            raise disk_full(target) from exc
        if isinstance(exc, OSError) and exc.filename is not None and Path(exc.filename) == temp:
            # the same error about the name the user gave (a message must not show the temporary name)
            raise type(exc)(exc.errno, exc.strerror, str(target)) from exc
        raise


@contextmanager
def atomic_open(target: str | Path, mode: str = "w", **kwargs) -> Iterator[IO]:
    """`open(target, mode)` for writing, through `atomic_path` (text or binary as `mode` says)."""
    with atomic_path(target) as temp:
        with open(temp, mode, **kwargs) as f:
            yield f


def write_text(target: str | Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_open(target, "w", encoding=encoding, newline="") as f:
        f.write(text)
