"""Invitations to an event and the customers' replies.

Customers are invited by id: picked by hand (the search box) or every customer of a customer-list filter
(services/customers/listing.py, the same filter and the same visibility as the list; the campaigns' segments
give ids the same way). Inviting a customer twice keeps the first invitation; each new invitation and each
reply is a line in the customer's history.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import JOIN

from dealerdesk.domain import events as rules
from dealerdesk.domain import labels
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.audit import mask_phone
from dealerdesk.services.auth import Actor, phones_masked, require
from dealerdesk.services.customers import listing
from dealerdesk.services.events._common import load_event, log_contacts
from dealerdesk.store.db import db, read_txn
from dealerdesk.store.models import Customer, CustomerPhone, EventAttendance, EventInvitation, User

#: the most customers one invitation call takes (a filter of the whole base is refused, not half-done)
MAX_INVITE = 20_000


@dataclass(frozen=True)
class InviteResult:
    invited: int  # new invitations
    already: int  # customers who had been invited before
    skipped: int  # archived, erased or unknown ids
    no_consent: int = 0  # left out of a filter's invitation: no consent to be contacted (PIPL)


@dataclass(frozen=True)
class InvitationRow:
    id: int
    customer_id: int
    name: str
    phone: str  # primary phone, masked when the role may not see phones
    owner_name: str
    invited_at: dt.datetime
    invited_by: str
    reply: str  # labels.EVENT_REPLY
    replied_at: dt.datetime | None
    checked_in_at: dt.datetime | None

    def to_json(self) -> dict:
        return {"id": self.id, "customer_id": self.customer_id, "name": self.name, "reply": self.reply,
                "invited_at": self.invited_at.isoformat(),
                "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None}


def invite(actor: Actor, event_id: int, customer_ids: list[int], at: dt.datetime | None = None) -> InviteResult:
    """Invite these customers (by hand or from a list); one transaction, one audit row."""
    require(actor, "event.write")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    wanted = list(dict.fromkeys(int(c) for c in customer_ids))
    if not wanted:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请先选择要邀请的客户"), field="customers")
    if len(wanted) > MAX_INVITE:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "一次最多邀请 {max} 位客户，所选有 {n} 位；请缩小筛选范围"),
                           field="customers", max=MAX_INVITE, n=len(wanted))
    with db.atomic():
        event = load_event(event_id, open_only=True)
        valid: list[int] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            valid += [cid for (cid,) in Customer.select(Customer.id).where(
                Customer.id.in_(chunk), Customer.archived == False, Customer.erased_at.is_null()).tuples()]
        already: set[int] = set()
        for i in range(0, len(valid), 500):
            chunk = valid[i:i + 500]
            already |= {cid for (cid,) in EventInvitation.select(EventInvitation.customer).where(
                EventInvitation.event == event_id, EventInvitation.customer.in_(chunk)).tuples()}
        new = [cid for cid in valid if cid not in already]
        for i in range(0, len(new), 500):
            EventInvitation.insert_many([{"event": event_id, "customer": cid, "invited_by": actor.id,
                                          "invited_at": now, "reply": "none"} for cid in new[i:i + 500]]).execute()
        log_contacts(event, new, actor.id, now, f"邀请参加活动：{event.name}（{event.starts_at:%Y-%m-%d %H:%M}）")
        audit.record(actor, "event.invite", "event", event_id, at=now, invited=len(new), already=len(already),
                     customers=new[:50])
        changes.mark(changes.CUSTOMERS)
    return InviteResult(invited=len(new), already=len(already), skipped=len(wanted) - len(valid))


def invite_filtered(actor: Actor, event_id: int, flt: listing.CustomerFilter,
                    at: dt.datetime | None = None) -> InviteResult:
    """Invite every customer the customer list shows for `flt` (as this user sees the list) who consented to
    be contacted; the others are left out and counted (an invitation by hand is the clerk's own decision)."""
    require(actor, "customer.read")
    total = listing.count(actor, flt)
    if total > MAX_INVITE:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "一次最多邀请 {max} 位客户，所选有 {n} 位；请缩小筛选范围"),
                           field="customers", max=MAX_INVITE, n=total)
    ids = listing.ids(actor, flt, limit=MAX_INVITE) if total else []
    if not ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "筛选条件下没有客户"), field="customers")
    return _invite_consenting(actor, event_id, ids, at)


def invite_segment(actor: Actor, event_id: int, segment_id: int, at: dt.datetime | None = None) -> InviteResult:
    """Invite the customers of a saved segment (客户分组, services/campaigns) who consented to be contacted;
    the others are left out and counted, as for a filter."""
    from dealerdesk.services.campaigns.segments import segment_customer_ids

    ids = segment_customer_ids(actor, segment_id, today=(at or dt.datetime.now()).date())
    if len(ids) > MAX_INVITE:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "一次最多邀请 {max} 位客户，所选有 {n} 位；请缩小筛选范围"),
                           field="customers", max=MAX_INVITE, n=len(ids))
    if not ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "这个客户分组里没有客户"), field="customers")
    return _invite_consenting(actor, event_id, ids, at)


def _invite_consenting(actor: Actor, event_id: int, ids: list[int], at: dt.datetime | None) -> InviteResult:
    consenting: list[int] = []
    for i in range(0, len(ids), 500):
        consenting += [cid for (cid,) in Customer.select(Customer.id).where(
            Customer.id.in_(ids[i:i + 500]), Customer.consent == True).tuples()]
    if not consenting:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "筛选出的 {n} 位客户都没有同意接收联系，不能邀请"),
                           field="customers", n=len(ids))
    keep = set(consenting)
    result = invite(actor, event_id, [cid for cid in ids if cid in keep], at=at)
    return replace(result, no_consent=len(ids) - len(keep))


def uninvite(actor: Actor, event_id: int, customer_id: int, at: dt.datetime | None = None) -> None:
    """Take back an invitation made by mistake (a customer already checked in stays an attendee)."""
    require(actor, "event.write")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        load_event(event_id, open_only=True)
        deleted = EventInvitation.delete().where(EventInvitation.event == event_id,
                                                 EventInvitation.customer == customer_id).execute()
        if not deleted:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "这位客户没有被邀请参加此活动"), field="customer")
        audit.record(actor, "event.uninvite", "event", event_id, at=now, about=customer_id, customer=customer_id)


def record_reply(actor: Actor, event_id: int, customer_id: int, reply: str,
                 at: dt.datetime | None = None) -> InvitationRow:
    """参加 / 待定 / 不参加 (or back to 未回复), with when it was given."""
    require(actor, "event.write")
    if reply not in rules.REPLIES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的回复：{value}"), field="reply", value=str(reply)[:20])
    now = (at or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        event = load_event(event_id, open_only=True)
        inv = EventInvitation.get_or_none(EventInvitation.event == event_id, EventInvitation.customer == customer_id)
        if inv is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "这位客户没有被邀请参加此活动"), field="customer")
        EventInvitation.update(reply=reply, replied_at=None if reply == "none" else now).where(
            EventInvitation.id == inv.id).execute()
        if reply != "none":
            log_contacts(event, [customer_id], actor.id, now,
                         f"活动回复（{event.name}）：{labels.EVENT_REPLY[reply]}")
        audit.record(actor, "event.reply", "event", event_id, at=now, about=customer_id, customer=customer_id,
                     reply=[inv.reply, reply])
        changes.mark(customer=customer_id)
    return next(r for r in list_invitations(actor, event_id, customer_ids=[customer_id]))


def list_invitations(actor: Actor, event_id: int, *, reply: str | None = None,
                customer_ids: list[int] | None = None) -> list[InvitationRow]:
    """The event's invitations, by name; `reply` keeps one answer only."""
    require(actor, "event.read")
    masked = phones_masked(actor)
    phone = (CustomerPhone.select(CustomerPhone.phone).where(CustomerPhone.customer == Customer.id)
             .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).limit(1))
    inviter = User.alias()
    with read_txn():
        load_event(event_id)
        query = (EventInvitation.select(EventInvitation.id, Customer.id, Customer.name, phone.alias("phone"),
                                        User.display_name, EventInvitation.invited_at, inviter.display_name,
                                        EventInvitation.reply, EventInvitation.replied_at,
                                        EventAttendance.checked_in_at)
                 .join(Customer, on=(EventInvitation.customer == Customer.id))
                 .join(User, JOIN.LEFT_OUTER, on=(Customer.owner == User.id))
                 .switch(EventInvitation)
                 .join(inviter, JOIN.LEFT_OUTER, on=(EventInvitation.invited_by == inviter.id))
                 .switch(EventInvitation)
                 .join(EventAttendance, JOIN.LEFT_OUTER,
                       on=((EventAttendance.event == EventInvitation.event)
                           & (EventAttendance.customer == EventInvitation.customer)))
                 .where(EventInvitation.event == event_id))
        if reply is not None:
            query = query.where(EventInvitation.reply == reply)
        if customer_ids is not None:
            query = query.where(EventInvitation.customer.in_(customer_ids))
        rows = list(query.order_by(Customer.name, Customer.id).tuples())
    return [InvitationRow(id=r[0], customer_id=r[1], name=r[2], phone=(mask_phone(r[3]) if masked else r[3]) or "",
                          owner_name=r[4] or "", invited_at=r[5], invited_by=r[6] or "", reply=r[7],
                          replied_at=r[8], checked_in_at=r[9]) for r in rows]
