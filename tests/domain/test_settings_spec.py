"""The settings spec: every setting declared once and completely, defaults unchanged and valid, and what the
spec accepts the domain policies can use."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dealerdesk import config
from dealerdesk.domain import classify, kpi, levels, reception, reminders
from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.errors import InvalidInput

V1_DEFAULTS = json.loads((Path(__file__).parent / "settings_defaults_v1.json").read_text(encoding="utf-8"))
# Added since (issue 19, backups); every default of V1 stays as it was.
ADDED = {"backup.folder": "", "backup.daily": True, "backup.on_exit": False, "backup.keep_monthly": 12,
         # the store's calendar (issue 29)
         "calendar.hours": {code: ["08:30", "18:00"] for code in spec.WEEKDAY_CODES}, "calendar.official": True,
         "calendar.closed_days": [], "calendar.extra_open_days": [],
         "store.address": "", "store.phone": "",
         "reception.comeback_days": 30,
         "import.max_unzipped_mb": 1000, "import.max_ratio": 200, "import.max_rows": 1000000,
         "import.max_columns": 500, "import.max_cell_chars": 32767, "import.max_strings_mb": 150}  # issues 20, 21, 23
ADDED.update({"plan.firm_months": 1, "plan.forecast_months": 2})  # the X+Y rolling plan (issue 25)
ADDED.update({"deal.discount_limit": 5000, "deal.lenders": "工商银行、建设银行、平安银行、厂家金融",  # issue 28
              "deal.insurers": "人保财险、平安产险、太平洋产险",
              "deal.accessories": "脚垫 800、行车记录仪 1200、隐形车衣 6800、太阳膜 3000、座套 1500"})
ADDED.update({  # key accounts and member points (issue 25)
    "key_account.visit_days": {"A": 14, "B": 30, "C": 60}, "points.service_per_yuan": 1,
    "points.purchase_per_100_yuan": 1, "points.referral": 500, "points.event": 50, "points.redeem_per_yuan": 100,
    "points.expiry_months": 24, "member.tier_points": {"normal": 0, "silver": 2000, "gold": 10000, "diamond": 30000},
    "member.free_checks": {"normal": 0, "silver": 1, "gold": 2, "diamond": 4},
    "member.labour_discount": {"normal": 0, "silver": 5, "gold": 10, "diamond": 15},
    "member.priority_booking": ["gold", "diamond"], "member.pickup": ["diamond"]})
ADDED.update({"campaign.recent_days": 7, "campaign.greeting_days_ahead": 2, "campaign.call_days": 7})  # issue 24: campaigns


def policies(settings):
    levels.FollowUpPolicy.from_settings(settings)
    reminders.ReminderPolicy.from_settings(settings)
    classify.ValuePolicy.from_settings(settings)
    reception.ReceptionPolicy.from_settings(settings)
    kpi.history_months(settings)


@pytest.mark.parametrize("setting", spec.SETTINGS, ids=lambda s: s.key)
def test_every_setting_is_declared_completely(setting):
    assert setting.key and setting.default is not None
    assert setting.kind in spec.KINDS
    assert setting.group in spec.GROUP_LABELS
    assert setting.label and setting.help
    assert setting.permission in (spec.BUSINESS, spec.SYSTEM)
    if setting.kind in (spec.INT, spec.PAIR, spec.INT_LIST, spec.POINTS):
        assert setting.minimum is not None and setting.maximum is not None
    if setting.kind in (spec.CHOICE, spec.CHOICES, spec.POINTS):
        assert setting.choices and setting.codeset
    assert spec.validate(setting, setting.default) == setting.default


def test_no_key_declared_twice_and_every_group_used():
    keys = [s.key for s in spec.SETTINGS]
    assert len(keys) == len(set(keys))
    assert {s.group for s in spec.SETTINGS} == set(spec.GROUP_LABELS)


def test_defaults_are_unchanged_from_before_the_spec():
    assert spec.defaults() == {**V1_DEFAULTS, **ADDED} == config.settings_defaults()


def test_domain_defaults_are_views_of_the_spec():
    for module in (levels, reminders, classify, kpi, reception):
        assert module.DEFAULTS and all({**V1_DEFAULTS, **ADDED}[k] == v for k, v in module.DEFAULTS.items())
    assert tuple(lv.value for lv in levels.CADENCE_LEVELS) == spec.CADENCE_LEVEL_CODES
    assert set(classify.DEFAULTS["value.lead_points"]) == set(spec.LEAD_POINT_CODES)


def test_system_settings_keep_their_admin_permission():
    system = {s.key for s in spec.SETTINGS if s.permission == spec.SYSTEM}
    assert system == {k for k in spec.defaults() if k.startswith(("store.", "ui.", "backup.", "privacy.", "import."))
                      and k != "privacy.sales_see_all"}  # who a consultant sees is a business rule


@pytest.mark.parametrize("setting", [s for s in spec.SETTINGS if s.kind == spec.INT], ids=lambda s: s.key)
def test_the_range_the_spec_accepts_the_domain_can_use(setting):
    for value in (setting.minimum, setting.maximum):
        both_tiers = {"tier.mid_min": value, "tier.high_min": value} if setting.key.startswith("tier.") else {}
        policies({setting.key: value, **both_tiers})  # the tiers' own rule between them aside
    with pytest.raises(InvalidInput, match=setting.label):
        spec.validate(setting, setting.maximum + 1)
    with pytest.raises(InvalidInput):
        spec.validate(setting, setting.minimum - 1)


@pytest.mark.parametrize(("key", "value"), [
    ("cadence.B", [7, 5]), ("cadence.B", [5]), ("cadence.B", "5-7"), ("n_rule.noon", "25:00"),
    ("n_rule.noon", 12), ("defeat.needs_approval", "yes"), ("reminder.holidays", ["xmas"]),
    ("reminder.holidays", "spring_festival"), ("reminder.inspection.private_onsite_years", []),
    ("value.lead_points", {"N": 0}), ("value.lead_points", {"N": 0, "C": 3, "B": 6, "A": 10, "H": -1}),
    ("reception.order_prefix", "WAY-TOO-LONG"), ("ui.language", "fr"), ("kpi.trend_months", 1.5),
    ("kpi.trend_months", True), ("target.星越L", -1),
])
def test_wrong_values_are_refused_with_a_sentence_naming_the_setting(key, value):
    with pytest.raises(InvalidInput) as err:
        spec.validate_key(key, value)
    assert spec.find(key).label in str(err.value) and err.value.field == key


def test_targets_are_a_family_and_unknown_keys_are_refused():
    target = spec.find("target.星越L")
    assert target.key == "target.星越L" and target.kind == spec.INT and target.default == 0
    assert spec.find("target.") is None and spec.find("nope") is None
    with pytest.raises(InvalidInput, match="未知的设置项"):
        spec.validate_key("nope", 1)


def test_rules_between_settings():
    with pytest.raises(InvalidInput, match="中"):
        spec.check_together({"tier.mid_min": 70}, ["tier.mid_min"])
    with pytest.raises(InvalidInput, match="下班"):
        spec.check_together({"reception.workshop_close": "08:00"}, ["reception.workshop_close"])
    spec.check_together({"tier.mid_min": 70}, ["kpi.trend_months"])  # only checked when involved
