"""domain/catalogue: new-energy plates, fuel words, labour and package prices, series → current model, and
which kind of sheet a header is."""
from __future__ import annotations

from decimal import Decimal

from dealerdesk.domain import catalogue as rules
from dealerdesk.domain.catalogue import ModelKey


def test_plugin_and_electric_get_new_energy_plates():
    assert [f for f in rules.FUELS if rules.new_energy_plate(f)] == ["plugin", "electric"]
    assert rules.vehicle_energy("hybrid") == "fuel" and rules.vehicle_energy("plugin") == "nev"


def test_fuel_words():
    assert [rules.parse_fuel(w) for w in ("", "汽油", "双擎", "PHEV", "插电混动", " 纯电 ", "EV", "柴油")] == [
        "petrol", "petrol", "hybrid", "plugin", "plugin", "electric", "electric", None]


def test_labour_and_package_prices():
    assert rules.labour_price("1.5", "120") == Decimal("180.00")
    lines = [(4, "68"), (1, "45"), (1, "180")]
    assert rules.package_price(lines) == Decimal("497.00")
    assert rules.package_price(lines, "399") == Decimal("399.00")


def test_package_line_prices_add_up_to_the_fixed_price():
    lines = [(4, Decimal("68")), (1, Decimal("45")), (1, Decimal("180"))]
    prices = rules.package_line_prices(lines, "399")
    assert sum(Decimal(q) * p for (q, _), p in zip(lines, prices, strict=True)) == Decimal("399.00")
    assert rules.package_line_prices(lines, None) == [Decimal("68.00"), Decimal("45.00"), Decimal("180.00")]


def test_series_means_its_current_model():
    keys = [ModelKey(1, "凯美瑞 2024款", "凯美瑞", True, 2024), ModelKey(2, "凯美瑞 2025款", "凯美瑞", True, 2025),
            ModelKey(3, "凯美瑞 2026款", "凯美瑞", False, 2026), ModelKey(4, "雷凌", "雷凌", True, 0)]
    assert rules.match_model("凯美瑞", keys).id == 2
    assert rules.match_model("凯美瑞2024款", keys).id == 1
    assert rules.match_model("雷凌", keys).id == 4
    assert rules.match_model("宝马", keys) is None
    lookup = rules.model_lookup(keys)
    assert {t: lookup.get(rules.normal_key(t)) for t in ("凯美瑞", "凯美瑞 2026款", "宝马")} == {
        "凯美瑞": 2, "凯美瑞 2026款": 3, "宝马": None}


def test_sheet_kind_from_the_header():
    kind, columns = rules.sheet_kind(["品牌", "车系", "车型", "指导价", "燃料类型"])
    assert kind == "models" and columns == {0: "brand", 1: "series", 2: "name", 3: "price", 4: "fuel"}
    kind, columns = rules.sheet_kind(["项目编码", "名称", "工时", "单价", "配件"])
    assert kind == "services" and set(columns.values()) == {"code", "name", "hours", "price", "parts"}
    assert rules.sheet_kind(["姓名", "手机", "意向车型"]) is None
