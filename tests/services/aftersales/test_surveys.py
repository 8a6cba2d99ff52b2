"""Satisfaction surveys: validated levels, fulfil the survey reminder, feed loyalty and the category."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.surveys import SurveyInput, list_surveys, record_survey
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer, get_customer
from dealerdesk.store.models import Purchase, Reminder
from tests.factories import make_user

NOW = dt.datetime(2026, 3, 10, 10, 0)


@pytest.fixture()
def store(tmp_path, store_target):
    from dealerdesk.store.db import close_store, open_store

    open_store(store_target, create=True)
    desk = make_user("desk", "前台小周", "front_desk")
    cid = create_customer(SYSTEM, CustomerInput(name="张伟", income_level="very_high", consent=True)).id
    yield desk, cid
    close_store()


@pytest.mark.parametrize(("field", "value"), [
    ("overall", ""), ("overall", "great"), ("product_quality", "ok"), ("repurchase", "50"),
    ("recommend", "yes"), ("channel", "fax"),
])
def test_levels_are_validated(store, field, value):
    desk, cid = store
    data = SurveyInput(cid, "satisfied")
    setattr(data, field, value)
    with pytest.raises(InvalidInput) as err:
        record_survey(desk, data, now=NOW)
    assert err.value.field == field


def test_survey_after_a_visit_fulfils_its_reminder(store):
    desk, cid = store
    advisor = make_user("wang", "王顾问", "service_advisor")
    car = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=cid), today=NOW.date())
    record = add_service_record(advisor, ServiceRecordInput(car.id, "repair", dt.date(2026, 3, 1), 100),
                                today=NOW.date())
    survey = record_survey(desk, SurveyInput(cid, "satisfied", service_record_id=record.id, channel="link",
                                             comments="师傅很专业"), now=NOW)
    assert Reminder.get(Reminder.kind == "survey").status == "done"
    assert Reminder.get(Reminder.kind == "post_service_call").status == "open"  # a different item
    assert list_surveys(desk, customer_id=cid)[0] == survey and survey.satisfied


@pytest.mark.parametrize(("overall", "repurchase", "recommend", "loyalty"), [
    ("very_satisfied", "gt70", "very_likely", 30),
    ("satisfied", "30to70", "maybe", 17),
    ("neutral", "lt30", "no", 4),
    ("very_dissatisfied", "", "", 0),
])
def test_latest_survey_is_the_loyalty_part(store, overall, repurchase, recommend, loyalty):
    desk, cid = store
    record_survey(desk, SurveyInput(cid, "very_dissatisfied"), now=NOW - dt.timedelta(days=30))
    record_survey(desk, SurveyInput(cid, overall, repurchase=repurchase, recommend=recommend), now=NOW)
    detail = json.loads(get_customer(SYSTEM, cid).score_detail)
    assert detail["loyalty"] == loyalty


def test_survey_can_lift_a_buyer_into_high_value(store):
    desk, cid = store
    Purchase.create(customer=cid, purchased_on=dt.date(2025, 6, 1), price=300000)
    Purchase.create(customer=cid, purchased_on=dt.date(2023, 6, 1), price=200000)
    record_survey(desk, SurveyInput(cid, "neutral"), now=NOW - dt.timedelta(days=1))
    # 20 purchases + 10 spend + 10 income + 4 satisfaction = 44: mid tier, general
    assert (get_customer(SYSTEM, cid).tier, get_customer(SYSTEM, cid).category) == ("mid", "general")
    record_survey(desk, SurveyInput(cid, "very_satisfied", repurchase="gt70", recommend="very_likely"), now=NOW)
    after = get_customer(SYSTEM, cid)
    assert (after.value_score, after.tier, after.category) == (70, "high", "high_value")


def test_unknown_delivery_is_refused_with_nothing_written(store):
    from dealerdesk.domain.errors import NotFound
    from dealerdesk.store.models import Survey

    desk, cid = store
    with pytest.raises(NotFound, match="交车记录"):
        record_survey(desk, SurveyInput(cid, "satisfied", delivery_id=424242), now=NOW)
    assert Survey.select().count() == 0
