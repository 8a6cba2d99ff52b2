"""The catalogue of what can go wrong under an action, in words a clerk can act on (issue 23).

Why one place: the GUI (`ui/ops.py`, the window's excepthook, the long-job runner) and the CLI's error handler
used to show `意外错误：OperationalError: database or disk is full` or `cannot rollback - no transaction is
active` (SQLite's report after a full disk rolled the transaction back). Here every such condition — disk
full, read-only store, store locked, damaged store, missing path, no permission, a number or date out of
range — maps from the driver's or the system's exception (SQLite result codes, PostgreSQL SQLSTATEs, errno)
to a DealerDeskError subclass whose message says what is wrong and what to do. `user_error()` is what both
front ends call; only a true bug is left, logged with its traceback to the log file, and the message says
where that file is.
"""
from __future__ import annotations

import errno
import logging
import logging.handlers
from pathlib import Path

from dealerdesk import config
from dealerdesk.domain.errors import (DealerDeskError, DiskFull, InvalidInput, OutOfRange, PathProblem,
                                      ReadOnlyStore, StoreDamaged, UnexpectedError)
from dealerdesk.domain.text import shorten
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.atomic import MSG_NO_FOLDER
from dealerdesk.store.db import StoreBusy, StoreError

log = logging.getLogger(__name__)

MSG_DISK_FULL = QT_TRANSLATE_NOOP("errors", "磁盘已满：这次操作没有保存（数据库保持操作前的状态）。"
                                            "请清理磁盘空间（删除旧文件或旧备份）后再试。")
MSG_READ_ONLY = QT_TRANSLATE_NOOP("errors", "数据库为只读，不能修改：数据库文件或所在的磁盘（光盘、写保护的 U 盘、"
                                            "只读的文件夹）不允许写入。可以查询和打印；要修改请把数据库复制到本机"
                                            "可写的文件夹，或请管理员改为可写。")
MSG_DAMAGED = QT_TRANSLATE_NOOP("errors", "数据库文件已损坏（{reason}）。为免弄错数据，程序不再读写它。请用最近的"
                                          "备份恢复：dealerdesk restore 备份文件（程序里：文件 → 从备份恢复），"
                                          "并把损坏的文件留给技术支持。")
MSG_IO = QT_TRANSLATE_NOOP("errors", "读写磁盘出错（{reason}）：请检查存放数据库的磁盘或 U 盘是否还连着、是否正常，"
                                     "然后再试。")
MSG_CANT_OPEN = QT_TRANSLATE_NOOP("errors", "无法打开数据库文件：文件夹不存在、没有权限，或它是文件夹而不是文件。"
                                            "请检查 --db 给出的路径。")
MSG_NUMBER_RANGE = QT_TRANSLATE_NOOP("errors", "数字太大：超出了能保存的范围（最大 9223372036854775807）。"
                                               "请检查输入的编号或数字。")
MSG_DATE_RANGE = QT_TRANSLATE_NOOP("errors", "日期超出范围：请用 1900 年到 9998 年之间的日期（例如 2026-12 或 "
                                             "2026-12-31）。")
MSG_TOO_COMPLEX = QT_TRANSLATE_NOOP("errors", "输入的内容太长或太复杂，数据库无法处理：请缩短后再试。")
MSG_MEMORY = QT_TRANSLATE_NOOP("errors", "内存不足：这次要处理的数据太多。请关闭其他程序，或分批处理后再试。")
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "找不到文件：{path}。请检查文件名和所在的文件夹。")
MSG_IS_FOLDER = QT_TRANSLATE_NOOP("errors", "{path} 是文件夹，不是文件：请给出文件名。")
MSG_NOT_FOLDER = QT_TRANSLATE_NOOP("errors", "路径不对：{path} 中间有一部分是文件而不是文件夹。")
MSG_NO_PERMISSION = QT_TRANSLATE_NOOP("errors", "没有权限访问 {path}：请换一个文件夹，或请管理员开放权限。")
MSG_READ_ONLY_DISK = QT_TRANSLATE_NOOP("errors", "{path} 所在的磁盘是只读的：请换一个可写的位置保存。")
MSG_BAD_PATH_CHAR = QT_TRANSLATE_NOOP("errors", "文件名中有不能用的字符（控制字符）：请重新输入文件名。")
MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("errors", "文件名或路径太长：{path}。请用短一些的名字。")
MSG_CONNECTION = QT_TRANSLATE_NOOP("errors", "与数据库服务器的连接断开了（{reason}）：请检查网络和服务器，"
                                             "然后再试；这次操作没有保存。")
MSG_SERVER_PERMISSION = QT_TRANSLATE_NOOP("errors", "数据库服务器拒绝了这次操作（没有权限）：请管理员检查数据库"
                                                    "账号的权限。")
MSG_BUSY = QT_TRANSLATE_NOOP("errors", "数据库正忙：另一个程序或另一台电脑正在写入（例如导入），请稍后再试。"
                                       "您填写的内容没有丢失。")
MSG_UNEXPECTED = QT_TRANSLATE_NOOP("errors", "意外错误（{kind}）：操作没有完成。这是程序的缺陷，详细信息已写入日志 "
                                             "{log}，请把该文件发给技术支持。")

# SQLite primary result codes (the low byte of the extended code)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_TOOBIG, _SQLITE_NOTADB = 18, 26
# what the message says when the driver gives no code (peewee re-raises some errors without one)
_SQLITE_TEXT = (("database or disk is full", _SQLITE_FULL), ("readonly database", _SQLITE_READONLY),
                ("disk image is malformed", _SQLITE_CORRUPT), ("file is not a database", _SQLITE_NOTADB),
                ("database is locked", _SQLITE_BUSY), ("disk i/o error", _SQLITE_IOERR),
                ("unable to open database file", _SQLITE_CANTOPEN), ("string or blob too big", _SQLITE_TOOBIG))


def _chain(exc: BaseException):
    """`exc` and the exceptions it was raised from or during (peewee re-raises the driver's; SQLite's
    'cannot rollback' comes while handling the real cause)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    for needle, found in _SQLITE_TEXT:
        if needle in text:
            return found
    return None


def _from_sqlite(code: int, exc: BaseException) -> DealerDeskError | None:
    reason = " ".join(str(exc).split())[:120]
    if code == _SQLITE_FULL:
        return DiskFull(MSG_DISK_FULL)
    if code == _SQLITE_READONLY:
        return ReadOnlyStore(MSG_READ_ONLY)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreDamaged(MSG_DAMAGED, reason=reason)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreBusy(MSG_BUSY)
    if code == _SQLITE_IOERR:
        return PathProblem(MSG_IO, reason=reason)
    if code in (_SQLITE_CANTOPEN, _SQLITE_PERM):
        return PathProblem(MSG_CANT_OPEN)
    if code == _SQLITE_TOOBIG:
        return InvalidInput(MSG_TOO_COMPLEX)
    return None


def _from_postgres(pgcode: str, exc: BaseException) -> DealerDeskError | None:
    reason = " ".join(str(exc).split())[:120]
    if pgcode == "53100":
        return DiskFull(MSG_DISK_FULL)
    if pgcode == "25006":
        return ReadOnlyStore(MSG_READ_ONLY)
    if pgcode in ("XX001", "XX002"):
        return StoreDamaged(MSG_DAMAGED, reason=reason)
    if pgcode in ("40P01", "55P03", "40001"):
        return StoreBusy(MSG_BUSY)
    if pgcode == "42501":
        return PathProblem(MSG_SERVER_PERMISSION)
    if pgcode.startswith("08") or pgcode in ("57P01", "57P02", "57P03"):
        return StoreError(MSG_CONNECTION, reason=reason)
    if pgcode in ("22003", "22008"):
        return OutOfRange(MSG_NUMBER_RANGE if pgcode == "22003" else MSG_DATE_RANGE)
    return None


def _from_os(exc: OSError) -> DealerDeskError | None:
    path = exc.filename if exc.filename is not None else ""
    shown = str(path)
    no = exc.errno
    if no in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(MSG_DISK_FULL)
    if no == errno.ENOENT:
        parent = Path(shown).parent if shown else None
        if parent is not None and str(parent) not in ("", ".") and not parent.exists():
            return PathProblem(MSG_NO_FOLDER, path=str(parent))
        return PathProblem(MSG_NOT_FOUND, path=shown)
    if no == errno.EISDIR:
        return PathProblem(MSG_IS_FOLDER, path=shown)
    if no == errno.ENOTDIR:
        return PathProblem(MSG_NOT_FOLDER, path=shown)
    if no in (errno.EACCES, errno.EPERM):
        return PathProblem(MSG_NO_PERMISSION, path=shown)
    if no == errno.EROFS:
        return PathProblem(MSG_READ_ONLY_DISK, path=shown)
    if no == errno.ENAMETOOLONG:
        return PathProblem(MSG_NAME_TOO_LONG, path=shorten(shown, 80))
    if no == errno.EIO:
        return PathProblem(MSG_IO, reason=exc.strerror or "I/O")
    return None


def _is_date_range(exc: BaseException) -> bool:
    text = str(exc).lower()
    return ("year" in text and "out of range" in text) or "date value out of range" in text \
        or "day is out of range" in text or "month must be in" in text


def translate(exc: BaseException) -> DealerDeskError | None:
    """The DealerDeskError that says what `exc` means for the person, or None for a true bug."""
    if isinstance(exc, DealerDeskError):
        return exc
    for cause in _chain(exc):
        if isinstance(cause, DealerDeskError):
            return cause
        pgcode = getattr(cause, "pgcode", None)
        if isinstance(pgcode, str) and (found := _from_postgres(pgcode, cause)) is not None:
            return found
        if type(cause).__module__ in ("sqlite3", "peewee") or hasattr(cause, "sqlite_errorcode"):
            code = _sqlite_code(cause)
            if code is not None and (found := _from_sqlite(code, cause)) is not None:
                return found
            if "pattern too complex" in str(cause):
                return InvalidInput(MSG_TOO_COMPLEX)
        elif isinstance(cause, OSError) and (found := _from_os(cause)) is not None:
            return found
    for cause in _chain(exc):  # no store or system condition underneath: a value out of range?
        if isinstance(cause, OverflowError):
            if "date" in str(cause).lower():
                return OutOfRange(MSG_DATE_RANGE)
            return OutOfRange(MSG_NUMBER_RANGE)
        if isinstance(cause, ValueError) and _is_date_range(cause):
            return OutOfRange(MSG_DATE_RANGE)
        if isinstance(cause, ValueError) and "embedded null" in str(cause):  # a path with NUL in it
            return PathProblem(MSG_BAD_PATH_CHAR)
        if isinstance(cause, MemoryError):
            return DealerDeskError(MSG_MEMORY)
    return None


def check_output_path(path: str | Path) -> Path:
    """A file the person asked to write: refused in words before anything is computed or written when its
    folder is missing, it is a folder, or its name holds control characters."""
    text = str(path)
    if "\x00" in text or any(ord(c) < 32 for c in text):
        raise PathProblem(MSG_BAD_PATH_CHAR)
    target = Path(text)
    if target.is_dir():
        raise PathProblem(MSG_IS_FOLDER, path=text)
    folder = target.parent
    if not folder.is_dir():
        raise PathProblem(MSG_NO_FOLDER if not folder.exists() else MSG_NOT_FOLDER, path=str(folder))
    return target


def user_error(exc: BaseException) -> DealerDeskError:
    """What to show for `exc`: its catalogue entry, or (a true bug) UnexpectedError after logging the
    traceback to the log file, naming that file."""
    found = translate(exc)
    if found is not None:
        if not isinstance(exc, DealerDeskError):
            log.info("%s shown as: %s", type(exc).__name__, found)
        return found
    where = log_unexpected(exc)
    return UnexpectedError(MSG_UNEXPECTED, kind=type(exc).__name__, log=str(where) if where else "（无法写日志）")


def log_file() -> Path:
    return config.log_dir() / "dealerdesk.log"


def log_unexpected(exc: BaseException) -> Path | None:
    """Write `exc` with its traceback to the log file; the file's path, or None when it cannot be written.

    The GUI's root logger already writes that file (app.setup_logging). The CLI's writes only to stderr, where
    a traceback must never appear: there the traceback goes to a logger of its own that writes the file."""
    path = log_file()
    info = (type(exc), exc, exc.__traceback__)
    if any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in logging.getLogger().handlers):
        logging.getLogger("dealerdesk.unexpected").error("unexpected error", exc_info=info)
        return path
    bugs = logging.getLogger("dealerdesk.unexpected.file")
    bugs.propagate = False
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in bugs.handlers):
        for old in list(bugs.handlers):  # another log folder (DEALERDESK_HOME changed): the new file only
            bugs.removeHandler(old)
            old.close()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                           encoding="utf-8")
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        bugs.addHandler(handler)
    bugs.error("unexpected error", exc_info=info)
    return path


__all__ = ["check_output_path", "MSG_DISK_FULL", "MSG_READ_ONLY", "MSG_DAMAGED", "log_file", "log_unexpected", "translate",
           "user_error"]
