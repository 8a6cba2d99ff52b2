"""客户分组: a customer-list filter saved by name, its live count and its customers.

Why the customer list's own filter (services/customers/listing.CustomerFilter) and no second engine: a segment
must hold exactly the customers the list shows for the same filter (an acceptance test says so), and the list
is already fast on a million customers. The win-back list (services/aftersales/winback.py) is offered as a
ready segment computed by its own service.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from dealerdesk.domain import text as texts
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.services.aftersales.winback import WINBACK_MONTHS, list_winback
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.customers import listing
from dealerdesk.services.customers.listing import CustomerFilter, filter_from_json, filter_to_json
from dealerdesk.store.db import db
from dealerdesk.store.models import Segment

WINBACK = "winback"
#: the ready segments, their names and their stored "filter" (their rule is their service's)
BUILTIN_NAMES = {WINBACK: QT_TRANSLATE_NOOP("campaigns", "流失召回（{months}个月未到店）")}
MAX_CUSTOMERS = 200_000  # most customers one segment hands to a batch or call list


@dataclass(frozen=True)
class SegmentRow:
    id: int
    name: str
    filter: CustomerFilter
    builtin: str
    created_at: dt.datetime
    updated_at: dt.datetime


def _row(s: Segment) -> SegmentRow:
    return SegmentRow(id=s.id, name=s.name, filter=filter_from_json(json.loads(s.filter or "{}")),
                      builtin=s.builtin, created_at=s.created_at, updated_at=s.updated_at)


def list_segments(actor: Actor) -> list[SegmentRow]:
    require(actor, "campaign.read")
    return [_row(s) for s in Segment.select().where(Segment.archived == False).order_by(Segment.name)]


def get_segment(actor: Actor, segment_id: int) -> SegmentRow:
    require(actor, "campaign.read")
    s = Segment.get_or_none(Segment.id == segment_id)
    if s is None or s.archived:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户分组 {id}"), id=segment_id)
    return _row(s)


def save_segment(actor: Actor, name: str, flt: CustomerFilter, segment_id: int | None = None,
                 at: dt.datetime | None = None) -> SegmentRow:
    """Save a filter under a name (a new segment, or `segment_id`'s new filter); names are unique."""
    require(actor, "campaign.write")
    name = texts.clean(name, field="name", label=QT_TRANSLATE_NOOP("campaigns", "分组名称"), max_length=60)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写分组名称"), field="name")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    data = json.dumps(filter_to_json(flt), ensure_ascii=False, sort_keys=True)
    with db.atomic():
        same = Segment.get_or_none(Segment.name == name)
        if same is not None and same.id != segment_id:
            if not same.archived:
                raise Conflict(QT_TRANSLATE_NOOP("errors", "已有名为“{name}”的客户分组"), field="name", name=name)
            same.delete_instance()
        if segment_id is None:
            s = Segment.create(name=name, filter=data, created_at=now, updated_at=now, created_by=actor.id)
        else:
            s = Segment.get_or_none(Segment.id == segment_id)
            if s is None or s.builtin:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户分组 {id}"), id=segment_id)
            s.name, s.filter, s.updated_at = name, data, now
            s.save()
        audit.record(actor, "segment.save", "segment", s.id, at=now, name=name, filter=filter_to_json(flt))
    return _row(s)


def delete_segment(actor: Actor, segment_id: int) -> None:
    """Archived, not deleted: the call lists and batches made from it still name it."""
    require(actor, "campaign.write")
    with db.atomic():
        if not Segment.update(archived=True).where(Segment.id == segment_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户分组 {id}"), id=segment_id)
        audit.record(actor, "segment.delete", "segment", segment_id)


def ensure_winback(actor: Actor, months: int = WINBACK_MONTHS) -> SegmentRow:
    """The win-back list as a ready segment (created on first use, so the campaigns page always offers it)."""
    require(actor, "campaign.read")
    with db.atomic():
        s = Segment.get_or_none(Segment.builtin == WINBACK)
        if s is None:
            name = BUILTIN_NAMES[WINBACK].format(months=months)
            clash = Segment.get_or_none(Segment.name == name)
            if clash is not None:
                name = f"{name} #{clash.id}"
            s = Segment.create(name=name, filter=json.dumps({"months": months}), builtin=WINBACK,
                               created_by=actor.id)
    return _row(s)


def filter_customer_ids(actor: Actor, flt: CustomerFilter, limit: int = MAX_CUSTOMERS) -> list[int]:
    """The customers a filter keeps, in id order: the customer list's own query."""
    return listing.ids(actor, flt, sort_key="id", descending=False, limit=limit)


def segment_customer_ids(actor: Actor, segment_id: int, today: dt.date | None = None) -> list[int]:
    """The customers of a segment now, in id order (batches, call lists and event invitations start here)."""
    s = get_segment(actor, segment_id)
    if s.builtin == WINBACK:
        months = json.loads(Segment.get_by_id(segment_id).filter or "{}").get("months", WINBACK_MONTHS)
        rows = list_winback(actor, today or dt.date.today(), months=months, limit=MAX_CUSTOMERS)
        return sorted({r.customer_id for r in rows})
    return filter_customer_ids(actor, s.filter)


def segment_count(actor: Actor, segment_id: int, today: dt.date | None = None) -> int:
    """The live count: the customer list's COUNT for the same filter."""
    s = get_segment(actor, segment_id)
    if s.builtin:
        return len(segment_customer_ids(actor, segment_id, today))
    return listing.count(actor, s.filter)


def filter_count(actor: Actor, flt: CustomerFilter) -> int:
    """The editor's live count while a filter is being edited."""
    require(actor, "campaign.read")
    return listing.count(actor, flt)
