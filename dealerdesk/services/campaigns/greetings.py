"""Greetings and care (问候关怀): birthdays (solar or lunar, as the customer celebrates), holidays, car-purchase
anniversaries and first maintenance, planned as message batches `campaign.greeting_days_ahead` days before
the day, so the morning's batches are ready to check and export.

Why batches and not reminders: a greeting goes to many customers at once through the SMS gateway or WeChat;
the reminders list keeps the one-to-one calls. Each occasion (kind and day) is planned once (its `occasion`
key is unique), so calling `ready_greetings` at every start is harmless.
"""
from __future__ import annotations

import datetime as dt
import json

from dealerdesk.domain import campaigns as rules
from dealerdesk.domain import labels, settings_spec
from dealerdesk.domain.errors import Conflict
from dealerdesk.domain.holidays import holidays_between
from dealerdesk.domain.lunar import lunar_birthday_in_year, solar_birthday_in_year, solar_to_lunar
from dealerdesk.services.auth import Actor, require, sees_only_own
from dealerdesk.services.campaigns._common import setting_int
from dealerdesk.services.campaigns.batches import BatchRow, create_batch, list_batches
from dealerdesk.services.settings import get_settings
from dealerdesk.store.models import Customer, MessageBatch, Reminder, Vehicle

GREETING_KINDS = ("birthday", "holiday", "anniversary", "first_maintenance")


def _birthdays(day: dt.date) -> list[int]:
    """Customers who celebrate their birthday on `day`: solar ones by month, lunar ones by lunar month."""
    found: list[int] = []
    solar = (Customer.select(Customer.id, Customer.birthday)
             .where(Customer.archived == False, Customer.erased_at.is_null(), Customer.birthday.is_null(False),
                    Customer.birthday_kind != "lunar", Customer.birthday.month == day.month))
    for cid, born in solar.tuples():
        try:
            if solar_birthday_in_year(born.month, born.day, day.year) == day:
                found.append(cid)
        except ValueError:
            continue
    lunar_year, lunar_month, _ = solar_to_lunar(day)
    lunar = (Customer.select(Customer.id, Customer.lunar_birthday_month, Customer.lunar_birthday_day)
             .where(Customer.archived == False, Customer.erased_at.is_null(), Customer.birthday_kind == "lunar",
                    Customer.lunar_birthday_month.in_((abs(lunar_month), -abs(lunar_month))),
                    Customer.lunar_birthday_day.is_null(False)))
    for cid, month, mday in lunar.tuples():
        try:
            if lunar_birthday_in_year(month, mday, lunar_year) == day:
                found.append(cid)
        except ValueError:
            continue
    return sorted(found)


def _anniversaries(day: dt.date) -> list[int]:
    """Owners of a car delivered on this day of an earlier year."""
    rows = (Vehicle.select(Vehicle.owner, Vehicle.delivered_on)
            .where(Vehicle.owner.is_null(False), Vehicle.delivered_on.is_null(False),
                   Vehicle.delivered_on.month == day.month, Vehicle.delivered_on < day))
    return sorted({cid for cid, on in rows.tuples() if on.day == day.day and on.year < day.year})


def _first_maintenance(day: dt.date) -> dict[int, str]:
    """Customers whose car's first maintenance deadline is `day` (the open reminder's deadline) → the date."""
    start = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    rows = (Reminder.select(Reminder.customer, Reminder.detail)
            .where(Reminder.kind == "maintenance", Reminder.status == "open", Reminder.customer.is_null(False),
                   Reminder.overdue_at >= start, Reminder.overdue_at < start + dt.timedelta(days=1)))
    return {cid: day.isoformat() for cid, detail in rows.tuples() if json.loads(detail or "{}").get("first")}


def _everyone() -> list[int]:
    return [cid for (cid,) in Customer.select(Customer.id)
            .where(Customer.archived == False, Customer.erased_at.is_null(), Customer.consent == True)
            .order_by(Customer.id).tuples()]


def plan_greetings(actor: Actor, today: dt.date, at: dt.datetime | None = None, progress=None) -> list[BatchRow]:
    """Plan the greeting batches of the days from today to the lead time; returns the batches made now.
    `progress(done, total)` is called before each day (the start-up worker's way to stop at exit: each batch
    is its own transaction, so a stopped run leaves whole batches and the next start plans the rest)."""
    require(actor, "campaign.write")
    ahead = setting_int("campaign.greeting_days_ahead")
    holiday_codes = settings_spec.BY_KEY["reminder.holidays"].value_of(get_settings())
    made: list[BatchRow] = []
    planned = {o for (o,) in MessageBatch.select(MessageBatch.occasion)
               .where(MessageBatch.occasion.is_null(False), MessageBatch.planned_for >= today).tuples()}
    for offset in range(ahead + 1):
        if progress is not None:
            progress(offset, ahead + 1)
        day = today + dt.timedelta(days=offset)
        occasions: list[tuple[str, str, list[int], dict, dict]] = []
        occasions.append(("birthday", "", _birthdays(day), {}, {}))
        occasions.append(("anniversary", "", _anniversaries(day), {}, {}))
        due = _first_maintenance(day)
        occasions.append(("first_maintenance", "", sorted(due), {}, due))
        for holiday in holidays_between(day, day, list(holiday_codes)):  # type: ignore[arg-type]
            occasions.append(("holiday", holiday.code, _everyone(), {"节日": holiday.label}, {}))
        for kind, code, ids, extra, due_dates in occasions:
            occasion = f"{kind}:{code + ':' if code else ''}{day.isoformat()}"
            if not ids or occasion in planned:
                continue
            what = extra.get("节日") or labels.label(labels.BATCH_KIND, kind)
            try:
                made.append(create_batch(actor, f"{day.month}月{day.day}日 {what}", rules.GREETING_TEMPLATES[kind],
                                         customer_ids=ids, kind=kind, planned_for=day, occasion=occasion,
                                         extra=extra, due_dates=due_dates, at=at))
            except Conflict:  # planned meanwhile by another PC or the start-up worker
                pass
            planned.add(occasion)
    return made


def ready_greetings(actor: Actor, today: dt.date, at: dt.datetime | None = None, progress=None) -> list[BatchRow]:
    """What the morning shows: plans what is missing (when the actor may), then every greeting batch for today
    onwards not yet exported that has messages (one whose customers were all left out is kept, so it is not
    planned again, but not shown), soonest first. The app calls it at start and the campaigns page shows it."""
    require(actor, "campaign.read")
    if actor.can("campaign.write") and not sees_only_own(actor):  # greetings go to the whole base: not a
        plan_greetings(actor, today, at=at, progress=progress)  # consultant who sees only their own customers
    rows = [b for b in list_batches(actor, limit=500)
            if b.kind in GREETING_KINDS and b.status == "draft" and b.size and b.planned_for and b.planned_for >= today]
    return sorted(rows, key=lambda b: (b.planned_for, b.id))
