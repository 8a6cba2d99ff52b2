"""Live duplicate detection while a clerk types a new customer (查重 / 撞单).

Why a separate service: the new-customer dialog asks on every keystroke, so each rule is one or two index
look-ups (CustomerPhone.digits, search_key (kind, key), Vehicle.plate, Vehicle.vin), never a scan.
Half-typed values are not errors here: whatever does not normalise yet is simply not looked up.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN

from dealerdesk.domain import search_keys as sk
from dealerdesk.domain import validate
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.services.audit import mask_phone
from dealerdesk.services.auth import Actor, phones_masked, require
from dealerdesk.store.models import Customer, CustomerPhone, SearchKey, User, Vehicle

TOP = "\U0010ffff"
TAIL = 4  # "same name + same phone tail": the last 4 digits

# Reasons, strongest first; the dialog treats "phone" as "offer to open", the others as warnings.
PHONE, NAME_PHONE_TAIL, PLATE, VIN = "phone", "name_phone_tail", "plate", "vin"
_ORDER = {PHONE: 0, VIN: 1, PLATE: 2, NAME_PHONE_TAIL: 3}


@dataclass(frozen=True)
class DuplicateMatch:
    customer_id: int
    name: str
    reason: str  # phone | name_phone_tail | plate | vin
    owner_login: str
    owner_name: str
    other_owner: bool  # owned by another consultant (撞单)
    detail: str = ""  # the matching value (phones masked when the role may not see them)


def _normal(values: Iterable[str], normalize) -> list[str]:
    out: list[str] = []
    for raw in values:
        try:
            value = normalize(raw)
        except InvalidInput:
            continue
        if value not in out:
            out.append(value)
    return out


def _owner_query(ids: set[int]):
    return (Customer.select(Customer.id, Customer.name, Customer.owner, User.login, User.display_name)
            .join(User, on=(Customer.owner == User.id), join_type=JOIN.LEFT_OUTER)
            .where(Customer.id.in_(list(ids)), Customer.archived == False).tuples())


def find_duplicates(actor: Actor, name: str, phones: Iterable[str] = (), plates: Iterable[str] = (),
                    vins: Iterable[str] = (), exclude_id: int | None = None,
                    owner_id: int | None = None) -> list[DuplicateMatch]:
    """Existing (not archived) customers that look like the one being typed, strongest reason first.

    `owner_id` is the consultant the new customer will belong to (default: the acting user); a match owned
    by somebody else is flagged `other_owner` so the dialog can say 撞单.
    """
    require(actor, "customer.read")
    mine = owner_id if owner_id is not None else actor.id
    found: dict[int, tuple[str, str]] = {}  # customer id -> (reason, detail)

    def add(cid: int | None, reason: str, detail: str) -> None:
        if cid is None or cid == exclude_id:
            return
        if cid not in found or _ORDER[reason] < _ORDER[found[cid][0]]:
            found[cid] = (reason, detail)

    norm_phones = _normal(phones, validate.normalize_phone)
    digits = [p.replace("-", "") for p in norm_phones]
    show = mask_phone if phones_masked(actor) else (lambda p: p)
    if digits:
        for cid, phone in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone)
                           .where(CustomerPhone.digits.in_(digits)).tuples()):
            add(cid, PHONE, show(phone))
    try:
        name_key = sk.name_key(validate.normalize_name(name)) if name and name.strip() else ""
    except InvalidInput:
        name_key = ""
    if name_key and digits:
        tail_key = SearchKey.alias()
        for d in digits:
            tail = d[-TAIL:][::-1]
            rows = (SearchKey.select(SearchKey.customer)
                    .join(tail_key, on=(tail_key.customer == SearchKey.customer))
                    .where(SearchKey.kind == sk.KIND_NAME, SearchKey.key == name_key,
                           tail_key.kind == sk.KIND_PHONE_REV, tail_key.key >= tail,
                           tail_key.key < tail + TOP).distinct().tuples())
            for (cid,) in rows:
                add(cid, NAME_PHONE_TAIL, "*" * 7 + d[-TAIL:])
    norm_plates = _normal(plates, validate.normalize_plate)
    if norm_plates:
        for owner, plate in (Vehicle.select(Vehicle.owner, Vehicle.plate)
                             .where(Vehicle.plate.in_(norm_plates)).tuples()):
            add(owner, PLATE, plate)
    norm_vins = _normal(vins, validate.normalize_vin)
    if norm_vins:
        for owner, vin in Vehicle.select(Vehicle.owner, Vehicle.vin).where(Vehicle.vin.in_(norm_vins)).tuples():
            add(owner, VIN, vin)
    if not found:
        return []
    matches = [DuplicateMatch(customer_id=cid, name=cname, reason=found[cid][0], owner_login=login or "",
                              owner_name=display or "", other_owner=owner is not None and owner != mine,
                              detail=found[cid][1])
               for cid, cname, owner, login, display in _owner_query(set(found))]
    return sorted(matches, key=lambda m: (_ORDER[m.reason], m.customer_id))
