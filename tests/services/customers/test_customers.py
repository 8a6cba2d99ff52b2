"""Customer use cases: validation before anything is written, keys maintained, archive vs delete."""
import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from dealerdesk.services.auth import SYSTEM, Actor
from dealerdesk.services.customers import records as cs
from dealerdesk.services.search import search_customers
from dealerdesk.services.settings import set_setting
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
    assert cs.get_customer(desk, c.id).phones == ["13812345678"]  # by default the front desk calls customers
    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])
    assert cs.get_customer(desk, c.id).phones == ["138****5678"]
    assert cs.get_customer(SYSTEM, c.id).phones == ["13812345678"]


def test_sales_consultant_owns_what_they_create(store):
    sales = make_user("sales01", "张顾问", "sales")
    c = cs.create_customer(sales, cs.CustomerInput(name="钱七"))
    assert c.owner == "sales01"


def test_permission_checked_inside_the_service(store):
    desk = make_user("desk02", "前台小李", "front_desk")
    advisor = make_user("sa", "服务顾问", "service_advisor")
    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="孙八"))
    with pytest.raises(PermissionDenied, match="服务顾问不能归档客户"):
        cs.archive_customer(advisor, c.id)
    assert cs.get_customer(desk, c.id).name == "孙八"
    with pytest.raises(PermissionDenied, match="已停用"):  # an Actor of a user that does not exist
        cs.get_customer(Actor(id=42, login="ghost", role="front_desk"), c.id)


def test_a_stale_edit_is_refused_with_both_versions_and_who_saved(store):
    from dealerdesk.domain.errors import VersionConflict

    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="王明", phones=["13812345678"], city="广州"))
    theirs = cs.CustomerInput.from_detail(c)
    theirs.city = "深圳"
    cs.update_customer(SYSTEM, c.id, theirs, expected_version=c.version)  # saved meanwhile, on another PC
    mine = cs.CustomerInput.from_detail(c)
    mine.city, mine.needs = "佛山", "七座"
    with pytest.raises(VersionConflict) as info:
        cs.update_customer(SYSTEM, c.id, mine, expected_version=c.version)
    exc = info.value
    assert exc.current_version == c.version + 1
    assert ("城市", "佛山", "深圳") in exc.differences and ("需求", "七座", "") in exc.differences
    assert all(label != "姓名" for label, _, _ in exc.differences)  # only what differs
    assert "佛山" in str(exc) and "深圳" in str(exc) and SYSTEM.login in str(exc)
    assert cs.get_customer(SYSTEM, c.id).city == "深圳"  # nothing written over
    # saving again on purpose, on the version now shown, wins
    assert cs.update_customer(SYSTEM, c.id, mine, expected_version=exc.current_version).city == "佛山"
