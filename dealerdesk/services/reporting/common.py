"""Helpers shared by the report modules: date-range tests, one-scan grouping over several ranges, counts.

Why: every figure of the monthly summary is an aggregate over an indexed date range; these helpers keep the
range test identical everywhere (>= start, < end, compared as SQLite compares the stored text), so a figure
computed for several months in one grouped query equals the same figure computed month by month.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import Counter
from functools import reduce
from itertools import pairwise

from peewee import SQL, Case, fn

from dealerdesk.store import dialect
from dealerdesk.store.db import db
from dealerdesk.store.models import Lead

HA, BC = ("H", "A"), ("B", "C")
VISIT_CHANNELS = ("visit", "test_drive")
NO_MODEL = "未指定车型"
Range = tuple[dt.datetime, dt.datetime]


def in_range(column, start: dt.datetime, end: dt.datetime):
    return (column >= start) & (column < end)


def unindexed(column):
    """The same value, but SQLite will not pick an index on it (store/dialect.py). Used where the planner's
    default (e.g. lead.received_at < end, true of nearly every lead) would visit far more rows than the other
    index."""
    return dialect.unindexed(column, db.obj)


def raw_rows(query) -> list[tuple]:
    """The rows of `query` as SQLite returns them, without peewee's per-row field conversion: for reads of
    tens of thousands of ids and bucket numbers, where the conversion costs more than the query."""
    return db.execute(query).fetchall()


def _merged_ranges(ranges: list[Range]) -> list[Range]:
    out: list[Range] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def any_in(column, ranges: list[Range]):
    """column in one of the ranges (contiguous ones merged, so each is one index range)."""
    return reduce(operator.or_, (in_range(column, s, e) for s, e in _merged_ranges(ranges)))


def bucket_of(column, ranges: list[Range]):
    """SQL: the index of the range holding column, with the same >= / < tests as in_range(), so one grouped
    query gives every month exactly what a query per month would.

    Only for rows the query's WHERE keeps inside the ranges (any_in): then, the ranges being disjoint, the
    first range by end time with column < end is the one holding it, half the tests per row (a 13-month
    funnel scan visits 100k+ rows). Overlapping ranges get the full test of each range.
    """
    order = sorted(range(len(ranges)), key=lambda i: ranges[i])
    if all(ranges[a][1] <= ranges[b][0] for a, b in pairwise(order)):
        return Case(None, [(column < ranges[i][1], i) for i in order], None)
    return Case(None, [(in_range(column, s, e), i) for i, (s, e) in enumerate(ranges)], None)


def per_range(query, column, ranges: list[Range]) -> Counter:
    """Rows of `query` per range of `column`: one grouped scan over the union of the ranges."""
    bucket = bucket_of(column, ranges).alias("bucket")
    rows = query.select(bucket, fn.COUNT(SQL("*"))).where(any_in(column, ranges)).group_by(SQL("bucket"))
    return Counter({i: int(n) for i, n in rows.tuples() if i is not None})


def row_count(query) -> int:
    return int(query.count())


def defeats_query(start: dt.datetime, end: dt.datetime):
    # +status: a month of closed_at is far fewer rows than every defeated lead
    return Lead.select().where(unindexed(Lead.status) == "defeated", in_range(Lead.closed_at, start, end))


def grouped(query, key) -> Counter:
    return Counter({k: int(n) for k, n in query.select(key, fn.COUNT(SQL("*"))).group_by(key).tuples()})


def in_sqlite_order(counts: dict) -> Counter:
    """Keys in SQLite's GROUP BY order (NULL first, then code point order, as BINARY collation sorts UTF-8),
    so most_common() breaks ties exactly as a per-key GROUP BY query did."""
    return Counter({k: counts[k] for k in sorted(counts, key=lambda k: (k is not None, k or ""))})


def month_label(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"
