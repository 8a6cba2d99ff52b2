"""The settings service refuses what the spec refuses (the CLI and the window alike) and saves together."""
from __future__ import annotations

import pytest

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.services import changes
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.settings import get_setting, get_settings, save_settings, set_setting, target_models
from dealerdesk.store.models import AuditLog, Setting, VehicleModel
from tests.factories import make_user


@pytest.fixture
def people(store):
    return {"boss": make_user("boss", "王经理", "manager"),
            "li": make_user("li", "李顾问", "sales")}


def test_a_wrong_value_is_refused_naming_the_setting_and_nothing_is_stored(people):
    with pytest.raises(InvalidInput, match="B 级跟进节奏"):
        set_setting(SYSTEM, "cadence.B", [7, 5])
    with pytest.raises(InvalidInput, match="保养提前提醒天数"):
        set_setting(SYSTEM, "reminder.maintenance_days_ahead", "7")
    with pytest.raises(InvalidInput, match="未知的设置项"):
        set_setting(SYSTEM, "no.such", 1)
    assert not Setting.select().exists()


def test_permissions_follow_the_spec(people):
    with pytest.raises(PermissionDenied):
        set_setting(people["li"], "cadence.B", [2, 3])
    with pytest.raises(PermissionDenied):
        set_setting(people["boss"], "store.name", "新店")
    set_setting(people["boss"], "cadence.B", [2, 3])
    assert get_setting("cadence.B") == [2, 3]


def test_a_change_is_marked_for_the_views(people):
    with changes.recording() as changed:
        set_setting(people["boss"], "kpi.trend_months", 6)
    assert changed.settings


def test_save_settings_is_all_or_nothing_and_skips_unchanged(people):
    boss = people["boss"]
    with pytest.raises(InvalidInput, match="“中”档"):
        save_settings(boss, {"kpi.trend_months": 6, "tier.mid_min": 70})
    assert get_setting("kpi.trend_months") == 12 and not Setting.select().exists()
    # raised together, the tiers pass the rule between them
    assert save_settings(boss, {"tier.high_min": 80, "tier.mid_min": 70, "kpi.trend_months": 12,
                                "target.星越L": 0}) == ["tier.high_min", "tier.mid_min"]
    assert (get_settings()["tier.high_min"], get_settings()["tier.mid_min"]) == (80, 70)
    assert "target.星越L" not in get_settings()
    assert AuditLog.select().where(AuditLog.action == "setting.change").count() == 2
    assert save_settings(boss, {"tier.high_min": 80}) == []


def test_target_models_are_the_active_catalogue(people):
    VehicleModel.create(brand="吉利", name="星越L")
    VehicleModel.create(brand="吉利", name="帝豪", active=False)
    assert target_models(people["li"]) == ["星越L"]
