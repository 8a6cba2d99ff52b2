"""`dealerdesk check`, `backup`, `migrate` and `migrate-store`: looking after the store itself.

The one cli module besides common that calls dealerdesk.store (its integrity check, online backup and schema
version); it never touches the models."""
from __future__ import annotations

import argparse
from pathlib import Path

from dealerdesk import config
from dealerdesk.cli.common import CliError, Command, open_store_for, print_json


def cmd_check(args: argparse.Namespace) -> int:
    from dealerdesk.store.db import integrity_problems
    from dealerdesk.store.migrations import LATEST

    info = open_store_for(args)
    problems = integrity_problems()
    if problems:
        raise CliError("数据库检查发现问题：" + "；".join(problems[:5]))
    print(f"ok: schema {info.schema_version}/{LATEST}, integrity ok ({redact(info.url)})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from dealerdesk.store.db import backup_sqlite

    info = open_store_for(args)
    if info.path is None:
        raise CliError("服务器数据库请用 pg_dump 备份")
    dest = backup_sqlite(info.path, config.backup_dir(), dest=Path(args.output) if args.output else None)
    print(f"备份已写入 {dest}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    info = open_store_for(args, create=True)
    note = f"（迁移前备份：{info.backup}）" if info.backup else ""
    print(f"ok: schema {info.schema_version} {redact(info.url)}{note}")
    return 0


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
    p.add_argument("-o", "--output", help="备份文件（默认写入数据目录下的 backups/）")


CHECK = Command("check", "检查数据库完整性与版本", cmd_check)
BACKUP = Command("backup", "备份数据库", cmd_backup, _backup_arguments)
MIGRATE = Command("migrate", "新建或升级数据库", cmd_migrate)
MIGRATE_STORE = Command("migrate-store", "把数据库整体迁到另一数据库（如 PostgreSQL），逐表核对行数",
                        cmd_migrate_store, _migrate_store_arguments)
