"""`dealerdesk check`, `backup` and `migrate`: looking after the store file itself.

The one cli module besides common that calls dealerdesk.store (its integrity check, online backup and schema
version); it never touches the models."""
from __future__ import annotations

import argparse
from pathlib import Path

from dealerdesk import config
from dealerdesk.cli.common import CliError, Command, actor_for, open_store_for


def cmd_check(args: argparse.Namespace) -> int:
    from dealerdesk.store.db import integrity_problems
    from dealerdesk.store.migrations import LATEST

    from dealerdesk.services.audit import verify_chain

    info = open_store_for(args)
    problems = integrity_problems()
    if problems:
        raise CliError("数据库检查发现问题：" + "；".join(problems[:5]))
    broken = verify_chain()
    if broken:
        rows = "；".join(str(p) for p in broken[:5]) + (f"（另 {len(broken) - 5} 处）" if len(broken) > 5 else "")
        raise CliError(f"操作日志被改动或删除过：{rows}")
    print(f"ok: schema {info.schema_version}/{LATEST}, integrity ok, audit chain ok ({info.url})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from dealerdesk.services.backups import backup_store

    info = open_store_for(args)
    if info.path is None:
        raise CliError("服务器数据库请用 pg_dump 备份")
    dest = backup_store(actor_for(args), config.backup_dir(), dest=Path(args.output) if args.output else None)
    print(f"备份已写入 {dest}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    info = open_store_for(args, create=True)
    note = f"（迁移前备份：{info.backup}）" if info.backup else ""
    print(f"ok: schema {info.schema_version} {info.url}{note}")
    return 0


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", help="备份文件（默认写入数据目录下的 backups/）")


CHECK = Command("check", "检查数据库完整性与版本", cmd_check)
BACKUP = Command("backup", "备份数据库", cmd_backup, _backup_arguments)
MIGRATE = Command("migrate", "新建或升级数据库", cmd_migrate)
