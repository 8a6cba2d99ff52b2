"""Index look-ups behind the search box, as portable SQL over search_key (kept here: the store owns SQL).

A look-up is one rank tier ("these keys, exact or by prefix, or a gram confirmed by a LIKE"). Its most
recently active customers are found one of two ways, chosen from an index-only count of matching keys:

- few matches: collect the matching customer ids from the (kind, key, customer_id) index and sort just
  those by recency;
- many matches (a common surname, a two-letter pinyin prefix): walk customers in recency order through the
  (archived, last_activity_at) index and test each with the (customer_id, kind, key) index, stopping after
  `limit` hits.

Each costs about count × c or (limit × customers / count) × c, so the walk wins when
count² > limit × customers. Both stay within a few milliseconds at 200,000 customers, where a plain join
and sort of a common prefix took 100–300 ms.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from dealerdesk.store import dialect
from dealerdesk.store.db import db

TOP = "\U0010ffff"  # above every character: key >= q AND key < q + TOP is "starts with q"
EXACT, PREFIX, CONTAINS = "exact", "prefix", "contains"


@dataclass(frozen=True)
class KeyCondition:
    kind: str
    mode: str  # exact | prefix | contains
    key: str  # the key, the prefix, or (contains) the gram looked up
    value_kind: str = ""  # contains: the kind whose key must contain `pattern`
    pattern: str = ""  # contains: the text that must occur in the value


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@lru_cache(maxsize=64)
def _key_sql(mode: str, p: str, alias: str, like: bool = False) -> str:
    s = alias
    if mode == EXACT:
        return f"{s}.kind = {p} AND {s}.key = {p}"
    if mode == PREFIX and like:  # PostgreSQL: see _like
        return f"{s}.kind = {p} AND {s}.key LIKE {p} ESCAPE '\\'"
    if mode == PREFIX:
        return f"{s}.kind = {p} AND {s}.key >= {p} AND {s}.key < {p}"
    return (f"{s}.kind = {p} AND {s}.key = {p} AND EXISTS (SELECT 1 FROM search_key v WHERE "
            f"v.customer_id = {s}.customer_id AND v.kind = {p} AND v.key LIKE {p} ESCAPE '\\')")


def _like() -> bool:
    """A prefix as `key LIKE 'q%'` on PostgreSQL, `key >= q AND key < q || U+10FFFF` on SQLite. Both are one
    range of the (kind, key, customer_id) index (the key column is in the "C" collation, store/dialect.py),
    but PostgreSQL's planner estimates the range bounds only by their first bytes: it took 'zhang'…'zhang'
    + U+10FFFF for a handful of rows (15,829 on the 200k store) and joined them all (185 ms); from a LIKE
    prefix it estimates right and walks the recency index (1-11 ms). SQLite's LIKE ignores ASCII case and so
    could not use the index; there the range stays."""
    return not dialect.is_sqlite(db.obj)


def _key_params(cond: KeyCondition, like: bool = False) -> tuple:
    if cond.mode == EXACT:
        return (cond.kind, cond.key)
    if cond.mode == PREFIX and like:
        return (cond.kind, like_escape(cond.key) + "%")
    if cond.mode == PREFIX:
        return (cond.kind, cond.key, cond.key + TOP)
    return (cond.kind, cond.key, cond.value_kind, f"%{like_escape(cond.pattern)}%")


def count_keys(cond: KeyCondition) -> int:
    """Matching key rows (an upper bound of matching customers), from the covering index alone."""
    like = _like()
    sql = f"SELECT COUNT(*) FROM search_key s WHERE {_key_sql(cond.mode, db.obj.param, 's', like)}"
    return int(db.execute_sql(sql, _key_params(cond, like)).fetchone()[0])


def customer_scale() -> int:
    """Roughly how many customers there are (the highest id: instant, good enough to choose a plan)."""
    return int(db.execute_sql("SELECT MAX(id) FROM customer").fetchone()[0] or 0)


@lru_cache(maxsize=64)
def _top_sql(mode: str, walk: bool, include_archived: bool, p: str, not_indexed: str, like: bool = False,
             own: bool = False) -> str:
    order = "ORDER BY c.last_activity_at DESC, c.id DESC LIMIT " + p
    # a consultant's customers: theirs, or with a lead of theirs; the probe goes through the candidate's own
    # leads (lead_customer_id), "+" keeps the planner off the owner index (all of the consultant's leads)
    mine = (f" AND (c.owner_id = {p} OR EXISTS (SELECT 1 FROM lead l WHERE l.customer_id = c.id"
            f" AND +l.owner_id = {p}))") if own else ""
    if walk:
        archived = "" if include_archived else f"c.archived = {p} AND "
        return (f"SELECT c.id, c.name, c.last_activity_at FROM customer c WHERE {archived}EXISTS "
                f"(SELECT 1 FROM search_key s WHERE s.customer_id = c.id AND {_key_sql(mode, p, 's', like)}){mine} "
                f"{order}")
    archived = "" if include_archived else f" AND c.archived = {p}"
    # not_indexed: keep SQLite from walking the archived index instead (store/dialect.py)
    return (f"SELECT c.id, c.name, c.last_activity_at FROM customer c{not_indexed} WHERE c.id IN "
            f"(SELECT s.customer_id FROM search_key s WHERE {_key_sql(mode, p, 's', like)}){archived}{mine} {order}")


def top_customers(cond: KeyCondition, limit: int, include_archived: bool = False,
                  scale: int | None = None, visible_to: int | None = None) -> list[tuple[int, str, dt.datetime]]:
    """(id, name, last activity) of the `limit` most recently active customers with a matching key.

    `visible_to`: a consultant's user id; only customers they own or hold a lead of are returned, filtered
    in the same query."""
    count = count_keys(cond)
    if count == 0:
        return []
    scale = customer_scale() if scale is None else scale
    walk = count * count > limit * scale
    like = _like()
    sql = _top_sql(cond.mode, walk, include_archived, db.obj.param, dialect.not_indexed(db.obj), like,
                   visible_to is not None)
    params = _key_params(cond, like)
    mine = () if visible_to is None else (visible_to, visible_to)
    if walk:
        params = (() if include_archived else (0,)) + params + mine + (limit,)
    else:
        params = params + (() if include_archived else (0,)) + mine + (limit,)
    rows = db.execute_sql(sql, params).fetchall()
    return [(cid, name, _as_datetime(last)) for cid, name, last in rows]


# Which of a customer's matching keys is shown (two cars, both plates match): the newest vehicle's, then the
# smallest key. Without an ORDER BY each backend returned the rows in its own index order.
_ONE_PER_CUSTOMER = "ORDER BY COALESCE({a}.vehicle_id, 0) DESC, {a}.key"


def matched_keys(cond: KeyCondition, customer_ids: list[int]) -> dict[int, tuple[str, int | None]]:
    """For customers found by `cond`: the key that matched (for contains, the value) and its vehicle."""
    if not customer_ids:
        return {}
    p = db.obj.param
    marks = ", ".join([p] * len(customer_ids))
    if cond.mode == CONTAINS:
        sql = (f"SELECT v.customer_id, v.key, v.vehicle_id FROM search_key v WHERE v.kind = {p} AND "
               f"v.key LIKE {p} ESCAPE '\\' AND v.customer_id IN ({marks}) {_ONE_PER_CUSTOMER.format(a='v')}")
        params = (cond.value_kind, f"%{like_escape(cond.pattern)}%", *customer_ids)
    else:
        like = _like()
        sql = f"SELECT s.customer_id, s.key, s.vehicle_id FROM search_key s WHERE {_key_sql(cond.mode, p, 's', like)} " \
              f"AND s.customer_id IN ({marks}) {_ONE_PER_CUSTOMER.format(a='s')}"
        params = (*_key_params(cond, like), *customer_ids)
    found: dict[int, tuple[str, int | None]] = {}
    for cid, key, vehicle_id in db.execute_sql(sql, params).fetchall():
        found.setdefault(cid, (key, vehicle_id))
    return found


def _as_datetime(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
