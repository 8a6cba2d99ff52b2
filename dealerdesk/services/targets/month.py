"""A month's targets broken down to the consultants (目标分解): per consultant and model, orders, new leads,
visits, test drives and H/A held, saved in one transaction; the consultants' order targets of a model must
add up to the store's order target of that model (the refusal says by how much).

The store's lead-gathering (集客) target of each model is derived, not typed: it is the monthly summary's
target plan (services/reporting/inventory.targets → domain/kpi.target_plan), one computation for both.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from dealerdesk.domain import kpi
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reporting.common import month_label
from dealerdesk.services.reporting.consultant_targets import MEASURES, targets_of
from dealerdesk.services.reporting.inventory import levels_at, targets
from dealerdesk.services.settings import get_settings
from dealerdesk.services.targets.plans import sold_models
from dealerdesk.store.db import db
from dealerdesk.store.models import MonthTarget, User, VehicleModel

MAX_VALUE = 99999
MISMATCH = QT_TRANSLATE_NOOP(
    "errors", "{model}：顾问订单目标合计 {total} 台，门店目标 {store} 台，{side} {diff} 台")
MORE = QT_TRANSLATE_NOOP("errors", "多了")
LESS = QT_TRANSLATE_NOOP("errors", "还差")


@dataclass(frozen=True)
class TargetLine:
    """One consultant's targets for one model (the typed table's row)."""

    login: str
    model: str
    orders: int = 0
    leads: int = 0
    visits: int = 0
    test_drives: int = 0
    ha_held: int = 0
    name: str = ""

    def value(self, measure: str) -> int:
        return int(getattr(self, measure))


@dataclass(frozen=True)
class ModelTarget:
    """The store's side of one model's month: the order target and what the rates derive from it."""

    model: str
    orders: int
    leads: int | None  # 集客目标 from the conversion rates; None when there is no history to derive from
    new_ha: int | None


@dataclass(frozen=True)
class MonthTargets:
    month: str
    models: list[ModelTarget]
    lines: list[TargetLine]
    consultants: list[tuple[str, str]] = field(default_factory=list)  # (login, name) of the sales team

    def total(self, model: str, measure: str = "orders") -> int:
        return sum(line.value(measure) for line in self.lines if line.model == model)

    def store_target(self, model: str) -> int:
        return next((m.orders for m in self.models if m.model == model), 0)


def model_targets(year: int, month: int) -> list[ModelTarget]:
    """Each sold model's store target for the month and its derived lead and new H/A targets."""
    models = sold_models()
    start, _end = kpi.month_bounds(year, month)
    _history, plans = targets(year, month, models, levels_at(start), get_settings())
    return [ModelTarget(t.model, t.plan.order_target, t.plan.new_leads, t.plan.new_ha) for t in plans]


def sales_team() -> list[tuple[int, str, str]]:
    return list(User.select(User.id, User.login, User.display_name)
                .where(User.role == "sales", User.active == True).order_by(User.login).tuples())


def month_targets(actor: Actor, month: str) -> MonthTargets:
    """The month's targets: the manager sees everyone's, a consultant their own."""
    require(actor, "target.read")
    year, mon = kpi.parse_month(month)
    key = month_label(year, mon)
    users = {uid: (login, name) for uid, login, name in User.select(User.id, User.login, User.display_name).tuples()}
    names = dict(VehicleModel.select(VehicleModel.id, VehicleModel.name).tuples())
    lines = []
    for (uid, mid), values in sorted(targets_of(key).items(), key=lambda kv: (users[kv[0][0]][0], names[kv[0][1]])):
        if actor.role == "sales" and uid != actor.id:
            continue
        login, name = users[uid]
        lines.append(TargetLine(login, names[mid], name=name or login, **values))
    team = [(login, name or login) for uid, login, name in sales_team() if actor.role != "sales" or uid == actor.id]
    return MonthTargets(key, model_targets(year, mon), lines, team)


def _value(line: TargetLine, measure: str) -> int:
    value = getattr(line, measure)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VALUE:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{who} {model} 的目标应为 0–{most} 的整数：{value}"),
                           field=measure, who=line.login, model=line.model, most=MAX_VALUE, value=value)
    return value


def check_adds_up(models: list[ModelTarget], lines: Iterable[TargetLine]) -> list[tuple[str, int, int]]:
    """(model, consultants' total, store target) of each model whose consultants' order targets do not add up
    to the store's; a model with no lines at all is not being broken down and is left alone."""
    totals: dict[str, int] = defaultdict(int)
    for line in lines:
        totals[line.model] += line.orders
    store = {m.model: m.orders for m in models}
    return [(model, total, store.get(model, 0)) for model, total in sorted(totals.items())
            if total != store.get(model, 0)]


def mismatch_error(model: str, total: int, store: int) -> InvalidInput:
    diff = total - store
    return InvalidInput(MISMATCH, field="orders", model=model, total=total, store=store,
                        side=MORE if diff > 0 else LESS, diff=abs(diff))


def set_month_targets(actor: Actor, month: str, lines: Iterable[TargetLine], *,
                      models: Iterable[str] = (), now: dt.datetime | None = None) -> MonthTargets:
    """Replace the month's targets of the models in `lines` (and of `models`: a model listed there without
    lines has its targets cleared) with `lines`, in one transaction; refused when a model's consultants' order
    targets do not add up to the store's order target of that model."""
    require(actor, "target.write")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    year, mon = kpi.parse_month(month)
    key = month_label(year, mon)
    lines = list(lines)
    models_named = list(models)
    with db.atomic():
        users = dict(User.select(User.login, User.id).tuples())
        models = dict(VehicleModel.select(VehicleModel.name, VehicleModel.id).tuples())
        seen = set()
        for line in lines:
            if line.login not in users:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "没有用户 {login}"), field="login", login=line.login)
            if line.model not in models:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "车型目录里没有 {model}"), field="model", model=line.model)
            if (line.login, line.model) in seen:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{who} 的 {model} 目标填了两次"), field="model",
                                   who=line.login, model=line.model)
            seen.add((line.login, line.model))
            for measure in MEASURES:
                _value(line, measure)
        store = model_targets(year, mon)
        wrong = check_adds_up(store, lines)
        if wrong:
            raise mismatch_error(*wrong[0])
        for name in models_named:
            if name not in models:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "车型目录里没有 {model}"), field="model", model=name)
        touched = sorted({models[line.model] for line in lines} | {models[name] for name in models_named})
        MonthTarget.delete().where(MonthTarget.month == key, MonthTarget.model.in_(touched)).execute()
        if lines:
            MonthTarget.insert_many([
                {"month": key, "user": users[line.login], "model": models[line.model], "updated_at": now,
                 "updated_by": actor.id, **{m: line.value(m) for m in MEASURES}} for line in lines]).execute()
        audit.record(actor, "target.month", "month_target", None, at=now, month=key, lines=len(lines),
                     orders=sum(line.orders for line in lines), leads=sum(line.leads for line in lines))
        changes.mark(changes.SETTINGS)
    return month_targets(actor, key)

