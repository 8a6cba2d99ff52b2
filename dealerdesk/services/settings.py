"""Read and change the store's settings (defaults from config, overrides in the database)."""
from __future__ import annotations

import json

from dealerdesk.config import settings_defaults
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.db import db
from dealerdesk.store.models import Setting

SYSTEM_PREFIXES = ("store.", "ui.", "backup.", "privacy.")


def get_settings() -> dict[str, object]:
    merged = settings_defaults()
    for key, value in Setting.select(Setting.key, Setting.value).tuples():
        try:
            merged[key] = json.loads(value)
        except ValueError:
            continue
    return merged


def get_setting(key: str) -> object:
    row = Setting.get_or_none(Setting.key == key)
    if row is not None:
        return json.loads(row.value)
    return settings_defaults().get(key)


def set_setting(actor: Actor, key: str, value: object) -> None:
    defaults = settings_defaults()
    if key not in defaults and not key.startswith("target."):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的设置项 {key}"), field=key, key=key)
    require(actor, "settings.system" if key.startswith(SYSTEM_PREFIXES) else "settings.business")
    changes.mark(changes.SETTINGS)
    with db.atomic():
        old = get_setting(key)
        Setting.replace(key=key, value=json.dumps(value, ensure_ascii=False), updated_by=actor.login).execute()
        audit.record(actor, "setting.change", "setting", None, key=key, old=old, new=value)
