"""Backups of a PostgreSQL store: the server's own tools, pg_dump and pg_restore, when they are on the PATH.

Kept small on purpose: a server database is best backed up on the server; this only lets `dealerdesk backup`
and `restore` do the obvious thing (a custom-format dump under a temporary name, renamed when pg_dump
succeeded; a restore in one transaction) or say which tool is missing (docs/operations.md).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.store.backup import BackupError, folder_lock, temp_path_for


def _pg_command(tool: str, params: dict, dbname: str) -> tuple[list[str], dict[str, str]]:
    exe = shutil.which(tool)
    if exe is None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "找不到 {tool}：服务器数据库的备份与恢复需要 PostgreSQL 客户端工具（安装后把它加入 PATH，或由服务器管理员备份，见运维手册）"),
            tool=tool)
    args = [exe, "--no-password"]
    for flag, key in (("--host", "host"), ("--port", "port"), ("--username", "user")):
        if params.get(key):
            args += [flag, str(params[key])]
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args + ["--dbname", dbname], env


def pg_dump(params: dict, dbname: str, target: Path) -> Path:
    """pg_dump -Fc into a temporary name, renamed when pg_dump succeeded."""
    args, env = _pg_command("pg_dump", params, dbname)
    with folder_lock(target.parent):
        temp = temp_path_for(target)
        result = subprocess.run([*args, "--format=custom", "--file", str(temp)], env=env, capture_output=True,
                                text=True, stdin=subprocess.DEVNULL, check=False)
        if result.returncode != 0:
            temp.unlink(missing_ok=True)
            raise BackupError(QT_TRANSLATE_NOOP("errors", "pg_dump 失败：{reason}"),
                              reason=(result.stderr.strip().splitlines() or ["?"])[-1])
        os.replace(temp, target)
    return target


def pg_restore(params: dict, dbname: str, dump: Path) -> None:
    """pg_restore --clean --single-transaction: the database is replaced as a whole or not at all."""
    args, env = _pg_command("pg_restore", params, dbname)
    result = subprocess.run([*args, "--clean", "--if-exists", "--no-owner", "--single-transaction", str(dump)],
                            env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False)
    if result.returncode != 0:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "pg_restore 失败，数据库保持不变：{reason}"),
                          reason=(result.stderr.strip().splitlines() or ["?"])[-1])
