"""The due list: every follow-up and reminder due or overdue at a moment, each due thing once.

A lead's follow-ups (including the D lead's post-delivery call: docs/dev/domain.md) come from `follow_up`; the
other reminders (maintenance, insurance, birthdays, complaint deadlines, …) from `reminder`. Both tables hold
one row per due thing, so nothing is listed twice. The worklist, the tray notifier and `dealerdesk due` all
call `due_items`, so they agree.
"""
from __future__ import annotations

import datetime as dt
import json

from peewee import JOIN

from dealerdesk.domain.errors import NotFound, PermissionDenied
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.aftersales.reminders import BIRTHDAY_LOOKBACK_DAYS, LOOKBACK_DAYS
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.campaigns.call_lists import due_calls
from dealerdesk.services.dto import DueItem
from dealerdesk.services.key_accounts.visits import due_visits
from dealerdesk.store.models import Customer, FollowUp, Lead, Reminder, User

LEVEL_PRIORITY = {lv: i for i, lv in enumerate("HAOBCND")}
#: how long after becoming overdue a reminder is still worth acting on: the planner's own look-back (a deadline
#: further back is not planned any more), so the lists show what the planner would plan. A due maintenance is
#: not here: it stays until done or dismissed unless the customer is lost (DOMAIN; issue 21), and these are the
#: customers the store most wants back.
STILL_ACTIONABLE = {"insurance_compulsory": LOOKBACK_DAYS,
                    "insurance_commercial": LOOKBACK_DAYS, "inspection": LOOKBACK_DAYS,
                    "birthday": BIRTHDAY_LOOKBACK_DAYS, "holiday": BIRTHDAY_LOOKBACK_DAYS}


def still_actionable(kind: str, overdue_at: dt.datetime, at: dt.datetime) -> bool:
    """False for a reminder overdue for longer than its kind is worth acting on (issue 22: 90-day-old
    inspections flooded the worklist)."""
    days = STILL_ACTIONABLE.get(kind)
    return days is None or overdue_at > at - dt.timedelta(days=days)


def end_of_day(at: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(at.date(), dt.time(23, 59, 59))


def _owner_filter(actor: Actor, owner_login: str | None) -> int | None | str:
    """The owner id to filter on: the named user, the consultant themself, or None for everybody."""
    if owner_login:
        if actor.role == "sales" and actor.id is not None and owner_login != actor.login:
            raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "销售顾问只能查看自己的跟进清单"))
        user = User.get_or_none(User.login == owner_login)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "没有用户 {login}"), login=owner_login)
        return user.id
    if actor.role == "sales" and actor.id is not None:
        return actor.id
    return None


def due_items(actor: Actor, at: dt.datetime, owner_login: str | None = None,
              until: dt.datetime | None = None) -> list[DueItem]:
    """Items suggested at or before the end of `at`'s day (or `until`), not done, not snoozed past `at`.

    Sorted by urgency: overdue first, then by level (H first), then by due time.
    """
    require(actor, "customer.read")
    horizon = until or end_of_day(at)
    owner_id = _owner_filter(actor, owner_login)
    items: list[DueItem] = []

    fq = (FollowUp.select(FollowUp.id, FollowUp.kind, FollowUp.due_at, FollowUp.overdue_at, FollowUp.lead,
                          FollowUp.customer, Customer.name, User.login, Lead.level)
          .join(Customer, on=(FollowUp.customer == Customer.id))
          .switch(FollowUp).join(Lead, on=(FollowUp.lead == Lead.id))
          .switch(FollowUp).join(User, JOIN.LEFT_OUTER, on=(FollowUp.owner == User.id))
          .where(FollowUp.status == "planned", FollowUp.due_at <= horizon,
                 FollowUp.snoozed_until.is_null() | (FollowUp.snoozed_until <= at)))
    if owner_id is not None:
        fq = fq.where(FollowUp.owner == owner_id)
    if not actor.can("lead.read"):  # a service advisor's list: reminders, no lead follow-ups
        fq = fq.where(False)
    for fid, kind, due_at, overdue_at, lead_id, cid, name, login, level in fq.tuples().iterator():
        items.append(DueItem(kind=kind, due_at=due_at, overdue_at=overdue_at, owner=login or "",
                             customer_id=cid, customer_name=name, lead_id=lead_id, level=level, item_id=fid,
                             source="follow_up"))

    rq = (Reminder.select(Reminder.id, Reminder.kind, Reminder.due_at, Reminder.overdue_at, Reminder.customer,
                          Customer.name, User.login, Reminder.vehicle, Reminder.detail)
          .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
          .switch(Reminder).join(User, JOIN.LEFT_OUTER, on=(Reminder.owner == User.id))
          .where(Reminder.status == "open", Reminder.due_at <= horizon,
                 Reminder.snoozed_until.is_null() | (Reminder.snoozed_until <= at)))
    if owner_id is not None:
        rq = rq.where(Reminder.owner == owner_id)
    for rid, kind, due_at, overdue_at, cid, name, login, vid, detail in rq.tuples().iterator():
        if not still_actionable(kind, overdue_at, at):
            continue
        items.append(DueItem(kind=kind, due_at=due_at, overdue_at=overdue_at, owner=login or "",
                             customer_id=cid, customer_name=name or "", item_id=rid, source="reminder",
                             vehicle_id=vid, detail=json.loads(detail) if detail else {}))

    if actor.can("key_account.read"):  # planned key-account visits, owned by the account manager
        items.extend(due_visits(horizon, owner_id))
    items.extend(due_calls(actor, at, owner_id, horizon))  # campaign calls (issue 24)

    items.sort(key=lambda i: (not i.is_overdue(at), LEVEL_PRIORITY.get(i.level, 9), i.due_at, i.item_id))
    return items
