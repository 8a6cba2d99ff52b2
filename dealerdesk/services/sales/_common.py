"""What the lead use cases (leads.py) and the order/delivery/defeat outcomes (outcomes.py) share.

The helpers that keep a lead's follow-up plan and its row consistent, and the lead read model. Both modules
import them from here so neither imports the other's insides; leads.py re-exports them for callers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from dealerdesk.domain import labels, levels
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.domain.levels import Level
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.auth import Actor, require_lead
from dealerdesk.services.settings import get_settings
from dealerdesk.store.models import Customer, FollowUp, Lead, LevelChange, User, VehicleModel

#: Internal notes (reassignment, approval decisions) are interactions too, so the history is one list;
#: they are not contacts and the KPIs ignore them.
NOTE_CHANNEL = "note"
PAYMENT_INTENTS = labels.PAYMENT
STATUSES = labels.LEAD_STATUS
ACTIVE_STATUSES = ("open", "defeat_pending")


@dataclass(frozen=True)
class LeadDetail:
    id: int
    customer_id: int
    customer_name: str
    owner_id: int | None
    owner: str  # login
    owner_name: str
    source: str
    level: str
    status: str
    model_id: int | None
    model_name: str
    other_models: str
    colour: str
    budget: int | None
    payment_intent: str
    competitors: str
    received_at: dt.datetime
    last_contact_at: dt.datetime | None
    next_follow_up_at: dt.datetime | None
    next_overdue_at: dt.datetime | None
    next_follow_up_id: int | None
    defeat_reason: str
    defeat_competitor: str
    defeat_note: str
    version: int
    defeat_requested_at: dt.datetime | None = None


@dataclass(frozen=True)
class Plan:
    due_at: dt.datetime
    overdue_at: dt.datetime


def now_or(at: dt.datetime | None) -> dt.datetime:
    return (at or dt.datetime.now()).replace(microsecond=0)


def policy() -> levels.FollowUpPolicy:
    return levels.FollowUpPolicy.from_settings(get_settings())


def parse_level(code: str) -> Level:
    """A level code as typed or sent by a caller; an unknown one is the clerk's error, not a traceback."""
    try:
        return Level(code)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的线索级别：{value}"), field="level",
                           value=code) from None


def lead_row(lead_id: int) -> Lead:
    lead = Lead.get_or_none(Lead.id == lead_id)
    if lead is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到线索 {id}"), id=lead_id)
    return lead


def check_owner(actor: Actor, lead: Lead, permission: str = "lead.write") -> None:
    """A consultant works their own leads (and unowned ones), the front desk only unowned ones, the manager
    any (domain/permissions.may_work_lead)."""
    require_lead(actor, permission, lead)


def require_active(lead: Lead) -> None:
    if lead.status not in ACTIVE_STATUSES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "线索已结束（{status}），不能再操作"), field="status",
                           status=STATUSES.get(lead.status, lead.status))


def suggest(level: str, at: dt.datetime, pol: levels.FollowUpPolicy | None = None,
            next_due: dt.datetime | None = None) -> Plan | None:
    """The follow-up after a contact at `at`; an edited `next_due` keeps the cadence's span to overdue.

    For x–y day cadences the edited day plays the role of day x, so it is overdue from 00:00 after the
    day (y - x) days later; for N and D the span in hours is kept. None for T (no follow-up).
    """
    pol = pol or policy()
    window = levels.next_follow_up(Level(level), at, pol)
    if window is None:
        return None
    if next_due is None:
        return Plan(window.due_at, window.overdue_at)
    lv = Level(level)
    if lv in levels.CADENCE_LEVELS:
        low, high = pol.cadences[lv]
        return Plan(next_due, levels.start_of_day(next_due.date() + dt.timedelta(days=high - low + 1)))
    return Plan(next_due, next_due + (window.overdue_at - window.due_at))


def close_planned(lead_id: int, status: str, actor: Actor, at: dt.datetime,
                  interaction_id: int | None = None) -> int:
    """Mark the lead's planned follow-ups done (a contact happened) or cancelled (the lead closed)."""
    values: dict = {"status": status}
    if status == "done":
        values.update(done_at=at, done_by=actor.id, interaction=interaction_id)
    return FollowUp.update(**values).where(FollowUp.lead == lead_id, FollowUp.status == "planned").execute()


def plan_next(lead: Lead, level: str, plan: Plan | None, kind: str = "follow_up") -> int | None:
    """Write the one planned follow-up of the lead and mirror its time on the lead row."""
    if plan is None:
        Lead.update(next_follow_up_at=None).where(Lead.id == lead.id).execute()
        return None
    fu = FollowUp.create(lead=lead.id, customer=lead.customer_id, owner=lead.owner_id, kind=kind, level=level,
                         due_at=plan.due_at, overdue_at=plan.overdue_at, status="planned")
    Lead.update(next_follow_up_at=plan.due_at).where(Lead.id == lead.id).execute()
    return fu.id


def record_level(actor: Actor, lead: Lead, new_level: str, reason: str, at: dt.datetime) -> None:
    LevelChange.create(lead=lead.id, from_level=lead.level, to_level=new_level, changed_at=at,
                       changed_by=actor.id, reason=reason[:200])
    Lead.update(level=new_level, updated_at=at, version=Lead.version + 1).where(Lead.id == lead.id).execute()


def touch_customer(customer_id: int, at: dt.datetime) -> None:
    Customer.update(last_activity_at=at).where(Customer.id == customer_id,
                                               Customer.last_activity_at < at).execute()


def lead_details(query) -> list[LeadDetail]:
    rows = list(query.select(
        Lead.id, Lead.customer, Customer.name, Lead.owner, User.login, User.display_name, Lead.source,
        Lead.level, Lead.status, Lead.model, VehicleModel.name, Lead.other_models, Lead.colour, Lead.budget,
        Lead.payment_intent, Lead.competitors, Lead.received_at, Lead.last_contact_at, Lead.next_follow_up_at,
        Lead.defeat_reason, Lead.defeat_competitor, Lead.defeat_note, Lead.version, Lead.defeat_requested_at)
        .join(Customer, on=(Lead.customer == Customer.id))
        .switch(Lead).join(User, JOIN.LEFT_OUTER, on=(Lead.owner == User.id))
        .switch(Lead).join(VehicleModel, JOIN.LEFT_OUTER, on=(Lead.model == VehicleModel.id)).tuples())
    planned: dict[int, tuple[int, dt.datetime]] = {}
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 500):
        for lid, fid, overdue in (FollowUp.select(FollowUp.lead, FollowUp.id, FollowUp.overdue_at)
                                  .where(FollowUp.lead.in_(ids[start:start + 500]), FollowUp.status == "planned")
                                  .order_by(FollowUp.due_at).tuples()):
            planned.setdefault(lid, (fid, overdue))
    out = []
    for (lid, cid, cname, oid, login, oname, source, level, status, mid, mname, other, colour, budget, pay,
         comp, received, last, nxt, dreason, dcomp, dnote, version, requested) in rows:
        fid, overdue = planned.get(lid, (None, None))
        out.append(LeadDetail(
            id=lid, customer_id=cid, customer_name=cname, owner_id=oid, owner=login or "", owner_name=oname or "",
            source=source, level=level, status=status, model_id=mid, model_name=mname or "", other_models=other,
            colour=colour, budget=budget, payment_intent=pay, competitors=comp, received_at=received,
            last_contact_at=last, next_follow_up_at=nxt, next_overdue_at=overdue, next_follow_up_id=fid,
            defeat_reason=dreason, defeat_competitor=dcomp, defeat_note=dnote, version=version,
            defeat_requested_at=requested))
    return out


def get_lead(actor: Actor, lead_id: int) -> LeadDetail:
    require_lead(actor, "lead.read", lead_row(lead_id), write=False)
    found = lead_details(Lead.select().where(Lead.id == lead_id))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到线索 {id}"), id=lead_id)
    return found[0]
