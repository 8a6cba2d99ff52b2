"""Data of the printed reports: every figure of the monthly summary, and a customer's profile.

Why one module: the JSON of `dealerdesk kpi`, the PDF and the GUI must show the same numbers, so they all
come from `monthly_summary()`. Each figure is a handful of aggregate queries (GROUP BY / COUNT over indexed
date ranges, `.tuples()`), never one query per customer; the result is plain dataclasses that the ReportLab
code renders without touching the database. Definitions: dealerdesk.domain.kpi.DEFINITIONS and docs/kpi.md.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from functools import reduce

from peewee import JOIN, SQL, Case, NodeList, fn

from dealerdesk.domain import kpi
from dealerdesk.domain.kpi import Funnel, TargetPlan, TargetRates
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.settings import get_settings
from dealerdesk.store.models import (
    Complaint,
    Customer,
    CustomerPhone,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    LevelChange,
    SalesOrder,
    Survey,
    User,
    VehicleModel,
)

HA, BC = ("H", "A"), ("B", "C")
VISIT_CHANNELS = ("visit", "test_drive")
NO_MODEL = "未指定车型"


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
class InventoryRow:
    model: str
    ha: int
    bc: int
    d: int


@dataclass(frozen=True)
class WeekProgress:
    """Cumulative figures of the month up to (not including) `until`: a Monday, or the month end."""

    until: dt.date
    new_leads: int
    new_ha: int
    bc_to_ha: int
    orders: int


@dataclass(frozen=True)
class TargetRow:
    model: str
    ha_stock: int
    bc_stock: int
    rates: TargetRates
    plan: TargetPlan
    progress: list[WeekProgress]


@dataclass(frozen=True)
class HotCustomer:
    customer_id: int
    name: str
    level: str
    model: str
    owner: str
    next_follow_up_at: dt.datetime | None


@dataclass(frozen=True)
class ComplaintFigures:
    received: int
    resolved: int
    mean_hours_to_resolve: float | None
    overdue: int


@dataclass(frozen=True)
class SatisfactionFigures:
    surveys: int
    overall: dict[str, int]
    repurchase: dict[str, int]
    recommend: dict[str, int]

    @property
    def satisfied_rate(self) -> float | None:
        return kpi.rate(
            self.overall.get("very_satisfied", 0) + self.overall.get("satisfied", 0), self.surveys
        )


@dataclass(frozen=True)
class MonthlySummary:
    month: str
    generated_at: dt.datetime
    store_name: str
    store_logo: str
    funnel: Funnel
    previous: Funnel
    last_year: Funnel
    trend: list[tuple[str, Funnel]]
    consultants: list[ConsultantRow]
    inventory_at: dt.datetime
    inventory: list[InventoryRow]
    history: tuple[str, str]  # first and last month of the target-rate window
    targets: list[TargetRow]
    hot_total: int
    hot: list[HotCustomer]
    defeats_by_reason: dict[str, int]
    defeats_by_competitor: dict[str, int]
    defeats_by_consultant: dict[str, int]
    defeats_by_model: dict[str, int]
    complaints: ComplaintFigures
    satisfaction: SatisfactionFigures
    categories: dict[str, int]
    tiers: dict[str, int]
    definitions: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(kpi.DEFINITIONS))

    @property
    def compliance(self) -> float | None:
        return kpi.rate(
            sum(c.follow_ups_on_time for c in self.consultants),
            sum(c.follow_ups_due for c in self.consultants),
        )

    def to_json(self) -> dict:
        """One JSON document: this month's funnel at the top level, the rest in named sections."""
        data: dict = {
            "month": self.month,
            "generated_at": self.generated_at.isoformat(),
            **self.funnel.to_json(),
        }
        data["follow_up_compliance"] = self.compliance
        data["previous_month"] = self.previous.to_json()
        data["same_month_last_year"] = self.last_year.to_json()
        data["trend"] = [{"month": m, **f.to_json()} for m, f in self.trend]
        data["consultants"] = [{**asdict(c), "compliance": c.compliance} for c in self.consultants]
        data["inventory"] = {
            "at": self.inventory_at.isoformat(),
            "models": [asdict(r) for r in self.inventory],
        }
        data["targets"] = {
            "history": list(self.history),
            "models": [
                {
                    "model": t.model,
                    "ha_stock": t.ha_stock,
                    "bc_stock": t.bc_stock,
                    "rates": asdict(t.rates),
                    **asdict(t.plan),
                    "progress": [{**asdict(w), "until": w.until.isoformat()} for w in t.progress],
                }
                for t in self.targets
            ],
        }
        data["hot_customers"] = {"total": self.hot_total, "listed": len(self.hot)}
        data["defeats_by"] = {
            "reason": self.defeats_by_reason,
            "competitor": self.defeats_by_competitor,
            "consultant": self.defeats_by_consultant,
            "model": self.defeats_by_model,
        }
        data["complaints"] = asdict(self.complaints)
        data["satisfaction"] = {
            **asdict(self.satisfaction),
            "satisfied_rate": self.satisfaction.satisfied_rate,
        }
        data["categories"] = self.categories
        data["tiers"] = self.tiers
        data["definitions"] = {k: v[1] for k, v in self.definitions.items()}
        return data


# --- funnel ---------------------------------------------------------------------------------------


def _in(column, start: dt.datetime, end: dt.datetime):
    return (column >= start) & (column < end)


def _plain(column):
    """`+column`: the same value, but SQLite will not pick an index on it. Used where the planner's default
    (e.g. lead.received_at < end, true of nearly every lead) would visit far more rows than the other index."""
    return NodeList((SQL("+"), column), glue="")


def _merged(ranges: list[tuple[dt.datetime, dt.datetime]]) -> list[tuple[dt.datetime, dt.datetime]]:
    out: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _any_in(column, ranges: list[tuple[dt.datetime, dt.datetime]]):
    """column in one of the ranges (contiguous ones merged, so each is one index range)."""
    return reduce(operator.or_, (_in(column, s, e) for s, e in _merged(ranges)))


def _bucket(column, ranges: list[tuple[dt.datetime, dt.datetime]]):
    """SQL: the index of the range holding column (NULL if none), with the same >= / < tests as _in(), so
    one grouped query gives every month exactly what a query per month would."""
    return Case(None, [(_in(column, s, e), i) for i, (s, e) in enumerate(ranges)], None)


def _per_range(query, column, ranges: list[tuple[dt.datetime, dt.datetime]]) -> Counter:
    """Rows of `query` per range of `column`: one grouped scan over the union of the ranges."""
    bucket = _bucket(column, ranges).alias("bucket")
    rows = query.select(bucket, fn.COUNT(SQL("*"))).where(_any_in(column, ranges)).group_by(SQL("bucket"))
    return Counter({i: int(n) for i, n in rows.tuples() if i is not None})


def _contacts(ranges: list[tuple[dt.datetime, dt.datetime]]) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Per range: leads with a visit or test drive, and leads with a test drive, in it. A contact counts
    when linked to the lead, or logged on the customer without a lead while that lead was open (front desk
    often logs a walk-in on the customer)."""
    bucket = _bucket(Interaction.at, ranges).alias("bucket")
    drive = (Interaction.channel == "test_drive").alias("drive")
    where = _any_in(Interaction.at, ranges) & Interaction.channel.in_(VISIT_CHANNELS)
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
        for i, lead_id, is_drive in query.tuples().iterator():
            if i is None:
                continue
            visited[i].add(lead_id)
            if is_drive:
                driven[i].add(lead_id)
    return visited, driven


def _count(query) -> int:
    return int(query.count())


def _defeats_query(start: dt.datetime, end: dt.datetime):
    # +status: a month of closed_at is far fewer rows than every defeated lead
    return Lead.select().where(_plain(Lead.status) == "defeated", _in(Lead.closed_at, start, end))


def funnels(ranges: list[tuple[dt.datetime, dt.datetime]], full: set[int]) -> list[Funnel]:
    """The funnel of each [start, end) of `ranges`; those whose index is not in `full` get only the counts
    (trend chart). A handful of grouped queries over the union of the ranges, not a set per month."""
    new_leads = _per_range(Lead.select(), Lead.received_at, ranges)
    orders = _per_range(SalesOrder.select(), SalesOrder.ordered_at, ranges)
    deliveries = _per_range(Delivery.select(), Delivery.delivered_at, ranges)
    defeats = _per_range(Lead.select().where(Lead.status == "defeated"), Lead.closed_at, ranges)
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
    registered = _per_range(
        Lead.select().join(Customer).where(fn.TRIM(Customer.name) != "", has_phone), Lead.received_at, sub
    )
    bucket = _bucket(Lead.received_at, sub).alias("bucket")
    new_ids: dict[int, set[int]] = defaultdict(set)
    for j, lead_id in Lead.select(bucket, Lead.id).where(_any_in(Lead.received_at, sub)).tuples().iterator():
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


# --- consultants ----------------------------------------------------------------------------------


def consultants(start: dt.datetime, end: dt.datetime) -> list[ConsultantRow]:
    on_time = Case(
        None, [((FollowUp.done_at.is_null(False)) & (FollowUp.done_at < FollowUp.overdue_at), 1)], 0
    )
    follow = {
        o: (int(n), int(k or 0))
        for o, n, k in FollowUp.select(FollowUp.owner, fn.COUNT(FollowUp.id), fn.SUM(on_time))
        .where(_in(FollowUp.due_at, start, end), FollowUp.status != "cancelled")
        .group_by(FollowUp.owner)
        .tuples()
    }
    held = dict(
        Lead.select(Lead.owner, fn.COUNT(Lead.id))
        .where(
            _plain(Lead.received_at) < end,  # nearly every lead: the closed_at index finds the few held
            (Lead.closed_at.is_null() & Lead.status.in_(("open", "defeat_pending")))
            | (Lead.closed_at >= end),
        )
        .group_by(_plain(Lead.owner))
        .tuples()
    )
    orders = dict(
        SalesOrder.select(Lead.owner, fn.COUNT(SalesOrder.id))
        .join(Lead)
        .where(_in(SalesOrder.ordered_at, start, end))
        .group_by(Lead.owner)
        .tuples()
    )
    deliveries = dict(
        Delivery.select(Lead.owner, fn.COUNT(Delivery.id))
        .join(Lead, on=(Delivery.lead == Lead.id))
        .where(_in(Delivery.delivered_at, start, end))
        .group_by(Lead.owner)
        .tuples()
    )
    defeats = dict(
        _defeats_query(start, end).select(Lead.owner, fn.COUNT(Lead.id)).group_by(Lead.owner).tuples()
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


# --- monthly inventory (盘点) and targets ----------------------------------------------------------


def _level_at(moment: dt.datetime):
    """SQL expression: a lead's level at `moment`, rebuilt from its LevelChange history."""
    before = LevelChange.alias("lc_b")
    after = LevelChange.alias("lc_a")
    last_before = (
        before.select(before.to_level)
        .where(before.lead == Lead.id, before.changed_at < moment)
        .order_by(before.changed_at.desc(), before.id.desc())
        .limit(1)
    )
    first_after = (
        after.select(fn.NULLIF(after.from_level, ""))
        .where(after.lead == Lead.id, after.changed_at >= moment)
        .order_by(after.changed_at, after.id)
        .limit(1)
    )
    return fn.COALESCE(last_before, first_after, Lead.level)


def levels_at(moment: dt.datetime) -> dict[tuple[int | None, str], int]:
    """(model id, level) → leads at that level at `moment`, over leads received and not closed by then.

    D is counted from deliveries before the moment (a delivered lead stays D), so closed leads need no scan.
    """
    level = _level_at(moment).alias("lv")
    rows = (
        Lead.select(Lead.model, level, fn.COUNT(Lead.id))
        .where(_plain(Lead.received_at) < moment, Lead.closed_at.is_null() | (Lead.closed_at >= moment))
        .group_by(_plain(Lead.model), SQL("lv"))
        .tuples()
    )
    out: dict[tuple[int | None, str], int] = {(m, lv): int(n) for m, lv, n in rows if lv != "D"}
    delivered = (
        Delivery.select(Lead.model, fn.COUNT(fn.DISTINCT(Delivery.lead)))
        .join(Lead, on=(Delivery.lead == Lead.id))
        .where(Delivery.delivered_at < moment)
        .group_by(Lead.model)
        .tuples()
    )
    for model_id, n in delivered:
        out[(model_id, "D")] = int(n)
    return out


def _sum_levels(
    levels: dict[tuple[int | None, str], int], model_id: int | None, wanted: tuple[str, ...]
) -> int:
    return sum(n for (m, lv), n in levels.items() if m == model_id and lv in wanted)


def _changes(
    start: dt.datetime,
    end: dt.datetime,
    from_not: tuple[str, ...],
    to: tuple[str, ...],
    from_in: tuple[str, ...] | None = None,
):
    q = (
        LevelChange.select(LevelChange.changed_at, Lead.model, LevelChange.lead)
        .join(Lead)
        .where(_in(LevelChange.changed_at, start, end), LevelChange.to_level.in_(to))
    )
    q = (
        q.where(LevelChange.from_level.in_(from_in))
        if from_in
        else q.where(LevelChange.from_level.not_in(from_not))
    )
    return q.tuples()


def _history_changes(start: dt.datetime, end: dt.datetime) -> tuple[Counter, Counter, Counter]:
    """Per model, distinct leads that entered H/A, went B/C → H/A, and entered B/C in [start, end).

    One scan of the window's level changes with three conditional distinct counts (it is the biggest read of
    the summary: months of history)."""
    lc = LevelChange
    into_ha = lc.to_level.in_(HA) & lc.from_level.not_in(HA)
    bc_to_ha = lc.to_level.in_(HA) & lc.from_level.in_(BC)
    into_bc = lc.to_level.in_(BC) & lc.from_level.not_in(BC)

    def distinct(cond):
        return fn.COUNT(fn.DISTINCT(Case(None, [(cond, lc.lead)], None)))

    rows = (lc.select(Lead.model, distinct(into_ha), distinct(bc_to_ha), distinct(into_bc)).join(Lead)
            .where(_in(lc.changed_at, start, end), lc.to_level.in_(HA + BC)).group_by(Lead.model).tuples())
    out: tuple[Counter, Counter, Counter] = (Counter(), Counter(), Counter())
    for model_id, *counts in rows:
        for counter, n in zip(out, counts):
            counter[model_id] = int(n)
    return out


def _leads_by_model(changes) -> Counter:
    """Distinct leads per model of a _changes() query, counted in SQL (history windows are big)."""
    q = changes.select(Lead.model, fn.COUNT(fn.DISTINCT(LevelChange.lead))).group_by(Lead.model)
    return Counter({m: int(n) for m, n in q.tuples()})


def _distinct_by_model(rows) -> Counter:
    seen: dict[int | None, set[int]] = defaultdict(set)
    for _at, model_id, lead_id in rows:
        seen[model_id].add(lead_id)
    return Counter({m: len(s) for m, s in seen.items()})


def _distinct_before(first_at: dict[int, dt.datetime], limit: dt.datetime) -> int:
    return sum(1 for at in first_at.values() if at < limit)


def _grouped(query, key) -> Counter:
    return Counter({k: int(n) for k, n in query.select(key, fn.COUNT(SQL("*"))).group_by(key).tuples()})


def _targets(year: int, month: int, models: dict[int, str], stock, settings) -> tuple[tuple[str, str], list]:
    start, end = kpi.month_bounds(year, month)
    n = kpi.history_months(settings)
    hy, hm = kpi.add_months(year, month, -n)
    h_start = kpi.month_bounds(hy, hm)[0]
    order_model = fn.COALESCE(SalesOrder.model, Lead.model)
    h_leads = Counter(
        dict(
            Lead.select(Lead.model, fn.COUNT(Lead.id))
            .where(_in(Lead.received_at, h_start, start))
            .group_by(Lead.model)
            .tuples()
        )
    )
    h_orders = Counter(
        dict(
            SalesOrder.select(order_model, fn.COUNT(SalesOrder.id))
            .join(Lead)
            .where(_in(SalesOrder.ordered_at, h_start, start))
            .group_by(order_model)
            .tuples()
        )
    )
    h_ha, h_bc_ha, h_bc_in = _history_changes(h_start, start)
    bc_start = levels_at(h_start)
    # This month's events, bucketed per Monday in Python (one query each instead of one per week).
    m_leads = (
        Lead.select(Lead.received_at, Lead.model, Lead.id).where(_in(Lead.received_at, start, end)).tuples()
    )
    m_orders = (
        SalesOrder.select(SalesOrder.ordered_at, order_model, SalesOrder.id)
        .join(Lead)
        .where(_in(SalesOrder.ordered_at, start, end))
        .tuples()
    )
    events = {
        "new_leads": list(m_leads),
        "orders": list(m_orders),
        "new_ha": list(_changes(start, end, HA, HA)),
        "bc_to_ha": list(_changes(start, end, (), HA, from_in=BC)),
    }
    # per kind and model: each lead's (or order's) first event time, so a checkpoint is one pass per model
    firsts: dict[str, dict[int | None, dict[int, dt.datetime]]] = {}
    for kind, rows_ in events.items():
        per_model: dict[int | None, dict[int, dt.datetime]] = defaultdict(dict)
        for at, model_id, key in rows_:
            seen = per_model[model_id]
            if key not in seen or at < seen[key]:
                seen[key] = at
        firsts[kind] = per_model
    checkpoints = [d for d in kpi.mondays(year, month) if d > start.date()] + [end.date()]
    targets = kpi.order_targets(settings, list(models.values()))
    rows = []
    for model_id, name in models.items():
        rates = TargetRates(
            lead_order=kpi.rate(h_orders[model_id], h_leads[model_id]),
            ha_close=kpi.rate(h_orders[model_id], h_ha[model_id]),
            bc_convert=kpi.rate(h_bc_ha[model_id], _sum_levels(bc_start, model_id, BC) + h_bc_in[model_id]),
        )
        ha0, bc0 = _sum_levels(stock, model_id, HA), _sum_levels(stock, model_id, BC)
        plan = kpi.target_plan(targets.get(name, 0), ha0, bc0, rates)
        progress = []
        for day in checkpoints:
            limit = dt.datetime.combine(day, dt.time())
            counts = {k: _distinct_before(firsts[k].get(model_id, {}), limit) for k in events}
            progress.append(WeekProgress(until=day, **counts))
        rows.append(TargetRow(name, ha0, bc0, rates, plan, progress))
    last = kpi.add_months(year, month, -1)
    return (f"{hy:04d}-{hm:02d}", f"{last[0]:04d}-{last[1]:02d}"), rows


# --- lists and breakdowns -------------------------------------------------------------------------


def hot_customers(limit: int) -> tuple[int, list[HotCustomer]]:
    """Open H/A leads now (the list a manager acts on), soonest follow-up first; total and the first `limit`."""
    where = (Lead.status == "open") & Lead.level.in_(HA)
    total = _count(Lead.select().where(where))
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


def _in_sqlite_order(counts: dict) -> Counter:
    """Keys in SQLite's GROUP BY order (NULL first, then code point order, as BINARY collation sorts UTF-8),
    so most_common() breaks ties exactly as a per-key GROUP BY query did."""
    return Counter({k: counts[k] for k in sorted(counts, key=lambda k: (k is not None, k or ""))})


def _defeat_breakdowns(start: dt.datetime, end: dt.datetime) -> tuple[Counter, Counter, Counter, Counter]:
    """Defeats of the month by reason, competitor, consultant and model: one grouped query, split here."""
    owner = fn.COALESCE(User.display_name, "（未分配）")
    model = fn.COALESCE(VehicleModel.name, NO_MODEL)
    keys = (Lead.defeat_reason, Lead.defeat_competitor, owner, model)
    rows = (
        _defeats_query(start, end)
        .select(*keys, fn.COUNT(SQL("*")))
        .join(User, JOIN.LEFT_OUTER, on=(Lead.owner == User.id))
        .switch(Lead)
        .join(VehicleModel, JOIN.LEFT_OUTER)
        .group_by(*keys)
        .tuples()
    )
    parts: tuple[dict, dict, dict, dict] = ({}, {}, {}, {})
    for *values, n in rows:
        for part, value in zip(parts, values):
            part[value] = part.get(value, 0) + int(n)
    reasons, competitors, by_owner, by_model = parts
    competitors = {k: n for k, n in competitors.items() if k is not None and k != ""}
    return (
        _in_sqlite_order(reasons),
        _in_sqlite_order(competitors),
        _in_sqlite_order(by_owner),
        _in_sqlite_order(by_model),
    )


def _categories_and_tiers() -> tuple[dict[str, int], dict[str, int]]:
    """Unarchived customers per category and per tier. Each total comes from its own covering index and the
    archived ones are taken off: a GROUP BY over the customer rows reads the whole (wide) table."""
    archived = (Customer.archived > 0) | (Customer.archived < 0)  # NOT NULL column; two ranges of its index
    out = []
    for key in (Customer.category, Customer.tier):
        counts = Counter(dict(Customer.select(key, fn.COUNT(SQL("*"))).group_by(key).tuples()))
        gone = Customer.select(key, fn.COUNT(SQL("*"))).where(archived).group_by(_plain(key))  # archived index
        counts.subtract(dict(gone.tuples()))
        out.append({k: int(n) for k, n in sorted(counts.items(), key=lambda kv: kv[0]) if n > 0})
    return out[0], out[1]


def _complaints(start: dt.datetime, end: dt.datetime) -> ComplaintFigures:
    received = _count(Complaint.select().where(_in(Complaint.received_at, start, end)))
    resolved = list(
        Complaint.select(Complaint.received_at, Complaint.resolved_at)
        .where(_in(Complaint.resolved_at, start, end))
        .tuples()
    )
    hours = [(done - got).total_seconds() / 3600 for got, done in resolved]
    overdue = _count(
        Complaint.select().where(
            Complaint.received_at < end,
            Complaint.resolve_due < end,
            Complaint.resolved_at.is_null() | (Complaint.resolved_at >= end),
        )
    )
    mean = kpi.mean(hours)
    return ComplaintFigures(received, len(resolved), None if mean is None else round(mean, 1), overdue)


def _satisfaction(start: dt.datetime, end: dt.datetime) -> SatisfactionFigures:
    q = Survey.select().where(_in(Survey.taken_at, start, end))
    return SatisfactionFigures(
        _count(q),
        dict(_grouped(q, Survey.overall)),
        dict(_grouped(q.where(Survey.repurchase != ""), Survey.repurchase)),
        dict(_grouped(q.where(Survey.recommend != ""), Survey.recommend)),
    )


def _month_label(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def monthly_summary(
    actor: Actor, month: str, *, now: dt.datetime | None = None, progress=None
) -> MonthlySummary:
    """Every figure of the monthly summary for "YYYY-MM" (managers: permission report.read)."""
    require(actor, "report.read")
    year, mon = kpi.parse_month(month)
    settings = get_settings()
    step = progress or (lambda done, total, stage="": None)
    start, end = kpi.month_bounds(year, mon)
    step(0, 8, "漏斗")
    n_trend = max(int(settings.get("kpi.trend_months", 12) or 12), 1)
    trend_months = [kpi.add_months(year, mon, -back) for back in range(n_trend - 1, -1, -1)]
    months = list(dict.fromkeys([(year, mon), kpi.add_months(year, mon, -1), (year - 1, mon), *trend_months]))
    computed = dict(zip(months, funnels([kpi.month_bounds(y, m) for y, m in months], {0, 1, 2})))
    current = computed[(year, mon)]
    previous = computed[kpi.add_months(year, mon, -1)]
    last_year = computed[(year - 1, mon)]
    step(1, 8, "趋势")
    trend = []
    for y, m in trend_months:
        f = computed[(y, m)]
        if (y, m) != (year, mon):  # the chart's months carry the counts only, as before
            f = Funnel(new_leads=f.new_leads, orders=f.orders, deliveries=f.deliveries, defeats=f.defeats)
        trend.append((_month_label(y, m), f))
    step(2, 8, "顾问")
    staff = consultants(start, end)
    step(3, 8, "盘点")
    models = dict(
        VehicleModel.select(VehicleModel.id, VehicleModel.name)
        .where(VehicleModel.active)
        .order_by(VehicleModel.name)
        .tuples()
    )
    all_models = dict(VehicleModel.select(VehicleModel.id, VehicleModel.name).tuples())
    stock = levels_at(start)
    inventory = []
    for model_id in sorted({m for m, _lv in stock}, key=lambda m: (m is None, all_models.get(m, ""))):
        row = InventoryRow(
            all_models.get(model_id, NO_MODEL),
            _sum_levels(stock, model_id, HA),
            _sum_levels(stock, model_id, BC),
            _sum_levels(stock, model_id, ("D",)),
        )
        if row.ha or row.bc or row.d:
            inventory.append(row)
    step(4, 8, "目标")
    history, targets = _targets(year, mon, models, stock, settings)
    step(5, 8, "热点客户")
    hot_total, hot = hot_customers(max(int(settings.get("kpi.hot_list_limit", 300) or 0), 0))
    step(6, 8, "战败、投诉、满意度")
    reasons, competitors, by_owner, by_model = _defeat_breakdowns(start, end)
    complaints = _complaints(start, end)
    satisfaction = _satisfaction(start, end)
    categories, tiers = _categories_and_tiers()
    step(7, 8, "完成")
    return MonthlySummary(
        month=_month_label(year, mon),
        generated_at=(now or dt.datetime.now()).replace(microsecond=0),
        store_name=str(settings.get("store.name") or ""),
        store_logo=str(settings.get("store.logo") or ""),
        funnel=current,
        previous=previous,
        last_year=last_year,
        trend=trend,
        consultants=staff,
        inventory_at=start,
        inventory=inventory,
        history=history,
        targets=targets,
        hot_total=hot_total,
        hot=hot,
        defeats_by_reason=dict(reasons.most_common()),
        defeats_by_competitor=dict(competitors.most_common(10)),
        defeats_by_consultant=dict(by_owner.most_common()),
        defeats_by_model=dict(by_model.most_common()),
        complaints=complaints,
        satisfaction=satisfaction,
        categories=categories,
        tiers=tiers,
    )


# --- customer profile -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileData:
    """A customer's file for printing: each section a list of already-formatted plain rows."""

    customer_id: int
    name: str
    generated_at: dt.datetime
    store_name: str
    store_logo: str
    phones_masked: bool
    basics: list[tuple[str, str]]
    category: str
    tier: str
    value_score: int
    score_parts: list[tuple[str, int, int, str]]  # label, points, max, detail (from Customer.score_detail)
    score_reasons: list[str]  # why the category
    vehicles: list[
        tuple
    ]  # plate, vin, model, colour, registered, mileage, compulsory until, commercial until
    purchases: list[tuple]  # date, model, price, payment, channel
    services: list[tuple]  # date, plate, kind, mileage, content, cost, advisor
    leads: list[tuple]  # received, model, level, status, owner, closed, defeat reason
    level_history: list[tuple]  # at, lead id, from, to, by, reason
    interactions: list[tuple]  # at, channel, by, content, result
    complaints: list[tuple]  # received, category, status, content, resolution, resolved
    surveys: list[tuple]  # taken, overall, repurchase, recommend, comments


def _score_detail(text: str) -> tuple[list[tuple[str, int, int, str]], list[str]]:
    """Customer.score_detail as the classification job stores it: {"parts": [...], "reasons": [...]}."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return [], []
    if not isinstance(data, dict):
        return [], []
    parts = [
        (
            str(p.get("label", "")),
            int(p.get("points", 0) or 0),
            int(p.get("max", 0) or 0),
            str(p.get("detail", "")),
        )
        for p in data.get("parts", [])
        if isinstance(p, dict)
    ]
    return parts, [str(r) for r in data.get("reasons", data.get("category_reasons", []))]


def _user_names() -> dict[int, str]:
    return {
        uid: name or login
        for uid, login, name in User.select(User.id, User.login, User.display_name).tuples()
    }


def profile_data(
    actor: Actor,
    customer_id: int,
    *,
    interactions: int = 30,
    now: dt.datetime | None = None,
) -> ProfileData:
    """One customer's profile; phones masked unless the role may see them. Printing is an export: audited."""
    from dealerdesk.services import audit
    from dealerdesk.services.customers import GENDERS, SOURCES, get_customer
    from dealerdesk.store.db import db
    from dealerdesk.store.models import Purchase, ServiceRecord, Vehicle

    c = get_customer(actor, customer_id)
    see = actor.can("phone.see")
    settings = get_settings()
    users = _user_names()
    models = dict(VehicleModel.select(VehicleModel.id, VehicleModel.name).tuples())
    phones = c.phones  # get_customer already masks them for roles without phone.see
    birthday = c.birthday.isoformat() if c.birthday else ""
    if c.birthday_kind == "lunar" and c.lunar_birthday_month:
        leap = "闰" if c.lunar_birthday_month < 0 else ""
        birthday = f"农历{leap}{abs(c.lunar_birthday_month)}月{c.lunar_birthday_day}日"
    basics = [
        ("姓名", c.name),
        ("类型", "大客户（公司）" if c.kind == "company" else "个人"),
        ("性别", GENDERS.get(c.gender, c.gender)),
        ("生日", birthday),
        ("电话", "、".join(phones)),
        ("微信", c.wechat),
        ("邮箱", c.email),
        ("城市", c.city),
        ("地址", c.address),
        ("职业", c.occupation),
        ("来源", SOURCES.get(c.source, c.source)),
        ("顾问", c.owner_name),
        ("需求", c.needs),
        ("标签", c.tags),
        ("同意联系", "是" if c.consent else "否"),
        ("建档时间", f"{c.created_at:%Y-%m-%d}"),
    ]
    vehicles = list(
        Vehicle.select(
            Vehicle.plate,
            Vehicle.vin,
            fn.COALESCE(VehicleModel.name, Vehicle.model_name),
            Vehicle.colour,
            Vehicle.registration_date,
            Vehicle.mileage_km,
            Vehicle.insurance_compulsory_until,
            Vehicle.insurance_commercial_until,
        )
        .join(VehicleModel, JOIN.LEFT_OUTER)
        .where(Vehicle.owner == customer_id)
        .order_by(Vehicle.id)
        .tuples()
    )
    purchases = list(
        Purchase.select(
            Purchase.purchased_on,
            Purchase.model_name,
            Purchase.price,
            Purchase.payment_method,
            Purchase.channel,
        )
        .where(Purchase.customer == customer_id)
        .order_by(Purchase.purchased_on.desc())
        .tuples()
    )
    services = [
        (d, plate, kind, km, content, (parts or 0) + (labour or 0), users.get(adv, ""))
        for d, plate, kind, km, content, parts, labour, adv in ServiceRecord.select(
            ServiceRecord.service_date,
            Vehicle.plate,
            ServiceRecord.kind,
            ServiceRecord.mileage_km,
            ServiceRecord.content,
            ServiceRecord.parts_cost,
            ServiceRecord.labour_cost,
            ServiceRecord.advisor,
        )
        .join(Vehicle)
        .where(ServiceRecord.customer == customer_id)
        .order_by(ServiceRecord.service_date.desc())
        .limit(100)
        .tuples()
    ]
    leads = [
        (rec, models.get(m, NO_MODEL), lv, st, users.get(o, ""), closed, reason)
        for rec, m, lv, st, o, closed, reason in Lead.select(
            Lead.received_at,
            Lead.model,
            Lead.level,
            Lead.status,
            Lead.owner,
            Lead.closed_at,
            Lead.defeat_reason,
        )
        .where(Lead.customer == customer_id)
        .order_by(Lead.received_at.desc())
        .tuples()
    ]
    history = [
        (at, lead, frm, to, users.get(by, ""), why)
        for at, lead, frm, to, by, why in LevelChange.select(
            LevelChange.changed_at,
            LevelChange.lead,
            LevelChange.from_level,
            LevelChange.to_level,
            LevelChange.changed_by,
            LevelChange.reason,
        )
        .join(Lead)
        .where(Lead.customer == customer_id)
        .order_by(LevelChange.changed_at, LevelChange.id)
        .tuples()
    ]
    contacts = [
        (at, ch, users.get(u, ""), content, result)
        for at, ch, u, content, result in Interaction.select(
            Interaction.at, Interaction.channel, Interaction.user, Interaction.content, Interaction.result
        )
        .where(Interaction.customer == customer_id)
        .order_by(Interaction.at.desc())
        .limit(interactions)
        .tuples()
    ]
    complaints = list(
        Complaint.select(
            Complaint.received_at,
            Complaint.category,
            Complaint.status,
            Complaint.content,
            Complaint.resolution,
            Complaint.resolved_at,
        )
        .where(Complaint.customer == customer_id)
        .order_by(Complaint.received_at.desc())
        .tuples()
    )
    surveys = list(
        Survey.select(Survey.taken_at, Survey.overall, Survey.repurchase, Survey.recommend, Survey.comments)
        .where(Survey.customer == customer_id)
        .order_by(Survey.taken_at.desc())
        .tuples()
    )
    with db.atomic():
        audit.record(actor, "customer.print", "customer", customer_id, phones_masked=not see)
    return ProfileData(
        c.id,
        c.name,
        (now or dt.datetime.now()).replace(microsecond=0),
        str(settings.get("store.name") or ""),
        str(settings.get("store.logo") or ""),
        not see,
        basics,
        c.category,
        c.tier,
        c.value_score,
        *_score_detail(c.score_detail),
        vehicles,
        purchases,
        services,
        leads,
        history,
        contacts,
        complaints,
        surveys,
    )
