"""Reminders (提醒): plan the open rows from the facts, list them, and act on them (done / snooze / dismiss).

Why rows and not on-the-fly computation: the tray, the due list and the reminders list must agree and a
person's "done" must stick. Each due thing is one row keyed `kind:subject:deadline` (Reminder.dedupe_key,
unique): planning inserts with ON CONFLICT IGNORE, so re-planning never duplicates and never resurrects a
done or dismissed reminder; an open row whose fact changed (new insurance date, a maintenance visit) is
superseded — deleted, since nobody acted on it. The dates themselves come from domain.reminders.
The post-delivery call is the D lead's FollowUp (leads code) and is never planned here.

A maintenance reminder stays open until it is done (a maintenance visit), dismissed, or the customer is
lost (DOMAIN: no purchase, service or showroom visit for 18 months — Customer.category "lost"); a lost
customer's car is chased from the win-back list instead (services/aftersales/winback.py). Insurance and
inspection deadlines further back than LOOKBACK_DAYS are not planned: the policy or the sticker was
obviously dealt with elsewhere. One post-service call and one survey per visit (vehicle and day).
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from peewee import JOIN

from dealerdesk.domain import labels
from dealerdesk.domain import reminders as rules
from dealerdesk.domain import vehicle_facts as facts
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.domain.reminders import ReminderDue, ReminderPolicy
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.aftersales._common import (
    CHUNK,
    dedupe_key,  # noqa: F401 (re-exported for the demo generator)
    insert_rows,
    policy,
    reminder_row,
    visit_record_id,
)
from dealerdesk.services.aftersales.escalation import escalate_overdue
from dealerdesk.services.auth import Actor, own_customers_clause, require
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Customer,
    Delivery,
    Interaction,
    Reminder,
    ServiceRecord,
    Setting,
    Survey,
    User,
    Vehicle,
)

KIND_LABELS = labels.REMINDER_KIND
#: kinds derived from facts by planning (the others are scheduled by events: a visit, a complaint)
PLANNED_KINDS = ("maintenance", "insurance_compulsory", "insurance_commercial", "inspection", "birthday",
                 "survey")
HORIZON_DAYS = 30      # rows are created when they start showing within this many days
LOOKBACK_DAYS = 90     # an insurance or inspection deadline further back is not planned (done elsewhere)
BIRTHDAY_LOOKBACK_DAYS = 7
BACKFILL_DAYS = 14     # a service record older than this is history being typed in, not a visit to call about
SCOPES = ("today", "overdue", "next30", "all")


@dataclass(frozen=True)
class PlanResult:
    customers: int
    created: int
    superseded: int


@dataclass(frozen=True)
class ReminderRow:
    id: int
    kind: str
    due_at: dt.datetime
    overdue_at: dt.datetime
    status: str
    snoozed_until: dt.datetime | None
    customer_id: int | None
    customer_name: str
    vehicle_id: int | None
    plate: str
    owner_id: int | None
    owner_name: str
    note: str
    detail: dict = field(default_factory=dict)

    def is_overdue(self, now: dt.datetime) -> bool:
        return now >= self.overdue_at

    @property
    def deadline(self) -> dt.date:
        """The last day (or moment's day) to act; overdue from the start of the next day."""
        if self.kind == "complaint_deadline":
            return self.overdue_at.date()
        return (self.overdue_at - dt.timedelta(days=1)).date()


# --- planning ---------------------------------------------------------------------------------------

def _vehicle_dues(v: tuple, readings: list[tuple[dt.date, int, str]], pol: ReminderPolicy,
                  today: dt.date) -> list[tuple[str, ReminderDue]]:
    _vid, _owner, reg, delivered, _created, seats, use, energy, ins_c, ins_m, _plate, _model, inspect_on = v
    dues: list[tuple[str, ReminderDue]] = []
    base = delivered or reg
    maint = [(d, km) for d, km, kind in readings if kind == "maintenance"]
    points = [(d, km) for d, km, _ in readings] + ([(delivered, 0)] if delivered else [])
    if base or maint:
        dues.append(("maintenance", rules.maintenance_due(base or min(maint)[0], max(maint) if maint else None,
                                                          points, pol)))
    for kind, until in (("compulsory", ins_c), ("commercial", ins_m)):
        if until is not None and until >= today - dt.timedelta(days=LOOKBACK_DAYS):
            dues.append((f"insurance_{kind}", rules.insurance_due(kind, until, pol)))
    if inspect_on is not None:  # set by hand at the counter: it wins over the rules
        if inspect_on >= today - dt.timedelta(days=LOOKBACK_DAYS):
            dues.append(("inspection", facts.inspection_set_due(inspect_on, energy, pol)))
    elif reg is not None and use in ("private", "commercial"):
        dues.append(("inspection", rules.inspection_due(reg, seats, use, energy,
                                                        today - dt.timedelta(days=LOOKBACK_DAYS), pol)))
    return dues


def _birthday_due(c: tuple, pol: ReminderPolicy, today: dt.date) -> ReminderDue | None:
    _cid, _owner, birthday, kind, lunar_m, lunar_d = c
    since = today - dt.timedelta(days=BIRTHDAY_LOOKBACK_DAYS)
    if lunar_m and lunar_d and (kind == "lunar" or birthday is None):
        return rules.birthday_due(lunar_m, lunar_d, True, since, pol)
    if birthday is not None:
        return rules.birthday_due(birthday.month, birthday.day, False, since, pol)
    return None


def _plan_chunk(ids: list[int], pol: ReminderPolicy, today: dt.date) -> tuple[int, int]:
    horizon = dt.datetime.combine(today + dt.timedelta(days=HORIZON_DAYS), dt.time(23, 59, 59))
    oldest = dt.datetime.combine(today - dt.timedelta(days=LOOKBACK_DAYS), dt.time(0, 0))
    customers = list(Customer.select(Customer.id, Customer.owner, Customer.birthday, Customer.birthday_kind,
                                     Customer.lunar_birthday_month, Customer.lunar_birthday_day)
                     .where(Customer.id.in_(ids)).tuples())
    lost = {cid for (cid,) in Customer.select(Customer.id).where(Customer.id.in_(ids), Customer.category == "lost")
            .tuples()}
    consenting = {cid for (cid,) in Customer.select(Customer.id).where(Customer.id.in_(ids), Customer.consent == True)
                  .tuples()}
    vehicles = list(Vehicle.select(Vehicle.id, Vehicle.owner, Vehicle.registration_date, Vehicle.delivered_on,
                                   Vehicle.created_at, Vehicle.seats, Vehicle.use, Vehicle.energy,
                                   Vehicle.insurance_compulsory_until, Vehicle.insurance_commercial_until,
                                   Vehicle.plate, Vehicle.model_name, Vehicle.next_inspection_on)
                    .where(Vehicle.owner.in_(ids)).tuples())
    readings: dict[int, list] = defaultdict(list)
    advisor: dict[int, int | None] = {}
    if vehicles:
        for vid, on, km, kind, adv in (ServiceRecord.select(ServiceRecord.vehicle, ServiceRecord.service_date,
                                                            ServiceRecord.mileage_km, ServiceRecord.kind,
                                                            ServiceRecord.advisor)
                                       .where(ServiceRecord.vehicle.in_([v[0] for v in vehicles]))
                                       .order_by(ServiceRecord.service_date, ServiceRecord.id).tuples()):
            readings[vid].append((on, km, kind))
            advisor[vid] = adv or advisor.get(vid)
    owner_of = {c[0]: c[1] for c in customers}
    rows: list[dict] = []
    for v in vehicles:
        vid, cid = v[0], v[1]
        for kind, due in _vehicle_dues(v, readings[vid], pol, today):
            # maintenance stays until done or dismissed unless the customer is lost (then: win-back list)
            recent = due.overdue_at > oldest or (kind == "maintenance" and cid not in lost)
            if due.due_at <= horizon and recent:
                rows.append(reminder_row(kind, f"v{vid}", due, cid, vid, advisor.get(vid) or owner_of.get(cid),
                                 {"plate": v[10] or "", "model": v[11] or ""}))
    for c in customers:
        if rules.needs_consent("birthday") and c[0] not in consenting:
            continue
        due = _birthday_due(c, pol, today)
        if due is not None and due.due_at <= horizon:
            rows.append(reminder_row("birthday", f"c{c[0]}", due, c[0], None, c[1]))
    delivered_since = dt.datetime.combine(
        today - dt.timedelta(days=pol.survey_days_after_delivery + pol.survey_grace_days + LOOKBACK_DAYS),
        dt.time(0, 0))
    deliveries = list(Delivery.select(Delivery.id, Delivery.customer, Delivery.delivered_at, Delivery.vehicle)
                      .where(Delivery.customer.in_(ids), Delivery.delivered_at >= delivered_since).tuples())
    if deliveries:
        surveyed = {d for (d,) in Survey.select(Survey.delivery).where(
            Survey.delivery.in_([d[0] for d in deliveries])).tuples()}
        for did, cid, at, vid in deliveries:
            if rules.needs_consent("survey") and cid not in consenting:
                continue
            due = rules.survey_due(at.date(), "delivery", pol)
            if did not in surveyed and due.due_at <= horizon:
                rows.append(reminder_row("survey", f"d{did}", due, cid, vid, owner_of.get(cid), {"delivery_id": did}))
    created = insert_rows(rows)
    # open rows of planned kinds whose fact changed since (not in today's plan) are superseded
    wanted = {r["dedupe_key"] for r in rows}
    stale = [rid for rid, key in Reminder.select(Reminder.id, Reminder.dedupe_key).where(
        Reminder.customer.in_(ids), Reminder.status == "open",
        Reminder.kind.in_(("maintenance", "insurance_compulsory", "insurance_commercial", "inspection",
                           "birthday"))).tuples() if key not in wanted]
    # consent withdrawn: the open marketing reminders go
    stale += [rid for (rid,) in Reminder.select(Reminder.id).where(
        Reminder.customer.in_([i for i in ids if i not in consenting]), Reminder.status == "open",
        Reminder.kind.in_(sorted(rules.MARKETING_KINDS))).tuples() if rid not in stale]
    for start in range(0, len(stale), CHUNK):
        Reminder.delete().where(Reminder.id.in_(stale[start:start + CHUNK])).execute()
    return created, len(stale)


def _plan_holidays(pol: ReminderPolicy, today: dt.date) -> int:
    """Holiday greetings are one store-wide reminder per holiday (the greeting batch), not one per customer."""
    end = today + dt.timedelta(days=HORIZON_DAYS + pol.holiday_days_ahead)
    horizon = dt.datetime.combine(today + dt.timedelta(days=HORIZON_DAYS), dt.time(23, 59, 59))
    rows = [reminder_row("holiday", f"store.{due.detail['code']}", due, None, None, None)
            for due in rules.holiday_reminders(today, end, pol) if due.due_at <= horizon]
    return insert_rows(rows)


def plan_in_transaction(customer_ids: Iterable[int], today: dt.date,
                        progress: Callable[[int, int], None] | None = None) -> PlanResult:
    """Planning without the permission check, for services that already hold a transaction."""
    pol = policy()
    ids = list(customer_ids)
    created = _plan_holidays(pol, today)
    superseded = 0
    for start in range(0, len(ids), CHUNK):
        c, s = _plan_chunk(ids[start:start + CHUNK], pol, today)
        created, superseded = created + c, superseded + s
        if progress:
            progress(min(start + CHUNK, len(ids)), len(ids))
    return PlanResult(len(ids), created, superseded)


def plan_reminders(actor: Actor, today: dt.date, customer_ids: Iterable[int] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> PlanResult:
    """Create the open reminders for the next HORIZON_DAYS (whole store when `customer_ids` is None).

    The whole store runs chunk by chunk, one transaction per chunk, so a long run never holds the write
    lock for minutes and a crash loses at most one chunk (re-running is harmless).
    """
    require(actor, "customer.write")
    changes.mark(changes.DUE)

    if customer_ids is not None:
        with db.atomic():
            result = plan_in_transaction(list(customer_ids), today, progress)
            audit.record(actor, "reminders.plan", "reminder", None, customers=result.customers,
                         created=result.created)
        return result
    ids = [cid for (cid,) in Customer.select(Customer.id).where(Customer.archived == False).order_by(Customer.id).tuples()]
    pol = policy()
    created = superseded = 0
    with db.atomic():
        created += _plan_holidays(pol, today)
    for start in range(0, len(ids), CHUNK):
        with db.atomic():
            c, s = _plan_chunk(ids[start:start + CHUNK], pol, today)
        created, superseded = created + c, superseded + s
        if progress:
            progress(min(start + CHUNK, len(ids)), len(ids))
    escalate_overdue(actor, dt.datetime.combine(today, dt.time(0, 0)))
    with db.atomic():
        audit.record(actor, "reminders.plan", "reminder", None, customers=len(ids), created=created)
    return PlanResult(len(ids), created, superseded)


def schedule_after_service(record_id: int, vehicle_id: int, customer_id: int, owner_id: int | None,
                           service_on: dt.date, today: dt.date | None = None) -> int:
    """The call-back and the satisfaction survey after a workshop visit (caller holds the transaction).

    Entering old history (a visit more than BACKFILL_DAYS ago) schedules nothing: nobody calls back years later.
    """
    if today is not None and service_on < today - dt.timedelta(days=BACKFILL_DAYS):
        return 0
    pol = policy()
    plate = Vehicle.select(Vehicle.plate).where(Vehicle.id == vehicle_id).scalar() or ""
    # one call and one survey per visit: a second record of the same day (maintenance + repair) is
    # keyed by the visit's first record, so its rows already exist and are not inserted again
    first = visit_record_id(record_id)
    extra = {"service_record_id": first, "plate": plate}
    rows = [reminder_row("post_service_call", f"s{first}", rules.post_service_call_due(service_on, pol),
                         customer_id, vehicle_id, owner_id, extra)]
    consents = bool(customer_id) and Customer.select().where(Customer.id == customer_id, Customer.consent == True).exists()
    if consents or not rules.needs_consent("survey"):
        rows.append(reminder_row("survey", f"s{first}", rules.survey_due(service_on, "service", pol),
                                 customer_id, vehicle_id, owner_id, extra))
    return insert_rows(rows)


# --- reading ----------------------------------------------------------------------------------------

def _select():
    owner = User.alias()
    return (Reminder.select(Reminder.id, Reminder.kind, Reminder.due_at, Reminder.overdue_at, Reminder.status,
                            Reminder.snoozed_until, Reminder.customer, Customer.name, Reminder.vehicle,
                            Vehicle.plate, Reminder.owner, owner.display_name, Reminder.note, Reminder.detail)
            .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
            .switch(Reminder).join(Vehicle, JOIN.LEFT_OUTER, on=(Reminder.vehicle == Vehicle.id))
            .switch(Reminder).join(owner, JOIN.LEFT_OUTER, on=(Reminder.owner == owner.id)))


def _rows(query) -> list[ReminderRow]:
    return [ReminderRow(rid, kind, due, over, status, snooze, cid, cname or "", vid, plate or "", oid,
                        oname or "", note, json.loads(detail) if detail else {})
            for rid, kind, due, over, status, snooze, cid, cname, vid, plate, oid, oname, note, detail
            in query.tuples()]


def reminders_for_vehicle(vehicle_id: int, owner_id: int | None) -> list[ReminderRow]:
    """Open reminders of a vehicle and of its owner (birthday), nearest deadline first — for the card."""
    # two look-ups, each on its own foreign-key index: an OR (or ORDER BY due_at) lets SQLite pick the
    # (status, due_at) index and walk every open reminder of the store
    rows = _rows(_select().where(Reminder.vehicle == vehicle_id, Reminder.status == "open").limit(50))
    if owner_id is not None:
        rows += _rows(_select().where(Reminder.customer == owner_id, Reminder.vehicle.is_null(),
                                      Reminder.status == "open").limit(50))
    return sorted(rows, key=lambda r: (r.overdue_at, r.id))[:50]  # by deadline


def _shown_by(moment: dt.datetime):
    return (Reminder.due_at <= moment) & (Reminder.snoozed_until.is_null() | (Reminder.snoozed_until <= moment))


def list_reminders(actor: Actor, now: dt.datetime, scope: str = "all", kind: str | None = None,
                   owner_id: int | None = None, customer_id: int | None = None, limit: int = 2000,
                   ) -> list[ReminderRow]:
    """Open reminders: due today, overdue, or starting within the next 30 days ("all" = the three)."""
    require(actor, "customer.read")
    if scope not in SCOPES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的范围 {scope}"), field="scope", scope=scope)
    end_today = dt.datetime.combine(now.date(), dt.time(23, 59, 59))
    end_30 = end_today + dt.timedelta(days=HORIZON_DAYS)
    query = _select().where(Reminder.status == "open")
    if scope == "today":
        query = query.where(_shown_by(end_today), Reminder.overdue_at > now)
    elif scope == "overdue":
        query = query.where(_shown_by(end_today), Reminder.overdue_at <= now)
    elif scope == "next30":
        query = query.where(_shown_by(end_30), ~_shown_by(end_today))
    else:
        query = query.where(_shown_by(end_30))
    if kind:
        query = query.where(Reminder.kind == kind)
    if owner_id is not None:
        query = query.where(Reminder.owner == owner_id)
    if customer_id is not None:
        query = query.where(Reminder.customer == customer_id)
    own = own_customers_clause(actor)  # a consultant: their own customers' reminders
    if own is not None:
        query = query.where(Customer.id.is_null(False), own)
    return _rows(query.order_by(Reminder.overdue_at, Reminder.due_at, Reminder.id).limit(limit))


def get_reminder(actor: Actor, reminder_id: int) -> ReminderRow:
    require(actor, "customer.read")
    rows = _rows(_select().where(Reminder.id == reminder_id))
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到提醒 {id}"), id=reminder_id)
    return rows[0]


# --- acting -----------------------------------------------------------------------------------------

def _openreminder_row(reminder_id: int) -> Reminder:
    row = Reminder.get_or_none(Reminder.id == reminder_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到提醒 {id}"), id=reminder_id)
    if row.status != "open":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "该提醒已处理（{status}）"), status=row.status)
    return row


def complete_reminder(actor: Actor, reminder_id: int, note: str = "", channel: str = "phone",
                      now: dt.datetime | None = None) -> ReminderRow:
    """Done: the note becomes an Interaction on the customer (the contact really happened)."""
    require(actor, "reminder.write")
    changes.mark(changes.DUE)
    now = now or dt.datetime.now().replace(microsecond=0)
    with db.atomic():
        row = _openreminder_row(reminder_id)
        if row.customer_id is not None:
            Interaction.create(customer=row.customer_id, user=actor.id, at=now, channel=channel,
                               content=note.strip() or KIND_LABELS.get(row.kind, row.kind),
                               result=QT_TRANSLATE_NOOP("reminders", "提醒已完成") + f"：{KIND_LABELS.get(row.kind)}")
            Customer.update(last_activity_at=now).where(Customer.id == row.customer_id,
                                                        Customer.last_activity_at < now).execute()
        Reminder.update(status="done", done_at=now, done_by=actor.id, note=note.strip()[:200]).where(
            Reminder.id == reminder_id).execute()
        audit.record(actor, "reminder.done", "reminder", reminder_id, kind=row.kind, at=now)
    return get_reminder(actor, reminder_id)


def snooze_reminder(actor: Actor, reminder_id: int, until: dt.datetime,
                    now: dt.datetime | None = None) -> ReminderRow:
    require(actor, "reminder.write")
    changes.mark(changes.DUE)
    now = now or dt.datetime.now().replace(microsecond=0)
    if until <= now:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "稍后提醒的时间应晚于现在"), field="snoozed_until")
    with db.atomic():
        _openreminder_row(reminder_id)
        Reminder.update(snoozed_until=until).where(Reminder.id == reminder_id).execute()
        audit.record(actor, "reminder.snooze", "reminder", reminder_id, until=until, at=now)
    return get_reminder(actor, reminder_id)


def dismiss_reminder(actor: Actor, reminder_id: int, note: str = "",
                     now: dt.datetime | None = None) -> ReminderRow:
    require(actor, "reminder.write")
    changes.mark(changes.DUE)
    now = now or dt.datetime.now().replace(microsecond=0)
    with db.atomic():
        row = _openreminder_row(reminder_id)
        Reminder.update(status="dismissed", done_at=now, done_by=actor.id, note=note.strip()[:200]).where(
            Reminder.id == reminder_id).execute()
        audit.record(actor, "reminder.dismiss", "reminder", reminder_id, kind=row.kind, at=now)
    return get_reminder(actor, reminder_id)


LAST_PLANNED_KEY = "reminders.last_planned"


def plan_reminders_if_due(actor: Actor, today: dt.date,
                          progress: Callable[[int, int], None] | None = None) -> PlanResult | None:
    """Plan the whole store once a day (the first PC to start does it); None when already done today.

    The day is recorded in the shared settings table, so several PCs on one store do not repeat the work.
    """
    row = Setting.get_or_none(Setting.key == LAST_PLANNED_KEY)
    if row is not None and row.value == f'"{today.isoformat()}"':
        return None
    result = plan_reminders(actor, today, progress=progress)
    with db.atomic():
        Setting.put(LAST_PLANNED_KEY, f'"{today.isoformat()}"', actor.login)
    return result
