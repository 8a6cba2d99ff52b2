"""Batched classification: facts per customer from aggregate queries, categories, only changes written."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.classification import gather_facts, recompute_customers
from dealerdesk.services.customers.records import CustomerInput, create_customer, get_customer
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Complaint,
    Customer,
    Interaction,
    Lead,
    Purchase,
    ServiceRecord,
    Survey,
    Vehicle,
)

from tests.factories import make_user

TODAY = dt.date(2026, 3, 10)


@pytest.fixture()
def store(tmp_path, store_target):
    from dealerdesk.store.db import close_store, open_store

    open_store(store_target, create=True)
    manager = make_user("boss", "赵经理", "manager")
    ids = {}
    for name in ("高价值", "潜在", "一般", "流失", "他店"):
        ids[name] = create_customer(SYSTEM, CustomerInput(name=name + "客户", income_level="very_high")).id
    Customer.update(created_at=dt.datetime(2020, 1, 1)).execute()
    Customer.update(created_at=dt.datetime(2025, 10, 1)).where(Customer.id == ids["一般"]).execute()  # new, quiet
    hv, pot, lost, other = ids["高价值"], ids["潜在"], ids["流失"], ids["他店"]
    Purchase.create(customer=hv, purchased_on=dt.date(2025, 5, 1), price=280000)
    Purchase.create(customer=hv, purchased_on=dt.date(2022, 5, 1), price=150000)
    Survey.create(customer=hv, overall="very_satisfied", repurchase="gt70", recommend="very_likely",
                  taken_at=dt.datetime(2025, 6, 1))
    car = Vehicle.create(owner=hv, plate="粤B12345")
    for on in (dt.date(2025, 9, 1), dt.date(2026, 2, 1), dt.date(2026, 2, 1)):  # two records, one visit day
        ServiceRecord.create(vehicle=car, customer=hv, kind="maintenance", service_date=on, mileage_km=1,
                             parts_cost=500)
    Lead.create(customer=pot, level="H", status="open")
    Interaction.create(customer=pot, channel="visit", at=dt.datetime(2026, 3, 1))
    Purchase.create(customer=lost, purchased_on=dt.date(2023, 1, 1), price=100000)
    Purchase.create(customer=other, purchased_on=dt.date(2025, 12, 1), price=100000)
    Lead.create(customer=other, level="T", status="defeated", defeat_reason="bought_elsewhere",
                defeat_decided_at=dt.datetime(2026, 1, 5))
    Complaint.create(customer=hv, status="resolved")
    yield manager, ids
    close_store()


def test_facts_are_aggregated_per_customer(store):
    _m, ids = store
    facts = gather_facts(list(ids.values()), TODAY)
    hv = facts[ids["高价值"]]
    assert (hv.purchases, hv.service_visits_12m, hv.open_complaints) == (2, 2, 0)
    assert hv.spend_3y_yuan == 280000 + 1500  # the 2022 purchase is older than 3 years
    assert hv.last_service_on == dt.date(2026, 2, 1) and hv.survey.satisfaction == "very_satisfied"
    assert facts[ids["潜在"]].open_lead_level.value == "H"
    assert facts[ids["潜在"]].last_visit_on == dt.date(2026, 3, 1)
    assert facts[ids["他店"]].bought_elsewhere_on == dt.date(2026, 1, 5)


def test_categories_and_details(store):
    manager, ids = store
    result = recompute_customers(manager, today=TODAY)
    assert result.customers == 5
    got = {name: get_customer(SYSTEM, cid).category for name, cid in ids.items()}
    assert got == {"高价值": "high_value", "潜在": "potential", "一般": "general", "流失": "lost", "他店": "lost"}
    detail = json.loads(get_customer(SYSTEM, ids["高价值"]).score_detail)
    assert detail["total"] == sum(p["points"] for p in detail["parts"]) == get_customer(SYSTEM, ids["高价值"]).value_score
    assert detail["reasons"] and detail["tier"] == "high"


def test_recompute_is_batched_and_writes_only_changes(store):
    manager, _ids = store
    recompute_customers(manager, today=TODAY)
    statements: list[str] = []
    real = db.obj.execute_sql

    def counting(sql, params=None, *a, **kw):
        statements.append(sql)
        return real(sql, params, *a, **kw)

    db.obj.execute_sql = counting
    try:
        progress: list[tuple[int, int]] = []
        result = recompute_customers(manager, today=TODAY, progress=lambda d, t: progress.append((d, t)))
    finally:
        db.obj.execute_sql = real
    assert result.changed == 0 and progress[-1] == (5, 5)
    # the one audit row is linked into the chain after its insert; no customer row is written
    assert not any(s.startswith("UPDATE") and not s.startswith('UPDATE "audit_log"') for s in statements)
    # per table, not per customer (PostgreSQL's writer and audit-chain locks are SELECTs too, not look-ups)
    assert len([s for s in statements if s.startswith("SELECT") and "pg_advisory" not in s]) < 20


def test_one_customer_only(store):
    manager, ids = store
    assert recompute_customers(manager, ids=[ids["潜在"]], today=TODAY).customers == 1
    assert get_customer(SYSTEM, ids["潜在"]).category == "potential"
    assert get_customer(SYSTEM, ids["高价值"]).category == "general"  # untouched default
