"""Customer value score, tier and category (客户分类 / 分级), docs/dev/domain.md "Classification and value".

Why the parts are kept: the profile shows a manager how the score was reached, so every part carries its
points, its maximum and a readable detail; the parts always add up to the total.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from dealerdesk.domain import labels, settings_spec
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.levels import OPEN_LEVELS, Level, bad_setting, setting, setting_int
from dealerdesk.domain.reminders import add_months
from dealerdesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "classify"

# The defaults are declared in settings_spec with the other settings (type, label, who may change it).
DEFAULTS: dict[str, object] = settings_spec.defaults("value.", "spend.", "tier.", "category.")


def _points_map(settings: Mapping[str, object], key: str) -> dict[str, int]:
    value = setting(settings, DEFAULTS, key)
    if not isinstance(value, Mapping) or not all(isinstance(v, int) and v >= 0 for v in value.values()):
        raise bad_setting(key, value)
    return {str(k): int(v) for k, v in value.items()}


@dataclass(frozen=True)
class ValuePolicy:
    """Weights, caps and thresholds of the value score, the tiers and the categories (all settings)."""

    purchase_points: int = 10
    purchase_max: int = 20
    spend_max: int = 10
    spend_full_points_yuan: int = 300000
    service_visit_points: int = 2
    service_visit_max: int = 10
    income_points: dict[str, int] = field(default_factory=lambda: dict(DEFAULTS["value.income_points"]))
    income_max: int = 10
    referral_points: int = 5
    referral_max: int = 10
    lead_points: dict[str, int] = field(default_factory=lambda: dict(DEFAULTS["value.lead_points"]))
    lead_max: int = 10
    satisfaction_points: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULTS["value.satisfaction_points"]))
    repurchase_points: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULTS["value.repurchase_points"]))
    recommend_points: dict[str, int] = field(default_factory=lambda: dict(DEFAULTS["value.recommend_points"]))
    complaint_penalty: int = 5
    tier_high_min: int = 60
    tier_mid_min: int = 30
    lost_months: int = 18
    high_value_min_purchases: int = 1

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> ValuePolicy:
        def num(key: str, minimum: int = 0) -> int:
            return setting_int(settings, DEFAULTS, key, minimum)

        policy = cls(
            purchase_points=num("value.purchase_points"), purchase_max=num("value.purchase_max"),
            spend_max=num("value.spend_max"), spend_full_points_yuan=num("spend.full_points_yuan", 1),
            service_visit_points=num("value.service_visit_points"),
            service_visit_max=num("value.service_visit_max"),
            income_points=_points_map(settings, "value.income_points"), income_max=num("value.income_max"),
            referral_points=num("value.referral_points"), referral_max=num("value.referral_max"),
            lead_points=_points_map(settings, "value.lead_points"), lead_max=num("value.lead_max"),
            satisfaction_points=_points_map(settings, "value.satisfaction_points"),
            repurchase_points=_points_map(settings, "value.repurchase_points"),
            recommend_points=_points_map(settings, "value.recommend_points"),
            complaint_penalty=num("value.complaint_penalty"),
            tier_high_min=num("tier.high_min", 1), tier_mid_min=num("tier.mid_min", 1),
            lost_months=num("category.lost_months", 1),
            high_value_min_purchases=num("category.high_value_min_purchases"),
        )
        if policy.tier_mid_min > policy.tier_high_min:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "“中”档的起点不能高于“高”档的起点"),
                               field="tier.mid_min")
        return policy


@dataclass(frozen=True)
class SurveyFacts:
    satisfaction: str = ""   # very_satisfied … very_dissatisfied, "" when unanswered
    repurchase: str = ""     # gt70 / 30to70 / lt30
    recommend: str = ""      # very_likely / maybe / no


@dataclass(frozen=True, kw_only=True)
class CustomerFacts:
    """What the services know about a customer, reduced to what the score and the category need."""

    today: date
    purchases: int = 0
    spend_3y_yuan: Decimal | float | int = 0
    service_visits_12m: int = 0
    income_level: str = ""
    referrals: int = 0
    open_lead_level: Level | None = None
    survey: SurveyFacts | None = None
    open_complaints: int = 0
    last_purchase_on: date | None = None
    last_service_on: date | None = None
    last_visit_on: date | None = None
    created_on: date | None = None          # a new customer is not "lost" for lack of history
    bought_elsewhere_on: date | None = None  # latest defeat "bought elsewhere"
    serviced_since_defeat: bool = False


@dataclass(frozen=True)
class ScorePart:
    label: str
    points: int
    max: int
    detail: str


@dataclass(frozen=True)
class ValueScore:
    total: int
    lifecycle: int
    potential: int
    loyalty: int
    parts: list[ScorePart]


#: Chinese labels of the codes, for the score details
CODE_LABELS: dict[str, str] = {**{k: v for k, v in labels.INCOME_LEVEL.items() if k}, **labels.SATISFACTION,
                                **labels.REPURCHASE, **labels.RECOMMEND}


def _label(code: str) -> str:
    return CODE_LABELS.get(code, code) or "-"


def _part(label: str, points: int, cap: int, template: str, **params: object) -> ScorePart:
    return ScorePart(label, min(points, cap), cap, template.format(**params))


def _lookup(table: Mapping[str, int], code: str, field_name: str) -> int:
    if code == "":
        return 0
    if code not in table:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的选项 {code}"), field=field_name, code=code)
    return table[code]


def value_score(facts: CustomerFacts, policy: ValuePolicy) -> ValueScore:
    """Lifecycle + potential + loyalty; each part capped, loyalty never below 0 after complaint penalties."""
    p = policy
    spend = max(Decimal(str(facts.spend_3y_yuan)), Decimal(0))
    spend_points = int((spend * p.spend_max / p.spend_full_points_yuan).quantize(Decimal(1), ROUND_HALF_UP))
    lifecycle = [
        _part(QT_TRANSLATE_NOOP(CONTEXT, "购车次数"), facts.purchases * p.purchase_points, p.purchase_max,
              QT_TRANSLATE_NOOP(CONTEXT, "{n} 次购车"), n=facts.purchases),
        _part(QT_TRANSLATE_NOOP(CONTEXT, "近3年消费"), spend_points, p.spend_max,
              QT_TRANSLATE_NOOP(CONTEXT, "{yuan} 元"), yuan=f"{spend:,.0f}"),
        _part(QT_TRANSLATE_NOOP(CONTEXT, "近12个月进厂"), facts.service_visits_12m * p.service_visit_points,
              p.service_visit_max, QT_TRANSLATE_NOOP(CONTEXT, "{n} 次进厂"), n=facts.service_visits_12m),
    ]
    level = Level(facts.open_lead_level) if facts.open_lead_level is not None else None
    potential = [
        _part(QT_TRANSLATE_NOOP(CONTEXT, "收入水平"),
              _lookup(p.income_points, facts.income_level, "income_level"),
              p.income_max, QT_TRANSLATE_NOOP(CONTEXT, "收入水平 {level}"), level=_label(facts.income_level)),
        _part(QT_TRANSLATE_NOOP(CONTEXT, "转介绍"), facts.referrals * p.referral_points, p.referral_max,
              QT_TRANSLATE_NOOP(CONTEXT, "介绍 {n} 位客户"), n=facts.referrals),
        _part(QT_TRANSLATE_NOOP(CONTEXT, "在跟线索"),
              p.lead_points.get(level.value, 0) if level in OPEN_LEVELS else 0, p.lead_max,
              QT_TRANSLATE_NOOP(CONTEXT, "线索级别 {level}"),
              level=level.value if level in OPEN_LEVELS else "-"),
    ]
    survey = facts.survey or SurveyFacts()
    sat_cap = max(p.satisfaction_points.values(), default=0)
    rep_cap = max(p.repurchase_points.values(), default=0)
    rec_cap = max(p.recommend_points.values(), default=0)
    loyalty = [
        _part(QT_TRANSLATE_NOOP(CONTEXT, "满意度"),
              _lookup(p.satisfaction_points, survey.satisfaction, "satisfaction"),
              sat_cap, QT_TRANSLATE_NOOP(CONTEXT, "最近调查：{code}"), code=_label(survey.satisfaction)),
        _part(QT_TRANSLATE_NOOP(CONTEXT, "复购可能性"),
              _lookup(p.repurchase_points, survey.repurchase, "repurchase"),
              rep_cap, QT_TRANSLATE_NOOP(CONTEXT, "最近调查：{code}"), code=_label(survey.repurchase)),
        _part(QT_TRANSLATE_NOOP(CONTEXT, "推荐意愿"),
              _lookup(p.recommend_points, survey.recommend, "recommend"),
              rec_cap, QT_TRANSLATE_NOOP(CONTEXT, "最近调查：{code}"), code=_label(survey.recommend)),
    ]
    earned = sum(part.points for part in loyalty)
    penalty = min(facts.open_complaints * p.complaint_penalty, earned)  # loyalty floor 0
    loyalty.append(ScorePart(QT_TRANSLATE_NOOP(CONTEXT, "未结投诉"), -penalty, 0,
                             R_COMPLAINTS.format(n=facts.open_complaints)))
    sums = [sum(part.points for part in group) for group in (lifecycle, potential, loyalty)]
    return ValueScore(sum(sums), sums[0], sums[1], sums[2], [*lifecycle, *potential, *loyalty])


def tier_for(score: ValueScore | int, policy: ValuePolicy) -> str:
    """'high' | 'mid' | 'low'."""
    total = score.total if isinstance(score, ValueScore) else score
    if total >= policy.tier_high_min:
        return "high"
    return "mid" if total >= policy.tier_mid_min else "low"



#: the category reasons (and the open-complaint penalty's basis) the profile shows; stored formatted in Chinese
#: (Customer.score_detail), so `reason_parts` finds which template made a text and with what values, and the
#: window shows it in its own language
R_QUIET = QT_TRANSLATE_NOOP(CONTEXT, "{months}个月内无购车、保养或到店记录")
R_BOUGHT_ELSEWHERE = QT_TRANSLATE_NOOP(CONTEXT, "{on} 战败（已购他店/竞品），之后未回厂")
R_HIGH_VALUE = QT_TRANSLATE_NOOP(CONTEXT, "价值分 {total}（高档），已购车 {n} 次")
R_POTENTIAL = QT_TRANSLATE_NOOP(CONTEXT, "有在跟线索（{level} 级），尚未购车")
R_GENERAL = QT_TRANSLATE_NOOP(CONTEXT, "价值分 {total}，购车与进厂频次一般")
R_COMPLAINTS = QT_TRANSLATE_NOOP(CONTEXT, "{n} 件未结投诉")
REASONS = (R_QUIET, R_BOUGHT_ELSEWHERE, R_HIGH_VALUE, R_POTENTIAL, R_GENERAL, R_COMPLAINTS)
_REASON_PATTERNS = [(t, re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(t)) + r"\Z")) for t in REASONS]


def reason_parts(text: str) -> tuple[str, dict[str, str]] | None:
    """(template, values) of a stored reason, None for a text no template made (then it is shown as is)."""
    for template, pattern in _REASON_PATTERNS:
        m = pattern.match(text)
        if m:
            return template, m.groupdict()
    return None


def category_for(facts: CustomerFacts, score: ValueScore, policy: ValuePolicy) -> tuple[str, list[str]]:
    """'lost' | 'high_value' | 'potential' | 'general', with the Chinese reasons the profile shows."""
    dates = (facts.last_purchase_on, facts.last_service_on, facts.last_visit_on, facts.created_on)
    activity = [d for d in dates if d is not None]
    reasons: list[str] = []
    if activity and add_months(max(activity), policy.lost_months) <= facts.today:
        reasons.append(R_QUIET.format(
            months=policy.lost_months))
    if facts.bought_elsewhere_on is not None:
        came_back = facts.serviced_since_defeat or any(  # a later service, purchase or showroom visit
            d is not None and d > facts.bought_elsewhere_on
            for d in (facts.last_service_on, facts.last_purchase_on, facts.last_visit_on))
        if not came_back:
            reasons.append(R_BOUGHT_ELSEWHERE.format(
                on=facts.bought_elsewhere_on.isoformat()))
    if reasons:
        return "lost", reasons
    tier = tier_for(score, policy)
    if tier == "high" and facts.purchases >= max(policy.high_value_min_purchases, 1):
        return "high_value", [R_HIGH_VALUE.format(
            total=score.total, n=facts.purchases)]
    level = Level(facts.open_lead_level) if facts.open_lead_level is not None else None
    if level in OPEN_LEVELS and facts.purchases == 0:
        return "potential", [R_POTENTIAL.format(level=level.value)]
    return "general", [R_GENERAL.format(total=score.total)]
