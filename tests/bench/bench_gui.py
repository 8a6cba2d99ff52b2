"""Bench (a process of its own, run by python -m tests.bench): the profile window with every tab filled, and
the GUI's memory after opening the big customer list (scrolled to its end) and 20 profiles.

    python tests/bench/bench_gui.py --db STORE [--profiles 20] [--json OUT]

Each profile is one of the busiest customers (most contacts): the window is built (which reads every tab),
shown, and each tab is made current and painted; the time is from the constructor to the last tab's paint.
Memory is this process's resident set (VmRSS) and its peak (VmHWM) from /proc on Linux."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _rss_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def run(db: str, profiles: int = 20) -> dict:
    from peewee import fn
    from PySide6.QtWidgets import QApplication

    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.store.db import open_store
    from dealerdesk.store.models import Interaction

    app = QApplication.instance() or QApplication([])
    open_store(db, migrate=False, check_damage=False)
    actor = actor_for_login("manager01")
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.dialogs.profile import ProfileWindow
    from dealerdesk.ui.pages.customers import Page

    ctx = AppContext(actor=actor)
    page = Page(ctx)
    page.resize(1400, 800)
    page.show()
    app.processEvents()
    model = page.table.model()
    if model is not None and model.rowCount():
        page.table.scrollToBottom()
        page.grab()
    busiest = [cid for (cid,) in Interaction.select(Interaction.customer).group_by(Interaction.customer)
               .order_by(fn.COUNT(Interaction.id).desc()).limit(profiles + 1).tuples()]
    windows, times = [], []
    for cid in busiest:
        start = time.perf_counter()
        window = ProfileWindow(ctx, cid)
        window.show()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            window.tabs.currentWidget().grab()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        windows.append(window)
    warm = sorted(times[1:]) or times  # the first pays one-off imports (pypinyin, dialogs): reported apart
    return {"profiles": len(times), "profile_first_ms": round(times[0], 1),
            "profile_median_ms": round(statistics.median(warm), 1),
            "profile_p95_ms": round(warm[min(len(warm) - 1, int(len(warm) * 0.95))], 1),
            "rss_mb": _rss_mb("VmRSS"), "peak_rss_mb": _rss_mb("VmHWM"),
            "list_rows": model.rowCount() if model is not None else None}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--profiles", type=int, default=20)
    ap.add_argument("--json")
    args = ap.parse_args()
    figures = run(args.db, args.profiles)
    text = json.dumps(figures)
    print(text)
    if args.json:
        Path(args.json).write_text(text, encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)  # the windows' teardown is not what is measured


if __name__ == "__main__":
    sys.exit(main())
