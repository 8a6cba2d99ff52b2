"""Benchmark of a message batch (script, not collected by pytest): prints figures beside the target.

    python tests/bench/bench_batch.py --db /tmp/d200k.db [--size 50000]

Floor (issue 24): generating a 50,000-customer batch on the 200k demo store (`dealerdesk demo --customers
200000 --seed 7`) takes ≤ 5 s: reading the customers' facts, the consent / mobile / recent-contact rule,
rendering the template and writing one message row each, in one transaction. Also times the segment's
customer ids (the customer list's own query), the live count, the export to .xlsx and .csv (which logs
every message as an interaction), and a call list of the same customers. Works on a copy of --db.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 5.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--size", type=int, default=50_000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp()) / "copy.db"
    shutil.copy(args.db, work)
    try:
        return _run(args, work)
    finally:
        from dealerdesk.store.db import close_store

        close_store()
        shutil.rmtree(work.parent, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:
    from dealerdesk.services import campaigns
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.services.customers.listing import CustomerFilter
    from dealerdesk.store.db import open_store
    from dealerdesk.store.models import Customer, User

    t = time.perf_counter()
    open_store(work)
    print(f"open (migrate if needed) {time.perf_counter() - t:.2f} s; {Customer.select().count()} customers")
    manager = actor_for_login(User.get(User.role == "manager").login)
    callers = [u for (u,) in User.select(User.id).where(User.role == "sales").limit(4).tuples()]
    now = dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=30)  # after the demo's own batch

    seg = campaigns.save_segment(manager, "bench: 全部客户", CustomerFilter(), at=now)
    t = time.perf_counter()
    n = campaigns.segment_count(manager, seg.id)
    print(f"live count of all customers: {n} in {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    ids = campaigns.segment_customer_ids(manager, seg.id)
    print(f"segment_customer_ids: {len(ids)} ids in {time.perf_counter() - t:.2f} s")
    chosen = ids[: int(args.size * 1.12)]  # about a tenth have no consent: aim at `size` messages

    t, cpu = time.perf_counter(), time.process_time()
    batch = campaigns.create_batch(manager, "bench", "{称呼}，{门店}提醒您：您的{车型}（{车牌}）该做保养了，{顾问}恭候。",
                                   customer_ids=chosen, at=now)
    took, cpu = time.perf_counter() - t, time.process_time() - cpu
    verdict = "OK" if took <= TARGET_S and batch.size >= args.size else "OVER"
    print(f"create_batch: {len(chosen)} customers → {batch.size} messages (left out {batch.excluded}) "
          f"in {took:.2f} s (CPU {cpu:.2f} s; load average {os.getloadavg()[0]:.1f}) — target ≤ {TARGET_S:.0f} s "
          f"for {args.size}: {verdict}")
    rows = campaigns.batch_messages(manager, batch.id, 0, 3)
    for r in rows:
        print("  e.g.", r.text)
    for suffix in (".xlsx", ".csv"):
        t = time.perf_counter()
        out = work.parent / f"batch{suffix}"
        campaigns.export_batch(manager, batch.id, out, at=now)
        print(f"export_batch {suffix}: {batch.size} rows, {out.stat().st_size // 1024} KB in "
              f"{time.perf_counter() - t:.2f} s" + (f" (with {batch.size} interactions logged)" if suffix == ".xlsx" else ""))
    if callers:
        seg2 = campaigns.save_segment(manager, "bench: 高价值", CustomerFilter(category="high_value"), at=now)
        t = time.perf_counter()
        cl = campaigns.create_call_list(manager, "bench", seg2.id, callers, at=now + dt.timedelta(days=10))
        print(f"create_call_list: {cl.total} calls for {len(callers)} callers in {time.perf_counter() - t:.2f} s")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
