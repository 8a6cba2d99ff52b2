"""Live duplicate detection: each rule finds what it names, half-typed input is ignored, 撞单 is flagged."""
from __future__ import annotations

import pytest

from dealerdesk.services.auth import SYSTEM, Actor
from dealerdesk.services.customers.duplicates import NAME_PHONE_TAIL, PHONE, PLATE, VIN, find_duplicates
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store import keys
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer, Vehicle
from tests.factories import make_user

VIN_A = "LSVAB2AB1CN000001"


@pytest.fixture()
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    li = make_user("li", "李顾问", "sales")
    wang = make_user("wang", "王顾问", "sales")
    desk = make_user("desk", "前台小周", "front_desk")
    zhang = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], owner_id=li.id))
    liu = create_customer(SYSTEM, CustomerInput(name="刘洋", phones=["010-62345678"], owner_id=wang.id))
    car = Vehicle.create(owner=liu.id, plate="粤B12345", vin=VIN_A)
    keys.reindex_vehicles([car.id])
    yield {"li": li, "wang": wang, "desk": desk, "zhang": zhang.id, "liu": liu.id}
    close_store()


@pytest.mark.parametrize("name, phones, plates, vins, expected", [
    ("", ["138 0013 8000"], [], [], ("zhang", PHONE)),            # same phone, typed with spaces
    ("", ["+86 10 6234 5678"], [], [], ("liu", PHONE)),            # landline in another notation
    ("张伟", ["13900008000"], [], [], ("zhang", NAME_PHONE_TAIL)),  # same name, same last 4 digits
    ("", [], ["粤b 12345"], [], ("liu", PLATE)),
    ("", [], [], [VIN_A.lower()], ("liu", VIN)),
])
def test_each_rule_finds_its_match(store, name, phones, plates, vins, expected):
    matches = find_duplicates(store["li"], name, phones, plates, vins)
    assert [(m.customer_id, m.reason) for m in matches] == [(store[expected[0]], expected[1])]


def test_no_match_and_half_typed_input(store):
    assert find_duplicates(store["li"], "张伟", ["1390000"], ["粤B1"], ["LSVAB"]) == []
    assert find_duplicates(store["li"], "张伟", ["13900001111"], [], []) == []  # same name, other tail
    assert find_duplicates(store["li"], "王芳", ["13900008000"], [], []) == []  # same tail, other name


def test_strongest_reason_wins_and_exclude(store):
    matches = find_duplicates(store["li"], "张伟", ["13800138000"], [], [])
    assert [(m.customer_id, m.reason) for m in matches] == [(store["zhang"], PHONE)]
    assert find_duplicates(store["li"], "张伟", ["13800138000"], [], [], exclude_id=store["zhang"]) == []


def test_other_consultant_is_flagged(store):
    mine = find_duplicates(store["li"], "", ["13800138000"], [], [])[0]
    assert not mine.other_owner and mine.owner_login == "li" and mine.owner_name == "李顾问"
    theirs = find_duplicates(store["li"], "", ["010-62345678"], [], [])[0]
    assert theirs.other_owner and theirs.owner_name == "王顾问"
    # front desk registering for consultant li: relative to the intended owner
    assert find_duplicates(store["desk"], "", ["010-62345678"], [], [], owner_id=store["li"].id)[0].other_owner


def test_phone_is_masked_for_roles_that_may_not_see_it(store):
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.settings import set_setting

    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])
    assert find_duplicates(store["li"], "", ["13800138000"], [], [])[0].detail == "13800138000"
    assert find_duplicates(store["desk"], "", ["13800138000"], [], [])[0].detail == "138****8000"


def test_archived_customers_are_not_offered(store):
    Customer.update(archived=True).where(Customer.id == store["zhang"]).execute()
    assert find_duplicates(store["li"], "", ["13800138000"], [], []) == []


@pytest.mark.sqlite_only("reads SQLite's EXPLAIN QUERY PLAN")
def test_uses_indexes_not_scans(store):
    from dealerdesk.store.db import db

    plans = []
    real = db.obj.execute_sql

    def spy(sql, params=None, *a, **k):
        if sql.lstrip().upper().startswith("SELECT"):
            plans.extend(r[-1] for r in real("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        return real(sql, params, *a, **k)

    db.obj.execute_sql = spy
    try:
        find_duplicates(Actor(None, "system", "admin"), "张伟", ["13800138000"], ["粤B12345"], [VIN_A])
    finally:
        db.obj.execute_sql = real
    scans = [p for p in plans if p.startswith("SCAN") and "USING" not in p]
    assert plans and not scans, scans
