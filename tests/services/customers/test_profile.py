"""The profile read model: every tab's rows for one customer, names joined, score parts explained."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.profile import load_profile
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.db import close_store, db, open_store
from dealerdesk.store.models import (
    Complaint,
    Customer,
    Interaction,
    Lead,
    LevelChange,
    Purchase,
    ServiceRecord,
    Survey,
    Vehicle,
    VehicleModel,
)

from tests.factories import make_user

TODAY = dt.date(2026, 10, 15)
T = dt.datetime(2026, 10, 1, 10, 0)


@pytest.fixture()
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    li = make_user("li", "李顾问", "sales")
    desk = make_user("desk", "前台小周", "front_desk")
    c = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], owner_id=li.id,
                                              income_level="high"))
    other = create_customer(SYSTEM, CustomerInput(name="王芳", phones=["13900139000"]))
    model = VehicleModel.create(brand="比亚迪", name="汉EV")
    lead = Lead.create(customer=c.id, level="A", owner=li.id, model=model, received_at=T)
    LevelChange.create(lead=lead, from_level="B", to_level="A", changed_by=li.id, reason="预算确定", changed_at=T)
    Interaction.create(customer=c.id, lead=lead, user=li.id, channel="visit", at=T, content="看车")
    Interaction.create(customer=other.id, channel="phone", at=T)
    car = Vehicle.create(owner=c.id, plate="粤B12345", vin="LSVAB2AB1CN000001", model=model)
    ServiceRecord.create(vehicle=car, customer=c.id, kind="maintenance", service_date=dt.date(2026, 9, 1),
                         parts_cost=300, labour_cost=200, advisor=desk.id)
    Purchase.create(customer=c.id, vehicle=car, purchased_on=dt.date(2025, 5, 1), price=250000, model_name="汉EV")
    Complaint.create(customer=c.id, status="open", owner=desk.id, content="等待太久")
    Survey.create(customer=c.id, overall="very_satisfied", repurchase="gt70", recommend="maybe", taken_at=T)
    create_customer(SYSTEM, CustomerInput(name="推荐来的", referred_by_id=c.id))
    yield {"c": c.id, "li": li, "desk": desk}
    close_store()


def test_every_tab_has_its_rows_with_names(store):
    p = load_profile(store["li"], store["c"], today=TODAY)
    assert p.customer.name == "张伟" and p.customer.phones == ["13800138000"]
    assert [(r.level, r.model, r.owner_name) for r in p.leads] == [("A", "汉EV", "李顾问")]
    assert [(r.from_level, r.to_level, r.by_name, r.reason) for r in p.level_changes] == [("B", "A", "李顾问", "预算确定")]
    assert [(r.channel, r.user_name, r.content) for r in p.interactions] == [("visit", "李顾问", "看车")]
    assert [(v.plate, v.model) for v in p.vehicles] == [("粤B12345", "汉EV")]
    assert [(s.plate, s.cost, s.advisor_name) for s in p.services] == [("粤B12345", 500, "前台小周")]
    assert [(r.model_name, r.plate) for r in p.purchases] == [("汉EV", "粤B12345")]
    assert [(r.status, r.owner_name) for r in p.complaints] == [("open", "前台小周")]
    assert [r.overall for r in p.surveys] == ["very_satisfied"]
    assert p.referrals == 1


def test_phones_masked_for_front_desk(store):
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.settings import set_setting

    assert load_profile(store["desk"], store["c"], today=TODAY).customer.phones == ["13800138000"]  # default
    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])
    assert load_profile(store["desk"], store["c"], today=TODAY).customer.phones == ["138****8000"]


def test_live_score_parts_add_up_and_explain(store):
    score = load_profile(store["li"], store["c"], today=TODAY).score
    assert score.live
    assert sum(p.points for p in score.parts) == score.total
    parts = {p.label: p.points for p in score.parts}
    # 1 purchase 10; spend 250k → 8; 1 visit → 2; income high 6; 1 referral 5; lead A 10;
    # very satisfied 10, >70% 10, maybe 5; one open complaint -5
    assert parts == {"购车次数": 10, "近3年消费": 8, "近12个月进厂": 2, "收入水平": 6, "转介绍": 5, "在跟线索": 10,
                     "满意度": 10, "复购可能性": 10, "推荐意愿": 5, "未结投诉": -5}
    assert score.total == 61 and score.tier == "high" and score.category == "high_value"
    assert score.reasons


def test_stored_score_detail_is_shown(store):
    detail = {"total": 42, "parts": [{"label": "购车次数", "points": 20, "max": 20, "detail": "2 次购车"}],
              "reasons": ["价值分 42"]}
    Customer.update(score_detail=json.dumps(detail), value_score=42, tier="mid").where(
        Customer.id == store["c"]).execute()
    score = load_profile(store["li"], store["c"], today=TODAY).score
    assert not score.live and score.total == 42 and score.tier == "mid"
    assert [(p.label, p.points, p.detail) for p in score.parts] == [("购车次数", 20, "2 次购车")]
    assert score.reasons == ["价值分 42"]


def test_query_count_does_not_grow_with_history(store):
    for _ in range(30):
        Interaction.create(customer=store["c"], user=store["li"].id, channel="phone", at=T)
        Lead.create(customer=store["c"], level="C", owner=store["desk"].id)
    counter = {"n": 0}
    real = db.obj.execute_sql

    def count(sql, *a, **k):
        counter["n"] += 1
        return real(sql, *a, **k)

    db.obj.execute_sql = count
    try:
        load_profile(store["li"], store["c"], today=TODAY)
    finally:
        db.obj.execute_sql = real
    # a fixed number whatever the history; the role, ownership and phone-masking checks take about five
    assert counter["n"] <= 24, counter["n"]
