"""Monthly inventory (盘点): leads per model and level at a moment, rebuilt from the level history, and the
targets worked out from the history window's rates with each weekly review's progress (每周一, or the next
working day when the Monday is a holiday)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from peewee import SQL, fn

from dealerdesk.domain import kpi
from dealerdesk.domain.kpi import TargetPlan, TargetRates
from dealerdesk.domain.store_calendar import StoreCalendar
from dealerdesk.services.reporting.common import BC, HA, NO_MODEL, in_range, unindexed
from dealerdesk.services.reporting.consultant_targets import store_order_targets
from dealerdesk.store import dialect
from dealerdesk.store.db import db
from dealerdesk.store.models import Delivery, Lead, LevelChange, SalesOrder, VehicleModel


@dataclass(frozen=True)
class InventoryRow:
    model: str
    ha: int
    bc: int
    d: int


@dataclass(frozen=True)
class WeekProgress:
    """Cumulative figures of the month up to (not including) `until`: a review day, or the month end."""

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
        .where(unindexed(Lead.received_at) < moment, Lead.closed_at.is_null() | (Lead.closed_at >= moment))
        .group_by(unindexed(Lead.model), SQL("lv"))
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


def inventory_rows(stock: dict[tuple[int | None, str], int]) -> list[InventoryRow]:
    """The 盘点 table from levels_at(): per model (by name, no model last) its H/A, B/C and D leads."""
    names = dict(VehicleModel.select(VehicleModel.id, VehicleModel.name).tuples())
    rows = []
    for model_id in sorted({m for m, _lv in stock}, key=lambda m: (m is None, names.get(m, ""))):
        row = InventoryRow(
            names.get(model_id, NO_MODEL),
            _sum_levels(stock, model_id, HA),
            _sum_levels(stock, model_id, BC),
            _sum_levels(stock, model_id, ("D",)),
        )
        if row.ha or row.bc or row.d:
            rows.append(row)
    return rows


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
        .where(in_range(LevelChange.changed_at, start, end), LevelChange.to_level.in_(to))
    )
    q = (
        q.where(LevelChange.from_level.in_(from_in))
        if from_in
        else q.where(LevelChange.from_level.not_in(from_not))
    )
    return q.tuples()


def _history_changes(start: dt.datetime, end: dt.datetime) -> tuple[Counter, Counter, Counter]:
    """Per model, distinct leads that entered H/A, went B/C → H/A, and entered B/C in [start, end).

    One scan of the window's level changes (the biggest read of the summary: months of history), first
    reduced to one row per lead with three 0/1 flags, so each lead's model is looked up once, not once per
    change; summing the flags per model counts each lead once, as COUNT(DISTINCT lead) would."""
    lc = LevelChange
    into_ha = lc.to_level.in_(HA) & lc.from_level.not_in(HA)
    bc_to_ha = lc.to_level.in_(HA) & lc.from_level.in_(BC)
    into_bc = lc.to_level.in_(BC) & lc.from_level.not_in(BC)
    per_lead = (
        lc.select(
            lc.lead.alias("lead_id"),
            fn.MAX(dialect.as_int(into_ha, db.obj)).alias("into_ha"),
            fn.MAX(dialect.as_int(bc_to_ha, db.obj)).alias("bc_to_ha"),
            fn.MAX(dialect.as_int(into_bc, db.obj)).alias("into_bc"),
        )
        .where(in_range(lc.changed_at, start, end), lc.to_level.in_(HA + BC))
        .group_by(lc.lead)
        .alias("per_lead")
    )
    c = per_lead.c
    rows = (
        Lead.select(Lead.model, fn.SUM(c.into_ha), fn.SUM(c.bc_to_ha), fn.SUM(c.into_bc))
        .join(per_lead, on=(c.lead_id == Lead.id))
        .group_by(Lead.model)
        .tuples()
    )
    out: tuple[Counter, Counter, Counter] = (Counter(), Counter(), Counter())
    for model_id, *counts in rows:
        for counter, n in zip(out, counts, strict=False):
            counter[model_id] = int(n)
    return out


def _distinct_before(first_at: dict[int, dt.datetime], limit: dt.datetime) -> int:
    return sum(1 for at in first_at.values() if at < limit)


def targets(year: int, month: int, models: dict[int, str], stock, settings) -> tuple[tuple[str, str], list]:
    start, end = kpi.month_bounds(year, month)
    n = kpi.history_months(settings)
    hy, hm = kpi.add_months(year, month, -n)
    h_start = kpi.month_bounds(hy, hm)[0]
    order_model = fn.COALESCE(SalesOrder.model, Lead.model)
    h_leads = Counter(
        dict(
            Lead.select(Lead.model, fn.COUNT(Lead.id))
            .where(in_range(Lead.received_at, h_start, start))
            .group_by(Lead.model)
            .tuples()
        )
    )
    h_orders = Counter(
        dict(
            SalesOrder.select(order_model, fn.COUNT(SalesOrder.id))
            .join(Lead)
            .where(in_range(SalesOrder.ordered_at, h_start, start))
            .group_by(order_model)
            .tuples()
        )
    )
    h_ha, h_bc_ha, h_bc_in = _history_changes(h_start, start)
    bc_start = levels_at(h_start)
    # This month's events, bucketed per Monday in Python (one query each instead of one per week).
    m_leads = (
        Lead.select(Lead.received_at, Lead.model, Lead.id)
        .where(in_range(Lead.received_at, start, end))
        .tuples()
    )
    m_orders = (
        SalesOrder.select(SalesOrder.ordered_at, order_model, SalesOrder.id)
        .join(Lead)
        .where(in_range(SalesOrder.ordered_at, start, end))
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
    # the weekly reviews (每周一; a closed Monday moves to the next working day, store_calendar) and the month end
    reviews = StoreCalendar.from_settings(settings).review_days(year, month)
    checkpoints = [d for d in reviews if d > start.date()] + [end.date()]
    targets = store_order_targets(year, month, models, settings)  # plans first, then "target.<车型>"
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
