"""What the event use cases share: loading an event (refusing a missing or cancelled one), and the interaction
that records a contact about an event in the customer's history (DOMAIN: each invitation, reply and attendance
is an interaction)."""
from __future__ import annotations

import datetime as dt

from dealerdesk.domain.errors import Conflict, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.store.models import Event, Interaction

#: the channel of the history line an invitation, a reply or a check-in writes (labels.CHANNEL: 其他): not a
#: showroom visit, so the funnel does not count it; a walk-in registered at the event logs its own visit
CHANNEL = "other"
MSG_NO_EVENT = QT_TRANSLATE_NOOP("errors", "活动 #{id} 不存在")
MSG_CANCELLED = QT_TRANSLATE_NOOP("errors", "活动“{name}”已取消，不能再邀请、登记回复或签到")


def load_event(event_id: int, *, open_only: bool = False) -> Event:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound(MSG_NO_EVENT, field="event", id=event_id)
    if open_only and event.status == "cancelled":
        raise Conflict(MSG_CANCELLED, field="event", name=event.name)
    return event


def log_contacts(event: Event, customer_ids: list[int], user_id: int | None, at: dt.datetime, content: str,
                 place: str = "") -> None:
    """One history line per customer (one INSERT for the lot)."""
    if customer_ids:
        Interaction.insert_many([{"customer": cid, "user": user_id, "at": at, "channel": CHANNEL,
                                  "place": place[:60], "content": content} for cid in customer_ids]).execute()
