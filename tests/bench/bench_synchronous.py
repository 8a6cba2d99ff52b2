"""Benchmark: what `PRAGMA synchronous` costs a typical user commit (a follow-up logged, a customer saved).

    python tests/bench/bench_synchronous.py [--commits 300] [--dir DIR]

Under WAL, synchronous=NORMAL fsyncs only at checkpoints; FULL also fsyncs the WAL at every COMMIT. The
difference is what a power cut (not a crashed or killed program) may lose: with NORMAL the last transactions
before the cut, never the store's consistency; with FULL nothing that was committed. Prints the median and
95th percentile per use case for both settings, interleaved. `--dir` puts the store on another disk (the
shop's PC disk is what matters). Not collected by pytest.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path


def _run(path: Path, synchronous: str, commits: int) -> dict[str, list[float]]:
    from dealerdesk.services.auth import SYSTEM, create_user
    from dealerdesk.services.customers.records import CustomerInput, create_customer, update_customer
    from dealerdesk.services.sales import leads
    from dealerdesk.store import db as store_db
    from dealerdesk.store.db import close_store, open_store

    store_db.SQLITE_PRAGMAS["synchronous"] = synchronous
    open_store(path, create=True)
    try:
        user = create_user(SYSTEM, f"s{synchronous}", "李顾问", "sales")
        customer = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], owner_id=user.id))
        lead = leads.create_lead(SYSTEM, leads.LeadInput(customer_id=customer.id, level="B", owner_id=user.id))
        times: dict[str, list[float]] = {"log_follow_up": [], "update_customer": [], "create_customer": []}
        at = dt.datetime(2026, 3, 2, 9, 0)
        version = customer.version
        for i in range(commits):
            t = time.perf_counter()
            leads.log_follow_up(SYSTEM, lead.id, "phone", f"第{i}次电话", at=at + dt.timedelta(minutes=i))
            times["log_follow_up"].append(time.perf_counter() - t)
            t = time.perf_counter()
            saved = update_customer(SYSTEM, customer.id, CustomerInput(name="张伟", phones=["13800138000"],
                                                                       city=f"城市{i}", owner_id=user.id),
                                    expected_version=version)
            version = saved.version
            times["update_customer"].append(time.perf_counter() - t)
            t = time.perf_counter()
            create_customer(SYSTEM, CustomerInput(name=f"客户{i}", phones=[f"139{i:08d}"]))
            times["create_customer"].append(time.perf_counter() - t)
        return times
    finally:
        close_store()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--commits", type=int, default=300)
    ap.add_argument("--dir")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="dd-sync-", dir=args.dir))
    results: dict[str, dict[str, list[float]]] = {"normal": {}, "full": {}}
    for rnd in range(2):  # interleaved: the box's load drifts
        for mode in ("normal", "full"):
            got = _run(base / f"{mode}{rnd}.db", mode, args.commits // 2)
            for k, v in got.items():
                results[mode].setdefault(k, []).extend(v)
    print(f"store in {base} ({args.commits} commits per use case and setting)")
    for k in results["normal"]:
        line = [k]
        for mode in ("normal", "full"):
            v = sorted(results[mode][k])
            line.append(f"{mode}: median {statistics.median(v) * 1000:.2f} ms, "
                        f"p95 {v[int(len(v) * 0.95)] * 1000:.2f} ms")
        print("  ".join(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
