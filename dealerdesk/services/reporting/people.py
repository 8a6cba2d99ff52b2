"""People on the monthly summary: each sales consultant's results, and the hot customers to act on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from dealerdesk.domain import kpi
from dealerdesk.services.reporting.common import HA, NO_MODEL, defeats_query, in_range, row_count, unindexed
from dealerdesk.store.models import Customer, Delivery, FollowUp, Lead, SalesOrder, User, VehicleModel


@dataclass(frozen=True)
class ConsultantRow:
    login: str
    name: str
    leads_held: int
    follow_ups_due: int
    follow_ups_on_time: int
    orders: int
    deliveries: int
    defeats: int

    @property
    def compliance(self) -> float | None:
        return kpi.rate(self.follow_ups_on_time, self.follow_ups_due)


@dataclass(frozen=True)
class HotCustomer:
    customer_id: int
    name: str
    level: str
    model: str
    owner: str
    next_follow_up_at: dt.datetime | None


def consultants(start: dt.datetime, end: dt.datetime) -> list[ConsultantRow]:
    on_time = Case(
        None, [((FollowUp.done_at.is_null(False)) & (FollowUp.done_at < FollowUp.overdue_at), 1)], 0
    )
    follow = {
        o: (int(n), int(k or 0))
        for o, n, k in FollowUp.select(FollowUp.owner, fn.COUNT(FollowUp.id), fn.SUM(on_time))
        .where(in_range(FollowUp.due_at, start, end), FollowUp.status != "cancelled")
        .group_by(FollowUp.owner)
        .tuples()
    }
    held = dict(
        Lead.select(Lead.owner, fn.COUNT(Lead.id))
        .where(
            unindexed(Lead.received_at) < end,  # nearly every lead: the closed_at index finds the few held
            (Lead.closed_at.is_null() & Lead.status.in_(("open", "defeat_pending")))
            | (Lead.closed_at >= end),
        )
        .group_by(unindexed(Lead.owner))
        .tuples()
    )
    orders = dict(
        SalesOrder.select(Lead.owner, fn.COUNT(SalesOrder.id))
        .join(Lead)
        .where(in_range(SalesOrder.ordered_at, start, end))
        .group_by(Lead.owner)
        .tuples()
    )
    deliveries = dict(
        Delivery.select(Lead.owner, fn.COUNT(Delivery.id))
        .join(Lead, on=(Delivery.lead == Lead.id))
        .where(in_range(Delivery.delivered_at, start, end))
        .group_by(Lead.owner)
        .tuples()
    )
    defeats = dict(
        defeats_query(start, end).select(Lead.owner, fn.COUNT(Lead.id)).group_by(Lead.owner).tuples()
    )
    owners = set(follow) | set(held) | set(orders) | set(deliveries) | set(defeats)
    users = {
        uid: (login, name)
        for uid, login, name, role in User.select(User.id, User.login, User.display_name, User.role).tuples()
        if uid in owners or role == "sales"
    }
    rows = []
    for uid in sorted(
        set(users) | {o for o in owners if o is None}, key=lambda u: (u is None, users.get(u, ("",))[0])
    ):
        login, name = users.get(uid, ("", "（未分配）"))
        due, ok = follow.get(uid, (0, 0))
        rows.append(
            ConsultantRow(
                login,
                name or login,
                int(held.get(uid, 0)),
                due,
                ok,
                int(orders.get(uid, 0)),
                int(deliveries.get(uid, 0)),
                int(defeats.get(uid, 0)),
            )
        )
    return rows


def hot_customers(limit: int) -> tuple[int, list[HotCustomer]]:
    """Open H/A leads now (the list a manager acts on), soonest follow-up first; total and the first `limit`."""
    where = (Lead.status == "open") & Lead.level.in_(HA)
    total = row_count(Lead.select().where(where))
    rows = (
        Lead.select(
            Customer.id,
            Customer.name,
            Lead.level,
            VehicleModel.name,
            User.display_name,
            Lead.next_follow_up_at,
        )
        .join(Customer)
        .switch(Lead)
        .join(VehicleModel, JOIN.LEFT_OUTER)
        .switch(Lead)
        .join(User, JOIN.LEFT_OUTER, on=(Lead.owner == User.id))
        .where(where)
        .order_by(Lead.next_follow_up_at.asc(nulls="first"), Lead.id)
        .limit(limit)
        .tuples()
    )
    return total, [
        HotCustomer(cid, name, lv, model or NO_MODEL, owner or "", nxt)
        for cid, name, lv, model, owner, nxt in rows
    ]
