"""The one "after a change" step (services/derived.py): re-score, re-plan where asked, mark what changed."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.services import changes, derived
from dealerdesk.services.aftersales.complaints import ComplaintInput, create_complaint
from dealerdesk.services.aftersales.surveys import SurveyInput, record_survey
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer, get_customer
from dealerdesk.store.db import db
from dealerdesk.store.models import Purchase, Reminder, Vehicle
from tests.factories import make_user

NOW = dt.datetime(2026, 3, 10, 10, 0)


@pytest.fixture()
def desk(store):
    return make_user("desk", "前台小周", "front_desk")


def _customer() -> int:
    return create_customer(SYSTEM, CustomerInput(name="张伟", income_level="very_high")).id


def test_a_survey_rescores_the_customer_and_the_recording_shows_customer_and_due(desk):
    cid = _customer()
    Purchase.create(customer=cid, purchased_on=dt.date(2025, 6, 1), price=300000)
    Purchase.create(customer=cid, purchased_on=dt.date(2023, 6, 1), price=200000)
    before = get_customer(SYSTEM, cid).value_score
    with changes.recording() as changed:
        record_survey(desk, SurveyInput(cid, "very_satisfied", repurchase="gt70", recommend="very_likely"),
                      now=NOW)
    assert get_customer(SYSTEM, cid).value_score > before
    assert changed.customers and changed.due and not changed.settings
    assert changed.customer_ids == {cid}


def test_a_complaint_marks_its_customer(desk):
    cid = _customer()
    with changes.recording() as changed:
        create_complaint(desk, ComplaintInput(customer_id=cid, content="保养后异响", channel="phone",
                                              category="service_quality"), now=NOW)
    assert changed.customers and changed.due and cid in changed.customer_ids


def test_replan_plans_the_customers_reminders_and_plain_refresh_does_not(desk):
    cid = _customer()
    with db.atomic():  # a vehicle written behind the services' back: nothing derived from it yet
        Vehicle.create(plate="粤B12345", owner=cid, insurance_compulsory_until=dt.date(2026, 3, 31),
                       created_at=NOW, updated_at=NOW)
    today = dt.date(2026, 3, 5)
    derived.refresh_customer(cid, today=today)
    assert not Reminder.select().where(Reminder.kind == "insurance_compulsory").exists()
    marked = derived.refresh_customer(cid, today=today, replan=True)
    assert Reminder.select().where(Reminder.kind == "insurance_compulsory", Reminder.customer == cid).exists()
    assert marked.customers and marked.due and marked.customer_ids == {cid}


def test_a_vehicle_transfer_refreshes_both_customers_and_no_owner_changes_nothing(desk):
    a, b = _customer(), _customer()
    advisor = make_user("sa", "服务顾问小陈", "service_advisor")  # vehicles are the advisor's
    with changes.recording() as changed:
        create_vehicle(advisor, VehicleInput(plate="粤B54321", owner_id=a), today=dt.date(2026, 3, 5))
    assert changed.customer_ids == {a}
    marked = derived.refresh_customers([a, None, b, a], today=dt.date(2026, 3, 5))
    assert marked.customer_ids == {a, b}
    assert not derived.refresh_customers([None], today=dt.date(2026, 3, 5))
