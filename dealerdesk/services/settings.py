"""Read and change the store's settings (declared in domain/settings_spec, overrides in the database).

Every change is checked against the spec here, so the window and the CLI refuse the same values with the
same sentence: an unknown key, a role without the setting's permission, a value of the wrong type or out of
range, or one that breaks a rule between settings (the "中" tier above the "高" tier). Changes are audited.
"""
from __future__ import annotations


import json
from collections.abc import Mapping

from dealerdesk.config import settings_defaults
from dealerdesk.domain import settings_spec as spec
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.db import db
from dealerdesk.store.models import Setting, VehicleModel


def get_settings() -> dict[str, object]:
    merged = settings_defaults()
    for key, value in Setting.select(Setting.key, Setting.value).tuples():
        try:
            merged[key] = json.loads(value)
        except ValueError:
            continue
    return merged


def get_setting(key: str) -> object:
    return Setting.read(key, settings_defaults().get(key))


def _checked(actor: Actor, key: str, value: object) -> object:
    """The value to store, once the key is known, the actor may change it and the value is valid."""
    setting = spec.find(key)
    if setting is None:
        raise spec.unknown(key)
    require(actor, setting.permission)
    return spec.validate(setting, value)


def _write(actor: Actor, key: str, value: object) -> None:
    old = get_setting(key)
    Setting.put(key, json.dumps(value, ensure_ascii=False), actor.login)
    audit.record(actor, "setting.change", "setting", None, key=key, old=old, new=value,
                 changes={key: [old, value]})


def set_setting(actor: Actor, key: str, value: object) -> None:
    """Change one setting (InvalidInput naming it when the value is refused)."""
    value = _checked(actor, key, value)
    with db.atomic():
        spec.check_together({**get_settings(), key: value}, [key])
        _write(actor, key, value)
    changes.mark(changes.SETTINGS)


def save_settings(actor: Actor, values: Mapping[str, object]) -> list[str]:
    """Change several settings at once (the settings page): all or nothing; returns the keys that changed.

    Values equal to what is in effect are skipped (a per-model target not stored counts as 0), so saving an
    unchanged page writes nothing; the rules between settings see the new values together.
    """
    current = get_settings()
    changed: dict[str, object] = {}
    for key, value in values.items():
        setting = spec.find(key)
        in_effect = setting.value_of(current) if setting is not None else current.get(key)
        if value != in_effect:
            changed[key] = _checked(actor, key, value)
    if not changed:
        return []
    with db.atomic():
        spec.check_together({**current, **changed}, changed)
        for key, value in changed.items():
            _write(actor, key, value)
    changes.mark(changes.SETTINGS)
    return list(changed)


def target_models(actor: Actor) -> list[str]:
    """The catalogue models with a monthly order target ("target.<name>"), as the monthly summary lists them:
    the store's own brand's models on sale (competitors' models are in the catalogue for defeats only)."""
    require(actor, "customer.read")
    query = (VehicleModel.select(VehicleModel.name).where(VehicleModel.active == True, VehicleModel.own_brand == True)
             .order_by(VehicleModel.name))
    return [name for (name,) in query.tuples()]
