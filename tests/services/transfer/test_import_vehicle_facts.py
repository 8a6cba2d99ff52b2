"""The importer maps the vehicle columns (交强险到期, 商业险到期, 上牌日期, 年检, 保险公司, 购车日期, 里程) onto the car,
for new and for existing vehicles; an unreadable fact cell is left empty with a warning, the row still comes in."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.transfer.importer import ImportOptions, run_import
from dealerdesk.services.transfer.plan import parse_km
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer, Vehicle

HEAD = ["姓名", "手机", "车牌号", "交强险到期", "商业险到期", "上牌日期", "年检/下次年检", "保险公司", "购车日期", "里程"]


@pytest.fixture
def store(tmp_path, store_target):
    open_store(store_target, create=True)
    yield tmp_path
    close_store()


def book(path, rows):
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_vehicle_columns_land_on_the_new_car(store):
    f = book(store / "a.xlsx", [HEAD, ["张三", "13812345678", "粤B12345", "2026/7/1", dt.datetime(2026, 7, 5),
                                       "2022年3月2日", "2026-03-02", "平安保险", "2022-02-26", "2.3万"]])
    result = run_import(SYSTEM, f)
    assert (result.imported, result.rejected) == (1, 0), result.rejects
    car = Vehicle.get(Vehicle.plate == "粤B12345")
    assert (car.insurance_compulsory_until, car.insurance_commercial_until) == (dt.date(2026, 7, 1),
                                                                                 dt.date(2026, 7, 5))
    assert (car.registration_date, car.next_inspection_on, car.insurer) == (dt.date(2022, 3, 2),
                                                                            dt.date(2026, 3, 2), "平安保险")
    assert (car.purchase_date, car.delivered_on, car.mileage_km) == (dt.date(2022, 2, 26), dt.date(2022, 2, 26),
                                                                     23000)
    assert car.mileage_date is not None


def test_update_mode_fills_the_facts_of_a_known_car(store):
    book(store / "a.xlsx", [HEAD[:3], ["张三", "13812345678", "粤B12345"]])
    run_import(SYSTEM, store / "a.xlsx")
    f = book(store / "b.xlsx", [HEAD, ["张三", "13812345678", "粤B12345", "2026-08-01", None, None, None, "人保",
                                       None, "15000"]])
    result = run_import(SYSTEM, f, ImportOptions(on_duplicate="update"))
    assert result.updated == 1, result.rejects
    car = Vehicle.get(Vehicle.plate == "粤B12345")
    assert (car.insurance_compulsory_until, car.insurer, car.mileage_km) == (dt.date(2026, 8, 1), "人保", 15000)
    assert Vehicle.select().count() == 1 and Customer.select().count() == 1


def test_an_unreadable_fact_is_left_empty_with_a_warning(store):
    f = book(store / "a.xlsx", [HEAD, ["张三", "13812345678", "粤B12345", "下个月", None, "2099-01-01", None, None,
                                       None, "很多"]])
    result = run_import(SYSTEM, f)
    assert (result.imported, result.rejected) == (1, 0)
    car = Vehicle.get(Vehicle.plate == "粤B12345")
    assert car.insurance_compulsory_until is None and car.registration_date is None and car.mileage_km == 0
    reasons = " ".join(w.reason for w in result.warnings)
    assert "交强险到期" in reasons and "上牌日期" in reasons and "里程" in reasons


@pytest.mark.parametrize(("text", "km"), [("23000", 23000), ("23,000 公里", 23000), ("2.3万", 23000),
                                          ("1500km", 1500)])
def test_mileage_cells(text, km):
    assert parse_km(text) == km
