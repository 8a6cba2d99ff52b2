"""Append-only audit log. Phone numbers are never written in clear: callers pass masked values."""
from __future__ import annotations

import json

from dealerdesk.services.auth import Actor
from dealerdesk.store.models import AuditLog


def record(actor: Actor, action: str, entity: str, entity_id: int | None = None, **detail: object) -> None:
    AuditLog.create(user_login=actor.login, action=action, entity=entity, entity_id=entity_id,
                    detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else "")


def mask_phone(phone: str) -> str:
    """138****5678 for mobiles; keeps the area code and last 2 digits of landlines."""
    digits = phone.replace("-", "")
    if len(digits) == 11 and digits.startswith("1"):
        return digits[:3] + "****" + digits[-4:]
    if "-" in phone:
        area, number = phone.split("-", 1)
        return area + "-" + "*" * max(len(number) - 2, 0) + number[-2:]
    return "*" * max(len(phone) - 4, 0) + phone[-4:]
