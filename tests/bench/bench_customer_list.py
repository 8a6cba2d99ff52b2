"""Benchmark the customer list and the search box on a big store (not collected by pytest).

    python tests/bench/bench_customer_list.py --db /tmp/d200k.db [--queries 200] [--json out.json]

Measures what a clerk waits for: opening the list (COUNT + first page), jumping to the last row, sorting by
each key, a filtered open, the page widget itself, and search p50/p95 per key kind, with the ratio to the
same index look-ups issued as raw SQL through sqlite3 (so the overhead of the service layer is visible).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dealerdesk.domain import search_keys as sk
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.customers import listing as cl
from dealerdesk.services.search import search_customers
from dealerdesk.store.db import open_store

LIMIT = 30  # hits the search popup asks for


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_list(actor, report: dict) -> None:
    from PySide6.QtWidgets import QApplication

    from dealerdesk.ui.models.columns.customers import CUSTOMER_SPEC
    from dealerdesk.ui.models.lazy_table import LazyTableModel
    from dealerdesk.ui.models.sources import CustomerSource

    QApplication.instance() or QApplication([])

    def open_model(flt=None, sort=None):
        model = LazyTableModel(CUSTOMER_SPEC, CustomerSource(actor, flt))
        if sort:
            model.set_sort(*sort)
        for row in range(min(40, model.rowCount())):  # one screenful, every column
            for col in range(model.columnCount()):
                model.data(model.index(row, col))
        return model

    open_model()  # warm the page cache of SQLite, as a second start would
    t, model = timed(open_model)
    report["rows"] = model.rowCount()
    report["list_open_ms"] = ms(t)
    t, _ = timed(lambda: [model.data(model.index(model.rowCount() - 1 - r, 0)) for r in range(40)])
    report["jump_to_end_ms"] = ms(t)
    t, _ = timed(lambda: model.data(model.index(model.rowCount() // 2, 0)))
    report["jump_to_middle_ms"] = ms(t)
    sorts = {}
    for key in cl.SORT_KEYS:
        for desc in (False, True):
            t, m = timed(open_model, None, (key, desc))
            t_end, _ = timed(lambda m=m: m.data(m.index(m.rowCount() - 1, 0)))
            sorts[f"{key}{' desc' if desc else ''}"] = {"open_ms": ms(t), "end_ms": ms(t_end)}
    report["sort"] = sorts
    filters = {
        "overdue": cl.CustomerFilter(has_overdue_follow_up=True),
        "open_complaint": cl.CustomerFilter(open_complaint=True),
        "category=lost": cl.CustomerFilter(category="lost"),
        "lead_level=B": cl.CustomerFilter(lead_level="B"),
        "city+tier": cl.CustomerFilter(city="深圳", tier="high"),
        "text=张": cl.CustomerFilter(text="张"),
        "text=zh": cl.CustomerFilter(text="zh"),
    }
    report["filtered_open_ms"] = {name: ms(timed(open_model, flt)[0]) for name, flt in filters.items()}
    t, _ = timed(cl.filter_options, actor)
    report["filter_options_ms"] = ms(t)
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.pages.customers import Page

    t, page = timed(lambda: Page(AppContext(actor=actor)))
    report["page_construct_ms"] = ms(t)
    page.resize(1400, 800)
    t, _ = timed(page.grab)
    report["page_first_paint_ms"] = ms(t)


def sample_queries(conn: sqlite3.Connection, n: int, rng: random.Random) -> dict[str, list[str]]:
    """Realistic queries per kind, drawn from the store itself."""
    def column(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql).fetchall() if r[0]]

    names = column("SELECT name FROM customer WHERE kind='person' ORDER BY random() LIMIT 2000")
    phones = column("SELECT phone FROM customer_phone WHERE kind='mobile' ORDER BY random() LIMIT 2000")
    plates = column("SELECT plate FROM vehicle WHERE plate IS NOT NULL ORDER BY random() LIMIT 2000")
    vins = column("SELECT vin FROM vehicle WHERE vin IS NOT NULL ORDER BY random() LIMIT 2000")
    def pick(items, f):
        return [f(rng.choice(items)) for _ in range(n)] if items else []

    return {
        "name (2 chars)": pick(names, lambda s: s[:2]),
        "name (full)": pick(names, lambda s: s),
        "pinyin initials": pick(names, lambda s: (sk.pinyin_initials(s) or ["x"])[0][:3]),
        "pinyin full prefix": pick(names, lambda s: (sk.pinyin_full(s) or ["x"])[0][:5]),
        "phone tail 4": pick(phones, lambda s: s[-4:]),
        "phone whole": pick(phones, lambda s: s),
        "plate fragment": pick(plates, lambda s: s[2:6]),
        "plate whole": pick(plates, lambda s: s),
        "vin tail 6": pick(vins, lambda s: s[-6:]),
    }


def raw_search(conn: sqlite3.Connection, text: str) -> set[int]:
    """The service's look-ups issued as plain SQL through sqlite3: the same statements store.search_index
    runs (an index-only count, then the chosen top-N query per rank tier), with no ORM, objects or ranking."""
    from dealerdesk.services.search import _tiers
    from dealerdesk.store import search_index as ix

    plan = sk.classify_query(text)
    found: set[int] = set()
    scale = conn.execute("SELECT MAX(id) FROM customer").fetchone()[0]
    for lk in plan.lookups:
        for _rank, cond in _tiers(plan, lk):
            params = ix._key_params(cond)
            count = conn.execute("SELECT COUNT(*) FROM search_key s WHERE " + ix._key_sql(cond.mode, "?", "s"),
                                 params).fetchone()[0]
            if not count:
                continue
            walk = count * count > LIMIT * scale
            sql = ix._top_sql(cond.mode, walk, False, "?", " NOT INDEXED")
            args = ((0,) + params + (LIMIT,)) if walk else (params + (0, LIMIT))
            found.update(r[0] for r in conn.execute(sql, args))
    return found


def bench_search(actor, conn: sqlite3.Connection, n: int, report: dict) -> None:
    rng = random.Random(1)
    results: dict[str, dict] = {}
    for kind, queries in sample_queries(conn, n, rng).items():
        if not queries:
            continue
        svc, raw, hits = [], [], []
        for q in queries:
            t, found = timed(search_customers, actor, q, limit=LIMIT)
            svc.append(t)
            hits.append(len(found))
            raw.append(timed(raw_search, conn, q)[0])
        p50, p95 = pct(svc, 50), pct(svc, 95)
        results[kind] = {"p50_ms": ms(p50), "p95_ms": ms(p95), "max_ms": ms(max(svc)),
                         "raw_p50_ms": ms(pct(raw, 50)), "raw_p95_ms": ms(pct(raw, 95)),
                         "ratio_p50": round(p50 / max(pct(raw, 50), 1e-9), 2),
                         "ratio_p95": round(p95 / max(pct(raw, 95), 1e-9), 2),
                         "mean_hits": round(statistics.mean(hits), 1), "queries": len(queries)}
    report["search"] = results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--queries", type=int, default=200, help="queries per key kind")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    open_store(args.db, migrate=False)
    actor = actor_for_login("manager01")
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    report: dict = {"db": args.db, "actor_role": actor.role}
    bench_list(actor, report)
    bench_search(actor, conn, args.queries, report)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

