"""Escalating overdue complaints: run by the daily reminder planning and from the complaints page.

Apart from complaints.py so that the planning (reminders.py) can run it without importing the complaint
use cases, which themselves re-score customers through services/derived.py (and that plans reminders).
"""
from __future__ import annotations

import datetime as dt

from dealerdesk.domain import reminders as rules
from dealerdesk.services import audit
from dealerdesk.services.aftersales._common import COMPLAINT_OPEN_STATUSES, insert_rows, reminder_row
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.db import db
from dealerdesk.store.models import Complaint, User


def _manager_id() -> int | None:
    return (User.select(User.id).where(User.active == True, User.role == "manager").order_by(User.id).scalar())


def escalate_overdue(actor: Actor, now: dt.datetime) -> list[int]:
    """Escalate, once, every open complaint past its current deadline: escalated_at and a manager's reminder."""
    require(actor, "customer.read")
    late = (Complaint.select().where(
        Complaint.status.in_(COMPLAINT_OPEN_STATUSES), Complaint.escalated_at.is_null(),
        ((Complaint.first_responded_at.is_null() & (Complaint.first_response_due <= now))
         | (Complaint.resolve_due <= now))))
    escalated: list[int] = []
    with db.atomic():
        manager = _manager_id()
        for c in late:
            deadline = c.first_response_due if c.first_responded_at is None else c.resolve_due
            due = rules.ReminderDue("complaint_deadline", now, now, {"stage": "escalated",
                                                                   "missed": deadline.isoformat()})
            insert_rows([reminder_row("complaint_deadline", f"k{c.id}.escalated", due, c.customer_id, None, manager,
                              {"complaint_id": c.id, "category": c.category, "owner_id": c.owner_id})])
            Complaint.update(escalated_at=now).where(Complaint.id == c.id).execute()
            audit.record(actor, "complaint.escalate", "complaint", c.id, manager=manager, at=now)
            escalated.append(c.id)
    return escalated
