"""What batches and call lists share: who of a segment may be contacted, and the customers' facts in bulk.

The rule (issue 24): a customer without consent, without a mobile (a call list: without any phone), or
contacted by a batch in the last `campaign.recent_days` days is left out and counted by reason.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from peewee import JOIN, SQL, Expression

from dealerdesk.domain import settings_spec
from dealerdesk.services.settings import get_settings
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, CustomerPhone, Message, User, Vehicle, VehicleModel

CHUNK = 5000  # ids per IN (…), inlined (no parameters)


def in_ids(field, ids: Sequence[int]) -> Expression:
    """`field IN (1,2,3)` with the ids inlined: ints by construction, and binding thousands of parameters
    through peewee costs more than the query itself (as services/customers/listing.py found)."""
    return Expression(field, "IN", SQL("(" + ",".join(str(int(i)) for i in ids) + ")"))


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def setting_int(key: str) -> int:
    value = settings_spec.BY_KEY[key].value_of(get_settings())
    return int(value)  # type: ignore[arg-type]


class Facts(NamedTuple):
    """One customer as a message or a call needs them (a named tuple: a batch reads 50,000)."""

    id: int
    name: str
    gender: str
    kind: str
    consent: bool
    owner_name: str
    mobile: str  # the first mobile, primary first; "" none
    phone: str  # the first phone of any kind
    plate: str
    model: str


def facts(customer_ids: Sequence[int]) -> dict[int, Facts]:
    """The facts of many customers: one query per table and chunk of ids, never one per customer."""
    base: dict[int, tuple] = {}
    mobiles: dict[int, str] = {}
    phones: dict[int, str] = {}
    cars: dict[int, tuple[str, str]] = {}
    for part in chunks(list(customer_ids)):
        # raw rows through db.execute: peewee's per-row conversion cost more than the queries (bench_batch)
        for row in db.execute(Customer.select(Customer.id, Customer.name, Customer.gender, Customer.kind,
                                              Customer.consent, User.display_name)
                              .join(User, JOIN.LEFT_OUTER, on=(Customer.owner == User.id))
                              .where(in_ids(Customer.id, part), Customer.erased_at.is_null())).fetchall():
            base[row[0]] = row
        for cid, phone, kind in db.execute(
                CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone, CustomerPhone.kind)
                .where(in_ids(CustomerPhone.customer, part))
                .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)).fetchall():
            phones.setdefault(cid, phone)
            if kind == "mobile":
                mobiles.setdefault(cid, phone)
        # no ORDER BY: sorting by vehicle id would walk the whole table instead of the owner index
        first: dict[int, int] = {}
        for vid, cid, plate, model, free in db.execute(
                Vehicle.select(Vehicle.id, Vehicle.owner, Vehicle.plate, VehicleModel.name, Vehicle.model_name)
                .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
                .where(in_ids(Vehicle.owner, part))).fetchall():
            if cid not in first or vid < first[cid]:
                first[cid] = vid
                cars[cid] = (plate or "", model or free or "")
    return {cid: Facts(id=cid, name=b[1], gender=b[2] or "", kind=b[3] or "person", consent=bool(b[4]),
                       owner_name=b[5] or "", mobile=mobiles.get(cid, ""), phone=phones.get(cid, ""),
                       plate=cars.get(cid, ("", ""))[0], model=cars.get(cid, ("", ""))[1])
            for cid, b in base.items()}


def recently_messaged(customer_ids: Iterable[int], since: dt.datetime) -> set[int]:
    """Customers a batch message was exported to at or after `since`."""
    found: set[int] = set()
    for part in chunks(list(customer_ids)):
        found.update(cid for (cid,) in Message.select(Message.customer)
                     .where(in_ids(Message.customer, part), Message.sent_at >= since).tuples())
    return found


def audience(customer_ids: Sequence[int], now: dt.datetime, *, need_mobile: bool
             ) -> tuple[list[Facts], dict[str, int]]:
    """Who may be contacted, in the given order, and how many were left out per reason (labels.EXCLUSION)."""
    known = facts(customer_ids)
    days = setting_int("campaign.recent_days")
    recent = recently_messaged(known, now - dt.timedelta(days=days)) if days else set()
    kept: list[Facts] = []
    excluded = {"no_consent": 0, "no_mobile" if need_mobile else "no_phone": 0, "recent": 0}
    for cid in dict.fromkeys(customer_ids):
        f = known.get(cid)
        if f is None:  # erased or deleted since the segment was read
            continue
        if not f.consent:
            excluded["no_consent"] += 1
        elif need_mobile and not f.mobile:
            excluded["no_mobile"] += 1
        elif not need_mobile and not f.phone:
            excluded["no_phone"] += 1
        elif cid in recent:
            excluded["recent"] += 1
        else:
            kept.append(f)
    return kept, excluded
