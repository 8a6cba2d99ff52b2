"""The catalogue of store and system conditions (services/failures.py): each maps to the DealerDeskError
that says what is wrong and what to do; anything else is a bug, logged with its traceback."""
from __future__ import annotations

import datetime as dt
import errno
import sqlite3

import peewee
import pytest

from dealerdesk.domain.errors import (DiskFull, InvalidInput, NotFound, OutOfRange, PathProblem, ReadOnlyStore,
                                      StoreDamaged, UnexpectedError)
from dealerdesk.services import failures
from dealerdesk.store.db import StoreBusy, StoreError


def _sqlite(message: str, code: int | None = None) -> sqlite3.Error:
    exc = sqlite3.OperationalError(message)
    if code is not None:
        exc.sqlite_errorcode = code
    return exc


class _PgError(Exception):
    def __init__(self, pgcode: str) -> None:
        super().__init__(f"server said {pgcode}\nDETAIL: second line")
        self.pgcode = pgcode


@pytest.mark.parametrize(("exc", "kind", "words"), [
    (_sqlite("database or disk is full", 13), DiskFull, "磁盘已满"),
    (_sqlite("database or disk is full"), DiskFull, "磁盘已满"),  # no code: the words
    (_sqlite("attempt to write a readonly database", 8), ReadOnlyStore, "数据库为只读"),
    (_sqlite("database disk image is malformed", 11), StoreDamaged, "已损坏"),
    (sqlite3.DatabaseError("file is not a database"), StoreDamaged, "已损坏"),
    (_sqlite("database is locked", 5), StoreBusy, "数据库正忙"),
    (_sqlite("disk I/O error", 10 | (3 << 8)), PathProblem, "读写磁盘出错"),  # an extended code
    (_sqlite("unable to open database file", 14), PathProblem, "无法打开数据库文件"),
    (_sqlite("LIKE or GLOB pattern too complex", 1), InvalidInput, "太长或太复杂"),
    (peewee.OperationalError("database or disk is full"), DiskFull, "磁盘已满"),
    (_PgError("53100"), DiskFull, "磁盘已满"),
    (_PgError("25006"), ReadOnlyStore, "数据库为只读"),
    (_PgError("XX001"), StoreDamaged, "已损坏"),
    (_PgError("40P01"), StoreBusy, "数据库正忙"),
    (_PgError("08006"), StoreError, "连接断开"),
    (OSError(errno.ENOSPC, "No space left on device", "x.xlsx"), DiskFull, "磁盘已满"),
    (OSError(errno.EISDIR, "Is a directory", "/tmp"), PathProblem, "是文件夹"),
    (OSError(errno.EACCES, "Permission denied", "/root/x"), PathProblem, "没有权限"),
    (OSError(errno.EROFS, "Read-only file system", "/cd/x"), PathProblem, "只读"),
    (OSError(errno.ENAMETOOLONG, "File name too long", "x" * 300), PathProblem, "太长"),
    (OverflowError("Python int too large to convert to SQLite INTEGER"), OutOfRange, "数字太大"),
    (OverflowError("date value out of range"), OutOfRange, "日期超出范围"),
    (ValueError("year 0 is out of range"), OutOfRange, "日期超出范围"),
    (ValueError("embedded null byte"), PathProblem, "不能用的字符"),
])
def test_each_condition_is_said_in_words(exc, kind, words):
    shown = failures.translate(exc)
    assert isinstance(shown, kind) and words in str(shown)
    assert "\n" not in str(shown)


def test_a_missing_folder_is_named():
    shown = failures.translate(FileNotFoundError(errno.ENOENT, "No such file", "/nonexistent/x.csv"))
    assert isinstance(shown, PathProblem) and str(shown).startswith("文件夹不存在：/nonexistent")


def test_the_cause_under_sqlite_s_rollback_report_is_found():
    """A full disk at COMMIT: SQLite rolls back, peewee's rollback then fails while handling it."""
    try:
        try:
            raise _sqlite("database or disk is full", 13)
        except sqlite3.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except peewee.OperationalError as exc:
        assert isinstance(failures.user_error(exc), DiskFull)


def test_a_dealerdesk_error_is_itself_and_a_bug_is_none():
    own = NotFound("找不到客户 {id}", id=5)
    assert failures.translate(own) is own
    assert failures.translate(KeyError("x")) is None
    assert failures.translate(ValueError("invalid literal for int()")) is None


def test_a_bug_is_logged_with_its_traceback_and_the_message_names_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path))
    try:
        {}["missing"]
    except KeyError as exc:
        shown = failures.user_error(exc)
    assert isinstance(shown, UnexpectedError)
    assert str(shown).startswith("意外错误（KeyError）") and str(tmp_path / "logs" / "dealerdesk.log") in str(shown)
    logged = (tmp_path / "logs" / "dealerdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'missing'" in logged


def test_an_output_path_is_checked_before_anything_is_written(tmp_path):
    assert failures.check_output_path(tmp_path / "x.csv") == tmp_path / "x.csv"
    for bad, words in ((tmp_path / "gone" / "x.csv", "文件夹不存在"), (tmp_path, "是文件夹"),
                       (str(tmp_path / "a\x00b.csv"), "不能用的字符")):
        with pytest.raises(PathProblem, match=words):
            failures.check_output_path(bad)


def test_the_date_messages_fit_what_the_cli_and_services_compute():
    with pytest.raises(ValueError) as err:
        dt.date(0, 1, 1)
    assert isinstance(failures.translate(err.value), OutOfRange)
    with pytest.raises(OverflowError) as err2:
        dt.date(9999, 12, 31) + dt.timedelta(days=1)
    assert isinstance(failures.translate(err2.value), OutOfRange)
