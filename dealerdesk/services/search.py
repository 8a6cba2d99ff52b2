"""The one search box: customers by name, pinyin, phone (tail), plate (fragment) or VIN (tail).

Semantics are domain.search_keys' (classify_query / match_rank / best_rank); the index look-ups are
store.search_index's. Each look-up is one rank tier and yields its `limit` most recently active customers,
so merging the tiers by (rank, recency) gives exactly the overall top `limit` without fetching every match:
a customer beyond its best tier's top `limit` has `limit` customers ahead of it overall.
"""
from __future__ import annotations

from dataclasses import replace

from peewee import JOIN

from dealerdesk.domain import search_keys as sk
from dealerdesk.domain import text as domain_text
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.audit import mask_phone
from dealerdesk.services.auth import Actor, phones_masked, require, sees_only_own
from dealerdesk.services.dto import SearchHit
from dealerdesk.store import search_index as ix
from dealerdesk.store.models import Customer, CustomerPhone, User, Vehicle

EXACT_RANK, PREFIX_RANK, CONTAINS_RANK = 0, 1, 2
#: the longest search text: a name (40), a phone, a plate or a VIN fit many times over; a pasted page does
#: not reach the index look-ups (a 1,000,000-character one ended in "LIKE or GLOB pattern too complex")
QUERY_MAX = 100
_MSG_QUERY_LONG = QT_TRANSLATE_NOOP("errors", "搜索内容太长：最多 {max} 个字，输入了 {n} 个。"
                                              "请输入姓名、拼音、电话、车牌或车架号的一部分。")


def bounded_query(text: str) -> str:
    """What a clerk typed into a search box, without invisible characters, refused when too long."""
    text = domain_text.strip_invisible(text or "").strip()
    if len(text) > QUERY_MAX:
        raise InvalidInput(_MSG_QUERY_LONG, field="text", max=QUERY_MAX, n=len(text))
    return text
_REVERSED = {sk.KIND_PHONE_REV, sk.KIND_VIN_REV}
_VALUE_KIND = {"name": sk.KIND_NAME, "plate": sk.KIND_PLATE}


def _tiers(plan: sk.QueryPlan, lookup: sk.Lookup) -> list[tuple[int, ix.KeyCondition]]:
    """The rank tiers one look-up stands for: a prefix look-up is an exact tier and a prefix tier."""
    if lookup.verify:
        return [(CONTAINS_RANK, ix.KeyCondition(lookup.kind, ix.CONTAINS, lookup.key,
                                                _VALUE_KIND[lookup.match], plan.queries[lookup.match]))]
    exact = (EXACT_RANK, ix.KeyCondition(lookup.kind, ix.EXACT, lookup.key))
    if not lookup.prefix:
        return [exact]
    return [exact, (PREFIX_RANK, ix.KeyCondition(lookup.kind, ix.PREFIX, lookup.key))]


def _display_value(kind: str, key: str, masked: bool) -> str:
    value = key[::-1] if kind in _REVERSED else key
    if kind in (sk.KIND_PHONE, sk.KIND_PHONE_REV) and masked:
        value = mask_phone(value)
    return value


def search_customers(actor: Actor, text: str, limit: int = 50, include_archived: bool = False) -> list[SearchHit]:
    """Customers matching what a clerk typed, best first (exact > prefix > contains, then recent activity)."""
    require(actor, "customer.read")
    text = bounded_query(text)
    plan = sk.classify_query(text)
    if not plan or limit < 1:
        return []
    scale = ix.customer_scale()
    visible_to = actor.id if sees_only_own(actor) else None  # a consultant finds only their own customers
    best: dict[int, tuple] = {}  # id -> (rank, match kind, name, last activity, condition)
    for lookup in plan.lookups:
        for rank, cond in _tiers(plan, lookup):
            for cid, name, last in ix.top_customers(cond, limit, include_archived, scale, visible_to):
                current = best.get(cid)
                if current is None or rank < current[0]:
                    best[cid] = (rank, lookup.match, name, last, cond)
    best = _people_first(best, text)
    ordered = sorted(best.items(), key=lambda item: (item[1][0], -item[1][3].timestamp(), -item[0]))[:limit]
    by_cond: dict[ix.KeyCondition, list[int]] = {}
    for cid, (_rank, _match, _name, _last, cond) in ordered:
        by_cond.setdefault(cond, []).append(cid)
    shown: dict[int, tuple[str, int | None]] = {}
    masked = phones_masked(actor)
    for cond, ids in by_cond.items():
        for cid, (key, vehicle_id) in ix.matched_keys(cond, ids).items():
            shown[cid] = (_display_value(cond.value_kind or cond.kind, key, masked), vehicle_id)
    hits = [SearchHit(id=cid, name=name, matched=match, rank=rank, last_activity_at=last,
                      vehicle_id=shown.get(cid, ("", None))[1], matched_value=shown.get(cid, ("", None))[0])
            for cid, (rank, match, name, last, _cond) in ordered]
    return describe_hits(hits, masked)


def _people_first(best: dict[int, tuple], text: str) -> dict[int, tuple]:
    """A name typed finds the people of that name; a company whose contact person has it (the contact's keys
    point at the company) is listed only when no customer of that name is found — otherwise a common name
    fills the list with companies. The company is still found by the contact's phone, or by its own name."""
    typed = "".join(text.split())
    if not typed or not any("\u3400" <= ch <= "\u9fff" for ch in typed):
        return best
    by_contact = {cid for cid, (_rank, match, name, _last, _cond) in best.items()
                  if match == "name" and typed not in name}
    if by_contact and len(by_contact) < len(best):
        return {cid: value for cid, value in best.items() if cid not in by_contact}
    return best


def describe_hits(hits: list[SearchHit], masked: bool) -> list[SearchHit]:
    """Add what tells the hits apart (phone, plate, consultant, person or company): one query for the shown
    rows, with correlated sub-selects of the primary phone and the newest plate (each an index look-up)."""
    if not hits:
        return hits
    phone = (CustomerPhone.select(CustomerPhone.phone).where(CustomerPhone.customer == Customer.id)
             .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).limit(1))
    plate = (Vehicle.select(Vehicle.plate).where(Vehicle.owner == Customer.id, Vehicle.plate.is_null(False))
             .order_by(Vehicle.id.desc()).limit(1))
    rows = {cid: (kind, owner, ph, pl) for cid, kind, owner, ph, pl in
            Customer.select(Customer.id, Customer.kind, User.display_name, phone.alias("phone"), plate.alias("plate"))
            .join(User, JOIN.LEFT_OUTER, on=(Customer.owner == User.id))
            .where(Customer.id.in_([h.id for h in hits])).tuples()}
    vehicle_ids = [h.vehicle_id for h in hits if h.vehicle_id and h.matched == "vin"]
    vin_plates = dict(Vehicle.select(Vehicle.id, Vehicle.plate).where(Vehicle.id.in_(vehicle_ids)).tuples()) \
        if vehicle_ids else {}
    out = []
    for hit in hits:
        kind, owner, ph, pl = rows.get(hit.id, ("person", "", "", ""))
        ph = ph or ""
        if hit.matched == "phone" and hit.matched_value:
            ph_shown = hit.matched_value  # the number that matched (already masked by role)
        else:
            ph_shown = mask_phone(ph) if ph and masked else ph
        if hit.matched == "plate" and hit.matched_value:
            pl = hit.matched_value
        elif hit.vehicle_id in vin_plates:
            pl = vin_plates[hit.vehicle_id] or pl
        out.append(replace(hit, phone=ph_shown, plate=pl or "", owner_name=owner or "", kind=kind or "person"))
    return out
