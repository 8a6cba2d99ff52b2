"""Benchmark of the PIPL data export and the audit chain (script, not collected by pytest): prints figures.

    python tests/bench/bench_privacy.py --db /tmp/d200k.db [--customers 20]

Floor (issue 18): "export everything about this customer" (JSON + PDF) ≤ 5 s on a 200k-customer demo store.
Works on a copy of --db (the export writes an audit row; the erasure timing changes the copy only). Also
times `verify_chain()` over the whole log and one erasure.
"""
from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--customers", type=int, default=20)
    ap.add_argument("--audit-rows", type=int, default=100_000, help="audit rows to append first (chain timing)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp()) / "copy.db"
    shutil.copy(args.db, work)
    try:
        return _run(args, work)
    finally:  # the copy is as big as the store
        from dealerdesk.store.db import close_store

        close_store()
        shutil.rmtree(work.parent, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:

    from peewee import fn

    from dealerdesk.reports.privacy import render_privacy_export
    from dealerdesk.services.audit import verify_chain
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.services.customers.privacy import erase_customer, export_customer_data, export_json
    from dealerdesk.store.db import open_store
    from dealerdesk.store.models import AuditLog, Customer, Interaction

    t = time.perf_counter()
    open_store(work)
    print(f"open (migrate if needed) {time.perf_counter() - t:.2f} s; "
          f"{Customer.select().count()} customers, {AuditLog.select().count()} audit rows")
    manager = actor_for_login("manager01")
    from dealerdesk.services import audit
    from dealerdesk.store.db import db

    ids = [c for (c,) in Customer.select(Customer.id).limit(1000).tuples()]
    t = time.perf_counter()
    with db.atomic():
        for i in range(args.audit_rows):
            audit.record(manager, "customer.update", "customer", ids[i % len(ids)],
                         changes={"city": ["深圳", "广州"], "tags": ["", f"批量{i}"]})
    took = time.perf_counter() - t
    print(f"appended {args.audit_rows} audit rows in {took:.1f} s "
          f"({took / max(args.audit_rows, 1) * 1e6:.0f} µs a row, chain linking included)")
    # the busiest customers: most interactions (the export's biggest sections)
    busy = [c for (c,) in Interaction.select(Interaction.customer).group_by(Interaction.customer)
            .order_by(fn.COUNT(Interaction.id).desc()).limit(args.customers).tuples()]
    timings = []
    for cid in busy:
        t = time.perf_counter()
        data = export_customer_data(manager, cid)
        export_json(data)
        render_privacy_export(data, io.BytesIO())
        timings.append(time.perf_counter() - t)
    rows = sum(len(v) for v in data.sections.values())
    print(f"export JSON+PDF, {len(busy)} busiest customers: median {statistics.median(timings) * 1000:.0f} ms, "
          f"max {max(timings) * 1000:.0f} ms (last one {rows} rows); floor 5000 ms")
    t = time.perf_counter()
    problems = verify_chain()
    print(f"verify_chain over {AuditLog.select().count()} rows: {time.perf_counter() - t:.2f} s, "
          f"{len(problems)} problems")
    cid = busy[0]
    name = Customer.get_by_id(cid).name
    t = time.perf_counter()
    result = erase_customer(manager, cid, name)
    print(f"erase customer {cid}: {time.perf_counter() - t:.2f} s ({result.texts_redacted} texts, "
          f"{result.audit_rows_redacted} audit rows redacted)")
    return 0 if max(timings) <= 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
