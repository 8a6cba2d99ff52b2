"""The customer import matches 意向车型 to the catalogue (a series name finds the series' current model) and
销售顾问 to an active staff member by name or login; an unknown name leaves it unset with a warning."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from dealerdesk.services import catalogue
from dealerdesk.services.catalogue import ModelInput
from dealerdesk.services.transfer.importer import ImportOptions, run_import
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer, Lead
from tests.factories import make_user


@pytest.fixture
def shop(tmp_path, store_target):
    open_store(store_target, create=True)
    manager = make_user("mgr", "周经理", "manager")
    make_user("sales01", "刘婷", "sales")
    make_user("sales09", "王离职", "sales", active=False)
    for name, year, active in (("凯美瑞 2024款 2.0G", 2024, True), ("凯美瑞 2025款 2.0G", 2025, True),
                               ("凯美瑞 2026款 双擎", 2026, False)):
        catalogue.save_model(manager, ModelInput(name, brand="广汽丰田", series="凯美瑞", model_year=year,
                                                 active=active))
    yield tmp_path, manager
    close_store()


def test_series_and_consultant_cells_find_the_current_model_and_active_staff(shop):
    tmp_path, manager = shop
    wb = Workbook()
    for r in (["姓名", "手机", "意向车型", "销售顾问"],
              ["张三", "13800138001", "凯美瑞", "刘婷"],
              ["李四", "13800138002", "凯美瑞 2024款 2.0G", "sales01"],
              ["王五", "13800138003", "宝马3系", "王离职"]):
        wb.active.append(r)
    wb.save(tmp_path / "c.xlsx")
    result = run_import(manager, tmp_path / "c.xlsx", ImportOptions(today=dt.date(2026, 11, 1)))
    assert (result.imported, result.rejected) == (3, 0)
    leads = {c.name: lead for c in Customer.select() for lead in Lead.select().where(Lead.customer == c.id)}
    current = catalogue.find_model(manager, "凯美瑞")
    assert current.name == "凯美瑞 2025款 2.0G"
    assert leads["张三"].model_id == current.id and leads["张三"].owner.login == "sales01"
    assert leads["李四"].model.name == "凯美瑞 2024款 2.0G" and leads["李四"].owner.login == "sales01"
    assert leads["王五"].model_id is None and leads["王五"].other_models == "宝马3系"
    assert leads["王五"].owner_id is None  # a consultant who left owns nothing new
    warned = {(w.row, w.value) for w in result.warnings}
    assert (4, "宝马3系") in warned and (4, "王离职") in warned
    assert not any(row in (2, 3) for row, _ in warned)
