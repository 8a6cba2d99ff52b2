"""Service reception: dispatch (派工) — repair-order lines the customer agreed to, given to technicians
(active users with the technician flag), started and finished; the workshop board per technician and the
lines still waiting for one; technicians' hours and first-time-fix for the statistics.

Why per line: a car often has two people on it (the oil change and the brake job); the advisor's board
names them all, and hours are compared with each labour line's standard hours (its quantity).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reception._common import now_, order_row, policy
from dealerdesk.services.reception.orders import OrderDetail, get_order
from dealerdesk.services.reception.workflow import move_in_txn
from dealerdesk.services.reporting import aftersales as figures
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, RepairItem, RepairOrder, User, Vehicle, WorkAssignment

#: the states of a dispatched line on the workshop board
ASSIGNED, WORKING, DONE = "assigned", "working", "done"


@dataclass(frozen=True)
class TechnicianRow:
    id: int
    login: str
    name: str


@dataclass(frozen=True)
class WorkRow:
    """One line of the workshop board: a technician and a job (or the technician idle: line_id None)."""

    technician_id: int
    technician: str
    line_id: int | None = None
    order_id: int | None = None
    number: str = ""
    plate: str = ""
    job: str = ""
    name: str = ""
    state: str = ""  # assigned | working | done ("" = idle)
    assigned_at: dt.datetime | None = None
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    standard_hours: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class WaitingRow:
    """A line the customer agreed to that nobody works on yet (待派工)."""

    line_id: int
    order_id: int
    number: str
    plate: str
    customer_name: str
    job: str
    name: str
    kind: str
    promised_at: dt.datetime | None


@dataclass(frozen=True)
class WorkshopStats:
    technicians: list[figures.TechnicianHours]
    first_time_fixed: int
    first_time_judged: int
    comeback_days: int

    @property
    def first_time_fix_rate(self) -> float:
        return rules.ratio(self.first_time_fixed, self.first_time_judged)


def list_technicians(actor: Actor) -> list[TechnicianRow]:
    """Active users with the technician flag (user management, 同时是技师)."""
    require(actor, "reception.read")
    return [TechnicianRow(i, login, name) for i, login, name in
            User.select(User.id, User.login, User.display_name)
            .where(User.active == True, User.technician == True).order_by(User.login).tuples()]


def _line(line_id: int) -> tuple[RepairItem, RepairOrder]:
    line = RepairItem.get_or_none(RepairItem.id == line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到项目 {id}"), id=line_id)
    return line, order_row(line.order_id)


def _assignment(line_id: int) -> WorkAssignment:
    work = WorkAssignment.get_or_none(WorkAssignment.item == line_id)
    if work is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "这个项目还没派工"), field="technician")
    return work


def dispatch_line(actor: Actor, line_id: int, technician_id: int | None, now: dt.datetime | None = None) -> OrderDetail:
    """Give a line the customer agreed to to a technician (or to another one, while work has not started)."""
    require(actor, "reception.dispatch")
    changes.mark(changes.RECEPTION)
    now = now or now_()
    with db.atomic():
        line, order = _line(line_id)
        if line.approval != "approved":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "客户同意后才能派工"), field="technician")
        if technician_id is None or not User.select().where(User.id == technician_id, User.active == True,
                                                           User.technician == True).exists():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择技师"), field="technician")
        work = WorkAssignment.get_or_none(WorkAssignment.item == line_id)
        if work is not None and work.started_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "技师已开工，不能改派"), field="technician")
        if work is None:
            WorkAssignment.create(item=line_id, technician=technician_id, assigned_at=now, assigned_by=actor.id)
        else:
            WorkAssignment.update(technician=technician_id, assigned_at=now, assigned_by=actor.id).where(
                WorkAssignment.id == work.id).execute()
        audit.record(actor, "repair_order.dispatch", "repair_order", order.id, at=now, line=line_id,
                     technician=technician_id, before=work.technician_id if work else None)
    return get_order(actor, order.id)


def undispatch_line(actor: Actor, line_id: int) -> OrderDetail:
    """Take a line back from its technician before work started."""
    require(actor, "reception.dispatch")
    changes.mark(changes.RECEPTION)
    with db.atomic():
        _line_row, order = _line(line_id)
        work = _assignment(line_id)
        if work.started_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "技师已开工，不能取消派工"), field="technician")
        work.delete_instance()
        audit.record(actor, "repair_order.undispatch", "repair_order", order.id, line=line_id,
                     technician=work.technician_id)
    return get_order(actor, order.id)


def start_work(actor: Actor, line_id: int, now: dt.datetime | None = None) -> OrderDetail:
    """The technician starts on the line; an order still 等待维修 moves to 维修中 (the flow's next step)."""
    require(actor, "reception.dispatch")
    changes.mark(changes.DUE, changes.RECEPTION)
    now = now or now_()
    with db.atomic():
        _line_row, order = _line(line_id)
        work = _assignment(line_id)
        if work.started_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "这个项目已经开工"), field="technician")
        WorkAssignment.update(started_at=now).where(WorkAssignment.id == work.id).execute()
        if order.status == "waiting":
            move_in_txn(actor, order, "in_repair", now)
        audit.record(actor, "repair_order.work_start", "repair_order", order.id, at=now, line=line_id,
                     technician=work.technician_id)
    return get_order(actor, order.id)


def finish_work(actor: Actor, line_id: int, now: dt.datetime | None = None) -> OrderDetail:
    require(actor, "reception.dispatch")
    changes.mark(changes.RECEPTION)
    now = now or now_()
    with db.atomic():
        _line_row, order = _line(line_id)
        work = _assignment(line_id)
        if work.started_at is None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "这个项目还没开工"), field="technician")
        if work.finished_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "这个项目已经完工"), field="technician")
        if now < work.started_at:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "完工时间不能早于开工时间"), field="technician")
        WorkAssignment.update(finished_at=now).where(WorkAssignment.id == work.id).execute()
        audit.record(actor, "repair_order.work_finish", "repair_order", order.id, at=now, line=line_id,
                     technician=work.technician_id, hours=rules.work_hours(work.started_at, now))
    return get_order(actor, order.id)


def workshop_board(actor: Actor, now: dt.datetime | None = None) -> list[WorkRow]:
    """车间看板: per technician (by login) the jobs of open orders — working first, then waiting to start,
    then finished today; an idle technician has one row without a job."""
    require(actor, "reception.read")
    now = now or now_()
    today = dt.datetime.combine(now.date(), dt.time())
    techs = list_technicians(actor)
    rows = (WorkAssignment.select(WorkAssignment.technician, RepairItem.id, RepairOrder.id, RepairOrder.number,
                                  Vehicle.plate, RepairItem.job, RepairItem.name, RepairItem.kind, RepairItem.qty,
                                  WorkAssignment.assigned_at, WorkAssignment.started_at, WorkAssignment.finished_at)
            .join(RepairItem).join(RepairOrder).join(Vehicle, on=(RepairOrder.vehicle == Vehicle.id))
            .where((WorkAssignment.finished_at.is_null()) | (WorkAssignment.finished_at >= today))
            .order_by(WorkAssignment.assigned_at, WorkAssignment.id).tuples())
    by_tech: dict[int, list[WorkRow]] = {}
    names = {t.id: t.name for t in techs}
    for tech, lid, oid, number, plate, job, name, kind, qty, assigned, started, finished in rows:
        if tech not in names:
            continue  # no longer a technician: their history stays, the board shows the team
        state = DONE if finished else (WORKING if started else ASSIGNED)
        by_tech.setdefault(tech, []).append(WorkRow(tech, names[tech], lid, oid, number, plate or "", job, name,
                                                    state, assigned, started, finished,
                                                    rules.standard_hours(kind, Decimal(qty))))
    order = {WORKING: 0, ASSIGNED: 1, DONE: 2}
    out: list[WorkRow] = []
    for t in techs:
        jobs = sorted(by_tech.get(t.id, []), key=lambda r: order[r.state])
        out.extend(jobs or [WorkRow(t.id, t.name)])
    return out


def waiting_for_dispatch(actor: Actor) -> list[WaitingRow]:
    """待派工: labour lines of open orders the customer agreed to and nobody has been given yet, oldest order
    first (parts are fitted within a labour job; a part line may still be dispatched on its own)."""
    require(actor, "reception.read")
    query = (RepairItem.select(RepairItem.id, RepairOrder.id, RepairOrder.number, Vehicle.plate, Customer.name,
                               RepairItem.job, RepairItem.name, RepairItem.kind, RepairOrder.promised_at)
             .join(RepairOrder).join(Vehicle, on=(RepairOrder.vehicle == Vehicle.id))
             .switch(RepairOrder).join(Customer, on=(RepairOrder.customer == Customer.id))
             .switch(RepairItem).join(WorkAssignment, JOIN.LEFT_OUTER, on=(WorkAssignment.item == RepairItem.id))
             .where(RepairOrder.status != "handed_over", RepairItem.approval == "approved",
                    RepairItem.kind == "labour", WorkAssignment.id.is_null())
             .order_by(RepairOrder.checked_in_at, RepairOrder.id, RepairItem.id))
    return [WaitingRow(lid, oid, number, plate or "", cname, job, name, kind, promised)
            for lid, oid, number, plate, cname, job, name, kind, promised in query.tuples()]


def workshop_stats(actor: Actor, start: dt.date, end: dt.date) -> WorkshopStats:
    """Technicians' hours (finished work vs standard hours) and first-time-fix over [start, end]."""
    require(actor, "reception.read")
    days = policy().comeback_days
    begin = dt.datetime.combine(start, dt.time())
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    fixed, judged = figures.first_time_fix(begin, stop, days)
    return WorkshopStats(figures.technician_hours(begin, stop), fixed, judged, days)
