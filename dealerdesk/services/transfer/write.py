"""Writing an import plan: customers, phones, vehicles, purchases, leads, follow-ups and search keys in bulk.

Why it is written like this: 100,000 rows must land in seconds inside ONE transaction (all or nothing), so
rows are built as tuples with ids assigned here (under SQLite's write lock, taken by BEGIN IMMEDIATE) and
written per table in chunks; search keys are built with the domain's key functions and written in the same
bulk way instead of re-indexing per row. On SQLite the chunks go through `store.bulk.insert_tuples` (many rows
per statement: peewee's insert_many builds SQL text per chunk and was measured 3-4x slower than executemany,
and executemany of one row per statement ~2.5x slower than 200 rows per statement); other databases use
insert_many.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from dealerdesk.domain import search_keys as sk
from dealerdesk.domain import validate
from dealerdesk.domain.levels import FollowUpPolicy, Level, next_follow_up
from dealerdesk.domain.text import MAX_PHONES
from dealerdesk.services.settings import get_settings
from dealerdesk.services.transfer.plan import Entry, Lookups
from dealerdesk.store import keys
from dealerdesk.store.bulk import bulk_load, insert_tuples, worth_it
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Customer,
    CustomerPhone,
    FollowUp,
    Lead,
    LevelChange,
    Purchase,
    SearchKey,
    Vehicle,
)

CHUNK = 500
FLUSH_EVERY = 5000  # entries between flushes: bounds memory on 100,000-row sheets
Tick = Callable[[str], None]
OPEN_LEVELS = {"N", "C", "B", "A", "H", "O"}


class _Table:
    """Buffered rows of one table with ids handed out here (SQLite) and written in chunks."""

    def __init__(self, model, fields: tuple[str, ...], with_id: bool = True) -> None:
        self.model, self.fields, self.with_id = model, fields, with_id
        self.rows: list[tuple] = []
        self.sqlite = isinstance(db.obj, SqliteDatabase)
        self.next_id = 0
        if with_id and self.sqlite:
            self.next_id = (model.select(model.id).order_by(model.id.desc()).limit(1).scalar() or 0) + 1
        meta = model._meta
        # columns this import does not fill get the model's defaults (raw executemany skips peewee's)
        extra = [f for f in meta.sorted_fields if f.name not in fields and f.name != "id" and f.default is not None]
        self.tail = tuple(_sql_value(f.default() if callable(f.default) else f.default, self.sqlite) for f in extra)
        self.fields_all = fields + tuple(f.name for f in extra)
        cols = (("id",) if with_id else ()) + self.fields_all
        names = ", ".join(f'"{meta.fields[f].column_name}"' for f in cols)
        self.head = f'INSERT INTO "{meta.table_name}" ({names}) VALUES '
        self.row_sql = f'({", ".join("?" * len(cols))})'

    def add(self, *values) -> int:
        values = values + self.tail
        if not self.with_id:
            self.rows.append(values)
            return 0
        if self.sqlite:
            rid = self.next_id
            self.next_id += 1
            self.rows.append((rid, *values))
            return rid
        return int(self.model.insert(**dict(zip(self.fields_all, values, strict=True))).execute())

    def flush(self) -> None:
        if not self.rows:
            return
        if self.sqlite:
            insert_tuples(db.obj.connection(), self.head, self.row_sql, self.rows)
        else:
            fields = [getattr(self.model, f) for f in self.fields_all]
            for i in range(0, len(self.rows), CHUNK):
                self.model.insert_many(self.rows[i:i + CHUNK], fields=fields).execute()
        self.rows.clear()


class _Updates:
    """UPDATEs of existing rows by id (each also bumps `version`), in the order they were asked for. On SQLite
    a run of updates setting the same columns is one executemany of one cached statement: peewee building an
    expression tree per UPDATE was most of a 20,000-row "update" import."""

    def __init__(self, model) -> None:
        self.model = model
        self.sqlite = isinstance(db.obj, SqliteDatabase)
        self.runs: list[tuple[tuple[str, ...], list[tuple]]] = []  # (columns, rows of values + id)

    def add(self, row_id: int, fields: dict) -> None:
        if not self.sqlite:
            self.model.update(**fields, version=self.model.version + 1).where(self.model.id == row_id).execute()
            return
        columns = tuple(fields)
        values = tuple(_sql_value(fields[c], True) for c in columns) + (row_id,)
        if self.runs and self.runs[-1][0] == columns:
            self.runs[-1][1].append(values)
        else:
            self.runs.append((columns, [values]))

    def flush(self) -> None:
        if not self.runs:
            return
        conn, meta = db.obj.connection(), self.model._meta
        for columns, rows in self.runs:
            sets = "".join(f'"{meta.fields[c].column_name}" = ?, ' for c in columns)
            conn.executemany(f'UPDATE "{meta.table_name}" SET {sets}"version" = "version" + 1 WHERE "id" = ?', rows)
        self.runs.clear()


def _sql_value(value, sqlite: bool):
    """On SQLite a datetime/date as the text sqlite3's default adapter would store (what peewee reads back),
    made once instead of per row and column: 1.5M isoformat calls were measured on a 100,000-row import."""
    if not sqlite:
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass(slots=True)
class MadeKeys:
    """The pinyin search-key rows of a run of new customers (the part of the keys that needs pypinyin: ~2/3
    of the key-making time and a 55 MB dictionary), made ahead by the worker process of a streamed import
    (see transfer/source.py), as a flat parameter list ready for a multi-row INSERT. Customers are numbered 0,
    1, … from the import's first new one, in the order write_chunks creates them: the writer adds its first
    id and checks that the numbers agree with the customers it created."""

    first_customer: int  #: number of the run's first customer
    customers: int       #: new customers in the run
    rows: list = field(default_factory=list)  #: customer no., kind, key, customer no., kind, key, …


class KeyedChunk(list):
    """A chunk of entries (all new customers) with their MadeKeys."""

    def __init__(self, entries: Iterable[Entry], keys: MadeKeys) -> None:
        super().__init__(entries)
        self.keys = keys


def make_keys(entries: list[Entry], first_customer: int) -> MadeKeys:
    """MadeKeys of `entries`, all of them to be written as new customers (a "skip" or "create" import after
    its duplicates were decided)."""
    made = MadeKeys(first_customer, len(entries))
    rows = made.rows
    c = first_customer
    for entry in entries:
        for kind, key in sk.reading_rows(entry.values["name"]):
            rows += (c, kind, key[:64])
        c += 1
    return made


class _MadeKeyRows:
    """MadeKeys of the chunks written so far, inserted (ids added) when the tables are flushed, after the
    customers they belong to."""

    def __init__(self, first_cid: int) -> None:
        self.first_cid = first_cid
        self.pending: list[MadeKeys] = []

    def add(self, made: MadeKeys, cid_next: int) -> None:
        """Take a chunk's MadeKeys once its customers were given ids (cid_next is the next free id): refuses
        numbers that do not match the customers written."""
        if self.first_cid + made.first_customer + made.customers != cid_next:
            raise RuntimeError("导入内部错误：预先生成的搜索键与写入的客户不一致")
        self.pending.append(made)

    def flush(self) -> None:
        for made in self.pending:
            keys.insert_numbered(made.rows, self.first_cid)
        self.pending.clear()


#: the order write_plan passes a new customer's values in
CUSTOMER_FIELDS = ("name", "gender", "birthday", "birthday_kind", "email", "wechat", "address", "city",
                   "occupation", "source", "owner", "needs", "last_activity_at", "created_at", "updated_at")


def write_plan(entries: list[Entry], lookups: Lookups, actor_id: int | None, now: dt.datetime,
               tick: Tick) -> tuple[int, set[int]]:
    """Write every entry; returns (number of new customers, updated customer ids). Runs inside the caller's
    transaction; `tick(stage)` is called once per entry (it may raise to cancel).

    Consumes `entries`: each item is set to None once written, so their memory is reused for the rows being
    written instead of adding to the peak (the write is when a 100,000-row import peaks)."""
    return write_chunks([entries], len(entries), lookups, actor_id, now, tick)


def write_chunks(chunks: Iterable[list[Entry]], expected: int, lookups: Lookups, actor_id: int | None,
                 now: dt.datetime, tick: Tick) -> tuple[int, set[int]]:
    """`write_plan` over entries that arrive in chunks (a list of chunks, or an iterator giving each chunk
    as soon as it is checked: the streamed import). `expected` is the number of entries to expect (for the
    bulk-load decision). Each chunk is consumed like write_plan's `entries`. Updates of existing customers
    are looked up per chunk, before the load when `chunks` is a list."""
    customers = _Table(Customer, CUSTOMER_FIELDS)
    phones = _Table(CustomerPhone, ("customer", "phone", "digits", "kind", "is_primary"))
    vehicles = _Table(Vehicle, ("vin", "plate", "model", "model_name", "delivered_on", "owner", "created_at",
                                "updated_at"))
    purchases = _Table(Purchase, ("customer", "vehicle", "model_name", "purchased_on", "channel", "price",
                                  "payment_method"))
    leads = _Table(Lead, ("customer", "owner", "source", "level", "status", "model", "other_models", "received_at",
                          "next_follow_up_at", "closed_at", "created_at", "updated_at"))
    changes = _Table(LevelChange, ("lead", "from_level", "to_level", "changed_at", "changed_by", "reason"),
                     with_id=False)
    follow_ups = _Table(FollowUp, ("lead", "customer", "owner", "kind", "level", "due_at", "overdue_at", "status"),
                        with_id=False)
    key_rows = _Table(SearchKey, ("customer", "vehicle", "kind", "key"), with_id=False)
    stamp = _sql_value(now, customers.sqlite)  # the same instant in every new row
    policy = FollowUpPolicy.from_settings(get_settings())
    existing = _existing([e for chunk in chunks for e in chunk] if isinstance(chunks, list) else [])
    created = 0
    updated: set[int] = set()
    touched_vehicles: set[int] = set()
    windows: dict[str, object] = {}  # level → follow-up window: `now` is one instant for the whole import

    customer_updates, vehicle_updates, lead_updates = _Updates(Customer), _Updates(Vehicle), _Updates(Lead)
    tables = (customers, phones, vehicles, purchases, leads, changes, follow_ups, key_rows)
    assert not key_rows.tail  # key rows are appended as finished tuples below
    add_key = key_rows.rows.append
    add_customer, add_phone, add_vehicle = customers.add, phones.add, vehicles.add
    customer_keys, plate_keys, vin_keys, is_mobile = sk.customer_key_rows, sk.plate_keys, sk.vin_keys, \
        validate.is_mobile
    purchases_seen = existing["purchases"]

    made_rows = _MadeKeyRows(customers.next_id)
    vehicle_facts: list[tuple[int, dict]] = []  # new vehicles' other columns, written after their insert

    def flush() -> None:
        for table in tables:
            table.flush()
        made_rows.flush()
        for updates in (customer_updates, vehicle_updates, lead_updates):  # after the inserts: a vehicle's
            updates.flush()                                                 # new owner may be a new row

    # a large load into a small store: indexes of the loaded tables dropped and rebuilt once (same transaction)
    large = worth_it(expected, customers.next_id - 1)
    n = 0
    with bulk_load([t.model for t in tables], enabled=large):
        for chunk in chunks:
            # keys made ahead need the ids handed out here (SQLite); elsewhere the database hands them out
            made = chunk.keys if isinstance(chunk, KeyedChunk) and customers.sqlite else None
            if not isinstance(chunks, list) and any(e.target_id is not None for e in chunk):
                for key, found in _existing(chunk).items():
                    existing[key].update(found)
            for i, entry in enumerate(chunk):
                chunk[i] = None  # type: ignore[call-overload]  # see the docstring
                n += 1
                tick("write")
                if n % FLUSH_EVERY == 0:
                    flush()
                v = entry.values
                get = v.get
                new = entry.target_id is None
                if new:
                    cid = add_customer(get("name", ""), get("gender", ""), get("birthday"), get("birthday_kind", ""),
                                       get("email", ""), get("wechat", ""), get("address", ""), get("city", ""),
                                       get("occupation", ""), get("source", "other"), get("owner"), get("needs", ""),
                                       stamp, stamp, stamp)
                    created += 1
                    old_phones: list[str] = []
                else:
                    cid = entry.target_id
                    if v:
                        customer_updates.add(cid, {**v, "updated_at": now})
                    updated.add(cid)
                    old_phones = existing["phones"].get(cid, [])
                new_phones = [p for p in entry.phones if p not in old_phones] if old_phones else entry.phones
                new_phones = new_phones[:max(0, MAX_PHONES - len(old_phones))]  # at most MAX_PHONES a customer
                for i, p in enumerate(new_phones):
                    add_phone(cid, p, p.replace("-", ""), "mobile" if is_mobile(p) else "landline",
                              not old_phones and i == 0)
                if new:  # (an updated customer's keys are rebuilt after the loop; pinyin rows made ahead: below)
                    for kind, key in customer_keys(v["name"], phones=new_phones, readings=made is None):
                        add_key((cid, None, kind, key[:64]))
                owner = entry.owner_id or get("owner")
                for veh in entry.vehicles:
                    model_id = lookups.model(veh.model)
                    vid = None
                    if veh.vin or veh.plate:
                        if veh.existing_id is not None:
                            vid = veh.existing_id
                            fields = {"owner": cid, "updated_at": now}
                            fields.update({k: val for k, val in (("vin", veh.vin), ("plate", veh.plate), ("model", model_id),
                                                                 ("model_name", veh.model), ("delivered_on",
                                                                                             veh.purchase_date)) if val})
                            vehicle_updates.add(vid, {**fields, **(veh.facts or {})})
                            touched_vehicles.add(vid)
                        else:
                            vid = add_vehicle(veh.vin, veh.plate, model_id, veh.model, veh.purchase_date, cid, stamp, stamp)
                            if veh.facts:  # insurance, inspection, mileage: set once the row is in (below)
                                vehicle_facts.append((vid, veh.facts))
                            # plate rows and VIN rows are each distinct and of different kinds: no dedupe needed
                            if veh.plate:
                                for kind, key in plate_keys(veh.plate).rows():
                                    add_key((cid, vid, kind, key))
                            if veh.vin:
                                for kind, key in vin_keys(veh.vin).rows():
                                    add_key((cid, vid, kind, key))
                    if veh.purchase_date:
                        seen = (cid, vid, veh.purchase_date)
                        deal = veh.deal or (0, "full")  # an order sheet's 成交价 and 贷款 (plan._deal)
                        if new and len(entry.vehicles) == 1:  # a new customer's only car: nothing to repeat
                            purchases.add(cid, vid, veh.model, veh.purchase_date, "store", *deal)
                        elif seen not in purchases_seen:
                            purchases.add(cid, vid, veh.model, veh.purchase_date, "store", *deal)
                            purchases_seen.add(seen)
                if entry.level or entry.intended_model:
                    _lead(entry, cid, owner, existing, leads, changes, follow_ups, policy, actor_id, lookups, now,
                          windows, stamp, lead_updates)
            if made is not None:
                made_rows.add(made, customers.next_id)
        flush()
        facts_updates = _Updates(Vehicle)
        for vid, facts in vehicle_facts:
            facts_updates.add(vid, facts)
        facts_updates.flush()
        tick("keys")  # shown as 索引: the index rebuild (large loads) and the re-keyed updates follow
    stale = sorted(updated)
    for i in range(0, len(stale), CHUNK):
        keys.reindex_customers(stale[i:i + CHUNK])
    moved = sorted(touched_vehicles)
    for i in range(0, len(moved), CHUNK):
        keys.reindex_vehicles(moved[i:i + CHUNK])
    return created, updated


def _lead(entry: Entry, cid: int, owner: int | None, existing: dict, leads: _Table, changes: _Table,
          follow_ups: _Table, policy: FollowUpPolicy, actor_id: int | None, lookups: Lookups,
          now: dt.datetime, windows: dict, stamp: object, lead_updates: _Updates) -> None:
    """A new lead with the sheet's level (N when only an intended model is given), or on "update" the
    customer's open lead moved to that level with the change kept in its history."""
    level = entry.level or "N"
    model_id = lookups.model(entry.intended_model)
    open_lead = existing["leads"].get(cid)
    if open_lead is not None:
        lead_id, old_level = open_lead
        fields: dict = {"updated_at": now}
        if entry.level and entry.level != old_level:
            fields["level"] = entry.level
            changes.add(lead_id, old_level, entry.level, now, actor_id, "导入")
        if entry.intended_model:
            fields.update(model=model_id, other_models="" if model_id else entry.intended_model)
        lead_updates.add(lead_id, fields)
        return
    status = {"D": "delivered", "T": "cancelled"}.get(level, "open")
    if level not in windows:  # (due, overdue) as stored, or None
        window = next_follow_up(Level(level), now, policy) if level in OPEN_LEVELS else None
        sqlite = leads.sqlite
        windows[level] = (None if window is None else
                          (_sql_value(window.due_at, sqlite), _sql_value(window.overdue_at, sqlite)))
    window = windows[level]
    lead_id = leads.add(cid, owner, entry.values.get("source", "other"), level, status, model_id,
                        "" if model_id else entry.intended_model, stamp, window[0] if window else None,
                        None if status == "open" else stamp, stamp, stamp)
    if entry.target_id is not None:  # two rows may update one customer; a new one gets one lead
        existing["leads"][cid] = (lead_id, level)
    changes.add(lead_id, "", level, stamp, actor_id, "导入")
    if window is not None:
        follow_ups.add(lead_id, cid, owner, "follow_up", level, window[0], window[1], "planned")


def _existing(entries: list[Entry]) -> dict:
    """Phones, open leads and purchases of the customers being updated (batched reads)."""
    ids = sorted({e.target_id for e in entries if e.target_id is not None})
    phones: dict[int, list[str]] = {}
    leads: dict[int, tuple[int, str]] = {}
    purchases: set[tuple] = set()
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        for cid, phone in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone)
                           .where(CustomerPhone.customer.in_(chunk)).order_by(CustomerPhone.id).tuples()):
            phones.setdefault(cid, []).append(phone)
        for lid, cid, level in (Lead.select(Lead.id, Lead.customer, Lead.level)
                                .where(Lead.customer.in_(chunk), Lead.status.in_(("open", "defeat_pending")))
                                .order_by(Lead.id.desc()).tuples()):
            leads.setdefault(cid, (lid, level))
        for cid, vid, day in (Purchase.select(Purchase.customer, Purchase.vehicle, Purchase.purchased_on)
                              .where(Purchase.customer.in_(chunk)).tuples()):
            purchases.add((cid, vid, day))
    return {"phones": phones, "leads": leads, "purchases": purchases}
