"""Maintain the indexed search keys (table search_key) on every write of names, phones and vehicles.

What a key is comes from domain.search_keys; this module only decides which rows exist. Services call
`reindex_customers` / `reindex_vehicles` inside their transaction; bulk writers (demo, import) build rows
with `customer_key_rows` / `vehicle_key_rows` and insert them in chunks.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from peewee import SqliteDatabase

from dealerdesk.domain import search_keys as sk
from dealerdesk.store.bulk import insert_flat, insert_tuples
from dealerdesk.store.db import db
from dealerdesk.store.models import ContactPerson, Customer, CustomerPhone, SearchKey, Vehicle

CHUNK = 500


def customer_key_rows(customer_id: int, name: str, phones: Iterable[str]) -> list[dict]:
    """Name, pinyin and phone keys of one customer, as rows for insert_many."""
    return [{"customer": customer_id, "vehicle": None, "kind": kind, "key": key[:64]}
            for kind, key in sk.customer_key_rows(name, phones=list(phones))]


def vehicle_key_rows(vehicle_id: int, owner_id: int | None, plate: str | None, vin: str | None) -> list[dict]:
    """Plate and VIN keys of one vehicle; they carry the owner so a plate or VIN search finds the customer."""
    pairs = (sk.plate_keys(plate).rows() if plate else []) + (sk.vin_keys(vin).rows() if vin else [])
    return [{"customer": owner_id, "vehicle": vehicle_id, "kind": kind, "key": key}
            for kind, key in dict.fromkeys(pairs)]


_INSERT_HEAD = 'INSERT INTO "search_key" ("customer_id", "vehicle_id", "kind", "key") VALUES '


def insert_rows(rows: list[dict]) -> None:
    """Write key rows (as made by customer_key_rows / vehicle_key_rows). On SQLite as plain multi-row
    INSERTs: peewee building the SQL of insert_many was most of the time of re-keying 20,000 customers."""
    if not rows:
        return
    if isinstance(db.obj, SqliteDatabase):
        insert_tuples(db.obj.connection(), _INSERT_HEAD, "(?, ?, ?, ?)",
                      [(r["customer"], r["vehicle"], r["kind"], r["key"]) for r in rows])
        return
    for start in range(0, len(rows), CHUNK):
        SearchKey.insert_many(rows[start:start + CHUNK]).execute()


def insert_numbered(values: list, first_id: int) -> None:
    """Write customer key rows made ahead without ids (transfer/write.MadeKeys: customer no., kind, key, …
    flat): each customer no. plus `first_id` is the customer id. SQLite only (ids handed out by the writer)."""
    insert_flat(db.obj.connection(), _INSERT_HEAD, f"(? + {int(first_id)}, NULL, ?, ?)", values, 3)


def reindex_customers(customer_ids: Iterable[int]) -> None:
    """Rebuild the name and phone keys of these customers (vehicle keys follow reindex_vehicles)."""
    ids = list(customer_ids)
    if not ids:
        return
    SearchKey.delete().where(SearchKey.customer.in_(ids), SearchKey.vehicle.is_null()).execute()
    phones: dict[int, list[str]] = defaultdict(list)
    for cid, phone in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone)
                       .where(CustomerPhone.customer.in_(ids)).order_by(CustomerPhone.id).tuples()):
        phones[cid].append(phone)
    rows: list[dict] = []
    for cid, name in Customer.select(Customer.id, Customer.name).where(Customer.id.in_(ids)).tuples():
        rows += customer_key_rows(cid, name, phones[cid])
    rows += contact_key_rows(ids)
    insert_rows(rows)


def contact_key_rows(customer_ids: list[int]) -> list[dict]:
    """A company's contact persons are found by their name and phones: their keys point at the company (the
    customer), so a search for the contact lists the company, with the contact shown as what matched."""
    rows: list[dict] = []
    for cid, name, phone, phone2 in (ContactPerson.select(ContactPerson.customer, ContactPerson.name,
                                                          ContactPerson.phone, ContactPerson.phone2)
                                     .where(ContactPerson.customer.in_(customer_ids)).order_by(ContactPerson.id)
                                     .tuples()):
        rows += customer_key_rows(cid, name, [p for p in (phone, phone2) if p])
    seen: set[tuple] = set()
    out = []
    for r in rows:
        key = (r["customer"], r["kind"], r["key"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def reindex_vehicles(vehicle_ids: Iterable[int]) -> None:
    """Rebuild plate and VIN keys; the keys carry the current owner so a search finds the customer."""
    ids = list(vehicle_ids)
    if not ids:
        return
    SearchKey.delete().where(SearchKey.vehicle.in_(ids)).execute()
    rows: list[dict] = []
    for vid, owner, plate, vin in (Vehicle.select(Vehicle.id, Vehicle.owner, Vehicle.plate, Vehicle.vin)
                                   .where(Vehicle.id.in_(ids)).tuples()):
        rows += vehicle_key_rows(vid, owner, plate, vin)
    insert_rows(rows)
