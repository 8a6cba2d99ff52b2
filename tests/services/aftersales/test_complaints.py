"""Complaints: deadlines from settings, enforced status transitions, escalation to a manager, red in the list."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.services.aftersales import complaints as cs
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers import listing as cl
from dealerdesk.services.customers.records import CustomerInput, create_customer, get_customer
from dealerdesk.services.settings import set_setting
from dealerdesk.store.models import Reminder
from tests.factories import make_user

T0 = dt.datetime(2026, 2, 27, 16, 30)


@pytest.fixture()
def store(tmp_path, store_target):
    from dealerdesk.store.db import close_store, open_store

    open_store(store_target, create=True)
    desk = make_user("desk", "前台小周", "front_desk")
    manager = make_user("boss", "赵经理", "manager")
    cid = create_customer(SYSTEM, CustomerInput(name="张伟")).id
    yield desk, manager, cid
    close_store()


def _new(desk, cid, at=T0):
    return cs.create_complaint(desk, cs.ComplaintInput(cid, "保养后异响未解决", channel="phone",
                                                       category="service_quality"), now=at)


def _open_deadlines():
    return list(Reminder.select().where(Reminder.kind == "complaint_deadline", Reminder.status == "open"))


def test_deadlines_come_from_the_settings(store):
    desk, _m, cid = store
    c = _new(desk, cid)
    assert c.first_response_due == T0 + dt.timedelta(hours=24)
    assert c.resolve_due == dt.datetime(2026, 3, 6, 16, 30)  # across the February month end
    set_setting(SYSTEM, "complaint.first_response_hours", 4)
    set_setting(SYSTEM, "complaint.resolution_days", 3)
    c = _new(desk, cid)
    assert (c.first_response_due, c.resolve_due) == (T0 + dt.timedelta(hours=4), T0 + dt.timedelta(days=3))


def test_owner_reminder_follows_the_stage(store):
    desk, _m, cid = store
    c = _new(desk, cid)
    [r] = _open_deadlines()
    assert (r.owner_id, r.overdue_at) == (desk.id, c.first_response_due)
    cs.change_status(desk, c.id, "in_progress", now=T0 + dt.timedelta(hours=2))
    [r] = _open_deadlines()
    assert r.overdue_at == c.resolve_due and '"stage": "resolution"' in r.detail


@pytest.mark.parametrize(("path", "bad"), [
    ([], "resolved"), ([], "closed"), (["in_progress"], "closed"), (["in_progress"], "open"),
    (["in_progress", "resolved", "closed"], "in_progress"),
])
def test_transitions_are_enforced(store, path, bad):
    desk, _m, cid = store
    c = _new(desk, cid)
    for step in path:
        cs.change_status(desk, c.id, step, resolution="更换衬套", now=T0 + dt.timedelta(hours=1))
    with pytest.raises(Conflict):
        cs.change_status(desk, c.id, bad, resolution="x", now=T0 + dt.timedelta(hours=2))


def test_resolving_needs_a_resolution_and_closing_ends_the_reminders(store):
    desk, _m, cid = store
    c = _new(desk, cid)
    cs.change_status(desk, c.id, "in_progress", now=T0 + dt.timedelta(hours=1))
    with pytest.raises(InvalidInput) as err:
        cs.change_status(desk, c.id, "resolved", now=T0 + dt.timedelta(hours=5))
    assert err.value.field == "resolution"
    done = cs.change_status(desk, c.id, "resolved", resolution="更换衬套，客户试车确认", now=T0 + dt.timedelta(hours=5))
    assert done.hours_to_resolve == 5.0
    closed = cs.change_status(desk, c.id, "closed", now=T0 + dt.timedelta(hours=6))
    assert closed.status == "closed" and closed.closed_at == T0 + dt.timedelta(hours=6)
    assert _open_deadlines() == []


def test_overdue_complaints_escalate_once_to_a_manager_and_show_red(store):
    desk, manager, cid = store
    c = _new(desk, cid)
    assert cs.escalate_overdue(desk, T0 + dt.timedelta(hours=23)) == []
    late = T0 + dt.timedelta(hours=25)
    assert cs.escalate_overdue(desk, late) == [c.id]
    assert cs.escalate_overdue(desk, late + dt.timedelta(hours=1)) == []  # once
    assert cs.get_complaint(desk, c.id).escalated_at == late
    assert cs.get_complaint(desk, c.id).is_overdue(late)
    escalated = [r for r in _open_deadlines() if r.owner_id == manager.id]
    assert len(escalated) == 1 and escalated[0].customer_id == cid
    # the customer list colours a customer whose open complaint is past its resolution deadline
    [row] = cl.rows(SYSTEM, [cid], now=T0 + dt.timedelta(days=8))
    assert row.complaint_overdue and row.needs_attention


def test_an_open_complaint_lowers_the_value_score(store):
    desk, _m, cid = store
    from dealerdesk.services.aftersales.surveys import SurveyInput, record_survey

    record_survey(desk, SurveyInput(cid, "very_satisfied"), now=T0)
    before = get_customer(SYSTEM, cid).value_score
    c = _new(desk, cid)
    assert get_customer(SYSTEM, cid).value_score == before - 5
    for step in ("in_progress", "resolved"):
        cs.change_status(desk, c.id, step, resolution="已处理", now=T0 + dt.timedelta(hours=3))
    assert get_customer(SYSTEM, cid).value_score == before
