"""Merging two customers moves every related row, applies the user's field choices, and undoes exactly."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.merge import MOVED, merge_candidates, merge_customers, undo_merge
from dealerdesk.services.customers.records import CustomerInput, create_customer, update_customer
from dealerdesk.services.search import search_customers
from dealerdesk.store import keys
from dealerdesk.store.db import close_store, db, open_store
from dealerdesk.store.models import (
    AuditLog,
    Complaint,
    ContactPerson,
    Customer,
    CustomerPhone,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    OwnershipTransfer,
    Purchase,
    Reminder,
    SalesOrder,
    ServiceRecord,
    Survey,
    Vehicle,
)

from tests.factories import make_user

T = dt.datetime(2026, 3, 1, 10, 0)


def give_history(cid: int, other: int, tag: str) -> None:
    """One row in every table with a customer link (so a missed table shows up as a failure)."""
    car = Vehicle.create(owner=cid, plate=f"粤B{tag}", vin=None)
    OwnershipTransfer.create(vehicle=car, from_customer=cid, to_customer=other)
    OwnershipTransfer.create(vehicle=car, from_customer=other, to_customer=cid)
    ContactPerson.create(customer=cid, name="联系人" + tag)
    lead = Lead.create(customer=cid, level="H")
    Interaction.create(customer=cid, lead=lead, channel="visit", at=T)
    FollowUp.create(lead=lead, customer=cid, due_at=T, overdue_at=T)
    order = SalesOrder.create(lead=lead, customer=cid)
    Purchase.create(customer=cid, order=order, vehicle=car, purchased_on=T.date(), price=150000)
    Delivery.create(order=order, lead=lead, customer=cid, vehicle=car)
    ServiceRecord.create(vehicle=car, customer=cid, kind="maintenance", service_date=T.date())
    Complaint.create(customer=cid)
    Survey.create(customer=cid, overall="satisfied")
    Reminder.create(kind="birthday", customer=cid, due_at=T, overdue_at=T, dedupe_key=f"bd:{cid}")
    keys.reindex_vehicles([car.id])


@pytest.fixture()
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    li = make_user("li", "李顾问", "sales")
    wang = make_user("wang", "王顾问", "sales")
    a = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], city="深圳", owner_id=li.id))
    b = create_customer(SYSTEM, CustomerInput(name="张 伟 ", phones=["13800138000", "13911112222"], city="",
                                              email="zw@example.com", owner_id=wang.id, occupation="教师"))
    c = create_customer(SYSTEM, CustomerInput(name="推荐人", referred_by_id=b.id))
    give_history(a.id, c.id, "11111")
    give_history(b.id, c.id, "22222")
    yield {"a": a.id, "b": b.id, "c": c.id, "li": li, "wang": wang}
    close_store()


def snapshot() -> dict:
    """Every customer link of every related row, and the customers' own columns and phones."""
    state = {}
    for table, (model, column) in MOVED.items():
        state[table] = sorted(model.select(model.id, getattr(model, column)).tuples())
    state["customers"] = sorted(
        (c.id, c.name, c.city, c.email, c.owner_id, c.occupation, c.archived, c.merged_into_id, c.referred_by_id)
        for c in Customer.select())
    state["phones"] = sorted(CustomerPhone.select(CustomerPhone.id, CustomerPhone.customer, CustomerPhone.phone,
                                                  CustomerPhone.is_primary).tuples())
    return state


def test_merge_moves_every_related_row(store):
    a, b = store["a"], store["b"]
    result = merge_customers(SYSTEM, a, b, {"email": b, "name": a})
    for table, (model, column) in MOVED.items():
        if table == "earlier_merges":
            continue
        linked = model.select().where(getattr(model, column) == b).count()
        assert linked == 0, table
    assert Vehicle.select().where(Vehicle.owner == a).count() == 2
    assert Customer.get_by_id(store["c"]).referred_by_id == a
    merged = Customer.get_by_id(b)
    assert merged.archived and merged.merged_into_id == a
    assert result.moved["leads"] == 1 and result.moved["vehicles"] == 1
    assert result.merge_id == AuditLog.select().where(AuditLog.action == "customer.merge").get().id


def test_field_choices_and_defaults(store):
    a, b = store["a"], store["b"]
    merge_customers(SYSTEM, a, b, {"email": b, "owner": a, "city": b})
    s = Customer.get_by_id(a)
    assert s.email == "zw@example.com"          # chosen from the other
    assert s.owner_id == store["li"].id          # chosen: the survivor's
    assert s.city == ""                          # chosen from the other even though it is empty
    assert s.occupation == "教师"                 # not chosen, survivor empty → the other's value
    assert s.name == "张伟"


def test_phones_united_without_duplicates_and_one_primary(store):
    a, b = store["a"], store["b"]
    merge_customers(SYSTEM, a, b, {})
    rows = list(CustomerPhone.select().where(CustomerPhone.customer == a).order_by(CustomerPhone.id))
    assert [p.phone for p in rows] == ["13800138000", "13911112222"]
    assert [p.is_primary for p in rows] == [True, False]


def test_search_keys_follow_the_merge(store):
    a, b = store["a"], store["b"]
    merge_customers(SYSTEM, a, b, {})
    assert [h.id for h in search_customers(SYSTEM, "13911112222")] == [a]
    assert [h.id for h in search_customers(SYSTEM, "粤B22222")] == [a]


def test_audit_detail_has_ids_and_no_phone_in_clear(store):
    a, b = store["a"], store["b"]
    merge_customers(SYSTEM, a, b, {"email": b})
    detail = AuditLog.select().where(AuditLog.action == "customer.merge").get().detail
    data = json.loads(detail)
    assert data["moved"]["leads"] and data["survivor_old"] == {"email": "", "occupation": ""}
    assert "13800138000" not in detail and "13911112222" not in detail


def test_undo_restores_exactly(store):
    a, b = store["a"], store["b"]
    before = snapshot()
    result = merge_customers(SYSTEM, a, b, {"email": b, "name": b, "owner": b})
    assert snapshot() != before
    undo_merge(SYSTEM, result.merge_id)
    assert snapshot() == before
    assert [h.id for h in search_customers(SYSTEM, "13911112222")] == [b]
    assert [h.id for h in search_customers(SYSTEM, "粤B22222")] == [b]
    with pytest.raises(Conflict):
        undo_merge(SYSTEM, result.merge_id)


def test_undo_refused_after_later_edit(store):
    a, b = store["a"], store["b"]
    result = merge_customers(SYSTEM, a, b, {})
    current = Customer.get_by_id(a)
    update_customer(SYSTEM, a, CustomerInput(name="张伟伟", phones=["13800138000"]),
                    expected_version=current.version)
    with pytest.raises(Conflict):
        undo_merge(SYSTEM, result.merge_id)


def test_merge_is_one_transaction(store, monkeypatch):
    a, b = store["a"], store["b"]
    before = snapshot()
    from dealerdesk.services.customers import merge as merge_mod

    def boom(ids):
        raise RuntimeError("disk full")

    monkeypatch.setattr(merge_mod.keys, "reindex_vehicles", boom)
    with pytest.raises(RuntimeError):
        merge_customers(SYSTEM, a, b, {})
    assert snapshot() == before
    assert not db.in_transaction()


@pytest.mark.parametrize("survivor, other, choices, error", [
    ("a", "a", {}, InvalidInput),
    ("a", "b", {"shoe_size": "a"}, InvalidInput),
    ("a", "b", {"email": "c"}, InvalidInput),
])
def test_bad_requests(store, survivor, other, choices, error):
    with pytest.raises(error):
        merge_customers(SYSTEM, store[survivor], store[other], {k: store[v] for k, v in choices.items()})


def test_twice_merged_and_permissions(store):
    merge_customers(SYSTEM, store["a"], store["b"], {})
    with pytest.raises(Conflict):
        merge_customers(SYSTEM, store["c"], store["b"], {})
    with pytest.raises(PermissionDenied):
        merge_customers(store["li"], store["a"], store["c"], {})


def test_candidates_show_both_values(store):
    rows = {c.field: c for c in merge_candidates(SYSTEM, store["a"], store["b"])}
    assert rows["city"].survivor_value == "深圳" and rows["city"].other_value == ""
    assert rows["owner"].survivor_value == "李顾问" and rows["owner"].other_value == "王顾问"
    assert rows["owner"].differs and not rows["gender"].differs
