"""The demo stores `python -m tests.bench` needs, cached by seed, size and code version.

The cache folder is $DEALERDESK_BENCH_CACHE or ~/.cache/dealerdesk-bench. A store's name carries its size,
seed, demo date and a hash of the code that decides its content (dealerdesk/services/demo, dealerdesk/store,
dealerdesk/domain): a change there builds a new store; stale ones are deleted when a new one is built. The
build's own figures (wall seconds, CPU) are kept beside the store (`.json`) and reported as the demo-store
figure of a run that found the store cached, marked so.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = 7
TODAY = dt.date(2026, 11, 30)  # the demo's "today": a fixed date, so a cached store stays the same store
MONTH = "2026-11"  # the month the reports are measured for
CONTENT_CODE = ("dealerdesk/services/demo", "dealerdesk/store", "dealerdesk/domain")


def cache_dir() -> Path:
    folder = Path(os.environ.get("DEALERDESK_BENCH_CACHE") or Path.home() / ".cache" / "dealerdesk-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def code_version() -> str:
    digest = hashlib.sha256()
    for part in CONTENT_CODE:
        for path in sorted((ROOT / part).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def demo_store(customers: int, echo=print) -> tuple[Path, dict]:
    """(path, build figures) of the cached demo store of this size, built now (in a child process, timed)
    when missing. The figures say `"cached": True` when the store was already there."""
    name = f"demo-{customers}-seed{SEED}-{TODAY:%Y%m%d}-{code_version()}"
    path = cache_dir() / f"{name}.db"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        return path, dict(json.loads(meta_path.read_text(encoding="utf-8")), cached=True)
    for stale in cache_dir().glob(f"demo-{customers}-seed{SEED}-*"):
        stale.unlink(missing_ok=True)
    echo(f"building the {customers:,}-customer demo store (cached afterwards in {cache_dir()}) …")
    partial = path.with_suffix(".partial.db")
    figures_file = path.with_suffix(".partial.json")
    subprocess.run([sys.executable, str(ROOT / "tests" / "bench" / "bench_demo.py"), str(customers), str(partial),
                    str(figures_file), TODAY.isoformat()], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    figures["built"] = dt.datetime.now().isoformat(timespec="seconds")
    figures["load_avg_at_build"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    figures_file.unlink()
    meta_path.write_text(json.dumps(figures), encoding="utf-8")
    return path, dict(figures, cached=False)


def working_copy(store: Path, folder: Path) -> Path:
    """A copy the GUI runs may write to (reminder planning, settings); the cached store stays as built.
    Its daily backup is switched off (a run must not copy a 1 GB store into a backup folder)."""
    import sqlite3

    copy = folder / store.name
    shutil.copyfile(store, copy)
    con = sqlite3.connect(copy)
    with con:
        con.execute("DELETE FROM setting WHERE key = 'backup.daily'")
        con.execute("INSERT INTO setting (key, value, updated_at, updated_by) VALUES ('backup.daily', 'false', "
                    "CURRENT_TIMESTAMP, 'bench')")
    con.close()
    return copy


def workbook(rows: int, echo=print) -> Path:
    """The import benchmark's workbook (tests/bench/bench_import.py builds it), cached by its row count."""
    digest = hashlib.sha256((ROOT / "tests" / "bench" / "bench_import.py").read_bytes()).hexdigest()[:8]
    path = cache_dir() / f"import-{rows}-{digest}.xlsx"
    if not path.exists():
        echo(f"building the {rows:,}-row import workbook …")
        partial = path.with_suffix(".partial.xlsx")
        subprocess.run([sys.executable, str(ROOT / "tests" / "bench" / "bench_import.py"), "--rows", str(rows),
                        "--build-only", str(partial)], check=True, cwd=ROOT)
        partial.rename(path)
    return path
