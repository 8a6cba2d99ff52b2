"""Append-only, hash-chained audit log: who (the acting user), when (the use case's clock, else now), what
(field-level old → new for changes), about whom (the customer the row concerns).

Use cases call `record`; `diff`/`fields_of` build the old → new detail so nobody hand-builds it; phone
numbers are masked (`mask_phone`) and, as a safety net, any mobile or landline number left in a detail is
masked before it is written. The chain and its verification live in store/audit_log.py.
"""
from __future__ import annotations

import datetime as dt
import decimal
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from peewee import ForeignKeyField, Model

from dealerdesk.store import audit_log
from dealerdesk.store.audit_log import ChainProblem
from dealerdesk.store.models import (
    Appointment,
    AuditLog,
    Complaint,
    Lead,
    Reminder,
    RepairOrder,
    ServiceRecord,
    Survey,
    Vehicle,
)



class Actor(Protocol):
    """What the log needs of services.auth.Actor (named here so auth can audit without an import cycle)."""

    login: str
    id: int | None

__all__ = ["record", "record_as", "diff", "fields_of", "mask_phone", "mask_phones_in", "verify_chain",
           "ChainProblem", "login_succeeded", "login_failed", "AuditEntry", "entries_about"]

# entity -> (model, column holding the customer): whom a row is about when the caller does not say
_ABOUT = {"lead": (Lead, Lead.customer), "complaint": (Complaint, Complaint.customer),
          "survey": (Survey, Survey.customer), "appointment": (Appointment, Appointment.customer),
          "repair_order": (RepairOrder, RepairOrder.customer), "reminder": (Reminder, Reminder.customer),
          "service_record": (ServiceRecord, ServiceRecord.customer), "vehicle": (Vehicle, Vehicle.owner)}

_MOBILE = re.compile(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")
_LANDLINE = re.compile(r"(?<![0-9A-Za-z])0\d{2,3}-\d{7,8}(?![0-9A-Za-z])")


def mask_phone(phone: str) -> str:
    """138****5678 for mobiles; keeps the area code and last 2 digits of landlines."""
    digits = phone.replace("-", "")
    if len(digits) == 11 and digits.startswith("1"):
        return digits[:3] + "****" + digits[-4:]
    if "-" in phone:
        area, number = phone.split("-", 1)
        return area + "-" + "*" * max(len(number) - 2, 0) + number[-2:]
    return "*" * max(len(phone) - 4, 0) + phone[-4:]


def mask_phones_in(text: str) -> str:
    """Every mobile or landline number in `text`, masked."""
    text = _MOBILE.sub(lambda m: mask_phone(m.group(0)), text)
    return _LANDLINE.sub(lambda m: mask_phone(m.group(0)), text)


def _about(entity: str, entity_id: int | None, detail: Mapping[str, object]) -> int | None:
    if entity == "customer":
        return entity_id
    given = detail.get("customer")
    if isinstance(given, int) and not isinstance(given, bool):
        return given
    if entity_id is None or entity not in _ABOUT:
        return None
    model, column = _ABOUT[entity]
    return model.select(column).where(model.id == entity_id).scalar()


def record(actor: Actor, action: str, entity: str, entity_id: int | None = None, *,
           at: dt.datetime | None = None, about: int | None = None, **detail: object) -> int:
    """One audit row for what `actor` did; joins the caller's transaction. `at`: the use case's clock (now
    when it has none); `about`: the customer concerned when it cannot be told from the entity. Returns its id."""
    return record_as(actor.login, action, entity, entity_id, at=at, about=about, **detail)


def record_as(login: str, action: str, entity: str, entity_id: int | None = None, *,
              at: dt.datetime | None = None, about: int | None = None, **detail: object) -> int:
    """`record` for events without an Actor (a failed login names only the login typed)."""
    text = mask_phones_in(json.dumps(detail, ensure_ascii=False, default=str)) if detail else ""
    customer_id = about if about is not None else _about(entity, entity_id, detail)
    return audit_log.append(login=login, action=action, entity=entity, entity_id=entity_id,
                            customer_id=customer_id, detail=text, at=at)


def login_succeeded(actor: Actor, *, at: dt.datetime | None = None, via: str = "") -> int:
    return record(actor, "login", "user", actor.id, at=at, via=via)


def login_failed(login: str, reason: str, *, at: dt.datetime | None = None, via: str = "") -> int:
    """A refused login: the login typed (never the password) and why."""
    return record_as(login or "", "login.failed", "user", None, at=at, reason=reason, via=via)


def _plain(key: str, value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if "phone" in key:
        if isinstance(value, str) and value:
            return mask_phone(value)
        if isinstance(value, (list, tuple)):
            return [mask_phone(p) for p in value]
    if isinstance(value, Model):
        return value.get_id()
    return value


def diff(old: Mapping[str, object], new: Mapping[str, object],
         keys: Iterable[str] | None = None) -> dict[str, list[object]]:
    """{field: [old, new]} for the fields whose value differs (phones masked, dates as ISO text). Use as
    `audit.record(..., changes=audit.diff(before, after))`; a create is `diff({}, after)`, a delete
    `diff(before, {})`."""
    names = list(keys) if keys is not None else sorted(set(old) | set(new))
    out: dict[str, list[object]] = {}
    for name in names:
        a, b = old.get(name), new.get(name)
        if a != b:
            out[name] = [_plain(name, a), _plain(name, b)]
    return out


def fields_of(row: Model, exclude: Iterable[str] = ("id", "version", "updated_at", "created_at")) -> dict:
    """A row's column values keyed by field name (foreign keys as ids): the `before`/`after` of `diff`."""
    skip = set(exclude)
    out = {}
    for f in row._meta.sorted_fields:
        if f.name in skip:
            continue
        out[f.name] = row.__data__.get(f.name) if isinstance(f, ForeignKeyField) else getattr(row, f.name)
    return out


def verify_chain() -> list[ChainProblem]:
    """Every row changed or deleted behind DealerDesk's back (empty when the log is intact)."""
    return audit_log.verify()


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    user_login: str
    action: str
    entity: str
    entity_id: int | None
    customer_id: int | None
    detail: str
    redacted: bool

    def to_json(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(), "user": self.user_login, "action": self.action,
                "entity": self.entity, "entity_id": self.entity_id, "customer_id": self.customer_id,
                "detail": self.detail, "redacted": self.redacted}


def _entry(row: tuple) -> AuditEntry:
    rid, at, login, action, entity, entity_id, customer_id, detail, redacted_by = row
    return AuditEntry(rid, at, login, action, entity, entity_id, customer_id, detail, redacted_by is not None)


ENTRY_COLUMNS = (AuditLog.id, AuditLog.at, AuditLog.user_login, AuditLog.action, AuditLog.entity,
                 AuditLog.entity_id, AuditLog.customer_id, AuditLog.detail, AuditLog.redacted_by)


def entries_about(customer_id: int) -> list[AuditEntry]:
    """Every audit row about one customer, oldest first (the privacy export; no permission check: callers
    have checked theirs)."""
    return [_entry(r) for r in AuditLog.select(*ENTRY_COLUMNS).where(AuditLog.customer_id == customer_id)
            .order_by(AuditLog.id).tuples()]


def entries_by_ids(ids: Iterable[int]) -> list[AuditEntry]:
    ids = list(ids)
    rows = {r[0]: _entry(r) for r in AuditLog.select(*ENTRY_COLUMNS).where(AuditLog.id.in_(ids)).tuples()}
    return [rows[i] for i in ids if i in rows]
