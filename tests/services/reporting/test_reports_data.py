"""The KPI service against a hand-built store where every figure is known (tests/reports/kpi_store.py)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from dealerdesk.domain.errors import PermissionDenied
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.reporting.summary import levels_at, monthly_summary, profile_data
from dealerdesk.store.models import AuditLog
from tests.factories import make_user

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "reports"))
import kpi_store as ks


@pytest.fixture
def built(store):
    return ks.build()


@pytest.fixture
def summary(built):
    return monthly_summary(actor_for_login("boss"), ks.MONTH, now=dt.datetime(2026, 11, 3, 9, 0))


def test_funnel_counts_and_rates(summary):
    data = summary.to_json()
    for key, value in ks.EXPECTED.items():
        assert data[key] == pytest.approx(value), key
    assert all(isinstance(data[k], int) for k in ("new_leads", "registered", "visits", "orders", "defeats"))


def test_previous_month_and_same_month_last_year(summary):
    data = summary.to_json()
    for key, value in ks.EXPECTED_PREVIOUS.items():
        assert data["previous_month"][key] == value, key
    for key, value in ks.EXPECTED_LAST_YEAR.items():
        assert data["same_month_last_year"][key] == value, key


def test_trend_ends_with_the_month_and_counts_each_month(summary):
    months = [m for m, _f in summary.trend]
    assert months[-1] == "2026-10" and months[0] == "2025-11" and len(months) == 12
    assert dict(summary.trend)["2026-08"].new_leads == 2  # the 08-01 and 08-05 leads


def test_every_trend_month_equals_that_months_own_figures(summary):
    # issue 22: the trend's earlier months showed registered, visits and test drives as 0
    boss = actor_for_login("boss")
    for month, f in summary.trend:
        own = monthly_summary(boss, month, now=dt.datetime(2026, 11, 3, 9, 0)).funnel
        assert f.to_json() == own.to_json(), month
    assert any(f.registered for m, f in summary.trend if m != ks.MONTH)  # not only the counts


def test_per_consultant_follow_up_compliance_and_results(summary):
    rows = {c.login: c for c in summary.consultants}
    for login, (held, due, ok, orders, deliveries, defeats) in ks.EXPECTED_CONSULTANTS.items():
        c = rows[login]
        assert (c.leads_held, c.follow_ups_due, c.follow_ups_on_time, c.orders, c.deliveries, c.defeats) == (
            held,
            due,
            ok,
            orders,
            deliveries,
            defeats,
        ), login
    assert rows["zhang"].compliance == 0.5 and rows["li"].compliance == 0.0


def test_inventory_rebuilds_levels_at_month_start_from_level_history(summary):
    got = {r.model: (r.ha, r.bc, r.d) for r in summary.inventory}
    assert got == ks.EXPECTED_INVENTORY
    assert summary.inventory_at == dt.datetime(2026, 10, 1)


def test_levels_at_other_moments(built):
    # on 10-12 noon 盖磊 is H (since 10-05), 欧阳娜 (10-10) and 解强 (10-12 10:00) have ordered (O),
    # 覃佘 (price defeat on 10-15) is still B
    levels = levels_at(dt.datetime(2026, 10, 12, 12))
    assert (levels[(1, "H")], levels[(1, "O")], levels[(1, "B")]) == (1, 2, 1)


def test_targets_rates_plan_and_monday_progress(summary):
    row = next(t for t in summary.targets if t.model == "星越L")
    assert summary.history == ("2026-07", "2026-09")
    for key, value in ks.EXPECTED_RATES.items():
        assert getattr(row.rates, key) == pytest.approx(value), key
    for key, value in ks.EXPECTED_PLAN.items():
        assert getattr(row.plan, key) == value, key
    got = {w.until.isoformat(): (w.new_leads, w.new_ha, w.bc_to_ha, w.orders) for w in row.progress}
    assert got == ks.EXPECTED_PROGRESS
    other = next(t for t in summary.targets if t.model == "缤越")
    assert other.plan.new_ha is None  # no H/A history: unknown, not zero


def test_hot_defeats_complaints_satisfaction_and_categories(summary):
    assert summary.hot_total == ks.EXPECTED_HOT
    assert sorted(h.level for h in summary.hot) == ["A", "H"]
    assert summary.defeats_by_reason == {"price": 1, "bought_elsewhere": 1}
    assert summary.defeats_by_competitor == {"比亚迪 汉": 2}
    assert summary.defeats_by_consultant == {"张顾问": 2}
    assert summary.defeats_by_model == {"星越L": 1, "缤越": 1}
    data = summary.to_json()
    assert data["complaints"] == ks.EXPECTED_COMPLAINTS
    assert data["satisfaction"]["surveys"] == 3
    assert data["satisfaction"]["satisfied_rate"] == pytest.approx(2 / 3)
    assert data["categories"] == ks.EXPECTED_CATEGORIES and data["tiers"] == ks.EXPECTED_TIERS


def test_only_managers_read_reports(built):
    with pytest.raises(PermissionDenied):
        monthly_summary(actor_for_login("zhang"), ks.MONTH)


def test_profile_masks_phones_for_roles_without_phone_see_and_audits_the_print(built, store):

    from dealerdesk.services.settings import set_setting

    desk = make_user("desk", "前台小周", "front_desk")
    from dealerdesk.services.auth import SYSTEM

    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])
    masked = profile_data(desk, built["customer_a"])
    assert dict(masked.basics)["电话"] == "138 **** 0001" and masked.phones_masked  # grouped as printed
    clear = profile_data(actor_for_login("boss"), built["customer_a"])
    assert dict(clear.basics)["电话"] == "138 0000 0001"
    assert [row[3] for row in clear.level_history] == ["N", "H", "O", "D"]
    assert len(clear.interactions) == 2 and len(clear.complaints) == 1 and len(clear.surveys) == 1
    assert AuditLog.select().where(AuditLog.action == "customer.print").count() == 2


def test_short_trend_gives_the_same_comparison_months(built):
    # one trend month: this month, the previous one and last year's are three separate date ranges in the
    # grouped funnel queries (no trend months joining them), and must give the same figures
    from dealerdesk.store.models import Setting

    Setting.create(key="kpi.trend_months", value="1")
    data = monthly_summary(actor_for_login("boss"), ks.MONTH).to_json()
    assert [t["month"] for t in data["trend"]] == [ks.MONTH]
    for key, value in ks.EXPECTED.items():
        assert data[key] == pytest.approx(value), key
    for key, value in ks.EXPECTED_PREVIOUS.items():
        assert data["previous_month"][key] == value, key
    for key, value in ks.EXPECTED_LAST_YEAR.items():
        assert data["same_month_last_year"][key] == value, key
