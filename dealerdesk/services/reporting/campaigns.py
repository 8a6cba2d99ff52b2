"""The month's campaigns for the monthly summary's 客户活动 section and `kpi --json` ("campaigns").

A campaign is a call list made in the month or a message batch exported in the month. Definitions (also in
docs/kpi.md): size = calls on the list / messages in the batch; reached = calls answered (已接通, 拒绝, 已预约,
承诺到店) / messages sent out in the file; appointments = calls ending 已预约 / service appointments booked by a
messaged customer within 30 days; visits = contacted customers who came to the store (a walk-in visit or test
drive, or a repair order) within 30 days after the contact.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from dealerdesk.domain import kpi
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.campaigns.call_lists import REACHED
from dealerdesk.store.models import (
    Appointment,
    CallList,
    CallListEntry,
    Interaction,
    Message,
    MessageBatch,
    RepairOrder,
)

VISIT_DAYS = 30
CHUNK = 900
VISIT_CHANNELS = ("visit", "test_drive")


@dataclass(frozen=True)
class CampaignFigures:
    name: str
    kind: str  # call_list | batch (labels.CAMPAIGN_KIND)
    started: dt.datetime
    size: int
    reached: int
    appointments: int
    visits: int

    def to_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "size": self.size, "reached": self.reached,
                "visits": self.visits, "appointments": self.appointments}


def _times(model, field, customer_ids: list[int], start: dt.datetime, end: dt.datetime, *where) -> dict[int, list]:
    found: dict[int, list] = defaultdict(list)
    for part in (customer_ids[i:i + CHUNK] for i in range(0, len(customer_ids), CHUNK)):
        for cid, at in (model.select(model.customer, field)
                        .where(model.customer.in_(part), field >= start, field < end, *where).tuples()):
            found[cid].append(at)
    return found


def _came_after(contacts: list[tuple[int, dt.datetime]], seen: list[dict[int, list]]) -> int:
    """Contacted customers with a time in `seen` within VISIT_DAYS after their contact."""
    hits = set()
    for cid, at in contacts:
        until = at + dt.timedelta(days=VISIT_DAYS)
        if any(at <= t <= until for times in seen for t in times.get(cid, ())):
            hits.add(cid)
    return len(hits)


def _window(contacts: list[tuple[int, dt.datetime]]) -> tuple[list[int], dt.datetime, dt.datetime]:
    """The contacted customers and the time range their visits or bookings can fall in."""
    ids = sorted({c for c, _ in contacts})
    return ids, min(a for _, a in contacts), max(a for _, a in contacts) + dt.timedelta(days=VISIT_DAYS, seconds=1)


def _visits(contacts: list[tuple[int, dt.datetime]]) -> int:
    """Contacted customers who came to the store (a showroom visit or a repair order) within VISIT_DAYS."""
    ids, lo, hi = _window(contacts)
    return _came_after(contacts, [
        _times(Interaction, Interaction.at, ids, lo, hi, Interaction.channel.in_(VISIT_CHANNELS)),
        _times(RepairOrder, RepairOrder.checked_in_at, ids, lo, hi)])


def campaign_figures(start: dt.datetime, end: dt.datetime) -> list[CampaignFigures]:
    """The campaigns started in [start, end), oldest first (the summary's part; the caller checked the actor)."""
    out: list[CampaignFigures] = []
    for cl in CallList.select().where(CallList.created_at >= start, CallList.created_at < end).order_by(CallList.id):
        entries = list(CallListEntry.select(CallListEntry.customer, CallListEntry.result, CallListEntry.called_at)
                       .where(CallListEntry.call_list == cl.id).tuples())
        contacts = [(cid, at) for cid, result, at in entries if result in REACHED and at is not None]
        visits = _visits(contacts) if contacts else 0
        out.append(CampaignFigures(name=cl.name, kind="call_list", started=cl.created_at, size=len(entries),
                                   reached=len(contacts), appointments=sum(1 for _, r, _ in entries if r == "appointment"),
                                   visits=visits))
    for b in (MessageBatch.select().where(MessageBatch.exported_at >= start, MessageBatch.exported_at < end)
              .order_by(MessageBatch.id)):
        messages = list(Message.select(Message.customer, Message.sent_at).where(Message.batch == b.id).tuples())
        contacts = [(cid, at) for cid, at in messages if at is not None]
        visits = appointments = 0
        if contacts:
            visits = _visits(contacts)
            ids, lo, hi = _window(contacts)
            appointments = _came_after(contacts, [_times(Appointment, Appointment.created_at, ids, lo, hi)])
        out.append(CampaignFigures(name=b.name, kind="batch", started=b.exported_at, size=len(messages),
                                   reached=len(contacts), appointments=appointments, visits=visits))
    return sorted(out, key=lambda c: (c.started, c.kind, c.name))


def monthly_campaigns(actor: Actor, month: str) -> list[CampaignFigures]:
    """The campaigns of "YYYY-MM" (managers: permission report.read)."""
    require(actor, "report.read")
    return campaign_figures(*kpi.month_bounds(*kpi.parse_month(month)))
