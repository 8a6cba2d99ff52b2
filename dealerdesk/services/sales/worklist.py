"""The consultant's day ("今日跟进"): overdue, due today and the next 7 days, built on sales/due.py.

Why on top of due_items: the worklist, the tray and `dealerdesk due` must show the same items (each due
thing once); this module only splits them into sections and adds what a row shows (model, days overdue),
read in one batch per page, never per row.

Why grouped and merged (issue 22): a manager's list mixed hundreds of items of every kind, with two insurance
rows per vehicle. A row is one task for one customer: the due items of one owner, customer, kind of task
(WORKLIST_GROUP: both insurances are "insurance") and subject (vehicle, complaint, lead) are one row, shown at
its most urgent item; the rows are counted per kind and, for a manager, per person.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from peewee import JOIN

from dealerdesk.domain import labels, levels
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.dto import DueItem
from dealerdesk.services.key_accounts.visits import reschedule_visit
from dealerdesk.services.sales.due import LEVEL_PRIORITY, due_items, end_of_day
from dealerdesk.services.sales.leads import snooze
from dealerdesk.store.db import db
from dealerdesk.store.models import Lead, Reminder, User, VehicleModel

SECTIONS = labels.WORKLIST_SECTION
KINDS = labels.DUE_KIND
GROUPS = labels.WORKLIST_GROUP
#: due kind → the kind of task it is (WORKLIST_GROUP)
GROUP_OF = {"follow_up": "follow_up", "post_delivery_call": "post_delivery_call", "maintenance": "maintenance",
            "insurance_compulsory": "insurance", "insurance_commercial": "insurance", "inspection": "inspection",
            "birthday": "birthday", "holiday": "holiday", "post_service_call": "post_service_call",
            "survey": "survey", "complaint_deadline": "complaint", "appointment_confirm": "appointment",
            "contact": "contact", "key_account_visit": "key_account_visit", "campaign_call": "campaign_call"}
#: roles whose people own worklist items (leads, reminders, complaints); the admin owns none
OWNER_ROLES = ("manager", "sales", "service_advisor", "front_desk")


def group_of(kind: str) -> str:
    return GROUP_OF.get(kind, kind)


@dataclass(frozen=True)
class WorkItem:
    """One row of the worklist: the due item plus what the consultant needs to decide what to do."""

    item: DueItem
    section: str  # overdue | today | upcoming
    days_overdue: int
    model_name: str = ""
    lead_status: str = ""
    last_contact_at: dt.datetime | None = None
    owner_name: str = ""
    items: tuple[DueItem, ...] = ()  # every due item of this task (both insurances); the first is `item`
    group: str = ""  # WORKLIST_GROUP code

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def kinds(self) -> list[str]:
        """The due kinds in this row, in order (交强险 and 商业险 for a vehicle's insurance row)."""
        return list(dict.fromkeys(i.kind for i in self.items or (self.item,)))


@dataclass(frozen=True)
class OwnerSum:
    """One person's part of the worklist (the manager's summary): rows per section and per kind of task."""

    login: str
    name: str
    role: str
    overdue: int = 0
    today: int = 0
    upcoming: int = 0
    by_group: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.overdue + self.today + self.upcoming


@dataclass(frozen=True)
class Worklist:
    at: dt.datetime
    overdue: list[WorkItem]
    today: list[WorkItem]
    upcoming: list[WorkItem]

    def rows(self) -> list[WorkItem]:
        """Most urgent first: overdue, then today, then upcoming; inside each, due_items' order
        (level H first, then due time)."""
        return self.overdue + self.today + self.upcoming

    def due_now(self) -> list[DueItem]:
        """What `dealerdesk due --at` lists for the same moment: overdue and due today (every merged item), in
        due_items' order."""
        items = [i for w in self.overdue + self.today for i in (w.items or (w.item,))]
        return sorted(items, key=lambda i: (not i.is_overdue(self.at), LEVEL_PRIORITY.get(i.level, 9), i.due_at,
                                            i.item_id))

    def group_counts(self) -> dict[str, int]:
        """Rows per kind of task, in WORKLIST_GROUP order, only the kinds present."""
        counts = Counter(w.group for w in self.rows())
        return {g: counts[g] for g in [*GROUPS, *sorted(set(counts) - set(GROUPS))] if counts[g]}

    def by_owner(self, people: list[tuple[str, str, str]] | None = None) -> list[OwnerSum]:
        """Per person (login, name, role): rows overdue, today, upcoming and per kind; most overdue first.
        `people` (worklist_owners) adds those with nothing due, so the manager sees who is free."""
        sums: dict[str, dict] = {}
        names: dict[str, tuple[str, str]] = {login: (name, role) for login, name, role in people or []}
        for login in names:
            sums[login] = {"overdue": 0, "today": 0, "upcoming": 0, "by_group": Counter()}
        for section in ("overdue", "today", "upcoming"):
            for w in getattr(self, section):
                login = w.item.owner
                entry = sums.setdefault(login, {"overdue": 0, "today": 0, "upcoming": 0, "by_group": Counter()})
                entry[section] += 1
                entry["by_group"][w.group] += 1
                names.setdefault(login, (w.owner_name or login, ""))
        out = [OwnerSum(login=login, name=names[login][0] or login, role=names[login][1],
                        overdue=e["overdue"], today=e["today"], upcoming=e["upcoming"], by_group=dict(e["by_group"]))
               for login, e in sums.items()]
        out.sort(key=lambda s: (-s.overdue, -s.total, s.login == "", s.login))
        return out


def worklist_owners(actor: Actor) -> list[tuple[str, str, str]]:
    """Everybody the worklist can be filtered on: (login, display name, role) of the active staff who own
    leads, reminders or complaints: consultants, managers, service advisors and the front desk (issue 22: the
    filter listed only sales staff though service staff own reminders). A consultant gets only themself."""
    require(actor, "customer.read")
    query = (User.select(User.login, User.display_name, User.role)
             .where(User.active == True, User.role.in_(OWNER_ROLES)))
    if actor.role == "sales" and actor.id is not None:
        query = query.where(User.id == actor.id)
    order = {role: i for i, role in enumerate(("sales", "service_advisor", "front_desk", "manager"))}
    return sorted(query.tuples(), key=lambda u: (order.get(u[2], 9), u[0]))


def _subject(item: DueItem) -> object:
    """What a task is about, beyond its customer: the vehicle, the complaint, the lead, else the row itself
    (a store-wide holiday greeting has no customer)."""
    if item.customer_id is None:
        return ("row", item.source, item.item_id)
    if item.kind == "complaint_deadline":
        return ("complaint", item.detail.get("complaint_id"))
    if item.vehicle_id is not None:
        return ("vehicle", item.vehicle_id)
    if item.lead_id is not None:
        return ("lead", item.lead_id)
    return ()


def merge_tasks(items: list[DueItem]) -> list[tuple[DueItem, tuple[DueItem, ...]]]:
    """One entry per owner, customer, kind of task and subject, in `items`' order (most urgent first):
    (the most urgent item, all its items)."""
    tasks: dict[tuple, list[DueItem]] = {}
    for item in items:
        tasks.setdefault((item.owner, item.customer_id, group_of(item.kind), _subject(item)), []).append(item)
    return [(found[0], tuple(found)) for found in tasks.values()]


def build_worklist(actor: Actor, at: dt.datetime, owner_login: str | None = None,
                   days_ahead: int = 7, group: str | None = None) -> Worklist:
    """A consultant gets their own items; a manager everybody's, or one person's with `owner_login`;
    `group` keeps one kind of task (WORKLIST_GROUP)."""
    end = end_of_day(at)
    items = due_items(actor, at, owner_login=owner_login, until=end + dt.timedelta(days=days_ahead))
    lead_ids = sorted({i.lead_id for i in items if i.lead_id})
    info: dict[int, tuple[str, str, dt.datetime | None]] = {}
    for start in range(0, len(lead_ids), 500):
        for lid, model, status, last in (Lead.select(Lead.id, VehicleModel.name, Lead.status, Lead.last_contact_at)
                                         .join(VehicleModel, JOIN.LEFT_OUTER, on=(Lead.model == VehicleModel.id))
                                         .where(Lead.id.in_(lead_ids[start:start + 500])).tuples()):
            info[lid] = (model or "", status, last)
    names = dict(User.select(User.login, User.display_name).tuples())
    sections: dict[str, list[WorkItem]] = {"overdue": [], "today": [], "upcoming": []}
    for item, merged in merge_tasks(items):
        if group is not None and group_of(item.kind) != group:
            continue
        window = levels.DueWindow(item.due_at, item.overdue_at)
        if item.is_overdue(at):
            section = "overdue"
        elif item.due_at <= end:
            section = "today"
        else:
            section = "upcoming"
        model, status, last = info.get(item.lead_id or 0, ("", "", None))
        sections[section].append(WorkItem(item=item, section=section, days_overdue=levels.days_overdue(window, at),
                                          model_name=model, lead_status=status, last_contact_at=last,
                                          owner_name=names.get(item.owner, item.owner), items=merged,
                                          group=group_of(item.kind)))
    sections["upcoming"].sort(key=lambda w: (w.item.due_at, w.item.item_id))
    return Worklist(at=at, **sections)


def snooze_task(actor: Actor, row: WorkItem, until: dt.datetime, at: dt.datetime | None = None) -> None:
    """Snooze a worklist row: every due item of the task (both insurances of a vehicle)."""
    for item in row.items or (row.item,):
        snooze_item(actor, item.source, item.item_id, until, at=at)


def snooze_item(actor: Actor, source: str, item_id: int, until: dt.datetime, at: dt.datetime | None = None) -> None:
    """Snooze a worklist row: a lead follow-up through leads.snooze, a reminder here."""
    if source == "follow_up":
        snooze(actor, item_id, until, at=at)
        return
    if source == "key_account_visit":  # a planned visit moves to the day chosen
        reschedule_visit(actor, item_id, until.date(), now=at)
        return
    require(actor, "reminder.write")
    changes.mark(changes.DUE)
    now = (at or dt.datetime.now()).replace(microsecond=0)
    if until <= now:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "暂缓时间应晚于现在"), field="until")
    with db.atomic():
        if not Reminder.update(snoozed_until=until).where(Reminder.id == item_id,
                                                           Reminder.status == "open").execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到待办的提醒 {id}"), id=item_id)
        audit.record(actor, "reminder.snooze", "reminder", item_id, until=until, at=now)
