"""The catalogue use cases: car models (series → current model), service items, packages and their prices,
the sheet import (models and services recognised from the header, rejects with reasons, idempotent)."""
from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealerdesk.services import catalogue
from dealerdesk.services.catalogue import ModelInput
from dealerdesk.store.models import AuditLog, ServicePackageLine, VehicleModel
from tests.factories import make_user


@pytest.fixture
def manager(store):
    return make_user("mgr", "周经理", "manager")


def _write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def _write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)
    return path


def test_series_name_finds_the_series_current_active_newest_model(manager):
    old = catalogue.save_model(manager, ModelInput("凯美瑞 2023款 2.0G", brand="广汽丰田", series="凯美瑞",
                                                   model_year=2023))
    new = catalogue.save_model(manager, ModelInput("凯美瑞 2025款 2.0G", brand="广汽丰田", series="凯美瑞",
                                                   model_year=2025))
    newest = catalogue.save_model(manager, ModelInput("凯美瑞 2026款 双擎", brand="广汽丰田", series="凯美瑞",
                                                      model_year=2026, fuel="hybrid"))
    catalogue.deactivate_model(manager, newest.id)
    assert catalogue.find_model(manager, "凯美瑞").id == new.id  # the discontinued 2026 one is not current
    assert catalogue.find_model(manager, " 凯美瑞 2023款 2.0g ").id == old.id  # its own name, any case/space
    assert catalogue.find_model(manager, "宝马 3系") is None  # another brand, typed freely


def test_fuel_decides_the_new_energy_plate_and_own_brand_comes_first(manager):
    catalogue.save_model(manager, ModelInput("Model 3", brand="特斯拉", series="Model 3", fuel="electric",
                                             own_brand=False))
    catalogue.save_model(manager, ModelInput("铂智3X", brand="广汽丰田", series="铂智3X", fuel="electric"))
    catalogue.save_model(manager, ModelInput("雷凌 双擎", brand="广汽丰田", series="雷凌", fuel="hybrid"))
    rows = catalogue.list_models(manager)
    assert [r.brand for r in rows] == ["广汽丰田", "广汽丰田", "特斯拉"]
    assert {r.name: r.new_energy for r in rows} == {"Model 3": True, "铂智3X": True, "雷凌 双擎": False}


def test_model_rules_are_checked(manager):
    with pytest.raises(InvalidInput):
        catalogue.save_model(manager, ModelInput("X", fuel="diesel"))
    with pytest.raises(InvalidInput):
        catalogue.save_model(manager, ModelInput("  "))
    a = catalogue.save_model(manager, ModelInput("A"))
    catalogue.save_model(manager, ModelInput("B"))
    with pytest.raises(Conflict):
        catalogue.save_model(manager, ModelInput("B"), model_id=a.id)


def test_labour_is_hours_times_rate_and_a_package_sums_its_lines_or_has_a_fixed_price(manager):
    oil = catalogue.save_catalogue_item(manager, "P-OIL", "机油", "part", "68", unit="升")
    flt = catalogue.save_catalogue_item(manager, "P-OILF", "机油滤清器", "part", "45", unit="个")
    lab = catalogue.save_catalogue_item(manager, "L-MAINT", "常规保养", "labour", hours="1.5", rate="120")
    assert lab.unit_price == Decimal("180.00")
    pkg = catalogue.save_package(manager, "PK-S", "小保养", [(oil.id, 4), (flt.id, 1), (lab.id, 1)])
    assert pkg.price == Decimal("497.00")  # 4×68 + 45 + 180
    pkg = catalogue.save_package(manager, "PK-S", "小保养", [(oil.id, 4), (flt.id, 1), (lab.id, 1)],
                                 fixed_price="399", package_id=pkg.id)
    assert pkg.price == Decimal("399.00") and len(pkg.lines) == 3
    catalogue.deactivate_package(manager, pkg.id)
    assert catalogue.list_packages(manager) == []
    actions = [a for (a,) in AuditLog.select(AuditLog.action).tuples()]
    assert actions.count("catalogue.package_save") == 2 and "catalogue.package_deactivate" in actions


@pytest.mark.parametrize("role", ["sales", "service_advisor", "front_desk"])
def test_only_manager_and_admin_change_the_catalogue(store, role):
    actor = make_user("u1", "某人", role)
    with pytest.raises(PermissionDenied):
        catalogue.save_model(actor, ModelInput("雷凌"))
    with pytest.raises(PermissionDenied):
        catalogue.save_catalogue_item(actor, "P1", "机油", "part", "1")
    assert not VehicleModel.select().exists()
    admin = make_user("root", "管理员", "admin")
    assert catalogue.save_model(admin, ModelInput("雷凌")).name == "雷凌"


def test_import_models_sheet_rejects_per_row_and_re_import_changes_nothing(manager, tmp_path):
    path = _write_xlsx(tmp_path / "models.xlsx", [
        ["车型目录（2026）"],
        ["品牌", "车系", "车型", "指导价", "燃料类型", "车身类型", "年款", "保养间隔(月)", "保养间隔(公里)", "本店品牌"],
        ["广汽丰田", "凯美瑞", "凯美瑞 2.0G 豪华版", "17.98万", "汽油", "轿车", 2025, 6, 5000, "是"],
        ["广汽丰田", "凯美瑞", "凯美瑞 双擎 2.5HQ", 219800, "油电混动", "轿车", 2026, 6, 10000, "是"],
        ["广汽丰田", "铂智3X", "铂智3X 520 Pro", 10.98, "纯电", "SUV", 2025, 12, 20000, "是"],
        ["比亚迪", "宋PLUS", "宋PLUS DM-i", 149800, "插混", "SUV", 2025, 12, 7500, "否"],
        ["本田", "雅阁", "雅阁 260TURBO", 179800, "柴油", "轿车", 2025, 6, 5000, "否"],
    ])
    first = catalogue.import_catalogue(manager, path)
    assert (first.kind, first.rows, first.imported, first.updated, first.rejected) == ("models", 5, 4, 0, 1)
    assert first.rejects[0][0] == 7 and "柴油" in first.rejects[0][1]
    by_name = {m.name: m for m in catalogue.list_models(manager)}
    assert by_name["凯美瑞 2.0G 豪华版"].price == 179800  # "17.98万"
    assert by_name["铂智3X 520 Pro"].price == 109800  # 10.98 in a column of 万元
    assert by_name["宋PLUS DM-i"].fuel == "plugin" and by_name["宋PLUS DM-i"].new_energy
    assert not by_name["宋PLUS DM-i"].own_brand
    assert catalogue.find_model(manager, "凯美瑞").name == "凯美瑞 双擎 2.5HQ"
    again = catalogue.import_catalogue(manager, path)
    assert (again.imported, again.updated, again.rejected) == (0, 4, 1)
    assert VehicleModel.select().count() == 4
    assert {m.name: m for m in catalogue.list_models(manager)} == by_name


def test_import_services_sheet_with_a_package_is_idempotent(manager, tmp_path):
    path = _write_csv(tmp_path / "items.csv", [
        ["项目编码", "名称", "类型", "工时", "工时单价", "单价", "单位", "配件"],
        ["P-OIL", "机油 0W-20", "配件", "", "", "78", "升", ""],
        ["P-OILF", "机油滤清器", "配件", "", "", "45", "个", ""],
        ["L-MAINT", "常规保养工时", "工时", "1.0", "160", "", "", ""],
        ["PK-SMALL", "小保养", "套餐", "", "", "", "", "P-OIL×4、P-OILF、L-MAINT"],
        ["PK-BAD", "大保养", "套餐", "", "", "899", "", "P-OIL×5、P-SPARK×4"],
        ["", "没有编码", "配件", "", "", "5", "", ""],
    ])
    first = catalogue.import_catalogue(manager, path)
    assert (first.kind, first.rows, first.imported, first.rejected) == ("services", 6, 4, 2)
    assert [r for r, _ in first.rejects] == [6, 7]
    assert "P-SPARK" in first.rejects[0][1]
    (pkg,) = catalogue.list_packages(manager)
    assert (pkg.name, pkg.price) == ("小保养", Decimal("517.00"))  # 4×78 + 45 + 160
    labour = next(r for r in catalogue.list_catalogue(manager) if r.code == "L-MAINT")
    assert (labour.hours, labour.rate, labour.unit_price) == (Decimal("1.00"), Decimal("160.00"), Decimal("160.00"))
    lines = ServicePackageLine.select().count()
    again = catalogue.import_catalogue(manager, path)
    assert (again.imported, again.updated, again.rejected) == (0, 4, 2)
    assert ServicePackageLine.select().count() == lines == 3


def test_a_sheet_that_is_neither_is_refused(manager, tmp_path):
    path = _write_csv(tmp_path / "x.csv", [["姓名", "手机"], ["张三", "13800138000"]])
    with pytest.raises(InvalidInput, match="认不出"):
        catalogue.import_catalogue(manager, path)


def test_import_needs_the_permission(store, tmp_path):
    path = _write_csv(tmp_path / "m.csv", [["品牌", "车系", "车型"], ["丰田", "雷凌", "雷凌"]])
    with pytest.raises(PermissionDenied):
        catalogue.import_catalogue(make_user("s1", "销售", "sales"), path)
    assert not VehicleModel.select().exists()
