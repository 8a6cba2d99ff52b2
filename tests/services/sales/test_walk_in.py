"""接待登记 (sales/walk_in.py): the customer, the lead, the visit with several methods, the level and the next
follow-up in one transaction; a known customer's visit goes to their open lead; an error leaves nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import leads
from dealerdesk.services.sales.due import due_items
from dealerdesk.services.sales.walk_in import WalkInInput, register_walk_in
from dealerdesk.store.models import AuditLog, Customer, CustomerPhone, FollowUp, Interaction, Lead, VehicleModel
from tests.factories import make_user

MON = dt.datetime(2026, 10, 12, 10, 30)  # a Monday


@pytest.fixture
def people(store):
    desk = make_user("desk", "前台小周", "front_desk")
    li = make_user("li", "李顾问", "sales")
    suv = VehicleModel.create(brand="示例", name="途岳 SUV", price=200000)
    return {"desk": desk, "li": li, "suv": suv.id}


def test_new_customer_with_visit_and_test_drive_is_one_lead_one_interaction(people):
    data = WalkInInput(customer=CustomerInput(name="王小明", phones=["13811112222"], source="walk_in"),
                       model_id=people["suv"], budget=200000, owner_id=people["li"].id,
                       methods=("visit", "test_drive", "quote"), level="B")
    result = register_walk_in(people["desk"], data, at=MON)

    assert result.new_customer and result.new_lead
    assert Customer.get_by_id(result.customer_id).name == "王小明"
    lead = Lead.get_by_id(result.lead_id)
    assert (lead.level, lead.owner_id, lead.model_id, lead.budget) == ("B", people["li"].id, people["suv"], 200000)
    visits = list(Interaction.select().where(Interaction.customer == result.customer_id))
    assert len(visits) == 1
    assert visits[0].channel == "test_drive"  # counted as a visit and a test drive by the funnel
    assert visits[0].methods == "visit,test_drive,quote"
    assert visits[0].driven_model == "途岳 SUV"  # the intended model, when none was named
    # B: every 5–7 days from the visit → suggested Saturday, one planned follow-up for the consultant
    planned = list(FollowUp.select().where(FollowUp.lead == lead.id, FollowUp.status == "planned"))
    assert len(planned) == 1 and planned[0].due_at.date() == dt.date(2026, 10, 17)
    assert result.next_follow_up_at.date() == dt.date(2026, 10, 17)
    assert AuditLog.select().where(AuditLog.action == "walk_in.register").count() == 1


def test_known_customer_with_open_lead_gets_the_visit_on_that_lead(people):
    cid = create_customer(people["li"], CustomerInput(name="赵敏", phones=["13900001111"])).id
    lead = leads.create_lead(people["li"], leads.LeadInput(customer_id=cid, level="C"), at=MON)
    result = register_walk_in(people["li"], WalkInInput(customer_id=cid, methods=("visit",), level="A"),
                              at=MON + dt.timedelta(days=1))
    assert not result.new_customer and not result.new_lead
    assert result.lead_id == lead.id
    assert Lead.select().where(Lead.customer == cid).count() == 1
    assert Lead.get_by_id(lead.id).level == "A"
    assert Interaction.get(Interaction.lead == lead.id).methods == "visit"


def test_an_error_mid_way_leaves_nothing(people):
    """The customer and the lead are written before the visit is refused (next date in the past): all go."""
    data = WalkInInput(customer=CustomerInput(name="钱多多", phones=["13722223333"]), methods=("visit",),
                       level="C", next_due=MON - dt.timedelta(days=3))
    with pytest.raises(InvalidInput) as err:
        register_walk_in(people["desk"], data, at=MON)
    assert err.value.field == "next_due"
    assert Customer.select().count() == 0
    assert CustomerPhone.select().count() == 0
    assert Lead.select().count() == 0
    assert Interaction.select().count() == 0
    assert FollowUp.select().count() == 0
    assert AuditLog.select().where(AuditLog.action.in_(("customer.create", "lead.create"))).count() == 0


def test_methods_are_required_and_a_test_drive_names_its_model(people):
    new = CustomerInput(name="孙丽", phones=["13633334444"])
    with pytest.raises(InvalidInput) as err:
        register_walk_in(people["desk"], WalkInInput(customer=new, methods=()), at=MON)
    assert err.value.field == "methods"
    with pytest.raises(InvalidInput) as err:
        register_walk_in(people["desk"], WalkInInput(customer=new, methods=("test_drive",)), at=MON)
    assert err.value.field == "driven_model"
    assert Customer.select().count() == 0


def test_the_walk_in_lands_in_the_consultants_due_list(people):
    data = WalkInInput(customer=CustomerInput(name="周杰", phones=["13544445555"]), owner_id=people["li"].id,
                       methods=("visit",), level="H", model_text="某品牌 轿车")
    result = register_walk_in(people["desk"], data, at=MON)
    assert Lead.get_by_id(result.lead_id).other_models == "某品牌 轿车"
    due = due_items(people["li"], MON + dt.timedelta(days=2))
    assert [(d.kind, d.lead_id) for d in due] == [("follow_up", result.lead_id)]


def test_a_service_advisor_may_not_register_a_walk_in(people):
    advisor = make_user("svc", "服务顾问", "service_advisor")
    with pytest.raises(PermissionDenied):
        register_walk_in(advisor, WalkInInput(customer=CustomerInput(name="吴用", phones=["13455556666"])), at=MON)
    assert Customer.select().count() == 0
