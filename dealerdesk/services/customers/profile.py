"""Read model of the customer profile window: every tab's data in one call, as plain dataclasses.

Why one call: the profile opens often (a phone rings, a car arrives) and must open fast, so each table is
read once with `.tuples()` and joined names (no N+1), and the window never runs SQL itself. The lead,
after-sales and complaint tables belong to other services; this module only reads them.
The score tab shows Customer.score_detail (JSON written by the classification job); while that job has not
run for a customer, the parts are computed here from the same rows with domain.classify (`score.live`).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from decimal import Decimal

from peewee import JOIN, fn

from dealerdesk.domain import classify
from dealerdesk.domain.levels import OPEN_LEVELS, Level
from dealerdesk.domain.validate import vin_check_digit_ok
from dealerdesk.services import changes
from dealerdesk.services.auth import Actor, own_leads_clause, sees_only_own
from dealerdesk.services.customers.records import CustomerInput, get_customer, update_customer
from dealerdesk.services.dto import CustomerDetail
from dealerdesk.services.settings import get_settings
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Complaint,
    ContactPerson,
    Customer,
    CustomerPhone,
    Interaction,
    Lead,
    LevelChange,
    Purchase,
    SalesOrder,
    ServiceRecord,
    Survey,
    User,
    Vehicle,
    VehicleModel,
)


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    title: str
    phone: str
    phone2: str = ""
    is_main: bool = False


@dataclass(frozen=True)
class LeadRow:
    id: int
    level: str
    status: str
    model: str
    owner_name: str
    received_at: dt.datetime
    next_follow_up_at: dt.datetime | None
    budget: int | None
    payment_intent: str
    competitors: str
    defeat_reason: str = ""
    closed_at: dt.datetime | None = None


@dataclass(frozen=True)
class LevelChangeRow:
    lead_id: int
    from_level: str
    to_level: str
    changed_at: dt.datetime
    by_name: str
    reason: str


@dataclass(frozen=True)
class InteractionRow:
    id: int
    at: dt.datetime
    channel: str
    user_name: str
    place: str
    content: str
    result: str
    next_step: str
    methods: str = ""  # a walk-in's "visit,test_drive,quote" (labels.WALK_IN_METHOD)
    driven_model: str = ""


@dataclass(frozen=True)
class VehicleRow:
    id: int
    plate: str
    vin: str
    model: str
    colour: str
    registration_date: dt.date | None
    mileage_km: int
    insurance_compulsory_until: dt.date | None
    insurance_commercial_until: dt.date | None
    vin_check_ok: bool
    version: int


@dataclass(frozen=True)
class ServiceRow:
    id: int
    vehicle_id: int
    plate: str
    kind: str
    service_date: dt.date
    mileage_km: int
    content: str
    cost: Decimal
    advisor_name: str


@dataclass(frozen=True)
class PurchaseRow:
    id: int
    purchased_on: dt.date
    model_name: str
    price: int
    payment_method: str
    channel: str
    plate: str
    elsewhere: bool = False


@dataclass(frozen=True)
class OrderRow:
    id: int
    ordered_at: dt.datetime
    model: str
    price: int
    payment_method: str
    status: str


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    received_at: dt.datetime
    channel: str
    category: str
    content: str
    status: str
    owner_name: str
    resolve_due: dt.datetime | None
    resolved_at: dt.datetime | None


@dataclass(frozen=True)
class SurveyRow:
    id: int
    taken_at: dt.datetime
    channel: str
    overall: str
    repurchase: str
    recommend: str
    comments: str


@dataclass(frozen=True)
class ScorePartRow:
    label: str
    points: int
    max: int
    detail: str


@dataclass(frozen=True)
class ScoreView:
    total: int
    tier: str
    category: str
    parts: list[ScorePartRow]
    reasons: list[str]
    live: bool  # computed now because score_detail was empty (not yet stored)


@dataclass(frozen=True)
class Profile:
    customer: CustomerDetail
    referred_by_name: str = ""
    merged_into_id: int | None = None
    contacts: list[ContactRow] = field(default_factory=list)
    leads: list[LeadRow] = field(default_factory=list)
    level_changes: list[LevelChangeRow] = field(default_factory=list)
    interactions: list[InteractionRow] = field(default_factory=list)
    vehicles: list[VehicleRow] = field(default_factory=list)
    services: list[ServiceRow] = field(default_factory=list)
    purchases: list[PurchaseRow] = field(default_factory=list)
    orders: list[OrderRow] = field(default_factory=list)
    complaints: list[ComplaintRow] = field(default_factory=list)
    surveys: list[SurveyRow] = field(default_factory=list)
    referrals: int = 0
    score: ScoreView | None = None


def _names(ids: set[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(User.select(User.id, User.display_name).where(User.id.in_(wanted)).tuples())


def load_profile(actor: Actor, customer_id: int, today: dt.date | None = None) -> Profile:
    """Everything the profile tabs show; about a dozen indexed queries whatever the history size."""
    customer = get_customer(actor, customer_id)  # checks customer.read, masks phones by role
    cid = customer_id
    merged_into, referred_by = Customer.select(Customer.merged_into, Customer.referred_by) \
        .where(Customer.id == cid).tuples().get()
    referred_name = Customer.select(Customer.name).where(Customer.id == referred_by).scalar() if referred_by else ""
    contacts = [ContactRow(i, n, t, p, p2, bool(m)) for i, n, t, p, p2, m in ContactPerson.select(
        ContactPerson.id, ContactPerson.name, ContactPerson.title, ContactPerson.phone, ContactPerson.phone2,
        ContactPerson.is_main).where(ContactPerson.customer == cid)
        .order_by(ContactPerson.is_main.desc(), ContactPerson.id).tuples()]
    lead_rows = list(Lead.select(Lead.id, Lead.level, Lead.status, VehicleModel.name, Lead.owner, Lead.received_at,
                                 Lead.next_follow_up_at, Lead.budget, Lead.payment_intent, Lead.competitors,
                                 Lead.defeat_reason, Lead.closed_at)
                     .join(VehicleModel, JOIN.LEFT_OUTER).where(Lead.customer == cid)
                     .order_by(Lead.received_at.desc()).tuples())
    lead_ids = [r[0] for r in lead_rows]
    changes = list(LevelChange.select(LevelChange.lead, LevelChange.from_level, LevelChange.to_level,
                                      LevelChange.changed_at, LevelChange.changed_by, LevelChange.reason)
                   .where(LevelChange.lead.in_(lead_ids or [0])).order_by(LevelChange.changed_at.desc()).tuples())
    inter = list(Interaction.select(Interaction.id, Interaction.at, Interaction.channel, Interaction.user,
                                    Interaction.place, Interaction.content, Interaction.result,
                                    Interaction.next_step, Interaction.methods, Interaction.driven_model)
                 .where(Interaction.customer == cid).order_by(Interaction.at.desc()).tuples())
    vehicles = list(Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.vin, VehicleModel.name, Vehicle.model_name,
                                   Vehicle.colour, Vehicle.registration_date, Vehicle.mileage_km,
                                   Vehicle.insurance_compulsory_until, Vehicle.insurance_commercial_until,
                                   Vehicle.version)
                    .join(VehicleModel, JOIN.LEFT_OUTER).where(Vehicle.owner == cid).order_by(Vehicle.id).tuples())
    plates = {v[0]: v[1] or "" for v in vehicles}
    services = list(ServiceRecord.select(ServiceRecord.id, ServiceRecord.vehicle, Vehicle.plate, ServiceRecord.kind,
                                         ServiceRecord.service_date, ServiceRecord.mileage_km, ServiceRecord.content,
                                         ServiceRecord.parts_cost + ServiceRecord.labour_cost,
                                         ServiceRecord.advisor)
                    .join(Vehicle).where(ServiceRecord.customer == cid)
                    .order_by(ServiceRecord.service_date.desc()).tuples())
    purchases = list(Purchase.select(Purchase.id, Purchase.purchased_on, Purchase.model_name, Purchase.price,
                                     Purchase.payment_method, Purchase.channel, Purchase.vehicle,
                                     Purchase.elsewhere)
                     .where(Purchase.customer == cid).order_by(Purchase.purchased_on.desc()).tuples())
    orders = list(SalesOrder.select(SalesOrder.id, SalesOrder.ordered_at, VehicleModel.name, SalesOrder.price,
                                    SalesOrder.payment_method, SalesOrder.status)
                  .join(VehicleModel, JOIN.LEFT_OUTER).where(SalesOrder.customer == cid)
                  .order_by(SalesOrder.ordered_at.desc()).tuples())
    complaints = list(Complaint.select(Complaint.id, Complaint.received_at, Complaint.channel, Complaint.category,
                                       Complaint.content, Complaint.status, Complaint.owner, Complaint.resolve_due,
                                       Complaint.resolved_at)
                      .where(Complaint.customer == cid).order_by(Complaint.received_at.desc()).tuples())
    surveys = [SurveyRow(*r) for r in Survey.select(Survey.id, Survey.taken_at, Survey.channel, Survey.overall,
                                                    Survey.repurchase, Survey.recommend, Survey.comments)
               .where(Survey.customer == cid).order_by(Survey.taken_at.desc()).tuples()]
    referrals = Customer.select(fn.COUNT(Customer.id)).where(Customer.referred_by == cid).scalar() or 0
    # each tab shows what the role may read (domain/permissions): a service advisor sees no leads
    if not actor.can("lead.read"):
        lead_rows, changes, orders = [], [], []
    elif sees_only_own(actor):  # a consultant sees their own leads of a shared customer
        mine = {i for (i,) in Lead.select(Lead.id).where(Lead.customer == cid, own_leads_clause(actor)).tuples()}
        lead_rows = [r for r in lead_rows if r[0] in mine]
        changes = [r for r in changes if r[0] in mine]
    if not actor.can("service.read"):
        services = []
    if not actor.can("complaint.read"):
        complaints = []
    if not actor.can("survey.read"):
        surveys = []
    users = _names({r[4] for r in lead_rows} | {r[4] for r in changes} | {r[3] for r in inter}
                   | {r[8] for r in services} | {r[6] for r in complaints})
    profile = Profile(
        customer=customer, referred_by_name=referred_name or "", merged_into_id=merged_into, contacts=contacts,
        leads=[LeadRow(i, lv, st, m or "", users.get(o, ""), rec, nxt, b, pay, comp, why, closed)
               for i, lv, st, m, o, rec, nxt, b, pay, comp, why, closed in lead_rows],
        level_changes=[LevelChangeRow(lead, f, t, at, users.get(by, ""), why)
                       for lead, f, t, at, by, why in changes],
        interactions=[InteractionRow(i, at, ch, users.get(u, ""), pl, c, res, ns, me, dm)
                      for i, at, ch, u, pl, c, res, ns, me, dm in inter],
        vehicles=[VehicleRow(i, p or "", vin or "", m or mn or "", col, reg, km, ic, ico,
                             bool(vin) and vin_check_digit_ok(vin), ver)
                  for i, p, vin, m, mn, col, reg, km, ic, ico, ver in vehicles],
        services=[ServiceRow(i, v, p or "", k, d, km, c, Decimal(cost or 0), users.get(a, ""))
                  for i, v, p, k, d, km, c, cost, a in services],
        purchases=[PurchaseRow(i, on, mn, pr, pay, ch, plates.get(v, ""), bool(el))
                   for i, on, mn, pr, pay, ch, v, el in purchases],
        orders=[OrderRow(i, at, m or "", pr, pay, st) for i, at, m, pr, pay, st in orders],
        complaints=[ComplaintRow(i, at, ch, cat, c, st, users.get(o, ""), due, res)
                    for i, at, ch, cat, c, st, o, due, res in complaints],
        surveys=surveys, referrals=referrals,
    )
    return _with_score(profile, today or dt.date.today())


def _stored_score(customer: CustomerDetail) -> ScoreView | None:
    """score_detail as the classification job stores it: {"parts": [...], "reasons": [...]}."""
    try:
        data = json.loads(customer.score_detail) if customer.score_detail else None
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("parts"), list):
        return None
    parts = [ScorePartRow(str(p.get("label", "")), int(p.get("points", 0)), int(p.get("max", 0)),
                          str(p.get("detail", ""))) for p in data["parts"] if isinstance(p, dict)]
    reasons = [str(r) for r in data.get("reasons", data.get("category_reasons", []))]
    return ScoreView(int(data.get("total", customer.value_score)), customer.tier, customer.category, parts,
                     reasons, live=False)


def _with_score(profile: Profile, today: dt.date) -> Profile:
    stored = _stored_score(profile.customer)
    if stored is not None:
        return replace(profile, score=stored)
    policy = classify.ValuePolicy.from_settings(get_settings())
    three_years = today.replace(year=today.year - 3) if not (today.month == 2 and today.day == 29) \
        else today.replace(year=today.year - 3, day=28)
    year_ago = today - dt.timedelta(days=365)
    open_levels = [Level(r.level) for r in profile.leads if r.status == "open" and r.level in
                   {lv.value for lv in OPEN_LEVELS}]
    rank = {lv: i for i, lv in enumerate(OPEN_LEVELS)}
    latest = profile.surveys[0] if profile.surveys else None
    visits = [r.at.date() for r in profile.interactions if r.channel in ("visit", "test_drive")]
    bought_elsewhere = [(r.closed_at or r.received_at).date() for r in profile.leads
                        if r.status == "defeated" and r.defeat_reason == "bought_elsewhere"]
    bought_elsewhere += [p.purchased_on for p in profile.purchases if p.elsewhere]
    ours = [p for p in profile.purchases if not p.elsewhere]
    facts = classify.CustomerFacts(
        today=today, purchases=len(ours),
        spend_3y_yuan=sum(p.price for p in ours if p.purchased_on >= three_years),
        service_visits_12m=len({s.service_date for s in profile.services if s.service_date >= year_ago}),
        income_level=profile.customer.income_level, referrals=profile.referrals,
        open_lead_level=max(open_levels, key=rank.get) if open_levels else None,
        survey=classify.SurveyFacts(latest.overall, latest.repurchase, latest.recommend) if latest else None,
        open_complaints=sum(1 for c in profile.complaints if c.status in ("open", "in_progress")),
        last_purchase_on=max((p.purchased_on for p in ours), default=None),
        last_service_on=max((s.service_date for s in profile.services), default=None),
        last_visit_on=max(visits, default=None), created_on=profile.customer.created_at.date(),
        bought_elsewhere_on=max(bought_elsewhere, default=None),
    )
    try:
        score = classify.value_score(facts, policy)
        category, reasons = classify.category_for(facts, score, policy)
    except ValueError:  # an unknown code in old data: show no score rather than fail the profile
        return profile
    view = ScoreView(score.total, classify.tier_for(score, policy), category,
                     [ScorePartRow(p.label, p.points, p.max, p.detail) for p in score.parts], reasons, live=True)
    return replace(profile, score=view)


def save_basics(actor: Actor, customer_id: int, data: CustomerInput, *, expected_version: int | None,
                keep_phones: bool = False) -> CustomerDetail:
    """Save the basics tab. Why `keep_phones`: a role that sees phones masked cannot edit them, yet must be
    able to save the other fields; the stored numbers are filled in here, never sent to the window.
    """
    changes.mark(changes.CUSTOMERS, customer=customer_id)
    with db.atomic():
        if keep_phones:
            data.phones = [p for (p,) in CustomerPhone.select(CustomerPhone.phone)
                           .where(CustomerPhone.customer == customer_id).order_by(CustomerPhone.id).tuples()]
        return update_customer(actor, customer_id, data, expected_version=expected_version)
