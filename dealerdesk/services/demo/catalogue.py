"""The demo store's catalogue beyond the model names the customers are generated from (demo/data.MODELS):
each model's series, fuel, body, year and maintenance interval, a few competitor models (defeat analysis,
the lead dialog's picker), the service price list with standard hours, and two packages (小保养, 大保养).

Written once after the customers, in a few hundred microseconds: it does not slow the demo build."""
from __future__ import annotations

from decimal import Decimal

from dealerdesk.domain import catalogue as rules
from dealerdesk.store.db import db
from dealerdesk.store.models import ServiceCatalogueItem, ServicePackage, ServicePackageLine, VehicleModel

#: per demo model name: (series, fuel, body, model year, service months, service km)
MODEL_DETAILS = {
    "雷凌": ("雷凌", "hybrid", "sedan", 2025, 6, 10000), "凯美瑞": ("凯美瑞", "petrol", "sedan", 2025, 6, 5000),
    "亚洲龙": ("亚洲龙", "hybrid", "sedan", 2025, 6, 10000), "致炫": ("致炫", "petrol", "hatchback", 2024, 6, 5000),
    "C-HR": ("C-HR", "petrol", "suv", 2024, 6, 5000), "威兰达": ("威兰达", "plugin", "suv", 2025, 6, 10000),
    "汉兰达": ("汉兰达", "hybrid", "suv", 2025, 6, 10000), "赛那": ("赛那", "hybrid", "mpv", 2025, 6, 10000),
    "bZ4X": ("bZ4X", "electric", "suv", 2025, 12, 20000), "铂智3X": ("铂智3X", "electric", "suv", 2025, 12, 20000),
}
#: competitors' models the consultants meet in defeats: (brand, series, name, price, fuel, body)
COMPETITORS = [
    ("东风本田", "思域", "思域 240TURBO", 129900, "petrol", "sedan"),
    ("广汽本田", "雅阁", "雅阁 260TURBO", 179800, "petrol", "sedan"),
    ("比亚迪", "宋PLUS", "宋PLUS DM-i", 149800, "plugin", "suv"),
    ("特斯拉", "Model Y", "Model Y 后驱版", 263900, "electric", "suv"),
]
#: (code, name, kind, price for parts, hours for labour, unit)
ITEMS = [
    ("P-OIL", "机油 0W-20 (升)", "part", "68.00", "0", "升"), ("P-OILF", "机油滤清器", "part", "45.00", "0", "个"),
    ("P-AIRF", "空气滤清器", "part", "85.00", "0", "个"), ("P-CABF", "空调滤清器", "part", "95.00", "0", "个"),
    ("P-SPARK", "火花塞", "part", "78.00", "0", "个"), ("P-BRKFL", "刹车油 (升)", "part", "60.00", "0", "升"),
    ("P-BRKF", "前刹车片(套)", "part", "420.00", "0", "套"), ("P-WIPER", "雨刮片(对)", "part", "120.00", "0", "对"),
    ("L-MAINT", "常规保养工时", "labour", "0", "1.0", ""), ("L-MAJOR", "大保养工时", "labour", "0", "2.0", ""),
    ("L-BRK", "更换刹车片工时", "labour", "0", "1.2", ""), ("L-DIAG", "故障诊断", "labour", "0", "1.5", ""),
    ("L-WASH", "洗车", "labour", "30.00", "0", ""),
]
LABOUR_RATE = Decimal("150.00")
#: (code, name, fixed price or None, [(item code, qty)])
PACKAGES = [
    ("PK-MINOR", "小保养", "399.00", [("P-OIL", 4), ("P-OILF", 1), ("L-MAINT", 1)]),
    ("PK-MAJOR", "大保养", None, [("P-OIL", 4), ("P-OILF", 1), ("P-AIRF", 1), ("P-CABF", 1), ("P-SPARK", 4),
                                 ("L-MAJOR", 1)]),
]


def write_catalogue() -> None:
    """Fill in the open demo store's catalogue (after its models were written by name)."""
    with db.atomic():
        for name, (series, fuel, body, year, months, km) in MODEL_DETAILS.items():
            VehicleModel.update(series=series, fuel=fuel, body=body, model_year=year, service_months=months,
                                service_km=km, own_brand=True).where(VehicleModel.name == name).execute()
        VehicleModel.insert_many([{"brand": b, "series": s, "name": n, "price": p, "fuel": f, "body": body,
                                   "segment": body, "model_year": 2025, "service_months": 6, "service_km": 5000,
                                   "own_brand": False, "active": True} for b, s, n, p, f, body in COMPETITORS]).execute()
        ids = {}
        for code, name, kind, price, hours, unit in ITEMS:
            hours_d = Decimal(hours)
            unit_price = rules.labour_price(hours_d, LABOUR_RATE) if kind == "labour" and hours_d else Decimal(price)
            ids[code] = ServiceCatalogueItem.insert(
                code=code, name=name, kind=kind, unit_price=unit_price, hours=hours_d,
                rate=LABOUR_RATE if kind == "labour" and hours_d else Decimal(0), unit=unit, active=True).execute()
        for code, name, fixed, lines in PACKAGES:
            pid = ServicePackage.insert(code=code, name=name, active=True,
                                        fixed_price=None if fixed is None else Decimal(fixed)).execute()
            ServicePackageLine.insert_many([{"package": pid, "item": ids[c], "qty": q} for c, q in lines]).execute()
