"""Contacts on the customer (history.log_contact: the next contact as a "contact" reminder in the due list),
purchases by hand (the score and category recomputed; bought elsewhere), and a company's contact persons
(searchable by their name and phones, masked for masked roles)."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers import contacts as cp
from dealerdesk.services.customers import history
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales.due import due_items
from dealerdesk.services.search import search_customers
from dealerdesk.services.settings import set_setting
from dealerdesk.store.models import AuditLog, Customer, Interaction, Purchase, Reminder
from tests.factories import make_user

MON = dt.datetime(2026, 10, 12, 10, 30)


@pytest.fixture
def people(store):
    li = make_user("li", "李顾问", "sales")
    desk = make_user("desk", "前台", "front_desk")
    advisor = make_user("svc", "服务顾问", "service_advisor")
    cid = create_customer(SYSTEM, CustomerInput(name="刘洋", phones=["13600002222"], owner_id=li.id)).id
    return {"li": li, "desk": desk, "svc": advisor, "cid": cid}


def test_a_call_with_a_next_contact_is_due_for_the_consultant(people):
    done = history.log_contact(people["desk"], people["cid"], "phone", "问续保", next_contact_at=MON + dt.timedelta(days=2),
                               at=MON)
    assert done.owner == "li"  # the customer's consultant, not the clerk who took the call
    inter = Interaction.get_by_id(done.interaction_id)
    assert (inter.channel, inter.lead_id, inter.user_id) == ("phone", None, people["desk"].id)
    due = due_items(people["li"], MON + dt.timedelta(days=2))
    assert [(d.kind, d.customer_id) for d in due] == [("contact", people["cid"])]
    assert due_items(people["li"], MON + dt.timedelta(days=1)) == []  # not before its day
    assert AuditLog.select().where(AuditLog.action == "interaction.create").count() == 1


def test_the_next_contact_closes_the_promised_one_a_note_does_not(people):
    history.log_contact(people["li"], people["cid"], "wechat", "发了报价", next_contact_at=MON + dt.timedelta(days=1),
                        at=MON)
    history.log_contact(people["li"], people["cid"], "note", "客户说下周再谈", at=MON + dt.timedelta(hours=1))
    assert Reminder.select().where(Reminder.kind == "contact", Reminder.status == "open").count() == 1
    history.log_contact(people["li"], people["cid"], "phone", "回电了", at=MON + dt.timedelta(days=1))
    assert Reminder.select().where(Reminder.kind == "contact", Reminder.status == "open").count() == 0


def test_a_contact_needs_content_a_known_channel_and_a_date_not_past(people):
    for channel, content, nxt, fld in (("phone", " ", None, "content"), ("fax", "x", None, "channel"),
                                       ("phone", "x", MON - dt.timedelta(days=1), "next_contact_at")):
        with pytest.raises(InvalidInput) as err:
            history.log_contact(people["li"], people["cid"], channel, content, next_contact_at=nxt, at=MON)
        assert err.value.field == fld
    assert Interaction.select().count() == 0


def test_a_consultant_logs_contacts_only_on_their_own_customers(people):
    other = make_user("zhao", "赵顾问", "sales")
    with pytest.raises(PermissionDenied):
        history.log_contact(other, people["cid"], "phone", "打错了", at=MON)
    # a service advisor may log a call (a renewal question), not a showroom visit
    history.log_contact(people["svc"], people["cid"], "phone", "问保养", at=MON)
    with pytest.raises(PermissionDenied):
        history.log_contact(people["svc"], people["cid"], "visit", "到店", at=MON)


def test_a_purchase_by_hand_counts_here_and_elsewhere_says_lost(people):
    cid = people["cid"]
    history.add_purchase(people["li"], cid, history.PurchaseInput(dt.date(2025, 5, 1), "大众 帕萨特", 200000),
                         today=MON.date())
    c = Customer.get_by_id(cid)
    assert c.value_score >= 10 and c.category in ("general", "high_value")
    history.add_purchase(people["li"], cid, history.PurchaseInput(dt.date(2026, 9, 1), "丰田 凯美瑞", 190000,
                                                                 channel="other", elsewhere=True),
                         today=MON.date())
    assert Purchase.select().where(Purchase.customer == cid).count() == 2
    assert Customer.get_by_id(cid).category == "lost"  # bought elsewhere, no service since
    assert Customer.get_by_id(cid).value_score == c.value_score  # a car from another dealer scores nothing


def test_a_purchase_in_the_future_or_without_model_is_refused(people):
    with pytest.raises(InvalidInput) as err:
        history.add_purchase(people["li"], people["cid"], history.PurchaseInput(MON.date() + dt.timedelta(days=1),
                                                                                "x"), today=MON.date())
    assert err.value.field == "purchased_on"
    with pytest.raises(InvalidInput) as err:
        history.add_purchase(people["li"], people["cid"], history.PurchaseInput(MON.date(), " "), today=MON.date())
    assert err.value.field == "model_name"


def test_company_contacts_are_found_by_name_and_phone_and_masked_by_role(people):
    company = create_customer(SYSTEM, CustomerInput(name="鹏程物流有限公司", kind="company")).id
    first = cp.save_contact(SYSTEM, company, cp.ContactInput("赵车队", "车队主管", "135 6666 7777", is_main=True))
    cp.save_contact(SYSTEM, company, cp.ContactInput("钱采购", "采购经理", "0755-26001234", "13788889999",
                                                     is_main=True))
    listed = cp.list_contacts(SYSTEM, company)
    assert [(c.name, c.is_main) for c in listed] == [("钱采购", True), ("赵车队", False)]  # one main contact
    for text in ("13566667777", "7777", "赵车队", "13788889999"):
        assert [h.id for h in search_customers(SYSTEM, text)] == [company], text
    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])
    assert [c.phone for c in cp.list_contacts(people["desk"], company)] == ["0755-******34", "135****7777"]
    # an edit by a masked role keeps the stored numbers
    cp.save_contact(people["desk"], company, cp.ContactInput("赵队长", "车队主管", "135****7777"), first.id,
                    keep_phones=True)
    assert [h.id for h in search_customers(SYSTEM, "13566667777")] == [company]
    cp.delete_contact(SYSTEM, company, first.id)
    assert search_customers(SYSTEM, "13566667777") == []
    assert search_customers(SYSTEM, "赵队长") == []


def test_a_wrong_contact_phone_names_its_field(people):
    company = create_customer(SYSTEM, CustomerInput(name="某公司", kind="company")).id
    with pytest.raises(InvalidInput) as err:
        cp.save_contact(SYSTEM, company, cp.ContactInput("张三", phone2="12345"))
    assert err.value.field == "phone2"


def test_a_name_finds_the_person_before_a_company_whose_contact_shares_it(people):
    """宋涛 the customer and 宋涛 the contact of a company: typing the name lists the person; the company comes
    by the contact's phone (or alone, when no customer has that name)."""
    company = create_customer(SYSTEM, CustomerInput(name="华南建材有限公司", kind="company")).id
    cp.save_contact(SYSTEM, company, cp.ContactInput("宋涛", "采购经理", "13612345678"))
    assert [h.id for h in search_customers(SYSTEM, "宋涛")] == [company]  # nobody else is called so
    person = create_customer(SYSTEM, CustomerInput(name="宋涛", phones=["13987654321"])).id
    assert [h.id for h in search_customers(SYSTEM, "宋涛")] == [person]
    assert [h.id for h in search_customers(SYSTEM, "13612345678")] == [company]
