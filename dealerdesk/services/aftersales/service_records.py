"""Service records (服务记录): add one at the counter, read a vehicle's history.

Why a lower mileage is a question and not an error: odometers are replaced and typos happen, but a silent
wrong reading spoils the km-per-day estimate behind every maintenance reminder — so the service refuses it
with `LowerMileage` until the person confirms (`confirm_lower_mileage=True`).
A workshop visit schedules its call-back and survey (Reminder rows) and re-plans/re-classifies the owner
in the same transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from peewee import JOIN, fn

from dealerdesk.domain import labels
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, derived
from dealerdesk.services.aftersales.reminders import schedule_after_service
from dealerdesk.services.auth import Actor, require, require_customer
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, Reminder, ServiceRecord, User, Vehicle

SERVICE_KINDS = labels.SERVICE_KIND
#: kinds that bring the car into the workshop: they get a call-back and a survey
WORKSHOP_KINDS = ("maintenance", "repair", "warranty")


class LowerMileage(Conflict):
    """The mileage typed is below the vehicle's last reading: ask the person, then retry with confirmation."""


@dataclass
class ServiceRecordInput:
    vehicle_id: int
    kind: str
    service_date: dt.date
    mileage_km: int
    content: str = ""
    parts_cost: Decimal | float | str = 0
    labour_cost: Decimal | float | str = 0
    advisor_id: int | None = None


@dataclass(frozen=True)
class ServiceRecordRow:
    id: int
    vehicle_id: int
    customer_id: int | None
    kind: str
    service_date: dt.date
    mileage_km: int
    content: str
    parts_cost: Decimal
    labour_cost: Decimal
    advisor: str  # display name, "" when unknown

    @property
    def total_cost(self) -> Decimal:
        return self.parts_cost + self.labour_cost


@dataclass(frozen=True)
class LastReading:
    on: dt.date | None
    mileage_km: int


def _money(value: Decimal | float | str, field: str) -> Decimal:
    try:
        amount = Decimal(str(value or 0)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "金额格式不对：{value}"), field=field, value=value) from None
    if amount < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "金额不能为负数"), field=field)
    return amount


def last_reading(vehicle_id: int, on_or_before: dt.date | None = None) -> LastReading:
    """The odometer reading a new record is compared with: the latest record up to that date, else the
    mileage stored on the vehicle (typed when it was registered)."""
    query = ServiceRecord.select(ServiceRecord.service_date, ServiceRecord.mileage_km).where(
        ServiceRecord.vehicle == vehicle_id)
    if on_or_before is not None:
        query = query.where(ServiceRecord.service_date <= on_or_before)
    row = max(query.tuples(), default=None)  # (date, km): the latest reading (a vehicle has few rows)
    if row is not None:
        return LastReading(row[0], row[1])
    if ServiceRecord.select().where(ServiceRecord.vehicle == vehicle_id).exists():
        return LastReading(None, 0)  # back-dated before every record: the vehicle's mileage is newer
    km = Vehicle.select(Vehicle.mileage_km).where(Vehicle.id == vehicle_id).scalar() or 0
    return LastReading(None, km)


def check_mileage(actor: Actor, vehicle_id: int, mileage_km: int, on: dt.date) -> LastReading | None:
    """The last reading when `mileage_km` is below it (the UI asks before saving), else None."""
    require(actor, "service.read")
    last = last_reading(vehicle_id, on)
    return last if mileage_km < last.mileage_km else None


def add_service_record(actor: Actor, data: ServiceRecordInput, confirm_lower_mileage: bool = False,
                       today: dt.date | None = None, now: dt.datetime | None = None) -> ServiceRecordRow:
    require(actor, "service.write")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    today = today or now.date()
    if data.kind not in SERVICE_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的服务类型 {kind}"), field="kind", kind=data.kind)
    if data.service_date > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "服务日期不能晚于今天"), field="service_date")
    if data.mileage_km < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "里程不能为负数"), field="mileage_km")
    parts, labour = _money(data.parts_cost, "parts_cost"), _money(data.labour_cost, "labour_cost")
    if data.advisor_id is not None and not User.select().where(User.id == data.advisor_id).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选服务顾问不存在"), field="advisor")
    with db.atomic():
        vehicle = Vehicle.get_or_none(Vehicle.id == data.vehicle_id)
        if vehicle is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车辆 {id}"), id=data.vehicle_id)
        changes.mark(changes.DUE, customer=vehicle.owner_id)
        last = last_reading(vehicle.id, data.service_date)
        if data.mileage_km < last.mileage_km and not confirm_lower_mileage:
            raise LowerMileage(QT_TRANSLATE_NOOP(
                "errors", "里程 {km} 公里低于上次记录的 {last_km} 公里（{last_on}），确认仪表已更换或读数无误吗？"),
                field="mileage_km", km=data.mileage_km, last_km=last.mileage_km,
                last_on=last.on.isoformat() if last.on else "-")
        record = ServiceRecord.create(
            vehicle=vehicle.id, customer=vehicle.owner_id, kind=data.kind, service_date=data.service_date,
            mileage_km=data.mileage_km, content=data.content.strip(), parts_cost=parts, labour_cost=labour,
            advisor=data.advisor_id or actor.id)
        latest = (ServiceRecord.select(fn.MAX(ServiceRecord.service_date))
                  .where(ServiceRecord.vehicle == vehicle.id, ServiceRecord.id != record.id).scalar())
        if latest is None or data.service_date >= latest:  # the newest reading is the vehicle's mileage
            Vehicle.update(mileage_km=data.mileage_km, updated_at=now).where(
                Vehicle.id == vehicle.id).execute()
        audit.record(actor, "service_record.create", "service_record", record.id, at=now,
                     changes=audit.diff({}, audit.fields_of(record)),
                     lower_confirmed=data.mileage_km < last.mileage_km)
        _after_service(record, vehicle, data, today, now)
    return history_rows(vehicle.id, record_id=record.id)[0]


def _after_service(record: ServiceRecord, vehicle: Vehicle, data: ServiceRecordInput, today: dt.date,
                   now: dt.datetime) -> None:

    if data.kind == "maintenance":  # the due maintenance is fulfilled by this visit
        (Reminder.update(status="done", done_at=now,
                         note=QT_TRANSLATE_NOOP("reminders", "已进厂保养"))
         .where(Reminder.vehicle == vehicle.id, Reminder.kind == "maintenance", Reminder.status == "open")
         .execute())
    if vehicle.owner_id is None:
        return
    if data.kind in WORKSHOP_KINDS:
        schedule_after_service(record.id, vehicle.id, vehicle.owner_id, data.advisor_id or record.advisor_id,
                               data.service_date, today)
    visit_at = dt.datetime.combine(data.service_date, dt.time(12, 0))
    Customer.update(last_activity_at=visit_at).where(
        Customer.id == vehicle.owner_id, Customer.last_activity_at < visit_at).execute()
    derived.refresh_customer(vehicle.owner_id, today=today, replan=True)


def history_rows(vehicle_id: int, record_id: int | None = None) -> list[ServiceRecordRow]:
    """All records of a vehicle, newest first (or the one record `record_id`); one query."""
    query = (ServiceRecord.select(ServiceRecord.id, ServiceRecord.vehicle, ServiceRecord.customer,
                                  ServiceRecord.kind, ServiceRecord.service_date, ServiceRecord.mileage_km,
                                  ServiceRecord.content, ServiceRecord.parts_cost, ServiceRecord.labour_cost,
                                  User.display_name)
             .join(User, JOIN.LEFT_OUTER, on=(ServiceRecord.advisor == User.id))
             .where(ServiceRecord.vehicle == vehicle_id))
    if record_id is not None:
        query = query.where(ServiceRecord.id == record_id)
    # sorted here, not in SQL: ORDER BY service_date lets SQLite walk the service_date index over the
    # whole table instead of the vehicle's few rows
    rows = sorted(query.tuples(), key=lambda r: (r[4], r[0]), reverse=True)
    return [ServiceRecordRow(rid, vid, cid, kind, on, km, content, Decimal(parts or 0), Decimal(labour or 0),
                             advisor or "")
            for rid, vid, cid, kind, on, km, content, parts, labour, advisor in rows]


def list_history(actor: Actor, vehicle_id: int) -> list[ServiceRecordRow]:
    require(actor, "service.read")
    owner = Vehicle.select(Vehicle.owner).where(Vehicle.id == vehicle_id).scalar()
    if owner is not None:
        require_customer(actor, "service.read", owner)  # a consultant: their own customers' cars
    return history_rows(vehicle_id)
