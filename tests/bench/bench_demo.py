"""Bench: `dealerdesk demo` at store scale (not a unit test; pytest does not collect tests/bench).

Run: python tests/bench/bench_demo.py [customers] [out.db]   (default 200000 /tmp/bench_demo.db)
Prints the seconds (wall, and CPU of the writer and of the worker processes) and the rows per table. Target: 200,000 customers within 90 s on 2 cores.
"""
from __future__ import annotations

import datetime as dt
import resource
import sqlite3
import sys
import time
from pathlib import Path

from dealerdesk.services.demo import DemoOptions, generate_demo


def main() -> None:
    customers = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/bench_demo.db")
    started, marks = time.perf_counter(), {}

    def cpu(who: int) -> float:
        usage = resource.getrusage(who)
        return usage.ru_utime + usage.ru_stime

    def progress(done: int, total: int, stage: str) -> None:
        if stage == "indexes" and done == 0:  # the load is over: what the writer has spent so far
            marks["load"] = (time.perf_counter() - started, cpu(resource.RUSAGE_SELF))

    stats = generate_demo(DemoOptions(path=out, customers=customers, seed=7, today=dt.date(2025, 6, 16),
                                      overwrite=True), progress)
    print(f"{customers} customers: {stats.seconds:.1f} s ({stats.leads} leads, {stats.vehicles} vehicles)")
    load_wall, load_cpu = marks["load"]
    print(f"  load {load_wall:.1f} s wall (writer {load_cpu:.1f} s CPU), indexes {stats.seconds - load_wall:.1f} s;"
          f" writer {cpu(resource.RUSAGE_SELF):.1f} s CPU, workers {cpu(resource.RUSAGE_CHILDREN):.1f} s CPU")
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
