"""The consultant's day ("今日跟进"): overdue, due today and the next 7 days, built on sales/due.py.

Why on top of due_items: the worklist, the tray and `dealerdesk due` must show the same items (each due
thing once); this module only splits them into sections and adds what a row shows (model, days overdue),
read in one batch per page, never per row.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from dealerdesk.domain import labels, levels
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.dto import DueItem
from dealerdesk.services.sales.due import due_items, end_of_day
from dealerdesk.services.sales.leads import snooze
from dealerdesk.store.db import db
from dealerdesk.store.models import Lead, Reminder, User, VehicleModel

SECTIONS = labels.WORKLIST_SECTION
KINDS = labels.DUE_KIND


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

    @property
    def key(self) -> str:
        return self.item.key


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
        """What `dealerdesk due --at` lists for the same moment: overdue and due today."""
        return [w.item for w in self.overdue + self.today]


def build_worklist(actor: Actor, at: dt.datetime, owner_login: str | None = None,
                   days_ahead: int = 7) -> Worklist:
    """A consultant gets their own items; a manager everybody's, or one consultant's with `owner_login`."""
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
    for item in items:
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
                                          owner_name=names.get(item.owner, item.owner)))
    sections["upcoming"].sort(key=lambda w: (w.item.due_at, w.item.item_id))
    return Worklist(at=at, **sections)


def snooze_item(actor: Actor, source: str, item_id: int, until: dt.datetime, at: dt.datetime | None = None) -> None:
    """Snooze a worklist row: a lead follow-up through leads.snooze, a reminder here."""
    if source == "follow_up":
        snooze(actor, item_id, until, at=at)
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
