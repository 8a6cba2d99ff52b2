"""What the profile's history tabs add by hand: a contact on the customer (with or without a lead) and a past
purchase (bought here or elsewhere).

Why a contact is not a lead follow-up: a base customer calls about a renewal, a company's buyer sends a WeChat
message; neither has an open lead, yet the contact is history and its agreed next contact (约定联系) must come
back in somebody's worklist. That next contact is a Reminder of kind "contact" (sales/due.py lists every open
reminder), owned by the customer's consultant or, without one, by whoever logged the contact. Logging a new
contact closes the customer's earlier open "contact" reminders: the promised call happened.

A purchase changes the value score and category (services/customers/classification.py), recomputed in the
same transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.domain import labels, levels
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.permissions import VISIT_CHANNELS
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require, require_customer
from dealerdesk.services.customers.classification import recompute_in_transaction
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, Interaction, Purchase, Reminder, User

CONTACT_CHANNELS = labels.CONTACT_CHANNEL
PURCHASE_CHANNELS = labels.PURCHASE_CHANNEL
PAYMENTS = labels.PAYMENT
REMINDER_KIND = "contact"


@dataclass(frozen=True)
class LoggedContact:
    interaction_id: int
    reminder_id: int | None  # the next contact planned, if any
    next_contact_at: dt.datetime | None
    owner: str  # login of whom the next contact is for


def _text(value: str, fld: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "内容太长（最多 {limit} 个字）"), field=fld, limit=limit)
    return value


def log_contact(actor: Actor, customer_id: int, channel: str, content: str, result: str = "",
                next_contact_at: dt.datetime | None = None, at: dt.datetime | None = None,
                owner_id: int | None = None) -> LoggedContact:
    """A call, WeChat, SMS, visit or note on the customer; with `next_contact_at` a "contact" reminder."""
    permission = "visit.write" if channel in VISIT_CHANNELS else "interaction.write"
    require(actor, permission)
    customer = require_customer(actor, "customer.read", customer_id)
    if actor.role == "sales":
        require_customer(actor, permission, customer_id, write=True)
    now = (at or dt.datetime.now()).replace(microsecond=0)
    if channel not in CONTACT_CHANNELS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择联系方式"), field="channel")
    content = _text(content, "content", 4000)
    result = _text(result, "result", 200)
    if not content:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写联系内容"), field="content")
    if next_contact_at is not None and next_contact_at.date() < now.date():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "下次联系日期不能早于今天"), field="next_contact_at")
    owner = owner_id or customer.owner_id or actor.id
    if owner is not None and not User.select().where(User.id == owner, User.active == True).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选负责人不存在"), field="owner")
    changes.mark(changes.DUE, customer=customer_id)
    with db.atomic():
        inter = Interaction.create(customer=customer_id, lead=None, user=actor.id, at=now, channel=channel,
                                   content=content, result=result,
                                   next_step=next_contact_at.strftime("%Y-%m-%d") if next_contact_at else "")
        if channel != "note":  # a note is not a contact: the promised call is still to make
            Reminder.update(status="done", done_at=now, done_by=actor.id).where(
                Reminder.customer == customer_id, Reminder.kind == REMINDER_KIND,
                Reminder.status == "open").execute()
        reminder_id = None
        if next_contact_at is not None:
            due = next_contact_at.replace(second=0, microsecond=0)
            reminder_id = Reminder.create(
                kind=REMINDER_KIND, customer=customer_id, owner=owner, due_at=due,
                overdue_at=levels.start_of_day(due.date() + dt.timedelta(days=1)), status="open",
                note=(result or content)[:200], dedupe_key=f"contact:{inter.id}").id
        if channel in VISIT_CHANNELS:
            recompute_in_transaction([customer_id], now.date())
        Customer.update(last_activity_at=now).where(Customer.id == customer_id,
                                                    Customer.last_activity_at < now).execute()
        audit.record(actor, "interaction.create", "customer", customer_id, at=now, interaction=inter.id,
                     channel=channel, next_contact_at=next_contact_at, reminder=reminder_id)
    login = User.select(User.login).where(User.id == owner).scalar() if owner else ""
    return LoggedContact(inter.id, reminder_id, next_contact_at if reminder_id else None, login or "")


@dataclass
class PurchaseInput:
    purchased_on: dt.date
    model_name: str
    price: int = 0
    payment_method: str = "full"
    channel: str = "store"
    elsewhere: bool = False  # bought from another dealer (他店购车)


def add_purchase(actor: Actor, customer_id: int, data: PurchaseInput, today: dt.date | None = None) -> int:
    """A past purchase typed by hand; the customer's value score and category are recomputed with it."""
    require_customer(actor, "customer.write", customer_id, write=True)
    today = today or dt.date.today()
    model = _text(data.model_name, "model_name", 60)
    if not model:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写车型"), field="model_name")
    if data.purchased_on > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "购车日期不能晚于今天"), field="purchased_on")
    if data.price is None or data.price < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "价格不能为负数"), field="price")
    if data.channel not in PURCHASE_CHANNELS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的购车渠道：{value}"), field="channel",
                           value=data.channel)
    if data.payment_method not in PAYMENTS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的付款方式：{value}"), field="payment_method",
                           value=data.payment_method)
    changes.mark(changes.CUSTOMERS, customer=customer_id)
    with db.atomic():
        row = Purchase.create(customer=customer_id, model_name=model, purchased_on=data.purchased_on,
                              price=int(data.price), payment_method=data.payment_method, channel=data.channel,
                              elsewhere=bool(data.elsewhere))
        recompute_in_transaction([customer_id], today)
        audit.record(actor, "purchase.create", "customer", customer_id, purchase=row.id, model=model,
                     purchased_on=data.purchased_on, price=int(data.price), channel=data.channel,
                     elsewhere=bool(data.elsewhere))
    return row.id
