"""Lead use cases: create and edit a lead, change its level, log a follow-up, snooze, history, lists.

Why one module owns the follow-up plan: the next FollowUp row is what the worklist, the tray and
`dealerdesk due` show, so every action that touches a lead (a contact, a level change, an order, a delivery,
a defeat) re-plans it here, from domain.levels.next_follow_up with the cadences in the settings. Orders,
deliveries, cancellations, defeats and reassignment live in sales/outcomes.py and are re-exported
here (`leads.record_order`, …) so callers have one import.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from dealerdesk.domain import labels, levels
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.domain import text as domain_text
from dealerdesk.domain.levels import Level
from dealerdesk.domain.permissions import VISIT_CHANNELS
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, versions
from dealerdesk.services.auth import Actor, own_leads_clause, require, require_customer, require_lead
from dealerdesk.services.customers.records import SOURCES
from dealerdesk.services.sales._common import (  # re-exported (see __all__)
    ACTIVE_STATUSES,
    NOTE_CHANNEL,
    PAYMENT_INTENTS,
    STATUSES,
    LeadDetail,
    Plan,
    check_owner,
    close_planned,
    get_lead,
    lead_details,
    lead_row,
    now_or,
    parse_level,
    plan_next,
    policy,
    record_level,
    require_active,
    suggest,
    touch_customer,
)
from dealerdesk.services.sales.outcomes import (  # re-exported (see __all__)
    DeliveryInput,
    OrderInput,
    approve_defeat,
    cancel_order,
    reassign_leads,
    record_delivery,
    record_order,
    reject_defeat,
    request_defeat,
)
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    AuditLog,
    Customer,
    FollowUp,
    Interaction,
    Lead,
    LevelChange,
    User,
    VehicleModel,
)

#: this module's API, with the shared lead helpers and the outcomes (sales/outcomes.py) re-exported:
#: callers write ``leads.record_order``, ``leads.get_lead``
__all__ = [
    "ACTIVE_STATUSES",
    "CHANNELS",
    "EVENT_ACTIONS",
    "NOTE_CHANNEL",
    "PAYMENT_INTENTS",
    "STATUSES",
    "DeliveryInput",
    "HistoryEntry",
    "LeadDetail",
    "LeadInput",
    "OrderInput",
    "Plan",
    "approve_defeat",
    "cancel_order",
    "change_level",
    "check_owner",
    "close_planned",
    "consultants",
    "create_lead",
    "get_lead",
    "lead_details",
    "lead_history",
    "lead_row",
    "list_leads",
    "log_follow_up",
    "now_or",
    "parse_level",
    "pending_defeats",
    "plan_next",
    "policy",
    "reassign_leads",
    "record_delivery",
    "record_level",
    "record_order",
    "reject_defeat",
    "request_defeat",
    "require_active",
    "snooze",
    "suggest",
    "suggest_follow_up",
    "touch_customer",
    "update_lead",
    "vehicle_models",
]

CHANNELS = labels.INTERACTION_CHANNEL


@dataclass
class LeadInput:
    """What a consultant typed for a lead; the level of a new lead is one of N C B A H."""

    customer_id: int
    model_id: int | None = None
    other_models: str = ""
    colour: str = ""
    budget: int | None = None
    payment_intent: str = ""
    competitors: str = ""
    level: str = "N"
    owner_id: int | None = None
    source: str = "other"
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a lead's history: a level change, a contact, or a decision from the audit log."""

    at: dt.datetime
    kind: str  # level | interaction | event
    who: str
    text: str
    from_level: str = ""
    to_level: str = ""
    channel: str = ""
    detail: dict = field(default_factory=dict)


# --- follow-up suggestion ---------------------------------------------------------------------------

def suggest_follow_up(actor: Actor, level: str, at: dt.datetime,
                      next_due: dt.datetime | None = None) -> Plan | None:
    """What the follow-up dialog shows: the suggested date and its overdue date, with today's settings."""
    require(actor, "customer.read")
    return suggest(level, at, next_due=next_due)


# --- create / edit ------------------------------------------------------------------------------------

_TEXT_LABELS = {"other_models": QT_TRANSLATE_NOOP("fields", "其他意向车型"), "colour": QT_TRANSLATE_NOOP("fields", "颜色"),
                "competitors": QT_TRANSLATE_NOOP("fields", "竞品车型"), "content": QT_TRANSLATE_NOOP("fields", "跟进内容"),
                "result": QT_TRANSLATE_NOOP("fields", "跟进结果"), "place": QT_TRANSLATE_NOOP("fields", "地点")}


def _text(value: str, fld: str, limit: int) -> str:
    """Free text through the one normalisation (domain/text.py); notes keep their line breaks."""
    return domain_text.clean(value, field=fld, label=_TEXT_LABELS.get(fld, fld), max_length=limit,
                             multiline=limit > 200)


def _clean(actor: Actor, data: LeadInput) -> dict:
    if not Customer.select().where(Customer.id == data.customer_id).exists():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=data.customer_id)
    if data.model_id is not None and not VehicleModel.select().where(VehicleModel.id == data.model_id).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选意向车型不存在"), field="model")
    if data.budget is not None and data.budget < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "预算不能为负数"), field="budget")
    if not isinstance(data.payment_intent, str) or data.payment_intent not in PAYMENT_INTENTS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的付款方式：{value}"), field="payment_intent",
                           value=domain_text.shorten(data.payment_intent))
    if not isinstance(data.source, str) or data.source not in SOURCES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的来源渠道：{value}"), field="source",
                           value=domain_text.shorten(data.source))
    if data.owner_id is not None and not User.select().where(User.id == data.owner_id, User.active == True).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选销售顾问不存在"), field="owner")
    return {"model": data.model_id, "other_models": _text(data.other_models, "other_models", 200),
                "colour": _text(data.colour, "colour", 20), "budget": data.budget, "payment_intent": data.payment_intent,
                "competitors": _text(data.competitors, "competitors", 200), "source": data.source}


def create_lead(actor: Actor, data: LeadInput, at: dt.datetime | None = None) -> LeadDetail:
    """A new lead plans its first follow-up at once (N: the 24-hour rule from reception)."""
    require_customer(actor, "lead.write", data.customer_id)  # a consultant: on their own customers
    changes.mark(changes.DUE, customer=data.customer_id)
    now = now_or(at)
    values = _clean(actor, data)
    levels.check_transition(None, parse_level(data.level))
    received = (data.received_at or now).replace(microsecond=0)
    owner = data.owner_id
    if owner is None:
        owner = actor.id if actor.role == "sales" else Customer.get_by_id(data.customer_id).owner_id
    with db.atomic():
        lead = Lead.create(customer=data.customer_id, owner=owner, level=data.level, status="open",
                           received_at=received, created_at=now, updated_at=now, **values)
        LevelChange.create(lead=lead.id, from_level="", to_level=data.level, changed_at=now,
                           changed_by=actor.id, reason=QT_TRANSLATE_NOOP("history", "新建线索"))
        plan_next(lead, data.level, suggest(data.level, received))
        touch_customer(data.customer_id, now)
        audit.record(actor, "lead.create", "lead", lead.id, at=now, customer=data.customer_id, level=data.level,
                     changes=audit.diff({}, audit.fields_of(lead)))
    return get_lead(actor, lead.id)


#: the lead fields a conflict message names
_LEAD_FIELDS = {
    "model": QT_TRANSLATE_NOOP("fields", "意向车型"), "other_models": QT_TRANSLATE_NOOP("fields", "其他车型"),
    "colour": QT_TRANSLATE_NOOP("fields", "颜色"), "budget": QT_TRANSLATE_NOOP("fields", "预算"),
    "payment_intent": QT_TRANSLATE_NOOP("fields", "付款方式"), "competitors": QT_TRANSLATE_NOOP("fields", "竞品"),
    "owner": QT_TRANSLATE_NOOP("fields", "销售顾问"), "source": QT_TRANSLATE_NOOP("fields", "来源"),
}


def update_lead(actor: Actor, lead_id: int, data: LeadInput, *, expected_version: int | None,
                at: dt.datetime | None = None) -> LeadDetail:
    """Edit intent fields; the level changes through change_level and the owner through reassign_leads.
    `expected_version` is the version the window loaded (a newer one: VersionConflict with both versions;
    None: last save wins, said explicitly)."""
    require(actor, "lead.write")
    now = now_or(at)
    values = _clean(actor, data)
    with db.atomic():
        lead = lead_row(lead_id)
        changes.mark(changes.DUE, customer=lead.customer_id)
        check_owner(actor, lead)
        versions.check("lead", lead_id, QT_TRANSLATE_NOOP("errors", "线索 {id} ").format(id=lead_id),
                       expected_version, lead.version,
                       lambda: [(_LEAD_FIELDS[k], v, getattr(lead, k + "_id" if k == "model" else k))
                                for k, v in values.items() if k in _LEAD_FIELDS])
        before = audit.fields_of(lead)
        Lead.update(**values, updated_at=now, version=Lead.version + 1).where(Lead.id == lead_id).execute()
        audit.record(actor, "lead.update", "lead", lead_id, at=now,
                     changes=audit.diff(before, audit.fields_of(lead_row(lead_id))))
    return get_lead(actor, lead_id)


def change_level(actor: Actor, lead_id: int, new_level: str, reason: str,
                 at: dt.datetime | None = None) -> LeadDetail:
    """A level change without a contact: kept with why, and the next follow-up re-planned from the last
    contact with the new level's cadence. O, D and T come from the order, delivery and cancel actions."""
    require(actor, "lead.change_level")
    now = now_or(at)
    reason = domain_text.clean(reason, field="reason", label=QT_TRANSLATE_NOOP("fields", "原因"), max_length=200)
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写调整级别的原因"), field="reason")
    new = parse_level(new_level)
    if new in (Level.O, Level.D, Level.T):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "下单、交车、退订请使用对应的操作"), field="level")
    with db.atomic():
        lead = lead_row(lead_id)
        changes.mark(changes.DUE, customer=lead.customer_id)
        check_owner(actor, lead, "lead.change_level")
        require_active(lead)
        levels.check_transition(Level(lead.level), new)
        if new.value == lead.level:
            return get_lead(actor, lead_id)
        old = lead.level
        record_level(actor, lead, new.value, reason, now)
        close_planned(lead.id, "cancelled", actor, now)
        plan_next(lead, new.value, suggest(new.value, lead.last_contact_at or lead.received_at))
        audit.record(actor, "lead.level", "lead", lead_id, old=old, new=new.value, reason=reason, at=now)
    return get_lead(actor, lead_id)


def log_follow_up(actor: Actor, lead_id: int, channel: str, content: str, result: str = "",
                  new_level: str | None = None, next_due: dt.datetime | None = None,
                  at: dt.datetime | None = None, place: str = "") -> LeadDetail:
    """One contact, one transaction: the interaction, the planned follow-up done, the level change if
    any, the next follow-up (suggested from the cadence, or the consultant's date), the lead and customer
    activity times. After the D lead's post-delivery call nothing more is planned (a base customer now)."""
    # a showroom visit or test drive is registered (front desk, 到店登记); any other contact is a follow-up
    permission = "visit.write" if channel in VISIT_CHANNELS else "lead.follow_up"
    require(actor, permission)
    now = now_or(at)
    if channel not in CHANNELS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择联系方式"), field="channel")
    content = _text(content, "content", 4000)
    result = _text(result, "result", 200)
    if not content:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写跟进内容"), field="content")
    if next_due is not None and next_due.date() < now.date():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "下次跟进日期不能早于今天"), field="next_due")
    with db.atomic():
        lead = lead_row(lead_id)
        changes.mark(changes.DUE, customer=lead.customer_id)
        check_owner(actor, lead, permission)
        if new_level and new_level != lead.level:
            check_owner(actor, lead, "lead.change_level")
        post_delivery = lead.level == Level.D.value
        if not post_delivery:
            require_active(lead)
        level = lead.level
        if new_level and new_level != lead.level:
            new = parse_level(new_level)
            if new in (Level.O, Level.D, Level.T):
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "下单、交车、退订请使用对应的操作"), field="level")
            levels.check_transition(Level(lead.level), new)
            level = new.value
        inter = Interaction.create(customer=lead.customer_id, lead=lead.id, user=actor.id, at=now,
                                   channel=channel, place=_text(place, "place", 60), content=content, result=result)
        close_planned(lead.id, "done", actor, now, inter.id)
        if level != lead.level:
            record_level(actor, lead, level, result or content[:200], now)
        plan = None if post_delivery else suggest(level, now, next_due=next_due)
        plan_next(lead, level, plan)
        Lead.update(last_contact_at=now, updated_at=now).where(Lead.id == lead.id).execute()
        touch_customer(lead.customer_id, now)
        audit.record(actor, "lead.follow_up", "lead", lead.id, at=now, channel=channel, interaction=inter.id,
                     level=level, next_due=plan.due_at if plan else None)
    return get_lead(actor, lead_id)


def snooze(actor: Actor, follow_up_id: int, until: dt.datetime, at: dt.datetime | None = None) -> None:
    """Hide a planned follow-up from the due list until `until`; its due and overdue times stay."""
    require(actor, "lead.follow_up")
    changes.mark(changes.DUE)
    now = now_or(at)
    if until <= now:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "暂缓时间应晚于现在"), field="until")
    with db.atomic():
        fu = FollowUp.get_or_none(FollowUp.id == follow_up_id)
        if fu is None or fu.status != "planned":
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到待办的跟进 {id}"), id=follow_up_id)
        check_owner(actor, lead_row(fu.lead_id), "lead.follow_up")
        FollowUp.update(snoozed_until=until).where(FollowUp.id == follow_up_id).execute()
        audit.record(actor, "follow_up.snooze", "follow_up", follow_up_id, until=until, at=now)


# --- reading ------------------------------------------------------------------------------------------

def list_leads(actor: Actor, customer_id: int | None = None, status: str | None = None,
               owner_id: int | None = None, limit: int = 500) -> list[LeadDetail]:
    """A customer's leads (profile), or a consultant's (a consultant sees only their own)."""
    require(actor, "lead.read")
    query = Lead.select()
    if customer_id is not None:
        require_customer(actor, "lead.read", customer_id)
        query = query.where(Lead.customer == customer_id)
    own = own_leads_clause(actor)
    if own is not None:
        query = query.where(own)
    if status == "active":
        query = query.where(Lead.status.in_(ACTIVE_STATUSES))
    elif status:
        query = query.where(Lead.status == status)
    if actor.role == "sales" and customer_id is None:
        owner_id = actor.id
    if owner_id is not None:
        query = query.where(Lead.owner == owner_id)
    return lead_details(query.order_by(Lead.created_at.desc(), Lead.id.desc()).limit(limit))


def pending_defeats(actor: Actor) -> list[LeadDetail]:
    """The manager's approval queue."""
    require(actor, "lead.approve_defeat")
    return lead_details(Lead.select().where(Lead.status == "defeat_pending").order_by(Lead.defeat_requested_at))


def lead_history(actor: Actor, lead_id: int) -> list[HistoryEntry]:
    """Level changes, contacts and decisions (order, delivery, defeat, reassignment), newest first."""
    require_lead(actor, "lead.read", lead_row(lead_id), write=False)
    names = dict(User.select(User.id, User.display_name).tuples())
    out: list[HistoryEntry] = []
    for at, frm, to, by, reason in (LevelChange.select(LevelChange.changed_at, LevelChange.from_level,
                                                       LevelChange.to_level, LevelChange.changed_by,
                                                       LevelChange.reason)
                                    .where(LevelChange.lead == lead_id).tuples()):
        out.append(HistoryEntry(at=at, kind="level", who=names.get(by, ""), text=reason, from_level=frm,
                                to_level=to))
    for at, by, channel, content, result in (Interaction.select(Interaction.at, Interaction.user,
                                                                Interaction.channel, Interaction.content,
                                                                Interaction.result)
                                             .where(Interaction.lead == lead_id).tuples()):
        text = content + (f" → {result}" if result else "")
        out.append(HistoryEntry(at=at, kind="interaction", who=names.get(by, ""), text=text, channel=channel))
    logins = dict(User.select(User.login, User.display_name).tuples())
    for at, login, action, detail in (AuditLog.select(AuditLog.at, AuditLog.user_login, AuditLog.action,
                                                      AuditLog.detail)
                                      .where(AuditLog.entity == "lead", AuditLog.entity_id == lead_id,
                                             AuditLog.action.in_(list(EVENT_ACTIONS))).tuples()):
        data = json.loads(detail) if detail else {}
        note = str(data.get("note") or "")
        out.append(HistoryEntry(at=at, kind="event", who=logins.get(login, login),
                                text=EVENT_ACTIONS[action] + (f"：{note}" if note else ""), detail=data))
    order = {"level": 0, "interaction": 1, "event": 2}
    out.sort(key=lambda h: (h.at, order[h.kind]), reverse=True)
    return out


EVENT_ACTIONS = {
    "lead.order": QT_TRANSLATE_NOOP("history", "下单"),
    "lead.delivery": QT_TRANSLATE_NOOP("history", "交车"),
    "lead.cancel": QT_TRANSLATE_NOOP("history", "退订"),
    "lead.defeat_request": QT_TRANSLATE_NOOP("history", "申请战败"),
    "lead.defeat": QT_TRANSLATE_NOOP("history", "战败"),
    "lead.defeat_approve": QT_TRANSLATE_NOOP("history", "经理批准战败"),
    "lead.defeat_reject": QT_TRANSLATE_NOOP("history", "经理驳回战败"),
    "lead.reassign": QT_TRANSLATE_NOOP("history", "转给其他顾问"),
}


def vehicle_models(actor: Actor) -> list[tuple[int, str, str, int]]:
    """The catalogue for the intended-model pickers: (id, brand, name, guide price), the store's own brand
    first, then by brand, series and newest model year (as services/catalogue lists them)."""
    require(actor, "customer.read")
    return list(VehicleModel.select(VehicleModel.id, VehicleModel.brand, VehicleModel.name, VehicleModel.price)
                .where(VehicleModel.active == True)
                .order_by(VehicleModel.own_brand.desc(), VehicleModel.brand, VehicleModel.series,
                          VehicleModel.model_year.desc(), VehicleModel.name).tuples())


def consultants(actor: Actor) -> list[tuple[int, str, str]]:
    """Who may own leads: (id, login, display name) of active consultants and managers."""
    require(actor, "customer.read")
    return list(User.select(User.id, User.login, User.display_name)
                .where(User.active == True, User.role.in_(("sales", "manager"))).order_by(User.role.desc(), User.login)
                .tuples())

