"""The notifier's fallback path (no system tray under offscreen), driven by a fake clock."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.services.sales import leads
from dealerdesk.ui.tray import TrayNotifier
from tests.ui.conftest import NOW

DAY = NOW.date()


def at(hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hh, mm))


@pytest.fixture
def clock(ctx):
    now = [at(9, 0)]
    ctx.clock = lambda: now[0]
    return now


@pytest.fixture
def due_at_14(ctx, store, clock):
    """The manager's own N lead received at 10:00: due 14:00 (the 24-hour rule)."""
    leads.create_lead(ctx.actor, leads.LeadInput(customer_id=store["ids"][3], level="N", owner_id=ctx.actor.id,
                                                 received_at=at(10)), at=at(10))


def make(ctx, qtbot) -> TrayNotifier:
    notifier = TrayNotifier(ctx, None, autostart=False)
    assert notifier.tray is None  # offscreen: the fallback path
    qtbot.addWidget(notifier.banner_widget())
    return notifier


def test_item_is_announced_once_when_it_becomes_due_and_not_after_restart(ctx, qtbot, clock, due_at_14):
    notifier = make(ctx, qtbot)
    with qtbot.waitSignal(notifier.banner) as morning:
        notifier.check()
    assert "今日待跟进 1 项" in morning.args[0] and notifier.popup.isVisible()
    clock[0] = at(13, 59)
    with qtbot.assertNotEmitted(notifier.noticesChanged):
        notifier.check()
    clock[0] = at(14, 0)
    with qtbot.waitSignal(notifier.noticesChanged) as due:
        notifier.check()
    assert [i.customer_name for i in due.args[0]] == ["刘洋"]
    assert "刘洋" in notifier.banner_widget().label.text() and "刘洋" in notifier.popup.body.text()
    assert notifier.banner_widget().isVisibleTo(notifier.banner_widget().parentWidget() or notifier.banner_widget())
    clock[0] = at(14, 1)
    with qtbot.assertNotEmitted(notifier.noticesChanged):
        notifier.check()
    notifier.popup.close()
    notifier.deleteLater()
    restarted = make(ctx, qtbot)  # a new process would build a new notifier over the same store
    with qtbot.assertNotEmitted(restarted.banner):
        assert restarted.check() == []
    assert restarted.counts == (1, 0)


def test_snooze_holds_notices_back_until_it_ends(ctx, qtbot, clock, due_at_14):
    notifier = make(ctx, qtbot)
    notifier.check()  # the morning summary
    clock[0] = at(13, 55)
    assert notifier.snooze_all(minutes=15) == at(14, 10)
    clock[0] = at(14, 5)
    with qtbot.assertNotEmitted(notifier.noticesChanged):
        notifier.check()
    assert notifier.counts == (1, 0)  # counts keep updating while snoozed
    assert "暂停" in notifier.counts_action.text()
    clock[0] = at(14, 10)
    with qtbot.waitSignal(notifier.noticesChanged):
        notifier.check()
    assert notifier.snoozed_until is None


def test_snooze_until_tomorrow_ends_at_quiet_end(ctx, qtbot, clock):
    notifier = make(ctx, qtbot)
    assert notifier.snooze_all(tomorrow=True) == dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(8, 0))


def test_menu_opens_the_worklist(ctx, qtbot, clock):
    shown = []
    ctx.show_page = shown.append
    notifier = make(ctx, qtbot)
    labels = [a.text() for a in notifier.menu.actions()]
    assert {"打开 DealerDesk", "今日跟进", "暂停提醒", "退出"} <= set(labels)
    next(a for a in notifier.menu.actions() if a.text() == "今日跟进").trigger()
    assert shown == ["worklist"]


def test_a_day_with_nothing_due_starts_quietly(qtbot, tmp_path):
    """No '0 items' pop-up on an empty day; the greeting follows the time of day when there is something."""
    import datetime as _dt

    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.store.db import close_store, open_store
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.tray import TrayNotifier

    open_store(tmp_path / "quiet.db", create=True)
    try:
        clock = {"now": _dt.datetime(2026, 11, 24, 15, 0)}
        ctx = AppContext(actor=SYSTEM, clock=lambda: clock["now"])
        notifier = TrayNotifier(ctx, None, use_tray=False, autostart=False)
        assert notifier.check() == []
        assert notifier.last_text == ""  # nothing was announced
        assert notifier.counts == (0, 0)
    finally:
        close_store()


def test_the_inventory_day_is_announced_even_with_nothing_due(ctx, qtbot, clock):
    """ctx acts as a manager: on a month-end inventory day the morning notice says so, though nothing is due."""
    clock[0] = dt.datetime(2026, 9, 28, 9, 0)  # Monday; September's last 5 working days skip 中秋 (25–27)
    notifier = make(ctx, qtbot)
    notifier.check()
    assert "月底盘点日" in notifier.last_text and "09-23–09-30" in notifier.last_text
    assert "进度回顾日" in notifier.last_text


def test_the_manager_hears_the_month_pace_on_a_review_day(ctx, qtbot, clock):
    """With consultants' targets set, the review-day notice gives the month's orders against them (issue 25)."""
    from dealerdesk.services.targets import TargetLine, set_month_targets, set_year_plan
    from dealerdesk.store.models import VehicleModel

    VehicleModel.create(brand="吉利", name="星越L", price=150000)
    set_year_plan(ctx.actor, 2026, {("2026-09", "星越L"): 4})
    set_month_targets(ctx.actor, "2026-09", [TargetLine("li", "星越L", orders=4)])
    clock[0] = dt.datetime(2026, 9, 28, 9, 0)
    notifier = make(ctx, qtbot)
    notifier.check()
    assert "本月订单 0/4 台，1 位顾问低于进度" in notifier.last_text
