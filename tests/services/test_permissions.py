"""The permission matrix, role × use case, reads included: each role either does it or is refused with the
Chinese sentence naming the action ("前台不能合并客户"); then the ownership rules, deactivated users and the
audited 显示号码."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from dealerdesk.domain import permissions as perms
from dealerdesk.domain.errors import PermissionDenied
from dealerdesk.services import auth
from dealerdesk.services.aftersales import complaints, service_records, surveys, vehicles
from dealerdesk.services import accounts
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers import duplicates, listing, merge, profile
from dealerdesk.services.customers import records as cs
from dealerdesk.services import catalogue
from dealerdesk.services.reception import appointments, intake, orders, settlement
from dealerdesk.services.reporting.summary import monthly_summary
from dealerdesk.services.sales import leads, outcomes
from dealerdesk.services.search import search_customers
from dealerdesk.services.settings import set_setting
from dealerdesk.services.transfer.export import export
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, Customer, Lead, User
from tests.factories import make_user

NOW = dt.datetime(2026, 11, 3, 10, 0)
TODAY = NOW.date()
LOGINS = {"front_desk": "desk", "sales": "li", "service_advisor": "sa", "manager": "boss", "admin": "root"}


def _build() -> dict:
    users = {role: make_user(login, f"{login}名", role) for role, login in LOGINS.items()}
    users["zhao"] = make_user("zhao", "赵顾问", "sales")
    li = users["sales"].id
    c1 = cs.create_customer(SYSTEM, cs.CustomerInput(name="欧阳娜", phones=["13812345678"], owner_id=li)).id
    c2 = cs.create_customer(SYSTEM, cs.CustomerInput(name="欧阳娜", phones=["13812345679"], owner_id=li)).id
    lead = leads.create_lead(SYSTEM, leads.LeadInput(customer_id=c1, level="C"), at=NOW)
    Lead.update(owner=None).where(Lead.id == lead.id).execute()  # the front desk may work an unowned lead
    car = vehicles.create_vehicle(SYSTEM, vehicles.VehicleInput(plate="粤B12345", owner_id=c1), today=TODAY)
    return {"c1": c1, "c2": c2, "lead": lead.id, "car": car.id, "li": li}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The world built once; each test gets its own copy of the store file (a real SQLite file each)."""
    path = tmp_path_factory.mktemp("perm") / "template.db"
    open_store(path, create=True)
    ids = _build()
    close_store()
    return path, ids


@pytest.fixture
def world(template, tmp_path):
    """One user per role, a second consultant, li's two customers with an unowned lead, a vehicle."""
    path, ids = template
    shutil.copyfile(path, tmp_path / "store.db")
    open_store(tmp_path / "store.db")
    users = {role: actor_for_login(login) for role, login in LOGINS.items()}
    users["zhao"] = actor_for_login("zhao")
    yield {**ids, "users": users, "tmp": tmp_path}
    close_store()


# (name, permission, call(actor, world)): every use case a role could reach, reads included
USE_CASES = [
    ("get_customer", "customer.read", lambda a, w: cs.get_customer(a, w["c1"])),
    ("load_profile", "customer.read", lambda a, w: profile.load_profile(a, w["c1"], today=TODAY)),
    ("list_ids", "customer.read", lambda a, w: listing.ids(a, listing.CustomerFilter())),
    ("list_rows", "customer.read", lambda a, w: listing.rows(a, [w["c1"]])),
    ("list_count", "customer.read", lambda a, w: listing.count(a, listing.CustomerFilter())),
    ("search", "customer.read", lambda a, w: search_customers(a, "欧阳")),
    ("duplicates", "customer.read", lambda a, w: duplicates.find_duplicates(a, "欧阳娜", ["13812345678"])),
    ("create_customer", "customer.write", lambda a, w: cs.create_customer(a, cs.CustomerInput(name="新客户"))),
    ("update_customer", "customer.write", lambda a, w: cs.update_customer(
        a, w["c1"], cs.CustomerInput.from_detail(cs.get_customer(SYSTEM, w["c1"])), expected_version=None)),
    ("archive_customer", "customer.archive", lambda a, w: cs.archive_customer(a, w["c1"])),
    ("delete_customer", "customer.delete", lambda a, w: cs.delete_customer(a, w["c2"])),
    ("merge_customers", "customer.merge", lambda a, w: merge.merge_customers(a, w["c1"], w["c2"])),
    ("reveal_phone", "phone.unmask", lambda a, w: cs.reveal_phone(a, w["c1"])),
    ("list_leads", "lead.read", lambda a, w: leads.list_leads(a, customer_id=w["c1"])),
    ("get_lead", "lead.read", lambda a, w: leads.get_lead(a, w["lead"])),
    ("lead_history", "lead.read", lambda a, w: leads.lead_history(a, w["lead"])),
    ("create_lead", "lead.write", lambda a, w: leads.create_lead(a, leads.LeadInput(customer_id=w["c1"]), at=NOW)),
    ("update_lead", "lead.write", lambda a, w: leads.update_lead(
        a, w["lead"], leads.LeadInput(customer_id=w["c1"], colour="白"), at=NOW, expected_version=None)),
    ("log_follow_up", "lead.follow_up", lambda a, w: leads.log_follow_up(a, w["lead"], "phone", "电话回访", at=NOW)),
    ("log_visit", "visit.write", lambda a, w: leads.log_follow_up(a, w["lead"], "visit", "到店看车", at=NOW)),
    ("change_level", "lead.change_level", lambda a, w: leads.change_level(a, w["lead"], "B", "预算明确", at=NOW)),
    ("record_order", "lead.outcome", lambda a, w: outcomes.record_order(
        a, w["lead"], outcomes.OrderInput(model_id=None, price=150000), at=NOW)),
    ("reassign_leads", "lead.reassign", lambda a, w: outcomes.reassign_leads(a, [w["lead"]], w["users"]["zhao"].id)),
    ("pending_defeats", "lead.approve_defeat", lambda a, w: leads.pending_defeats(a)),
    ("vehicle_card", "vehicle.read", lambda a, w: vehicles.get_vehicle_card(a, w["car"], today=TODAY)),
    ("customer_vehicles", "vehicle.read", lambda a, w: vehicles.customer_vehicles(a, w["c1"])),
    ("create_vehicle", "service.write", lambda a, w: vehicles.create_vehicle(
        a, vehicles.VehicleInput(plate="粤B54321", owner_id=w["c1"]), today=TODAY)),
    ("service_history", "service.read", lambda a, w: service_records.list_history(a, w["car"])),
    ("add_service_record", "service.write", lambda a, w: service_records.add_service_record(
        a, service_records.ServiceRecordInput(w["car"], "maintenance", TODAY, 5000, "首保"))),
    ("list_complaints", "complaint.read", lambda a, w: complaints.list_complaints(a, customer_id=w["c1"])),
    ("create_complaint", "complaint.write", lambda a, w: complaints.create_complaint(
        a, complaints.ComplaintInput(w["c1"], "等待时间过长"), now=NOW)),
    ("list_surveys", "survey.read", lambda a, w: surveys.list_surveys(a, customer_id=w["c1"])),
    ("record_survey", "survey.write", lambda a, w: surveys.record_survey(
        a, surveys.SurveyInput(w["c1"], "satisfied"), now=NOW)),
    ("appointments", "reception.read", lambda a, w: appointments.appointments_between(a, TODAY, TODAY)),
    ("book_appointment", "appointment.write", lambda a, w: appointments.book_appointment(
        a, w["c1"], dt.datetime(2026, 11, 4, 9, 0), w["users"]["service_advisor"].id, vehicle_id=w["car"],
        now=NOW)),
    ("progress_board", "reception.read", lambda a, w: orders.progress_board(a, now=NOW)),
    ("check_in", "reception.write", lambda a, w: intake.check_in(
        a, intake.CheckInInput(w["c1"], w["car"], 5000, advisor_id=w["users"]["service_advisor"].id), now=NOW)),
    ("reception_stats", "reception.read", lambda a, w: settlement.day_stats(a, TODAY)),
    ("save_catalogue_item", "catalogue.manage", lambda a, w: catalogue.save_catalogue_item(
        a, "P900", "机油滤芯", "part", "45")),
    ("monthly_summary", "report.read", lambda a, w: monthly_summary(a, "2026-10", now=NOW)),
    ("export", "export", lambda a, w: export(a, "customers", w["tmp"] / "out.csv")),
    ("business_setting", "settings.business", lambda a, w: set_setting(a, "post_delivery.call_hours", 36)),
    ("system_setting", "settings.system", lambda a, w: set_setting(a, "backup.keep", 12)),
    ("create_user", "user.manage", lambda a, w: accounts.create_user(a, "new01", "新人", "sales", "long-enough-1")),
]


def test_every_use_case_names_a_permission_of_the_matrix():
    assert {perm for _name, perm, _call in USE_CASES} <= set(perms.PERMISSIONS)
    for name in ("restore", "user.manage", "audit.read", "phone.unmask", "privacy.export", "privacy.erase",
                 "backup"):
        assert name in perms.PERMISSIONS and name in auth.PERMISSIONS


@pytest.mark.parametrize("role", perms.ROLES)
@pytest.mark.parametrize("use_case", USE_CASES, ids=[u[0] for u in USE_CASES])
def test_role_may_or_may_not(world, role, use_case):
    _name, permission, call = use_case
    actor = world["users"][role]
    if perms.allowed(role, permission):
        call(actor, world)  # does it, with no PermissionDenied (nor any other error)
    else:
        with pytest.raises(PermissionDenied) as refused:
            call(actor, world)
        assert str(refused.value) == f"{perms.role_label(role)}不能{perms.action_label(permission)}"


def test_refusals_are_chinese_sentences_not_codes(world):
    with pytest.raises(PermissionDenied) as refused:
        merge.merge_customers(world["users"]["front_desk"], world["c1"], world["c2"])
    assert str(refused.value) == "前台不能合并客户"
    with pytest.raises(PermissionDenied, match="^服务顾问不能查看线索$"):
        leads.get_lead(world["users"]["service_advisor"], world["lead"])
    with pytest.raises(PermissionDenied, match="^前台不能生成月度汇总$"):
        monthly_summary(world["users"]["front_desk"], "2026-10", now=NOW)


# --- ownership ------------------------------------------------------------------------------------

@pytest.fixture
def owned(world):
    """zhao's own customer and lead, which li may neither read nor touch."""
    zhao = world["users"]["zhao"]
    cz = cs.create_customer(zhao, cs.CustomerInput(name="钱多多", phones=["13900001111"])).id
    lz = leads.create_lead(zhao, leads.LeadInput(customer_id=cz, level="B"), at=NOW).id
    return {**world, "cz": cz, "lz": lz, "zhao": zhao, "li_actor": world["users"]["sales"]}


def test_a_consultant_cannot_edit_another_consultants_customer(owned):
    data = cs.CustomerInput.from_detail(cs.get_customer(SYSTEM, owned["cz"]))
    data.city = "深圳"
    with pytest.raises(PermissionDenied, match="钱多多 不是您负责的"):
        cs.update_customer(owned["li_actor"], owned["cz"], data, expected_version=None)
    assert cs.update_customer(owned["zhao"], owned["cz"], data, expected_version=None).city == "深圳"


def test_a_consultant_cannot_read_another_consultants_customer_or_leads(owned):
    li = owned["li_actor"]
    with pytest.raises(PermissionDenied):
        cs.get_customer(li, owned["cz"])
    with pytest.raises(PermissionDenied):
        profile.load_profile(li, owned["cz"], today=TODAY)
    with pytest.raises(PermissionDenied, match="赵顾问 负责"):
        leads.get_lead(li, owned["lz"])
    with pytest.raises(PermissionDenied):
        leads.lead_history(li, owned["lz"])
    with pytest.raises(PermissionDenied):
        complaints.list_complaints(li, customer_id=owned["cz"])
    assert owned["lz"] not in {x.id for x in leads.list_leads(li)}


def test_a_consultant_cannot_work_another_consultants_lead(owned):
    li = owned["li_actor"]
    with pytest.raises(PermissionDenied, match="不能调整线索级别"):
        leads.change_level(li, owned["lz"], "A", "试图改别人的", at=NOW)
    with pytest.raises(PermissionDenied, match="不能记录跟进"):
        leads.log_follow_up(li, owned["lz"], "phone", "打电话", at=NOW)
    with pytest.raises(PermissionDenied, match="不能登记订单"):
        outcomes.record_order(li, owned["lz"], outcomes.OrderInput(model_id=None, price=1), at=NOW)


def test_lists_and_search_show_a_consultant_only_their_customers(owned):
    li, zhao = owned["li_actor"], owned["zhao"]
    mine = {owned["c1"], owned["c2"]}
    assert set(listing.ids(li, listing.CustomerFilter())) == mine
    assert listing.count(li, listing.CustomerFilter()) == 2
    assert listing.rows(li, [owned["cz"]]) == []
    assert {h.id for h in search_customers(li, "钱多多")} == set()
    assert {h.id for h in search_customers(li, "1111")} == set()
    assert {h.id for h in search_customers(zhao, "钱多多")} == {owned["cz"]}
    assert {h.id for h in search_customers(owned["users"]["manager"], "欧阳")} == mine
    set_setting(owned["users"]["manager"], "privacy.sales_see_all", True)
    assert {h.id for h in search_customers(li, "钱多多")} == {owned["cz"]}
    assert cs.get_customer(li, owned["cz"]).name == "钱多多"  # reading opens, editing does not
    with pytest.raises(PermissionDenied):
        cs.update_customer(li, owned["cz"], cs.CustomerInput.from_detail(cs.get_customer(li, owned["cz"])),
                           expected_version=None)


def test_a_lead_makes_its_customer_visible_to_its_consultant(owned):
    li = owned["li_actor"]
    leads.reassign_leads(owned["users"]["manager"], [owned["lz"]], li.id)
    assert cs.get_customer(li, owned["cz"]).name == "钱多多"
    assert owned["cz"] in {h.id for h in search_customers(li, "钱多多")}


def test_front_desk_neither_merges_nor_works_a_consultants_lead(owned):
    desk = owned["users"]["front_desk"]
    with pytest.raises(PermissionDenied, match="^前台不能合并客户$"):
        merge.merge_customers(desk, owned["c1"], owned["c2"])
    with pytest.raises(PermissionDenied, match="^前台不能删除客户$"):
        cs.delete_customer(desk, owned["c2"])
    with pytest.raises(PermissionDenied, match="^前台不能重新分配线索$"):
        outcomes.reassign_leads(desk, [owned["lz"]], owned["li"])
    with pytest.raises(PermissionDenied, match="赵顾问 负责，前台不能调整线索级别"):
        leads.change_level(desk, owned["lz"], "A", "顾客说要买", at=NOW)
    with pytest.raises(PermissionDenied, match="赵顾问 负责，前台不能记录跟进"):
        leads.log_follow_up(desk, owned["lz"], "phone", "电话", at=NOW)
    # ...but registers the walk-in's visit on it, and the customer and a complaint
    leads.log_follow_up(desk, owned["lz"], "visit", "客户到店看车", at=NOW)
    complaints.create_complaint(desk, complaints.ComplaintInput(owned["cz"], "停车难"), now=NOW)


def test_the_owner_changes_only_through_reassignment(owned):
    for who in (owned["zhao"], owned["users"]["manager"]):
        data = cs.CustomerInput.from_detail(cs.get_customer(SYSTEM, owned["cz"]))
        data.owner_id = owned["li"]
        with pytest.raises(PermissionDenied, match="重新分配线索"):
            cs.update_customer(who, owned["cz"], data, expected_version=None)
    assert Customer.get_by_id(owned["cz"]).owner_id == owned["zhao"].id


# --- deactivated users, phones --------------------------------------------------------------------

def test_a_deactivated_user_can_do_nothing_even_with_an_old_actor(world):
    boss = world["users"]["manager"]
    assert cs.get_customer(boss, world["c1"]).name == "欧阳娜"
    User.update(active=False).where(User.id == boss.id).execute()
    with pytest.raises(PermissionDenied, match="已停用"):
        cs.get_customer(boss, world["c1"])
    with pytest.raises(PermissionDenied, match="已停用"):
        search_customers(boss, "欧阳")
    assert cs.get_customer(SYSTEM, world["c1"]).name == "欧阳娜"  # the system actor stays allowed


def test_phones_follow_the_role_setting_everywhere(world, tmp_path):
    desk, root = world["users"]["front_desk"], world["users"]["admin"]
    assert cs.get_customer(desk, world["c1"]).phones == ["13812345678"]  # front desk calls customers
    assert cs.get_customer(root, world["c1"]).phones == ["138****5678"]  # the admin's default is masked
    set_setting(root, "privacy.mask_phones_for", ["front_desk", "sales"])
    assert cs.get_customer(root, world["c1"]).phones == ["13812345678"]
    assert cs.get_customer(desk, world["c1"]).phones == ["138****5678"]
    assert listing.rows(desk, [world["c1"]])[0].phone == "138****5678"
    assert search_customers(desk, "5678")[0].matched_value == "138****5678"
    assert vehicles.get_vehicle_card(desk, world["car"], today=TODAY).owner_phones == ["138****5678"]
    assert profile.load_profile(world["users"]["sales"], world["c1"], today=TODAY).customer.phones == ["138****5678"]


def test_reveal_phone_shows_the_number_and_is_audited(world):
    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])
    desk = world["users"]["front_desk"]
    assert cs.reveal_phone(desk, world["c1"]) == ["13812345678"]
    log = AuditLog.select().where(AuditLog.action == "phone.unmask").get()
    assert (log.user_login, log.entity, log.entity_id) == ("desk", "customer", world["c1"])


def test_reveal_phone_respects_ownership(owned):
    with pytest.raises(PermissionDenied):
        cs.reveal_phone(owned["li_actor"], owned["cz"])
    assert not AuditLog.select().where(AuditLog.action == "phone.unmask").exists()


def test_a_consultant_sees_only_their_customers_cars(owned):
    li, zhao = owned["li_actor"], owned["zhao"]
    car = vehicles.create_vehicle(SYSTEM, vehicles.VehicleInput(plate="粤B99999", owner_id=owned["cz"]),
                                  today=TODAY).id
    with pytest.raises(PermissionDenied):
        vehicles.get_vehicle_card(li, car, today=TODAY)
    with pytest.raises(PermissionDenied):
        service_records.list_history(li, car)
    assert vehicles.find_vehicles(li, "粤B99999") == []
    assert [v.vehicle_id for v in vehicles.find_vehicles(zhao, "粤B99999")] == [car]
    with pytest.raises(PermissionDenied):
        leads.create_lead(li, leads.LeadInput(customer_id=owned["cz"]), at=NOW)
