"""Vehicles: several per customer, vehicles without owner, look-up from the one box, 过户 keeps history."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.vehicles import (
    VehicleInput,
    create_vehicle,
    customer_vehicles,
    find_vehicles,
    get_vehicle_card,
    transfer_vehicle,
)
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.search import search_customers
from dealerdesk.store.models import AuditLog, OwnershipTransfer, Reminder
from tests.factories import make_user

TODAY = dt.date(2026, 3, 1)


@pytest.fixture()
def store(tmp_path, store_target):
    from dealerdesk.store.db import close_store, open_store

    open_store(store_target, create=True)
    advisor = make_user("wang", "王顾问", "service_advisor")
    zhang = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"])).id
    li = create_customer(SYSTEM, CustomerInput(name="李娜", phones=["13900139000"])).id
    yield advisor, zhang, li
    close_store()


def test_several_vehicles_per_customer_found_by_name_phone_plate_and_vin(store):
    advisor, zhang, _li = store
    a = create_vehicle(advisor, VehicleInput(plate="粤B12345", vin="LSVAB2AB1CN000001", owner_id=zhang), today=TODAY)
    b = create_vehicle(advisor, VehicleInput(plate="粤B67890", owner_id=zhang), today=TODAY)
    assert {h.vehicle_id for h in customer_vehicles(advisor, zhang)} == {a.id, b.id}
    assert {h.vehicle_id for h in find_vehicles(advisor, "张伟")} == {a.id, b.id}
    assert {h.vehicle_id for h in find_vehicles(advisor, "8000")} == {a.id, b.id}  # phone tail
    [hit] = find_vehicles(advisor, "B123")
    assert (hit.vehicle_id, hit.owner_name, hit.matched) == (a.id, "张伟", "plate")
    [hit] = find_vehicles(advisor, "000001")
    assert (hit.vehicle_id, hit.matched) == (a.id, "vin")
    [hit] = find_vehicles(advisor, "lsvab2ab1cn000001")  # the whole VIN: the exact tier of the VIN-tail look-up
    assert (hit.vehicle_id, hit.matched) == (a.id, "vin")


def test_vehicle_without_owner_is_found_by_plate_and_vin(store):
    advisor, _zhang, _li = store
    car = create_vehicle(advisor, VehicleInput(plate="粤A88888", vin="LFV3A23C5K3000002"), today=TODAY)
    assert car.owner_id is None and car.owner_name == ""
    assert [h.vehicle_id for h in find_vehicles(advisor, "A888")] == [car.id]
    assert [h.vehicle_id for h in find_vehicles(advisor, "3000002")] == [car.id]
    assert [h.vehicle_id for h in find_vehicles(advisor, "粤A88888")] == [car.id]
    assert [h.vehicle_id for h in find_vehicles(advisor, "LFV3A23C5K3000002")] == [car.id]


def test_duplicate_vin_and_missing_identity_are_refused(store):
    advisor, zhang, _li = store
    create_vehicle(advisor, VehicleInput(vin="LSVAB2AB1CN000001", owner_id=zhang), today=TODAY)
    with pytest.raises(Conflict):
        create_vehicle(advisor, VehicleInput(vin="lsvab2ab1cn000001"), today=TODAY)
    with pytest.raises(InvalidInput) as err:
        create_vehicle(advisor, VehicleInput(model_name="朗逸"), today=TODAY)
    assert err.value.field == "plate"


def test_transfer_keeps_history_records_it_and_search_follows_the_new_owner(store):
    advisor, zhang, li = store
    car = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=zhang,
                                               insurance_compulsory_until=dt.date(2026, 3, 20)), today=TODAY)
    add_service_record(advisor, ServiceRecordInput(car.id, "maintenance", dt.date(2026, 2, 1), 5000), today=TODAY)
    card = transfer_vehicle(advisor, car.id, li, note="二手车过户", at=dt.datetime(2026, 3, 1, 10, 0))
    assert card.owner_id == li and card.owner_name == "李娜"
    assert [r.mileage_km for r in card.history] == [5000]  # the history stays with the vehicle
    assert card.history[0].customer_id == zhang            # … and still says who owned it then
    [t] = card.transfers
    assert (t.from_name, t.to_name, t.note) == ("张伟", "李娜", "二手车过户")
    assert OwnershipTransfer.select().count() == 1
    assert [h.id for h in search_customers(advisor, "B12345")] == [li]
    assert [h.owner_id for h in find_vehicles(advisor, "B12345")] == [li]
    assert {r.customer_id for r in Reminder.select().where(Reminder.vehicle == car.id, Reminder.status == "open")} \
        == {li}
    assert AuditLog.select().where(AuditLog.action == "vehicle.transfer").count() == 1


def test_transfer_to_the_same_owner_is_refused(store):
    advisor, zhang, _li = store
    car = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=zhang), today=TODAY)
    with pytest.raises(InvalidInput):
        transfer_vehicle(advisor, car.id, zhang)


def test_card_masks_phones_for_service_advisors(store):
    advisor, zhang, _li = store
    from dealerdesk.services.settings import set_setting

    car = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=zhang), today=TODAY)
    assert get_vehicle_card(advisor, car.id).owner_phones == ["13800138000"]  # default: advisors call owners
    set_setting(SYSTEM, "privacy.mask_phones_for", ["service_advisor"])
    assert get_vehicle_card(advisor, car.id).owner_phones == ["138****8000"]
    assert get_vehicle_card(SYSTEM, car.id).owner_phones == ["13800138000"]
