"""Scorecards (绩效考核) per person and per department (sales, service, front desk) for a month, and their
trend over the last months. Definitions (docs/kpi.md, 绩效):

- follow-up compliance: follow-ups due in the month (not cancelled) done before they became overdue ÷ those
  due, by the follow-up's owner (the monthly summary's own figure, services/reporting/people.py);
- conversion: leads, visited leads, orders and defeats of the leads a person owns, as in the monthly funnel;
  成交率 = orders ÷ visited leads; orders against the month's order target (目标完成率 = orders ÷ target);
- satisfaction: surveys taken in the month, counted for the person they are about: the delivery's consultant
  (the lead's owner) for a delivery survey, the service record's advisor for a service survey, whoever took
  it otherwise; 满意率 = very satisfied + satisfied ÷ surveys;
- complaints: complaints received in the month whose owner is the person;
- reminders on time: reminders due in the month (not dismissed) owned by the person, done before overdue.

A department is the sum of its members' figures (by role: sales, service_advisor, front_desk).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, fields

from peewee import JOIN, Case, fn

from dealerdesk.domain import kpi
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reporting.common import in_range, month_label
from dealerdesk.services.reporting.consultant_targets import achieved, targets_of
from dealerdesk.services.reporting.people import consultants
from dealerdesk.store.models import Complaint, Delivery, Lead, Reminder, ServiceRecord, Survey, User

DEPARTMENTS = ("sales", "service_advisor", "front_desk")
SATISFIED = ("very_satisfied", "satisfied")
COUNTS = ("follow_ups_due", "follow_ups_on_time", "leads", "visits", "orders", "target_orders", "defeats",
          "surveys", "satisfied", "complaints", "reminders_due", "reminders_on_time")


@dataclass(frozen=True)
class Scorecard:
    key: str  # a login, or a department's role code
    name: str
    role: str
    follow_ups_due: int = 0
    follow_ups_on_time: int = 0
    leads: int = 0
    visits: int = 0
    orders: int = 0
    target_orders: int = 0
    defeats: int = 0
    surveys: int = 0
    satisfied: int = 0
    complaints: int = 0
    reminders_due: int = 0
    reminders_on_time: int = 0

    @property
    def compliance(self) -> float | None:
        return kpi.rate(self.follow_ups_on_time, self.follow_ups_due)

    @property
    def close_rate(self) -> float | None:
        return kpi.rate(self.orders, self.visits)

    @property
    def achievement(self) -> float | None:
        return kpi.rate(self.orders, self.target_orders)

    @property
    def defeat_rate(self) -> float | None:
        return kpi.rate(self.defeats, self.orders + self.defeats)

    @property
    def satisfied_rate(self) -> float | None:
        return kpi.rate(self.satisfied, self.surveys)

    @property
    def reminder_rate(self) -> float | None:
        return kpi.rate(self.reminders_on_time, self.reminders_due)

    def to_json(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("compliance", "close_rate", "achievement", "defeat_rate", "satisfied_rate", "reminder_rate"):
            data[name] = getattr(self, name)
        return data


@dataclass(frozen=True)
class Scorecards:
    month: str
    people: list[Scorecard]
    departments: list[Scorecard]


def _surveys(start: dt.datetime, end: dt.datetime) -> dict[int | None, Counter]:
    about = fn.COALESCE(Lead.owner, ServiceRecord.advisor, Survey.by_user)
    rows = (Survey.select(about, Survey.overall, fn.COUNT(Survey.id))
            .join(Delivery, JOIN.LEFT_OUTER, on=(Survey.delivery == Delivery.id))
            .join(Lead, JOIN.LEFT_OUTER, on=(Delivery.lead == Lead.id))
            .switch(Survey).join(ServiceRecord, JOIN.LEFT_OUTER, on=(Survey.service_record == ServiceRecord.id))
            .where(in_range(Survey.taken_at, start, end))
            .group_by(about, Survey.overall).tuples())
    out: dict[int | None, Counter] = defaultdict(Counter)
    for uid, overall, n in rows:
        out[uid]["surveys"] += int(n)
        if overall in SATISFIED:
            out[uid]["satisfied"] += int(n)
    return out


def _figures(start: dt.datetime, end: dt.datetime) -> dict[int | None, Counter]:
    """user id → the counts of COUNTS in [start, end)."""
    out: dict[int | None, Counter] = defaultdict(Counter)
    logins = dict(User.select(User.login, User.id).tuples())
    for c in consultants(start, end):
        uid = logins.get(c.login)
        out[uid].update(follow_ups_due=c.follow_ups_due, follow_ups_on_time=c.follow_ups_on_time)
    for (uid, _mid), a in achieved(start, end).items():
        out[uid].update(leads=a.leads, visits=a.visits, orders=a.orders, defeats=a.defeats)
    for (uid, _mid), values in targets_of(month_label(start.year, start.month)).items():
        out[uid]["target_orders"] += values["orders"]
    for uid, counts in _surveys(start, end).items():
        out[uid].update(counts)
    for uid, n in (Complaint.select(Complaint.owner, fn.COUNT(Complaint.id))
                   .where(in_range(Complaint.received_at, start, end)).group_by(Complaint.owner).tuples()):
        out[uid]["complaints"] += int(n)
    on_time = Case(None, [((Reminder.done_at.is_null(False)) & (Reminder.done_at < Reminder.overdue_at), 1)], 0)
    for uid, n, ok in (Reminder.select(Reminder.owner, fn.COUNT(Reminder.id), fn.SUM(on_time))
                       .where(in_range(Reminder.due_at, start, end), Reminder.status != "dismissed")
                       .group_by(Reminder.owner).tuples()):
        out[uid]["reminders_due"] += int(n)
        out[uid]["reminders_on_time"] += int(ok or 0)
    return out


def scorecards(actor: Actor, month: str) -> Scorecards:
    """The month's scorecards; a consultant gets only their own (and no departments)."""
    require(actor, "target.read")
    year, mon = kpi.parse_month(month)
    start, end = kpi.month_bounds(year, mon)
    figures = _figures(start, end)
    people = []
    totals: dict[str, Counter] = {d: Counter() for d in DEPARTMENTS}
    staff = sorted(User.select(User.id, User.login, User.display_name, User.role, User.active).tuples(),
                   key=lambda u: (DEPARTMENTS.index(u[3]) if u[3] in DEPARTMENTS else 9, u[1]))
    for uid, login, name, role, active in staff:
        if role not in DEPARTMENTS:
            continue
        counts = figures.get(uid, Counter())
        totals[role].update(counts)
        if (actor.role == "sales" and uid != actor.id) or (not active and not counts):
            continue
        people.append(Scorecard(login, name or login, role, **{k: int(counts[k]) for k in COUNTS}))
    departments = [] if actor.role == "sales" else [
        Scorecard(d, d, d, **{k: int(totals[d][k]) for k in COUNTS}) for d in DEPARTMENTS]
    return Scorecards(month_label(year, mon), people, departments)


def history(actor: Actor, month: str, months: int = 6) -> list[tuple[str, Scorecards]]:
    """The scorecards of the `months` months up to `month`, oldest first: every trend of the page at once."""
    year, mon = kpi.parse_month(month)
    return [(label, scorecards(actor, label)) for label in
            (month_label(*kpi.add_months(year, mon, -back)) for back in range(months - 1, -1, -1))]


def pick(cards: list[tuple[str, Scorecards]], key: str) -> list[tuple[str, Scorecard | None]]:
    """One person's (login) or department's (role code) line of `history()`."""
    return [(label, next((c for c in s.people + s.departments if c.key == key), None)) for label, s in cards]


def trend(actor: Actor, month: str, key: str, months: int = 6) -> list[tuple[str, Scorecard | None]]:
    """The scorecard of one person (login) or department (role code) over the `months` months up to `month`."""
    return pick(history(actor, month, months), key)
