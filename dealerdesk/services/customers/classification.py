"""Customer value score, tier and category, written to the customer row (客户分类 / 分级).

Why batched: the whole store (hundreds of thousands of customers) is re-classified on demand and at the
start of a day, so the facts are gathered with one aggregate query per table per chunk of ids (GROUP BY
customer), never a query per customer; the rules themselves are domain.classify. Only rows whose result
changed are written. Services that change purchases, services, surveys or complaints call
`recompute_in_transaction([customer_id], today)` for the one customer.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal

from peewee import fn

from dealerdesk.domain.classify import (
    CustomerFacts,
    SurveyFacts,
    ValuePolicy,
    category_for,
    tier_for,
    value_score,
)
from dealerdesk.domain.levels import Level
from dealerdesk.domain.reminders import add_months
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.settings import get_settings
from dealerdesk.store.db import db
from dealerdesk.store.models import Complaint, Customer, Interaction, Lead, Purchase, ServiceRecord, Survey

CHUNK = 500
_LEVEL_ORDER = "HABCN"


@dataclass(frozen=True)
class RecomputeResult:
    customers: int
    changed: int


def _as_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(str(value)).date()  # SQLite MAX() over a date column gives text


def gather_facts(ids: list[int], today: dt.date) -> dict[int, CustomerFacts]:
    """The facts of these customers, one aggregate query per table (the caller chunks the ids)."""
    since_3y = add_months(today, -36)
    since_12m = add_months(today, -12)
    base = {cid: {"income_level": income or "", "created_on": _as_date(created)}
            for cid, income, created in Customer.select(Customer.id, Customer.income_level, Customer.created_at)
            .where(Customer.id.in_(ids)).tuples()}
    facts = {cid: dict(today=today, purchases=0, spend_3y_yuan=Decimal(0), service_visits_12m=0, referrals=0,
                       open_complaints=0, **b) for cid, b in base.items()}
    for cid, n, last in (Purchase.select(Purchase.customer, fn.COUNT(Purchase.id), fn.MAX(Purchase.purchased_on))
                         .where(Purchase.customer.in_(ids), Purchase.elsewhere == False)
                         .group_by(Purchase.customer).tuples()):
        facts[cid].update(purchases=n, last_purchase_on=_as_date(last))
    for cid, spend in (Purchase.select(Purchase.customer, fn.SUM(Purchase.price))
                       .where(Purchase.customer.in_(ids), Purchase.purchased_on >= since_3y,
                              Purchase.elsewhere == False)
                       .group_by(Purchase.customer).tuples()):
        facts[cid]["spend_3y_yuan"] += Decimal(str(spend or 0))
    for cid, spend in (ServiceRecord.select(ServiceRecord.customer,
                                            fn.SUM(ServiceRecord.parts_cost + ServiceRecord.labour_cost))
                       .where(ServiceRecord.customer.in_(ids), ServiceRecord.service_date >= since_3y)
                       .group_by(ServiceRecord.customer).tuples()):
        facts[cid]["spend_3y_yuan"] += Decimal(str(spend or 0))
    for cid, last in (ServiceRecord.select(ServiceRecord.customer, fn.MAX(ServiceRecord.service_date))
                      .where(ServiceRecord.customer.in_(ids)).group_by(ServiceRecord.customer).tuples()):
        facts[cid]["last_service_on"] = _as_date(last)
    for cid, visits in (ServiceRecord.select(ServiceRecord.customer,
                                             fn.COUNT(ServiceRecord.service_date.distinct()))
                        .where(ServiceRecord.customer.in_(ids), ServiceRecord.service_date >= since_12m,
                               ServiceRecord.kind.in_(("maintenance", "repair", "warranty")))
                        .group_by(ServiceRecord.customer).tuples()):
        facts[cid]["service_visits_12m"] = visits
    for cid, n in (Customer.select(Customer.referred_by, fn.COUNT(Customer.id))
                   .where(Customer.referred_by.in_(ids)).group_by(Customer.referred_by).tuples()):
        facts[cid]["referrals"] = n
    for cid, level in (Lead.select(Lead.customer, Lead.level)
                       .where(Lead.customer.in_(ids), Lead.status.in_(("open", "defeat_pending"))).tuples()):
        current = facts[cid].get("open_lead_level")
        if level in _LEVEL_ORDER and (current is None or _LEVEL_ORDER.index(level) < _LEVEL_ORDER.index(current)):
            facts[cid]["open_lead_level"] = level
    for cid, _at, _id, overall, rep, rec in (Survey.select(Survey.customer, Survey.taken_at, Survey.id,
                                                           Survey.overall, Survey.repurchase, Survey.recommend)
                                             .where(Survey.customer.in_(ids))
                                             .order_by(Survey.taken_at, Survey.id).tuples()):
        facts[cid]["survey"] = SurveyFacts(overall or "", rep or "", rec or "")  # the latest one wins
    for cid, n in (Complaint.select(Complaint.customer, fn.COUNT(Complaint.id))
                   .where(Complaint.customer.in_(ids), Complaint.status.in_(("open", "in_progress")))
                   .group_by(Complaint.customer).tuples()):
        facts[cid]["open_complaints"] = n
    for cid, last in (Interaction.select(Interaction.customer, fn.MAX(Interaction.at))
                      .where(Interaction.customer.in_(ids), Interaction.channel.in_(("visit", "test_drive")))
                      .group_by(Interaction.customer).tuples()):
        facts[cid]["last_visit_on"] = _as_date(last)
    for cid, last in (Lead.select(Lead.customer, fn.MAX(fn.COALESCE(Lead.defeat_decided_at, Lead.closed_at,
                                                                    Lead.updated_at)))
                      .where(Lead.customer.in_(ids), Lead.status == "defeated",
                             Lead.defeat_reason == "bought_elsewhere")
                      .group_by(Lead.customer).tuples()):
        facts[cid]["bought_elsewhere_on"] = _as_date(last)
    # a car bought from another dealer (entered by hand) says the same as a defeat "bought elsewhere"
    for cid, last in (Purchase.select(Purchase.customer, fn.MAX(Purchase.purchased_on))
                      .where(Purchase.customer.in_(ids), Purchase.elsewhere == True)
                      .group_by(Purchase.customer).tuples()):
        last = _as_date(last)
        if last and (facts[cid].get("bought_elsewhere_on") is None or last > facts[cid]["bought_elsewhere_on"]):
            facts[cid]["bought_elsewhere_on"] = last
    result = {}
    for cid, f in facts.items():
        if f.get("open_lead_level"):
            f["open_lead_level"] = Level(f["open_lead_level"])
        result[cid] = CustomerFacts(**f)
    return result


def classify(facts: CustomerFacts, policy: ValuePolicy) -> tuple[str, str, int, str]:
    """(category, tier, value score, score_detail JSON) for one customer's facts."""
    score = value_score(facts, policy)
    tier = tier_for(score, policy)
    category, reasons = category_for(facts, score, policy)
    detail = {"total": score.total, "lifecycle": score.lifecycle, "potential": score.potential,
              "loyalty": score.loyalty, "parts": [asdict(p) for p in score.parts], "tier": tier,
              "category": category, "reasons": reasons}
    return category, tier, score.total, json.dumps(detail, ensure_ascii=False)


def _recompute_chunk(ids: list[int], policy: ValuePolicy, today: dt.date) -> int:
    facts = gather_facts(ids, today)
    current = {cid: (cat, tier, score, detail) for cid, cat, tier, score, detail in
               Customer.select(Customer.id, Customer.category, Customer.tier, Customer.value_score,
                               Customer.score_detail).where(Customer.id.in_(ids)).tuples()}
    changed = 0
    for cid, f in facts.items():
        new = classify(f, policy)
        if current.get(cid) != new:
            category, tier, score, detail = new
            Customer.update(category=category, tier=tier, value_score=score, score_detail=detail).where(
                Customer.id == cid).execute()
            changed += 1
    return changed


def recompute_in_transaction(ids: Iterable[int], today: dt.date) -> int:
    """Re-classify a few customers inside the caller's transaction (no permission check: the caller did)."""
    ids = list(ids)
    policy = ValuePolicy.from_settings(get_settings())
    return sum(_recompute_chunk(ids[i:i + CHUNK], policy, today) for i in range(0, len(ids), CHUNK))


def recompute_customers(actor: Actor, ids: Iterable[int] | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        today: dt.date | None = None) -> RecomputeResult:
    """Re-classify these customers (None: the whole store), one transaction per chunk, with progress."""
    require(actor, "customer.write")
    changes.mark(changes.CUSTOMERS)
    today = today or dt.date.today()
    policy = ValuePolicy.from_settings(get_settings())
    if ids is None:
        ids = [cid for (cid,) in Customer.select(Customer.id).order_by(Customer.id).tuples()]
    ids = list(ids)
    changed = 0
    for start in range(0, len(ids), CHUNK):
        with db.atomic():
            changed += _recompute_chunk(ids[start:start + CHUNK], policy, today)
        if progress:
            progress(min(start + CHUNK, len(ids)), len(ids))
    with db.atomic():
        audit.record(actor, "customers.recompute", "customer", None, customers=len(ids), changed=changed)
    return RecomputeResult(len(ids), changed)
