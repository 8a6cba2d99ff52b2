"""`dealerdesk check`, `backup`, `restore`, `migrate` and `migrate-store`: looking after the store itself.

`check` reads the file through store/backup.py without binding the store (read-only: never migrates, never
writes, not even a -wal file); `backup` and `restore` are the use cases of services/backup.py; `migrate`
opens the store, which creates or upgrades it. It never touches the models."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from dealerdesk import config
from dealerdesk.cli.common import CliError, Command, actor_for, open_store_for, print_json


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 only for a sound store at the current schema; damage, another schema or version: exit 1."""
    from dealerdesk.store import backup
    from dealerdesk.services.audit import verify_chain
    from dealerdesk.store.db import (bind_readonly_uri, close_store, integrity_problems, open_store,
                                     readonly_request, refuse_network_share, sqlite_path)
    from dealerdesk.store.migrations import LATEST

    url = config.db_url(args.db)
    request = readonly_request(url)  # file:PATH?mode=ro: check reads through its own read-only connection anyway
    path = request[0] if request is not None else sqlite_path(url)
    broken = []
    if path is None:  # a server database: opened without migrating (a store needing an upgrade is refused)
        info = open_store(url, migrate=False)
        problems, version, broken = integrity_problems(), info.schema_version, verify_chain()
        close_store()
    else:
        refuse_network_share(path)  # the same refusal as opening it: a shared folder is no place for a store
        if not path.exists():
            raise CliError(f"找不到数据库 {path}")
        if path.is_dir():
            raise CliError(f"{path} 是文件夹，不是数据库文件：请用 --db 给出数据库文件的路径")
        report = backup.examine(path, counts=False)
        problems, version = list(report.problems), report.schema_version
        if not problems and version is None:
            raise CliError(f"{path} 不是 DealerDesk 数据库（表结构不同）")
        if not problems and version == LATEST:  # the audit chain, read through a connection that writes nothing
            bind_readonly_uri(backup.readonly_uri(path))
            broken = verify_chain()
            close_store()
    if problems:
        raise CliError("数据库检查发现问题：" + "；".join(problems[:5]))
    if broken:
        rows = "；".join(str(p) for p in broken[:5]) + (f"（另 {len(broken) - 5} 处）" if len(broken) > 5 else "")
        raise CliError(f"操作日志被改动或删除过：{rows}")
    if version > LATEST:
        raise CliError(f"数据库版本 {version} 比本程序支持的版本 {LATEST} 新，请升级 DealerDesk")
    if version < LATEST:
        raise CliError(f"数据库需要升级（版本 {version} → {LATEST}），完整性正常；请运行 dealerdesk migrate")
    print(f"ok: schema {version}/{LATEST}, integrity ok, audit chain ok ({redact(url)})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from dealerdesk.services.backup import backup_store

    open_store_for(args)
    result = backup_store(actor_for(args), args.output, force=args.force)
    removed = f"，轮换删除 {len(result.removed)} 份旧备份" if result.removed else ""
    print(f"备份已写入 {result.path}（{result.tables} 张表，{result.rows} 行，已校验{removed}）")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dealerdesk.services.backup import restore_store

    open_store_for(args, check_damage=False)  # a damaged store is what restore is for
    result = restore_store(actor_for(args), args.file)
    print(f"已从 {result.restored_from} 恢复（{result.rows} 行，数据库版本 {result.schema_version}）；"
          f"恢复前的数据库另存为 {result.safety_copy}")
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
    print(f"ok: schema {info.schema_version} {redact(info.url)}{note}{admin}")
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


def redact(url: str) -> str:
    from dealerdesk.store.dialect import redact as without_password

    return without_password(url)


def cmd_migrate_store(args: argparse.Namespace) -> int:
    import sys

    from dealerdesk.store.move import move_store

    def progress(done: int, total: int, table: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} {table}          ", end="", file=sys.stderr, flush=True)

    result = move_store(args.source, args.target, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(result.to_json())
    else:
        print(f"ok: {result.rows} 行（{len(result.tables)} 张表，行数逐表核对一致）{result.source} → {result.target}")
    return 0


def _migrate_store_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="source", required=True, metavar="FILE.db", help="要迁移的数据库（SQLite 文件）")
    p.add_argument("--to", dest="target", required=True, metavar="postgresql://…",
                   help="目标数据库（空的 PostgreSQL 数据库；表由程序创建）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出每张表的行数")


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", help="备份文件或文件夹（默认写入设置的备份文件夹，并轮换旧备份）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的、不是 DealerDesk 备份的文件")


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="要恢复的备份文件（先另存当前数据库，再替换）")


CHECK = Command("check", "检查数据库完整性与版本（只读）", cmd_check)
BACKUP = Command("backup", "备份数据库", cmd_backup, _backup_arguments)
RESTORE = Command("restore", "从备份恢复数据库（管理员）", cmd_restore, _restore_arguments)
MIGRATE = Command("migrate", "新建或升级数据库", cmd_migrate, _migrate_arguments)
MIGRATE_STORE = Command("migrate-store", "把数据库整体迁到另一数据库（如 PostgreSQL），逐表核对行数",
                        cmd_migrate_store, _migrate_store_arguments)
