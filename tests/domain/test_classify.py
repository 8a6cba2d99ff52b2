"""Value score, tiers and categories (docs/dev/domain.md "Classification and value")."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dealerdesk.domain.classify import (
    DEFAULTS, CustomerFacts, SurveyFacts, ValuePolicy, category_for, tier_for, value_score,
)
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.levels import Level

P = ValuePolicy()
TODAY = date(2025, 6, 30)


def facts(**kw) -> CustomerFacts:
    kw.setdefault("today", TODAY)
    return CustomerFacts(**kw)


def part(score, label):
    return next(p for p in score.parts if p.label == label)


def test_defaults_round_trip():
    assert ValuePolicy.from_settings({}) == P == ValuePolicy.from_settings(DEFAULTS)


@pytest.mark.parametrize("label, kw, points", [
    ("购车次数", {"purchases": 0}, 0), ("购车次数", {"purchases": 1}, 10), ("购车次数", {"purchases": 2}, 20),
    ("购车次数", {"purchases": 5}, 20),
    ("近3年消费", {"spend_3y_yuan": 0}, 0), ("近3年消费", {"spend_3y_yuan": 150000}, 5),
    ("近3年消费", {"spend_3y_yuan": Decimal("299999.99")}, 10), ("近3年消费", {"spend_3y_yuan": 300000}, 10),
    ("近3年消费", {"spend_3y_yuan": 2_000_000.0}, 10), ("近3年消费", {"spend_3y_yuan": 44999}, 1),
    ("近3年消费", {"spend_3y_yuan": 45000}, 2),   # 1.5 rounds half up
    ("近12个月进厂", {"service_visits_12m": 3}, 6), ("近12个月进厂", {"service_visits_12m": 9}, 10),
    ("收入水平", {"income_level": ""}, 0), ("收入水平", {"income_level": "low"}, 0),
    ("收入水平", {"income_level": "mid"}, 3), ("收入水平", {"income_level": "high"}, 6),
    ("收入水平", {"income_level": "very_high"}, 10),
    ("转介绍", {"referrals": 1}, 5), ("转介绍", {"referrals": 7}, 10),
    ("在跟线索", {"open_lead_level": Level.H}, 10), ("在跟线索", {"open_lead_level": Level.A}, 10),
    ("在跟线索", {"open_lead_level": Level.B}, 6), ("在跟线索", {"open_lead_level": Level.C}, 3),
    ("在跟线索", {"open_lead_level": Level.N}, 0), ("在跟线索", {"open_lead_level": None}, 0),
    ("在跟线索", {"open_lead_level": Level.O}, 0),
    ("满意度", {"survey": SurveyFacts("very_satisfied")}, 10), ("满意度", {"survey": SurveyFacts("satisfied")}, 7),
    ("满意度", {"survey": SurveyFacts("neutral")}, 4), ("满意度", {"survey": SurveyFacts("very_dissatisfied")}, 0),
    ("复购可能性", {"survey": SurveyFacts(repurchase="gt70")}, 10),
    ("复购可能性", {"survey": SurveyFacts(repurchase="30to70")}, 5),
    ("复购可能性", {"survey": SurveyFacts(repurchase="lt30")}, 0),
    ("推荐意愿", {"survey": SurveyFacts(recommend="very_likely")}, 10),
    ("推荐意愿", {"survey": SurveyFacts(recommend="maybe")}, 5),
    ("推荐意愿", {"survey": SurveyFacts(recommend="no")}, 0),
])
def test_each_part_and_its_cap(label, kw, points):
    score = value_score(facts(**kw), P)
    assert part(score, label).points == points
    assert part(score, label).points <= part(score, label).max


def test_maximum_score_is_100_and_groups_are_capped():
    f = facts(purchases=9, spend_3y_yuan=9e6, service_visits_12m=99, income_level="very_high", referrals=9,
              open_lead_level=Level.H, survey=SurveyFacts("very_satisfied", "gt70", "very_likely"))
    score = value_score(f, P)
    assert (score.total, score.lifecycle, score.potential, score.loyalty) == (100, 40, 30, 30)


@pytest.mark.parametrize("survey, complaints, loyalty, penalty", [
    (SurveyFacts("very_satisfied", "gt70", "very_likely"), 1, 25, -5),
    (SurveyFacts("satisfied", "30to70", "maybe"), 2, 7, -10),
    (SurveyFacts("neutral", "lt30", "no"), 1, 0, -4),     # floor 0: only the 4 earned points are lost
    (SurveyFacts("neutral"), 3, 0, -4),
    (None, 2, 0, 0),
])
def test_complaint_penalty_floors_loyalty_at_zero(survey, complaints, loyalty, penalty):
    score = value_score(facts(survey=survey, open_complaints=complaints, purchases=1), P)
    assert score.loyalty == loyalty
    assert part(score, "未结投诉").points == penalty
    assert score.total == 10 + loyalty


def test_parts_add_up_to_the_total():
    f = facts(purchases=1, spend_3y_yuan=100000, service_visits_12m=2, income_level="mid", referrals=1,
              open_lead_level=Level.C, survey=SurveyFacts("satisfied", "gt70", "maybe"), open_complaints=1)
    score = value_score(f, P)
    assert score.total == sum(p.points for p in score.parts) == score.lifecycle + score.potential + score.loyalty
    assert score.total == 10 + 3 + 4 + 3 + 5 + 3 + 7 + 10 + 5 - 5
    assert part(score, "满意度").detail == "最近调查：满意"


@pytest.mark.parametrize("code_field, kw", [
    ("income_level", {"income_level": "rich"}),
    ("satisfaction", {"survey": SurveyFacts("great")}),
    ("repurchase", {"survey": SurveyFacts(repurchase="50")}),
])
def test_unknown_codes_are_refused(code_field, kw):
    with pytest.raises(InvalidInput) as err:
        value_score(facts(**kw), P)
    assert err.value.field == code_field


@pytest.mark.parametrize("total, tier", [(0, "low"), (29, "low"), (30, "mid"), (59, "mid"), (60, "high"),
                                         (100, "high")])
def test_tier_boundaries(total, tier):
    assert tier_for(total, P) == tier


def test_tiers_and_weights_from_settings():
    policy = ValuePolicy.from_settings({"tier.high_min": 70, "tier.mid_min": 40, "spend.full_points_yuan": 200000,
                                        "value.income_points": {"": 0, "low": 3, "mid": 6, "high": 10,
                                                                "very_high": 10}})
    assert [tier_for(t, policy) for t in (39, 40, 69, 70)] == ["low", "mid", "mid", "high"]
    score = value_score(facts(spend_3y_yuan=200000, income_level="low"), policy)
    assert part(score, "近3年消费").points == 10 and part(score, "收入水平").points == 3


@pytest.mark.parametrize("settings, key", [
    ({"tier.mid_min": 70}, "tier.mid_min"), ({"spend.full_points_yuan": 0}, "spend.full_points_yuan"),
    ({"value.income_points": {"low": -1}}, "value.income_points"), ({"value.lead_points": [10]}, "value.lead_points"),
])
def test_bad_classify_settings(settings, key):
    with pytest.raises(InvalidInput) as err:
        ValuePolicy.from_settings(settings)
    assert err.value.field == key


HIGH = dict(purchases=2, spend_3y_yuan=300000, service_visits_12m=5, income_level="very_high",
            survey=SurveyFacts("very_satisfied", "gt70", "very_likely"))


@pytest.mark.parametrize("kw, category, reason", [
    # lost: 18 months without purchase, service or showroom visit (boundary: exactly 18 months)
    ({"last_purchase_on": date(2023, 12, 30), "purchases": 1}, "lost", "18个月内无购车、保养或到店记录"),
    ({"last_service_on": date(2023, 12, 31), "last_visit_on": date(2023, 6, 1)}, "lost", "18个月"),
    ({**HIGH, "last_service_on": date(2023, 12, 30)}, "lost", "18个月"),          # even a high scorer
    # lost: bought elsewhere, no service since
    ({"bought_elsewhere_on": date(2025, 3, 1), "last_service_on": date(2025, 2, 1), "created_on": date(2025, 1, 1)},
     "lost", "战败（已购他店/竞品），之后未回厂"),
    ({"bought_elsewhere_on": date(2025, 3, 1), "created_on": date(2025, 1, 1)}, "lost", "之后未回厂"),
    # not lost: activity within 18 months, or serviced after the defeat
    ({**HIGH, "last_service_on": date(2024, 1, 1)}, "high_value", "已购车 2 次"),
    ({"bought_elsewhere_on": date(2025, 3, 1), "last_service_on": date(2025, 4, 1)}, "general", "价值分"),
    ({"bought_elsewhere_on": date(2025, 3, 1), "serviced_since_defeat": True, "created_on": date(2025, 1, 1)},
     "general", "价值分"),
    # a showroom visit after the defeat: the customer is shopping with us again, not lost
    ({"bought_elsewhere_on": date(2025, 3, 1), "last_visit_on": date(2025, 5, 2), "open_lead_level": Level.B},
     "potential", "B 级"),
    # high_value needs a purchase; a high score without one is a prospect
    ({**HIGH, "purchases": 0, "referrals": 2, "open_lead_level": Level.H, "created_on": date(2025, 6, 1)},
     "potential", "有在跟线索（H 级），尚未购车"),
    ({"open_lead_level": Level.N, "created_on": date(2025, 6, 29)}, "potential", "N 级"),
    ({"open_lead_level": Level.C, "purchases": 1, "last_purchase_on": date(2025, 1, 1)}, "general", "价值分"),
    ({"open_lead_level": Level.O, "created_on": date(2025, 6, 1)}, "general", "价值分"),   # ordered: not open
    ({}, "general", "价值分"),                                            # no history at all is not "lost"
])
def test_category_rules(kw, category, reason):
    f = facts(**kw)
    got, reasons = category_for(f, value_score(f, P), P)
    assert got == category
    assert any(reason in r for r in reasons)


def test_lost_reasons_accumulate_and_months_are_a_setting():
    # created mid-2024 (activity within 18 but not 12 months), bought elsewhere the day after, never back
    f = facts(bought_elsewhere_on=date(2024, 7, 1), created_on=date(2024, 6, 30))
    policy = ValuePolicy.from_settings({"category.lost_months": 12})
    category, reasons = category_for(f, value_score(f, policy), policy)
    assert category == "lost" and len(reasons) == 2 and reasons[0].startswith("12个月内")
    assert category_for(f, value_score(f, P), P)[1] == ["2024-07-01 战败（已购他店/竞品），之后未回厂"]
