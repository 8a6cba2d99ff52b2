"""客户活动 itself: create, edit, cancel and list the store's events (launches, test-drive days, salons, auto
shows, community events, owner parties). Invitations, check-in and results are their own modules."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from dealerdesk.domain import events as rules
from dealerdesk.domain import text as domain_text
from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.events._common import load_event
from dealerdesk.store.db import db, read_txn
from dealerdesk.store.models import Event, EventAttendance, EventInvitation, User


@dataclass
class EventInput:
    name: str
    kind: str
    starts_at: dt.datetime
    place: str = ""
    target: str = ""  # whom it is for, in words
    note: str = ""


@dataclass(frozen=True)
class EventRow:
    id: int
    name: str
    kind: str
    starts_at: dt.datetime
    place: str
    target: str
    note: str
    status: str  # planned | cancelled
    cancel_reason: str
    created_by: str  # display name
    invited: int
    attended: int

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "starts_at": self.starts_at.isoformat(),
                "place": self.place, "target": self.target, "status": self.status, "invited": self.invited,
                "attended": self.attended}


def _clean(data: EventInput) -> dict:
    name = domain_text.strip_invisible(data.name or "").strip()
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写活动名称"), field="name")
    if len(name) > rules.NAME_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "活动名称太长：最多 {max} 个字"), field="name",
                           max=rules.NAME_MAX)
    if data.kind not in rules.KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的活动类型：{value}"), field="kind",
                           value=domain_text.shorten(str(data.kind)))
    if not isinstance(data.starts_at, dt.datetime):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写活动的日期和时间"), field="starts_at")
    place = (data.place or "").strip()
    target = (data.target or "").strip()
    if len(place) > rules.PLACE_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "活动地点太长：最多 {max} 个字"), field="place",
                           max=rules.PLACE_MAX)
    if len(target) > rules.TARGET_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "目标客户说明太长：最多 {max} 个字"), field="target",
                           max=rules.TARGET_MAX)
    return {"name": name, "kind": data.kind, "starts_at": data.starts_at.replace(second=0, microsecond=0),
            "place": place, "target": target, "note": (data.note or "").strip()}


def create_event(actor: Actor, data: EventInput, at: dt.datetime | None = None) -> EventRow:
    require(actor, "event.write")
    values = _clean(data)
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        event = Event.create(**values, created_by=actor.id, created_at=now, updated_at=now)
        audit.record(actor, "event.create", "event", event.id, at=now, name=values["name"], kind=values["kind"],
                     starts_at=values["starts_at"].isoformat())
    return get_event(actor, event.id)


def update_event(actor: Actor, event_id: int, data: EventInput, at: dt.datetime | None = None) -> EventRow:
    require(actor, "event.write")
    values = _clean(data)
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        event = load_event(event_id, open_only=True)
        old = {k: getattr(event, k) for k in values}
        Event.update(**values, updated_at=now).where(Event.id == event_id).execute()
        audit.record(actor, "event.update", "event", event_id, at=now, changes=audit.diff(old, values))
    return get_event(actor, event_id)


def cancel_event(actor: Actor, event_id: int, reason: str = "", at: dt.datetime | None = None) -> EventRow:
    """A cancelled event keeps its invitations and check-ins (the record of who was asked); nothing new is
    added to it."""
    require(actor, "event.write")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        event = load_event(event_id)
        if event.status == "cancelled":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "活动“{name}”已经取消"), field="event", name=event.name)
        Event.update(status="cancelled", cancel_reason=(reason or "").strip()[:200], cancelled_at=now,
                     updated_at=now).where(Event.id == event_id).execute()
        audit.record(actor, "event.cancel", "event", event_id, at=now, reason=(reason or "").strip()[:200])
    return get_event(actor, event_id)


def _rows(query) -> list[EventRow]:
    invited = (EventInvitation.select(fn.COUNT(EventInvitation.id)).where(EventInvitation.event == Event.id))
    attended = (EventAttendance.select(fn.COUNT(EventAttendance.id)).where(EventAttendance.event == Event.id))
    rows = (query.select(Event.id, Event.name, Event.kind, Event.starts_at, Event.place, Event.target, Event.note,
                         Event.status, Event.cancel_reason, User.display_name, invited.alias("invited"),
                         attended.alias("attended"))
            .join(User, JOIN.LEFT_OUTER, on=(Event.created_by == User.id)).tuples())
    return [EventRow(id=r[0], name=r[1], kind=r[2], starts_at=r[3], place=r[4], target=r[5], note=r[6],
                     status=r[7], cancel_reason=r[8], created_by=r[9] or "", invited=r[10] or 0,
                     attended=r[11] or 0) for r in rows]


def get_event(actor: Actor, event_id: int) -> EventRow:
    require(actor, "event.read")
    load_event(event_id)
    return _rows(Event.select().where(Event.id == event_id))[0]


def list_events(actor: Actor, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                include_cancelled: bool = True) -> list[EventRow]:
    """Events by date, newest first; `start`/`end` bound the event's time [start, end)."""
    require(actor, "event.read")
    with read_txn():
        query = Event.select()
        if start is not None:
            query = query.where(Event.starts_at >= start)
        if end is not None:
            query = query.where(Event.starts_at < end)
        if not include_cancelled:
            query = query.where(Event.status != "cancelled")
        return _rows(query.order_by(Event.starts_at.desc(), Event.id.desc()))
