"""The one search box: customers by name, pinyin, phone (tail), plate (fragment) or VIN (tail).

Semantics are domain.search_keys' (classify_query / match_rank / best_rank); this module runs a plan as
index look-ups on search_key (kind, key): exact `key = ?`, prefix `key >= ? AND key < ? || U+10FFFF`, and
gram look-ups confirmed in SQL. Each look-up is one rank tier and returns its `limit` most recently active
customers, so merging the tiers by (rank, recency) gives exactly the overall top `limit` without fetching
every match.
"""
from __future__ import annotations

import datetime as dt

from peewee import JOIN

from dealerdesk.domain import search_keys as sk
from dealerdesk.services.audit import mask_phone
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.dto import SearchHit
from dealerdesk.store.models import Customer, SearchKey

TOP = "\U0010ffff"
EXACT, PREFIX, CONTAINS = 0, 1, 2
_REVERSED = {sk.KIND_PHONE_REV, sk.KIND_VIN_REV}


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _tier_queries(plan: sk.QueryPlan, lookup: sk.Lookup, include_archived: bool):
    """(rank, query) pairs for one look-up; every query selects (customer id, name, last activity, key)."""
    base = (SearchKey.select(SearchKey.customer, Customer.name, Customer.last_activity_at, SearchKey.key,
                             SearchKey.vehicle)
            .join(Customer, on=(SearchKey.customer == Customer.id))
            .where(SearchKey.kind == lookup.kind))
    if not include_archived:
        base = base.where(~Customer.archived)
    if lookup.verify:
        q = plan.queries[lookup.match]
        value_kind = sk.KIND_NAME if lookup.match == "name" else sk.KIND_PLATE
        other = SearchKey.alias()
        link = (other.customer == SearchKey.customer) if lookup.match == "name" else (other.vehicle == SearchKey.vehicle)
        query = (base.switch(SearchKey)
                 .join(other, JOIN.INNER, on=(link & (other.kind == value_kind)))
                 .where(SearchKey.key == lookup.key, other.key ** f"%{_like_escape(q)}%"))
        # the joined value is the one to show (the gram itself says little)
        query = query.select(SearchKey.customer, Customer.name, Customer.last_activity_at, other.key,
                             SearchKey.vehicle)
        return [(CONTAINS, query)]
    exact = base.where(SearchKey.key == lookup.key)
    if not lookup.prefix:
        return [(EXACT, exact)]
    prefix = base.where(SearchKey.key >= lookup.key, SearchKey.key < lookup.key + TOP)
    return [(EXACT, exact), (PREFIX, prefix)]


def _display_value(kind: str, key: str, actor: Actor) -> str:
    value = key[::-1] if kind in _REVERSED else key
    if kind in (sk.KIND_PHONE, sk.KIND_PHONE_REV) and not actor.can("phone.see"):
        value = mask_phone(value)
    return value


def search_customers(actor: Actor, text: str, limit: int = 50, include_archived: bool = False) -> list[SearchHit]:
    """Customers matching what a clerk typed, best first (exact > prefix > contains, then recent activity)."""
    require(actor, "customer.read")
    plan = sk.classify_query(text)
    if not plan or limit < 1:
        return []
    best: dict[int, tuple[int, str, str, dt.datetime, str, int | None]] = {}
    for lookup in plan.lookups:
        for rank, query in _tier_queries(plan, lookup, include_archived):
            rows = (query.order_by(Customer.last_activity_at.desc(), Customer.id.desc())
                    .limit(limit).tuples())
            for cid, name, last, key, vehicle_id in rows:
                current = best.get(cid)
                if current is None or rank < current[0]:
                    shown = _display_value(lookup.kind, key, actor)
                    best[cid] = (rank, lookup.match, name, last, shown, vehicle_id)
    ordered = sorted(best.items(), key=lambda item: (item[1][0], -item[1][3].timestamp(), -item[0]))
    return [SearchHit(id=cid, name=name, matched=match, rank=rank, last_activity_at=last,
                      vehicle_id=vehicle_id, matched_value=shown)
            for cid, (rank, match, name, last, shown, vehicle_id) in ordered[:limit]]
