"""Cold start, measured as a user meets it: `dealerdesk gui --exit-when-shown` as a new process (the ms it
prints: process creation → first paint of the main window) and the whole process (Popen → exit, so closing
is counted), beside the same two figures of tests/bench/qt_floor.py (an empty Qt app showing a table).

Each run is a fresh process on the same working copy of the store, logged in from the environment; the day's
reminder planning is marked done and the daily backup is off, so this is the second start of a day (the
first one plans in a worker and backs up: see docs/benchmarks.md). `page` restores that page first."""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def prepare(store: Path) -> None:
    """Mark today's reminder planning as done in the working copy (it is an already planned demo store)."""
    con = sqlite3.connect(store)
    with con:
        con.execute("DELETE FROM setting WHERE key = 'reminders.last_planned'")
        con.execute("INSERT INTO setting (key, value, updated_at, updated_by) VALUES "
                    "('reminders.last_planned', ?, CURRENT_TIMESTAMP, 'bench')", (json.dumps(dt.date.today().isoformat()),))
    con.close()


def _env(folder: Path) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE (set in some shells here) would compile every module at every start: an installed
    # DealerDesk has its bytecode, so the first (warm-up) run writes it and the measured runs use it
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALERDESK_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), DEALERDESK_HOME=str(folder / "home"),
               XDG_CONFIG_HOME=str(folder / "config"), DEALERDESK_USER="manager01", DEALERDESK_PASSWORD="demo1234")
    return env


def _restore_page(folder: Path, page: str) -> None:
    conf = folder / "config" / "DealerDesk" / "DealerDesk.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[main_window]\npage={page}\n", encoding="utf-8")


def _one(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    total = (time.perf_counter() - start) * 1000
    if done.returncode != 0 or not done.stdout.strip().isdigit():
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-1500:]}")
    return float(done.stdout.strip()), total


def measure(store: Path, folder: Path, runs: int = 5, page: str | None = None) -> dict:
    """Medians over `runs` interleaved pairs (app, floor) of shown ms and whole-process ms, and their ratios."""
    env = _env(folder)
    app_cmd = [sys.executable, "-m", "dealerdesk", "--db", str(store), "gui", "--exit-when-shown"]
    floor_cmd = [sys.executable, str(ROOT / "tests" / "bench" / "qt_floor.py")]
    if page:
        _restore_page(folder, page)
    _one(app_cmd, env)  # warm the OS file cache, as a PC's second start would find it
    app, floor = [], []
    for _ in range(runs):
        if page:
            _restore_page(folder, page)
        app.append(_one(app_cmd, env))
        floor.append(_one(floor_cmd, env))
    shown, total = statistics.median(a[0] for a in app), statistics.median(a[1] for a in app)
    f_shown, f_total = statistics.median(f[0] for f in floor), statistics.median(f[1] for f in floor)
    return {"shown_ms": shown, "process_ms": total, "floor_shown_ms": f_shown, "floor_process_ms": f_total,
            "runs": [{"shown": a[0], "process": round(a[1]), "floor_shown": f[0], "floor_process": round(f[1])}
                     for a, f in zip(app, floor, strict=True)]}


def reports_page_font_free(store: Path, folder: Path) -> bool:
    """True when a start that restores the reports page shows its window without having registered the PDF
    font (the 5 MB .ttc costs ~0.2 s; it is needed only when a PDF is made)."""
    code = ("import sys, os\n"
            "from reportlab.pdfbase import pdfmetrics\n"
            "import dealerdesk.ui.startup_probe as probe\n"
            "shown = probe.ExitWhenShown._shown\n"
            "def check(self):\n"
            "    sys.stderr.write('FONT=%s\\n' % ('WQYMicroHei' in pdfmetrics.getRegisteredFontNames()))\n"
            "    shown(self)\n"
            "probe.ExitWhenShown._shown = check\n"
            "from dealerdesk.cli import main\n"
            f"sys.exit(main(['--db', {str(store)!r}, 'gui', '--exit-when-shown']))\n")
    _restore_page(folder, "reports")
    done = subprocess.run([sys.executable, "-c", code], env=_env(folder), capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    return "FONT=False" in done.stderr
