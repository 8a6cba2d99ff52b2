"""Service records: the history newest first, a lower mileage is a question (never silent), validation."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.services.aftersales.service_records import (
    LowerMileage,
    ServiceRecordInput,
    add_service_record,
    check_mileage,
    list_history,
)
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle, get_vehicle_card
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer, get_customer
from dealerdesk.store.models import ServiceRecord
from tests.factories import make_user

TODAY = dt.date(2026, 3, 1)


@pytest.fixture()
def car(tmp_path):
    from dealerdesk.store.db import close_store, open_store

    open_store(tmp_path / "s.db", create=True)
    advisor = make_user("wang", "王顾问", "service_advisor")
    cid = create_customer(SYSTEM, CustomerInput(name="张伟")).id
    vehicle = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=cid, mileage_km=1200), today=TODAY)
    yield advisor, vehicle.id, cid
    close_store()


def test_history_is_newest_first_with_costs_and_advisor(car):
    advisor, vid, _cid = car
    add_service_record(advisor, ServiceRecordInput(vid, "maintenance", dt.date(2025, 9, 1), 5000, "首保", 300, 100,
                                                   advisor.id), today=TODAY)
    add_service_record(advisor, ServiceRecordInput(vid, "repair", dt.date(2026, 2, 1), 9000, "更换刹车片", "450.50",
                                                   200), today=TODAY)
    add_service_record(advisor, ServiceRecordInput(vid, "warranty", dt.date(2025, 12, 1), 8000), today=TODAY)
    history = list_history(advisor, vid)
    assert [r.kind for r in history] == ["repair", "warranty", "maintenance"]
    assert history[0].total_cost == Decimal("650.50")
    assert history[2].advisor == "王顾问"
    assert get_vehicle_card(advisor, vid).mileage_km == 9000  # the newest reading


def test_lower_mileage_is_questioned_then_accepted_when_confirmed(car):
    advisor, vid, _cid = car
    add_service_record(advisor, ServiceRecordInput(vid, "maintenance", dt.date(2026, 1, 10), 15000), today=TODAY)
    assert check_mileage(advisor, vid, 14000, dt.date(2026, 2, 1)).mileage_km == 15000
    assert check_mileage(advisor, vid, 16000, dt.date(2026, 2, 1)) is None
    with pytest.raises(LowerMileage) as err:
        add_service_record(advisor, ServiceRecordInput(vid, "repair", dt.date(2026, 2, 1), 14000), today=TODAY)
    assert err.value.field == "mileage_km" and err.value.params["last_km"] == 15000
    assert ServiceRecord.select().count() == 1  # nothing was written
    add_service_record(advisor, ServiceRecordInput(vid, "repair", dt.date(2026, 2, 1), 14000), today=TODAY,
                       confirm_lower_mileage=True)
    assert ServiceRecord.select().count() == 2


def test_a_backdated_record_is_compared_with_the_reading_before_it(car):
    advisor, vid, _cid = car
    add_service_record(advisor, ServiceRecordInput(vid, "maintenance", dt.date(2026, 2, 1), 20000), today=TODAY)
    add_service_record(advisor, ServiceRecordInput(vid, "repair", dt.date(2025, 6, 1), 8000), today=TODAY)
    assert get_vehicle_card(advisor, vid).mileage_km == 20000  # a late entry does not roll the odometer back


def test_first_record_is_compared_with_the_vehicle_mileage(car):
    advisor, vid, _cid = car
    with pytest.raises(LowerMileage):
        add_service_record(advisor, ServiceRecordInput(vid, "repair", dt.date(2026, 2, 1), 1000), today=TODAY)


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "wash"}, "kind"),
    ({"service_date": dt.date(2026, 3, 2)}, "service_date"),
    ({"mileage_km": -1}, "mileage_km"),
    ({"parts_cost": "-5"}, "parts_cost"),
    ({"labour_cost": "abc"}, "labour_cost"),
])
def test_invalid_input_names_the_field(car, change, field):
    advisor, vid, _cid = car
    values = {"vehicle_id": vid, "kind": "repair", "service_date": dt.date(2026, 2, 1), "mileage_km": 5000, **change}
    with pytest.raises(InvalidInput) as err:
        add_service_record(advisor, ServiceRecordInput(**values), today=TODAY)
    assert err.value.field == field


def test_sales_may_not_write_service_records_and_the_visit_counts_as_activity(car):
    advisor, vid, cid = car
    sales = make_user("li", "李顾问", "sales")
    with pytest.raises(PermissionDenied):
        add_service_record(sales, ServiceRecordInput(vid, "repair", dt.date(2026, 2, 1), 5000), today=TODAY)
    add_service_record(advisor, ServiceRecordInput(vid, "repair", dt.date(2026, 2, 1), 5000, parts_cost=800),
                       today=TODAY)
    assert '"近12个月进厂", "points": 2' in get_customer(SYSTEM, cid).score_detail
