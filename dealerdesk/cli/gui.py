"""`dealerdesk gui` (also what `dealerdesk` alone runs) and `dealerdesk tray`: the desktop program.

Qt is imported only when one of them runs (dealerdesk.app), so the other commands start without it."""
from __future__ import annotations

import argparse

from dealerdesk.cli.common import Command


def cmd_gui(args: argparse.Namespace) -> int:
    from dealerdesk.app import run_gui

    return run_gui(db=args.db, demo=getattr(args, "demo", False), tray_only=False)


def cmd_tray(args: argparse.Namespace) -> int:
    from dealerdesk.app import run_gui

    return run_gui(db=args.db, demo=False, tray_only=True)


GUI = Command("gui", "打开图形界面（默认）", cmd_gui)
TRAY = Command("tray", "最小化到托盘启动（开机自启用）", cmd_tray)
