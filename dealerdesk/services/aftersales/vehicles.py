"""Vehicles: create/edit, the one-box look-up a service advisor types into, the vehicle card, and 过户.

Why the card is one call: the advisor at the counter needs owner, contact, insurance dates, next reminders
and the full service history at once, offline, in well under 100 ms on a big store — so the card is built
from a handful of indexed queries (by vehicle id), never from per-row look-ups.
History belongs to the vehicle, not to the owner: a change of owner keeps every service record and only
moves the vehicle (and its open reminders) to the new owner; the transfer itself is kept.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from dealerdesk.domain import labels, permissions, validate
from dealerdesk.domain import vehicle_facts as facts
from dealerdesk.domain import search_keys as sk
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, derived, text_input, versions
from dealerdesk.services.aftersales._common import policy
from dealerdesk.services.aftersales.insurance import renewal_rows
from dealerdesk.services.aftersales.reminders import reminders_for_vehicle
from dealerdesk.services.aftersales.service_records import history_rows
from dealerdesk.services.auth import Actor, phones_masked, require, require_customer
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.search import search_customers
from dealerdesk.store import keys
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Customer,
    CustomerPhone,
    OwnershipTransfer,
    Reminder,
    SearchKey,
    User,
    Vehicle,
    VehicleModel,
)
from dealerdesk.store.search_index import TOP

USES = labels.VEHICLE_USE
ENERGIES = labels.VEHICLE_ENERGY
_VEHICLE_KINDS = (sk.KIND_PLATE, sk.KIND_PLATE_NP, sk.KIND_PLATE_GRAM, sk.KIND_VIN, sk.KIND_VIN_REV)


def _today() -> dt.date:
    return dt.date.today()


@dataclass
class VehicleInput:
    """What a person typed for a vehicle; VIN and plate are normalised by the domain rules."""

    vin: str = ""
    plate: str = ""
    model_name: str = ""
    model_id: int | None = None
    colour: str = ""
    registration_date: dt.date | None = None
    delivered_on: dt.date | None = None
    mileage_km: int = 0
    seats: int = 5
    use: str = "private"
    energy: str = "fuel"
    insurance_compulsory_until: dt.date | None = None
    insurance_commercial_until: dt.date | None = None
    owner_id: int | None = None
    purchase_date: dt.date | None = None
    bought_here: bool = False
    bought_where: str = ""  # the other seller when not bought here
    mileage_date: dt.date | None = None  # when the mileage was read (None: today when a mileage is given)
    insurer: str = ""
    next_inspection_on: dt.date | None = None  # by hand; None: computed from the inspection rules


@dataclass(frozen=True)
class VehicleHit:
    """One line of the look-up result: a vehicle and whom it belongs to (owner None: not known yet)."""

    vehicle_id: int
    plate: str
    vin: str
    model: str
    owner_id: int | None
    owner_name: str
    matched: str  # plate | vin | name | phone | pinyin


@dataclass(frozen=True)
class TransferRow:
    at: dt.datetime
    from_name: str
    to_name: str
    by: str
    note: str


@dataclass(frozen=True)
class VehicleCard:
    """Everything the service counter shows about one vehicle (history and reminders newest/soonest first)."""

    id: int
    vin: str
    vin_check_ok: bool
    plate: str
    model: str
    colour: str
    registration_date: dt.date | None
    delivered_on: dt.date | None
    mileage_km: int
    seats: int
    use: str
    energy: str
    insurance_compulsory_until: dt.date | None
    insurance_commercial_until: dt.date | None
    owner_id: int | None
    owner_name: str
    owner_phones: list[str]
    version: int
    history: list = field(default_factory=list)  # list[service_records.ServiceRecordRow]
    reminders: list = field(default_factory=list)  # list[reminders.ReminderRow], open ones
    transfers: list[TransferRow] = field(default_factory=list)
    purchase_date: dt.date | None = None
    bought_here: bool = False
    bought_where: str = ""
    mileage_date: dt.date | None = None
    insurer: str = ""
    next_inspection_on: dt.date | None = None  # as set by hand (None: by the rules)
    next_inspection: dt.date | None = None  # what the reminders use: by hand, else by the rules
    renewals: list = field(default_factory=list)  # list[insurance.RenewalRow], newest first


def _clean(data: VehicleInput, today: dt.date | None = None) -> dict:
    vin = validate.normalize_vin(data.vin) if data.vin.strip() else None
    plate = validate.normalize_plate(data.plate) if data.plate.strip() else None
    if vin is None and plate is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请至少填写车牌号或车架号"), field="plate")
    if data.use not in USES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的车辆用途 {use}"), field="use", use=data.use)
    if data.energy not in ENERGIES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的能源类型 {energy}"), field="energy",
                           energy=data.energy)
    if data.mileage_km < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "里程不能为负数"), field="mileage_km")
    if not 1 <= data.seats <= 60:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "座位数应在1到60之间"), field="seats")
    if data.owner_id is not None and not Customer.select().where(Customer.id == data.owner_id).exists():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), field="owner", id=data.owner_id)
    if data.model_id is not None and not VehicleModel.select().where(VehicleModel.id == data.model_id).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选车型不存在"), field="model")
    today = today or _today()
    for name in ("purchase_date", "registration_date", "mileage_date"):
        value = getattr(data, name)
        if value is not None and value > today:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{what}不能晚于今天"), field=name,
                               what=_VEHICLE_FIELDS[name])
    mileage_date = data.mileage_date or (today if data.mileage_km else None)
    bought_where = "" if data.bought_here else text_input.clean(
        Vehicle, "bought_where", data.bought_where, _VEHICLE_FIELDS["bought_where"])
    return {"purchase_date": data.purchase_date, "bought_here": bool(data.bought_here),
            "bought_where": bought_where, "mileage_date": mileage_date,
            "insurer": text_input.clean(Vehicle, "insurer", data.insurer, _VEHICLE_FIELDS["insurer"]),
            "next_inspection_on": data.next_inspection_on,
            "vin": vin, "plate": plate, "model": data.model_id, "model_name": text_input.clean(
                Vehicle, "model_name", data.model_name, _VEHICLE_FIELDS["model"]),
            "colour": text_input.clean(Vehicle, "colour", data.colour, _VEHICLE_FIELDS["colour"]),
            "registration_date": data.registration_date,
            "delivered_on": data.delivered_on, "mileage_km": data.mileage_km, "seats": data.seats, "use": data.use,
            "energy": data.energy, "insurance_compulsory_until": data.insurance_compulsory_until,
            "insurance_commercial_until": data.insurance_commercial_until, "owner": data.owner_id}


def _check_vin_free(vin: str | None, vehicle_id: int | None) -> None:
    if vin is None:
        return
    query = Vehicle.select(Vehicle.id).where(Vehicle.vin == vin)
    if vehicle_id is not None:
        query = query.where(Vehicle.id != vehicle_id)
    if query.exists():
        raise Conflict(QT_TRANSLATE_NOOP("errors", "车架号 {vin} 已登记在另一辆车上"), field="vin", vin=vin)


def create_vehicle(actor: Actor, data: VehicleInput, today: dt.date | None = None) -> VehicleCard:
    require(actor, "service.write")
    with db.atomic():
        vehicle_id = create_in_transaction(actor, data, today)
    return get_vehicle_card(actor, vehicle_id, today=today)


def create_in_transaction(actor: Actor, data: VehicleInput, today: dt.date | None = None) -> int:
    """Insert, index, audit and re-plan; the caller checked the permission and holds the transaction."""
    values = _clean(data, today)
    _check_vin_free(values["vin"], None)
    vehicle = Vehicle.create(**values)
    keys.reindex_vehicles([vehicle.id])
    audit.record(actor, "vehicle.create", "vehicle", vehicle.id, about=values["owner"],
                 changes=audit.diff({}, audit.fields_of(vehicle)))
    derived.refresh_customers([values["owner"]], today=today or _today(), replan=True)
    return vehicle.id


#: the vehicle fields a conflict message names
_VEHICLE_FIELDS = {
    "vin": QT_TRANSLATE_NOOP("fields", "车架号"), "plate": QT_TRANSLATE_NOOP("fields", "车牌"),
    "model": QT_TRANSLATE_NOOP("fields", "车型"), "model_name": QT_TRANSLATE_NOOP("fields", "车型名称"),
    "colour": QT_TRANSLATE_NOOP("fields", "颜色"), "registration_date": QT_TRANSLATE_NOOP("fields", "上牌日期"),
    "delivered_on": QT_TRANSLATE_NOOP("fields", "交车日期"), "mileage_km": QT_TRANSLATE_NOOP("fields", "里程"),
    "seats": QT_TRANSLATE_NOOP("fields", "座位数"), "use": QT_TRANSLATE_NOOP("fields", "使用性质"),
    "energy": QT_TRANSLATE_NOOP("fields", "能源类型"),
    "insurance_compulsory_until": QT_TRANSLATE_NOOP("fields", "交强险到期"),
    "insurance_commercial_until": QT_TRANSLATE_NOOP("fields", "商业险到期"),
    "purchase_date": QT_TRANSLATE_NOOP("fields", "购车日期"), "bought_here": QT_TRANSLATE_NOOP("fields", "本店购车"),
    "bought_where": QT_TRANSLATE_NOOP("fields", "购车地点"), "mileage_date": QT_TRANSLATE_NOOP("fields", "里程日期"),
    "insurer": QT_TRANSLATE_NOOP("fields", "保险公司"),
    "next_inspection_on": QT_TRANSLATE_NOOP("fields", "下次年检"),
}


def update_vehicle(actor: Actor, vehicle_id: int, data: VehicleInput, *, expected_version: int | None,
                   today: dt.date | None = None) -> VehicleCard:
    """Edit a vehicle; the owner changes only through `transfer_vehicle` so that 过户 is always recorded.
    `expected_version`: as in update_customer (services/versions.py)."""
    require(actor, "service.write")
    values = _clean(data, today)
    with db.atomic():
        current = _vehicle_row(vehicle_id)
        if data.mileage_date is None and values["mileage_km"] == current.mileage_km:
            values["mileage_date"] = current.mileage_date  # the reading did not change: neither did its date
        versions.check("vehicle", vehicle_id, QT_TRANSLATE_NOOP("errors", "车辆 {plate} ").format(
            plate=current.plate or current.vin or vehicle_id), expected_version, current.version,
            lambda: [(_VEHICLE_FIELDS.get(k, k), v, getattr(current, k + "_id" if k == "model" else k))
                     for k, v in values.items() if k != "owner"])
        values["owner"] = current.owner_id
        _check_vin_free(values["vin"], vehicle_id)
        before = audit.fields_of(current)
        Vehicle.update(**values, updated_at=dt.datetime.now().replace(microsecond=0),
                       version=Vehicle.version + 1).where(Vehicle.id == vehicle_id).execute()
        keys.reindex_vehicles([vehicle_id])
        audit.record(actor, "vehicle.update", "vehicle", vehicle_id,
                     changes=audit.diff(before, audit.fields_of(_vehicle_row(vehicle_id))))
        derived.refresh_customers([current.owner_id], today=today or _today(), replan=True)
    return get_vehicle_card(actor, vehicle_id, today=today)


def transfer_vehicle(actor: Actor, vehicle_id: int, to_customer_id: int | None, note: str = "",
                     at: dt.datetime | None = None, today: dt.date | None = None) -> VehicleCard:
    """过户: the vehicle and its service history move to the new owner; the old owner keeps a record of it.

    Open reminders of the vehicle follow it; search keys are rebuilt so a plate search finds the new owner.
    """
    require(actor, "service.write")
    changes.mark(changes.CUSTOMERS, changes.DUE)
    at = at or dt.datetime.now().replace(microsecond=0)
    with db.atomic():
        vehicle = _vehicle_row(vehicle_id)
        old = vehicle.owner_id
        if to_customer_id == old:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "新车主与原车主相同"), field="owner")
        if to_customer_id is not None and not Customer.select().where(Customer.id == to_customer_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), field="owner", id=to_customer_id)
        OwnershipTransfer.create(vehicle=vehicle_id, from_customer=old, to_customer=to_customer_id,
                                 transferred_at=at, by_user=actor.id, note=note.strip()[:200])
        Vehicle.update(owner=to_customer_id, updated_at=at, version=Vehicle.version + 1).where(
            Vehicle.id == vehicle_id).execute()
        (Reminder.update(customer=to_customer_id)
         .where(Reminder.vehicle == vehicle_id, Reminder.status == "open").execute())
        keys.reindex_vehicles([vehicle_id])
        audit.record(actor, "vehicle.transfer", "vehicle", vehicle_id, at=at, about=old,
                     changes={"owner": [old, to_customer_id]})
        derived.refresh_customers([old, to_customer_id], today=today or at.date(), replan=True)
    return get_vehicle_card(actor, vehicle_id, today=today or at.date())


def _vehicle_row(vehicle_id: int) -> Vehicle:
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    if vehicle is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车辆 {id}"), id=vehicle_id)
    return vehicle


def customer_vehicles(actor: Actor, customer_id: int) -> list[VehicleHit]:
    """A customer's vehicles (several per customer), for pickers and the profile."""
    require_customer(actor, "vehicle.read", customer_id)
    return _hits_for_owners([customer_id], {customer_id: ""}, "name")


def vehicle_reminders(actor: Actor, customer_id: int) -> list:
    """The open reminders of a customer's vehicles (maintenance, insurance, inspection, calls), nearest
    deadline first — for the profile's vehicles tab. list[reminders.ReminderRow]."""
    require_customer(actor, "vehicle.read", customer_id)
    rows = []
    for (vehicle_id,) in Vehicle.select(Vehicle.id).where(Vehicle.owner == customer_id).tuples():
        rows += [r for r in reminders_for_vehicle(vehicle_id, None)]
    return sorted(rows, key=lambda r: (r.overdue_at, r.id))


def _hits_for_owners(owner_ids: list[int], names: dict[int, str], matched: str) -> list[VehicleHit]:
    if not owner_ids:
        return []
    rows = (Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.vin, Vehicle.model_name, VehicleModel.name,
                           Vehicle.owner, Customer.name)
            .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
            .switch(Vehicle).join(Customer, JOIN.LEFT_OUTER, on=(Vehicle.owner == Customer.id))
            .where(Vehicle.owner.in_(owner_ids)).order_by(Vehicle.id).tuples())
    return [VehicleHit(vid, plate or "", vin or "", cat or free or "", owner, cname or names.get(owner, ""), matched)
            for vid, plate, vin, free, cat, owner, cname in rows]


def _ownerless_vehicle_ids(text: str, limit: int) -> list[tuple[int, str]]:
    """(vehicle id, matched kind) of vehicles without an owner whose plate/VIN keys match what was typed."""
    plan = sk.classify_query(text)
    found: dict[int, str] = {}
    for lookup in plan.lookups:
        if lookup.kind not in _VEHICLE_KINDS:
            continue
        query = SearchKey.select(SearchKey.vehicle, SearchKey.key).where(
            SearchKey.kind == lookup.kind, SearchKey.customer.is_null(), SearchKey.vehicle.is_null(False))
        if lookup.prefix:
            query = query.where(SearchKey.key >= lookup.key, SearchKey.key < lookup.key + TOP)
        else:
            query = query.where(SearchKey.key == lookup.key)
        candidates = [vid for vid, _key in query.limit(limit).tuples()]
        if lookup.verify and candidates:
            q = plan.queries[lookup.match]
            plates = dict(Vehicle.select(Vehicle.id, Vehicle.plate).where(Vehicle.id.in_(candidates)).tuples())
            candidates = [v for v in candidates if sk.match_rank("plate", q, plates.get(v) or "") is not None]
        for vid in candidates:
            found.setdefault(vid, lookup.match)
    return list(found.items())[:limit]


def find_vehicles(actor: Actor, text: str, limit: int = 50) -> list[VehicleHit]:
    """The service counter's one box: plate fragment, VIN tail, phone, name → vehicles, best first.

    Customers come from the shared search service (same ranking as everywhere); a plate/VIN hit names its
    vehicle, a name/phone hit brings all of the customer's vehicles; vehicles without a known owner are
    found from their own plate/VIN keys.
    """
    require(actor, "vehicle.read")
    hits = search_customers(actor, text, limit=limit)
    result: list[VehicleHit] = []
    seen: set[int] = set()
    direct = [h for h in hits if h.vehicle_id is not None]
    info: dict[int, tuple[str, str, str]] = {}
    if direct:
        by_id = {h.vehicle_id: h for h in direct}
        rows = (Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.vin, Vehicle.model_name, VehicleModel.name)
                .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
                .where(Vehicle.id.in_(list(by_id))).tuples())
        info = {vid: (plate or "", vin or "", cat or free or "") for vid, plate, vin, free, cat in rows}
    owners = [h.id for h in hits if h.vehicle_id is None]
    by_owner: dict[int, list[VehicleHit]] = {}
    for hit in _hits_for_owners(owners, {h.id: h.name for h in hits}, ""):
        by_owner.setdefault(hit.owner_id, []).append(hit)  # type: ignore[arg-type]
    for h in hits:  # keep the search ranking
        if h.vehicle_id is not None:
            if h.vehicle_id in info and h.vehicle_id not in seen:
                plate, vin, model = info[h.vehicle_id]
                result.append(VehicleHit(h.vehicle_id, plate, vin, model, h.id, h.name, h.matched))
                seen.add(h.vehicle_id)
        else:
            for v in by_owner.get(h.id, []):
                if v.vehicle_id not in seen:
                    result.append(VehicleHit(v.vehicle_id, v.plate, v.vin, v.model, h.id, h.name, h.matched))
                    seen.add(v.vehicle_id)
    ownerless = [(vid, m) for vid, m in _ownerless_vehicle_ids(text, limit) if vid not in seen]
    if ownerless:
        matched = dict(ownerless)
        rows = (Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.vin, Vehicle.model_name, VehicleModel.name)
                .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
                .where(Vehicle.id.in_(list(matched)), Vehicle.owner.is_null()).tuples())
        for vid, plate, vin, free, cat in rows:
            result.append(VehicleHit(vid, plate or "", vin or "", cat or free or "", None, "", matched[vid]))
    return result[:limit]


def get_vehicle_card(actor: Actor, vehicle_id: int, today: dt.date | None = None) -> VehicleCard:
    """The vehicle, its owner and contact, next open reminders, transfers and full history (newest first)."""

    require(actor, "vehicle.read")
    row = (Vehicle.select(Vehicle, VehicleModel.name.alias("catalogue"), Customer.name.alias("owner_name"))
           .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
           .switch(Vehicle).join(Customer, JOIN.LEFT_OUTER, on=(Vehicle.owner == Customer.id))
           .where(Vehicle.id == vehicle_id).objects().first())
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车辆 {id}"), id=vehicle_id)
    phones: list[str] = []
    if row.owner_id is not None:
        require_customer(actor, "vehicle.read", row.owner_id)  # a consultant: their own customers' cars
        phones = [p for (p,) in CustomerPhone.select(CustomerPhone.phone)
                  .where(CustomerPhone.customer == row.owner_id).order_by(CustomerPhone.id).tuples()]
        if phones_masked(actor):
            phones = [audit.mask_phone(p) for p in phones]
    giver, taker = Customer.alias(), Customer.alias()
    transfers = [TransferRow(at, f or "", t or "", by or "", note) for at, f, t, by, note in
                 OwnershipTransfer.select(OwnershipTransfer.transferred_at, giver.name, taker.name, User.display_name,
                                          OwnershipTransfer.note)
                 .join(giver, JOIN.LEFT_OUTER, on=(OwnershipTransfer.from_customer == giver.id))
                 .switch(OwnershipTransfer).join(taker, JOIN.LEFT_OUTER, on=(OwnershipTransfer.to_customer == taker.id))
                 .switch(OwnershipTransfer).join(User, JOIN.LEFT_OUTER, on=(OwnershipTransfer.by_user == User.id))
                 .where(OwnershipTransfer.vehicle == vehicle_id)
                 .order_by(OwnershipTransfer.transferred_at.desc()).tuples()]
    return VehicleCard(
        id=row.id, vin=row.vin or "", vin_check_ok=bool(row.vin) and validate.vin_check_digit_ok(row.vin),
        plate=row.plate or "", model=getattr(row, "catalogue", None) or row.model_name, colour=row.colour,
        registration_date=row.registration_date, delivered_on=row.delivered_on, mileage_km=row.mileage_km,
        seats=row.seats, use=row.use, energy=row.energy,
        insurance_compulsory_until=row.insurance_compulsory_until,
        insurance_commercial_until=row.insurance_commercial_until, owner_id=row.owner_id,
        owner_name=getattr(row, "owner_name", None) or "", owner_phones=phones, version=row.version,
        history=history_rows(vehicle_id), reminders=reminders_for_vehicle(vehicle_id, row.owner_id),
        transfers=transfers, purchase_date=row.purchase_date, bought_here=bool(row.bought_here),
        bought_where=row.bought_where, mileage_date=row.mileage_date, insurer=row.insurer,
        next_inspection_on=row.next_inspection_on,
        next_inspection=row.next_inspection_on or facts.next_inspection(
            row.registration_date, row.seats, row.use, row.energy, today or _today(), policy()),
        renewals=renewal_rows(vehicle_id))


def create_customer_with_vehicle(actor: Actor, customer: CustomerInput, vehicle: VehicleInput | None,
                                 today: dt.date | None = None) -> int:
    """The new-customer dialog: the customer and the car whose plate/VIN were typed, in ONE transaction (a
    refused VIN leaves no customer behind). Returns the customer id.

    Registering a customer (customer.write: the front desk, consultants) includes the plate, VIN and model
    of their car; the other vehicle facts are the service counter's (service.write) and are left out for
    a role without it."""
    require(actor, "customer.write")
    if vehicle is not None and not (vehicle.plate.strip() or vehicle.vin.strip()):
        vehicle = None
    if vehicle is not None and actor.id is not None and not permissions.allowed(actor.role, "service.write"):
        vehicle = VehicleInput(vin=vehicle.vin, plate=vehicle.plate, model_name=vehicle.model_name,
                               model_id=vehicle.model_id, energy=vehicle.energy)
    if vehicle is not None:  # checked before anything is written: the clerk sees the plate's own message
        _clean(vehicle, today)
    with db.atomic():
        customer_id = create_customer(actor, customer).id
        if vehicle is not None:
            vehicle.owner_id = customer_id
            create_in_transaction(actor, vehicle, today)
    return customer_id
