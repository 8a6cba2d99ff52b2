"""The personal target confirmation (个人目标确认书): one consultant's targets for the month, per model and in
total, beside last month's targets and results, for the consultant and the manager to sign.

Why its own read model: the printout (reports/targets.py) takes plain data and never touches the store.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from dealerdesk.domain import kpi
from dealerdesk.domain.errors import NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reporting.common import month_label
from dealerdesk.services.reporting.consultant_targets import MEASURES, achieved, targets_of
from dealerdesk.services.store_profile import StoreProfile, get_profile
from dealerdesk.store.db import db
from dealerdesk.store.models import User, VehicleModel


@dataclass(frozen=True)
class ConfirmationLine:
    model: str
    target: dict[str, int]  # measure → this month's target
    last_target: dict[str, int]  # last month's target
    last_done: dict[str, int]  # last month's result (ha_held: now)


@dataclass(frozen=True)
class TargetConfirmation:
    month: str
    last_month: str
    login: str
    name: str
    lines: list[ConfirmationLine]
    store: StoreProfile
    printed_at: dt.datetime

    def total(self, part: str, measure: str) -> int:
        return sum(getattr(line, part).get(measure, 0) for line in self.lines)


def target_confirmation(actor: Actor, month: str, login: str, *, now: dt.datetime | None = None
                        ) -> TargetConfirmation:
    """A consultant's confirmation for `month` (the manager prints anyone's, a consultant their own)."""
    require(actor, "target.read")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    year, mon = kpi.parse_month(month)
    user = User.get_or_none(User.login == login)
    if user is None or (actor.role == "sales" and user.id != actor.id):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "没有用户 {login}"), field="login", login=login)
    key, last = month_label(year, mon), month_label(*kpi.add_months(year, mon, -1))
    names = dict(VehicleModel.select(VehicleModel.id, VehicleModel.name).tuples())
    this = {m: v for (u, m), v in targets_of(key).items() if u == user.id}
    before = {m: v for (u, m), v in targets_of(last).items() if u == user.id}
    done = {m: a for (u, m), a in achieved(*kpi.month_bounds(*kpi.add_months(year, mon, -1))).items()
            if u == user.id}
    lines = []
    for mid in sorted(set(this) | set(before) | {m for m in done if m is not None}, key=lambda m: names.get(m, "")):
        a = done.get(mid)
        result = Counter() if a is None else Counter(orders=a.orders, leads=a.leads, visits=a.visits,
                                                     test_drives=a.test_drives, ha_held=a.ha_held)
        lines.append(ConfirmationLine(names.get(mid, ""), dict(this.get(mid, {})), dict(before.get(mid, {})),
                                      {m: int(result[m]) for m in MEASURES}))
    with db.atomic():
        audit.record(actor, "target.print", "user", user.id, at=now, month=key, what="confirmation")
    return TargetConfirmation(key, last, user.login, user.display_name or user.login, lines, get_profile(), now)
