"""The customer list service: filters, stable paging from both ends, one page of rows with its flags."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers import listing as cl
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store import keys
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Complaint, Customer, FollowUp, Lead, Survey, Vehicle
from tests.factories import make_user

NOW = dt.datetime(2026, 10, 15, 10, 0)
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴丽", "徐强", "孙悦"]


@pytest.fixture()
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    sales = make_user("li", "李顾问", "sales")
    ids = []
    for i, name in enumerate(NAMES):
        city = "广州" if i % 2 else "深圳"
        detail = create_customer(SYSTEM, CustomerInput(name=name, phones=[f"1380013{i:04d}"], city=city,
                                                       source="walk_in" if i % 3 else "online",
                                                       owner_id=sales.id if i < 4 else None))
        ids.append(detail.id)
    for i, cid in enumerate(ids):  # distinct, known activity times
        Customer.update(last_activity_at=NOW - dt.timedelta(days=i), value_score=i * 7,
                        category="lost" if i == 5 else "general").where(Customer.id == cid).execute()
    lead = Lead.create(customer=ids[0], level="H", status="open", owner=sales.id)
    Lead.create(customer=ids[0], level="C", status="open")
    FollowUp.create(lead=lead, customer=ids[0], due_at=NOW - dt.timedelta(days=3),
                    overdue_at=NOW - dt.timedelta(days=1))
    Complaint.create(customer=ids[1], status="open", resolve_due=NOW - dt.timedelta(hours=1))
    Survey.create(customer=ids[2], overall="very_satisfied", taken_at=NOW - dt.timedelta(days=2))
    car = Vehicle.create(owner=ids[2], plate="粤B12345", vin="LSVAB2AB1CN000001")
    keys.reindex_vehicles([car.id])
    yield {"ids": ids, "sales": sales}
    close_store()


def test_count_and_filters(store):
    assert cl.count(SYSTEM, cl.CustomerFilter()) == len(NAMES)
    assert cl.count(SYSTEM, cl.CustomerFilter(city="广州")) == len(NAMES) // 2
    assert cl.count(SYSTEM, cl.CustomerFilter(owner_id=store["sales"].id)) == 4
    assert cl.count(SYSTEM, cl.CustomerFilter(category="lost")) == 1
    assert cl.count(SYSTEM, cl.CustomerFilter(lead_level="H")) == 1
    assert cl.count(SYSTEM, cl.CustomerFilter(has_overdue_follow_up=True, now=NOW)) == 1
    assert cl.count(SYSTEM, cl.CustomerFilter(open_complaint=True)) == 1
    assert cl.ids(SYSTEM, cl.CustomerFilter(text="王芳")) == [store["ids"][1]]
    assert cl.ids(SYSTEM, cl.CustomerFilter(text="B12345")) == [store["ids"][2]]


def test_archived_hidden_unless_asked(store):
    Customer.update(archived=True).where(Customer.id == store["ids"][3]).execute()
    assert cl.count(SYSTEM, cl.CustomerFilter()) == len(NAMES) - 1
    assert cl.count(SYSTEM, cl.CustomerFilter(include_archived=True)) == len(NAMES)


@pytest.mark.parametrize("key", sorted(cl.SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_cover_everything_once_from_either_end(store, key, descending):
    flt = cl.CustomerFilter()
    total = cl.count(SYSTEM, flt)
    whole = cl.ids(SYSTEM, flt, key, descending, 0, 100)
    paged = []
    for offset in range(0, total, 5):
        paged += cl.ids(SYSTEM, flt, key, descending, offset, 5, total=total)
    assert paged == whole
    assert sorted(whole) == sorted(store["ids"])


def test_sort_orders(store):
    flt = cl.CustomerFilter()
    recent = cl.ids(SYSTEM, flt, "last_activity_at", True, 0, 3)
    assert recent == store["ids"][:3]
    by_score = cl.ids(SYSTEM, flt, "value_score", True, 0, 2)
    assert by_score == [store["ids"][-1], store["ids"][-2]]
    names = [r.name for r in cl.rows(SYSTEM, cl.ids(SYSTEM, flt, "name", False, 0, 100))]
    assert names == sorted(names)


def test_unknown_sort_key_is_refused(store):
    with pytest.raises(ValueError):
        cl.ids(SYSTEM, cl.CustomerFilter(), "phone", False, 0, 10)


def test_rows_carry_flags_in_page_order(store):
    ids = store["ids"]
    page = cl.rows(SYSTEM, [ids[2], ids[0], ids[1], ids[5]], now=NOW)
    assert [r.id for r in page] == [ids[2], ids[0], ids[1], ids[5]]
    satisfied, hot, complained, lost = page
    assert hot.lead_level == "H" and hot.overdue and hot.needs_attention
    assert hot.next_follow_up_at == NOW - dt.timedelta(days=3)
    assert hot.owner_name == "李顾问"
    assert complained.open_complaint and complained.complaint_overdue
    assert satisfied.satisfied is True and satisfied.plates == ("粤B12345",)
    assert lost.category == "lost" and lost.satisfied is None and not lost.needs_attention


def test_phones_masked_for_roles_that_may_not_see_them(store):
    from dealerdesk.services.settings import set_setting

    desk = make_user("qian", "前台小钱", "front_desk")
    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])
    visible = cl.rows(SYSTEM, store["ids"][:1])[0].phone
    masked = cl.rows(desk, store["ids"][:1])[0].phone
    assert visible == "13800130000"
    assert masked == "138****0000"


def test_filter_options(store):
    opts = cl.filter_options(SYSTEM)
    assert opts.owners == [(store["sales"].id, "李顾问")]
    assert opts.cities == sorted(["广州", "深圳"])
    assert "walk_in" in opts.sources


@pytest.mark.parametrize("first_due, responded, escalated, late", [
    (NOW - dt.timedelta(hours=2), None, None, True),          # first response missed
    (NOW - dt.timedelta(hours=2), NOW - dt.timedelta(hours=3), None, False),  # answered in time
    (NOW + dt.timedelta(hours=2), None, None, False),        # still within the first-response window
    (NOW + dt.timedelta(hours=2), None, NOW - dt.timedelta(hours=1), True),  # escalated to the manager
])
def test_complaint_turns_the_row_red_when_any_deadline_is_missed(store, first_due, responded, escalated, late):
    cid = create_customer(SYSTEM, CustomerInput(name="投诉人", phones=["13900009999"])).id
    Complaint.create(customer=cid, status="open", first_response_due=first_due, first_responded_at=responded,
                     escalated_at=escalated, resolve_due=NOW + dt.timedelta(days=5))
    (row,) = cl.rows(SYSTEM, [cid], now=NOW)
    assert row.open_complaint and row.complaint_overdue is late
