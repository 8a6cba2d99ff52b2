"""Key accounts on a hand-built store: an overdue visit is in the account manager's due list (and worklist and
tray count), recording a visit plans the next by the grade, orders count the company and its contacts."""
import datetime as dt

import pytest

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.services import key_accounts as ka
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers.contacts import ContactInput, save_contact
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import notices
from dealerdesk.services.sales.due import due_items
from dealerdesk.services.sales.worklist import build_worklist, snooze_task
from dealerdesk.store.models import AuditLog, KeyAccountVisit, Lead, SalesOrder
from tests.factories import make_user

NOW = dt.datetime(2026, 10, 15, 10, 0)


@pytest.fixture
def shop(store):
    make_user("boss", "王经理", "manager")
    make_user("s1", "刘顾问", "sales")
    make_user("s2", "陈顾问", "sales")
    company = create_customer(SYSTEM, CustomerInput(name="顺达物流有限公司", kind="company",
                                                    phones=["020-62345678"]))
    main = save_contact(SYSTEM, company.id, ContactInput(name="周总", title="总经理", phone="13900139000",
                                                         is_main=True))
    buyer = create_customer(SYSTEM, CustomerInput(name="周建国", phones=["13900139000"]))
    return {"m": actor_for_login("boss"), "s1": actor_for_login("s1"), "s2": actor_for_login("s2"),
            "company": company.id, "main": main.id, "buyer": buyer.id}


def _account(shop, grade="A", at=NOW - dt.timedelta(days=3)):
    return ka.save_key_account(shop["m"], ka.KeyAccountInput(shop["company"], grade, shop["s1"].id, 24, 2),
                               now=at).account


def test_an_overdue_visit_is_in_the_account_managers_due_list_worklist_and_tray(shop):
    acc = _account(shop)  # first visit planned 3 days ago, not made
    mine = due_items(shop["s1"], NOW)
    assert [(i.kind, i.customer_id, i.is_overdue(NOW)) for i in mine] == [
        ("key_account_visit", shop["company"], True)]
    assert due_items(shop["s2"], NOW) == []  # another consultant's list does not have it
    assert [i.kind for i in due_items(shop["m"], NOW, owner_login="s1")] == ["key_account_visit"]
    work = build_worklist(shop["s1"], NOW)
    assert [w.group for w in work.overdue] == ["key_account_visit"] and work.group_counts() == {"key_account_visit": 1}
    assert notices.check(shop["s1"], NOW, announce=False).overdue_count == 1
    assert ka.list_key_accounts(shop["s1"], today=NOW.date())[0].overdue and not acc.overdue  # not on its day
    # 暂缓 in the worklist moves the planned visit
    snooze_task(shop["s1"], work.overdue[0], NOW + dt.timedelta(days=2), at=NOW)
    assert due_items(shop["s1"], NOW) == []
    assert KeyAccountVisit.get(KeyAccountVisit.visited_on.is_null()).planned_on == NOW.date() + dt.timedelta(days=2)


def test_recording_a_visit_completes_the_plan_and_plans_the_next_by_grade_or_agreement(shop):
    acc = _account(shop, grade="B")
    ka.record_visit(shop["s1"], acc.id, ka.VisitInput(NOW.date(), "年度用车计划", contact_id=shop["main"],
                                                       result="明年换车 5 台", next_step="报价"), now=NOW)
    visits = list(KeyAccountVisit.select().order_by(KeyAccountVisit.id))
    assert [(v.planned_on, v.visited_on, v.contact_name) for v in visits] == [
        (NOW.date() - dt.timedelta(days=3), NOW.date(), "周总"), (NOW.date() + dt.timedelta(days=30), None, "")]
    assert due_items(shop["s1"], NOW) == []
    ka.record_visit(shop["s1"], acc.id, ka.VisitInput(NOW.date(), "送报价", contact_name="采购部小王",
                                                       next_visit_on=NOW.date() + dt.timedelta(days=5)), now=NOW)
    detail = ka.key_account_detail(shop["s1"], acc.id, today=NOW.date())
    assert detail.account.next_visit == NOW.date() + dt.timedelta(days=5)
    assert [v.topic for v in detail.visits] == ["", "送报价", "年度用车计划"]  # the open plan on top
    assert AuditLog.select().where(AuditLog.action == "key_account.visit").count() == 2


def test_a_visit_needs_a_topic_a_contact_and_not_a_future_date(shop):
    acc = _account(shop)
    for bad in (ka.VisitInput(NOW.date(), "", contact_name="x"), ka.VisitInput(NOW.date(), "t"),
                ka.VisitInput(NOW.date() + dt.timedelta(days=1), "t", contact_name="x")):
        with pytest.raises(InvalidInput):
            ka.record_visit(shop["s1"], acc.id, bad, now=NOW)
    with pytest.raises(PermissionDenied):  # not their account
        ka.record_visit(shop["s2"], acc.id, ka.VisitInput(NOW.date(), "t", contact_name="x"), now=NOW)


def test_only_a_company_can_be_a_key_account(shop):
    with pytest.raises(InvalidInput):
        ka.save_key_account(shop["m"], ka.KeyAccountInput(shop["buyer"], "A"), now=NOW)


def _order(customer_id, at, status="open"):
    lead = Lead.create(customer=customer_id, level="O", status="open")
    SalesOrder.create(lead=lead.id, customer=customer_id, price=200000, ordered_at=at, status=status)


def test_orders_count_the_company_and_its_contacts_and_the_month_figures(shop):
    acc = _account(shop)
    _order(shop["company"], NOW)
    _order(shop["buyer"], NOW - dt.timedelta(days=1))  # the main contact bought in their own name
    _order(shop["buyer"], NOW, status="cancelled")
    _order(shop["company"], dt.datetime(2026, 2, 1, 10))
    row = ka.list_key_accounts(shop["m"], today=NOW.date())[0]
    assert (row.month_orders, row.month_target, row.year_orders, row.year_target) == (2, 2, 3, 24)
    assert ka.key_account_detail(shop["m"], acc.id, today=NOW.date()).monthly_orders[1] == 1
    ka.record_visit(shop["s1"], acc.id, ka.VisitInput(NOW.date(), "回访", contact_id=shop["main"]), now=NOW)
    figures = ka.month_figures(dt.datetime(2026, 10, 1), dt.datetime(2026, 11, 1))
    # planned: the first (12th, done on the 15th) and the next (A: 14 days later, the 29th); done: one
    assert (figures.visits_planned, figures.visits_done, figures.orders) == (2, 1, 2)


def test_erasing_the_company_blanks_its_contacts_names_in_the_visits_and_export_has_the_account(shop):
    from dealerdesk.services.customers.privacy import erase_customer, export_customer_data

    acc = _account(shop)
    ka.record_visit(shop["s1"], acc.id, ka.VisitInput(NOW.date(), "年度计划", contact_id=shop["main"],
                                                       result="周总说明年换车"), now=NOW)
    data = export_customer_data(shop["m"], shop["company"], now=NOW).to_json()
    assert data["key_account"][0]["grade"] == "A"
    erase_customer(shop["m"], shop["company"], "顺达物流有限公司", now=NOW)
    visit = KeyAccountVisit.get(KeyAccountVisit.visited_on.is_null(False))
    assert "周总" not in visit.contact_name + visit.result
