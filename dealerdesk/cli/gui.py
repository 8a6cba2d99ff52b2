"""`dealerdesk gui` (also what `dealerdesk` alone runs) and `dealerdesk tray`: the desktop program.

Qt is imported only when one of them runs (dealerdesk.app), so the other commands start without it."""
from __future__ import annotations

import argparse

from dealerdesk.cli.common import Command


def cmd_gui(args: argparse.Namespace) -> int:
    from dealerdesk.app import run_gui

    return run_gui(db=args.db, demo=getattr(args, "demo", False), tray_only=False,
                   exit_when_shown=getattr(args, "exit_when_shown", False))


def _gui_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--exit-when-shown", action="store_true",
                   help="第一个窗口画出后在标准输出打印从进程启动起的毫秒数并退出（测启动速度用）")


def cmd_tray(args: argparse.Namespace) -> int:
    from dealerdesk.app import run_gui

    return run_gui(db=args.db, demo=False, tray_only=True)


GUI = Command("gui", "打开图形界面（默认）", cmd_gui, _gui_arguments)
TRAY = Command("tray", "最小化到托盘启动（开机自启用）", cmd_tray)
