"""Bench: `dealerdesk demo` at store scale (not a unit test; pytest does not collect tests/bench).

Run: python tests/bench/bench_demo.py [customers] [out.db] [json]   (default 200000 /tmp/bench_demo.db)
`python -m tests.bench` builds its cached stores through `build` (in a child process, like this script).
Prints the seconds (wall, and CPU of the writer and of the worker processes) and the rows per table. Target: 200,000 customers within 90 s on 2 cores.
"""
from __future__ import annotations

import datetime as dt
import json
import resource
import sqlite3
import sys
import time
from pathlib import Path

from dealerdesk.services.demo import DemoOptions, generate_demo


def build(customers: int, out: Path, seed: int = 7, today: dt.date = dt.date(2025, 6, 16)) -> dict:
    """Generate the store; its figures (seconds wall, load, CPU of the writer and of the workers)."""
    started, marks = time.perf_counter(), {}

    def cpu(who: int) -> float:
        usage = resource.getrusage(who)
        return usage.ru_utime + usage.ru_stime

    def progress(done: int, total: int, stage: str) -> None:
        if stage == "indexes" and done == 0:  # the load is over: what the writer has spent so far
            marks["load"] = (time.perf_counter() - started, cpu(resource.RUSAGE_SELF))

    stats = generate_demo(DemoOptions(path=out, customers=customers, seed=seed, today=today,
                                      overwrite=True), progress)
    load_wall, load_cpu = marks.get("load", (stats.seconds, cpu(resource.RUSAGE_SELF)))
    return {"customers": customers, "seconds": round(stats.seconds, 2), "load_s": round(load_wall, 2),
            "writer_load_cpu_s": round(load_cpu, 2), "writer_cpu_s": round(cpu(resource.RUSAGE_SELF), 2),
            "workers_cpu_s": round(cpu(resource.RUSAGE_CHILDREN), 2), "leads": stats.leads,
            "vehicles": stats.vehicles}


def main() -> None:
    customers = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/bench_demo.db")
    today = dt.date.fromisoformat(sys.argv[4]) if len(sys.argv) > 4 else dt.date(2025, 6, 16)
    figures = build(customers, out, today=today)
    if len(sys.argv) > 3:
        Path(sys.argv[3]).write_text(json.dumps(figures), encoding="utf-8")
    load_wall, load_cpu, seconds = figures["load_s"], figures["writer_load_cpu_s"], figures["seconds"]
    print(f"{customers} customers: {seconds:.1f} s ({figures['leads']} leads, {figures['vehicles']} vehicles)")
    print(f"  load {load_wall:.1f} s wall (writer {load_cpu:.1f} s CPU), indexes {seconds - load_wall:.1f} s;"
          f" writer {figures['writer_cpu_s']:.1f} s CPU, workers {figures['workers_cpu_s']:.1f} s CPU")
    con = sqlite3.connect(out)
    tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    total = 0
    for t in tables:
        n = con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        total += n
        print(f"  {t:<20} {n:>10,}")
    print(f"  {'total':<20} {total:>10,}   file {out.stat().st_size / 2**20:.0f} MiB")
    con.close()


if __name__ == "__main__":
    main()
