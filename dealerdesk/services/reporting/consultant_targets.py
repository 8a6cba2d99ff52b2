"""Targets against results, per consultant and model: the store's order target of a model in a month (the one
place it is resolved), what each consultant achieved in a span, and the monthly summary's target table.

Why here, in reporting: the monthly summary (its 目标推算 and the per-consultant table), the weekly progress
and the scorecards (services/targets) must count the same things the same way; the funnel's definitions
(services/reporting/funnel.py) decide what a visit or a test drive is.

The store's order target of a model for a month, first found of: the newest rolling-plan version (X+Y) that
has a line for that month and model; the year plan's figure; the standing setting "target.<车型>".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from peewee import fn

from dealerdesk.domain import kpi
from dealerdesk.services.reporting.common import HA, in_range, month_label, raw_rows
from dealerdesk.services.reporting.funnel import contacted_leads
from dealerdesk.services.reporting.people import consultants
from dealerdesk.store.models import (
    Lead,
    MonthTarget,
    RollingPlan,
    RollingPlanLine,
    SalesOrder,
    User,
    YearPlan,
)

MEASURES = ("orders", "leads", "visits", "test_drives", "ha_held")


def store_order_targets(year: int, month: int, models: Mapping[int, str],
                        settings: Mapping[str, object]) -> dict[str, int]:
    """model name → the store's order target of that month (rolling plan, else year plan, else setting)."""
    key = month_label(year, month)
    rolled: dict[int, int] = {}
    for model_id, orders in (RollingPlanLine.select(RollingPlanLine.model, RollingPlanLine.orders)
                             .join(RollingPlan)
                             .where(RollingPlanLine.month == key)
                             .order_by(RollingPlan.id).tuples()):
        rolled[model_id] = int(orders)  # the newest version last wins
    planned = dict(YearPlan.select(YearPlan.model, YearPlan.orders).where(YearPlan.month == key).tuples())
    standing = kpi.order_targets(settings, list(models.values()))
    out = {}
    for model_id, name in models.items():
        if model_id in rolled:
            out[name] = rolled[model_id]
        elif model_id in planned:
            out[name] = int(planned[model_id])
        else:
            out[name] = standing.get(name, 0)
    return out


@dataclass
class Achieved:
    """What leads owned by one consultant (of one model) did in a span."""

    leads: int = 0  # 集客: leads received
    visits: int = 0  # leads with a showroom visit or test drive
    test_drives: int = 0
    orders: int = 0
    defeats: int = 0
    ha_held: int = 0  # open H/A leads now (not a span figure)


def achieved(start: dt.datetime, end: dt.datetime) -> dict[tuple[int | None, int | None], Achieved]:
    """(owner id, model id) → Achieved in [start, end); same definitions as the monthly funnel."""
    out: dict[tuple[int | None, int | None], Achieved] = defaultdict(Achieved)
    for owner, model, n in (Lead.select(Lead.owner, Lead.model, fn.COUNT(Lead.id))
                            .where(in_range(Lead.received_at, start, end))
                            .group_by(Lead.owner, Lead.model).tuples()):
        out[(owner, model)].leads = int(n)
    visited, driven = contacted_leads(start, end)
    ids = sorted(visited)
    for first in range(0, len(ids), 500):
        for lead_id, owner, model in raw_rows(Lead.select(Lead.id, Lead.owner, Lead.model)
                                              .where(Lead.id.in_(ids[first:first + 500]))):
            out[(owner, model)].visits += 1
            out[(owner, model)].test_drives += lead_id in driven
    order_model = fn.COALESCE(SalesOrder.model, Lead.model)
    for owner, model, n in (SalesOrder.select(Lead.owner, order_model, fn.COUNT(SalesOrder.id)).join(Lead)
                            .where(in_range(SalesOrder.ordered_at, start, end))
                            .group_by(Lead.owner, order_model).tuples()):
        out[(owner, model)].orders = int(n)
    for owner, model, n in (Lead.select(Lead.owner, Lead.model, fn.COUNT(Lead.id))
                            .where(Lead.status == "defeated", in_range(Lead.closed_at, start, end))
                            .group_by(Lead.owner, Lead.model).tuples()):
        out[(owner, model)].defeats = int(n)
    for owner, model, n in (Lead.select(Lead.owner, Lead.model, fn.COUNT(Lead.id))
                            .where(Lead.status == "open", Lead.level.in_(HA))
                            .group_by(Lead.owner, Lead.model).tuples()):
        out[(owner, model)].ha_held = int(n)
    return out


def targets_of(month: str) -> dict[tuple[int, int], dict[str, int]]:
    """(user id, model id) → the month's targets per measure."""
    rows = MonthTarget.select(MonthTarget.user, MonthTarget.model,
                              *(getattr(MonthTarget, m) for m in MEASURES)).where(MonthTarget.month == month)
    return {(u, m): dict(zip(MEASURES, (int(v) for v in values), strict=True))
            for u, m, *values in rows.tuples()}


@dataclass(frozen=True)
class ConsultantTarget:
    """One consultant's month: targets entered for them (all models) against what they did."""

    login: str
    name: str
    target_orders: int
    orders: int
    target_leads: int
    leads: int
    compliance: float | None
    target_visits: int = 0
    visits: int = 0
    target_test_drives: int = 0
    test_drives: int = 0

    def to_json(self) -> dict:
        return {"login": self.login, "name": self.name, "target_orders": self.target_orders,
                "orders": self.orders, "target_leads": self.target_leads, "leads": self.leads,
                "compliance": self.compliance, "target_visits": self.target_visits, "visits": self.visits,
                "target_test_drives": self.target_test_drives, "test_drives": self.test_drives}


def consultant_targets(year: int, month: int) -> list[ConsultantTarget]:
    """Each sales consultant (and anyone with a target that month), by login: the kpi JSON's "consultants"
    figures and the monthly PDF's 顾问目标完成 table."""
    start, end = kpi.month_bounds(year, month)
    targets = targets_of(month_label(year, month))
    done = achieved(start, end)
    per_user_target: dict[int, Counter] = defaultdict(Counter)
    for (uid, _model), values in targets.items():
        per_user_target[uid].update(values)
    per_user_done: dict[int | None, Counter] = defaultdict(Counter)
    for (uid, _model), a in done.items():
        per_user_done[uid].update({"orders": a.orders, "leads": a.leads, "visits": a.visits,
                                   "test_drives": a.test_drives})
    compliance = {c.login: c.compliance for c in consultants(start, end)}
    users = (User.select(User.id, User.login, User.display_name)
             .where((User.role == "sales") | User.id.in_(list(per_user_target) or [0]))
             .order_by(User.login).tuples())
    rows = []
    for uid, login, name in users:
        t, d = per_user_target.get(uid, Counter()), per_user_done.get(uid, Counter())
        if not t and not d and not _active(uid):
            continue
        rows.append(ConsultantTarget(login, name or login, t["orders"], d["orders"], t["leads"], d["leads"],
                                     compliance.get(login), t["visits"], d["visits"], t["test_drives"],
                                     d["test_drives"]))
    return rows


def _active(user_id: int) -> bool:
    return bool(User.select(User.active).where(User.id == user_id).scalar())
