"""The car model catalogue (车型目录): brands (the store's own first, competitors for defeat analysis), series,
models/trims with guide price, fuel, body, maintenance interval and inspection rule; active or discontinued.

`find_model` is the one way a typed name becomes a catalogue model (the lead dialog's free typing, the
customer import): a model's own name, or a series name meaning the series' current model.
"""
from __future__ import annotations

from dataclasses import dataclass

from dealerdesk.domain import catalogue as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.catalogue.items import require_reading
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.db import db
from dealerdesk.store.models import VehicleModel


@dataclass(frozen=True)
class ModelRow:
    id: int
    brand: str
    series: str
    name: str
    price: int
    fuel: str
    body: str
    model_year: int
    service_months: int
    service_km: int
    inspection_rule: str
    own_brand: bool
    active: bool

    @property
    def new_energy(self) -> bool:
        return rules.new_energy_plate(self.fuel)

    def to_json(self) -> dict:
        return {"id": self.id, "brand": self.brand, "series": self.series, "name": self.name, "price": self.price,
                "fuel": self.fuel, "new_energy": self.new_energy, "body": self.body, "model_year": self.model_year,
                "service_months": self.service_months, "service_km": self.service_km,
                "inspection_rule": self.inspection_rule, "own_brand": self.own_brand, "active": self.active}


@dataclass
class ModelInput:
    """What the model dialog and a sheet row give; validated by save_model."""

    name: str
    brand: str = ""
    series: str = ""
    price: int = 0
    fuel: str = "petrol"
    body: str = ""
    model_year: int = 0
    service_months: int = 0
    service_km: int = 0
    inspection_rule: str = "private"
    own_brand: bool = True
    active: bool = True


def _row(m: VehicleModel) -> ModelRow:
    return ModelRow(m.id, m.brand, m.series, m.name, m.price, m.fuel, m.body, m.model_year, m.service_months,
                    m.service_km, m.inspection_rule, bool(m.own_brand), bool(m.active))


def _ordered(query):
    """Own brand first, then brand, series, newest year, name: the pickers' and the settings page's order."""
    return query.order_by(VehicleModel.own_brand.desc(), VehicleModel.brand, VehicleModel.series,
                          VehicleModel.model_year.desc(), VehicleModel.name)


def list_models(actor: Actor, include_inactive: bool = False) -> list[ModelRow]:
    require_reading(actor, "customer.read")
    query = VehicleModel.select()
    if not include_inactive:
        query = query.where(VehicleModel.active == True)
    return [_row(m) for m in _ordered(query)]


def get_model(actor: Actor, model_id: int) -> ModelRow:
    require_reading(actor, "customer.read")
    m = VehicleModel.get_or_none(VehicleModel.id == model_id)
    if m is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车型 {id}"), id=model_id)
    return _row(m)


def _values(data: ModelInput) -> dict:
    name, brand, series = data.name.strip(), data.brand.strip(), data.series.strip()
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写车型名称"), field="name")
    if len(name) > 60 or len(brand) > 40 or len(series) > 40:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "车型名称最多 60 个字符，品牌和车系最多 40 个字符"),
                           field="name")
    if data.fuel not in rules.FUELS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的燃料类型 {fuel}"), field="fuel", fuel=data.fuel)
    if data.body and data.body not in rules.BODIES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的车身类型 {body}"), field="body", body=data.body)
    if data.inspection_rule not in rules.INSPECTION_RULES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的年检规则 {rule}"), field="inspection_rule",
                           rule=data.inspection_rule)
    numbers = {}
    for field in ("price", "model_year", "service_months", "service_km"):
        try:
            value = int(getattr(data, field) or 0)
        except (TypeError, ValueError):
            value = -1
        if value < 0 or value > 100_000_000:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{value} 不是有效的数字"), field=field,
                               value=getattr(data, field))
        numbers[field] = value
    return {"name": name, "brand": brand, "series": series, "fuel": data.fuel, "body": data.body,
            "inspection_rule": data.inspection_rule, "own_brand": bool(data.own_brand), "active": bool(data.active),
            "segment": data.body[:20], **numbers}


def upsert_model(data: ModelInput, model_id: int | None, *, names: dict[str, int] | None = None) -> tuple[int, bool]:
    """(id, created) inside the caller's transaction; model_id None: by name (a re-import updates).
    `names`: every model's name → id, kept by a sheet import (no look-up query per row)."""
    values = _values(data)
    same_id = (names.get(values["name"]) if names is not None else
               VehicleModel.select(VehicleModel.id).where(VehicleModel.name == values["name"]).scalar())
    if model_id is None and same_id is not None:
        model_id = same_id
    elif same_id is not None and same_id != model_id:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "车型 {name} 已存在"), field="name", name=values["name"])
    if model_id is None:
        model_id = VehicleModel.insert(**values).execute()
        if names is not None:
            names[values["name"]] = model_id
        return model_id, True
    if not VehicleModel.update(**values).where(VehicleModel.id == model_id).execute():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车型 {id}"), id=model_id)
    return model_id, False


def save_model(actor: Actor, data: ModelInput, model_id: int | None = None) -> ModelRow:
    """Add a model, or change one (by id; without an id, a model of the same name is updated)."""
    require(actor, "catalogue.manage")
    with db.atomic():
        model_id, created = upsert_model(data, model_id)
        audit.record(actor, "catalogue.model_save", "vehicle_model", model_id, name=data.name.strip(),
                     created=created)
        changes.mark(changes.SETTINGS)  # master data: pickers and lists reload
        return _row(VehicleModel.get_by_id(model_id))


def deactivate_model(actor: Actor, model_id: int) -> ModelRow:
    """Discontinue (停售) a model: it leaves the pickers; leads, orders and vehicles on it keep it."""
    require(actor, "catalogue.manage")
    with db.atomic():
        if not VehicleModel.update(active=False).where(VehicleModel.id == model_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车型 {id}"), id=model_id)
        audit.record(actor, "catalogue.model_deactivate", "vehicle_model", model_id)
        changes.mark(changes.SETTINGS)  # master data: pickers and lists reload
        return _row(VehicleModel.get_by_id(model_id))


def model_keys() -> list[rules.ModelKey]:
    """Every catalogue model as find_model's rule needs it (no permission: a helper of other use cases,
    such as the customer import, that have checked theirs)."""
    return [rules.ModelKey(i, n, s, bool(a), y) for i, n, s, a, y in VehicleModel.select(
        VehicleModel.id, VehicleModel.name, VehicleModel.series, VehicleModel.active, VehicleModel.model_year).tuples()]


def find_model(actor: Actor, text: str) -> ModelRow | None:
    """The catalogue model a typed name means: its own name, or a series name → the series' current (active,
    newest) model; None for another brand's car typed freely."""
    require_reading(actor, "customer.read")
    hit = rules.match_model(text, model_keys())
    return None if hit is None else _row(VehicleModel.get_by_id(hit.id))
