"""What the tray notifier announces now: a start-of-day summary and each item once when it becomes due.

Why announced keys are stored (table notice_sent, key = DueItem.key): a restart, a second PC or a
crash must not announce the same due thing again. Quiet hours (settings notify.quiet_start/quiet_end)
hold announcements back; they are not lost, they come out when the quiet hours end.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from dealerdesk.domain import settings_spec
from dealerdesk.domain.levels import setting_time
from dealerdesk.domain.store_calendar import StoreCalendar
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.dto import DueItem
from dealerdesk.services.sales.due import due_items
from dealerdesk.services.settings import get_settings
from dealerdesk.services.targets.progress import behind_pace
from dealerdesk.store.db import db, is_read_only
from dealerdesk.store.models import Complaint, Customer, NoticeSent, Reminder, User

QUIET_DEFAULTS = settings_spec.defaults("notify.quiet_")
KEEP_DAYS = 90
STORE_DAY_ROLES = ("sales", "manager")  # who is told of the month-end inventory and the weekly review  # announced keys older than this are forgotten (their items are long done)


@dataclass(frozen=True)
class NoticeBatch:
    at: dt.datetime
    due_count: int  # due today, not yet overdue
    overdue_count: int
    digest: bool = False  # True once a day: show the start-of-day summary (the counts above)
    items: list[DueItem] = field(default_factory=list)  # became due since the last check: announce each
    quiet: bool = False
    #: with the digest, for sales and managers: today is a month-end inventory day ("inventory", with the
    #: month's inventory days in `inventory_days`) and/or a weekly review day ("review")
    store_days: tuple[str, ...] = ()
    inventory_days: tuple[dt.date, ...] = ()
    #: with store_days, for managers: (orders this month, consultants' order targets, consultants behind pace)
    targets: tuple[int, int, int] | None = None


def in_quiet_hours(at: dt.datetime, settings: Mapping[str, object] | None = None) -> bool:
    """Quiet from quiet_start to quiet_end, across midnight when start > end; never when they are equal."""
    settings = get_settings() if settings is None else settings
    start = setting_time(settings, QUIET_DEFAULTS, "notify.quiet_start")
    end = setting_time(settings, QUIET_DEFAULTS, "notify.quiet_end")
    t = at.time()
    if start == end:
        return False
    return start <= t < end if start < end else (t >= start or t < end)


def _sent(keys: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        found.update(k for (k,) in NoticeSent.select(NoticeSent.key)
                     .where(NoticeSent.key.in_(keys[start:start + 500])).tuples())
    return found


def _digest_key(login: str, day: dt.date) -> str:
    return f"digest:{login}:{day.isoformat()}"


def check(actor: Actor, at: dt.datetime, owner_login: str | None = None, announce: bool = True) -> NoticeBatch:
    """Counts for the tray, and (when `announce` and outside quiet hours) what to announce now.

    The first announcing check of a day also yields the summary; each item is announced once, at the
    first check after its due time. The keys are written in the same transaction, so what this returns
    is never returned again (not after a restart either).
    """
    items = due_items(actor, at, owner_login=owner_login)
    overdue = sum(1 for i in items if i.is_overdue(at))
    counts = {"at": at, "due_count": len(items) - overdue, "overdue_count": overdue}
    if not announce or is_read_only():  # a read-only store cannot remember what was announced: counts only
        return NoticeBatch(**counts)
    if in_quiet_hours(at):
        return NoticeBatch(**counts, quiet=True)
    became_due = [i for i in items if i.due_at <= at]
    login = owner_login or actor.login
    dkey = _digest_key(login, at.date())
    with db.atomic():
        sent = _sent([dkey] + [i.key for i in became_due])
        fresh = [i for i in became_due if i.key not in sent]
        digest = dkey not in sent
        new_keys = ([dkey] if digest else []) + [i.key for i in fresh]
        if new_keys:
            NoticeSent.insert_many([{"key": k[:120], "notified_at": at} for k in new_keys]).on_conflict_ignore() \
                .execute()
        if digest:
            NoticeSent.delete().where(NoticeSent.notified_at < at - dt.timedelta(days=KEEP_DAYS)).execute()
    store_days: tuple[str, ...] = ()
    inventory_days: tuple[dt.date, ...] = ()
    if digest and actor.role in STORE_DAY_ROLES:
        calendar = StoreCalendar.from_settings(get_settings())
        store_days = calendar.day_events(at.date())
        if "inventory" in store_days:
            inventory_days = tuple(calendar.last_open_days(at.year, at.month))
    pace = behind_pace(at) if store_days and actor.role == "manager" else None  # the weekly check (issue 25)
    return NoticeBatch(**counts, digest=digest, items=fresh, store_days=store_days, inventory_days=inventory_days,
                       targets=pace)


@dataclass(frozen=True)
class Escalation:
    """A complaint past its deadline, escalated to this person and not yet handled (the main window's banner)."""

    complaint_id: int
    customer_id: int | None
    customer_name: str
    missed: str  # the deadline it missed, ISO


def escalations(actor: Actor, owner_login: str | None = None) -> list[Escalation]:
    """Escalated complaints whose escalation reminder `owner_login` (default: the actor) owns, still open: the
    complaint is open or in progress and the reminder is not done. Resolving the complaint ends it."""
    require(actor, "complaint.read")
    owner = User.get_or_none(User.login == (owner_login or actor.login))
    if owner is None:
        return []
    rows = (Reminder.select(Reminder.detail, Reminder.customer, Customer.name, Complaint.id)
            .join(Customer, on=(Reminder.customer == Customer.id))
            .switch(Reminder).join(Complaint, on=(Complaint.customer == Reminder.customer))
            .where(Reminder.kind == "complaint_deadline", Reminder.status == "open", Reminder.owner == owner.id,
                   Reminder.dedupe_key.contains(".escalated:"),
                   Complaint.status.in_(("open", "in_progress")))
            .order_by(Reminder.due_at, Reminder.id).tuples())
    out: dict[int, Escalation] = {}
    for detail, cid, name, complaint_id in rows:
        data = json.loads(detail) if detail else {}
        if data.get("complaint_id") == complaint_id and complaint_id not in out:
            out[complaint_id] = Escalation(complaint_id, cid, name or "", str(data.get("missed", "")))
    return list(out.values())
