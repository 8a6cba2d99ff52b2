"""The delivery checklist (交车确认) and the insurance bought at delivery, stored with the delivery; the
printed 交车确认单's data.

Why beside outcomes.py and not in it: record_delivery (outcomes.py) stays the one use case that delivers
(order, vehicle, purchase, level D, the 24-hour call as the D lead's follow-up, the reminders); it checks
the checklist and the insurance here before its transaction and calls `store_extras` inside it, so the
checklist rows, the vehicle's insurance dates and the re-planned reminders are one transaction with the
delivery. The items themselves are declared once in domain/delivery_checklist.py.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from dealerdesk.domain import delivery_checklist as rules
from dealerdesk.domain.errors import Conflict, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.auth import Actor, require_lead
from dealerdesk.services.sales._common import lead_row
from dealerdesk.store.models import (
    Customer,
    Delivery,
    DeliveryCheck,
    SalesOrder,
    User,
    Vehicle,
    VehicleModel,
)


@dataclass
class DeliveryChecklist:
    """What the consultant ticked: the item codes done (domain/delivery_checklist.ITEMS), the number of keys
    handed over, and why the items not done were not done (required when any is not)."""

    done: frozenset[str] | set[str] | tuple[str, ...] = ()
    keys: int = rules.DEFAULT_KEYS
    reason: str = ""


@dataclass
class DeliveryInsurance:
    """Insurance bought through the store at delivery. Each policy with a premium runs one year from
    `start` (the delivery day when empty) and becomes the vehicle's insurance date."""

    insurer: str
    compulsory_premium: Decimal | float | int | str = 0
    commercial_premium: Decimal | float | int | str = 0
    cover: str = ""  # what the commercial policy covers, e.g. 车损险、三者险 100 万
    start: dt.date | None = None


@dataclass
class DeliveryInput:
    vin: str
    plate: str = ""
    colour: str = ""
    registration_date: dt.date | None = None
    delivered_at: dt.datetime | None = None
    mileage_km: int = 0
    seats: int = 5
    use: str = "private"
    energy: str = "fuel"
    #: None: no checklist was taken (a delivery typed in afterwards by a script); the dialog always sends one
    checklist: DeliveryChecklist | None = None
    insurance: DeliveryInsurance | None = None


@dataclass(frozen=True)
class CheckedExtras:
    """The checklist and the insurance after validation (`prepare`), ready for `store_extras`."""

    done: frozenset[str] | None  # None: no checklist taken
    keys: int
    missing: tuple[str, ...]
    reason: str
    insurer: str = ""
    compulsory_premium: Decimal = Decimal(0)
    commercial_premium: Decimal = Decimal(0)
    cover: str = ""
    start: dt.date | None = None
    compulsory_until: dt.date | None = None
    commercial_until: dt.date | None = None


def prepare(data: DeliveryInput, delivered_on: dt.date) -> CheckedExtras:
    """Validate the checklist and the insurance (InvalidInput names the field) before the transaction."""
    done, keys, missing, reason = None, 0, (), ""
    if data.checklist is not None:
        done = frozenset(data.checklist.done)
        keys = int(data.checklist.keys or 0)
        gaps, reason = rules.check(done, keys, data.checklist.reason)
        missing = tuple(gaps)
    ins = data.insurance
    if ins is None:
        return CheckedExtras(done, keys, missing, reason)
    compulsory = rules.premium(ins.compulsory_premium, "compulsory_premium")
    commercial = rules.premium(ins.commercial_premium, "commercial_premium")
    insurer = rules.check_insurance(ins.insurer, compulsory, commercial)
    start = ins.start or delivered_on
    until = rules.policy_until(start)
    return CheckedExtras(done, keys, missing, reason, insurer, compulsory, commercial,
                         " ".join((ins.cover or "").split())[:rules.COVER_MAX], start,
                         until if compulsory > 0 else None, until if commercial > 0 else None)


def store_extras(delivery_id: int, vehicle_id: int, extras: CheckedExtras, now: dt.datetime) -> None:
    """Inside record_delivery's transaction: the checklist rows, the insurance on the delivery, and the
    policies' expiry dates and insurer on the new vehicle (before its reminders are planned)."""
    if extras.done is not None:
        DeliveryCheck.insert_many([
            {"delivery": delivery_id, "code": code, "done": code in extras.done,
             "quantity": extras.keys if code == rules.KEYS else 0} for code in rules.ITEMS]).execute()
    Delivery.update(checklist_reason=extras.reason, insurer=extras.insurer,
                    compulsory_premium=extras.compulsory_premium, commercial_premium=extras.commercial_premium,
                    insurance_cover=extras.cover, insurance_start=extras.start).where(
        Delivery.id == delivery_id).execute()
    if extras.insurer:
        dates = {}
        if extras.compulsory_until is not None:
            dates["insurance_compulsory_until"] = extras.compulsory_until
        if extras.commercial_until is not None:
            dates["insurance_commercial_until"] = extras.commercial_until
        Vehicle.update(insurer=extras.insurer, updated_at=now, **dates).where(Vehicle.id == vehicle_id).execute()


def audit_fields(extras: CheckedExtras) -> dict:
    """What the delivery's audit row says about the checklist and the insurance."""
    out: dict = {"checklist": "" if extras.done is None else ",".join(sorted(extras.done))}
    if extras.missing:
        out.update(missing=",".join(extras.missing), reason=extras.reason)
    if extras.insurer:
        out.update(insurer=extras.insurer, compulsory_premium=str(extras.compulsory_premium),
                   commercial_premium=str(extras.commercial_premium))
    return out


# --- the printed 交车确认单 ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetItem:
    code: str
    label: str
    done: bool | None  # None: not recorded (an empty box to tick by hand)
    quantity: int = 0


@dataclass(frozen=True)
class DeliverySheet:
    customer_name: str
    consultant: str
    model: str
    colour: str
    vin: str
    plate: str
    delivered_at: dt.datetime | None
    registration_date: dt.date | None
    mileage_km: int
    price: int
    items: list[SheetItem] = field(default_factory=list)
    reason: str = ""
    insurer: str = ""
    compulsory_premium: Decimal = Decimal(0)
    commercial_premium: Decimal = Decimal(0)
    cover: str = ""
    compulsory_until: dt.date | None = None
    commercial_until: dt.date | None = None
    confirmed: bool = False  # False: printed from the dialog before the delivery was confirmed


def _items(done: frozenset[str] | None, keys: int) -> list[SheetItem]:
    return [SheetItem(code, rules.item_label(code), None if done is None else code in done,
                      keys if code == rules.KEYS else 0) for code in rules.ITEMS]


def _names(customer_id: int, owner_id: int | None) -> tuple[str, str]:
    customer = Customer.get_by_id(customer_id).name
    consultant = User.get_or_none(User.id == owner_id) if owner_id else None
    return customer, consultant.display_name if consultant else ""


def preview_sheet(actor: Actor, lead_id: int, data: DeliveryInput) -> DeliverySheet:
    """The 交车确认单 for a delivery being prepared (the dialog prints it for the customer to sign before
    confirming): what is typed so far, nothing validated or saved."""
    lead = lead_row(lead_id)
    require_lead(actor, "lead.read", lead, write=False)
    order = (SalesOrder.select().where(SalesOrder.lead == lead.id, SalesOrder.status == "open")
             .order_by(SalesOrder.id.desc()).first())
    if order is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "这条线索没有未交车的订单"))
    customer, consultant = _names(lead.customer_id, lead.owner_id)
    model = VehicleModel.get_by_id(order.model_id).name if order.model_id else ""
    checklist = data.checklist
    ins = data.insurance
    start = (ins.start if ins else None) or (data.delivered_at.date() if data.delivered_at else dt.date.today())
    compulsory = Decimal(str(ins.compulsory_premium or 0)) if ins else Decimal(0)
    commercial = Decimal(str(ins.commercial_premium or 0)) if ins else Decimal(0)
    return DeliverySheet(
        customer_name=customer, consultant=consultant, model=model, colour=data.colour or lead.colour or "",
        vin=(data.vin or "").strip().upper(), plate=(data.plate or "").strip().upper(),
        delivered_at=data.delivered_at, registration_date=data.registration_date, mileage_km=data.mileage_km,
        price=order.price,
        items=_items(frozenset(checklist.done) if checklist else None, checklist.keys if checklist else 0),
        reason=(checklist.reason or "").strip() if checklist else "",
        insurer=(ins.insurer or "").strip() if ins else "", compulsory_premium=compulsory,
        commercial_premium=commercial, cover=(ins.cover or "").strip() if ins else "",
        compulsory_until=rules.policy_until(start) if compulsory > 0 else None,
        commercial_until=rules.policy_until(start) if commercial > 0 else None)


def delivery_sheet(actor: Actor, delivery_id: int) -> DeliverySheet:
    """The 交车确认单 of a recorded delivery, as stored."""
    delivery = Delivery.get_or_none(Delivery.id == delivery_id)
    if delivery is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到交车记录 {id}"), id=delivery_id)
    lead = lead_row(delivery.lead_id)
    require_lead(actor, "lead.read", lead, write=False)
    checks = {code: (bool(done), qty) for code, done, qty in DeliveryCheck.select(
        DeliveryCheck.code, DeliveryCheck.done, DeliveryCheck.quantity).where(
        DeliveryCheck.delivery == delivery_id).tuples()}
    vehicle = Vehicle.get_or_none(Vehicle.id == delivery.vehicle_id) if delivery.vehicle_id else None
    order = SalesOrder.get_by_id(delivery.order_id)
    customer, _ = _names(delivery.customer_id, None)
    by = User.get_or_none(User.id == delivery.by_user_id) if delivery.by_user_id else None
    done = frozenset(c for c, (d, _q) in checks.items() if d) if checks else None
    insured = bool(delivery.insurer)
    return DeliverySheet(
        customer_name=customer, consultant=by.display_name if by else "",
        model=vehicle.model_name if vehicle else "", colour=vehicle.colour if vehicle else "",
        vin=(vehicle.vin or "") if vehicle else "", plate=(vehicle.plate or "") if vehicle else "",
        delivered_at=delivery.delivered_at, registration_date=vehicle.registration_date if vehicle else None,
        mileage_km=vehicle.mileage_km if vehicle else 0, price=order.price,
        items=_items(done, checks.get(rules.KEYS, (False, 0))[1]), reason=delivery.checklist_reason,
        insurer=delivery.insurer, compulsory_premium=Decimal(delivery.compulsory_premium or 0),
        commercial_premium=Decimal(delivery.commercial_premium or 0), cover=delivery.insurance_cover,
        compulsory_until=vehicle.insurance_compulsory_until if vehicle and insured else None,
        commercial_until=vehicle.insurance_commercial_until if vehicle and insured else None,
        confirmed=True)

