"""The store's order plans: the yearly plan per model and month (年度订单计划), and the X+Y rolling plan
(X months firm, Y forecast), rolled each month as a new version; every version is kept with who and when.

A new version starts, for each model and month of its window, from the previous version's figure (a month
still in the window), else the year plan's figure, else the orders the model actually got last month (the
history); the manager's own figures override those. The store's order target of a month is then read from
the newest version, the year plan, or the setting "target.<车型>", in that order
(services/reporting/consultant_targets.store_order_targets, docs/kpi.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from peewee import fn

from dealerdesk.domain import kpi
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reporting.common import in_range, month_label
from dealerdesk.services.settings import get_settings
from dealerdesk.store.db import db
from dealerdesk.store.models import Lead, RollingPlan, RollingPlanLine, SalesOrder, User, VehicleModel, YearPlan

MAX_ORDERS = 9999


@dataclass(frozen=True)
class PlanCell:
    month: str  # "YYYY-MM"
    model: str
    orders: int
    firm: bool = False


@dataclass(frozen=True)
class PlanVersion:
    id: int
    base_month: str
    firm_months: int
    forecast_months: int
    created_at: dt.datetime
    created_by: str
    note: str
    cells: list[PlanCell]

    def months(self) -> list[str]:
        return sorted({c.month for c in self.cells})


def sold_models() -> dict[int, str]:
    """The catalogue models a plan is made for: active own-brand models, by name (as the monthly summary)."""
    return dict(VehicleModel.select(VehicleModel.id, VehicleModel.name)
                .where(VehicleModel.active == True, VehicleModel.own_brand == True)
                .order_by(VehicleModel.name).tuples())


def _model_ids(names) -> dict[str, int]:
    found = dict(VehicleModel.select(VehicleModel.name, VehicleModel.id).where(VehicleModel.name.in_(list(names)))
                 .tuples()) if names else {}
    for name in names:
        if name not in found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "车型目录里没有 {model}"), model=name)
    return found


def _orders(value: object, month: str, model: str) -> int:
    try:
        n = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        n = -1
    if not 0 <= n <= MAX_ORDERS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{month} {model} 的订单数应为 0–{most} 的整数：{value}"),
                           field="orders", month=month, model=model, most=MAX_ORDERS, value=value)
    return n


def _month(text: str) -> str:
    return month_label(*kpi.parse_month(text))


def year_plan(actor: Actor, year: int) -> list[PlanCell]:
    """The year's plan, month by month, each model (months without a figure are left out)."""
    require(actor, "target.read")
    rows = (YearPlan.select(YearPlan.month, VehicleModel.name, YearPlan.orders).join(VehicleModel)
            .where(YearPlan.month.startswith(f"{year:04d}-")).order_by(YearPlan.month, VehicleModel.name).tuples())
    return [PlanCell(m, name, int(n)) for m, name, n in rows]


def set_year_plan(actor: Actor, year: int, cells: Mapping[tuple[str, str], object], *,
                  now: dt.datetime | None = None) -> list[PlanCell]:
    """Save the year plan's figures {(month "YYYY-MM", model name): orders} in one transaction."""
    require(actor, "target.write")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        ids = _model_ids({model for _m, model in cells})
        for (month, model), value in cells.items():
            key = _month(month)
            if not key.startswith(f"{year:04d}-"):
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{month} 不在 {year} 年"), field="month",
                                   month=month, year=year)
            n = _orders(value, key, model)
            (YearPlan.insert(month=key, model=ids[model], orders=n, updated_at=now, updated_by=actor.id)
             .on_conflict(conflict_target=[YearPlan.month, YearPlan.model],
                          update={YearPlan.orders: n, YearPlan.updated_at: now, YearPlan.updated_by: actor.id})
             .execute())
        audit.record(actor, "target.year_plan", "year_plan", None, at=now, year=year, cells=len(cells),
                     total=sum(int(v) for v in cells.values()))
        changes.mark(changes.SETTINGS)
    return year_plan(actor, year)


def last_month_orders(year: int, month: int) -> dict[int, int]:
    """model id → orders of the month before (year, month): the history a new rolling version starts from."""
    start, end = kpi.month_bounds(*kpi.add_months(year, month, -1))
    order_model = fn.COALESCE(SalesOrder.model, Lead.model)
    return {m: int(n) for m, n in SalesOrder.select(order_model, fn.COUNT(SalesOrder.id)).join(Lead)
            .where(in_range(SalesOrder.ordered_at, start, end)).group_by(order_model).tuples()
            if m is not None}


def roll_plan(actor: Actor, base_month: str, overrides: Mapping[tuple[str, str], object] | None = None, *,
              note: str = "", now: dt.datetime | None = None) -> PlanVersion:
    """A new version of the X+Y rolling plan from `base_month` (X and Y: settings plan.firm_months and
    plan.forecast_months). Earlier versions stay as they were."""
    require(actor, "target.write")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    year, mon = kpi.parse_month(base_month)
    settings = get_settings()
    firm = int(settings.get("plan.firm_months", 1) or 1)
    forecast = int(settings.get("plan.forecast_months", 2) or 0)
    window = [month_label(*kpi.add_months(year, mon, i)) for i in range(firm + forecast)]
    with db.atomic():
        models = sold_models()
        by_name = {name: mid for mid, name in models.items()}
        extra = _model_ids({m for _month, m in (overrides or {}) if m not in by_name})
        by_name.update(extra)
        previous = RollingPlan.select().order_by(RollingPlan.id.desc()).first()
        before = {} if previous is None else {
            (line.month, line.model_id): line.orders for line in RollingPlanLine.select()
            .where(RollingPlanLine.plan == previous.id)}
        planned = {(m, mid): n for m, mid, n in YearPlan.select(YearPlan.month, YearPlan.model, YearPlan.orders)
                   .where(YearPlan.month.in_(window)).tuples()}
        history = last_month_orders(year, mon)
        figures: dict[tuple[str, int], int] = {}
        for month in window:
            for mid in by_name.values():
                figures[(month, mid)] = before.get((month, mid), planned.get((month, mid), history.get(mid, 0)))
        for (month, model), value in (overrides or {}).items():
            key = _month(month)
            if key not in window:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{month} 不在本版滚动计划的月份内（{first} 至 {last}）"),
                                   field="month", month=month, first=window[0], last=window[-1])
            figures[(key, by_name[model])] = _orders(value, key, model)
        plan = RollingPlan.create(base_month=window[0], firm_months=firm, forecast_months=forecast,
                                  created_at=now, created_by=actor.id, note=(note or "")[:200])
        RollingPlanLine.insert_many([
            {"plan": plan.id, "month": month, "model": mid, "orders": n, "firm": window.index(month) < firm}
            for (month, mid), n in sorted(figures.items())]).execute()
        audit.record(actor, "target.roll", "rolling_plan", plan.id, at=now, base_month=window[0],
                     firm=firm, forecast=forecast, total=sum(figures.values()))
        changes.mark(changes.SETTINGS)
    return plan_version(actor, plan.id)


def plan_version(actor: Actor, plan_id: int) -> PlanVersion:
    require(actor, "target.read")
    plan = RollingPlan.get_or_none(RollingPlan.id == plan_id)
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "没有这一版滚动计划：{id}"), id=plan_id)
    who = User.select(User.display_name).where(User.id == plan.created_by_id).scalar() or ""
    cells = [PlanCell(m, name, int(n), bool(f)) for m, name, n, f in
             RollingPlanLine.select(RollingPlanLine.month, VehicleModel.name, RollingPlanLine.orders,
                                    RollingPlanLine.firm).join(VehicleModel)
             .where(RollingPlanLine.plan == plan.id).order_by(RollingPlanLine.month, VehicleModel.name).tuples()]
    return PlanVersion(plan.id, plan.base_month, plan.firm_months, plan.forecast_months, plan.created_at, who,
                       plan.note, cells)


def plan_versions(actor: Actor) -> list[PlanVersion]:
    """Every rolling-plan version, newest first (the history of the plan)."""
    require(actor, "target.read")
    return [plan_version(actor, pid) for (pid,) in
            RollingPlan.select(RollingPlan.id).order_by(RollingPlan.id.desc()).tuples()]
