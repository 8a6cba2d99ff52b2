"""The weekly progress check (每周一): per consultant and per model, the month's target, what was achieved from
the first of the month up to the check, the gap, and what the conversion rates say is still needed per
remaining week.

Rates: the store's funnel over the history window (setting kpi.history_months, the months before this one):
集客成交率 = orders ÷ new leads, 成交率 = orders ÷ visited leads, 试驾率 = test-driven ÷ visited leads
(services/reporting/funnel.py). For a gap of g orders: leads needed = ⌈g ÷ 集客成交率⌉, visits needed =
⌈g ÷ 成交率⌉, test drives needed = ⌈visits needed × 试驾率⌉; per week = ⌈needed ÷ weeks left⌉. Weeks left = the
current week plus each later weekly review day of the month (the store calendar's review days).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from dealerdesk.domain import kpi
from dealerdesk.domain.kpi import Funnel
from dealerdesk.domain.store_calendar import StoreCalendar
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reporting.common import NO_MODEL, month_label
from dealerdesk.services.reporting.consultant_targets import achieved, store_order_targets, targets_of
from dealerdesk.services.reporting.funnel import funnel
from dealerdesk.services.settings import get_settings
from dealerdesk.services.targets.plans import sold_models
from dealerdesk.store.models import User, VehicleModel


@dataclass(frozen=True)
class ProgressRow:
    key: str  # the consultant's login, or the model's name
    name: str
    target_orders: int
    orders: int
    target_leads: int
    leads: int
    visits: int
    test_drives: int
    need_orders: int  # per remaining week
    need_leads: int | None  # per remaining week, from the rates (None: no rate to go by)
    need_visits: int | None
    need_test_drives: int | None

    @property
    def gap(self) -> int:
        return max(self.target_orders - self.orders, 0)


@dataclass(frozen=True)
class WeeklyProgress:
    month: str
    at: dt.datetime
    weeks_left: int
    rates: Funnel  # the history window's funnel the needs are worked out from
    consultants: list[ProgressRow]
    models: list[ProgressRow]


def weeks_left(calendar: StoreCalendar, day: dt.date) -> int:
    return 1 + sum(1 for d in calendar.review_days(day.year, day.month) if d > day)


def _per_week(total: float | None, weeks: int) -> int | None:
    return None if total is None else math.ceil(round(total, 6) / weeks) if total > 0 else 0


def needs(gap: int, rates: Funnel, weeks: int) -> tuple[int, int | None, int | None, int | None]:
    """(orders, leads, visits, test drives) needed per remaining week for a gap of `gap` orders."""
    lead_order = kpi.rate(rates.orders, rates.new_leads)
    visits = math.ceil(round(gap / rates.close_rate, 6)) if rates.close_rate else None
    leads = math.ceil(round(gap / lead_order, 6)) if lead_order else None
    drives = None
    if visits is not None and rates.test_drive_rate is not None:
        drives = math.ceil(round(visits * rates.test_drive_rate, 6))
    return (_per_week(gap, weeks) or 0, _per_week(leads, weeks), _per_week(visits, weeks),
            _per_week(drives, weeks))


def weekly_progress(actor: Actor, at: dt.datetime) -> WeeklyProgress:
    """The progress of `at`'s month up to `at`; a consultant sees their own row and the store's models."""
    require(actor, "target.read")
    settings = get_settings()
    year, mon = at.year, at.month
    start, _end = kpi.month_bounds(year, mon)
    hy, hm = kpi.add_months(year, mon, -kpi.history_months(settings))
    rates = funnel(kpi.month_bounds(hy, hm)[0], start)
    weeks = weeks_left(StoreCalendar.from_settings(settings), at.date())
    done = achieved(start, at)
    entered = targets_of(month_label(year, mon))
    per_user_t: dict[int, Counter] = defaultdict(Counter)
    for (uid, _mid), values in entered.items():
        per_user_t[uid].update(values)
    per_user_d: dict[int | None, Counter] = defaultdict(Counter)
    per_model_d: dict[int | None, Counter] = defaultdict(Counter)
    for (uid, mid), a in done.items():
        figures = {"orders": a.orders, "leads": a.leads, "visits": a.visits, "test_drives": a.test_drives}
        per_user_d[uid].update(figures)
        per_model_d[mid].update(figures)
    people = []
    for uid, login, name, role in (User.select(User.id, User.login, User.display_name, User.role)
                                   .order_by(User.login).tuples()):
        if actor.role == "sales" and uid != actor.id:
            continue
        if role != "sales" and uid not in per_user_t:
            continue
        people.append(_row(login, name or login, per_user_t[uid], per_user_d[uid], rates, weeks))
    models = sold_models()
    store = store_order_targets(year, mon, models, settings)
    lead_t: Counter = Counter()
    for (_uid, mid), values in entered.items():
        lead_t[mid] += values["leads"]
    names = dict(VehicleModel.select(VehicleModel.id, VehicleModel.name).tuples())
    shown = list(models) + sorted(m for m in per_model_d if m not in models and m is not None)
    rows = [_row(names[mid], names[mid], Counter(orders=store.get(names[mid], 0), leads=lead_t[mid]),
                 per_model_d[mid], rates, weeks) for mid in shown]
    if per_model_d.get(None):
        rows.append(_row(NO_MODEL, NO_MODEL, Counter(), per_model_d[None], rates, weeks))
    return WeeklyProgress(month_label(year, mon), at, weeks, rates, people, rows)


def _row(key: str, name: str, target: Counter, done: Counter, rates: Funnel, weeks: int) -> ProgressRow:
    gap = max(target["orders"] - done["orders"], 0)
    need = needs(gap, rates, weeks)
    return ProgressRow(key, name, target["orders"], done["orders"], target["leads"], done["leads"],
                       done["visits"], done["test_drives"], *need)


def behind_pace(at: dt.datetime) -> tuple[int, int, int]:
    """For the manager's tray on review and inventory days: (the store's orders this month up to `at`, the sum of
    the consultants' order targets, consultants behind pace). Behind pace: fewer orders than their target ×
    the share of the month gone (按天折算)."""
    start, end = kpi.month_bounds(at.year, at.month)
    share = (at - start) / (end - start)
    per_user: dict[int | None, int] = defaultdict(int)
    done = achieved(start, at)
    for (uid, _mid), a in done.items():
        per_user[uid] += a.orders
    target: dict[int, int] = defaultdict(int)
    for (uid, _mid), values in targets_of(month_label(at.year, at.month)).items():
        target[uid] += values["orders"]
    behind = sum(1 for uid, n in target.items() if n and per_user.get(uid, 0) < n * share)
    return sum(per_user.values()), sum(target.values()), behind
