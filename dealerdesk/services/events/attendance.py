"""At the door (签到): find the arriving customer as the front desk does (services/search.py), check them in,
or register a newcomer on the spot with the front desk's walk-in use case (services/sales/walk_in.py) with
source = the event, so the lead it opens names the event (Lead.event) and counts among the event's leads.

A check-in of a customer who was not invited is a walk-in (现场来宾): the attendance row says so, and the
results count both.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import JOIN

from dealerdesk.domain.errors import NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.audit import mask_phone
from dealerdesk.services.auth import Actor, phones_masked, require
from dealerdesk.services.dto import SearchHit
from dealerdesk.services.events._common import load_event, log_contacts
from dealerdesk.services.loyalty.points import earn_for_event
from dealerdesk.services.sales import walk_in
from dealerdesk.services.search import search_customers
from dealerdesk.store.db import db, read_txn
from dealerdesk.store.models import Customer, CustomerPhone, EventAttendance, EventInvitation, Interaction, Lead, User


@dataclass(frozen=True)
class DoorHit:
    """A search hit at the door, with what the clerk must see before pressing Enter."""

    hit: SearchHit
    invited: bool
    reply: str  # labels.EVENT_REPLY ("" when not invited)
    checked_in: bool


@dataclass(frozen=True)
class CheckIn:
    customer_id: int
    name: str
    checked_in_at: dt.datetime
    walk_in: bool  # came without an invitation
    already: bool  # had been checked in before: nothing new was written


@dataclass(frozen=True)
class AttendeeRow:
    customer_id: int
    name: str
    phone: str
    owner_name: str
    checked_in_at: dt.datetime
    checked_in_by: str
    walk_in: bool
    reply: str  # the invitation's reply, "" for a walk-in

    def to_json(self) -> dict:
        return {"customer_id": self.customer_id, "name": self.name, "walk_in": self.walk_in,
                "checked_in_at": self.checked_in_at.isoformat()}


def find_at_door(actor: Actor, event_id: int, text: str, limit: int = 20) -> list[DoorHit]:
    """The search box's hits for `text`, invitees first (an invitee is who is expected at the door)."""
    require(actor, "event.read")
    load_event(event_id)
    hits = search_customers(actor, text, limit=limit)
    if not hits:
        return []
    ids = [h.id for h in hits]
    replies = dict(EventInvitation.select(EventInvitation.customer, EventInvitation.reply).where(
        EventInvitation.event == event_id, EventInvitation.customer.in_(ids)).tuples())
    came = {cid for (cid,) in EventAttendance.select(EventAttendance.customer).where(
        EventAttendance.event == event_id, EventAttendance.customer.in_(ids)).tuples()}
    out = [DoorHit(hit=h, invited=h.id in replies, reply=replies.get(h.id, ""), checked_in=h.id in came)
           for h in hits]
    return sorted(out, key=lambda d: not d.invited)  # stable: the search's order within each group


def _check_in(actor: Actor, event, customer_id: int, now: dt.datetime) -> CheckIn:
    name = Customer.select(Customer.name).where(Customer.id == customer_id).scalar()
    if name is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "客户 #{id} 不存在"), field="customer", id=customer_id)
    before = EventAttendance.get_or_none(EventAttendance.event == event.id, EventAttendance.customer == customer_id)
    if before is not None:
        return CheckIn(customer_id, name, before.checked_in_at, before.walk_in, already=True)
    invited = EventInvitation.select().where(EventInvitation.event == event.id,
                                             EventInvitation.customer == customer_id).exists()
    EventAttendance.create(event=event.id, customer=customer_id, checked_in_at=now, by_user=actor.id,
                           walk_in=not invited)
    if invited:  # whoever came has said yes, whatever they answered on the phone
        EventInvitation.update(reply="yes", replied_at=now).where(
            EventInvitation.event == event.id, EventInvitation.customer == customer_id,
            EventInvitation.reply != "yes").execute()
    Customer.update(last_activity_at=now).where(Customer.id == customer_id, Customer.last_activity_at < now).execute()
    earn_for_event(actor, customer_id, event.name, now)  # member points for coming (setting 参加活动积分)
    return CheckIn(customer_id, name, now, walk_in=not invited, already=False)


def check_in(actor: Actor, event_id: int, customer_id: int, at: dt.datetime | None = None) -> CheckIn:
    """签到: one attendance row per customer and event (checking in twice says so and writes nothing)."""
    require(actor, "event.write")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        event = load_event(event_id, open_only=True)
        result = _check_in(actor, event, customer_id, now)
        if not result.already:
            log_contacts(event, [customer_id], actor.id, now, f"参加活动：{event.name}（签到）", place=event.place)
            audit.record(actor, "event.check_in", "event", event_id, at=now, about=customer_id,
                         customer=customer_id, walk_in=result.walk_in)
            changes.mark(changes.CUSTOMERS, customer=customer_id)
    return result


def register_walk_in(actor: Actor, event_id: int, data: walk_in.WalkInInput,
                     at: dt.datetime | None = None) -> walk_in.WalkInResult:
    """现场登记: the front desk's walk-in (customer, lead, visit, level, next follow-up) with source = the
    event, and the check-in, all in one transaction. A lead the walk-in opens names the event; a customer with
    an open lead gets the visit on it, and that lead keeps the source it had."""
    require(actor, "event.write")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        event = load_event(event_id, open_only=True)
        customer = data.customer
        if customer is not None:
            customer = replace(customer, source="event")
        result = walk_in.register_walk_in(actor, replace(data, customer=customer, source="event"), at=now)
        if result.new_lead:
            Lead.update(event=event_id).where(Lead.id == result.lead_id).execute()
        Interaction.update(place=(event.place or event.name)[:60]).where(
            Interaction.id == result.interaction_id).execute()
        done = _check_in(actor, event, result.customer_id, now)
        audit.record(actor, "event.walk_in", "event", event_id, at=now, about=result.customer_id,
                     customer=result.customer_id, lead=result.lead_id, new_lead=result.new_lead,
                     new_customer=result.new_customer, walk_in=done.walk_in)
        changes.mark(changes.CUSTOMERS, changes.DUE, customer=result.customer_id)
    return result


def attendees(actor: Actor, event_id: int) -> list[AttendeeRow]:
    """Who came, in the order they checked in."""
    require(actor, "event.read")
    masked = phones_masked(actor)
    phone = (CustomerPhone.select(CustomerPhone.phone).where(CustomerPhone.customer == Customer.id)
             .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).limit(1))
    clerk = User.alias()
    with read_txn():
        load_event(event_id)
        rows = list(EventAttendance.select(Customer.id, Customer.name, phone.alias("phone"), User.display_name,
                                           EventAttendance.checked_in_at, clerk.display_name,
                                           EventAttendance.walk_in, EventInvitation.reply)
                    .join(Customer, on=(EventAttendance.customer == Customer.id))
                    .join(User, JOIN.LEFT_OUTER, on=(Customer.owner == User.id))
                    .switch(EventAttendance)
                    .join(clerk, JOIN.LEFT_OUTER, on=(EventAttendance.by_user == clerk.id))
                    .switch(EventAttendance)
                    .join(EventInvitation, JOIN.LEFT_OUTER,
                          on=((EventInvitation.event == EventAttendance.event)
                              & (EventInvitation.customer == EventAttendance.customer)))
                    .where(EventAttendance.event == event_id)
                    .order_by(EventAttendance.checked_in_at, EventAttendance.id).tuples())
    return [AttendeeRow(customer_id=r[0], name=r[1], phone=(mask_phone(r[2]) if masked else r[2]) or "",
                        owner_name=r[3] or "", checked_in_at=r[4], checked_in_by=r[5] or "", walk_in=bool(r[6]),
                        reply=r[7] or "") for r in rows]


def ensure_open(actor: Actor, event_id: int) -> None:
    """Refuse (Conflict) when the event is cancelled: the door page asks before it opens the walk-in form."""
    require(actor, "event.read")
    load_event(event_id, open_only=True)
