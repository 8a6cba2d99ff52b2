"""The data of the printed event summary (活动总结, reports/event_summary.py): the event, its figures, the
replies and who came, with the store's header. Printing lists customers, so it is audited like an export."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.events._common import load_event
from dealerdesk.services.events.attendance import AttendeeRow, attendees
from dealerdesk.services.events.records import EventRow, get_event
from dealerdesk.services.events.results import EventFigures, figures_of
from dealerdesk.services.store_profile import get_profile
from dealerdesk.store.db import db
from dealerdesk.store.models import EventInvitation


@dataclass(frozen=True)
class EventSummary:
    event: EventRow
    figures: EventFigures
    replies: dict[str, int]  # labels.EVENT_REPLY code → invitations
    attendees: list[AttendeeRow]
    generated_at: dt.datetime
    store_name: str = ""
    store_logo: bytes = b""
    store_line: str = ""
    definitions: list[tuple[str, str]] = field(default_factory=list)


#: how each figure is counted, printed under the figures (the same words as docs/kpi.md)
DEFINITIONS = [
    ("邀请", "受邀客户数"),
    ("已回复", "邀请中已答复（参加、待定或不参加）的人数；到场签到视为参加"),
    ("到场", "签到的客户数，其中“现场来宾”为未受邀而到场的客户"),
    ("新线索", "来源为本活动的线索（现场登记新开的线索），不限时间"),
    ("试驾", "到场客户和本活动线索的客户中，活动当天起 30 天内试驾过的人数"),
    ("订单", "本活动线索的订单，加上到场客户在活动当天起 30 天内下的订单（每单只计一次）"),
    ("售后预约", "到场客户在活动当天起 30 天内预约的保养维修（已取消的不计）"),
]


def event_summary(actor: Actor, event_id: int, now: dt.datetime | None = None) -> EventSummary:
    require(actor, "event.read")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        event = load_event(event_id)
        replies = Counter(r for (r,) in EventInvitation.select(EventInvitation.reply)
                          .where(EventInvitation.event == event_id).tuples())
        came = attendees(actor, event_id)
        audit.record(actor, "event.print", "event", event_id, at=now, attendees=len(came))
        store = get_profile()
        return EventSummary(event=get_event(actor, event_id), figures=figures_of(event), replies=dict(replies),
                            attendees=came, generated_at=now, store_name=store.name, store_logo=store.logo,
                            store_line=store.contact_line, definitions=list(DEFINITIONS))
