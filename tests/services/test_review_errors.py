"""Review: what a clerk (or the CLI) types wrong must come back as a DealerDeskError, never a traceback,
and nothing may be half-written."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services.aftersales.complaints import ComplaintInput, create_complaint
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer, update_customer
from dealerdesk.services.reporting.summary import monthly_summary
from dealerdesk.services.sales import leads
from dealerdesk.store.models import Complaint, Customer, Lead, User, Vehicle, VehicleModel
from dealerdesk.services import accounts
from tests.factories import make_user

MON = dt.datetime(2026, 10, 12, 10, 30)


@pytest.fixture
def people(store):
    boss = make_user("boss", "王经理", "manager")
    li = make_user("li", "李顾问", "sales")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"], owner_id=li.id))
    model = VehicleModel.create(brand="大众", name="帕萨特", price=200000)
    return {"boss": boss, "li": li, "cid": cust.id, "model": model.id}


def test_unknown_level_code_is_a_clear_error(people):
    with pytest.raises(DealerDeskError):
        leads.create_lead(people["li"], leads.LeadInput(customer_id=people["cid"], level="X"), at=MON)
    assert Lead.select().count() == 0
    lead = leads.create_lead(people["li"], leads.LeadInput(customer_id=people["cid"], level="C"), at=MON)
    with pytest.raises(DealerDeskError):
        leads.change_level(people["li"], lead.id, "Z", "客户说的", at=MON)
    with pytest.raises(DealerDeskError):
        leads.log_follow_up(people["li"], lead.id, "phone", "打过电话", new_level="b", at=MON)
    assert leads.get_lead(people["li"], lead.id).level == "C"


def test_duplicate_login_and_unknown_role_are_clear_errors(people):
    with pytest.raises(DealerDeskError):
        accounts.create_user(SYSTEM, "li", "另一个李", "sales", "long-enough-1")
    with pytest.raises(DealerDeskError):
        accounts.create_user(SYSTEM, "newbie", "新人", "boss", "long-enough-1")
    assert User.select().count() == 2


def test_unknown_vehicle_model_is_a_clear_error(people):
    with pytest.raises(DealerDeskError):
        create_vehicle(SYSTEM, VehicleInput(plate="粤B12345", model_id=9999, owner_id=people["cid"]),
                       today=MON.date())
    assert Vehicle.select().count() == 0


def test_unknown_referrer_is_a_clear_error(people):
    with pytest.raises(DealerDeskError):
        create_customer(SYSTEM, CustomerInput(name="李娜", phones=["13900139000"], referred_by_id=9999))
    assert Customer.select().count() == 1
    data = CustomerInput(name="张伟", phones=["13800138000"], referred_by_id=people["cid"])
    with pytest.raises(DealerDeskError):  # nobody refers themself
        update_customer(SYSTEM, people["cid"], data, expected_version=None)


def test_unknown_complaint_owner_is_a_clear_error(people):
    with pytest.raises(DealerDeskError):
        create_complaint(people["boss"], ComplaintInput(customer_id=people["cid"], content="等太久", owner_id=9999),
                         now=MON)
    assert Complaint.select().count() == 0


@pytest.mark.parametrize("month", ["2026/10", "2026-1x", "x"])
def test_badly_typed_month_is_a_clear_error(people, month):
    with pytest.raises(DealerDeskError):
        monthly_summary(people["boss"], month, now=MON)
