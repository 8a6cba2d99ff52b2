"""`dealerdesk check`, `backup` and `migrate`: looking after the store file itself.

The one cli module besides common that calls dealerdesk.store (its integrity check, online backup and schema
version); it never touches the models."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from dealerdesk import config
from dealerdesk.cli.common import CliError, Command, open_store_for


def cmd_check(args: argparse.Namespace) -> int:
    from dealerdesk.store.db import integrity_problems
    from dealerdesk.store.migrations import LATEST

    info = open_store_for(args)
    problems = integrity_problems()
    if problems:
        raise CliError("数据库检查发现问题：" + "；".join(problems[:5]))
    print(f"ok: schema {info.schema_version}/{LATEST}, integrity ok ({info.url})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from dealerdesk.store.db import backup_sqlite

    info = open_store_for(args)
    if info.path is None:
        raise CliError("服务器数据库请用 pg_dump 备份")
    dest = backup_sqlite(info.path, config.backup_dir(), dest=Path(args.output) if args.output else None)
    print(f"备份已写入 {dest}")
    return 0


_NO_ADMIN_PASSWORD = "新数据库需要系统管理员密码：请设置环境变量 DEALERDESK_PASSWORD（非终端不能输入密码）"


def cmd_migrate(args: argparse.Namespace) -> int:
    """Create or upgrade the store. A store nobody can log in to (new, or from before login) gets its first
    administrator here (--admin, default admin), with the password from DEALERDESK_PASSWORD or typed twice
    at a terminal; without one on a non-terminal a new SQLite file is not even created."""
    from dealerdesk.services.accounts import create_first_admin, needs_first_admin
    from dealerdesk.store.db import sqlite_path

    path = sqlite_path(config.db_url(args.db))
    is_new = path is not None and (not path.exists() or path.stat().st_size == 0)
    password = None
    if is_new:
        password = _admin_password()
    info = open_store_for(args, create=True)
    note = f"（迁移前备份：{info.backup}）" if info.backup else ""
    admin = ""
    if needs_first_admin():
        password = password if password is not None else _admin_password()
        actor = create_first_admin(args.admin, "系统管理员", password)
        admin = f"，系统管理员 {actor.login}"
    print(f"ok: schema {info.schema_version} {info.url}{note}{admin}")
    return 0


def _admin_password() -> str:
    from dealerdesk.services import passwords

    if config.ENV_PASSWORD in os.environ:
        password = os.environ[config.ENV_PASSWORD]
    elif not sys.stdin.isatty():
        raise CliError(_NO_ADMIN_PASSWORD)
    else:
        password = getpass.getpass("系统管理员的新密码：")
        if getpass.getpass("再输入一次：") != password:
            raise CliError("两次输入的密码不一致")
    passwords.check_rule(password)
    return password


def _migrate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--admin", metavar="LOGIN", default="admin",
                   help="新数据库的系统管理员登录名（默认 admin；密码取自 DEALERDESK_PASSWORD 或终端输入）")


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", help="备份文件（默认写入数据目录下的 backups/）")


CHECK = Command("check", "检查数据库完整性与版本", cmd_check)
BACKUP = Command("backup", "备份数据库", cmd_backup, _backup_arguments)
MIGRATE = Command("migrate", "新建或升级数据库", cmd_migrate, _migrate_arguments)
