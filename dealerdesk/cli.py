"""`dealerdesk` command line: a thin argparse layer over the services (contract: shared/CLI.md, docs/cli.md).

Errors are one line on stderr with exit 1, usage errors exit 2 (argparse), never a traceback. Commands never
wait for input when stdin is not a terminal.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import multiprocessing
import os
import sys
from pathlib import Path

from dealerdesk import __version__, config
from dealerdesk.domain.errors import DealerDeskError

log = logging.getLogger(__name__)


class CliError(Exception):
    """A failure to report as one line on stderr (exit 1)."""


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def open_store_for(args: argparse.Namespace, *, create: bool = False):
    from dealerdesk.store.db import open_store

    return open_store(config.db_url(args.db), create=create, backup_dir=config.backup_dir())


def actor_for(args: argparse.Namespace):
    from dealerdesk.services.auth import actor_for_login

    return actor_for_login(getattr(args, "as_user", None) or os.environ.get(config.ENV_USER))


def parse_datetime(text: str | None) -> dt.datetime:
    if not text:
        return dt.datetime.now().replace(microsecond=0)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise CliError(f"时间格式应为 YYYY-MM-DDTHH:MM（收到 {text!r}）") from None


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"日期格式应为 YYYY-MM-DD（收到 {text!r}）") from None


def cmd_gui(args: argparse.Namespace) -> int:
    from dealerdesk.app import run_gui

    return run_gui(db=args.db, demo=getattr(args, "demo", False), tray_only=False)


def cmd_tray(args: argparse.Namespace) -> int:
    from dealerdesk.app import run_gui

    return run_gui(db=args.db, demo=False, tray_only=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from dealerdesk.services.demo import DemoOptions, generate_demo

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError(f"{out} 已存在；要覆盖请加 --force")
    if args.customers < 1:
        raise CliError("--customers 至少为 1")
    today = parse_date(args.today) if args.today else dt.date.today()

    def progress(done: int, total: int, stage: str) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{stage} {done}/{total}   ")
            sys.stderr.flush()

    stats = generate_demo(DemoOptions(path=out, customers=args.customers, seed=args.seed, today=today,
                                      overwrite=args.force), progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(f"演示门店已写入 {out}：{stats.customers} 位客户，{stats.leads} 条线索，{stats.vehicles} 辆车，"
          f"用时 {stats.seconds:.1f} 秒")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from dealerdesk.services.search import search_customers

    open_store_for(args)
    if args.limit < 1:
        raise CliError("--limit 至少为 1")
    hits = search_customers(actor_for(args), args.text, limit=args.limit)
    if args.json:
        print_json([h.to_json() for h in hits])
    else:
        for h in hits:
            print(f"{h.id:>8}  {h.name:<10}  {h.matched:<6} {h.matched_value}")
        if not hits:
            print("没有找到匹配的客户")
    return 0


def cmd_customer_show(args: argparse.Namespace) -> int:
    from dealerdesk.services.customers.records import get_customer

    open_store_for(args)
    detail = get_customer(actor_for(args), args.id)
    if args.json:
        print_json(detail.to_json())
    else:
        print(f"{detail.name}（#{detail.id}）  类别 {detail.category}  分级 {detail.tier}  分值 {detail.value_score}")
        print("电话：" + ("、".join(detail.phones) or "—"))
        print("顾问：" + (detail.owner_name or "—"))
        for v in detail.vehicles:
            print(f"车辆：{v.plate or '—'}  {v.model}  {v.vin}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from dealerdesk.services.sales.due import due_items

    open_store_for(args)
    at = parse_datetime(args.at)
    items = due_items(actor_for(args), at=at, owner_login=args.user)
    if args.json:
        print_json([i.to_json() for i in items])
    else:
        for i in items:
            flag = "逾期" if i.is_overdue(at) else "到期"
            print(f"{flag}  {i.due_at:%m-%d %H:%M}  {i.kind:<20} {i.customer_name:<8} {i.owner}")
        print(f"共 {len(items)} 项")
    return 0


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


def cmd_migrate(args: argparse.Namespace) -> int:
    info = open_store_for(args, create=True)
    note = f"（迁移前备份：{info.backup}）" if info.backup else ""
    print(f"ok: schema {info.schema_version} {info.url}{note}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dealerdesk", description="DealerDesk 汽车4S店客户关系管理")
    parser.add_argument("--version", action="version", version=f"DealerDesk {__version__}")
    parser.add_argument("--db", help="数据库文件路径或 URL（也可用环境变量 DEALERDESK_DB）")
    parser.add_argument("--as", dest="as_user", metavar="LOGIN", help="以此用户身份操作（也可用 DEALERDESK_USER）")
    parser.add_argument("--demo", action="store_true", help="打开演示门店（图形界面）")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="打开图形界面（默认）").set_defaults(func=cmd_gui)
    sub.add_parser("tray", help="最小化到托盘启动（开机自启用）").set_defaults(func=cmd_tray)

    p = sub.add_parser("demo", help="生成演示门店数据库")
    p.add_argument("--out", required=True, help="新数据库文件")
    p.add_argument("--customers", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--today", help="数据以此日期为今天（YYYY-MM-DD，默认今天）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("search", help="查找客户（姓名、拼音、电话尾号、车牌、车架号）")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("due", help="到期与逾期的跟进和提醒")
    p.add_argument("--at", help="时间点 YYYY-MM-DDTHH:MM（默认现在）")
    p.add_argument("--user", help="只看此用户（登录名）负责的")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_due)

    p = sub.add_parser("customer", help="客户档案")
    csub = p.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    s = csub.add_parser("show", help="显示一位客户")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_customer_show)

    sub.add_parser("check", help="检查数据库完整性与版本").set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="备份数据库")
    p.add_argument("-o", "--output", help="备份文件（默认写入数据目录下的 backups/）")
    p.set_defaults(func=cmd_backup)
    sub.add_parser("migrate", help="新建或升级数据库").set_defaults(func=cmd_migrate)

    _add_feature_commands(sub)
    return parser


def _add_feature_commands(sub) -> None:
    """Feature areas (kpi, report, import, appointments, …) add their sub-commands from
    dealerdesk/commands/<area>.py, each with `add_commands(subparsers)`, so cli.py stays small."""
    import importlib
    import pkgutil

    from dealerdesk import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").add_commands(sub)


def main(argv: list[str] | None = None) -> int:
    # In the frozen Windows app a worker process (import check, demo batches) starts this same executable:
    # freeze_support runs the worker's task there instead of a second app (a no-op when not frozen).
    multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=os.environ.get("DEALERDESK_LOG", "WARNING"), stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except (CliError, DealerDeskError) as exc:
        print(f"dealerdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dealerdesk: 已取消", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: one line, details in the log file
        log.debug("unexpected error", exc_info=True)
        print(f"dealerdesk: 意外错误：{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
