"""`dealerdesk gui` (also what `dealerdesk` alone runs) and `dealerdesk tray`: the desktop program.

Qt is imported only when one of them runs (dealerdesk.app), so the other commands start without it."""
from __future__ import annotations

import argparse

from dealerdesk.cli.common import Command


def _run_gui(db: str | None, demo: bool, tray_only: bool, exit_when_shown: bool = False) -> int:
    """dealerdesk.app.run_gui; when Qt's own libraries cannot even be loaded, a readable message (a dialog
    where possible, qt_start.show_start_problem) instead of an ImportError traceback."""
    from dealerdesk import qt_start

    try:
        from dealerdesk.app import run_gui
    except ImportError as exc:
        qt_start.show_start_problem(qt_start.QT_NOT_LOADED.format(reason=exc))
        return 1
    return run_gui(db=db, demo=demo, tray_only=tray_only, exit_when_shown=exit_when_shown)


def cmd_gui(args: argparse.Namespace) -> int:
    return _run_gui(args.db, getattr(args, "demo", False), False, getattr(args, "exit_when_shown", False))


def _gui_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--exit-when-shown", action="store_true",
                   help="第一个窗口画出后在标准输出打印从进程启动起的毫秒数并退出（测启动速度用）")


def cmd_tray(args: argparse.Namespace) -> int:
    return _run_gui(args.db, False, True)


GUI = Command("gui", "打开图形界面（默认）", cmd_gui, _gui_arguments)
TRAY = Command("tray", "最小化到托盘启动（开机自启用）", cmd_tray)
