"""The deal sheet (订车单) of a sales order: save it, approve a discount above the limit, read it back.

Why a module of its own beside outcomes.py: the order (level O, its follow-up plan) is recorded once, the deal
sheet is edited many times until delivery; each save is one transaction and one audit row naming the fields
that changed. The money rules live in domain/deals.py; this module adds those that need the store: the
consultant's discount limit and the manager's approval, the trade-in's vehicle (the old car becomes a vehicle
of the customer, sold to the store: an OwnershipTransfer to nobody), the order's price and payment kept equal
to the sheet's so every existing list and report shows the deal price.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from dealerdesk.domain import deals as rules
from dealerdesk.domain import validate
from dealerdesk.domain.deals import AccessoryLine, DealInput, DealTotals
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, derived
from dealerdesk.services.auth import Actor, require, require_lead
from dealerdesk.services.sales._common import lead_row, now_or
from dealerdesk.services.settings import get_settings
from dealerdesk.store import keys
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Customer,
    CustomerPhone,
    Deal,
    DealLine,
    OwnershipTransfer,
    SalesOrder,
    User,
    Vehicle,
    VehicleModel,
)

#: the columns save_deal writes from DealInput, in the audit detail's order
_FIELDS = ("colour", "vin", "list_price", "discount", "discount_note", "deposit", "deposit_on",
           "deposit_refundable", "deposit_status", "lender", "down_payment", "loan_months", "monthly_payment",
           "loan_status", "trade_in", "trade_plate", "trade_vin", "trade_model", "trade_mileage_km", "trade_value",
           "trade_valued_by", "insured", "insurer", "compulsory_premium", "commercial_premium", "insurance_cover",
           "insurance_start", "registration", "registration_fee", "plate", "warranty_years", "warranty_price")


@dataclass(frozen=True)
class DealSheet:
    """One order's deal sheet as the dialog, the printout and the CLI read it (plain data)."""

    order_id: int
    lead_id: int
    customer_id: int
    customer_name: str
    customer_phone: str
    consultant: str  # display name of who recorded the order
    model_id: int | None
    model_name: str
    ordered_at: dt.datetime
    order_status: str
    saved: bool  # False: the order has no deal sheet yet (the values are the order's)
    deal: DealInput
    totals: DealTotals
    payment: str
    discount_status: str
    discount_by: str
    discount_at: dt.datetime | None
    trade_vehicle_id: int | None
    discount_limit: int


@dataclass(frozen=True)
class PendingDiscount:
    order_id: int
    lead_id: int
    customer_name: str
    consultant: str
    model_name: str
    list_price: int
    discount: int
    note: str
    requested_at: dt.datetime


@dataclass(frozen=True)
class Choices:
    """The lists the deal sheet offers (settings): lenders, insurers, accessories, the discount limit."""

    lenders: list[str]
    insurers: list[str]
    accessories: list[AccessoryLine]
    discount_limit: int
    models: list[tuple[int, str, int]] = field(default_factory=list)  # id, name, guide price


def deal_choices(actor: Actor) -> Choices:
    require(actor, "lead.read")
    settings = get_settings()
    models = [(m.id, f"{m.brand} {m.name}".strip(), m.price) for m in
              VehicleModel.select().where(VehicleModel.active == True, VehicleModel.own_brand == True)
              .order_by(VehicleModel.brand, VehicleModel.name)]
    return Choices(lenders=rules.names(settings.get("deal.lenders", "")),
                   insurers=rules.names(settings.get("deal.insurers", "")),
                   accessories=rules.accessory_catalogue(settings.get("deal.accessories", "")),
                   discount_limit=int(settings.get("deal.discount_limit", 5000)), models=models)


def _order(order_id: int) -> SalesOrder:
    order = SalesOrder.get_or_none(SalesOrder.id == order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到订单 {id}"), id=order_id)
    return order


def _input_of(deal: Deal | None, order: SalesOrder) -> DealInput:
    if deal is None:
        guide = VehicleModel.get_by_id(order.model_id).price if order.model_id else 0
        list_price = max(guide, order.price)
        return DealInput(list_price=list_price, discount=list_price - order.price, model_id=order.model_id,
                         payment=order.payment_method or "full", deposit_status="")
    values = {name: getattr(deal, name) for name in _FIELDS}
    lines = [AccessoryLine(name=line.name, price=line.price, charged=bool(line.charged))
             for line in DealLine.select().where(DealLine.deal == deal.id).order_by(DealLine.position, DealLine.id)]
    values["deposit_refundable"] = bool(values["deposit_refundable"])
    values["trade_in"] = bool(values["trade_in"])
    values["insured"] = bool(values["insured"])
    values["registration"] = bool(values["registration"])
    return DealInput(model_id=order.model_id, payment=order.payment_method or "full", lines=lines, **values)


def _sheet(order: SalesOrder) -> DealSheet:
    deal = Deal.get_or_none(Deal.order == order.id)
    data = _input_of(deal, order)
    customer = Customer.get_by_id(order.customer_id)
    phone = (CustomerPhone.select(CustomerPhone.phone).where(CustomerPhone.customer == customer.id)
             .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).scalar() or "")
    names = dict(User.select(User.id, User.display_name).tuples())
    model = VehicleModel.get_or_none(VehicleModel.id == order.model_id) if order.model_id else None
    return DealSheet(
        order_id=order.id, lead_id=order.lead_id, customer_id=customer.id, customer_name=customer.name,
        customer_phone=phone, consultant=names.get(order.by_user_id, ""), model_id=order.model_id,
        model_name=f"{model.brand} {model.name}".strip() if model else "", ordered_at=order.ordered_at,
        order_status=order.status, saved=deal is not None, deal=data, totals=rules.totals(data),
        payment=data.payment, discount_status=deal.discount_status if deal else "none",
        discount_by=names.get(deal.discount_by_id, "") if deal else "",
        discount_at=deal.discount_at if deal else None, trade_vehicle_id=deal.trade_vehicle_id if deal else None,
        discount_limit=int(get_settings().get("deal.discount_limit", 5000)))


def get_deal(actor: Actor, order_id: int) -> DealSheet:
    """The order's deal sheet (its values from the order when none was saved yet)."""
    order = _order(order_id)
    require_lead(actor, "lead.read", lead_row(order.lead_id), write=False)
    return _sheet(order)


def open_order_of_lead(actor: Actor, lead_id: int) -> int | None:
    """The lead's order a deal sheet opens on: the open one, else the latest."""
    require_lead(actor, "lead.read", lead_row(lead_id), write=False)
    order = (SalesOrder.select(SalesOrder.id).where(SalesOrder.lead == lead_id)
             .order_by((SalesOrder.status == "open").desc(), SalesOrder.id.desc()).first())
    return order.id if order else None


def _clean(data: DealInput) -> dict[str, object]:
    """The column values of DealInput after normal forms (VIN, plates) and trimming."""
    values = {name: getattr(data, name) for name in _FIELDS}
    for name, size in (("colour", 20), ("discount_note", 200), ("lender", 40), ("trade_model", 60),
                       ("trade_valued_by", 40), ("insurer", 40), ("insurance_cover", 200)):
        values[name] = (values[name] or "").strip()[:size]
    for name, normal in (("vin", validate.normalize_vin), ("trade_vin", validate.normalize_vin),
                         ("plate", validate.normalize_plate), ("trade_plate", validate.normalize_plate)):
        try:
            values[name] = normal(values[name]) if (values[name] or "").strip() else ""
        except InvalidInput as exc:  # under the field it was typed in (the new car's or the old one's)
            exc.field = name
            raise
    if data.deposit <= 0:
        values.update(deposit=0, deposit_on=None, deposit_refundable=False, deposit_status="")
    if data.payment not in rules.FINANCED:
        values.update(lender="", down_payment=0, loan_months=0, monthly_payment=0, loan_status="")
    if not data.trade_in:
        values.update(trade_plate="", trade_vin="", trade_model="", trade_mileage_km=0, trade_value=0,
                      trade_valued_by="")
    if not data.insured:
        values.update(insurer="", compulsory_premium=0, commercial_premium=0, insurance_cover="",
                      insurance_start=None)
    if not data.registration:
        values.update(registration_fee=0)
    if data.warranty_years <= 0:
        values.update(warranty_years=0, warranty_price=0)
    return values


def _trade_vehicle(actor: Actor, order: SalesOrder, deal: Deal | None, values: dict, now: dt.datetime) -> int | None:
    """The old car: a vehicle of the customer, transferred to the store (owner none) the day of the deal."""
    vehicle_id = deal.trade_vehicle_id if deal else None
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id) if vehicle_id else None
    vin = values["trade_vin"] or None
    if vin:
        same = Vehicle.get_or_none(Vehicle.vin == vin)
        if same is not None and (vehicle is None or same.id != vehicle.id):
            if same.owner_id not in (None, order.customer_id):
                raise Conflict(QT_TRANSLATE_NOOP("errors", "车架号 {vin} 登记在另一位客户名下"), field="trade_vin",
                               vin=vin)
            vehicle = same  # the customer's car already known to the store (serviced here)
    fields = dict(plate=values["trade_plate"] or None, model_name=values["trade_model"],
                  mileage_km=values["trade_mileage_km"], mileage_date=now.date(), updated_at=now)
    if vin:
        fields["vin"] = vin
    if vehicle is None:
        vehicle = Vehicle.create(owner=None, created_at=now, **fields)
        new = True
    else:
        Vehicle.update(**fields).where(Vehicle.id == vehicle.id).execute()
        new = False
    if new or vehicle.owner_id is not None:
        Vehicle.update(owner=None).where(Vehicle.id == vehicle.id).execute()
        OwnershipTransfer.create(vehicle=vehicle.id, from_customer=order.customer_id, to_customer=None,
                                 transferred_at=now, by_user=actor.id,
                                 note=QT_TRANSLATE_NOOP("history", "置换：卖给本店"))
        audit.record(actor, "deal.trade_in", "vehicle", vehicle.id, at=now, about=order.customer_id,
                     order=order.id, value=values["trade_value"])
    keys.reindex_vehicles([vehicle.id])
    return vehicle.id


def save_deal(actor: Actor, order_id: int, data: DealInput, at: dt.datetime | None = None) -> DealSheet:
    """Write the deal sheet in one transaction. A discount above the consultant's limit waits for a manager
    (status pending) unless a manager saves it; a changed discount asks again. The order's price (成交价) and
    payment follow the sheet. The audit row lists the fields that changed."""
    require(actor, "lead.outcome")
    now = now_or(at)
    rules.validate(data)
    if data.model_id is not None and not VehicleModel.select().where(VehicleModel.id == data.model_id).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选车型不存在"), field="model")
    values = _clean(data)
    limit = int(get_settings().get("deal.discount_limit", 5000))
    with db.atomic():
        order = _order(order_id)
        lead = lead_row(order.lead_id)
        require_lead(actor, "lead.outcome", lead)
        if order.status == "cancelled":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "订单已退订，不能再修改订车单"))
        changes.mark(changes.DUE, customer=order.customer_id)
        deal = Deal.get_or_none(Deal.order == order.id)
        before = _input_of(deal, order)
        if deal is not None:
            changed = [name for name in _FIELDS if getattr(before, name) != values[name]]
        else:  # a new sheet: the fields filled in
            changed = [name for name in _FIELDS if values[name] not in ("", 0, None, False)]
        old_lines = [asdict(line) for line in before.lines]
        new_lines = [dict(name=line.name.strip()[:60], price=line.price, charged=bool(line.charged))
                     for line in data.lines]
        if deal is None or old_lines != new_lines:
            changed.append("lines")
        if (data.model_id or order.model_id) != order.model_id:
            changed.append("model")
        if data.payment != order.payment_method:
            changed.append("payment")
        # the discount's approval
        if not rules.needs_approval(values["discount"], limit):
            status, by, when = "none", None, None
        elif actor.can("deal.approve_discount"):
            status, by, when = "approved", actor.id, now
        elif deal is not None and deal.discount_status == "approved" and deal.discount == values["discount"] \
                and deal.list_price == values["list_price"]:
            status, by, when = "approved", deal.discount_by_id, deal.discount_at
        else:
            status, by, when = "pending", None, now
        if values["deposit_status"] != (deal.deposit_status if deal else ""):
            values["deposit_changed_at"] = now
        row = dict(values, discount_status=status, discount_by=by, discount_at=when, updated_at=now,
                   updated_by=actor.id)
        if deal is None:
            deal = Deal.create(order=order.id, **row)
        else:
            Deal.update(**row).where(Deal.id == deal.id).execute()
        if "lines" in changed:
            DealLine.delete().where(DealLine.deal == deal.id).execute()
            for position, line in enumerate(new_lines):
                DealLine.create(deal=deal.id, position=position, **line)
        trade_vehicle = deal.trade_vehicle_id
        if values["trade_in"]:
            trade_vehicle = _trade_vehicle(actor, order, deal, values, now)
            Deal.update(trade_vehicle=trade_vehicle).where(Deal.id == deal.id).execute()
        totals = rules.totals(DealInput(**{**{n: values[n] for n in _FIELDS}, "payment": data.payment,
                                           "lines": data.lines}))
        SalesOrder.update(price=totals.price, payment_method=data.payment,
                          model=data.model_id or order.model_id).where(SalesOrder.id == order.id).execute()
        audit.record(actor, "deal.save", "lead", lead.id, at=now, order=order.id, changed=changed,
                     discount=values["discount"], discount_status=status, due=totals.due_at_delivery)
        if values["trade_in"]:
            derived.refresh_customer(order.customer_id, today=now.date(), replan=True)
    return _sheet(_order(order_id))


def order_with_deal(actor: Actor, lead_id: int, data: DealInput, at: dt.datetime | None = None) -> DealSheet:
    """下单 from the deal sheet: the order (level O, its follow-up plan) and its sheet in one transaction, so a
    refused sheet leaves no order behind."""
    from dealerdesk.services.sales.outcomes import OrderInput, record_order

    rules.validate(data)
    now = now_or(at)
    with db.atomic():
        record_order(actor, lead_id, OrderInput(model_id=data.model_id, price=data.list_price - data.discount,
                                                payment_method=data.payment), at=now)
        order = (SalesOrder.select(SalesOrder.id).where(SalesOrder.lead == lead_id, SalesOrder.status == "open")
                 .order_by(SalesOrder.id.desc()).first())
        return save_deal(actor, order.id, data, at=now)


def _pending(order_id: int) -> Deal:
    deal = Deal.get_or_none(Deal.order == order_id)
    if deal is None or deal.discount_status != "pending":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "这张订单没有待审批的优惠"))
    return deal


def approve_discount(actor: Actor, order_id: int, note: str = "", at: dt.datetime | None = None) -> DealSheet:
    require(actor, "deal.approve_discount")
    now = now_or(at)
    with db.atomic():
        deal = _pending(order_id)
        changes.mark(changes.DUE)
        Deal.update(discount_status="approved", discount_by=actor.id, discount_at=now,
                    discount_note=((note or "").strip() or deal.discount_note)[:200]).where(Deal.id == deal.id).execute()
        audit.record(actor, "deal.discount_approve", "lead", _order(order_id).lead_id, at=now, order=order_id,
                     discount=deal.discount, note=(note or "").strip())
    return _sheet(_order(order_id))


def reject_discount(actor: Actor, order_id: int, note: str, at: dt.datetime | None = None) -> DealSheet:
    """Back to the consultant with the manager's note: the sheet keeps the discount, marked rejected, until the
    consultant lowers it (a save at or under the limit) or asks again with another amount."""
    require(actor, "deal.approve_discount")
    now = now_or(at)
    note = (note or "").strip()
    if not note:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "驳回时请写明原因，顾问会看到"), field="note")
    with db.atomic():
        deal = _pending(order_id)
        changes.mark(changes.DUE)
        Deal.update(discount_status="rejected", discount_by=actor.id, discount_at=now,
                    discount_note=note[:200]).where(Deal.id == deal.id).execute()
        audit.record(actor, "deal.discount_reject", "lead", _order(order_id).lead_id, at=now, order=order_id,
                     discount=deal.discount, note=note)
    return _sheet(_order(order_id))


def pending_discounts(actor: Actor) -> list[PendingDiscount]:
    """The manager's queue of discounts above the limit, oldest first (beside the defeats waiting)."""
    require(actor, "deal.approve_discount")
    names = dict(User.select(User.id, User.display_name).tuples())
    rows = (Deal.select(Deal, SalesOrder, Customer).join(SalesOrder).join(Customer)
            .where(Deal.discount_status == "pending", SalesOrder.status != "cancelled")
            .order_by(Deal.discount_at, Deal.id))
    models = {m.id: f"{m.brand} {m.name}".strip() for m in VehicleModel.select()}
    return [PendingDiscount(order_id=d.order.id, lead_id=d.order.lead_id, customer_name=d.order.customer.name,
                            consultant=names.get(d.order.by_user_id, ""), model_name=models.get(d.order.model_id, ""),
                            list_price=d.list_price, discount=d.discount, note=d.discount_note,
                            requested_at=d.discount_at or d.updated_at) for d in rows]


__all__ = ["Choices", "DealInput", "DealSheet", "PendingDiscount", "AccessoryLine",
           "approve_discount", "deal_choices", "get_deal", "open_order_of_lead", "order_with_deal",
           "pending_discounts", "reject_discount", "save_deal"]
