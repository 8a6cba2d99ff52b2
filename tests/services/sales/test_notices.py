"""The notifier's service: a daily summary, each item once when it becomes due, quiet hours, no repeats."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import leads, notices
from dealerdesk.services.settings import set_setting
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import NoticeSent
from tests.factories import make_user

DAY = dt.date(2026, 10, 15)


def at(hh: int, mm: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


@pytest.fixture
def li(store):
    li = make_user("li", "李顾问", "sales")
    make_user("boss", "王经理", "manager")
    cid = create_customer(SYSTEM, CustomerInput(name="张伟", owner_id=li.id)).id
    # N received 10:00 → due 14:00, overdue 18:00
    leads.create_lead(li, leads.LeadInput(customer_id=cid, level="N", received_at=at(10)), at=at(10))
    return li


def test_summary_then_each_item_once_when_due(li):
    first = notices.check(li, at(9, 0))
    assert first.digest and first.items == [] and first.due_count == 1  # due today, announced later
    assert notices.check(li, at(13, 59)).items == []
    due = notices.check(li, at(14, 0))
    assert [i.customer_name for i in due.items] == ["张伟"] and not due.digest
    assert notices.check(li, at(14, 1)).items == []
    assert notices.check(li, at(18, 30)).overdue_count == 1


def test_no_repeats_after_a_restart(li, store):
    notices.check(li, at(14, 5))
    close_store()
    open_store(store.url)
    again = notices.check(li, at(14, 6))
    assert (again.digest, again.items) == (False, [])
    assert NoticeSent.select().count() == 2  # the day's summary and the item


def test_quiet_hours_hold_announcements_back(li):
    set_setting(SYSTEM, "notify.quiet_start", "13:00")
    set_setting(SYSTEM, "notify.quiet_end", "15:00")
    quiet = notices.check(li, at(14, 30))
    assert quiet.quiet and quiet.items == [] and quiet.due_count == 1
    after = notices.check(li, at(15, 0))
    assert [i.customer_name for i in after.items] == ["张伟"]


@pytest.mark.parametrize("start, end, t, quiet", [
    ("21:00", "08:00", "22:00", True), ("21:00", "08:00", "07:59", True), ("21:00", "08:00", "08:00", False),
    ("21:00", "08:00", "12:00", False), ("12:00", "13:30", "12:30", True), ("12:00", "13:30", "13:30", False),
    ("09:00", "09:00", "09:00", False),
])
def test_quiet_hours_rule(start, end, t, quiet):
    settings = {"notify.quiet_start": start, "notify.quiet_end": end}
    moment = dt.datetime.combine(DAY, dt.time.fromisoformat(t))
    assert notices.in_quiet_hours(moment, settings) is quiet


def test_counts_only_check_announces_nothing(li):
    batch = notices.check(li, at(14, 30), announce=False)
    assert (batch.due_count, batch.items, batch.digest) == (1, [], False)
    assert NoticeSent.select().count() == 0


def test_the_morning_summary_names_the_inventory_and_review_days(li, store):
    """28 Sep 2026: one of the month's last 5 working days (中秋 closes 25–27 Sep) and a Monday review."""
    day = dt.date(2026, 9, 28)
    batch = notices.check(li, at(9, 0, day))
    assert batch.digest and batch.store_days == ("inventory", "review")
    assert batch.inventory_days == tuple(dt.date(2026, 9, n) for n in (23, 24, 28, 29, 30))
    assert notices.check(li, at(10, 0, day)).store_days == ()  # once a day, with the summary
    assert notices.check(li, at(9, 0, dt.date(2026, 9, 25))).store_days == ()  # 中秋: not an inventory day
    desk = make_user("desk", "前台", "front_desk")
    assert notices.check(desk, at(9, 0, day)).store_days == ()  # for sales and managers only
