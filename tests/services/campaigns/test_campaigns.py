"""Segments, call lists, message batches and greetings (issue 24 part A) on a real store."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from dealerdesk.domain import campaigns as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealerdesk.services import campaigns
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers import listing
from dealerdesk.services.customers.listing import CustomerFilter
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales.worklist import build_worklist
from dealerdesk.store.models import (
    CallListEntry,
    Customer,
    Interaction,
    Message,
    Reminder,
    RepairOrder,
    Vehicle,
    VehicleModel,
)
from tests.factories import make_user

NOW = dt.datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def shop(store):
    manager = make_user("boss", "王经理", "manager")
    s1 = make_user("s1", "李顾问", "sales")
    s2 = make_user("s2", "赵顾问", "sales")
    ids = []
    people = [("王大山", "M", True, "13800000001"), ("李小红", "F", True, "13800000002"),
              ("张三", "M", False, "13800000003"), ("陈静", "F", True, "020-88886666"),
              ("刘洋", "M", True, "13800000005"), ("周杰", "M", True, "13800000006")]
    for name, gender, consent, phone in people:
        ids.append(create_customer(SYSTEM, CustomerInput(name=name, gender=gender, consent=consent, phones=[phone],
                                                         city="广州")).id)
    model = VehicleModel.create(brand="丰田", name="凯美瑞 2026款", series="凯美瑞")
    Vehicle.create(owner=ids[0], plate="粤A12345", model=model)
    Vehicle.create(owner=ids[1], plate="粤A54321", model_name="雅阁")
    Customer.update(birthday=dt.date(1980, 12, 3), birthday_kind="solar").where(Customer.id == ids[0]).execute()
    Customer.update(lunar_birthday_month=10, lunar_birthday_day=13, birthday_kind="lunar",
                    birthday=dt.date(1985, 1, 1)).where(Customer.id == ids[1]).execute()
    return {"manager": manager, "s1": s1, "s2": s2, "ids": ids, "model": model}


def test_salutation_and_render():
    assert rules.salutation("王大山", "M") == "王先生"
    assert rules.salutation("欧阳娜娜", "F") == "欧阳女士"
    assert rules.salutation("某某公司", "M", "company") == "某某公司"
    who = rules.Recipient(name="李小红", gender="F", plate="粤A1", model="雅阁")
    assert rules.render("{称呼}您好，{车型}{车牌}，{门店}", who, {"门店": "某店"}) == "李女士您好，雅阁粤A1，某店"
    with pytest.raises(InvalidInput):
        rules.check_template("{不存在}")
    template = "{称呼}，{门店}{活动日期}见；{车型}{车牌}{顾问}{节日}"
    common = {"门店": "某店", "活动日期": "6月1日", "节日": "端午节"}
    for person in (who, rules.Recipient(name="欧阳娜娜", gender="F"), rules.Recipient(name="某公司", kind="company")):
        assert rules.compile_template(template, common)(person) == rules.render(template, person, common)
    assert rules.split_callers([1, 2, 3, 4, 5], [10, 20], "round_robin") == [(1, 10), (2, 20), (3, 10), (4, 20),
                                                                           (5, 10)]
    assert rules.split_callers([1, 2, 3, 4, 5], [10, 20], "even") == [(1, 10), (2, 10), (3, 10), (4, 20), (5, 20)]


@pytest.mark.parametrize("flt", [
    CustomerFilter(city="广州"),
    CustomerFilter(consent_only=True),
    CustomerFilter(model_owned="凯美瑞"),
    CustomerFilter(birthday_month=12),
    CustomerFilter(last_visit_before=dt.date(2026, 11, 1)),
])
def test_segment_count_equals_customer_list(shop, flt):
    m = shop["manager"]
    seg = campaigns.save_segment(m, f"分组{hash(flt) % 1000}", flt)
    assert campaigns.segment_count(m, seg.id) == listing.count(m, flt)
    assert campaigns.segment_customer_ids(m, seg.id) == sorted(listing.ids(m, flt, limit=1000))
    assert campaigns.get_segment(m, seg.id).filter == flt


def test_new_filters_pick_the_right_customers(shop):
    m, ids = shop["manager"], shop["ids"]

    def pick(**kw):
        return sorted(listing.ids(m, CustomerFilter(**kw), limit=100))
    assert pick(model_owned="凯美瑞 2026款") == [ids[0]]
    assert pick(model_owned="雅阁") == [ids[1]]
    assert pick(birthday_month=12) == [ids[0]]  # solar December
    assert pick(birthday_month=10) == [ids[1]]  # lunar 10th month; her solar birthday (January) does not count
    assert pick(birthday_month=1) == []
    assert pick(consent_only=True) == [ids[0], ids[1], ids[3], ids[4], ids[5]]
    car = Vehicle.get(Vehicle.owner == ids[0])
    Reminder.create(kind="maintenance", customer=ids[0], vehicle=car, due_at=NOW, dedupe_key="m1",
                    overdue_at=dt.datetime(2026, 12, 11), detail=json.dumps({"date": "2026-12-10", "first": True}))
    assert pick(due_kind="maintenance", due_from=dt.date(2026, 12, 1), due_to=dt.date(2026, 12, 10)) == [ids[0]]
    assert pick(due_kind="maintenance", due_from=dt.date(2026, 12, 11)) == []
    RepairOrder.create(number="WO1", customer=ids[2], vehicle=car, checked_in_at=dt.datetime(2026, 11, 20))
    assert ids[2] not in pick(last_visit_before=dt.date(2026, 11, 1))
    assert ids[3] in pick(last_visit_before=dt.date(2026, 11, 1))


def test_segment_names_are_unique(shop):
    m = shop["manager"]
    campaigns.save_segment(m, "广州客户", CustomerFilter(city="广州"))
    with pytest.raises(Conflict):
        campaigns.save_segment(m, "广州客户", CustomerFilter(city="深圳"))


def test_batch_respects_consent_mobile_and_recent_contact(shop, tmp_path):
    m = shop["manager"]
    seg = campaigns.save_segment(m, "全部", CustomerFilter())
    batch = campaigns.create_batch(m, "十二月关怀", "{称呼}，{门店}提醒您：{车型}{车牌}", segment_id=seg.id, at=NOW)
    # 张三 has no consent, 陈静 only a landline
    assert batch.size == 4 and batch.excluded == {"no_consent": 1, "no_mobile": 1, "recent": 0}
    texts = {r.name: r.text for r in campaigns.batch_messages(m, batch.id)}
    assert texts["王大山"].startswith("王先生，") and "凯美瑞 2026款粤A12345" in texts["王大山"]
    path = tmp_path / "sms.csv"
    assert campaigns.export_batch(m, batch.id, path, at=NOW) == 4
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["手机号", "内容"] and rows[1][0] == "13800000001"
    assert Interaction.select().where(Interaction.channel == "sms").count() == 4
    campaigns.export_batch(m, batch.id, tmp_path / "again.xlsx", at=NOW)  # a second file logs nothing twice
    assert Interaction.select().where(Interaction.channel == "sms").count() == 4
    # within campaign.recent_days (7) the same customers are left out, counted as "recent"
    again = campaigns.create_batch(m, "再发", "{称呼}您好", segment_id=seg.id, at=NOW + dt.timedelta(days=3))
    assert again.size == 0 and again.excluded["recent"] == 4
    later = campaigns.create_batch(m, "一周后", "{称呼}您好", segment_id=seg.id, at=NOW + dt.timedelta(days=8))
    assert later.size == 4


def test_call_list_split_logging_and_worklist(shop):
    m, s1, s2 = shop["manager"], shop["s1"], shop["s2"]
    seg = campaigns.save_segment(m, "全部", CustomerFilter())
    cl = campaigns.create_call_list(m, "老客户回访", seg.id, [s1.id, s2.id], "round_robin", at=NOW)
    # 张三 has no consent; 陈静's landline is fine for a call
    assert cl.total == 5 and cl.excluded["no_consent"] == 1
    assert sorted(c.total for c in cl.callers) == [2, 3]
    work = build_worklist(s1, NOW)
    calls = [w for w in work.rows() if w.group == "campaign_call"]
    assert len(calls) == 3 and all(w.item.owner == "s1" for w in calls)
    entry = calls[0].item.item_id
    with pytest.raises(PermissionDenied):
        campaigns.log_call(s2, entry, "reached")
    row = campaigns.log_call(s1, entry, "no_answer", at=NOW)
    assert row.status == "open" and row.attempts == 1
    row = campaigns.log_call(s1, entry, "appointment", "约周六保养", at=NOW)
    assert row.status == "done"
    assert Interaction.select().where(Interaction.channel == "phone").count() == 2
    assert len([w for w in build_worklist(s1, NOW).rows() if w.group == "campaign_call"]) == 2
    progress = {c.caller_name: c for c in campaigns.get_call_list(m, cl.id).callers}
    assert progress["李顾问"].done == 1 and progress["李顾问"].appointments == 1 and progress["李顾问"].reached == 1
    campaigns.close_call_list(m, cl.id)
    assert not [w for w in build_worklist(s1, NOW).rows() if w.group == "campaign_call"]
    assert CallListEntry.select().count() == 5


def test_call_list_leaves_out_recently_messaged(shop, tmp_path):
    m, s1 = shop["manager"], shop["s1"]
    seg = campaigns.save_segment(m, "全部", CustomerFilter())
    batch = campaigns.create_batch(m, "群发", "{称呼}您好", segment_id=seg.id, at=NOW)
    campaigns.export_batch(m, batch.id, tmp_path / "x.csv", at=NOW)
    cl = campaigns.create_call_list(m, "外呼", seg.id, [s1.id], at=NOW + dt.timedelta(days=1))
    assert cl.excluded == {"no_consent": 1, "no_phone": 0, "recent": 4} and cl.total == 1


def test_greetings_planned_once_ahead(shop):
    m, ids = shop["manager"], shop["ids"]
    today = dt.date(2026, 12, 1)  # 王大山's solar birthday 12-03 is within 2 days; 李小红's lunar 10-13 is 12-01?
    ready = campaigns.ready_greetings(m, today, at=NOW)
    kinds = {(b.kind, b.planned_for) for b in ready}
    assert ("birthday", dt.date(2026, 12, 3)) in kinds
    birthday = next(b for b in ready if b.planned_for == dt.date(2026, 12, 3) and b.kind == "birthday")
    assert [r.customer_id for r in campaigns.batch_messages(m, birthday.id)] == [ids[0]]
    assert "王先生" in campaigns.batch_messages(m, birthday.id)[0].text
    again = campaigns.ready_greetings(m, today, at=NOW)
    assert [b.id for b in again] == [b.id for b in ready]  # planned once
    assert Message.select().count() == sum(b.size for b in ready)


def test_lunar_birthday_greeting(shop):
    from dealerdesk.domain.lunar import lunar_birthday_in_year, solar_to_lunar
    m, ids = shop["manager"], shop["ids"]
    day = lunar_birthday_in_year(10, 13, solar_to_lunar(dt.date(2026, 12, 1))[0])
    made = campaigns.plan_greetings(m, day, at=NOW)
    birthday = [b for b in made if b.kind == "birthday" and b.planned_for == day]
    assert birthday and [r.customer_id for r in campaigns.batch_messages(m, birthday[0].id)] == [ids[1]]


def test_winback_segment_is_ready(shop):
    m = shop["manager"]
    seg = campaigns.ensure_winback(m)
    assert seg.builtin == "winback"
    assert campaigns.ensure_winback(m).id == seg.id
    assert campaigns.segment_count(m, seg.id, today=NOW.date()) == len(
        campaigns.segment_customer_ids(m, seg.id, today=NOW.date()))


def test_service_advisor_cannot_make_campaigns(shop):
    adv = make_user("adv", "服务", "service_advisor")
    with pytest.raises(PermissionDenied):
        campaigns.save_segment(adv, "x", CustomerFilter())


def test_monthly_campaign_figures_and_kpi_json(shop, tmp_path):
    from dealerdesk.services.reporting.campaigns import monthly_campaigns
    from dealerdesk.services.reporting.summary import monthly_summary
    m, s1, ids = shop["manager"], shop["s1"], shop["ids"]
    seg = campaigns.save_segment(m, "全部", CustomerFilter())
    cl = campaigns.create_call_list(m, "回访", seg.id, [s1.id], at=NOW)
    entries = {e.customer_id: e.id for e in campaigns.call_entries(m, cl.id)}
    campaigns.log_call(s1, entries[ids[0]], "appointment", at=NOW + dt.timedelta(hours=1))
    campaigns.log_call(s1, entries[ids[1]], "no_answer", at=NOW + dt.timedelta(hours=1))
    campaigns.log_call(s1, entries[ids[3]], "refused", at=NOW + dt.timedelta(hours=1))
    car = Vehicle.get(Vehicle.owner == ids[0])
    RepairOrder.create(number="WO9", customer=ids[0], vehicle=car, checked_in_at=NOW + dt.timedelta(days=5))
    Interaction.create(customer=ids[3], channel="visit", at=NOW + dt.timedelta(days=40))  # too late to count
    batch = campaigns.create_batch(m, "群发", "{称呼}您好", segment_id=seg.id, at=NOW + dt.timedelta(days=2))
    campaigns.export_batch(m, batch.id, tmp_path / "b.csv", at=NOW + dt.timedelta(days=2))
    figures = {(c.kind, c.name): c for c in monthly_campaigns(m, "2026-12")}
    call = figures[("call_list", "回访")]
    assert (call.size, call.reached, call.appointments, call.visits) == (5, 2, 1, 1)
    sms = figures[("batch", "群发")]
    assert (sms.size, sms.reached, sms.visits) == (4, 4, 1)
    data = monthly_summary(m, "2026-12").to_json()
    assert {"name": "回访", "kind": "call_list", "size": 5, "reached": 2, "visits": 1, "appointments": 1} \
        in data["campaigns"]
    assert monthly_campaigns(m, "2026-11") == []


def test_a_consultant_campaigns_only_their_own_customers(shop):
    m, s1, ids = shop["manager"], shop["s1"], shop["ids"]
    Customer.update(owner=s1.id).where(Customer.id == ids[0]).execute()
    seg = campaigns.save_segment(s1, "我的客户", CustomerFilter())
    assert campaigns.segment_customer_ids(s1, seg.id) == [ids[0]]
    assert campaigns.segment_count(m, seg.id) == 6  # the manager's count of the same filter: everybody
    batch = campaigns.create_batch(m, "全体", "{称呼}您好", segment_id=seg.id, at=NOW)
    assert [r.customer_id for r in campaigns.batch_messages(s1, batch.id)] == [ids[0]]
    assert campaigns.ready_greetings(s1, NOW.date(), at=NOW) == []  # a consultant does not plan store greetings
    assert Message.select().count() == batch.size
