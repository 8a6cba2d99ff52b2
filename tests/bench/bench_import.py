"""Benchmark: import a 100,000-row workbook into an empty store; prints time and peak memory.

    python tests/bench/bench_import.py [--rows 100000] [--full]

The workbook is written like Excel writes one (shared strings, dates as serial numbers). The default mix is a
typical store export: every row has a name and a mobile, 60 % a plate, 30 % a VIN, 40 % a purchase date, half
a lead level. --full gives every row a plate, VIN, date and level (the worst case: ~16 search keys a row).
Targets (issue): ≤ 10 s and ≤ 300 MB peak. Figures go to stdout; not collected by pytest.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

# Only the standard library at module level: the import's worker process (spawn) imports this module as its
# __main__, as it would import the `dealerdesk` command's in real use; heavy imports here would be measured
# as the worker's memory.


def build(path: Path, rows: int, full: bool) -> None:
    from openpyxl import Workbook

    from dealerdesk.services.demo import data as dd

    rng = random.Random(7)
    wb = Workbook()
    ws = wb.active
    ws.append(["客户信息表"])
    ws.append(["序号", "姓名", "手机", "车牌号", "车架号", "车型", "购车日期", "级别", "销售顾问", "性别", "城市"])
    models = ["雷凌", "卡罗拉", "凯美瑞", "RAV4荣放", "汉兰达"]
    for i in range(rows):
        def has(p, full=full):
            return full or rng.random() < p

        plate = f"粤B{i:05d}" if has(0.6) else None
        vin = dd.vin(i % 5, 2020 + i % 5, i + 1) if has(0.3) else None
        bought = dt.date(2020, 1, 1) + dt.timedelta(days=i % 1500) if has(0.4) else None
        ws.append([i + 1, dd.person_name(rng)[0], dd.mobile(rng), plate, vin, rng.choice(models), bought,
                   rng.choice("HABCN") if has(0.5) else None, "张三", rng.choice("男女"), "广州"])
    wb.save(path)


class TreeRss(threading.Thread):
    """Peak of this process's RSS plus its children's, read from /proc every 20 ms (Linux): an import that
    started helper processes would be measured with them."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self.children_peak = 0.0
        self.done = threading.Event()
        self.start()

    @staticmethod
    def _rss_mb(pid: int) -> float:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    def run(self) -> None:
        me = os.getpid()
        while not self.done.wait(0.02):
            try:
                kids = [int(p) for p in Path(f"/proc/{me}/task/{me}/children").read_text().split()]
            except OSError:
                kids = []
            kids_mb = sum(self._rss_mb(k) for k in kids)
            self.children_peak = max(self.children_peak, kids_mb)
            self.peak = max(self.peak, self._rss_mb(me) + kids_mb)

    def stop(self) -> None:
        self.done.set()
        self.join()


def _wal_size(path: Path) -> int:
    wal = path.parent / (path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def main() -> int:
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.transfer.importer import ImportOptions, run_import
    from dealerdesk.store.db import close_store, integrity_problems, open_store, wait_for_checkpoint
    from dealerdesk.store.models import Customer, SearchKey

    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    ap.add_argument("--build-only", help=argparse.SUPPRESS)
    ap.add_argument("--workbook", help="import this workbook (built by an earlier run's --keep) instead of building one")
    ap.add_argument("--keep", help="also save the built workbook here, for --workbook next time")
    ap.add_argument("--json", help="also write the figures here (python -m tests.bench reads them)")
    ap.add_argument("--export", action="store_true", help="then export the imported customers (.xlsx), timed")
    args = ap.parse_args()
    if args.build_only:
        build(Path(args.build_only), args.rows, args.full)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="dd-bench-"))
    src = Path(args.workbook) if args.workbook else tmp / "in.xlsx"
    t0 = time.perf_counter()
    if not args.workbook:
        # built in a child process so this process's peak RSS is the import's alone
        subprocess.run([sys.executable, __file__, "--rows", str(args.rows), "--build-only", str(src)]
                       + (["--full"] if args.full else []), check=True)
        if args.keep:
            shutil.copyfile(src, args.keep)
    print(f"workbook: {args.rows} rows, {src.stat().st_size / 1e6:.1f} MB, built in {time.perf_counter() - t0:.1f} s")
    open_store(tmp / "bench.db", create=True)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.tracemalloc:
        tracemalloc.start()
    stages: dict[str, float] = {}
    start = time.perf_counter()
    cpu_start = time.process_time()

    def progress(done: int, total: int, stage: str) -> None:
        stages.setdefault(stage, time.perf_counter() - start)

    sampler = TreeRss()
    result = run_import(SYSTEM, src, ImportOptions(), progress=progress)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    wait_for_checkpoint()  # a helper thread's checkpoint, if any (since issue 19 the import itself checkpoints)
    folded = time.perf_counter() - start
    peak_py = tracemalloc.get_traced_memory()[1] / 1e6 if args.tracemalloc else None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sampler.stop()
    print(f"import: {seconds:.2f} s, CPU {cpu:.2f} s  ({result.rows / seconds:,.0f} rows/s)  imported {result.imported}, "
          f"rejected {result.rejected}")
    print(f"WAL checkpoint done at {folded:.2f} s (WAL left: {_wal_size(tmp / 'bench.db') / 1e6:.1f} MB)")
    print("stage start times: " + ", ".join(f"{k} {v:.2f}s" for k, v in stages.items()))
    print(f"peak RSS: {rss:.0f} MB (before import {rss_before:.0f} MB; with any child process, sampled every "
          f"20 ms: {sampler.peak:.0f} MB; child processes alone {sampler.children_peak:.0f} MB)"
          + (f", tracemalloc peak {peak_py:.0f} MB" if peak_py is not None else ""))
    print(f"customers {Customer.select().count()}, search keys {SearchKey.select().count()}, "
          f"integrity {integrity_problems() or 'ok'}")
    figures = {"rows": result.rows, "imported": result.imported, "seconds": round(seconds, 3), "cpu_s": round(cpu, 2),
               "peak_rss_mb": round(max(rss, sampler.peak), 1), "stages": {k: round(v, 3) for k, v in stages.items()}}
    if args.export:
        from dealerdesk.services.transfer.export import export

        t_export = time.perf_counter()
        export(SYSTEM, "customers", tmp / "out.xlsx")
        figures["export_seconds"] = round(time.perf_counter() - t_export, 3)
        print(f"export of the customers: {figures['export_seconds']:.2f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(figures), encoding="utf-8")
    close_store()
    shutil.rmtree(tmp, ignore_errors=True)
    ok = seconds <= 10 and max(rss, sampler.peak) <= 300
    print("within target (≤ 10 s, ≤ 300 MB)" if ok else "OVER target (≤ 10 s, ≤ 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
