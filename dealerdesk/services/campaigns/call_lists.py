"""外呼名单: a segment split between chosen staff; each call logged with its result as an interaction.

Why entries land in the worklist (services/sales/due.py asks `due_calls`): a caller works their calls where
they work their follow-ups, and the tray counts them the same way; an entry is due from the day the list is
made and overdue after `campaign.call_days`. "No answer" keeps the call open for another try.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

from peewee import JOIN, fn

from dealerdesk.domain import campaigns as rules
from dealerdesk.domain import labels
from dealerdesk.domain.errors import InvalidInput, NotFound, PermissionDenied
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, phones_masked, require
from dealerdesk.services.campaigns._common import audience, chunks, setting_int
from dealerdesk.services.campaigns.segments import get_segment, segment_customer_ids
from dealerdesk.services.dto import DueItem
from dealerdesk.store.bulk import insert_rows
from dealerdesk.store.db import db
from dealerdesk.store.models import CallList, CallListEntry, Customer, CustomerPhone, Interaction, Segment, User

#: results after which the customer was spoken to
REACHED = ("reached", "refused", "appointment", "visit_promised")
#: results that end the call (no answer: try again)
FINAL = ("reached", "wrong_number", "refused", "appointment", "visit_promised")
CALLER_ROLES = ("sales", "front_desk", "manager", "service_advisor")


@dataclass(frozen=True)
class CallerProgress:
    caller_id: int | None
    caller_name: str
    total: int = 0
    done: int = 0
    reached: int = 0
    appointments: int = 0

    @property
    def open(self) -> int:
        return self.total - self.done


@dataclass(frozen=True)
class CallListRow:
    id: int
    name: str
    segment_name: str
    split: str
    created_at: dt.datetime
    due_at: dt.datetime
    overdue_at: dt.datetime
    closed: bool
    excluded: dict[str, int]
    callers: list[CallerProgress] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(c.total for c in self.callers)

    @property
    def done(self) -> int:
        return sum(c.done for c in self.callers)

    @property
    def reached(self) -> int:
        return sum(c.reached for c in self.callers)

    @property
    def appointments(self) -> int:
        return sum(c.appointments for c in self.callers)

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "size": self.total, "done": self.done, "reached": self.reached,
                "appointments": self.appointments, "excluded": self.excluded,
                "callers": [{"name": c.caller_name, "total": c.total, "done": c.done, "reached": c.reached}
                            for c in self.callers]}


@dataclass(frozen=True)
class CallEntryRow:
    id: int
    call_list_id: int
    call_list_name: str
    customer_id: int
    customer_name: str
    phone: str
    caller_id: int | None
    caller_name: str
    status: str
    result: str
    called_at: dt.datetime | None
    attempts: int


def callers(actor: Actor) -> list[tuple[int, str]]:
    """Who can be given calls: the active staff who talk to customers (id, display name)."""
    require(actor, "campaign.read")
    return list(User.select(User.id, User.display_name)
                .where(User.active == True, User.role.in_(CALLER_ROLES)).order_by(User.role, User.display_name).tuples())


def create_call_list(actor: Actor, name: str, segment_id: int, caller_ids: list[int], split: str = "round_robin",
                     at: dt.datetime | None = None) -> CallListRow:
    """Split the segment's customers who may be called between `caller_ids`; the others are counted by reason."""
    require(actor, "campaign.write")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    name = (name or "").strip()[:60]
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写名单名称"), field="name")
    caller_ids = list(dict.fromkeys(caller_ids))
    active = {uid for (uid,) in User.select(User.id).where(User.id.in_(caller_ids or [0]), User.active == True,
                                                           User.role.in_(CALLER_ROLES)).tuples()}
    if set(caller_ids) - active:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "外呼人员应是在职的销售、前台、服务顾问或经理"), field="callers")
    get_segment(actor, segment_id)
    ids = segment_customer_ids(actor, segment_id, today=now.date())
    days = setting_int("campaign.call_days")
    with db.atomic():
        kept, excluded = audience(ids, now, need_mobile=False)
        pairs = rules.split_callers([f.id for f in kept], caller_ids, split)
        cl = CallList.create(name=name, segment=segment_id, split=split, created_at=now, created_by=actor.id,
                             due_at=now, overdue_at=dt.datetime.combine(now.date() + dt.timedelta(days=days),
                                                                        dt.time()),
                             excluded=json.dumps(excluded))
        insert_rows(CallListEntry, [CallListEntry.call_list, CallListEntry.customer, CallListEntry.caller,
                                    CallListEntry.status, CallListEntry.result, CallListEntry.attempts],
                    [(cl.id, cid, uid, "open", "", 0) for cid, uid in pairs])
        audit.record(actor, "call_list.create", "call_list", cl.id, at=now, name=name, size=len(pairs),
                     callers=caller_ids, split=split, excluded=excluded)
        changes.mark(changes.DUE)
    return get_call_list(actor, cl.id)


def _progress(call_list_ids: list[int]) -> dict[int, list[CallerProgress]]:
    out: dict[int, list[CallerProgress]] = {i: [] for i in call_list_ids}
    if not call_list_ids:
        return out
    counts: dict[tuple[int, int | None], Counter] = {}
    names: dict[int | None, str] = {}
    for lid, uid, uname, status, result, n in (
            CallListEntry.select(CallListEntry.call_list, CallListEntry.caller, User.display_name,
                                 CallListEntry.status, CallListEntry.result, fn.COUNT(CallListEntry.id))
            .join(User, JOIN.LEFT_OUTER, on=(CallListEntry.caller == User.id))
            .where(CallListEntry.call_list.in_(call_list_ids))
            .group_by(CallListEntry.call_list, CallListEntry.caller, User.display_name, CallListEntry.status,
                      CallListEntry.result).tuples()):
        c = counts.setdefault((lid, uid), Counter())
        names[uid] = uname or ""
        c["total"] += n
        c["done"] += n if status == "done" else 0
        c["reached"] += n if result in REACHED else 0
        c["appointments"] += n if result == "appointment" else 0
    for (lid, uid), c in sorted(counts.items(), key=lambda kv: (kv[0][0], names.get(kv[0][1], ""))):
        out[lid].append(CallerProgress(caller_id=uid, caller_name=names.get(uid, ""), total=c["total"],
                                       done=c["done"], reached=c["reached"], appointments=c["appointments"]))
    return out


def _row(cl: CallList, progress: list[CallerProgress]) -> CallListRow:
    seg = Segment.get_or_none(Segment.id == cl.segment_id) if cl.segment_id else None
    return CallListRow(id=cl.id, name=cl.name, segment_name=seg.name if seg else "", split=cl.split,
                       created_at=cl.created_at, due_at=cl.due_at, overdue_at=cl.overdue_at, closed=bool(cl.closed),
                       excluded=json.loads(cl.excluded) if cl.excluded else {}, callers=progress)


def get_call_list(actor: Actor, call_list_id: int) -> CallListRow:
    require(actor, "campaign.read")
    cl = CallList.get_or_none(CallList.id == call_list_id)
    if cl is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到外呼名单 {id}"), id=call_list_id)
    return _row(cl, _progress([cl.id])[cl.id])


def list_call_lists(actor: Actor, limit: int = 200) -> list[CallListRow]:
    """Newest first, with progress per caller (one grouped query for all lists)."""
    require(actor, "campaign.read")
    lists = list(CallList.select().order_by(CallList.created_at.desc(), CallList.id.desc()).limit(limit))
    progress = _progress([cl.id for cl in lists])
    return [_row(cl, progress[cl.id]) for cl in lists]


def call_entries(actor: Actor, call_list_id: int, caller_id: int | None = None,
                 entry_id: int | None = None) -> list[CallEntryRow]:
    """A list's calls (one caller's with `caller_id`), open ones first; a consultant sees only their own."""
    require(actor, "campaign.read")
    if actor.role == "sales" and actor.id is not None:
        caller_id = actor.id
    query = (CallListEntry.select(CallListEntry.id, CallListEntry.customer, Customer.name, CallListEntry.caller,
                                  User.display_name, CallListEntry.status, CallListEntry.result,
                                  CallListEntry.called_at, CallListEntry.attempts, CallList.name)
             .join(Customer, on=(CallListEntry.customer == Customer.id))
             .switch(CallListEntry).join(User, JOIN.LEFT_OUTER, on=(CallListEntry.caller == User.id))
             .switch(CallListEntry).join(CallList, on=(CallListEntry.call_list == CallList.id))
             .where(CallListEntry.call_list == call_list_id))
    if caller_id is not None:
        query = query.where(CallListEntry.caller == caller_id)
    if entry_id is not None:
        query = query.where(CallListEntry.id == entry_id)
    entries = list(query.order_by(CallListEntry.status.desc(), CallListEntry.id).tuples())
    phones: dict[int, str] = {}
    for part in chunks([e[1] for e in entries]):
        for cid, phone in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone)
                           .where(CustomerPhone.customer.in_(part))
                           .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).tuples()):
            phones.setdefault(cid, phone)
    mask = phones_masked(actor)
    return [CallEntryRow(id=eid, call_list_id=call_list_id, call_list_name=lname, customer_id=cid,
                         customer_name=cname, phone=audit.mask_phone(phones.get(cid, "")) if mask else phones.get(cid, ""),
                         caller_id=uid, caller_name=uname or "", status=status, result=result, called_at=called,
                         attempts=attempts)
            for eid, cid, cname, uid, uname, status, result, called, attempts, lname in entries]


def log_call(actor: Actor, entry_id: int, result: str, note: str = "", at: dt.datetime | None = None) -> CallEntryRow:
    """One call of a campaign: an interaction (channel phone) on the customer, the entry's result; the call
    stays open after "no answer". The caller logs their own calls; a manager anybody's."""
    require(actor, "interaction.write")
    require(actor, "campaign.read")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    if result not in labels.CALL_RESULT:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择通话结果"), field="result")
    note = (note or "").strip()[:500]
    with db.atomic():
        e = CallListEntry.get_or_none(CallListEntry.id == entry_id)
        if e is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到外呼记录 {id}"), id=entry_id)
        if actor.id is not None and actor.role != "manager" and e.caller_id not in (None, actor.id):
            raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "这通电话分配给了别人，只有本人或经理可以登记"))
        cl = CallList.get_by_id(e.call_list_id)
        result_text = labels.label(labels.CALL_RESULT, result)
        interaction = Interaction.create(customer=e.customer_id, user=actor.id, at=now, channel="phone",
                                         content=note or cl.name, result=result_text)
        e.result, e.called_at, e.attempts = result, now, e.attempts + 1
        e.interaction = interaction.id
        e.status = "done" if result in FINAL else "open"
        e.save()
        Customer.update(last_activity_at=now).where(Customer.id == e.customer_id,
                                                    Customer.last_activity_at < now).execute()
        audit.record(actor, "call_list.log_call", "call_list_entry", e.id, at=now, about=e.customer_id,
                     call_list=cl.id, result=result)
        changes.mark(changes.DUE, customer=e.customer_id)
    return call_entries(actor, e.call_list_id, entry_id=e.id)[0]


def close_call_list(actor: Actor, call_list_id: int) -> None:
    """A finished campaign: its open calls leave the worklists."""
    require(actor, "campaign.write")
    with db.atomic():
        if not CallList.update(closed=True).where(CallList.id == call_list_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到外呼名单 {id}"), id=call_list_id)
        audit.record(actor, "call_list.close", "call_list", call_list_id)
        changes.mark(changes.DUE)


def due_calls(actor: Actor, at: dt.datetime, owner_id: int | None, horizon: dt.datetime) -> list[DueItem]:
    """The open calls of open lists due by `horizon`, as due items (services/sales/due.py lists them with the
    follow-ups, so the worklist and the tray count them)."""
    if not actor.can("campaign.read"):
        return []
    query = (CallListEntry.select(CallListEntry.id, CallListEntry.customer, Customer.name, User.login,
                                  CallList.id, CallList.name, CallList.due_at, CallList.overdue_at)
             .join(CallList, on=(CallListEntry.call_list == CallList.id))
             .switch(CallListEntry).join(Customer, on=(CallListEntry.customer == Customer.id))
             .switch(CallListEntry).join(User, JOIN.LEFT_OUTER, on=(CallListEntry.caller == User.id))
             .where(CallListEntry.status == "open", CallList.closed == False, CallList.due_at <= horizon))
    if owner_id is not None:
        query = query.where(CallListEntry.caller == owner_id)
    return [DueItem(kind="campaign_call", due_at=due_at, overdue_at=overdue_at, owner=login or "", customer_id=cid,
                    customer_name=name, item_id=eid, source="call_list",
                    detail={"call_list_id": lid, "call_list": lname})
            for eid, cid, name, login, lid, lname, due_at, overdue_at in query.tuples().iterator()]
