"""What the after-sales modules share: writing reminder rows (reminders, complaints, escalation, demo).

A reminder row is keyed by `dedupe_key`, so planning the same deadline twice inserts it once.
"""
from __future__ import annotations

import json

from dealerdesk.domain.reminders import ReminderDue, ReminderPolicy
from dealerdesk.services.settings import get_settings
from dealerdesk.store.models import Reminder, ServiceRecord

CHUNK = 500
#: a complaint still being worked on (its deadlines run, it may be escalated)
COMPLAINT_OPEN_STATUSES = ("open", "in_progress")


def dedupe_key(kind: str, subject: str, due: ReminderDue) -> str:
    return f"{kind}:{subject}:{due.overdue_at:%Y-%m-%dT%H:%M}"


def reminder_row(kind: str, subject: str, due: ReminderDue, customer: int | None, vehicle: int | None,
                 owner: int | None, extra: dict | None = None) -> dict:
    return {"kind": kind, "customer": customer, "vehicle": vehicle, "owner": owner, "due_at": due.due_at,
            "overdue_at": due.overdue_at, "status": "open",
            "detail": json.dumps({**due.detail, **(extra or {})}, ensure_ascii=False),
            "dedupe_key": dedupe_key(kind, subject, due)}


def insert_rows(rows: list[dict]) -> int:
    """Insert, ignoring keys that exist (whatever their status); returns how many were new."""
    created = 0
    for start in range(0, len(rows), CHUNK):
        part = rows[start:start + CHUNK]
        before = Reminder.select().where(Reminder.dedupe_key.in_([r["dedupe_key"] for r in part])).count()
        Reminder.insert_many(part).on_conflict_ignore().execute()
        created += len(part) - before
    return created


def policy() -> ReminderPolicy:
    return ReminderPolicy.from_settings(get_settings())


def visit_record_id(record_id: int) -> int:
    """The first service record of the visit (same vehicle, same day) `record_id` belongs to: the call-back
    and the survey of a visit are keyed by it, however many records the visit has."""
    vehicle, day = ServiceRecord.select(ServiceRecord.vehicle, ServiceRecord.service_date).where(
        ServiceRecord.id == record_id).tuples().get()
    return ServiceRecord.select(ServiceRecord.id).where(
        ServiceRecord.vehicle == vehicle, ServiceRecord.service_date == day).order_by(ServiceRecord.id).scalar()
