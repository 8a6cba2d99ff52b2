"""Service reception, part 1: appointments (预约) — booking into an advisor's slot, reschedule, cancel,
no-show, the day-before confirmation call, the day's list and today's arrivals.

Why the confirmation call is a Reminder row (kind "appointment_confirm", owner = advisor): the due list, the
tray and `dealerdesk due` already read open Reminder rows, so the call shows up everywhere without a second
mechanism; rescheduling dismisses the old row and plans a new one (its key holds the start time).
Repair orders live in reception/orders.py, settlement and statistics in reception/settlement.py; their public
functions are re-exported here so callers import one module.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, fn

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, text_input
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reception._common import check_advisor, policy, write_txn
from dealerdesk.store.db import db
from dealerdesk.store.models import Appointment, Customer, Reminder, RepairOrder, User, Vehicle

CONFIRM_KIND = "appointment_confirm"
ADVISOR_ROLES = ("service_advisor", "manager")
BUSY = ("booked", "arrived")  # bookings that take a place in a slot


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class AdvisorRow:
    id: int
    login: str
    name: str


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    start: dt.datetime
    customer_id: int
    customer_name: str
    vehicle_id: int | None
    plate: str
    advisor_id: int | None
    advisor: str  # login
    advisor_name: str
    status: str
    requested_work: str
    reschedules: int
    order_id: int | None = None
    order_number: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "start": self.start.isoformat(timespec="minutes"), "customer_id": self.customer_id,
                "customer_name": self.customer_name, "vehicle_id": self.vehicle_id, "plate": self.plate,
                "advisor": self.advisor, "status": self.status, "requested_work": self.requested_work,
                "order_number": self.order_number}


@dataclass(frozen=True)
class SlotLoad:
    start: dt.datetime
    booked: int
    capacity: int

    @property
    def free(self) -> int:
        return max(self.capacity - self.booked, 0)


def list_advisors(actor: Actor) -> list[AdvisorRow]:
    require(actor, "customer.read")
    return [AdvisorRow(i, login, name) for i, login, name in
            User.select(User.id, User.login, User.display_name)
            .where(User.active == True, User.role.in_(ADVISOR_ROLES)).order_by(User.role.desc(), User.login).tuples()]


def _check_capacity(advisor_id: int, start: dt.datetime, pol: rules.ReceptionPolicy,
                    exclude_id: int | None = None) -> None:
    query = Appointment.select().where(Appointment.advisor == advisor_id, Appointment.start == start,
                                       Appointment.status.in_(BUSY))
    if exclude_id is not None:
        query = query.where(Appointment.id != exclude_id)
    if query.count() >= pol.slot_capacity:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{at} 这个时段已约满（每时段 {capacity} 位），请换一个时段"),
                       field="start", at=start.strftime("%m-%d %H:%M"), capacity=pol.slot_capacity)


def _plan_confirm_call(appt: Appointment, pol: rules.ReceptionPolicy) -> None:
    due, overdue = rules.confirm_call_window(appt.start, pol)
    Reminder.insert(kind=CONFIRM_KIND, customer=appt.customer_id, vehicle=appt.vehicle_id, owner=appt.advisor_id,
                    due_at=due, overdue_at=overdue, status="open",
                    detail=json.dumps({"appointment_id": appt.id, "start": appt.start.isoformat(timespec="minutes"),
                                       "requested_work": appt.requested_work[:80]}, ensure_ascii=False),
                    dedupe_key=f"{CONFIRM_KIND}:a{appt.id}:{appt.start:%Y-%m-%dT%H:%M}").on_conflict_ignore().execute()


def close_confirm_call(appointment_id: int, status: str, actor: Actor, now: dt.datetime) -> None:
    """The open confirmation call of an appointment is done (arrived) or dismissed (moved, cancelled)."""
    (Reminder.update(status=status, done_at=now, done_by=actor.id)
     .where(Reminder.kind == CONFIRM_KIND, Reminder.status == "open",
            Reminder.dedupe_key.startswith(f"{CONFIRM_KIND}:a{appointment_id}:")).execute())


def book_appointment(actor: Actor, customer_id: int | None, start: dt.datetime, advisor_id: int | None,
                     vehicle_id: int | None = None, requested_work: str = "", reminder_id: int | None = None,
                     now: dt.datetime | None = None) -> AppointmentRow:
    """Book from a customer, a vehicle, or a maintenance/insurance reminder (which is then done)."""
    require(actor, "appointment.write")
    now = now or _now()
    pol = policy()
    slot = rules.slot_of(start, pol)
    if slot < now - dt.timedelta(minutes=pol.slot_minutes):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "预约时间不能早于现在"), field="start")
    with write_txn():
        reminder = None
        if reminder_id is not None:
            reminder = Reminder.get_or_none(Reminder.id == reminder_id)
            if reminder is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到提醒 {id}"), id=reminder_id)
            customer_id = customer_id or reminder.customer_id
            vehicle_id = vehicle_id or reminder.vehicle_id
        if vehicle_id is not None and customer_id is None:
            customer_id = Vehicle.select(Vehicle.owner).where(Vehicle.id == vehicle_id).scalar()
        if customer_id is None or not Customer.select().where(Customer.id == customer_id).exists():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择客户"), field="customer")
        if vehicle_id is not None and not Vehicle.select().where(Vehicle.id == vehicle_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车辆 {id}"), id=vehicle_id)
        check_advisor(advisor_id)
        _check_capacity(advisor_id, slot, pol)
        changes.mark(changes.DUE, changes.RECEPTION)
        appt = Appointment.create(customer=customer_id, vehicle=vehicle_id, advisor=advisor_id, start=slot,
                                  requested_work=text_input.clean(
                                      Appointment, "requested_work", requested_work,
                                      QT_TRANSLATE_NOOP("fields", "预约项目")), reminder=reminder_id, created_at=now,
                                  created_by=actor.id)
        if reminder is not None and reminder.status == "open":
            Reminder.update(status="done", done_at=now, done_by=actor.id,
                            note=QT_TRANSLATE_NOOP("reminders", "已预约进厂")).where(Reminder.id == reminder.id).execute()
        _plan_confirm_call(appt, pol)
        audit.record(actor, "appointment.book", "appointment", appt.id, at=now,
                     changes=audit.diff({}, audit.fields_of(appt)))
    return get_appointment(actor, appt.id)


def _booked(appointment_id: int) -> Appointment:
    appt = Appointment.get_or_none(Appointment.id == appointment_id)
    if appt is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到预约 {id}"), id=appointment_id)
    if appt.status != "booked":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "这个预约已是“{status}”状态，不能再改"), field="status",
                       status=rules.APPOINTMENT_LABELS[appt.status])
    return appt


def reschedule_appointment(actor: Actor, appointment_id: int, start: dt.datetime, advisor_id: int | None = None,
                           now: dt.datetime | None = None) -> AppointmentRow:
    require(actor, "appointment.write")
    now = now or _now()
    pol = policy()
    slot = rules.slot_of(start, pol)
    with write_txn():
        appt = _booked(appointment_id)
        changes.mark(changes.DUE, changes.RECEPTION)
        advisor = check_advisor(advisor_id or appt.advisor_id)
        _check_capacity(advisor, slot, pol, exclude_id=appt.id)
        old = appt.start
        before = audit.fields_of(appt)
        close_confirm_call(appt.id, "dismissed", actor, now)
        appt.start, appt.advisor, appt.reschedules = slot, advisor, appt.reschedules + 1
        appt.save()
        _plan_confirm_call(appt, pol)
        audit.record(actor, "appointment.reschedule", "appointment", appt.id, at=now, old=old, new=slot,
                     advisor=advisor, changes=audit.diff(before, audit.fields_of(appt)))
    return get_appointment(actor, appointment_id)


def cancel_appointment(actor: Actor, appointment_id: int, reason: str = "",
                       now: dt.datetime | None = None) -> AppointmentRow:
    require(actor, "appointment.write")
    now = now or _now()
    with db.atomic():
        appt = _booked(appointment_id)
        changes.mark(changes.DUE, changes.RECEPTION)
        Appointment.update(status="cancelled", status_at=now, cancel_reason=reason.strip()[:200]).where(
            Appointment.id == appt.id).execute()
        close_confirm_call(appt.id, "dismissed", actor, now)
        audit.record(actor, "appointment.cancel", "appointment", appt.id, at=now, reason=reason,
                     changes={"status": [appt.status, "cancelled"]})
    return get_appointment(actor, appointment_id)


def mark_no_show(actor: Actor, appointment_id: int, now: dt.datetime | None = None) -> AppointmentRow:
    """Recorded once the slot has begun and the customer did not come (counts in the no-show rate)."""
    require(actor, "appointment.write")
    now = now or _now()
    with db.atomic():
        appt = _booked(appointment_id)
        changes.mark(changes.DUE, changes.RECEPTION)
        if now < appt.start:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "预约时间 {at} 还没到，不能记为未到店"), field="status",
                           at=appt.start.strftime("%H:%M"))
        Appointment.update(status="no_show", status_at=now).where(Appointment.id == appt.id).execute()
        close_confirm_call(appt.id, "dismissed", actor, now)
        audit.record(actor, "appointment.no_show", "appointment", appt.id, at=now,
                     changes={"status": [appt.status, "no_show"]})
    return get_appointment(actor, appointment_id)


def _appointment_rows(where, order_by=None) -> list[AppointmentRow]:
    query = (Appointment.select(Appointment.id, Appointment.start, Appointment.customer, Customer.name,
                                Appointment.vehicle, Vehicle.plate, Appointment.advisor, User.login,
                                User.display_name, Appointment.status, Appointment.requested_work,
                                Appointment.reschedules, RepairOrder.id, RepairOrder.number)
             .join(Customer, on=(Appointment.customer == Customer.id))
             .switch(Appointment).join(Vehicle, JOIN.LEFT_OUTER, on=(Appointment.vehicle == Vehicle.id))
             .switch(Appointment).join(User, JOIN.LEFT_OUTER, on=(Appointment.advisor == User.id))
             .switch(Appointment).join(RepairOrder, JOIN.LEFT_OUTER, on=(RepairOrder.appointment == Appointment.id))
             .where(where).order_by(*(order_by or (Appointment.start, Appointment.id))))
    return [AppointmentRow(aid, start, cid, cname, vid, plate or "", adv, login or "", aname or "", status, work,
                           resched, oid, number or "")
            for aid, start, cid, cname, vid, plate, adv, login, aname, status, work, resched, oid, number
            in query.tuples()]


def get_appointment(actor: Actor, appointment_id: int) -> AppointmentRow:
    require(actor, "reception.read")
    rows = _appointment_rows(Appointment.id == appointment_id)
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到预约 {id}"), id=appointment_id)
    return rows[0]


def appointments_between(actor: Actor, first: dt.date, last: dt.date, advisor_id: int | None = None,
                         include_cancelled: bool = True) -> list[AppointmentRow]:
    """Bookings from the start of `first` to the end of `last` (the calendar's day and week views)."""
    require(actor, "reception.read")
    where = (Appointment.start >= dt.datetime.combine(first, dt.time(0))) & (
        Appointment.start < dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0)))
    if advisor_id is not None:
        where &= Appointment.advisor == advisor_id
    if not include_cancelled:
        where &= Appointment.status != "cancelled"
    return _appointment_rows(where)


def day_appointments(actor: Actor, day: dt.date, advisor_id: int | None = None) -> list[AppointmentRow]:
    return appointments_between(actor, day, day, advisor_id)


def todays_arrivals(actor: Actor, day: dt.date) -> list[AppointmentRow]:
    """The service desk's list: the day's bookings still expected or already received, in time order."""
    return [r for r in appointments_between(actor, day, day) if r.status in BUSY]


def slot_loads(actor: Actor, day: dt.date, advisor_id: int) -> list[SlotLoad]:
    """Every slot of the day with how many places the advisor has taken (one grouped query)."""
    require(actor, "reception.read")
    pol = policy()
    counts = dict(Appointment.select(Appointment.start, fn.COUNT(Appointment.id))
                  .where(Appointment.advisor == advisor_id, Appointment.status.in_(BUSY),
                         Appointment.start >= dt.datetime.combine(day, dt.time(0)),
                         Appointment.start < dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0)))
                  .group_by(Appointment.start).tuples())
    return [SlotLoad(s, counts.get(s, 0), pol.slot_capacity) for s in rules.day_slots(day, pol)]
