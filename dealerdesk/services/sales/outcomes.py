"""How a lead ends or changes hands: order (O), delivery (D), cancellation (T), defeat (战败), reassignment.

Why separate from leads.py: each of these writes several entities at once (order, vehicle, purchase,
delivery, search keys) and has its own approval rule; the follow-up plan helpers come from leads.py so the
one-planned-follow-up rule still lives in one place. Re-exported as `services.sales.leads.<name>`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.domain import levels, validate
from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.domain.levels import Level
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, derived
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.sales import delivery as checklist
from dealerdesk.services.loyalty.points import earn_for_delivery
from dealerdesk.services.sales.deposits import convert_deposit
from dealerdesk.services.sales._common import (
    NOTE_CHANNEL,
    PAYMENT_INTENTS,
    LeadDetail,
    check_owner,
    close_planned,
    get_lead,
    lead_row,
    now_or,
    plan_next,
    record_level,
    require_active,
    suggest,
    touch_customer,
)
from dealerdesk.services.settings import get_settings
from dealerdesk.store import keys
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Customer,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    Purchase,
    SalesOrder,
    User,
    Vehicle,
    VehicleModel,
)

DeliveryInput = checklist.DeliveryInput  # with the checklist and the insurance (services/sales/delivery.py)


@dataclass
class OrderInput:
    model_id: int | None
    price: int
    payment_method: str = "full"  # full | loan | lease


@dataclass(frozen=True)
class DeliveryResult:
    lead: LeadDetail
    vehicle_id: int
    purchase_id: int
    delivery_id: int
    call_due_at: dt.datetime
    call_overdue_at: dt.datetime
    vin_check_digit_ok: bool  # False: saved, but the UI should warn (docs/dev/domain.md)


def _open_order(lead_id: int) -> SalesOrder:
    order = (SalesOrder.select().where(SalesOrder.lead == lead_id, SalesOrder.status == "open")
             .order_by(SalesOrder.id.desc()).first())
    if order is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "这条线索没有未交车的订单"))
    return order


def record_order(actor: Actor, lead_id: int, data: OrderInput, at: dt.datetime | None = None) -> LeadDetail:
    """The deal: a SalesOrder, level O, and the O cadence (at least weekly) until delivery."""
    require(actor, "lead.outcome")
    now = now_or(at)
    if data.price is None or data.price <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写成交价格"), field="price")
    if data.payment_method not in PAYMENT_INTENTS or not data.payment_method:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择付款方式"), field="payment_method")
    if data.model_id is not None and not VehicleModel.select().where(VehicleModel.id == data.model_id).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选车型不存在"), field="model")
    with db.atomic():
        lead = lead_row(lead_id)
        changes.mark(changes.DUE, customer=lead.customer_id)
        check_owner(actor, lead, "lead.outcome")
        require_active(lead)
        levels.check_transition(Level(lead.level), Level.O)
        model = data.model_id or lead.model_id
        order = SalesOrder.create(lead=lead.id, customer=lead.customer_id, model=model, price=data.price,
                                  payment_method=data.payment_method, ordered_at=now, by_user=actor.id)
        record_level(actor, lead, Level.O.value, QT_TRANSLATE_NOOP("history", "下单"), now)
        close_planned(lead.id, "done", actor, now)
        plan_next(lead, Level.O.value, suggest(Level.O.value, now))
        Lead.update(model=model, last_contact_at=now).where(Lead.id == lead.id).execute()
        touch_customer(lead.customer_id, now)
        audit.record(actor, "lead.order", "lead", lead.id, at=now, order=order.id, price=data.price,
                     payment=data.payment_method)
    return get_lead(actor, lead_id)


def record_delivery(actor: Actor, lead_id: int, data: DeliveryInput, at: dt.datetime | None = None
                    ) -> DeliveryResult:
    """Delivery makes the customer a base customer (they own a vehicle bought here) and schedules the
    24-hour call-back as the D lead's follow-up: one due item, never a second reminder for it."""
    require(actor, "lead.outcome")
    now = now_or(at)
    vin = validate.normalize_vin(data.vin)
    plate = validate.normalize_plate(data.plate) if (data.plate or "").strip() else None
    delivered = (data.delivered_at or now).replace(microsecond=0)
    if delivered > now + dt.timedelta(minutes=5):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "交车时间不能晚于现在"), field="delivered_at")
    if data.use not in ("private", "commercial") or data.energy not in ("fuel", "nev") or data.seats < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "车辆用途、能源或座位数无效"), field="vehicle")
    extras = checklist.prepare(data, delivered.date())
    with db.atomic():
        lead = lead_row(lead_id)
        changes.mark(changes.DUE, customer=lead.customer_id)
        check_owner(actor, lead, "lead.outcome")
        if lead.level != Level.O.value:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "只有已订车（O 级）的线索才能交车"))
        order = _open_order(lead.id)
        if Vehicle.select().where(Vehicle.vin == vin).exists():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "车架号 {vin} 已登记在另一辆车上"), field="vin", vin=vin)
        model_name = VehicleModel.get_by_id(order.model_id).name if order.model_id else ""
        vehicle = Vehicle.create(vin=vin, plate=plate, model=order.model_id, model_name=model_name,
                                 colour=(data.colour or lead.colour or "")[:20],
                                 registration_date=data.registration_date, delivered_on=delivered.date(),
                                 mileage_km=max(data.mileage_km, 0), mileage_date=delivered.date(),
                                 seats=data.seats, use=data.use,
                                 energy=data.energy, owner=lead.customer_id, created_at=now, updated_at=now)
        purchase = Purchase.create(customer=lead.customer_id, order=order.id, vehicle=vehicle.id,
                                   model_name=model_name, purchased_on=delivered.date(), price=order.price,
                                   payment_method=order.payment_method, channel="store")
        delivery = Delivery.create(order=order.id, lead=lead.id, customer=lead.customer_id, vehicle=vehicle.id,
                                   delivered_at=delivered, by_user=actor.id)
        checklist.store_extras(delivery.id, vehicle.id, extras, now)
        SalesOrder.update(status="delivered").where(SalesOrder.id == order.id).execute()
        convert_deposit(order.id, now)  # a deposit still held becomes part of the price paid (订车单)
        record_level(actor, lead, Level.D.value, QT_TRANSLATE_NOOP("history", "交车"), now)
        close_planned(lead.id, "done", actor, now)
        plan = suggest(Level.D.value, delivered)
        plan_next(lead, Level.D.value, plan, kind="post_delivery_call")
        Lead.update(status="delivered", closed_at=now, last_contact_at=delivered).where(Lead.id == lead.id).execute()
        keys.reindex_vehicles([vehicle.id])
        touch_customer(lead.customer_id, now)
        # a new car and a purchase: its reminders (first service, insurance, inspection, the delivery survey)
        # and the customer's score and category follow in the same transaction, as for any vehicle change
        derived.refresh_customer(lead.customer_id, today=delivered.date(), replan=True)
        earn_for_delivery(actor, lead.customer_id, order.price, delivered, model_name)  # member points
        audit.record(actor, "lead.delivery", "lead", lead.id, at=now, order=order.id, vehicle=vehicle.id,
                     vin_tail=vin[-6:], plate=plate or "", **checklist.audit_fields(extras))
    return DeliveryResult(lead=get_lead(actor, lead_id), vehicle_id=vehicle.id, purchase_id=purchase.id,
                          delivery_id=delivery.id, call_due_at=plan.due_at, call_overdue_at=plan.overdue_at,
                          vin_check_digit_ok=validate.vin_check_digit_ok(vin))


def cancel_order(actor: Actor, lead_id: int, reason: str, at: dt.datetime | None = None) -> LeadDetail:
    """退订: the order is cancelled with its reason, the lead becomes T and leaves every list."""
    require(actor, "lead.outcome")
    now = now_or(at)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写退订原因"), field="reason")
    with db.atomic():
        lead = lead_row(lead_id)
        changes.mark(changes.DUE, customer=lead.customer_id)
        check_owner(actor, lead, "lead.outcome")
        levels.check_transition(Level(lead.level), Level.T)
        order = _open_order(lead.id)
        SalesOrder.update(status="cancelled", cancel_reason=reason[:200], cancelled_at=now).where(
            SalesOrder.id == order.id).execute()
        record_level(actor, lead, Level.T.value, reason, now)
        close_planned(lead.id, "cancelled", actor, now)
        plan_next(lead, Level.T.value, None)
        Lead.update(status="cancelled", closed_at=now).where(Lead.id == lead.id).execute()
        audit.record(actor, "lead.cancel", "lead", lead.id, order=order.id, note=reason, at=now)
    return get_lead(actor, lead_id)


def _finish_defeat(actor: Actor, lead: Lead, now: dt.datetime) -> None:
    close_planned(lead.id, "cancelled", actor, now)
    Lead.update(status="defeated", defeat_decided_at=now, defeat_decided_by=actor.id, closed_at=now,
                next_follow_up_at=None, updated_at=now, version=Lead.version + 1).where(Lead.id == lead.id).execute()


def request_defeat(actor: Actor, lead_id: int, reason: str, competitor: str = "", note: str = "",
                   at: dt.datetime | None = None) -> LeadDetail:
    """战败 with a reason category (and the competitor when bought elsewhere). With the setting
    `defeat.needs_approval`, a consultant's request waits for a manager and the lead stays on their list."""
    require(actor, "lead.outcome")
    now = now_or(at)
    levels.validate_defeat(reason, competitor)
    with db.atomic():
        lead = lead_row(lead_id)
        changes.mark(changes.DUE, customer=lead.customer_id)
        check_owner(actor, lead, "lead.outcome")
        if lead.status != "open" or Level(lead.level) not in levels.OPEN_LEVELS:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "只有跟进中的 N/C/B/A/H 线索可以申请战败"))
        Lead.update(defeat_reason=reason, defeat_competitor=(competitor or "").strip()[:80],
                    defeat_note=(note or "").strip(), defeat_requested_at=now, defeat_decided_at=None,
                    defeat_decided_by=None).where(Lead.id == lead.id).execute()
        needs_approval = bool(get_settings().get("defeat.needs_approval", True))
        if needs_approval and not actor.can("lead.approve_defeat"):
            Lead.update(status="defeat_pending").where(Lead.id == lead.id).execute()
            action = "lead.defeat_request"
        else:
            _finish_defeat(actor, lead, now)
            action = "lead.defeat"
        audit.record(actor, action, "lead", lead.id, reason=reason, competitor=competitor, note=note, at=now)
    return get_lead(actor, lead_id)


def _pending(lead_id: int) -> Lead:
    lead = lead_row(lead_id)
    if lead.status != "defeat_pending":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "这条线索没有待审批的战败申请"))
    return lead


def approve_defeat(actor: Actor, lead_id: int, note: str = "", at: dt.datetime | None = None) -> LeadDetail:
    require(actor, "lead.approve_defeat")
    changes.mark(changes.DUE)
    now = now_or(at)
    with db.atomic():
        lead = _pending(lead_id)
        _finish_defeat(actor, lead, now)
        audit.record(actor, "lead.defeat_approve", "lead", lead.id, note=(note or "").strip(), at=now)
    return get_lead(actor, lead_id)


def reject_defeat(actor: Actor, lead_id: int, note: str, at: dt.datetime | None = None) -> LeadDetail:
    """Send the lead back to its consultant with the manager's note; follow-ups continue as planned."""
    require(actor, "lead.approve_defeat")
    changes.mark(changes.DUE)
    now = now_or(at)
    note = (note or "").strip()
    if not note:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "驳回时请写明原因，顾问会看到"), field="note")
    with db.atomic():
        lead = _pending(lead_id)
        Lead.update(status="open", defeat_reason="", defeat_competitor="", defeat_note=note,
                    defeat_decided_at=now, defeat_decided_by=actor.id, updated_at=now,
                    version=Lead.version + 1).where(Lead.id == lead.id).execute()
        if not FollowUp.select().where(FollowUp.lead == lead.id, FollowUp.status == "planned").exists():
            plan_next(lead, lead.level, suggest(lead.level, now))
        audit.record(actor, "lead.defeat_reject", "lead", lead.id, at=now,
                     note=note, reason=lead.defeat_reason,
                     competitor=lead.defeat_competitor)
    return get_lead(actor, lead_id)


def reassign_leads(actor: Actor, lead_ids: list[int], new_owner_id: int, note: str = "",
                   at: dt.datetime | None = None) -> int:
    """Move leads (and their planned follow-ups) to another consultant; each move is kept as an internal
    note on the lead and in the audit log. The customer follows when the old consultant owned them.
    Returns how many leads changed hands."""
    require(actor, "lead.reassign")
    changes.mark(changes.DUE)
    now = now_or(at)
    new_owner = User.get_or_none(User.id == new_owner_id, User.active == True)
    if new_owner is None or new_owner.role not in ("sales", "manager"):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择接手的销售顾问"), field="owner")
    ids = sorted(set(lead_ids))
    if not ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请先选择要转交的线索"), field="leads")
    names = dict(User.select(User.id, User.display_name).tuples())
    moved = 0
    with db.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = [r for r in Lead.select(Lead.id, Lead.customer, Lead.owner).where(Lead.id.in_(chunk)).tuples()
                    if r[2] != new_owner_id]
            if not rows:
                continue
            lead_ids_chunk = [r[0] for r in rows]
            Lead.update(owner=new_owner_id, updated_at=now, version=Lead.version + 1).where(
                Lead.id.in_(lead_ids_chunk)).execute()
            FollowUp.update(owner=new_owner_id).where(FollowUp.lead.in_(lead_ids_chunk),
                                                      FollowUp.status == "planned").execute()
            by_old: dict[int, set[int]] = {}
            for _lid, cid, old in rows:
                if old is not None:
                    by_old.setdefault(old, set()).add(cid)
            for old, cids in by_old.items():  # one update per previous owner, not one per lead
                Customer.update(owner=new_owner_id).where(Customer.id.in_(sorted(cids)),
                                                          Customer.owner == old).execute()
            text = QT_TRANSLATE_NOOP("history", "线索由 {old} 转给 {new}").format
            Interaction.insert_many([
                {"customer": cid, "lead": lid, "user": actor.id, "at": now, "channel": NOTE_CHANNEL,
                     "content": text(old=names.get(old, "—"), new=new_owner.display_name), "result": note[:200]}
                for lid, cid, old in rows]).execute()
            for lid, _cid, old in rows:
                audit.record(actor, "lead.reassign", "lead", lid, at=now, old=old, new=new_owner_id, note=note)
            moved += len(rows)
    return moved
