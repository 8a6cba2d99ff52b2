"""A company customer's contact persons (联系人: name, role/title, phones, the main contact).

Why their keys live with the company: the clerk searching for 王经理's mobile wants the company whose fleet
王经理 looks after, so the contact's name and phones are search keys of the company (store/keys.py), rebuilt
here in the same transaction as the edit.
"""
from __future__ import annotations

from dataclasses import dataclass

from dealerdesk.domain import validate
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.audit import mask_phone
from dealerdesk.services.auth import Actor, phones_masked, require_customer
from dealerdesk.store import keys
from dealerdesk.store.db import db
from dealerdesk.store.models import ContactPerson


@dataclass
class ContactInput:
    name: str
    title: str = ""
    phone: str = ""
    phone2: str = ""
    is_main: bool = False


@dataclass(frozen=True)
class Contact:
    id: int
    customer_id: int
    name: str
    title: str
    phone: str  # masked for roles that may not see phone numbers
    phone2: str
    is_main: bool


def _phone(raw: str, fld: str) -> str:
    raw = (raw or "").strip()
    if not raw:
        return ""
    try:
        return validate.normalize_phone(raw)
    except InvalidInput as exc:
        raise InvalidInput(exc.template, field=fld, **exc.params) from None


def _clean(data: ContactInput) -> dict:
    name = validate.normalize_name(data.name)
    title = (data.title or "").strip()
    if len(title) > 60:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "内容太长（最多 {limit} 个字）"), field="title", limit=60)
    phone, phone2 = _phone(data.phone, "phone"), _phone(data.phone2, "phone2")
    if phone2 == phone:
        phone2 = ""
    if not phone and phone2:
        phone, phone2 = phone2, ""
    return {"name": name, "title": title, "phone": phone, "phone2": phone2, "is_main": bool(data.is_main)}


def list_contacts(actor: Actor, customer_id: int) -> list[Contact]:
    """The customer's contacts, the main one first."""
    require_customer(actor, "customer.read", customer_id)
    masked = phones_masked(actor)
    shown = (lambda p: mask_phone(p) if p else "") if masked else (lambda p: p)
    return [Contact(i, customer_id, n, t, shown(p), shown(p2), bool(m)) for i, n, t, p, p2, m in
            ContactPerson.select(ContactPerson.id, ContactPerson.name, ContactPerson.title, ContactPerson.phone,
                                 ContactPerson.phone2, ContactPerson.is_main)
            .where(ContactPerson.customer == customer_id)
            .order_by(ContactPerson.is_main.desc(), ContactPerson.id).tuples()]


def save_contact(actor: Actor, customer_id: int, data: ContactInput, contact_id: int | None = None, *,
                 keep_phones: bool = False) -> Contact:
    """Add (`contact_id` None) or edit one contact; a main contact makes the others not main. `keep_phones`:
    an edit by a role that sees phones masked keeps the stored numbers (it never had them to send back)."""
    require_customer(actor, "customer.write", customer_id, write=True)
    changes.mark(customer=customer_id)
    if keep_phones and contact_id is not None:
        data.phone, data.phone2 = (ContactPerson.select(ContactPerson.phone, ContactPerson.phone2)
                                   .where(ContactPerson.id == contact_id).tuples().first() or ("", ""))
    values = _clean(data)
    with db.atomic():
        if contact_id is None:
            row = ContactPerson.create(customer=customer_id, **values)
            contact_id = row.id
        elif not ContactPerson.update(**values).where(ContactPerson.id == contact_id,
                                                      ContactPerson.customer == customer_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到联系人 {id}"), id=contact_id)
        if values["is_main"]:
            ContactPerson.update(is_main=False).where(ContactPerson.customer == customer_id,
                                                      ContactPerson.id != contact_id).execute()
        keys.reindex_customers([customer_id])
        audit.record(actor, "contact_person.save", "customer", customer_id, contact=contact_id,
                     name=values["name"], title=values["title"],
                     phones=[mask_phone(p) for p in (values["phone"], values["phone2"]) if p],
                     is_main=values["is_main"])
    return next(c for c in list_contacts(actor, customer_id) if c.id == contact_id)


def delete_contact(actor: Actor, customer_id: int, contact_id: int) -> None:
    require_customer(actor, "customer.write", customer_id, write=True)
    changes.mark(customer=customer_id)
    with db.atomic():
        name = ContactPerson.select(ContactPerson.name).where(ContactPerson.id == contact_id,
                                                               ContactPerson.customer == customer_id).scalar()
        if name is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到联系人 {id}"), id=contact_id)
        ContactPerson.delete().where(ContactPerson.id == contact_id).execute()
        keys.reindex_customers([customer_id])
        audit.record(actor, "contact_person.delete", "customer", customer_id, contact=contact_id, name=name)
