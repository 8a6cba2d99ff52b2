"""The service catalogue (维修项目价目): labour items (standard hours × hourly rate), parts (price, unit) and
packages (套餐, e.g. 小保养 = oil + filter + labour) that repair-order lines come from.

Reading it is reception's (advisors quote from it); changing it is the manager's (`catalogue.manage`).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from dealerdesk.domain import catalogue as rules
from dealerdesk.domain import reception
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.db import db
from dealerdesk.store.models import ServiceCatalogueItem, ServicePackage, ServicePackageLine

DEFAULT_CATALOGUE = [  # code, name, kind, unit price
    ("P-OIL", "机油 5W-30 (升)", "part", "68.00"), ("P-OILF", "机油滤清器", "part", "45.00"),
    ("P-AIRF", "空气滤清器", "part", "85.00"), ("P-CABF", "空调滤清器", "part", "95.00"),
    ("P-BRKF", "前刹车片(套)", "part", "420.00"), ("P-WIPER", "雨刮片(对)", "part", "120.00"),
    ("L-MAINT", "常规保养工时", "labour", "150.00"), ("L-BRK", "更换刹车片工时", "labour", "180.00"),
    ("L-DIAG", "故障诊断", "labour", "200.00"), ("L-WASH", "洗车", "labour", "30.00"),
]


def require_reading(actor: Actor, permission: str) -> None:
    """Reading the catalogue: whoever has `permission` (the lists' own users), and whoever keeps the catalogue
    (catalogue.manage: the administrator fills it in for a new store without reading repair orders)."""
    if not actor.can("catalogue.manage"):
        require(actor, permission)


@dataclass(frozen=True)
class CatalogueRow:
    id: int
    code: str
    name: str
    kind: str
    unit_price: Decimal
    active: bool
    hours: Decimal = Decimal(0)
    rate: Decimal = Decimal(0)
    unit: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "code": self.code, "name": self.name, "kind": self.kind,
                "price": str(self.unit_price), "hours": str(self.hours), "rate": str(self.rate), "unit": self.unit,
                "active": self.active}


@dataclass(frozen=True)
class PackageLine:
    item_id: int
    code: str
    name: str
    kind: str
    qty: Decimal
    unit_price: Decimal


@dataclass(frozen=True)
class PackageRow:
    id: int
    code: str
    name: str
    fixed_price: Decimal | None
    price: Decimal  # the fixed price, or the sum of the lines
    active: bool
    lines: tuple[PackageLine, ...]

    def to_json(self) -> dict:
        return {"id": self.id, "code": self.code, "name": self.name, "kind": "package", "price": str(self.price),
                "fixed_price": None if self.fixed_price is None else str(self.fixed_price), "active": self.active,
                "lines": [{"code": ln.code, "name": ln.name, "qty": str(ln.qty)} for ln in self.lines]}


def _row(r: ServiceCatalogueItem) -> CatalogueRow:
    money = reception.money
    return CatalogueRow(r.id, r.code, r.name, r.kind, money(r.unit_price), bool(r.active), money(r.hours),
                        money(r.rate), r.unit)


# --- items ---------------------------------------------------------------------------------------------

def list_catalogue(actor: Actor, include_inactive: bool = False) -> list[CatalogueRow]:
    require_reading(actor, "reception.read")
    query = ServiceCatalogueItem.select().order_by(ServiceCatalogueItem.kind.desc(), ServiceCatalogueItem.code)
    if not include_inactive:
        query = query.where(ServiceCatalogueItem.active == True)
    return [_row(r) for r in query]


def item_values(code: str, name: str, kind: str, unit_price: object, hours: object, rate: object,
                 unit: str) -> dict:
    code, name = code.strip().upper(), name.strip()
    if not code or not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写编码和名称"), field="name")
    if len(code) > 20 or len(name) > 60:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "编码最多 20 个字符，名称最多 60 个字符"), field="name")
    if kind not in reception.LINE_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的项目类型 {kind}"), field="kind", kind=kind)
    hours_d, rate_d = reception.money(hours or 0), reception.money(rate or 0)
    if hours_d < 0 or rate_d < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "工时和单价不能为负数"), field="hours")
    if kind == "labour" and hours_d > 0 and rate_d > 0:
        price = rules.labour_price(hours_d, rate_d)
    else:
        price = reception.money(unit_price)
    if price < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "价格不能为负数"), field="price")
    return {"code": code, "name": name, "kind": kind, "unit_price": price, "hours": hours_d, "rate": rate_d,
            "unit": unit.strip()[:10]}


def save_catalogue_item(actor: Actor, code: str, name: str, kind: str, unit_price: object = 0, active: bool = True,
                        item_id: int | None = None, *, hours: object = 0, rate: object = 0,
                        unit: str = "") -> CatalogueRow:
    """Add or change one labour item or part; a labour item with hours and a rate is priced hours × rate."""
    require(actor, "catalogue.manage")
    values = item_values(code, name, kind, unit_price, hours, rate, unit)
    values["active"] = active
    with db.atomic():
        item_id = upsert_item(values, item_id)
        audit.record(actor, "catalogue.save", "service_catalogue_item", item_id, code=values["code"],
                     price=values["unit_price"])
        changes.mark(changes.SETTINGS)  # master data: pickers and lists reload
    return _row(ServiceCatalogueItem.get_by_id(item_id))


def upsert_item(values: dict, item_id: int | None, *, checked: bool = False) -> int:
    """Insert or update inside the caller's transaction; a code another item has is a Conflict. `checked`:
    the caller has looked the code up already (a sheet import keeps every code in a dict)."""
    if not checked:
        clash = ServiceCatalogueItem.get_or_none(ServiceCatalogueItem.code == values["code"])
        if clash is not None and clash.id != item_id:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "编码 {code} 已存在"), field="code", code=values["code"])
    if item_id is None:
        return ServiceCatalogueItem.insert(**values).execute()
    if not ServiceCatalogueItem.update(**values).where(ServiceCatalogueItem.id == item_id).execute():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到项目 {id}"), id=item_id)
    return item_id


def deactivate_item(actor: Actor, item_id: int) -> CatalogueRow:
    """Stop offering an item (old repair orders keep their lines); packages keep it until edited."""
    require(actor, "catalogue.manage")
    with db.atomic():
        if not ServiceCatalogueItem.update(active=False).where(ServiceCatalogueItem.id == item_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到项目 {id}"), id=item_id)
        audit.record(actor, "catalogue.item_deactivate", "service_catalogue_item", item_id)
        changes.mark(changes.SETTINGS)  # master data: pickers and lists reload
    return _row(ServiceCatalogueItem.get_by_id(item_id))


def ensure_default_catalogue(actor: Actor) -> int:
    """A new store starts with a few common items so the first quote can be written; returns how many."""
    require(actor, "catalogue.manage")
    with db.atomic():
        if ServiceCatalogueItem.select().exists():
            return 0
        ServiceCatalogueItem.insert_many([{"code": c, "name": n, "kind": k, "unit_price": Decimal(p), "active": True}
                                          for c, n, k, p in DEFAULT_CATALOGUE]).execute()
    return len(DEFAULT_CATALOGUE)


# --- packages ------------------------------------------------------------------------------------------

def list_packages(actor: Actor, include_inactive: bool = False) -> list[PackageRow]:
    require_reading(actor, "reception.read")
    query = ServicePackage.select().order_by(ServicePackage.code)
    if not include_inactive:
        query = query.where(ServicePackage.active == True)
    packages = list(query)
    lines: dict[int, list[PackageLine]] = {p.id: [] for p in packages}
    if packages:
        for ln, item in ((ln, ln.item) for ln in ServicePackageLine.select(ServicePackageLine, ServiceCatalogueItem)
                         .join(ServiceCatalogueItem).where(ServicePackageLine.package.in_(list(lines)))
                         .order_by(ServicePackageLine.id)):
            lines[ln.package_id].append(PackageLine(item.id, item.code, item.name, item.kind,
                                                    reception.money(ln.qty), reception.money(item.unit_price)))
    return [_package_row(p, lines[p.id]) for p in packages]


def _package_row(p: ServicePackage, lines: list[PackageLine]) -> PackageRow:
    fixed = None if p.fixed_price is None else reception.money(p.fixed_price)
    price = rules.package_price([(ln.qty, ln.unit_price) for ln in lines], fixed)
    return PackageRow(p.id, p.code, p.name, fixed, price, bool(p.active), tuple(lines))


def get_package(actor: Actor, package_id: int) -> PackageRow:
    require_reading(actor, "reception.read")
    for row in list_packages(actor, include_inactive=True):
        if row.id == package_id:
            return row
    raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到套餐 {id}"), id=package_id)


def save_package(actor: Actor, code: str, name: str, lines: list[tuple[int, object]],
                 fixed_price: object | None = None, active: bool = True,
                 package_id: int | None = None) -> PackageRow:
    """Add or change a package: `lines` are (catalogue item id, qty); no fixed price → the sum of the lines."""
    require(actor, "catalogue.manage")
    with db.atomic():
        package_id = upsert_package(code, name, lines, fixed_price, active, package_id)
        audit.record(actor, "catalogue.package_save", "service_package", package_id, code=code.strip().upper(),
                     lines=len(lines))
        changes.mark(changes.SETTINGS)  # master data: pickers and lists reload
    return get_package(actor, package_id)


def upsert_package(code: str, name: str, lines: list[tuple[int, object]], fixed_price: object | None,
                    active: bool, package_id: int | None) -> int:
    code, name = code.strip().upper(), name.strip()
    if not code or not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写编码和名称"), field="name")
    if len(code) > 20 or len(name) > 60:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "编码最多 20 个字符，名称最多 60 个字符"), field="name")
    if not lines:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "套餐至少要有一个项目"), field="lines")
    qtys = []
    for item_id, qty in lines:
        q = reception.money(qty)
        if q <= 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "数量必须大于 0"), field="lines")
        if ServiceCatalogueItem.get_or_none(ServiceCatalogueItem.id == item_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到项目 {id}"), id=item_id)
        qtys.append((item_id, q))
    fixed = None if fixed_price in (None, "") else reception.money(fixed_price)
    if fixed is not None and fixed < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "价格不能为负数"), field="price")
    clash = ServicePackage.get_or_none(ServicePackage.code == code)
    if clash is not None and clash.id != package_id:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "编码 {code} 已存在"), field="code", code=code)
    values = {"code": code, "name": name, "fixed_price": fixed, "active": active}
    if package_id is None:
        package_id = ServicePackage.insert(**values).execute()
    elif not ServicePackage.update(**values).where(ServicePackage.id == package_id).execute():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到套餐 {id}"), id=package_id)
    ServicePackageLine.delete().where(ServicePackageLine.package == package_id).execute()
    ServicePackageLine.insert_many([{"package": package_id, "item": i, "qty": q} for i, q in qtys]).execute()
    return package_id


def deactivate_package(actor: Actor, package_id: int) -> PackageRow:
    require(actor, "catalogue.manage")
    with db.atomic():
        if not ServicePackage.update(active=False).where(ServicePackage.id == package_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到套餐 {id}"), id=package_id)
        audit.record(actor, "catalogue.package_deactivate", "service_package", package_id)
        changes.mark(changes.SETTINGS)  # master data: pickers and lists reload
    return get_package(actor, package_id)
