"""Plans and targets on a store built by hand: targets roll down and add up, the weekly progress and the
scorecards equal hand counts (the counts are written next to each figure)."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.services.reporting.consultant_targets import consultant_targets
from dealerdesk.services.targets import (
    TargetLine,
    month_targets,
    plan_versions,
    roll_plan,
    scorecards,
    set_month_targets,
    set_year_plan,
    trend,
    weekly_progress,
)
from dealerdesk.store.models import (
    AuditLog,
    Complaint,
    Customer,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    Reminder,
    SalesOrder,
    ServiceRecord,
    Setting,
    Survey,
    Vehicle,
    VehicleModel,
)
from tests.factories import make_user

MONTH = "2026-11"  # 1 Nov 2026 is a Sunday; reviews on Mondays 2, 9, 16, 23, 30


def t(month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour)


@pytest.fixture
def shop(store):
    boss = make_user("boss", "王经理", "manager")
    a01 = make_user("a01", "甲顾问", "sales")
    a02 = make_user("a02", "乙顾问", "sales")
    s1 = make_user("s1", "丙服务", "service_advisor")
    f1 = make_user("f1", "丁前台", "front_desk")
    m1 = VehicleModel.create(brand="吉利", name="星越L", price=150000)
    VehicleModel.create(brand="吉利", name="缤越", price=90000)
    cust = Customer.create(name="欧阳娜")
    # history (October): 4 leads of a01 on 星越L, 2 visited, 1 of them test-driven, 1 order
    # → 集客成交率 1/4, 成交率 1/2, 试驾率 1/2
    old = [Lead.create(customer=cust, owner=a01.id, model=m1, received_at=t(10, 5 + i), level="B") for i in range(4)]
    Interaction.create(customer=cust, lead=old[0], at=t(10, 10), channel="visit")
    Interaction.create(customer=cust, lead=old[1], at=t(10, 11), channel="test_drive")
    SalesOrder.create(lead=old[0], customer=cust, model=m1, ordered_at=t(10, 20))
    # November up to the 10th: a01 2 leads (one visited on the 4th, test-driven on the 5th, ordered on the 6th
    # and delivered on the 7th), a02 1 lead
    n1 = Lead.create(customer=cust, owner=a01.id, model=m1, received_at=t(11, 3), level="H")
    Lead.create(customer=cust, owner=a01.id, model=m1, received_at=t(11, 3, 15), level="A")
    Lead.create(customer=cust, owner=a02.id, model=m1, received_at=t(11, 8), level="C")
    Interaction.create(customer=cust, lead=n1, at=t(11, 4), channel="visit")
    Interaction.create(customer=cust, lead=n1, at=t(11, 5), channel="test_drive")
    order = SalesOrder.create(lead=n1, customer=cust, model=m1, ordered_at=t(11, 6))
    delivery = Delivery.create(order=order, lead=n1, customer=cust, delivered_at=t(11, 7))
    # follow-ups of a01 due in November: one on time, one late
    FollowUp.create(lead=n1, customer=cust, owner=a01.id, due_at=t(11, 4), overdue_at=t(11, 6), done_at=t(11, 5),
                    status="done")
    FollowUp.create(lead=n1, customer=cust, owner=a01.id, due_at=t(11, 7), overdue_at=t(11, 8), done_at=t(11, 9),
                    status="done")
    # surveys: a01's delivery very satisfied; s1's service neutral; one f1 took, satisfied
    car = Vehicle.create(vin="LSVAU2180N2183294", owner=cust)
    record = ServiceRecord.create(vehicle=car, customer=cust, kind="maintenance", service_date=dt.date(2026, 11, 2),
                                  advisor=s1.id)
    Survey.create(customer=cust, delivery=delivery, taken_at=t(11, 8), overall="very_satisfied", by_user=f1.id)
    Survey.create(customer=cust, service_record=record, taken_at=t(11, 9), overall="neutral", by_user=f1.id)
    Survey.create(customer=cust, taken_at=t(11, 9), overall="satisfied", by_user=f1.id)
    Complaint.create(customer=cust, received_at=t(11, 2), owner=s1.id)
    # reminders: s1 one on time and one not done; f1 one done late and one dismissed (not counted)
    for key, owner, done, status in (("r1", s1, t(11, 3), "done"), ("r2", s1, None, "open"),
                                     ("r3", f1, t(11, 9), "done"), ("r4", f1, None, "dismissed")):
        Reminder.create(kind="maintenance", customer=cust, owner=owner.id, due_at=t(11, 2), overdue_at=t(11, 5),
                        done_at=done, status=status, dedupe_key=key)
    set_year_plan(boss, 2026, {("2026-11", "星越L"): 5, ("2026-11", "缤越"): 2, ("2026-12", "星越L"): 6})
    return {"boss": boss, "a01": a01, "a02": a02, "s1": s1, "f1": f1}


def _lines(a01_m1: int = 3, a02_m1: int = 2) -> list[TargetLine]:
    return [
        TargetLine("a01", "星越L", orders=a01_m1, leads=12, visits=6, test_drives=3, ha_held=2),
        TargetLine("a02", "星越L", orders=a02_m1, leads=8, visits=4, test_drives=2, ha_held=1),
        TargetLine("a01", "缤越", orders=2, leads=6),
    ]


def test_year_plan_is_the_store_target_and_consultants_add_up(shop):
    saved = set_month_targets(shop["boss"], MONTH, _lines(), now=t(11, 1))
    assert saved.store_target("星越L") == 5 and saved.total("星越L") == 5
    assert saved.store_target("缤越") == 2 and saved.total("缤越") == 2
    assert saved.total("星越L", "leads") == 20
    assert AuditLog.select().where(AuditLog.action == "target.month").count() == 1


def test_a_model_listed_without_lines_has_its_targets_cleared(shop):
    set_month_targets(shop["boss"], MONTH, _lines(), now=t(11, 1))
    kept = set_month_targets(shop["boss"], MONTH, _lines()[:2], models=["缤越"], now=t(11, 2))
    assert {(line.login, line.model) for line in kept.lines} == {("a01", "星越L"), ("a02", "星越L")}
    assert len(set_month_targets(shop["boss"], MONTH, _lines()[:2], now=t(11, 3)).lines) == 2


def test_targets_that_do_not_add_up_are_refused_with_the_amount(shop):
    with pytest.raises(InvalidInput) as err:
        set_month_targets(shop["boss"], MONTH, _lines(a02_m1=1))
    assert str(err.value) == "星越L：顾问订单目标合计 4 台，门店目标 5 台，还差 1 台"
    with pytest.raises(InvalidInput, match="多了 2 台"):
        set_month_targets(shop["boss"], MONTH, _lines(a01_m1=5))
    assert month_targets(shop["boss"], MONTH).lines == []  # nothing was saved


def test_the_setting_is_the_fallback_and_the_rolling_plan_wins(shop):
    Setting.create(key="target.星越L", value="9")
    assert month_targets(shop["boss"], "2027-01").store_target("星越L") == 9  # no plan for January: the setting
    assert month_targets(shop["boss"], MONTH).store_target("星越L") == 5  # the year plan beats the setting
    # X+Y = 1+2 from November: November and December from the year plan, January from October's history (1)
    v1 = roll_plan(shop["boss"], MONTH, now=t(11, 1))
    got = {(c.month, c.model): (c.orders, c.firm) for c in v1.cells}
    assert got[("2026-11", "星越L")] == (5, True)
    assert got[("2026-12", "星越L")] == (6, False)
    assert got[("2027-01", "星越L")] == (1, False) and got[("2027-01", "缤越")] == (0, False)
    v2 = roll_plan(shop["boss"], MONTH, {("2026-11", "星越L"): 7}, now=t(11, 2))
    assert {(c.month, c.model): c.orders for c in v2.cells}[("2026-12", "星越L")] == 6  # kept from v1
    assert [v.id for v in plan_versions(shop["boss"])] == [v2.id, v1.id]  # both versions kept
    assert plan_versions(shop["boss"])[1].created_by == "王经理"
    assert month_targets(shop["boss"], MONTH).store_target("星越L") == 7  # the newest version


def test_lead_target_is_the_summary_plan(shop):
    from dealerdesk.services.reporting.summary import monthly_summary
    targets = month_targets(shop["boss"], MONTH)
    summary = monthly_summary(shop["boss"], MONTH)
    plan = {t.model: t.plan.new_leads for t in summary.targets}
    assert {m.model: m.leads for m in targets.models} == plan


def test_weekly_progress_equals_hand_counts(shop):
    set_month_targets(shop["boss"], MONTH, _lines(), now=t(11, 1))
    p = weekly_progress(shop["boss"], t(11, 10, 9))
    assert p.weeks_left == 4  # this week, and the reviews of the 16th, 23rd, 30th
    a01 = next(r for r in p.consultants if r.key == "a01")
    # target 3 + 2 = 5 orders, 1 done → gap 4: 1 order a week; 4 ÷ 1/4 = 16 leads → 4 a week;
    # 4 ÷ 1/2 = 8 visits → 2 a week; 8 × 1/2 = 4 test drives → 1 a week
    assert (a01.target_orders, a01.orders, a01.gap, a01.target_leads, a01.leads, a01.visits, a01.test_drives) == (
        5, 1, 4, 18, 2, 1, 1)
    assert (a01.need_orders, a01.need_leads, a01.need_visits, a01.need_test_drives) == (1, 4, 2, 1)
    a02 = next(r for r in p.consultants if r.key == "a02")
    # gap 2: 8 leads, 4 visits, 2 test drives over 4 weeks
    assert (a02.gap, a02.leads, a02.need_orders, a02.need_leads, a02.need_visits, a02.need_test_drives) == (
        2, 1, 1, 2, 1, 1)
    m1 = next(r for r in p.models if r.key == "星越L")
    assert (m1.target_orders, m1.orders, m1.gap, m1.leads, m1.target_leads) == (5, 1, 4, 3, 20)
    mine = weekly_progress(shop["a02"], t(11, 10, 9))
    assert [r.key for r in mine.consultants] == ["a02"]


def test_scorecards_equal_hand_counts(shop):
    set_month_targets(shop["boss"], MONTH, _lines(), now=t(11, 1))
    cards = scorecards(shop["boss"], MONTH)
    a01 = next(c for c in cards.people if c.key == "a01")
    assert (a01.follow_ups_due, a01.follow_ups_on_time, a01.compliance) == (2, 1, 0.5)
    assert (a01.leads, a01.visits, a01.orders, a01.close_rate, a01.target_orders, a01.achievement) == (
        2, 1, 1, 1.0, 5, 0.2)
    assert (a01.surveys, a01.satisfied) == (1, 1)  # the delivery survey is about the delivering consultant
    s1 = next(c for c in cards.people if c.key == "s1")
    assert (s1.surveys, s1.satisfied, s1.complaints, s1.reminders_due, s1.reminders_on_time) == (1, 0, 1, 2, 1)
    f1 = next(c for c in cards.people if c.key == "f1")
    assert (f1.surveys, f1.satisfied, f1.reminders_due, f1.reminders_on_time) == (1, 1, 1, 0)
    dept = {c.key: c for c in cards.departments}
    assert (dept["sales"].leads, dept["sales"].orders, dept["sales"].target_orders) == (3, 1, 7)
    assert dept["service_advisor"].reminder_rate == 0.5 and dept["front_desk"].satisfied_rate == 1.0
    months = trend(shop["boss"], MONTH, "a01")
    assert [m for m, _c in months] == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    assert months[-2][1].orders == 1 and months[-2][1].leads == 4  # October
    own = scorecards(shop["a02"], MONTH)
    assert [c.key for c in own.people] == ["a02"] and own.departments == []


def test_kpi_consultants_carry_targets(shop):
    set_month_targets(shop["boss"], MONTH, _lines(), now=t(11, 1))
    rows = {r.login: r for r in consultant_targets(2026, 11)}
    assert (rows["a01"].target_orders, rows["a01"].orders, rows["a01"].target_leads, rows["a01"].leads) == (
        5, 1, 18, 2)
    assert rows["a01"].compliance == 0.5
    assert (rows["a02"].target_orders, rows["a02"].leads) == (2, 1)


def test_consultants_read_but_only_the_manager_writes(shop):
    with pytest.raises(PermissionDenied):
        set_month_targets(shop["a01"], MONTH, _lines())
    with pytest.raises(PermissionDenied):
        set_year_plan(shop["a01"], 2026, {("2026-11", "星越L"): 1})
    with pytest.raises(PermissionDenied):
        month_targets(shop["s1"], MONTH)
    set_month_targets(shop["boss"], MONTH, _lines(), now=t(11, 1))
    assert {line.login for line in month_targets(shop["a02"], MONTH).lines} == {"a02"}


def test_manager_is_told_the_pace_on_review_and_inventory_days(shop):
    from dealerdesk.services.sales import notices

    set_month_targets(shop["boss"], MONTH, _lines(), now=t(11, 1))
    monday = notices.check(shop["boss"], t(11, 16, 9))
    assert "review" in monday.store_days
    # 1 order of 7 targeted; half the month gone: a01 1 < 5 × 0.5 and a02 0 < 2 × 0.5 are both behind
    assert monday.targets == (1, 7, 2)
    assert notices.check(shop["a01"], t(11, 16, 9)).targets is None  # consultants get the reminder, not this
    assert notices.check(shop["boss"], t(11, 10, 9)).targets is None  # an ordinary Tuesday
    month_end = notices.check(shop["boss"], t(11, 27, 9))  # the store opens daily: 26th–30th
    assert "inventory" in month_end.store_days and month_end.targets is not None
