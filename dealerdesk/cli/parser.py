"""The `dealerdesk` parser, built from one explicit table of commands, and `main`.

To add a command: write it in the module of its area (a `Command` with its help, arguments and run
function) and list it in COMMANDS below, where its place is its place in `dealerdesk --help`.
"""
from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys

from dealerdesk import __version__, languages
from dealerdesk.cli import (
    aftersales,
    catalogue,
    customers,
    demo,
    gui,
    maintenance,
    reception,
    reporting,
    sales,
    store_profile,
    transfer,
    users,
)
from dealerdesk.cli import language
from dealerdesk.cli.common import Command, run_reporting_errors

COMMANDS: tuple[Command, ...] = (
    gui.GUI, gui.TRAY,
    demo.DEMO,
    customers.SEARCH, sales.DUE, customers.CUSTOMER,
    maintenance.CHECK, maintenance.BACKUP, maintenance.RESTORE, maintenance.MIGRATE, maintenance.MIGRATE_STORE,
    users.USER, store_profile.STORE_PROFILE, catalogue.CATALOGUE,
    aftersales.REMINDERS, aftersales.VEHICLE, aftersales.WINBACK,
    sales.LEADS,
    reception.APPOINTMENTS,
    reporting.KPI, reporting.REPORT,
    transfer.IMPORT, transfer.EXPORT,
)


def build_parser() -> argparse.ArgumentParser:
    parser = language.LocalizedParser(prog="dealerdesk", description="DealerDesk 汽车4S店客户关系管理")
    parser.add_argument("--version", action="version", version=f"DealerDesk {__version__}")
    parser.add_argument("--db", help="数据库文件路径或 URL（也可用环境变量 DEALERDESK_DB）")
    parser.add_argument("--as", dest="as_user", metavar="LOGIN", help="以此用户登录（也可用 DEALERDESK_USER；密码取自 DEALERDESK_PASSWORD 或终端输入）")
    parser.add_argument("--demo", action="store_true", help="打开演示门店（图形界面）")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：在临时文件夹里用演示门店检查登录、搜索、报表和预览，通过时退出码为 0")
    parser.add_argument("--lang", choices=languages.SUPPORTED, metavar="{zh_CN,en}",
                        help="界面和命令行的语言：zh_CN（简体中文）或 en（English），"
                             "默认取 DEALERDESK_LANG 或本机上次使用的语言")
    parser.set_defaults(func=gui.cmd_gui)  # `dealerdesk` alone opens the program
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_to(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # In the frozen Windows app a worker process (import check, demo batches) starts this same executable:
    # freeze_support runs the worker's task there instead of a second app (a no-op when not frozen).
    multiprocessing.freeze_support()
    flag = language.lang_flag(sys.argv[1:] if argv is None else argv)
    language.set_language(languages.chosen_language(flag))
    if languages.normalise(flag):  # the window started from here (`dealerdesk --lang en`) speaks it too
        os.environ[languages.ENV_LANG] = languages.normalise(flag)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=os.environ.get("DEALERDESK_LOG", "WARNING"), stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.self_test:
        from dealerdesk.cli import self_test

        return self_test.run()
    return run_reporting_errors(args.func, args)
