"""The demo store holds plans and targets (issue 25): a year plan, three rolling-plan versions, and last and this
month's targets per consultant that add up to the store's target of each model."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.demo import DemoOptions, generate_demo
from dealerdesk.services.targets import month_targets, plan_versions, year_plan
from dealerdesk.services.targets.month import check_adds_up
from dealerdesk.store.db import close_store, open_store

TODAY = dt.date(2025, 6, 16)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "targets.db"
    generate_demo(DemoOptions(path=path, customers=800, seed=5, today=TODAY))
    close_store()
    return path


def test_demo_plans_and_targets_add_up(demo):
    open_store(demo)
    try:
        boss = actor_for_login("manager01")
        months = {c.month for c in year_plan(boss, 2025)}
        assert months == {f"2025-{m:02d}" for m in range(1, 13)}
        versions = plan_versions(boss)
        assert [v.base_month for v in versions] == ["2025-06", "2025-05", "2025-04"]
        assert all(v.created_by for v in versions)
        for month in ("2025-05", "2025-06"):
            targets = month_targets(boss, month)
            assert targets.lines, month
            assert check_adds_up(targets.models, targets.lines) == []
            assert sum(m.orders for m in targets.models) == sum(line.orders for line in targets.lines)
    finally:
        close_store()
