"""接待登记: a walk-in in one use case, one transaction (customer, lead, what happened, level, next follow-up).

Why one use case and not the three dialogs it replaces: the front desk registers a visitor while they stand
at the desk; a customer saved without their lead, or a lead without the visit, would be counted wrong in the
funnel (registered, visit rate) and planned wrong in the worklist. So everything below runs inside one
`db.atomic()`: the existing use cases it reuses (create_customer, create_lead, log_follow_up) nest as
savepoints, and an error in any step rolls back all of them.

The visit is one interaction holding every method that happened (Interaction.methods: 到店, 试驾, 报价); its
channel is the strongest one (a test drive, else a visit), which is what the funnel counts (a test drive is
also a visit there). For a known customer with an open lead the visit is added to that lead.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.domain import labels
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require, require_customer
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales._common import ACTIVE_STATUSES, Plan, now_or, suggest
from dealerdesk.services.sales.leads import LeadInput, create_lead, log_follow_up
from dealerdesk.store.db import db
from dealerdesk.store.models import Interaction, Lead, VehicleModel

METHODS = labels.WALK_IN_METHOD
PLACE = QT_TRANSLATE_NOOP("walk_in", "展厅")


@dataclass
class WalkInInput:
    """What the front desk typed: an existing customer (`customer_id`) or a new one (`customer`)."""

    customer_id: int | None = None
    customer: CustomerInput | None = None
    model_id: int | None = None  # intended model from the catalogue
    model_text: str = ""  # or free text (kept in the lead's other models)
    budget: int | None = None
    source: str = "walk_in"
    owner_id: int | None = None  # the consultant who will own a new lead
    methods: tuple[str, ...] = ("visit",)  # what happened: visit test_drive quote
    driven_model: str = ""  # the model driven, when a test drive happened
    content: str = ""  # notes; a summary of the methods when empty
    level: str = "N"
    next_due: dt.datetime | None = None  # the consultant's date; None: suggested from the level's cadence


@dataclass(frozen=True)
class WalkInResult:
    customer_id: int
    lead_id: int
    interaction_id: int
    new_customer: bool
    new_lead: bool
    level: str
    next_follow_up_at: dt.datetime | None


def open_lead_of(actor: Actor, customer_id: int) -> int | None:
    """The customer's most recent open lead (the one a walk-in's visit is added to), or None."""
    require(actor, "customer.read")
    return (Lead.select(Lead.id).where(Lead.customer == customer_id, Lead.status.in_(ACTIVE_STATUSES))
            .order_by(Lead.received_at.desc(), Lead.id.desc()).scalar())


def suggest_next(actor: Actor, level: str, at: dt.datetime) -> Plan | None:
    """The next follow-up the dialog shows for `level` after a visit at `at` (the level's cadence)."""
    require(actor, "customer.read")
    return suggest(level, at)


def _methods(methods: tuple[str, ...] | list[str]) -> list[str]:
    chosen = [m for m in METHODS if m in set(methods)]  # in the set's order, each once
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的接待内容：{value}"), field="methods", value=unknown[0])
    if not chosen:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请至少选择一项接待内容（到店、试驾或报价）"), field="methods")
    if "test_drive" in chosen and "visit" not in chosen:
        chosen.insert(0, "visit")  # a test drive at the store is a visit too
    return chosen


def _summary(methods: list[str], driven: str) -> str:
    parts = [METHODS[m] + (f"（{driven}）" if m == "test_drive" and driven else "") for m in methods]
    return "、".join(parts)


def register_walk_in(actor: Actor, data: WalkInInput, at: dt.datetime | None = None) -> WalkInResult:
    """Find or create the customer, find or create the lead, log the visit with every method, set the level
    and plan the next follow-up: all or nothing."""
    require(actor, "visit.write")
    changes.mark(changes.CUSTOMERS, changes.DUE)
    now = now_or(at)
    methods = _methods(tuple(data.methods))
    driven = (data.driven_model or "").strip()[:60]
    if "test_drive" in methods and not driven:
        if data.model_id is not None:
            driven = VehicleModel.select(VehicleModel.name).where(VehicleModel.id == data.model_id).scalar() or ""
        driven = driven or data.model_text.strip()[:60]
        if not driven:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写试驾车型"), field="driven_model")
    if data.customer_id is None and data.customer is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择已有客户或填写新客户"), field="customer")
    content = (data.content or "").strip() or _summary(methods, driven)
    channel = "test_drive" if "test_drive" in methods else "visit"
    with db.atomic():
        new_customer = data.customer_id is None
        if new_customer:
            customer_id = create_customer(actor, data.customer).id
        else:
            customer_id = data.customer_id
            require_customer(actor, "customer.read", customer_id)
        changes.mark(customer=customer_id)
        lead_id = open_lead_of(actor, customer_id)
        new_lead = lead_id is None
        if new_lead:
            lead_id = create_lead(actor, LeadInput(
                customer_id=customer_id, model_id=data.model_id, other_models=data.model_text.strip(),
                budget=data.budget, level=data.level, owner_id=data.owner_id, source=data.source,
                received_at=now), at=now).id
        current = Lead.select(Lead.level).where(Lead.id == lead_id).scalar()
        detail = log_follow_up(actor, lead_id, channel, content, new_level=None if data.level == current
                               else data.level, next_due=data.next_due, at=now, place=PLACE)
        interaction_id = (Interaction.select(Interaction.id).where(Interaction.lead == lead_id)
                          .order_by(Interaction.id.desc()).scalar())
        Interaction.update(methods=",".join(methods), driven_model=driven if "test_drive" in methods else "") \
            .where(Interaction.id == interaction_id).execute()
        audit.record(actor, "walk_in.register", "lead", lead_id, at=now, customer=customer_id,
                     interaction=interaction_id, methods=methods, new_customer=new_customer, new_lead=new_lead,
                     level=detail.level)
    return WalkInResult(customer_id=customer_id, lead_id=lead_id, interaction_id=interaction_id,
                        new_customer=new_customer, new_lead=new_lead, level=detail.level,
                        next_follow_up_at=detail.next_follow_up_at)
