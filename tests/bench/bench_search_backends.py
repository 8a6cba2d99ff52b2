"""Benchmark: the search box on the same big store on SQLite and on PostgreSQL (not collected by pytest).

    dealerdesk demo --out /tmp/d200k.db --customers 200000 --seed 1 --today 2026-11-20
    dealerdesk migrate-store --from /tmp/d200k.db --to postgresql://…/d200k
    python tests/bench/bench_search_backends.py --sqlite /tmp/d200k.db --pg postgresql://…/d200k [--queries 100]

The same queries (drawn once from the SQLite store: 2-character name fragments, whole names, pinyin initials and
full-pinyin prefixes, the last 4 phone digits, whole phones, plate fragments and whole plates, the last 6 VIN
characters) run through `services.search.search_customers` (limit 30, as the search popup asks) on each
backend, after one warm-up pass; p50/p95 per kind and over all, and whether both backends found the same
customers in the same order. Read-only. Prints JSON; the figures are in docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time

from dealerdesk.domain import search_keys as sk
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.search import search_customers
from dealerdesk.store.db import close_store, open_store

LIMIT = 30
TARGET_P95_MS = 25.0


def sample_queries(path: str, n: int, seed: int) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rng = random.Random(seed)

    def column(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql).fetchall() if r[0]]

    names = column("SELECT name FROM customer WHERE kind='person' ORDER BY id LIMIT 20000")
    phones = column("SELECT phone FROM customer_phone WHERE kind='mobile' ORDER BY id LIMIT 20000")
    plates = column("SELECT plate FROM vehicle WHERE plate IS NOT NULL ORDER BY id LIMIT 20000")
    vins = column("SELECT vin FROM vehicle WHERE vin IS NOT NULL ORDER BY id LIMIT 20000")
    conn.close()

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


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(p / 100 * len(values))) - 1))]


def run(url: str, queries: dict[str, list[str]]) -> tuple[dict, dict[str, list[list[int]]]]:
    open_store(url, migrate=False)
    actor = actor_for_login(None)
    for qs in queries.values():  # warm-up: page cache / shared buffers, as on a PC that has been searching
        for q in qs:
            search_customers(actor, q, limit=LIMIT)
    figures: dict = {}
    answers: dict[str, list[list[int]]] = {}
    every: list[float] = []
    for kind, qs in queries.items():
        times, found = [], []
        for q in qs:
            start = time.perf_counter()
            hits = search_customers(actor, q, limit=LIMIT)
            times.append((time.perf_counter() - start) * 1000)
            found.append([h.id for h in hits])
        every += times
        answers[kind] = found
        figures[kind] = {"p50_ms": round(pct(times, 50), 2), "p95_ms": round(pct(times, 95), 2),
                         "max_ms": round(max(times), 2)}
    figures["all"] = {"p50_ms": round(pct(every, 50), 2), "p95_ms": round(pct(every, 95), 2),
                      "max_ms": round(max(every), 2), "target_p95_ms": TARGET_P95_MS}
    close_store()
    return figures, answers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", required=True, help="the SQLite store")
    parser.add_argument("--pg", required=True, help="the same store moved to PostgreSQL (migrate-store)")
    parser.add_argument("--queries", type=int, default=100, help="queries per key kind")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    queries = sample_queries(args.sqlite, args.queries, args.seed)
    sqlite_figures, sqlite_answers = run(args.sqlite, queries)
    pg_figures, pg_answers = run(args.pg, queries)
    same = {kind: sum(a == b for a, b in zip(sqlite_answers[kind], pg_answers[kind], strict=True))
            for kind in queries}
    report = {"queries_per_kind": args.queries, "limit": LIMIT, "sqlite": sqlite_figures, "postgresql": pg_figures,
              "same_answers": {k: f"{n}/{len(queries[k])}" for k, n in same.items()}}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
