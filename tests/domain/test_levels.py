"""Follow-up cadences, level transitions and defeat reasons (docs/dev/domain.md "Leads and levels")."""
from __future__ import annotations

from datetime import datetime, time

import pytest

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.levels import (
    ALLOWED_TRANSITIONS, DEFAULTS, DEFEAT_REASONS, OPEN_LEVELS, DueWindow, FollowUpPolicy, Level,
    check_transition, days_overdue, is_due, is_overdue, next_follow_up, validate_defeat,
)

# These tables check DOMAIN's calendar-day arithmetic on a store open every day with no official holidays
# (2024-06-08…10 was 端午); the store calendar's effect is tested in test_store_calendar.py.
PLAIN_DAYS = {"calendar.official": False}
P = FollowUpPolicy.from_settings(PLAIN_DAYS)
dt = datetime


@pytest.mark.parametrize("level, last, due, overdue", [
    # the domain.md example: A "3–5", contacted Monday 3 June 2024 → suggested Thursday, overdue Sunday 00:00
    (Level.A, dt(2024, 6, 3, 16, 30), dt(2024, 6, 6, 9), dt(2024, 6, 9)),
    (Level.C, dt(2024, 6, 3, 10), dt(2024, 6, 13, 9), dt(2024, 6, 19)),
    (Level.B, dt(2024, 6, 3, 10), dt(2024, 6, 8, 9), dt(2024, 6, 11)),
    (Level.H, dt(2024, 6, 3, 23, 59), dt(2024, 6, 4, 9), dt(2024, 6, 6)),
    (Level.O, dt(2024, 6, 3, 8), dt(2024, 6, 10, 9), dt(2024, 6, 11)),
    # month and year ends, leap day
    (Level.A, dt(2024, 1, 30, 12), dt(2024, 2, 2, 9), dt(2024, 2, 5)),
    (Level.H, dt(2024, 2, 28, 12), dt(2024, 2, 29, 9), dt(2024, 3, 2)),
    (Level.H, dt(2023, 2, 28, 12), dt(2023, 3, 1, 9), dt(2023, 3, 3)),
    (Level.B, dt(2024, 12, 29, 12), dt(2025, 1, 3, 9), dt(2025, 1, 6)),
    # N: before noon → same afternoon; at/after noon → next morning
    (Level.N, dt(2024, 6, 3, 11, 59), dt(2024, 6, 3, 14), dt(2024, 6, 3, 18)),
    (Level.N, dt(2024, 6, 3, 0, 0), dt(2024, 6, 3, 14), dt(2024, 6, 3, 18)),
    (Level.N, dt(2024, 6, 3, 12, 0), dt(2024, 6, 4, 9), dt(2024, 6, 4, 12)),
    (Level.N, dt(2024, 6, 30, 20, 0), dt(2024, 7, 1, 9), dt(2024, 7, 1, 12)),
    # D: first call-back within 24 h of the delivery time
    (Level.D, dt(2024, 2, 28, 15, 30), dt(2024, 2, 28, 15, 30), dt(2024, 2, 29, 15, 30)),
])
def test_next_follow_up_for_every_level(level, last, due, overdue):
    assert next_follow_up(level, last, P) == DueWindow(due, overdue)


def test_cancelled_lead_has_no_follow_up():
    assert next_follow_up(Level.T, dt(2024, 6, 3, 10), P) is None


def test_from_empty_settings_equals_defaults():
    assert FollowUpPolicy.from_settings({}) == FollowUpPolicy()
    assert FollowUpPolicy.from_settings(DEFAULTS) == FollowUpPolicy()


BRAND = {"cadence.H": [2, 2], "cadence.A": [7, 7], "cadence.B": [14, 14], "cadence.C": [30, 30], **PLAIN_DAYS}


@pytest.mark.parametrize("level, due, overdue", [
    (Level.H, dt(2024, 6, 5, 9), dt(2024, 6, 6)),
    (Level.A, dt(2024, 6, 10, 9), dt(2024, 6, 11)),
    (Level.B, dt(2024, 6, 17, 9), dt(2024, 6, 18)),
    (Level.C, dt(2024, 7, 3, 9), dt(2024, 7, 4)),
    (Level.O, dt(2024, 6, 10, 9), dt(2024, 6, 11)),  # not overridden → default 7–7
])
def test_brand_cadences_from_settings(level, due, overdue):
    policy = FollowUpPolicy.from_settings(BRAND)
    assert next_follow_up(level, dt(2024, 6, 3, 15), policy) == DueWindow(due, overdue)


def test_custom_working_hours_from_settings():
    policy = FollowUpPolicy.from_settings({"n_rule.noon": "13:30", "n_rule.same_day_due": "15:00",
                                           "n_rule.next_day_due": "08:30", "workday.start": "08:30",
                                           "post_delivery.call_hours": 48})
    assert next_follow_up(Level.N, dt(2024, 6, 3, 13, 29), policy).due_at == dt(2024, 6, 3, 15)
    assert next_follow_up(Level.N, dt(2024, 6, 3, 13, 30), policy).due_at == dt(2024, 6, 4, 8, 30)
    assert next_follow_up(Level.A, dt(2024, 6, 3, 9), policy).due_at == dt(2024, 6, 6, 8, 30)
    assert next_follow_up(Level.D, dt(2024, 6, 3, 9), policy).overdue_at == dt(2024, 6, 5, 9)
    assert policy.noon == time(13, 30)


@pytest.mark.parametrize("settings", [
    {"cadence.A": [5, 3]}, {"cadence.A": [-1, 3]}, {"cadence.A": [3]}, {"cadence.A": "3-5"},
    {"cadence.A": [1.5, 3]}, {"n_rule.noon": "noon"}, {"n_rule.noon": "25:00"},
    {"post_delivery.call_hours": 0}, {"post_delivery.call_hours": "24h"},
])
def test_bad_settings_are_refused_with_the_key(settings):
    with pytest.raises(InvalidInput) as err:
        FollowUpPolicy.from_settings(settings)
    assert err.value.field == next(iter(settings))


MONDAY_A = DueWindow(dt(2024, 6, 6, 9), dt(2024, 6, 9))


@pytest.mark.parametrize("now, due, overdue, days", [
    (dt(2024, 6, 5, 23, 59), False, False, 0),
    (dt(2024, 6, 6, 0, 0), True, False, 0),     # due counts for the whole day
    (dt(2024, 6, 8, 23, 59), True, False, 0),   # last allowed day
    (dt(2024, 6, 9, 0, 0), True, True, 1),      # Sunday 00:00
    (dt(2024, 6, 9, 23, 59), True, True, 1),
    (dt(2024, 6, 10, 0, 0), True, True, 2),
    (dt(2024, 7, 9, 10, 0), True, True, 31),
])
def test_due_overdue_and_days_overdue(now, due, overdue, days):
    assert is_due(MONDAY_A, now) is due
    assert is_overdue(MONDAY_A, now) is overdue
    assert days_overdue(MONDAY_A, now) == days


def test_level_labels_are_chinese_and_distinct():
    labels = [lv.label for lv in Level]
    assert len(set(labels)) == len(Level)
    assert Level.N.label == "新线索" and Level.H.label == "热点"
    assert OPEN_LEVELS == (Level.N, Level.C, Level.B, Level.A, Level.H)
    assert Level("A") is Level.A and Level.A == "A"


@pytest.mark.parametrize("old, new", [
    (Level.N, Level.C), (Level.C, Level.B), (Level.B, Level.A), (Level.A, Level.H), (Level.H, Level.O),
    (Level.O, Level.D), (Level.O, Level.T),
    (Level.N, Level.A),                        # graded straight to A after the first call
    (Level.H, Level.C), (Level.A, Level.B),    # downgrades among open levels
    (Level.C, Level.O), (Level.N, Level.O),    # any open level → order
    (Level.B, Level.B),                        # unchanged is not a change
    (None, Level.N), (None, Level.H),          # a new lead starts at an open level
])
def test_allowed_transitions(old, new):
    check_transition(old, new)


@pytest.mark.parametrize("old, new", [
    (Level.D, Level.N), (Level.D, Level.O), (Level.D, Level.T),
    (Level.T, Level.N), (Level.T, Level.O), (Level.T, Level.H),
    (Level.O, Level.H), (Level.O, Level.N),    # an order is cancelled (T), not downgraded
    (Level.C, Level.N), (Level.H, Level.N),    # N is only the entry level
    (Level.C, Level.D), (Level.H, Level.T),    # delivery/cancellation need an order first
    (None, Level.O), (None, Level.D), (None, Level.T),
])
def test_refused_transitions(old, new):
    with pytest.raises(InvalidInput) as err:
        check_transition(old, new)
    assert err.value.field == "level"
    if old is not None:
        assert new not in ALLOWED_TRANSITIONS[old]


def test_reopening_a_cancelled_lead_says_to_create_a_new_one():
    with pytest.raises(InvalidInput, match="新建"):
        check_transition(Level.T, Level.N)


@pytest.mark.parametrize("code, label", [
    ("price", "价格"), ("product", "产品"), ("brand", "品牌"), ("service", "服务"), ("financing", "金融/贷款"),
    ("bought_elsewhere", "已购他店/竞品"), ("gave_up", "放弃购买"), ("unreachable", "无法联系"),
])
def test_defeat_reasons(code, label):
    assert DEFEAT_REASONS[code] == label
    validate_defeat(code, "比亚迪 汉")


@pytest.mark.parametrize("reason, competitor, field", [
    ("bought_elsewhere", None, "defeat_competitor"),
    ("bought_elsewhere", "  ", "defeat_competitor"),
    ("", "比亚迪", "defeat_reason"),
    ("weather", None, "defeat_reason"),
])
def test_defeat_validation(reason, competitor, field):
    with pytest.raises(InvalidInput) as err:
        validate_defeat(reason, competitor)
    assert err.value.field == field


def test_defeat_without_competitor_is_fine_for_other_reasons():
    validate_defeat("price", None)
    validate_defeat("unreachable", "")
