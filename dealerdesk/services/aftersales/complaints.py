"""Complaints (投诉 / 反馈): receive, work through the enforced statuses, escalate when late.

Why the deadline lives in two places: Complaint.first_response_due / resolve_due colour the customer list
red (a cheap indexed filter), and a `complaint_deadline` Reminder puts the complaint on its owner's due list
and tray; when it runs late it is escalated once (escalated_at) with a second reminder for a manager.
Deadlines come from the settings complaint.first_response_hours / complaint.resolution_days.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from dealerdesk.domain import labels
from dealerdesk.domain import reminders as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, derived, text_input
from dealerdesk.services.aftersales._common import COMPLAINT_OPEN_STATUSES, insert_rows, policy, reminder_row
from dealerdesk.services.aftersales.escalation import escalate_overdue  # noqa: F401 (re-exported: a complaint use case)
from dealerdesk.services.auth import Actor, own_customers_clause, require, require_customer
from dealerdesk.store.db import db
from dealerdesk.store.models import Complaint, Customer, Reminder, User

STATUSES = labels.COMPLAINT_STATUS
#: the only moves allowed; a resolution the customer rejects goes back to in_progress
TRANSITIONS = {"open": ("in_progress",), "in_progress": ("resolved",), "resolved": ("closed", "in_progress"),
               "closed": ()}
OPEN_STATUSES = COMPLAINT_OPEN_STATUSES
CHANNELS = labels.COMPLAINT_CHANNEL
CATEGORIES = labels.COMPLAINT_CATEGORY


@dataclass
class ComplaintInput:
    customer_id: int
    content: str
    channel: str = "phone"
    category: str = "other"
    owner_id: int | None = None
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    customer_id: int
    customer_name: str
    received_at: dt.datetime
    channel: str
    category: str
    content: str
    owner_id: int | None
    owner_name: str
    status: str
    first_response_due: dt.datetime | None
    resolve_due: dt.datetime | None
    first_responded_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    escalated_at: dt.datetime | None
    resolution: str

    @property
    def deadline(self) -> dt.datetime | None:
        """The deadline being worked against now: first response, then resolution; None when done."""
        if self.status not in OPEN_STATUSES:
            return None
        return self.first_response_due if self.first_responded_at is None else self.resolve_due

    def is_overdue(self, now: dt.datetime) -> bool:
        return self.deadline is not None and now >= self.deadline

    @property
    def hours_to_resolve(self) -> float | None:
        if self.resolved_at is None:
            return None
        return round((self.resolved_at - self.received_at).total_seconds() / 3600, 1)


def _query():
    return (Complaint.select(Complaint, Customer.name.alias("customer_name"), User.display_name.alias("owner_name"))
            .join(Customer, on=(Complaint.customer == Customer.id))
            .switch(Complaint).join(User, JOIN.LEFT_OUTER, on=(Complaint.owner == User.id)))


def _toreminder_row(c) -> ComplaintRow:
    return ComplaintRow(c.id, c.customer_id, getattr(c, "customer_name", "") or "", c.received_at, c.channel,
                        c.category, c.content, c.owner_id, getattr(c, "owner_name", None) or "", c.status,
                        c.first_response_due, c.resolve_due, c.first_responded_at, c.resolved_at, c.closed_at,
                        c.escalated_at, c.resolution)


def get_complaint(actor: Actor, complaint_id: int) -> ComplaintRow:
    require(actor, "complaint.read")
    row = _query().where(Complaint.id == complaint_id).objects().first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到投诉 {id}"), id=complaint_id)
    require_customer(actor, "complaint.read", row.customer_id)
    return _toreminder_row(row)


def list_complaints(actor: Actor, status: str | None = None, customer_id: int | None = None,
                    open_only: bool = False, limit: int = 1000) -> list[ComplaintRow]:
    """Newest first; `open_only` = open or in progress."""
    require(actor, "complaint.read")
    query = _query()
    if status:
        query = query.where(Complaint.status == status)
    if open_only:
        query = query.where(Complaint.status.in_(OPEN_STATUSES))
    if customer_id is not None:
        require_customer(actor, "complaint.read", customer_id)
        query = query.where(Complaint.customer == customer_id)
    own = own_customers_clause(actor)  # a consultant sees their own customers' complaints
    if own is not None:
        query = query.where(Complaint.customer.in_(Customer.select(Customer.id).where(own)))
    return [_toreminder_row(c) for c in query.order_by(Complaint.received_at.desc(), Complaint.id.desc())
            .limit(limit).objects()]


def _deadline_reminder(c: Complaint) -> None:
    """The owner's reminder for the current stage; older open stage reminders are superseded."""
    due = rules.complaint_due(c.received_at, c.first_responded_at, policy())
    stage = due.detail["stage"]
    row = reminder_row("complaint_deadline", f"k{c.id}.{stage}", due, c.customer_id, None, c.owner_id,
               {"complaint_id": c.id, "category": c.category})
    (Reminder.delete().where(Reminder.kind == "complaint_deadline", Reminder.status == "open",
                             Reminder.dedupe_key.startswith(f"complaint_deadline:k{c.id}."),
                             Reminder.dedupe_key != row["dedupe_key"],
                             ~Reminder.dedupe_key.contains(".escalated:"))
     .execute())
    insert_rows([row])


def _close_reminders(complaint_id: int, now: dt.datetime, actor: Actor) -> None:
    (Reminder.update(status="done", done_at=now, done_by=actor.id)
     .where(Reminder.kind == "complaint_deadline", Reminder.status == "open",
            Reminder.dedupe_key.startswith(f"complaint_deadline:k{complaint_id}."))
     .execute())


def create_complaint(actor: Actor, data: ComplaintInput, now: dt.datetime | None = None) -> ComplaintRow:
    require_customer(actor, "complaint.write", data.customer_id)
    changes.mark(changes.DUE, customer=data.customer_id)

    now = now or dt.datetime.now().replace(microsecond=0)
    received = data.received_at or now
    content = text_input.clean(Complaint, "content", data.content, QT_TRANSLATE_NOOP("fields", "投诉内容"))
    if not content:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写投诉内容"), field="content")
    if received > now + dt.timedelta(minutes=5):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "受理时间不能晚于现在"), field="received_at")
    if data.channel not in CHANNELS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的受理渠道 {value}"), field="channel", value=data.channel)
    if data.category not in CATEGORIES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的投诉类别 {value}"), field="category",
                           value=data.category)
    pol = policy()
    with db.atomic():
        if not Customer.select().where(Customer.id == data.customer_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), field="customer", id=data.customer_id)
        owner = data.owner_id if data.owner_id is not None else actor.id
        if data.owner_id is not None and not User.select().where(User.id == data.owner_id).exists():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选负责人不存在"), field="owner")
        c = Complaint.create(
            customer=data.customer_id, received_at=received, channel=data.channel, category=data.category,
            content=content, owner=owner, status="open",
            first_response_due=received + dt.timedelta(hours=pol.complaint_first_response_hours),
            resolve_due=received + dt.timedelta(days=pol.complaint_resolution_days))
        _deadline_reminder(c)
        Customer.update(last_activity_at=received).where(Customer.id == data.customer_id,
                                                         Customer.last_activity_at < received).execute()
        audit.record(actor, "complaint.create", "complaint", c.id, at=now, customer=data.customer_id,
                     changes=audit.diff({}, audit.fields_of(c)))
        derived.refresh_customer(data.customer_id, today=now.date())
    return get_complaint(actor, c.id)


def change_status(actor: Actor, complaint_id: int, new_status: str, resolution: str = "",
                  now: dt.datetime | None = None) -> ComplaintRow:
    """Move along open → in progress → resolved → closed; a resolution text is required to resolve."""
    require(actor, "complaint.write")
    now = now or dt.datetime.now().replace(microsecond=0)
    with db.atomic():
        c = Complaint.get_or_none(Complaint.id == complaint_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到投诉 {id}"), id=complaint_id)
        require_customer(actor, "complaint.write", c.customer_id)
        if new_status not in TRANSITIONS.get(c.status, ()):
            raise Conflict(QT_TRANSLATE_NOOP("errors", "投诉状态不能从“{old}”改为“{new}”"), field="status",
                           old=STATUSES.get(c.status, c.status), new=STATUSES.get(new_status, new_status))
        old_status = c.status
        before = audit.fields_of(c)
        changes.mark(changes.DUE, customer=c.customer_id)
        values: dict = {"status": new_status}
        if new_status == "in_progress" and c.first_responded_at is None:
            values["first_responded_at"] = now
        if new_status == "resolved":
            resolution = text_input.clean(Complaint, "resolution", resolution or c.resolution,
                                          QT_TRANSLATE_NOOP("fields", "处理结果"))
            if not resolution:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写处理结果"), field="resolution")
            values.update(resolved_at=now, resolution=resolution)
        if new_status == "closed":
            values["closed_at"] = now
        Complaint.update(**values).where(Complaint.id == complaint_id).execute()
        c = Complaint.get_by_id(complaint_id)
        if new_status == "in_progress":
            _deadline_reminder(c)
        else:
            _close_reminders(complaint_id, now, actor)
        audit.record(actor, "complaint.status", "complaint", complaint_id, at=now, old=old_status, new=new_status,
                     changes=audit.diff(before, audit.fields_of(c)))
        derived.refresh_customer(c.customer_id, today=now.date())
    return get_complaint(actor, complaint_id)
