"""PIPL requests (个人信息保护法): "give me everything you hold about me" and "erase me".

Export (permission "privacy.export"): every section about one customer, as plain JSON-friendly data (the CLI
writes it as .json, reports/privacy.py as a PDF). Each section is one indexed look-up by customer, so it takes
the same time in a 200,000-customer store as in a small one (tests/bench/bench_privacy.py).

Erase (permission "privacy.erase"), confirmed by the customer's exact name: the personal data goes (name,
phones, contact persons, birthday, e-mail, WeChat, address, needs, tags, the vehicles' owner link and plate,
every search key), the free text of the customer's own records has their name, phones, plates and VINs
replaced by "***", and older audit rows are redacted the same way; the customer row stays as an anonymous
"已删除客户" with its leads, orders, visits, services and scores, so the monthly statistics do not change.
Why the audit chain survives: rows are hashed over a digest of their detail as first written, and the
erasure's own row records which rows it redacted (docs/dev/domain.md, "Privacy").
"""
from __future__ import annotations

import datetime as dt
import decimal
import json
from dataclasses import dataclass, field

from peewee import CharField, ForeignKeyField, TextField, fn

from dealerdesk.domain import audit_chain
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.store import audit_log
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    ALL_MODELS,
    Appointment,
    AuditLog,
    Complaint,
    ContactPerson,
    Customer,
    CustomerPhone,
    Delivery,
    FollowUp,
    Interaction,
    KeyAccount,
    Lead,
    LevelChange,
    Member,
    OwnershipTransfer,
    PointsEntry,
    Purchase,
    Reminder,
    RepairOrder,
    SalesOrder,
    SearchKey,
    ServiceRecord,
    Survey,
    Vehicle,
)

__all__ = ["CustomerDataExport", "ErasureResult", "export_customer_data", "erase_customer", "ERASED_NAME"]

ERASED_NAME = QT_TRANSLATE_NOOP("privacy", "已删除客户")
REDACTED = "***"

# (section, model, its customer column): the export's sections, in order
_SECTIONS = (
    ("phones", CustomerPhone, CustomerPhone.customer),
    ("contacts", ContactPerson, ContactPerson.customer),
    ("vehicles", Vehicle, Vehicle.owner),
    ("leads", Lead, Lead.customer),
    ("follow_ups", FollowUp, FollowUp.customer),
    ("orders", SalesOrder, SalesOrder.customer),
    ("purchases", Purchase, Purchase.customer),
    ("deliveries", Delivery, Delivery.customer),
    ("interactions", Interaction, Interaction.customer),
    ("complaints", Complaint, Complaint.customer),
    ("surveys", Survey, Survey.customer),
    ("service_history", ServiceRecord, ServiceRecord.customer),
    ("reminders", Reminder, Reminder.customer),
    ("repair_orders", RepairOrder, RepairOrder.customer),
    ("key_account", KeyAccount, KeyAccount.customer),  # 大用户 and member points (services/key_accounts, loyalty)
    ("member", Member, Member.customer),
    ("points", PointsEntry, PointsEntry.customer),
)
SECTIONS = ("profile",) + tuple(s for s, _m, _c in _SECTIONS) + ("level_changes", "ownership_transfers",
                                                                   "appointments", "audit")
_PROFILE_SKIP = ("score_detail", "version", "erased_had_phone")


def _plain(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _dicts(query) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in query.dicts()]


@dataclass
class CustomerDataExport:
    customer_id: int
    name: str
    generated_at: dt.datetime
    sections: dict[str, list[dict]] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"customer_id": self.customer_id, "name": self.name,
                "generated_at": self.generated_at.isoformat(), **self.sections}


def _customer(customer_id: int) -> Customer:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=customer_id)
    return row


def export_customer_data(actor: Actor, customer_id: int, now: dt.datetime | None = None) -> CustomerDataExport:
    """Everything the store holds about one customer (phones in full: it is their own data); audited."""
    require(actor, "privacy.export")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        c = _customer(customer_id)
        out = CustomerDataExport(customer_id=c.id, name=c.name, generated_at=now)
        profile = {k: v for k, v in _dicts(Customer.select().where(Customer.id == customer_id))[0].items()
                   if k not in _PROFILE_SKIP}
        out.sections["profile"] = [profile]
        for section, model, column in _SECTIONS:
            out.sections[section] = _dicts(model.select().where(column == customer_id).order_by(model.id))
        lead_ids = [row["id"] for row in out.sections["leads"]]
        out.sections["level_changes"] = _dicts(LevelChange.select().where(LevelChange.lead.in_(lead_ids or [0]))
                                               .order_by(LevelChange.id))
        out.sections["ownership_transfers"] = _dicts(
            OwnershipTransfer.select().where((OwnershipTransfer.from_customer == customer_id)
                                             | (OwnershipTransfer.to_customer == customer_id))
            .order_by(OwnershipTransfer.id))
        out.sections["appointments"] = _dicts(Appointment.select().where(Appointment.customer == customer_id)
                                              .order_by(Appointment.id))
        out.sections["audit"] = [e.to_json() for e in audit.entries_about(customer_id)]
        audit.record(actor, "customer.export", "customer", customer_id, at=now,
                     sections={k: len(v) for k, v in out.sections.items()})
    return out


@dataclass(frozen=True)
class ErasureResult:
    customer_id: int
    erased_at: dt.datetime
    texts_redacted: int  # free-text cells of the customer's records
    audit_rows_redacted: int
    search_keys_removed: int

    def to_json(self) -> dict:
        return {"customer_id": self.customer_id, "erased_at": self.erased_at.isoformat(),
                "texts_redacted": self.texts_redacted, "audit_rows_redacted": self.audit_rows_redacted,
                "search_keys_removed": self.search_keys_removed}


def _secrets(c: Customer) -> list[str]:
    """The customer's personal values as they may appear in free text and in the audit log."""
    values = {c.name, c.email, c.wechat, c.address}
    for phone, digits in CustomerPhone.select(CustomerPhone.phone, CustomerPhone.digits).where(
            CustomerPhone.customer == c.id).tuples():
        values.update((phone, digits, audit.mask_phone(phone)))
    for name, phone, phone2 in ContactPerson.select(ContactPerson.name, ContactPerson.phone, ContactPerson.phone2) \
            .where(ContactPerson.customer == c.id).tuples():
        values.update((name, phone, audit.mask_phone(phone) if phone else "", phone2,
                       audit.mask_phone(phone2) if phone2 else ""))
    for plate, vin in Vehicle.select(Vehicle.plate, Vehicle.vin).where(Vehicle.owner == c.id).tuples():
        values.update((plate or "", vin or ""))
    # longest first, so a phone is replaced before its own tail; single characters would blank ordinary words
    return sorted((v for v in values if v and len(v) >= 2), key=len, reverse=True)


def _redact(text: str, secrets: list[str]) -> str:
    for s in secrets:
        text = text.replace(s, REDACTED)
    return text


def _owned_text_columns():
    """(model, text columns, the condition "belongs to customer X") for every table holding a customer's own
    rows: those with a customer column, and those hanging off a lead, a repair order, an order or a key account
    of theirs."""
    for model in ALL_MODELS:
        if model in (Customer, Vehicle, SearchKey, AuditLog):
            continue
        texts = [f for f in model._meta.sorted_fields
                 if isinstance(f, (CharField, TextField)) and not isinstance(f, ForeignKeyField)]
        if not texts:
            continue
        links = [f for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField)
                 and f.rel_model in (Customer, Lead, RepairOrder, SalesOrder, KeyAccount)]  # SalesOrder: the deal
        if links:
            yield model, texts, links


def _belongs(link: ForeignKeyField, customer_id: int):
    if link.rel_model is Customer:
        return link == customer_id
    parent = link.rel_model
    return link.in_(parent.select(parent.id).where(parent.customer == customer_id))


def erase_customer(actor: Actor, customer_id: int, confirm_name: str,
                   now: dt.datetime | None = None) -> ErasureResult:
    """Erase one customer's personal data on their request; `confirm_name` must be their exact name."""
    require(actor, "privacy.erase")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    changes.mark(changes.CUSTOMERS, changes.DUE, customer=customer_id)
    with db.atomic():
        c = _customer(customer_id)
        if c.erased_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "客户 {id} 的个人信息已于 {at} 删除"), id=customer_id,
                           at=c.erased_at.strftime("%Y-%m-%d %H:%M"))
        if (confirm_name or "").strip() != c.name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "输入的姓名与客户姓名不一致，未删除"),
                               field="confirm_name")
        secrets = _secrets(c)
        contact_names = {n for (n,) in ContactPerson.select(ContactPerson.name).where(
            ContactPerson.customer == customer_id).tuples()}
        had_phone = CustomerPhone.select().where(CustomerPhone.customer == customer_id).exists()
        texts = 0
        for model, columns, links in _owned_text_columns():
            for link in links:
                for col in columns:
                    for s in secrets:
                        texts += (model.update({col: _fn_replace(col, s)})
                                  .where(_belongs(link, customer_id), col.contains(s)).execute())
        vehicle_ids = [v for (v,) in Vehicle.select(Vehicle.id).where(Vehicle.owner == customer_id).tuples()]
        keys_removed = SearchKey.delete().where(SearchKey.customer == customer_id).execute()
        if vehicle_ids:
            keys_removed += SearchKey.delete().where(SearchKey.vehicle.in_(vehicle_ids)).execute()
            Vehicle.update(owner=None, plate=None, updated_at=now, version=Vehicle.version + 1).where(
                Vehicle.id.in_(vehicle_ids)).execute()
        CustomerPhone.delete().where(CustomerPhone.customer == customer_id).execute()
        ContactPerson.delete().where(ContactPerson.customer == customer_id).execute()
        Reminder.delete().where(Reminder.customer == customer_id, Reminder.status == "open").execute()
        Customer.update(name=ERASED_NAME, gender="", birthday=None, lunar_birthday_month=None,
                        lunar_birthday_day=None, birthday_kind="", email="", wechat="", address="",
                        occupation="", needs="", tags="", consent=False, consent_at=None, erased_at=now,
                        erased_had_phone=had_phone, updated_at=now, version=Customer.version + 1).where(
            Customer.id == customer_id).execute()
        unique = [v for v in secrets if v not in (c.name, c.address) and v not in contact_names]
        redactions = _audit_redactions(customer_id, secrets, unique)
        erasure_id = audit.record(actor, "customer.erase", "customer", customer_id, at=now,
                                  redacted=len(redactions), redacted_rows=audit_chain.ids_digest(list(redactions)),
                                  vehicles_unlinked=len(vehicle_ids), texts_redacted=texts)
        audit_log.redact(redactions, erasure_id)
    return ErasureResult(customer_id=customer_id, erased_at=now, texts_redacted=texts,
                         audit_rows_redacted=len(redactions), search_keys_removed=keys_removed)


def _fn_replace(col, secret: str):
    return fn.REPLACE(col, secret, REDACTED)


def _audit_redactions(customer_id: int, secrets: list[str], unique: list[str]) -> dict[int, str]:
    """Audit rows about the customer (all their personal values replaced), and rows about nobody or somebody
    else that hold one of their unique values (phones, plates, VINs, e-mail, WeChat): a namesake's rows keep
    their name."""
    cond = AuditLog.customer_id == customer_id
    for s in unique:
        cond |= AuditLog.detail.contains(s)
    cond |= AuditLog.detail.contains(f'"merged": {customer_id},')
    out: dict[int, str] = {}
    for rid, about, detail in AuditLog.select(AuditLog.id, AuditLog.customer_id, AuditLog.detail).where(
            cond).tuples():
        mentions = about == customer_id or f'"merged": {customer_id},' in detail
        new = _redact(detail, secrets if mentions else unique)
        if new != detail:
            out[rid] = new
    return out


def export_json(data: CustomerDataExport) -> str:
    return json.dumps(data.to_json(), ensure_ascii=False, indent=2)
