"""KPI formulas: undefined rates, month arithmetic, Monday reviews and the order-target split."""

from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain import kpi
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.kpi import Funnel, TargetRates


def test_rate_with_zero_denominator_is_undefined_not_zero():
    assert kpi.rate(0, 0) is None
    assert kpi.rate(3, 4) == 0.75
    assert kpi.change(5, 0) is None and kpi.change(None, 2) is None
    assert kpi.change(3, 2) == pytest.approx(0.5)


def test_funnel_rates_follow_the_default_definitions():
    f = Funnel(
        new_leads=10,
        registered=8,
        visited_new_leads=4,
        visits=6,
        test_drives=3,
        orders=2,
        deliveries=1,
        defeats=2,
    )
    assert (f.visit_rate, f.test_drive_rate, f.close_rate, f.defeat_rate) == (0.4, 0.5, 2 / 6, 0.5)
    empty = Funnel()
    assert (empty.visit_rate, empty.test_drive_rate, empty.close_rate, empty.defeat_rate) == (None,) * 4
    assert set(kpi.RATE_NAMES) <= set(f.to_json())


def test_month_bounds_and_arithmetic_cross_the_year():
    assert kpi.month_bounds(2026, 12) == (dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1))
    assert kpi.add_months(2026, 1, -1) == (2025, 12)
    assert kpi.add_months(2026, 10, -12) == (2025, 10)
    assert kpi.parse_month("2026-03") == (2026, 3)
    for bad in ("2026-13", "26-01", "2026/01", "x"):
        with pytest.raises(ValueError):
            kpi.parse_month(bad)


def test_target_plan_splits_the_order_target_over_stock_conversions_and_new_leads():
    plan = kpi.target_plan(10, ha_stock=8, bc_stock=20, rates=TargetRates(0.1, 0.5, 0.2))
    # 8 H/A × 0.5 = 4 orders; 6 missing → 12 new H/A; B/C can give 20 × 0.2 = 4 of them (2 orders);
    # 4 orders still missing ÷ 0.1 = 40 new leads
    assert (plan.expected_from_ha, plan.new_ha, plan.bc_to_ha, plan.new_leads) == (4.0, 12, 4, 40)


def test_target_plan_when_the_stock_already_covers_the_target():
    plan = kpi.target_plan(2, ha_stock=10, bc_stock=5, rates=TargetRates(0.1, 0.5, 0.2))
    assert (plan.new_ha, plan.bc_to_ha, plan.new_leads) == (0, 0, 0)


def test_target_plan_without_history_is_unknown_not_zero():
    plan = kpi.target_plan(5, 3, 3, TargetRates(None, None, None))
    assert (plan.new_ha, plan.bc_to_ha, plan.new_leads) == (None, None, None)
    plan = kpi.target_plan(5, 0, 0, TargetRates(None, 0.5, None))
    assert plan.new_ha == 10 and plan.new_leads is None


def test_order_targets_come_from_per_model_settings():
    assert kpi.order_targets({"target.星越L": 12}, ["星越L", "缤越"]) == {"星越L": 12, "缤越": 0}
    with pytest.raises(InvalidInput):
        kpi.order_targets({"target.星越L": "many"}, ["星越L"])


def test_history_months():
    assert kpi.history_months({}) == 3
    assert kpi.history_months({"kpi.history_months": 6}) == 6


def test_every_printed_figure_has_a_definition():
    assert set(kpi.COUNT_NAMES) | set(kpi.RATE_NAMES) <= set(kpi.DEFINITIONS)
