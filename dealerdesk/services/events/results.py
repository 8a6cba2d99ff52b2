"""What an event produced (活动效果), counted the one way the results page, the printed summary and the monthly
report share (definitions: docs/kpi.md, 客户活动; the window: domain/events.result_window).

- invited: invitations; replied: invitations with an answer; replied_yes: answered 参加 (a check-in counts as 参加)
- attended: customers checked in; walk_ins: of those, the ones who were not invited
- leads: leads whose source is the event (Lead.event), whenever they were created
- test_drives: customers among the attendees and the event's leads with a test drive in the window
- orders: orders of the event's leads (any time), and orders placed in the window by attendees — each order once
- service_bookings: service appointments booked in the window by attendees (cancelled ones left out)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from dealerdesk.domain import events as rules
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.events._common import load_event
from dealerdesk.store.db import read_txn
from dealerdesk.store.models import (
    Appointment,
    Event,
    EventAttendance,
    EventInvitation,
    Interaction,
    Lead,
    SalesOrder,
)


@dataclass(frozen=True)
class EventFigures:
    id: int
    name: str
    kind: str
    starts_at: dt.datetime
    place: str
    status: str
    invited: int
    replied: int
    replied_yes: int
    attended: int
    walk_ins: int
    leads: int
    test_drives: int
    orders: int
    service_bookings: int

    def to_json(self) -> dict:
        """The kpi JSON's entry: the contract's keys (name, date, invited, attended, leads, orders) first."""
        return {"name": self.name, "date": self.starts_at.date().isoformat(), "invited": self.invited,
                "attended": self.attended, "leads": self.leads, "orders": self.orders, "id": self.id,
                "kind": self.kind, "starts_at": self.starts_at.isoformat(), "replied": self.replied,
                "replied_yes": self.replied_yes, "walk_ins": self.walk_ins, "test_drives": self.test_drives,
                "service_bookings": self.service_bookings}


def _count(query) -> int:
    return int(query.count())


def figures_of(event: Event) -> EventFigures:
    """The figures of one event row (a handful of indexed counts). Callers check the permission."""
    start, end = rules.result_window(event.starts_at)
    eid = event.id
    inv = EventInvitation.select().where(EventInvitation.event == eid)
    attendees = EventAttendance.select(EventAttendance.customer).where(EventAttendance.event == eid)
    leads = Lead.select(Lead.id).where(Lead.event == eid)
    lead_customers = Lead.select(Lead.customer).where(Lead.event == eid)
    drivers = (Interaction.select(fn.COUNT(Interaction.customer.distinct()))
               .where(Interaction.channel == "test_drive", Interaction.at >= start, Interaction.at < end,
                      Interaction.customer.in_(attendees) | Interaction.customer.in_(lead_customers)).scalar())
    orders = (SalesOrder.select(fn.COUNT(SalesOrder.id.distinct()))
              .where(SalesOrder.lead.in_(leads)
                     | (SalesOrder.customer.in_(attendees) & (SalesOrder.ordered_at >= start)
                        & (SalesOrder.ordered_at < end))).scalar())
    bookings = _count(Appointment.select().where(Appointment.customer.in_(attendees),
                                                 Appointment.created_at >= start, Appointment.created_at < end,
                                                 Appointment.status != "cancelled"))
    return EventFigures(
        id=eid, name=event.name, kind=event.kind, starts_at=event.starts_at, place=event.place, status=event.status,
        invited=_count(inv), replied=_count(inv.where(EventInvitation.reply != "none")),
        replied_yes=_count(inv.where(EventInvitation.reply == "yes")),
        attended=_count(EventAttendance.select().where(EventAttendance.event == eid)),
        walk_ins=_count(EventAttendance.select().where(EventAttendance.event == eid, EventAttendance.walk_in == True)),
        leads=_count(Lead.select().where(Lead.event == eid)), test_drives=int(drivers or 0), orders=int(orders or 0),
        service_bookings=bookings)


def figures_between(start: dt.datetime, end: dt.datetime) -> list[EventFigures]:
    """Every event (not cancelled) held in [start, end), by date: the monthly report's 客户活动 rows. Callers
    check the permission (the monthly summary requires report.read)."""
    events = Event.select().where(Event.starts_at >= start, Event.starts_at < end, Event.status != "cancelled") \
        .order_by(Event.starts_at, Event.id)
    return [figures_of(e) for e in events]


def event_results(actor: Actor, event_id: int) -> EventFigures:
    """The event's result page."""
    require(actor, "event.read")
    with read_txn():
        return figures_of(load_event(event_id))
