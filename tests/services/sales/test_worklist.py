"""The worklist's sections, its agreement with `dealerdesk due`, and snoozing from it."""
from __future__ import annotations

import datetime as dt
import io
import json
from contextlib import redirect_stdout

import pytest

from dealerdesk import cli
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import leads
from dealerdesk.domain import labels
from dealerdesk.services.sales.worklist import GROUP_OF, build_worklist, snooze_item, snooze_task, worklist_owners
from dealerdesk.store.models import Reminder, Vehicle
from tests.factories import TEST_PASSWORD, make_user

NOW = dt.datetime(2026, 10, 15, 10, 0)  # Thursday


@pytest.fixture
def day(store):
    """Leads of two consultants at known times: overdue, due today, upcoming, later; plus a reminder."""
    boss = make_user("boss", "王经理", "manager")
    li = make_user("li", "李顾问", "sales")
    zhao = make_user("zhao", "赵顾问", "sales")
    made = {}
    for name, owner, level, received in [
        ("过期C", li, "C", NOW - dt.timedelta(days=20)),   # C: 10–15 days → overdue since 10-11
        ("今天B", li, "B", NOW - dt.timedelta(days=5)),    # B: 5–7 → due today 09:00
        ("热H", li, "H", NOW - dt.timedelta(days=3)),      # H: 1–2 → overdue since 10-15 00:00
        ("下周A", li, "A", NOW),                           # A 3–5 from today: due 10-18
        ("以后C", li, "C", NOW),                           # due 10-25: beyond 7 days
        ("赵的B", zhao, "B", NOW - dt.timedelta(days=6)),  # due yesterday, overdue from 10-17
    ]:
        cid = create_customer(SYSTEM, CustomerInput(name=name, owner_id=owner.id)).id
        at = min(received, NOW)
        lead = leads.create_lead(owner, leads.LeadInput(customer_id=cid, level=level, received_at=at), at=at)
        made[name] = lead.id
    Reminder.create(kind="birthday", customer=cid, owner=zhao.id, due_at=NOW.replace(hour=0),
                    overdue_at=NOW.replace(hour=23, minute=59), dedupe_key="birthday:x:2026-10-15")
    return {"boss": boss, "li": li, "zhao": zhao, "leads": made}


def names(rows):
    return [w.item.customer_name for w in rows]


def test_sections_for_a_consultant(day):
    wl = build_worklist(day["li"], NOW)
    assert names(wl.overdue) == ["热H", "过期C"]  # H first
    assert [w.days_overdue for w in wl.overdue] == [1, 5]  # since 10-15 00:00; since 10-11 00:00
    assert names(wl.today) == ["今天B"]
    assert names(wl.upcoming) == ["下周A"]
    assert all(w.item.owner == "li" for w in wl.rows())


def test_manager_sees_everybody_and_can_filter(day):
    everybody = build_worklist(day["boss"], NOW)
    assert {w.item.owner for w in everybody.rows()} == {"li", "zhao"}
    assert "赵的B" in names(everybody.today) and "赵的B" in names(everybody.rows())
    only_zhao = build_worklist(day["boss"], NOW, owner_login="zhao")
    assert {w.item.owner for w in only_zhao.rows()} == {"zhao"}
    assert {w.item.kind for w in only_zhao.rows()} == {"follow_up", "birthday"}


@pytest.mark.parametrize("user", [None, "li", "zhao"])
def test_cli_due_agrees_with_the_worklist(day, store, user, capsys, monkeypatch):
    monkeypatch.setenv("DEALERDESK_PASSWORD", TEST_PASSWORD)  # boss logs in (tests.factories users)
    argv = ["--db", store.url, "--as", "boss", "due", "--at", NOW.isoformat(), "--json"]
    if user:
        argv += ["--user", user]
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert cli.main(argv) == 0
    printed = json.loads(buf.getvalue())
    listed = [(i["source"], i["item_id"]) for i in printed]
    wl = build_worklist(day["boss"], NOW, owner_login=user)
    assert listed == [(i.source, i.item_id) for i in wl.due_now()]
    assert len(set(listed)) == len(listed)  # each due thing once
    assert len({w.key for w in wl.rows()}) == len(wl.rows())


def test_delivered_lead_is_one_item_everywhere(day, store):
    lid = day["leads"]["今天B"]
    leads.change_level(day["li"], lid, "H", "要订车", at=NOW)
    leads.record_order(day["li"], lid, leads.OrderInput(model_id=None, price=100), at=NOW)
    leads.record_delivery(day["li"], lid, leads.DeliveryInput(vin="LSVAB2AB1CN000001"), at=NOW)
    rows = [w for w in build_worklist(day["li"], NOW).rows() if w.item.lead_id == lid]
    assert [(w.item.kind, w.section) for w in rows] == [("post_delivery_call", "today")]


def test_snooze_a_follow_up_and_a_reminder(day):
    wl = build_worklist(day["boss"], NOW)
    for row in wl.overdue + wl.today:
        snooze_item(day["boss"], row.item.source, row.item.item_id, NOW + dt.timedelta(hours=1), at=NOW)
    assert build_worklist(day["boss"], NOW).due_now() == []
    back = build_worklist(day["boss"], NOW + dt.timedelta(hours=1))
    assert len(back.due_now()) == len(wl.overdue + wl.today)


# --- issue 22: kinds of task, one row per customer and task, every owner, the manager's sums -------------------

def _reminder(kind, cid, owner, due_at, overdue_at, key, vehicle=None, detail="{}"):
    return Reminder.create(kind=kind, customer=cid, owner=owner.id, vehicle=vehicle, due_at=due_at,
                           overdue_at=overdue_at, dedupe_key=key, detail=detail)


@pytest.fixture
def service_day(day):
    """A service advisor's reminders: both insurances of one vehicle, an inspection 100 days overdue."""
    wu = make_user("wu", "吴服务", "service_advisor")
    cid = create_customer(SYSTEM, CustomerInput(name="车主甲", owner_id=day["li"].id)).id
    car = Vehicle.create(owner=cid, plate="粤B12345")
    for kind in ("insurance_compulsory", "insurance_commercial"):
        _reminder(kind, cid, wu, NOW - dt.timedelta(days=2), NOW + dt.timedelta(days=5), f"{kind}:v", car.id)
    _reminder("inspection", cid, wu, NOW - dt.timedelta(days=130), NOW - dt.timedelta(days=100), "inspection:v",
              car.id)
    _reminder("maintenance", cid, wu, NOW - dt.timedelta(days=3), NOW - dt.timedelta(days=1), "maintenance:v", car.id)
    return {**day, "wu": wu, "car": car, "owner_cid": cid}


def test_both_insurances_of_a_vehicle_are_one_row(service_day):
    wl = build_worklist(service_day["boss"], NOW)
    insurance = [w for w in wl.rows() if w.group == "insurance"]
    assert len(insurance) == 1
    assert insurance[0].kinds == ["insurance_compulsory", "insurance_commercial"]
    assert insurance[0].item.vehicle_id == service_day["car"].id
    # `due` still lists each due thing once: the row carries both
    assert sum(1 for i in wl.due_now() if i.kind.startswith("insurance_")) == 2


def test_an_inspection_long_overdue_is_not_a_task_any_more(service_day):
    wl = build_worklist(service_day["boss"], NOW)
    assert "inspection" not in {w.group for w in wl.rows()}  # 100 days overdue: past the planner's look-back
    assert "maintenance" in {w.group for w in wl.rows()}  # a day overdue: still to do


def test_rows_are_grouped_by_kind_of_task_with_counts(service_day):
    wl = build_worklist(service_day["boss"], NOW)
    assert wl.group_counts() == {"follow_up": 5, "maintenance": 1, "insurance": 1, "birthday": 1}
    only = build_worklist(service_day["boss"], NOW, group="insurance")
    assert [w.group for w in only.rows()] == ["insurance"]
    assert set(GROUP_OF) == set(labels.DUE_KIND) and set(GROUP_OF.values()) <= set(labels.WORKLIST_GROUP)


def test_service_staff_are_owners_to_filter_on(service_day):
    owners = worklist_owners(service_day["boss"])
    assert ("wu", "吴服务", "service_advisor") in owners
    assert {"li", "zhao", "boss"} <= {login for login, _n, _r in owners}
    mine = build_worklist(service_day["boss"], NOW, owner_login="wu")
    assert {w.item.owner for w in mine.rows()} == {"wu"} and len(mine.rows()) == 2
    assert [login for login, _n, _r in worklist_owners(service_day["li"])] == ["li"]  # a consultant: themself


def test_manager_sums_per_person(service_day):
    wl = build_worklist(service_day["boss"], NOW)
    sums = {s.login: s for s in wl.by_owner(worklist_owners(service_day["boss"]))}
    assert (sums["li"].overdue, sums["li"].today, sums["li"].upcoming) == (2, 1, 1)
    assert sums["wu"].by_group == {"insurance": 1, "maintenance": 1} and sums["wu"].overdue == 1
    assert sums["boss"].total == 0  # nobody's items: listed, at zero
    assert sum(s.total for s in sums.values()) == len(wl.rows())


def test_snoozing_a_row_snoozes_both_insurances(service_day):
    row = next(w for w in build_worklist(service_day["boss"], NOW).rows() if w.group == "insurance")
    snooze_task(service_day["boss"], row, NOW + dt.timedelta(hours=2), at=NOW)
    assert not [w for w in build_worklist(service_day["boss"], NOW).rows() if w.group == "insurance"]


def test_cli_due_still_lists_both_insurances_in_its_order(service_day, store, monkeypatch):
    monkeypatch.setenv("DEALERDESK_PASSWORD", TEST_PASSWORD)
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert cli.main(["--db", store.url, "--as", "boss", "due", "--at", NOW.isoformat(), "--json"]) == 0
    listed = [(i["source"], i["item_id"]) for i in json.loads(buf.getvalue())]
    wl = build_worklist(service_day["boss"], NOW)
    assert listed == [(i.source, i.item_id) for i in wl.due_now()]
    assert len(wl.due_now()) == len(wl.overdue + wl.today) + 1  # the insurance row carries two items
