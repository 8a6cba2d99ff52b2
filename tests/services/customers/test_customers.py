"""Customer use cases: validation before anything is written, keys maintained, archive vs delete."""
import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from dealerdesk.services.auth import SYSTEM, Actor
from dealerdesk.services.customers import records as cs
from dealerdesk.services.search import search_customers
from dealerdesk.store.models import AuditLog, Customer, Lead, SearchKey
from tests.factories import make_user


def test_create_normalises_and_indexes(store):
    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="　曾 小贤 ", phones=["+86 138-1234-5678", "０１０－６２３４５６７８"]))
    assert c.name == "曾小贤"
    assert c.phones == ["13812345678", "010-62345678"]
    kinds = {k for (k,) in SearchKey.select(SearchKey.kind).where(SearchKey.customer == c.id).tuples()}
    assert {"name", "name2", "py_ini", "py_full", "phone_rev"} <= kinds and "phone" not in kinds
    assert [h.id for h in search_customers(SYSTEM, "zxx")] == [c.id]
    assert AuditLog.select().where(AuditLog.action == "customer.create").count() == 1


def test_bad_phone_writes_nothing(store):
    with pytest.raises(InvalidInput) as err:
        cs.create_customer(SYSTEM, cs.CustomerInput(name="王明", phones=["12345"]))
    assert err.value.field == "phone"
    assert Customer.select().count() == 0 and SearchKey.select().count() == 0


def test_update_reindexes_and_detects_stale_edits(store):
    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="王明", phones=["13812345678"]))
    data = cs.CustomerInput.from_detail(c)
    data.name, data.phones = "王晓明", ["13900001111"]
    updated = cs.update_customer(SYSTEM, c.id, data, expected_version=c.version)
    assert updated.version == c.version + 1
    assert [h.id for h in search_customers(SYSTEM, "1111")] == [c.id]
    assert search_customers(SYSTEM, "5678") == []
    with pytest.raises(Conflict):
        cs.update_customer(SYSTEM, c.id, data, expected_version=c.version)


def test_missing_customer(store):
    with pytest.raises(NotFound, match="找不到客户"):
        cs.get_customer(SYSTEM, 999)


def test_delete_archives_customers_with_history(store):
    plain = cs.create_customer(SYSTEM, cs.CustomerInput(name="李一"))
    with_lead = cs.create_customer(SYSTEM, cs.CustomerInput(name="李二"))
    Lead.create(customer=with_lead.id)
    assert cs.delete_customer(SYSTEM, plain.id) == "deleted"
    assert cs.delete_customer(SYSTEM, with_lead.id) == "archived"
    assert Customer.get_or_none(Customer.id == plain.id) is None
    assert Customer.get_by_id(with_lead.id).archived
    assert search_customers(SYSTEM, "李二") == []
    assert [h.id for h in search_customers(SYSTEM, "李二", include_archived=True)] == [with_lead.id]


def test_phones_are_masked_for_roles_that_may_not_see_them(store):
    desk = make_user("desk01", "前台小王", "front_desk")
    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="赵六", phones=["13812345678"]))
    assert cs.get_customer(desk, c.id).phones == ["138****5678"]
    assert cs.get_customer(SYSTEM, c.id).phones == ["13812345678"]


def test_sales_consultant_owns_what_they_create(store):
    sales = make_user("sales01", "张顾问", "sales")
    c = cs.create_customer(sales, cs.CustomerInput(name="钱七"))
    assert c.owner == "sales01"


def test_permission_checked_inside_the_service(store):
    nobody = Actor(id=42, login="ghost", role="front_desk")
    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="孙八"))
    with pytest.raises(PermissionDenied):
        cs.archive_customer(Actor(id=43, login="sa", role="service_advisor"), c.id)
    assert cs.get_customer(nobody, c.id).name == "孙八"
