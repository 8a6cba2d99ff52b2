"""Service reception: the small editable catalogue of parts and labour that repair-order lines come from."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.db import db
from dealerdesk.store.models import ServiceCatalogueItem

DEFAULT_CATALOGUE = [  # code, name, kind, unit price
    ("P-OIL", "机油 5W-30 (升)", "part", "68.00"), ("P-OILF", "机油滤清器", "part", "45.00"),
    ("P-AIRF", "空气滤清器", "part", "85.00"), ("P-CABF", "空调滤清器", "part", "95.00"),
    ("P-BRKF", "前刹车片(套)", "part", "420.00"), ("P-WIPER", "雨刮片(对)", "part", "120.00"),
    ("L-MAINT", "常规保养工时", "labour", "150.00"), ("L-BRK", "更换刹车片工时", "labour", "180.00"),
    ("L-DIAG", "故障诊断", "labour", "200.00"), ("L-WASH", "洗车", "labour", "30.00"),
]


@dataclass(frozen=True)
class CatalogueRow:
    id: int
    code: str
    name: str
    kind: str
    unit_price: Decimal
    active: bool


# --- catalogue --------------------------------------------------------------------------------------

def list_catalogue(actor: Actor, include_inactive: bool = False) -> list[CatalogueRow]:
    require(actor, "reception.read")
    query = ServiceCatalogueItem.select().order_by(ServiceCatalogueItem.kind.desc(), ServiceCatalogueItem.code)
    if not include_inactive:
        query = query.where(ServiceCatalogueItem.active == True)
    return [CatalogueRow(r.id, r.code, r.name, r.kind, Decimal(r.unit_price), r.active) for r in query]


def save_catalogue_item(actor: Actor, code: str, name: str, kind: str, unit_price: object, active: bool = True,
                        item_id: int | None = None) -> CatalogueRow:
    require(actor, "catalogue.write")
    code, name = code.strip().upper(), name.strip()
    if not code or not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写编码和名称"), field="name")
    if kind not in rules.LINE_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的项目类型 {kind}"), field="kind", kind=kind)
    price = rules.money(unit_price)
    with db.atomic():
        clash = ServiceCatalogueItem.get_or_none(ServiceCatalogueItem.code == code)
        if clash is not None and clash.id != item_id:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "编码 {code} 已存在"), field="code", code=code)
        values = {"code": code, "name": name, "kind": kind, "unit_price": price, "active": active}
        if item_id is None:
            item_id = ServiceCatalogueItem.insert(**values).execute()
        else:
            ServiceCatalogueItem.update(**values).where(ServiceCatalogueItem.id == item_id).execute()
        audit.record(actor, "catalogue.save", "service_catalogue_item", item_id, code=code, price=price)
    return CatalogueRow(item_id, code, name, kind, price, active)


def ensure_default_catalogue(actor: Actor) -> int:
    """A new store starts with a few common items so the first quote can be written; returns how many."""
    require(actor, "catalogue.write")
    with db.atomic():
        if ServiceCatalogueItem.select().exists():
            return 0
        ServiceCatalogueItem.insert_many([{"code": c, "name": n, "kind": k, "unit_price": Decimal(p), "active": True}
                                          for c, n, k, p in DEFAULT_CATALOGUE]).execute()
    return len(DEFAULT_CATALOGUE)
