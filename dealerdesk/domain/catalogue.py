"""The catalogue's rules: fuel kinds and new-energy plates, labour and package prices, which model a series
name means, and how a sheet's header says whether it holds car models or service items.

Qt-free and store-free: services/catalogue feeds these functions plain values. Labels of the code sets are
in domain/labels.py (FUEL, BODY, VEHICLE_USE for the inspection rule, LINE_KIND).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from dealerdesk.domain import labels

FUELS = labels.FUEL
BODIES = labels.BODY
INSPECTION_RULES = labels.VEHICLE_USE  # the annual-inspection schedule a model follows (reminders.py)
NEW_ENERGY_FUELS = frozenset({"plugin", "electric"})
CENT = Decimal("0.01")

#: words a sheet or a clerk uses for each fuel kind (compared lower-case, without spaces)
_FUEL_WORDS = {
    "petrol": ("petrol", "gasoline", "汽油", "燃油", "油车", "ice"),
    "hybrid": ("hybrid", "hev", "混动", "油电混动", "油电混合", "双擎", "混合动力"),
    "plugin": ("plugin", "plug-in", "phev", "插混", "插电混动", "插电式混合动力", "增程", "增程式", "erev"),
    "electric": ("electric", "ev", "bev", "纯电", "纯电动", "电动"),
}
_FUEL_BY_WORD = {w: code for code, words in _FUEL_WORDS.items() for w in (*words, labels.FUEL[code])}
_BODY_BY_WORD = {**{code: code for code in labels.BODY}, **{text.lower(): code for code, text in labels.BODY.items()},
                 "三厢": "sedan", "两厢": "hatchback", "越野": "suv", "商务车": "mpv"}
_RULE_BY_WORD = {"private": "private", "commercial": "commercial", "非营运": "private", "营运": "commercial",
                 "私家车": "private", "": "private"}


def new_energy_plate(fuel: str) -> bool:
    """Plug-in hybrids and electric cars get the green new-energy plate (新能源号牌); petrol and hybrids do not."""
    return fuel in NEW_ENERGY_FUELS


def vehicle_energy(fuel: str) -> str:
    """The Vehicle.energy code (labels.VEHICLE_ENERGY) a car of this fuel kind has."""
    return "nev" if new_energy_plate(fuel) else "fuel"


def _word(text: object) -> str:
    return "".join(str(text or "").split()).lower()


def parse_fuel(text: object) -> str | None:
    """The fuel code for a cell or a typed word (汽油, 插混, PHEV, 纯电 …); "" means petrol; None: not known."""
    word = _word(text)
    return "petrol" if not word else _FUEL_BY_WORD.get(word)


def parse_body(text: object) -> str | None:
    word = _word(text)
    return "" if not word else _BODY_BY_WORD.get(word)


def parse_inspection_rule(text: object) -> str | None:
    return _RULE_BY_WORD.get(_word(text))


def money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


def labour_price(hours: object, rate: object) -> Decimal:
    """A labour item's price: standard hours (工时) × the hourly rate, to the fen."""
    return money(Decimal(str(hours)) * Decimal(str(rate)))


def package_price(lines: Iterable[tuple[object, object]], fixed_price: object | None = None) -> Decimal:
    """A package's price: its fixed price when it has one, else the sum of qty × unit price of its lines."""
    if fixed_price is not None:
        return money(fixed_price)
    return money(sum((Decimal(str(q)) * Decimal(str(p)) for q, p in lines), Decimal(0)))


@dataclass(frozen=True)
class ModelKey:
    """What find_model needs to know about a catalogue model."""

    id: int
    name: str
    series: str
    active: bool
    model_year: int


def current_of_series(models: Iterable[ModelKey]) -> ModelKey | None:
    """The series' current model: an active one before a discontinued one, then the newest model year,
    then the most recently added (highest id)."""
    return max(models, key=lambda m: (m.active, m.model_year, m.id), default=None)


def match_model(text: str, models: Iterable[ModelKey]) -> ModelKey | None:
    """The model a typed or imported name means: its exact name (case and spaces ignored), else the
    current model of the series of that name (凯美瑞 → the newest active 凯美瑞 trim)."""
    key = _word(text)
    if not key:
        return None
    models = list(models)
    exact = [m for m in models if _word(m.name) == key]
    if exact:
        return current_of_series(exact)
    return current_of_series(m for m in models if _word(m.series) == key)


def model_lookup(models: Iterable[ModelKey]) -> dict[str, int]:
    """name and series (normalised as match_model does) → model id, for matching thousands of cells at once:
    the same answers as match_model."""
    models = list(models)
    by_series: dict[str, list[ModelKey]] = {}
    for m in models:
        if m.series:
            by_series.setdefault(_word(m.series), []).append(m)
    found = {key: current.id for key, group in by_series.items() if (current := current_of_series(group))}
    by_name: dict[str, list[ModelKey]] = {}
    for m in models:
        by_name.setdefault(_word(m.name), []).append(m)
    found.update({key: current.id for key, group in by_name.items() if (current := current_of_series(group))})
    return found


def normal_key(text: str) -> str:
    """The key model_lookup's dict uses for a cell's text."""
    return _word(text)


# --- sheets ------------------------------------------------------------------------------------------------

#: header words → field, for a sheet of car models
MODEL_COLUMNS = {
    "brand": ("品牌", "厂商", "brand"),
    "series": ("车系", "系列", "series"),
    "name": ("车型", "车型名称", "型号", "款型", "配置", "model", "name"),
    "price": ("指导价", "厂商指导价", "官方指导价", "价格", "售价", "price"),
    "fuel": ("燃料类型", "燃料", "能源类型", "动力类型", "能源", "fuel"),
    "body": ("车身类型", "车身", "车身结构", "级别", "body"),
    "model_year": ("年款", "年份", "model_year", "year"),
    "service_months": ("保养间隔月", "保养间隔(月)", "保养间隔（月）", "保养周期月", "保养月数"),
    "service_km": ("保养间隔公里", "保养间隔(公里)", "保养间隔（公里）", "保养里程", "保养周期公里"),
    "inspection_rule": ("年检规则", "使用性质", "年检"),
    "own_brand": ("本店品牌", "自有品牌"),
    "active": ("在售", "状态"),
}
#: header words → field, for a sheet of service items (labour and parts) and packages
ITEM_COLUMNS = {
    "code": ("项目编码", "编码", "配件编码", "代码", "编号", "code"),
    "name": ("名称", "项目名称", "配件名称", "项目", "name"),
    "kind": ("类型", "类别", "kind"),
    "hours": ("工时", "标准工时", "hours"),
    "rate": ("工时单价", "工时费率", "每工时单价", "rate"),
    "price": ("单价", "价格", "售价", "金额", "price"),
    "unit": ("单位", "unit"),
    "parts": ("配件", "包含项目", "套餐内容", "明细"),
    "package": ("套餐", "套餐名称"),
    "active": ("在用", "状态"),
}
_MODEL_MARKS = {"brand", "series", "fuel", "body", "service_months", "service_km"}
_ITEM_MARKS = {"code", "hours", "rate", "unit", "parts", "package"}


def _columns_of(headers: list[str], columns: dict[str, tuple[str, ...]]) -> dict[int, str]:
    words = {_word(w): code for code, ws in columns.items() for w in ws}
    found: dict[int, str] = {}
    for i, header in enumerate(headers):
        code = words.get(_word(header))
        if code is not None and code not in found.values():
            found[i] = code
    return found


def sheet_kind(headers: list[str]) -> tuple[str, dict[int, str]] | None:
    """("models" | "services", column index → field) for a sheet's header, or None when it is neither.

    A sheet of models has a model name and one of brand/series/fuel/body/interval; a sheet of service items
    has a name and one of code/hours/rate/unit/parts. The one with more recognised columns wins."""
    models = _columns_of(headers, MODEL_COLUMNS)
    items = _columns_of(headers, ITEM_COLUMNS)
    model_score = len(models) if "name" in models.values() and _MODEL_MARKS & set(models.values()) else 0
    item_score = len(items) if "name" in items.values() and _ITEM_MARKS & set(items.values()) else 0
    if not model_score and not item_score:
        return None
    return ("models", models) if model_score > item_score else ("services", items)


_NO_WORDS = {"否", "不", "no", "n", "false", "0", "停售", "停用", "竞品", "竞品品牌", "x", "×"}


def parse_flag(text: object, default: bool = True) -> bool:
    """A yes/no cell (是/否, Y/N, 在售/停售); empty gives the default."""
    word = _word(text)
    if not word:
        return default
    return word not in _NO_WORDS


def package_line_prices(lines: list[tuple[object, object]], fixed_price: object | None) -> list[Decimal]:
    """Unit prices for a package's lines on a repair order, so that they add up to the package's price: the
    catalogue prices when it has no fixed price, else each scaled by fixed / sum, rounded to the fen, with the
    rounding remainder on the first line of quantity 1 (a few fen may stay off when no line has quantity 1)."""
    prices = [money(p) for _q, p in lines]
    if fixed_price is None:
        return prices
    total = package_price(lines)
    if total == 0:
        return prices
    factor = Decimal(str(fixed_price)) / total
    scaled = [money(p * factor) for p in prices]
    remainder = money(fixed_price) - sum((Decimal(str(q)) * p for (q, _p), p in zip(lines, scaled, strict=True)), Decimal(0))
    for i, (q, _p) in enumerate(lines):
        if Decimal(str(q)) == 1 and scaled[i] + remainder >= 0:
            scaled[i] += remainder
            break
    return scaled
