"""Demo plans and targets (issue 25): this year's order plan per model and month, three versions of the X+Y
rolling plan (rolled on the first of each of the last three months by the first manager), and last month's
and this month's targets per consultant that add up to the store's target of each model.

Why derived from the "target.<车型>" settings the demo already writes (demo/build._write_order_targets): the
plan then matches the store's real pace of orders, so the weekly progress and scorecards look plausible.
"""

from __future__ import annotations

import json
import math
import random
from datetime import date, datetime, time

from dealerdesk.domain import kpi
from dealerdesk.services.reporting.common import month_label
from dealerdesk.services.reporting.consultant_targets import store_order_targets
from dealerdesk.services.settings import get_settings
from dealerdesk.services.targets.plans import sold_models
from dealerdesk.store.db import db
from dealerdesk.store.models import MonthTarget, RollingPlan, RollingPlanLine, Setting, User, YearPlan

#: the season of car sales: slow around the Spring Festival, 金九银十 and the year-end rush
SEASON = {1: 0.8, 2: 0.7, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.0, 7: 0.9, 8: 0.95, 9: 1.15, 10: 1.2, 11: 1.05, 12: 1.2}
FIRM, FORECAST = 1, 2


def _standing() -> dict[int, int]:
    """model id → its "target.<车型>" setting (0 when none)."""
    names = {name: mid for mid, name in sold_models().items()}
    out = {mid: 0 for mid in names.values()}
    for key, value in Setting.select(Setting.key, Setting.value).where(Setting.key.startswith("target.")).tuples():
        mid = names.get(key[len("target."):])
        if mid is not None:
            out[mid] = int(json.loads(value) or 0)
    return out


def _split(total: int, weights: list[int]) -> list[int]:
    """`total` over the weights, largest remainder first, so the parts add up exactly."""
    if not weights:
        return []
    weights = [w + 1 for w in weights]  # everybody gets a share
    raw = [total * w / sum(weights) for w in weights]
    parts = [math.floor(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))[: total - sum(parts)]:
        parts[i] += 1
    return parts


def write_targets(seed: int, today: date) -> None:
    rng = random.Random(f"targets:{seed}:{today.isoformat()}")
    standing = _standing()
    manager = User.select(User.id).where(User.role == "manager").order_by(User.id).scalar()
    team = list(User.select(User.id).where(User.role == "sales", User.active == True)
                .order_by(User.login).tuples())
    with db.atomic():
        at = datetime.combine(date(today.year, 1, 2), time(9))
        year = [{"month": month_label(today.year, m), "model": mid, "orders": round(n * SEASON[m]),
                 "updated_at": at, "updated_by": manager} for mid, n in standing.items() if n for m in range(1, 13)]
        if year:
            YearPlan.insert_many(year).execute()
        planned = {(m, mid): n for m, mid, n in YearPlan.select(YearPlan.month, YearPlan.model, YearPlan.orders).tuples()}
        for back in (2, 1, 0):
            y, m = kpi.add_months(today.year, today.month, -back)
            window = [month_label(*kpi.add_months(y, m, i)) for i in range(FIRM + FORECAST)]
            plan = RollingPlan.create(base_month=window[0], firm_months=FIRM, forecast_months=FORECAST,
                                      created_at=datetime(y, m, 1, 9), created_by=manager,
                                      note="月初滚动：按上月实绩修正")
            RollingPlanLine.insert_many([
                {"plan": plan.id, "month": month, "model": mid, "firm": i < FIRM,
                 "orders": max(planned.get((month, mid), standing[mid]) + rng.choice((-1, 0, 0, 1)), 0)}
                for i, month in enumerate(window) for mid in standing]).execute()
        models = sold_models()
        settings = get_settings()
        rows = []
        for back in (1, 0):
            y, m = kpi.add_months(today.year, today.month, -back)
            store = store_order_targets(y, m, models, settings)
            for mid, name in models.items():
                shares = _split(store.get(name, 0), [rng.randint(0, 3) for _ in team])
                for (uid,), orders in zip(team, shares, strict=True):
                    if orders:
                        rows.append({"month": month_label(y, m), "user": uid, "model": mid, "orders": orders,
                                     "leads": orders * 5, "visits": orders * 3, "test_drives": orders * 2,
                                     "ha_held": orders * 2, "updated_at": datetime(y, m, 1, 10),
                                     "updated_by": manager})
        for first in range(0, len(rows), 200):
            MonthTarget.insert_many(rows[first:first + 200]).execute()
