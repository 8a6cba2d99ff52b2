"""Service reception: receiving a car (接车) — any car, also one bought elsewhere whose owner is not in the
store yet — and opening its repair order with a number that never repeats.

Why the number comes from a counter row in the same transaction as the insert: order numbers are printed and
quoted on the phone, so they must never repeat or be reused, also when two PCs check cars in at once; the
counter row (plus the UNIQUE index on the number) makes the second writer wait, not collide.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from dealerdesk.domain import reception as rules
from dealerdesk.domain import validate
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, text_input
from dealerdesk.services.aftersales.service_records import LowerMileage, last_reading
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.customers.duplicates import DuplicateMatch, find_duplicates
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.reception._common import check_advisor, log_status, now_, policy, write_txn
from dealerdesk.services.reception.appointments import close_confirm_call
from dealerdesk.services.reception.orders import OrderDetail, get_order
from dealerdesk.store.models import Appointment, Customer, NumberCounter, RepairOrder, Vehicle


@dataclass
class CheckInInput:
    customer_id: int | None
    vehicle_id: int | None  # None with a new vehicle
    mileage_km: int
    fuel_level: int = 50  # percent
    damage: str = ""
    belongings: str = ""
    complaint: str = ""  # the customer's own words
    service_kind: str = "maintenance"
    appointment_id: int | None = None
    advisor_id: int | None = None



@dataclass
class NewCustomer:
    """An owner not in the store, typed at the counter."""

    name: str
    phone: str


@dataclass
class NewVehicle:
    """A car not in the store (bought elsewhere, or never serviced here): plate or VIN, model."""

    plate: str = ""
    vin: str = ""
    model_id: int | None = None  # from the catalogue …
    model_name: str = ""  # … or free text for other brands


class PossibleDuplicate(Conflict):
    """The new owner looks like a customer already in the store (same phone, plate, VIN, name + phone tail)."""

    def __init__(self, message: str, matches: list[DuplicateMatch], **params) -> None:
        super().__init__(message, **params)
        self.matches = matches


@dataclass(frozen=True)
class LastMileage:
    km: int
    on: dt.date | None
    source: str = field(default="")


def last_mileage(actor: Actor, vehicle_id: int, on: dt.date) -> LastMileage:
    """Where the check-in's mileage starts: the vehicle's last reading (service records, earlier orders)."""
    require(actor, "reception.read")
    last = last_reading(vehicle_id, on)
    in_shop = RepairOrder.select(fn.MAX(RepairOrder.mileage_km)).where(RepairOrder.vehicle == vehicle_id).scalar()
    if in_shop and in_shop > last.mileage_km:
        return LastMileage(in_shop, None, "order")
    return LastMileage(last.mileage_km, last.on, "record")


def allocate_number(series: str, year: int) -> int:
    """The next number of a series (caller holds the write transaction that also inserts the row)."""
    NumberCounter.insert(name=series, year=year, last=0).on_conflict_ignore().execute()
    NumberCounter.update(last=NumberCounter.last + 1).where(NumberCounter.name == series,
                                                           NumberCounter.year == year).execute()
    return NumberCounter.select(NumberCounter.last).where(NumberCounter.name == series,
                                                          NumberCounter.year == year).scalar()




def _register_new(actor: Actor, data: CheckInInput, new_customer: NewCustomer | None,
                  new_vehicle: NewVehicle | None, allow_duplicate: bool, now: dt.datetime) -> tuple[int | None, int | None]:
    """(customer id, vehicle id) after creating what the counter typed as new; inside the check-in transaction."""
    customer_id, vehicle_id = data.customer_id, data.vehicle_id
    if new_customer is not None:
        if not new_customer.name.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写车主姓名"), field="name")
        if not new_customer.phone.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写车主电话"), field="phone")
        if not allow_duplicate:
            matches = find_duplicates(actor, new_customer.name, [new_customer.phone],
                                      [new_vehicle.plate] if new_vehicle and new_vehicle.plate.strip() else [],
                                      [new_vehicle.vin] if new_vehicle and new_vehicle.vin.strip() else [])
            if matches:
                raise PossibleDuplicate(QT_TRANSLATE_NOOP("errors", "可能已登记：{names}"), matches, field="name",
                                        names="、".join(f"{m.name}（{m.detail}）" for m in matches[:3]))
        customer_id = create_customer(actor, CustomerInput(name=new_customer.name, phones=[new_customer.phone],
                                                           source="other")).id
    if new_vehicle is not None:
        plate = validate.normalize_plate(new_vehicle.plate) if new_vehicle.plate.strip() else ""
        if plate and Vehicle.select().where(Vehicle.plate == plate).exists():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "车牌 {plate} 已登记，请直接查找这辆车"), field="plate",
                           plate=plate)
        if customer_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择车主或填写新车主"), field="customer")
        vehicle_id = create_vehicle(actor, VehicleInput(vin=new_vehicle.vin, plate=new_vehicle.plate,
                                                        model_id=new_vehicle.model_id,
                                                        model_name=new_vehicle.model_name, mileage_km=0,
                                                        owner_id=customer_id), today=now.date()).id
    return customer_id, vehicle_id


def check_in(actor: Actor, data: CheckInInput, now: dt.datetime | None = None,
             confirm_low_mileage: bool = False, new_customer: NewCustomer | None = None,
             new_vehicle: NewVehicle | None = None, allow_duplicate: bool = False) -> OrderDetail:
    """Receive any car (from an appointment or a walk-in) and open its repair order.

    A car or owner not in the store comes as `new_vehicle` / `new_customer`: they are created in the same
    transaction as the order (so a refused check-in leaves no half-registered customer). A new customer who
    looks like an existing one raises `PossibleDuplicate` unless `allow_duplicate` (the counter said "a
    different person"). A mileage below the vehicle's history raises `LowerMileage` (the UI shows it next
    to the field, the advisor ticks "读数无误" and saves again with `confirm_low_mileage=True`)."""
    require(actor, "reception.write")
    now = now or now_()
    if data.mileage_km < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "里程不能为负数"), field="mileage_km")
    if not 0 <= data.fuel_level <= 100:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "油量应在 0 到 100% 之间"), field="fuel_level")
    if data.service_kind not in rules.SERVICE_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的服务类型 {kind}"), field="service_kind",
                           kind=data.service_kind)
    pol = policy()
    with write_txn():  # one transaction: new customer, new vehicle and the order
        changes.mark(changes.DUE, changes.RECEPTION)
        customer_id, vehicle_id = _register_new(actor, data, new_customer, new_vehicle, allow_duplicate, now)
        vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
        if vehicle is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择车辆或填写新车的车牌"), field="vehicle")
        customer_id = customer_id or vehicle.owner_id
        if customer_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择送修客户"), field="customer")
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=customer_id)
        if data.advisor_id is not None:
            check_advisor(data.advisor_id)
        appt = None
        if data.appointment_id is not None:
            appt = Appointment.get_or_none(Appointment.id == data.appointment_id)
            if appt is None or appt.status != "booked":
                raise Conflict(QT_TRANSLATE_NOOP("errors", "这个预约不能接车（不存在或已处理）"), field="appointment")
        last = last_reading(vehicle.id, now.date())
        in_shop = RepairOrder.select(fn.MAX(RepairOrder.mileage_km)).where(RepairOrder.vehicle == vehicle.id).scalar()
        last_km = max(last.mileage_km, in_shop or 0)
        if rules.mileage_questionable(data.mileage_km, last_km) and not confirm_low_mileage:
            raise LowerMileage(QT_TRANSLATE_NOOP(
                "errors", "里程 {km} 公里低于上次记录的 {last_km} 公里（{last_on}），确认仪表已更换或读数无误吗？"),
                field="mileage_km", km=data.mileage_km, last_km=last_km,
                last_on=last.on.isoformat() if last.on else "-")
        seq = allocate_number(pol.order_prefix, now.year)
        order = RepairOrder.create(
            number=rules.order_number(pol.order_prefix, now.year, seq), appointment=data.appointment_id,
            customer=customer_id, vehicle=vehicle.id, advisor=data.advisor_id or (appt.advisor_id if appt else None)
            or actor.id, service_kind=data.service_kind, status="waiting", checked_in_at=now,
            mileage_km=data.mileage_km, fuel_level=data.fuel_level,
            damage=text_input.clean(RepairOrder, "damage", data.damage, QT_TRANSLATE_NOOP("fields", "外观损伤")),
            belongings=text_input.clean(RepairOrder, "belongings", data.belongings,
                                        QT_TRANSLATE_NOOP("fields", "车内物品")),
            complaint=text_input.clean(RepairOrder, "complaint", data.complaint, QT_TRANSLATE_NOOP("fields", "客户描述")),
            updated_at=now)
        log_status(order.id, "", "waiting", actor.id, now)
        if appt is not None:
            Appointment.update(status="arrived", status_at=now).where(Appointment.id == appt.id).execute()
            close_confirm_call(appt.id, "done", actor, now)
        audit.record(actor, "repair_order.check_in", "repair_order", order.id, at=now, number=order.number,
                     low_mileage_confirmed=data.mileage_km < last_km,
                     changes=audit.diff({}, audit.fields_of(order)))
    return get_order(actor, order.id)

