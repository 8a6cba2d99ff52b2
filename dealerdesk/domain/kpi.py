"""KPI formulas of the monthly summary (月度盘点 and funnel KPIs): pure arithmetic, no database.

Why here: the KPI service, the printed report, the CLI and the tests must agree on what "close rate" or
"new H/A target" means, including the awkward cases (a rate whose denominator is zero is *undefined*, not 0,
so a quiet month is not reported as a failure). The definitions printed on the report come from DEFINITIONS.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from dealerdesk.domain import settings_spec
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.levels import setting_int
from dealerdesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "kpi"

# History, hot-list and trend months; declared in settings_spec with the other settings.
DEFAULTS: dict[str, object] = settings_spec.defaults("kpi.")
TARGET_PREFIX = settings_spec.TARGET_PREFIX  # "target.<model name>": the month's order target of that model


def rate(numerator: float, denominator: float) -> float | None:
    """numerator / denominator, or None when nothing was there to convert (denominator 0)."""
    if not denominator:
        return None
    return numerator / denominator


def change(current: float | None, before: float | None) -> float | None:
    """Relative change current vs before (0.25 = +25 %); None when the base is 0 or unknown."""
    if current is None or before is None or before == 0:
        return None
    return (current - before) / before


def month_bounds(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    """[first day 00:00, first day of next month 00:00) in store-local time."""
    start = dt.datetime(year, month, 1)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    return start, end


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def parse_month(text: str) -> tuple[int, int]:
    """ "YYYY-MM" → (year, month); InvalidInput (a ValueError) otherwise."""
    year, _, month = (text or "").strip().partition("-")
    if not (len(year) == 4 and len(month) == 2 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "月份格式应为 YYYY-MM：{value}"), field="month", value=text)
    return int(year), int(month)


@dataclass(frozen=True)
class Funnel:
    """One month's funnel counts; the rates are derived so they can never disagree with the counts."""

    new_leads: int = 0  # 集客
    registered: int = 0  # 留档
    visited_new_leads: int = 0  # new leads with a showroom visit in the month
    visits: int = 0  # leads with a showroom visit (or test drive) in the month
    test_drives: int = 0  # leads with a test drive in the month
    orders: int = 0
    deliveries: int = 0
    defeats: int = 0

    @property
    def visit_rate(self) -> float | None:
        return rate(self.visited_new_leads, self.new_leads)

    @property
    def test_drive_rate(self) -> float | None:
        return rate(self.test_drives, self.visits)

    @property
    def close_rate(self) -> float | None:
        return rate(self.orders, self.visits)

    @property
    def defeat_rate(self) -> float | None:
        return rate(self.defeats, self.orders + self.defeats)

    def to_json(self) -> dict[str, int | float | None]:
        data: dict[str, int | float | None] = dict(asdict(self))
        for name in RATE_NAMES:
            data[name] = getattr(self, name)
        return data


COUNT_NAMES = ("new_leads", "registered", "visits", "test_drives", "orders", "deliveries", "defeats")
RATE_NAMES = ("visit_rate", "test_drive_rate", "close_rate", "defeat_rate")


@dataclass(frozen=True)
class TargetRates:
    """A model's conversion rates over the history window (None: no history to derive from)."""

    lead_order: float | None  # orders / new leads
    ha_close: float | None  # orders / leads that entered H or A
    bc_convert: float | None  # B/C → H/A changes / leads at B/C during the window


@dataclass(frozen=True)
class TargetPlan:
    """What the month needs to reach the order target; None where a rate is missing."""

    order_target: int
    expected_from_ha: float  # orders expected from the H/A already in stock at month start
    new_ha: int | None  # new H/A needed this month
    bc_to_ha: int | None  # of those, B/C → H/A conversions the B/C stock can supply
    new_leads: int | None  # new leads needed for the orders still missing


def target_plan(order_target: int, ha_stock: int, bc_stock: int, rates: TargetRates) -> TargetPlan:
    """Split the order target over three sources of orders, as the 盘点 worksheet does.

    Orders come from the H/A in stock (at the H/A close rate), from new H/A (each closes at the same rate;
    the B/C stock supplies up to bc_stock × B/C conversion rate of them), and what is still missing comes
    from new leads at the lead → order rate. Results are whole people, rounded up.
    """
    target = max(order_target, 0)
    r_ha = rates.ha_close
    if not r_ha:
        return TargetPlan(target, 0.0, None, None, None)
    expected = ha_stock * min(r_ha, 1.0)
    missing = max(target - expected, 0.0)
    new_ha = math.ceil(round(missing / min(r_ha, 1.0), 6))
    bc_to_ha = None
    new_leads = None
    if rates.bc_convert is not None:
        bc_to_ha = min(new_ha, math.floor(round(bc_stock * rates.bc_convert, 6)))
        still = max(missing - bc_to_ha * min(r_ha, 1.0), 0.0)
        if rates.lead_order:
            new_leads = math.ceil(round(still / rates.lead_order, 6))
        elif still == 0:
            new_leads = 0
    return TargetPlan(target, round(expected, 2), new_ha, bc_to_ha, new_leads)


def order_targets(settings: Mapping[str, object], model_names: list[str]) -> dict[str, int]:
    """The order target of each model (setting "target.<model>"), 0 when none is set."""
    out = {}
    for name in model_names:
        key = TARGET_PREFIX + name
        out[name] = setting_int(settings, {key: 0}, key) if key in settings else 0
    return out


def history_months(settings: Mapping[str, object]) -> int:
    return max(setting_int(settings, DEFAULTS, "kpi.history_months", minimum=1), 1)


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


_N = QT_TRANSLATE_NOOP
#: The definitions the report prints (and docs/kpi.md repeats); key → (label, definition).
DEFINITIONS: dict[str, tuple[str, str]] = {
    "new_leads": (_N(CONTEXT, "集客"), _N(CONTEXT, "本月接收的线索数（按线索接收时间）。")),
    "registered": (_N(CONTEXT, "留档"), _N(CONTEXT, "本月集客中，客户有姓名且有有效电话的线索数。")),
    "visits": (
        _N(CONTEXT, "到店"),
        _N(CONTEXT, "本月有到店或试驾记录的线索数（试驾即到店；同一线索只算一次）。"),
    ),
    "test_drives": (_N(CONTEXT, "试驾"), _N(CONTEXT, "本月有试驾记录的线索数。")),
    "orders": (_N(CONTEXT, "订单"), _N(CONTEXT, "本月下单的订单数（含之后退订的）。")),
    "deliveries": (_N(CONTEXT, "交车"), _N(CONTEXT, "本月交车数。")),
    "defeats": (_N(CONTEXT, "战败"), _N(CONTEXT, "本月关闭为战败的线索数（按关闭时间）。")),
    "visit_rate": (_N(CONTEXT, "到店率"), _N(CONTEXT, "本月集客中本月到店的线索数 ÷ 集客。")),
    "test_drive_rate": (_N(CONTEXT, "试驾率"), _N(CONTEXT, "试驾线索数 ÷ 到店线索数。")),
    "close_rate": (_N(CONTEXT, "成交率"), _N(CONTEXT, "订单数 ÷ 到店线索数。")),
    "defeat_rate": (_N(CONTEXT, "战败率"), _N(CONTEXT, "战败数 ÷（订单数 + 战败数）。")),
    "compliance": (
        _N(CONTEXT, "跟进达标率"),
        _N(CONTEXT, "本月应跟进（建议时间在本月、未取消）的跟进中，在逾期前完成的比例，按顾问。"),
    ),
    "leads_held": (
        _N(CONTEXT, "在跟线索"),
        _N(CONTEXT, "月末仍在跟进的线索数（月末前接收、月末时未关闭），按当前负责人。"),
    ),
    "inventory": (
        _N(CONTEXT, "月度盘点"),
        _N(
            CONTEXT,
            "月初 0 点各意向车型 H/A、B/C、D 级线索数；级别按级别变更记录还原到该时刻，已战败或退订的不计。",
        ),
    ),
    "rates": (
        _N(CONTEXT, "目标推算用的历史比率"),
        _N(
            CONTEXT,
            "前 N 个月（设置 kpi.history_months）按车型：集客成交率 = 订单 ÷ 集客；H/A 成交率 = 订单 ÷ "
            "新进入 H/A 的线索数；B/C 转化率 = B/C→H/A 的线索数 ÷（期初 B/C + 期内新进入 B/C）。",
        ),
    ),
    "targets": (
        _N(CONTEXT, "目标推算"),
        _N(
            CONTEXT,
            "订单目标（最新一版滚动计划，没有时取年度计划，再没有时取设置 target.<车型>）先由月初 H/A 按 H/A 成交率完成；差额 ÷ H/A 成交率 = 新增 H/A 目标，"
            "其中月初 B/C × B/C 转化率可提供的部分为 B/C 转 H/A 目标；仍差的订单 ÷ 集客成交率 = 集客目标。"
            "每周一核对累计进度与按天折算的目标。",
        ),
    ),
    "consultant_targets": (
        _N(CONTEXT, "顾问目标完成"),
        _N(CONTEXT, "经理分解到各顾问的本月目标（订单、集客、到店、试驾）与本月完成数；完成数按线索的当前负责顾问，"
                    "定义同集客、到店、试驾、订单。各顾问同一车型的订单目标之和须等于门店该车型的订单目标。"),
    ),
    "hot": (_N(CONTEXT, "热点客户"), _N(CONTEXT, "打印时级别为 H 或 A 的在跟线索，按下次跟进时间排序。")),
    "complaints": (
        _N(CONTEXT, "投诉"),
        _N(
            CONTEXT,
            "收到 = 本月接收；解决 = 本月解决，平均解决时长按这些投诉计算（小时）；逾期 = 月末未解决且已过解决期限。",
        ),
    ),
    "satisfaction": (
        _N(CONTEXT, "满意度"),
        _N(CONTEXT, "本月完成的满意度调查的分布；满意率 = 非常满意 + 满意 的比例。"),
    ),
    "categories": (
        _N(CONTEXT, "客户类别与分级"),
        _N(CONTEXT, "打印时未归档客户按类别（高价值/潜在/一般/流失）与价值分级（高/中/低）的人数。"),
    ),
    "comparison": (
        _N(CONTEXT, "环比 / 同比"),
        _N(CONTEXT, "与上月、去年同月按相同定义计算的数值相比的相对变化。"),
    ),
}
