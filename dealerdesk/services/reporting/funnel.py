"""The sales funnel of one or several months, and the month's defeats broken down.

Why grouped: the summary needs this month, the previous month, the same month last year and a year of
trend; each figure is one query grouped by the month (CASE bucket) over the union of their date ranges.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from peewee import JOIN, SQL, fn

from dealerdesk.domain.kpi import Funnel
from dealerdesk.services.reporting.common import (
    NO_MODEL,
    VISIT_CHANNELS,
    Range,
    any_in,
    bucket_of,
    defeats_query,
    in_sqlite_order,
    per_range,
    raw_rows,
)
from dealerdesk.store.models import (
    Customer,
    CustomerPhone,
    Delivery,
    Interaction,
    Lead,
    SalesOrder,
    User,
    VehicleModel,
)


def _contacts(ranges: list[Range]) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Per range: leads with a visit or test drive, and leads with a test drive, in it. A contact counts
    when linked to the lead, or logged on the customer without a lead while that lead was open (front desk
    often logs a walk-in on the customer)."""
    bucket = bucket_of(Interaction.at, ranges).alias("bucket")
    drive = (Interaction.channel == "test_drive").alias("drive")
    where = any_in(Interaction.at, ranges) & Interaction.channel.in_(VISIT_CHANNELS)
    linked = (
        Interaction.select(bucket, Interaction.lead, drive)
        .where(where, Interaction.lead.is_null(False))
        .distinct()
    )
    unlinked = (
        Interaction.select(bucket, Lead.id, drive)
        .join(Lead, on=(Lead.customer == Interaction.customer))
        .where(
            where,
            Interaction.lead.is_null(),
            Lead.received_at <= Interaction.at,
            Lead.closed_at.is_null() | (Lead.closed_at >= Interaction.at),
        )
        .distinct()
    )
    visited: dict[int, set[int]] = defaultdict(set)
    driven: dict[int, set[int]] = defaultdict(set)
    for query in (linked, unlinked):
        for i, lead_id, is_drive in raw_rows(query):
            if i is None:
                continue
            visited[i].add(lead_id)
            if is_drive:
                driven[i].add(lead_id)
    return visited, driven


def contacted_leads(start: dt.datetime, end: dt.datetime) -> tuple[set[int], set[int]]:
    """Leads with a showroom visit (or test drive) in [start, end), and those with a test drive: the funnel's
    own definition, for figures split by consultant or model (services/reporting/consultant_targets.py)."""
    visited, driven = _contacts([(start, end)])
    return set(visited[0]), set(driven[0])


def funnels(ranges: list[Range], full: set[int]) -> list[Funnel]:
    """The funnel of each [start, end) of `ranges`; those whose index is not in `full` get only the counts
    (trend chart). A handful of grouped queries over the union of the ranges, not a set per month."""
    new_leads = per_range(Lead.select(), Lead.received_at, ranges)
    orders = per_range(SalesOrder.select(), SalesOrder.ordered_at, ranges)
    deliveries = per_range(Delivery.select(), Delivery.delivered_at, ranges)
    defeats = per_range(Lead.select().where(Lead.status == "defeated"), Lead.closed_at, ranges)
    out = [
        Funnel(new_leads=new_leads[i], orders=orders[i], deliveries=deliveries[i], defeats=defeats[i])
        for i in range(len(ranges))
    ]
    wide = sorted(full)
    if not wide:
        return out
    sub = [ranges[i] for i in wide]
    has_phone = fn.EXISTS(
        CustomerPhone.select(CustomerPhone.id).where(CustomerPhone.customer == Lead.customer)
    )
    registered = per_range(
        # an erased customer (PIPL) still counts when it had a phone: erasure must not change the statistics
        Lead.select().join(Customer).where(fn.TRIM(Customer.name) != "", has_phone | (Customer.erased_had_phone == True)),
        Lead.received_at, sub
    )
    bucket = bucket_of(Lead.received_at, sub).alias("bucket")
    new_ids: dict[int, set[int]] = defaultdict(set)
    for j, lead_id in raw_rows(Lead.select(bucket, Lead.id).where(any_in(Lead.received_at, sub))):
        if j is not None:
            new_ids[j].add(lead_id)
    visited, driven = _contacts(sub)
    for j, i in enumerate(wide):
        out[i] = Funnel(
            new_leads=len(new_ids[j]),
            registered=registered[j],
            visited_new_leads=len(visited[j] & new_ids[j]),
            visits=len(visited[j]),
            test_drives=len(driven[j]),
            orders=orders[i],
            deliveries=deliveries[i],
            defeats=defeats[i],
        )
    return out


def funnel(start: dt.datetime, end: dt.datetime, *, full: bool = True) -> Funnel:
    """The funnel of [start, end); `full=False` skips the visit-based figures (trend chart)."""
    return funnels([(start, end)], {0} if full else set())[0]


def defeat_breakdowns(start: dt.datetime, end: dt.datetime) -> tuple[Counter, Counter, Counter, Counter]:
    """Defeats of the month by reason, competitor, consultant and model: one grouped query, split here."""
    owner = fn.COALESCE(User.display_name, "（未分配）")
    model = fn.COALESCE(VehicleModel.name, NO_MODEL)
    keys = (Lead.defeat_reason, Lead.defeat_competitor, owner, model)
    rows = (
        defeats_query(start, end)
        .select(*keys, fn.COUNT(SQL("*")))
        .join(User, JOIN.LEFT_OUTER, on=(Lead.owner == User.id))
        .switch(Lead)
        .join(VehicleModel, JOIN.LEFT_OUTER)
        .group_by(*keys)
        .tuples()
    )
    parts: tuple[dict, dict, dict, dict] = ({}, {}, {}, {})
    for *values, n in rows:
        for part, value in zip(parts, values, strict=False):
            part[value] = part.get(value, 0) + int(n)
    reasons, competitors, by_owner, by_model = parts
    competitors = {k: n for k, n in competitors.items() if k is not None and k != ""}
    return (
        in_sqlite_order(reasons),
        in_sqlite_order(competitors),
        in_sqlite_order(by_owner),
        in_sqlite_order(by_model),
    )
