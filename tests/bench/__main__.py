"""One benchmark run for the whole product: every figure beside its target and a floor measured in the same run.

    python -m tests.bench [--customers 200000] [--quick] [--json OUT] [--db postgresql://…] [--only NAMES]
    python -m tests.bench.markdown OUT.json        # docs/benchmarks.md's newest section, from that JSON

Builds (or takes from the cache, see tests/bench/stores.py) the demo store of that size, then runs: search per
key kind (service p95 beside the same SQL through plain sqlite3), the customer list (open, jump to end), the
vehicle look-up with its history, the due list (a consultant, a manager), the monthly summary and the profile
PDF (beside ReportLab drawing the same tables), the profile window and the GUI's memory (a process of its
own), cold start (`dealerdesk gui --exit-when-shown` beside an empty Qt app showing a table; also with the
reports page restored), the import of a workbook and the export (beside openpyxl + executemany), and the
demo store's build. Prints one table and writes the JSON.

--quick: 20,000 customers and a 20,000-row workbook (the import/export/demo targets scaled by size), fewer
samples; exits 1 only on a gross regression — a figure over 3x its target, or 3x its allowed ratio to the
floor — so `.ci/run` can run it on a busy machine. The full run exits 0 and says which figures miss.
--customers 1000000: the 1M figures (search ≤ 25 ms; building that store takes ~10 min, once: cached).
--db postgresql://…: the store is copied there (`dealerdesk migrate-store`) and search, list, due list and the
monthly summary run again on it, beside the SQLite figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench import cold_start, floors, stores

ROOT = stores.ROOT
GROSS = 3.0  # --quick fails on a figure over this many times its target (or its allowed floor ratio)
#: the empty Qt app's start on a quiet box of this kind (issue 27: 0.18 s); a run where it takes longer is on a
#: busy machine, and --quick's gross check scales the absolute targets by that factor (ratios need no scaling)
QUIET_QT_FLOOR_MS = 200.0
#: figures that miss their target today (docs/benchmarks.md, issue 27) with the ceiling --quick holds them to
#: instead (about 3x today's value on a quiet box), so CI still catches them getting worse
KNOWN_MISSES = {
    "due list: manager": 750.0,  # ms; 247 ms at 20k customers: every consultant's items, needs a paged list
    "export 20k customers": 14.0,  # s; 4.6 s at 20k: openpyxl's cell serialisation (~90 % of it)
}
SECTIONS = ("search", "list", "lookup", "due", "reports", "gui", "cold", "import", "demo", "pg")


@dataclass
class Figure:
    section: str
    name: str
    value: float
    unit: str
    target: float | None = None  # value ≤ target
    floor: float | None = None  # the same work without our code, same run, same unit
    max_ratio: float | None = None  # value / floor ≤ max_ratio
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return round(self.value / self.floor, 2) if self.floor else None

    @property
    def ok(self) -> bool:
        over_target = self.target is not None and self.value > self.target
        over_ratio = self.max_ratio is not None and self.ratio is not None and self.ratio > self.max_ratio
        return not (over_target or over_ratio)

    def gross(self, slowness: float = 1.0) -> bool:
        """Over 3x the allowed ratio to its floor when it has one (the floor, measured in the same minutes,
        absorbs a busy machine's slowness), else over 3x its target times the machine's `slowness`; a known
        miss against its own ceiling (KNOWN_MISSES)."""
        if self.max_ratio is not None and self.ratio is not None:
            return self.ratio > GROSS * self.max_ratio
        name = self.name.replace(" [PostgreSQL]", "")
        for prefix, ceiling in KNOWN_MISSES.items():
            if name.startswith(prefix):
                return self.value > ceiling * slowness
        return self.target is not None and self.value > GROSS * self.target * slowness

    def as_json(self) -> dict:
        return dict(asdict(self), ratio=self.ratio, ok=self.ok)


class Run:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.figures: list[Figure] = []
        self.details: dict = {}
        self.quick = args.quick
        self.customers = args.customers or (20_000 if args.quick else 200_000)
        self.import_rows = 20_000 if args.quick else 100_000
        self.work = Path(tempfile.mkdtemp(prefix="dd-bench-run-"))
        self.pg_phase = False

    def add(self, *args, **kwargs) -> None:
        figure = Figure(*args, **kwargs)
        self.figures.append(figure)
        target = f"≤ {figure.target:g}" if figure.target is not None else ""
        floor = f" floor {figure.floor:g} (x{figure.ratio})" if figure.floor else ""
        print(f"  {figure.name}: {figure.value:g} {figure.unit} {target}{floor} "
              f"{'ok' if figure.ok else 'MISS'}", flush=True)

    def wanted(self, section: str) -> bool:
        if self.pg_phase and section in ("search", "list", "due", "reports"):
            return True  # the PostgreSQL part runs these whatever --only chose for SQLite
        return not self.args.only or section in self.args.only.split(",")

    # ------------------------------------------------------------------ in-process figures (SQLite store)
    def search_and_list(self, store: Path, label: str = "") -> None:
        from tests.bench import bench_customer_list as bcl

        from dealerdesk.services.auth import actor_for_login

        actor = actor_for_login("manager01")
        target = 25.0 if self.customers >= 1_000_000 else 16.0
        if self.wanted("search"):
            report: dict = {}
            if label:  # PostgreSQL: the service alone (the raw floor is SQLite's)
                conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
                queries = bcl.sample_queries(conn, 30 if self.quick else 100, random.Random(1))
                conn.close()
                report["search"] = self._search_service_only(actor, queries)
            else:
                conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
                bcl.bench_search(actor, conn, 30 if self.quick else 100, report)
                conn.close()
            self.details[f"search{label}"] = report["search"]
            for kind, r in report["search"].items():
                # ≤ 2x raw is the target at 200k and more; on a small store the raw look-up takes ~0.1 ms, so
                # the service's fixed cost (permission, the hits' rows) is shown but not held to a ratio
                ratio_target = 2.0 if "raw_p95_ms" in r and self.customers >= 200_000 else None
                self.add("search", f"search{label}: {kind} p95", r["p95_ms"], "ms", target,
                         r.get("raw_p95_ms"), ratio_target)
        if self.wanted("list"):
            report = {}
            bcl.bench_list(actor, report)
            self.details[f"list{label}"] = report
            self.add("list", f"customer list{label}: open (count + first screen)", report["list_open_ms"], "ms", 100)
            self.add("list", f"customer list{label}: jump to end", report["jump_to_end_ms"], "ms", 50)

    @staticmethod
    def _search_service_only(actor, queries: dict[str, list[str]]) -> dict:
        from tests.bench.bench_customer_list import LIMIT, pct

        from dealerdesk.services.search import search_customers

        out = {}
        for kind, qs in queries.items():
            times = []
            for q in qs:
                start = time.perf_counter()
                search_customers(actor, q, limit=LIMIT)
                times.append((time.perf_counter() - start) * 1000)
            if times:
                out[kind] = {"p50_ms": round(pct(times, 50), 2), "p95_ms": round(pct(times, 95), 2)}
        return out

    def lookup(self) -> None:
        from tests.bench import bench_service_lookup

        from dealerdesk.services.auth import actor_for_login

        figures = bench_service_lookup.run(actor_for_login("manager01"), samples=40 if self.quick else 150)
        self.details["lookup"] = figures
        for label in ("plate fragment → card", "VIN tail (6) → card", "full plate → card"):
            self.add("lookup", f"vehicle look-up with history: {label} p95", figures[label]["p95_ms"], "ms", 50)

    def due(self, label: str = "") -> None:
        from peewee import fn

        from dealerdesk.services.auth import actor_for_login
        from dealerdesk.services.sales.due import due_items
        from dealerdesk.store.models import FollowUp, User

        at = dt.datetime.combine(stores.TODAY, dt.time(9, 0))
        busiest = (User.select(User.login).join(FollowUp, on=(FollowUp.owner == User.id))
                   .where(FollowUp.status == "planned", User.role == "sales").group_by(User.id)
                   .order_by(fn.COUNT(FollowUp.id).desc()).limit(1).scalar())
        for who, login in (("consultant", busiest), ("manager", "manager01")):
            if login is None:
                continue
            actor = actor_for_login(login)
            times, n = [], 0
            for _ in range(5 if self.quick else 15):
                start = time.perf_counter()
                n = len(due_items(actor, at=at))
                times.append((time.perf_counter() - start) * 1000)
                if sum(times) > 5000 and len(times) >= 3:  # a slow list: three runs say enough
                    break
            times.sort()
            self.details.setdefault(f"due{label}", {})[who] = {"login": login, "items": n, "times_ms": times}
            self.add("due", f"due list{label}: {who} ({login}, {n} items) median", round(statistics.median(times), 2),
                     "ms", 50, note=f"max {times[-1]:.1f} ms")

    def reports(self, label: str = "") -> None:
        from tests.bench import bench_reports

        tables: dict = {}
        figures = bench_reports.run(stores.MONTH, profiles=10 if self.quick else 20,
                                    record_tables=None if label else tables)
        self.details[f"reports{label}"] = figures
        self.add("reports", f"monthly summary{label} {stores.MONTH} (figures + PDF, best of 3)",
                 round(figures["monthly_s"] * 1000), "ms", 3000, note=f"worst {figures['monthly_worst_s']:.2f} s")
        if label:
            return
        monthly_floor = floors.pdf_floor(tables.get("monthly", []))
        profile_floor = floors.pdf_floor(tables.get("profile", []))
        self.add("reports", "monthly PDF alone", round(figures["monthly_pdf_s"] * 1000), "ms",
                 floor=round(monthly_floor * 1000), note="ReportLab alone drawing the same tables")
        self.add("reports", "profile PDF (figures + PDF) median", figures["profile_median_ms"], "ms", 100,
                 note=f"PDF alone {figures['profile_pdf_median_ms']} ms vs ReportLab alone "
                      f"{profile_floor * 1000:.1f} ms")
        self.add("reports", "profile PDF alone median", figures["profile_pdf_median_ms"], "ms",
                 floor=round(profile_floor * 1000, 1))

    # ------------------------------------------------------------------ figures from processes of their own
    def gui(self, store: Path) -> None:
        out = self.work / "gui.json"
        subprocess.run([sys.executable, str(ROOT / "tests" / "bench" / "bench_gui.py"), "--db", str(store),
                        "--profiles", "20", "--json", str(out)], check=True, cwd=ROOT, capture_output=True)
        figures = json.loads(out.read_text(encoding="utf-8"))
        self.details["gui"] = figures
        self.add("gui", "profile window, every tab filled (median of 20 busiest)", figures["profile_median_ms"], "ms",
                 100, note=f"p95 {figures['profile_p95_ms']} ms; first {figures['profile_first_ms']} ms")
        self.add("gui", f"GUI memory: list of {figures['list_rows']:,} at its end + 20 profiles (peak RSS)",
                 round(figures["peak_rss_mb"]), "MB", 400)

    def cold(self, copy: Path) -> None:
        folder = self.work / "cold"
        runs = 3 if self.quick else 5
        plain = cold_start.measure(copy, folder, runs)
        self.details["cold_start"] = plain
        self.add("cold", "cold start to the main window shown", plain["shown_ms"], "ms", 500,
                 plain["floor_shown_ms"], 2.5)
        self.add("cold", "whole process, start to exit", round(plain["process_ms"]), "ms", None,
                 round(plain["floor_process_ms"]), 3.0)
        reports = cold_start.measure(copy, folder, max(2, runs - 2), page="reports")
        self.details["cold_start_reports"] = reports
        self.add("cold", "cold start, reports page restored", reports["shown_ms"], "ms", 500,
                 reports["floor_shown_ms"], 2.5)
        font_free = cold_start.reports_page_font_free(copy, folder)
        self.add("cold", "reports page restored: PDF font registered before shown", 0 if font_free else 1, "", 0,
                 note="1 = the 5 MB .ttc was parsed before the window showed")

    def transfer(self) -> None:
        workbook = stores.workbook(self.import_rows)
        out = self.work / "import.json"
        subprocess.run([sys.executable, str(ROOT / "tests" / "bench" / "bench_import.py"), "--workbook", str(workbook),
                        "--json", str(out), "--export"], check=True, cwd=ROOT, capture_output=True)
        figures = json.loads(out.read_text(encoding="utf-8"))
        floor = floors.import_floor(workbook)
        self.details["import"] = dict(figures, floor=floor)
        scale = self.import_rows / 100_000
        rows = f"{self.import_rows // 1000}k"
        self.add("import", f"import {rows} rows", figures["seconds"], "s", round(6 * scale, 2),
                 floor["import_floor_s"], note=f"CPU {figures['cpu_s']} s; floor = openpyxl read "
                                               f"{floor['read_s']} s + executemany {floor['insert_s']} s")
        self.add("import", f"import {rows} rows: peak RSS (with its worker)", figures["peak_rss_mb"], "MB", 300)
        self.add("import", f"export {rows} customers (.xlsx)", figures["export_seconds"], "s", round(3 * scale, 2),
                 floor["export_floor_s"], note="floor = openpyxl write-only, the same rows")

    def demo(self, build: dict) -> None:
        # 60 s at 200k; a small store pays fixed costs (the worker pool's start, the index builds), so 20k
        # gets 10 s (it took 9.5 s at load 4 when issue 22 measured it)
        target = max(round(60 * self.customers / 200_000, 1), 10.0)
        note = (f"cached store: built {build.get('built')} at load {build.get('load_avg_at_build')}"
                if build.get("cached") else "built in this run")
        self.add("demo", f"demo store {self.customers:,} customers", build["seconds"], "s", target,
                 note=note + f"; writer CPU {build.get('writer_cpu_s')} s, workers {build.get('workers_cpu_s')} s")

    def postgresql(self, store: Path, url: str) -> None:
        """The cached store copied to the server, then search, list, due list and monthly summary on it."""
        from dealerdesk.store.db import close_store, open_store

        close_store()
        env = dict(os.environ, DEALERDESK_USER="admin", DEALERDESK_PASSWORD="demo1234")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "dealerdesk", "migrate-store", "--from", str(store), "--to", url],
                              env=env, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            print(f"  PostgreSQL: the store could not be copied: {done.stderr.strip()[-500:]}")
            self.details["pg_error"] = done.stderr[-2000:]
            return
        self.details["pg_copy_s"] = round(time.perf_counter() - started, 1)
        open_store(url, migrate=False, check_damage=False)
        self.pg_phase = True
        try:
            self.search_and_list(store, label=" [PostgreSQL]")
            self.due(label=" [PostgreSQL]")
            self.reports(label=" [PostgreSQL]")
        finally:
            self.pg_phase = False
            close_store()

    # ------------------------------------------------------------------ the run
    def run(self) -> int:
        from dealerdesk.store.db import close_store, open_store

        started = time.perf_counter()
        load_before = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
        store, build = stores.demo_store(self.customers)
        print(f"store: {store} ({self.customers:,} customers{', cached' if build.get('cached') else ''})")
        if self.wanted("demo"):
            self.demo(build)
        open_store(store, migrate=False, check_damage=False)  # a store built by this code: no quick check
        try:
            if self.wanted("search") or self.wanted("list"):
                self.search_and_list(store)
            if self.wanted("lookup"):
                self.lookup()
            if self.wanted("due"):
                self.due()
            if self.wanted("reports"):
                self.reports()
        finally:
            close_store()
        if self.wanted("gui") or self.wanted("cold"):
            # the GUI writes (audit of profile views, settings, the day's planning mark): a working copy, so the
            # cached store stays as it was built
            copy = stores.working_copy(store, self.work)
            cold_start.prepare(copy)
            if self.wanted("gui"):
                self.gui(copy)
            if self.wanted("cold"):
                self.cold(copy)
            copy.unlink(missing_ok=True)
        if self.wanted("import"):
            self.transfer()
        if self.args.db and self.wanted("pg"):
            self.postgresql(store, self.args.db)
        shutil.rmtree(self.work, ignore_errors=True)
        meta = machine()
        meta.update(customers=self.customers, quick=self.quick, import_rows=self.import_rows, month=stores.MONTH,
                    load_before=load_before, load_after=round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
                    seconds=round(time.perf_counter() - started, 1), store=store.name,
                    postgresql=bool(self.args.db))
        result = {"meta": meta, "figures": [f.as_json() for f in self.figures], "details": self.details}
        print()
        print(table(self.figures))
        misses = [f for f in self.figures if not f.ok]
        floor_ms = self.details.get("cold_start", {}).get("floor_shown_ms")
        slowness = max(1.0, floor_ms / QUIET_QT_FLOOR_MS) if floor_ms else 1.0
        meta["slowness"] = round(slowness, 2)
        gross = [f for f in self.figures if f.gross(slowness)]
        print(f"\n{len(self.figures) - len(misses)}/{len(self.figures)} within target; run took {meta['seconds']:.0f} s"
              f" (load {load_before} → {meta['load_after']})")
        out = Path(self.args.json) if self.args.json else None
        if out:
            out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
            print(f"figures written to {out} (docs: python -m tests.bench.markdown {out})")
        if self.quick and gross:
            print(f"GROSS REGRESSION (over 3x the target x {slowness:.1f} for this machine's load, or 3x the "
                  "allowed floor ratio): "
                  + "; ".join(f"{f.name} = {f.value:g} {f.unit}" for f in gross), file=sys.stderr)
            return 1
        return 0


def table(figures: list[Figure]) -> str:
    head = ("figure", "value", "target", "floor", "ratio", "")
    rows = []
    for f in figures:
        unit = f" {f.unit}" if f.unit else ""
        ratio = "" if f.ratio is None else f"{f.ratio:g}x" + (f" (≤ {f.max_ratio:g}x)" if f.max_ratio else "")
        rows.append((f.name, f"{f.value:g}{unit}", "" if f.target is None else f"≤ {f.target:g}{unit}",
                     "" if f.floor is None else f"{f.floor:g}{unit}", ratio, "ok" if f.ok else "MISS"))
    widths = [max(_width(r[i]) for r in (head, *rows)) for i in range(len(head))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in (head, *rows)]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:  # CJK characters take two columns in a terminal
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def machine() -> dict:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    memory = None
    try:
        memory = round(int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    import PySide6

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    return {"date": dt.datetime.now().isoformat(timespec="seconds"), "commit": commit, "cpu": cpu,
            "cores": os.cpu_count(), "memory_gb": memory, "os": platform.platform(),
            "python": platform.python_version(), "pyside6": PySide6.__version__,
            "sqlite": sqlite3.sqlite_version}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, help="demo store size (default 200000; --quick 20000)")
    parser.add_argument("--quick", action="store_true", help="20k customers, < 2 min; fails only on gross regressions")
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--db", help="also run search, list, due list and monthly summary on this PostgreSQL URL")
    parser.add_argument("--only", help=f"comma-separated sections: {','.join(SECTIONS)}")
    args = parser.parse_args(argv)
    return Run(args).run()


if __name__ == "__main__":
    sys.exit(main())
