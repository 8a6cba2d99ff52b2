"""`dealerdesk demo`: a realistic, deterministic demo store (same seed, size and today → the same rows).

Why it is built like this: a 200,000-customer store must be written in well under a minute and a half on
two cores. The customers are cut into batches (demo/people.BATCH); a batch is a pure function of the seed,
size, today and its number, with its own random stream and ids counted from 1, so worker processes
generate batches in parallel while this process writes them in order, shifting each table's ids by the
rows written before (`? + offset` in the INSERT, so no row is rebuilt in Python). The store is therefore
the same however the batches were scheduled, and a small store is made in-process by the same code.
Rows are plain tuples written many to a statement (store.bulk.insert_tuples); foreign keys are checked once at the end by `check`,
and the indexes are dropped during the load and built once. Nothing reads the clock or a global random
state. Business rules (cadences, reminder dates, value score) come from the domain modules, so the demo
looks exactly like what the app itself would compute.

Modules: demo/people (batches, customers, profile, classification), demo/sales (leads), demo/aftersales
(vehicles, service, surveys, complaints, reminders), demo/reception (technicians, appointments, repair orders
in every status, written last), demo/data (tables and value makers).
"""
from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import time as _time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from peewee import fn

from dealerdesk.services import passwords
from dealerdesk.services.demo import catalogue as demo_catalogue
from dealerdesk.services.demo.accounts import write_accounts
from dealerdesk.services.demo.campaigns import write_campaigns
from dealerdesk.services.aftersales.reminders import plan_in_transaction
from dealerdesk.services.demo import data as dd
from dealerdesk.services.demo.data import FIELDS, T_LEAD, T_REMINDER, T_VEHICLE, TABLES
from dealerdesk.services.demo.people import BATCH, batch_count, generate_batch
from dealerdesk.services.demo.events import write_events
from dealerdesk.services.demo.deals import write_deals
from dealerdesk.services.demo.reception import write_reception
from dealerdesk.services.demo.delivery_checks import write_delivery_checks
from dealerdesk.services.demo.targets import write_targets
from dealerdesk.store.bulk import insert_tuples
from dealerdesk.store.db import close_store, db, open_store
from dealerdesk.store import keys
from dealerdesk.store.models import ContactPerson, Customer, SalesOrder, Setting, User, VehicleModel

Progress = Callable[[int, int, str], None]
PARALLEL_FROM = 20000  # customers; below this worker processes cost more than they save
#: tables whose ids are global (staff and catalogue written once; customer ids are the batch's range)
#: every demo user's password unless `demo --password` gives another (README, docs/cli.md)
DEMO_PASSWORD = "demo1234"
GLOBAL_IDS = (User, VehicleModel, Customer)
_LOCAL = {m: i for i, m in enumerate(TABLES) if m not in GLOBAL_IDS}


@dataclass
class DemoOptions:
    path: Path
    customers: int
    seed: int
    today: date
    overwrite: bool = False
    password: str = DEMO_PASSWORD  # every demo user's


@dataclass
class DemoStats:
    customers: int
    leads: int
    vehicles: int
    seconds: float


def _shifted(model: type) -> list[int | None]:
    """Per column of FIELDS[model]: the TABLES position whose offset shifts it (its id or a foreign key to a
    batch-local table), else None."""
    out: list[int | None] = []
    for name in FIELDS[model]:
        target = model if name == "id" else getattr(model._meta.fields[name], "rel_model", None)
        out.append(_LOCAL.get(target))
    return out


_SHIFTED = [_shifted(m) for m in TABLES]


def _insert_sql(position: int, offsets: list[int]) -> tuple[str, str]:
    """(`INSERT INTO t (cols) VALUES `, one row's `(?, ? + offset, …)`) for store.bulk.insert_tuples."""
    model = TABLES[position]
    meta = model._meta
    cols = ", ".join(f'"{meta.fields[f].column_name}"' for f in FIELDS[model])
    values = ", ".join("?" if t is None or not offsets[t] else f"? + {offsets[t]}" for t in _SHIFTED[position])
    return f'INSERT INTO "{meta.table_name}" ({cols}) VALUES ', f"({values})"


class _Writer:
    """Writes batches in order; `offsets` = rows per table written so far (a batch's local id 1 → offset+1)."""

    def __init__(self) -> None:
        self.offsets = [0] * len(TABLES)
        self.conn = db.obj.connection()

    def write_global(self, options: DemoOptions) -> None:
        """The staff (ids 1.. in dd.STAFF order, as demo/people.STAFF_IDS assumes) and the model catalogue.

        Every demo user has the same (public) password, so one Argon2id hash serves them all: one hashing
        (~0.2 s) instead of one per user. Its salt comes from the seed, so the same seed gives the same store.
        """
        today = options.today
        created = datetime.combine(today - timedelta(days=3000), time(9, 0))
        salt = hashlib.sha256(f"dealerdesk-demo-{options.seed}".encode()).digest()[:16]
        password_hash = passwords.hash_password(options.password, salt=salt)
        with db.atomic():
            insert_tuples(self.conn, *_insert_sql(TABLES.index(User), self.offsets),
                          [(i, login, name, role, password_hash, True, created)
                           for i, (login, name, role) in enumerate(dd.STAFF, 1)])
            insert_tuples(self.conn, *_insert_sql(TABLES.index(VehicleModel), self.offsets),
                          [(i, dd.BRAND, name, segment, price, True)
                           for i, (name, segment, price, *_rest) in enumerate(dd.MODELS, 1)])

    def write(self, rows: list[list[tuple]], counts: list[int]) -> None:
        """One batch in dependency order, in one transaction."""
        offsets, conn = self.offsets, self.conn
        reminders = rows[T_REMINDER]
        if reminders:  # the dedupe key names a row by id: join it now the id is final
            rows[T_REMINDER] = [(*r[:-1], r[-1] if isinstance(r[-1], str) else
                                 f"{r[-1][0]}{r[-1][2] + offsets[r[-1][1]]}{r[-1][3]}") for r in reminders]
        with db.atomic():
            for position, table_rows in enumerate(rows):
                if table_rows:
                    insert_tuples(conn, *_insert_sql(position, offsets), table_rows)
        for position in _LOCAL.values():
            offsets[position] += counts[position]


def _batches(options: DemoOptions) -> Iterator[tuple[list[list[tuple]], list[int]]]:
    """The batches in order: in-process for a small store, else from a pool of worker processes (one per
    core; this process mostly writes, so the workers and the writer share the cores)."""
    make = functools.partial(generate_batch, options.seed, options.customers, options.today)
    numbers = range(batch_count(options.customers))
    if options.customers < PARALLEL_FROM:
        yield from map(make, numbers)
        return
    workers = max(1, min(2, os.cpu_count() or 1))
    with multiprocessing.get_context().Pool(workers) as pool:
        yield from pool.imap(make, numbers, chunksize=1)


def _write_order_targets(today: date) -> None:
    """Each model's monthly order target ("target.<model>"), as a manager would set it: the average of the
    last three full months' orders plus 10 %, so the monthly summary's target tables have something to
    derive from."""


    month_start = today.replace(day=1)
    start = (month_start - timedelta(days=85)).replace(day=1)
    counts = dict(SalesOrder.select(VehicleModel.name, fn.COUNT(SalesOrder.id))
                  .join(VehicleModel, on=(SalesOrder.model == VehicleModel.id))
                  .where(SalesOrder.ordered_at >= datetime.combine(start, time()),
                         SalesOrder.ordered_at < datetime.combine(month_start, time()))
                  .group_by(VehicleModel.name).tuples())
    rows = [{"key": f"target.{name}", "value": json.dumps(max(1, round(n / 3 * 1.1))),
             "updated_at": datetime.combine(month_start, time(9)), "updated_by": "demo"}
            for name, n in sorted(counts.items())]
    if rows:
        Setting.insert_many(rows).execute()


def _index_contacts() -> None:
    """Companies are found by their contact persons' names and phones (store/keys.py): their keys are rebuilt
    once the contacts are written (a few hundred companies, one statement each)."""
    ids = [cid for (cid,) in ContactPerson.select(ContactPerson.customer).distinct().tuples()]
    with db.atomic():
        for start in range(0, len(ids), 500):
            keys.reindex_customers(ids[start:start + 500])


def _generate(options: DemoOptions, report: Progress) -> tuple[int, int]:
    """(leads, vehicles)."""
    writer = _Writer()
    writer.write_global(options)
    done = 0
    for rows, counts in _batches(options):
        writer.write(rows, counts)
        done = min(done + BATCH, options.customers)
        report(done, options.customers, "customers")
    return writer.offsets[T_LEAD], writer.offsets[T_VEHICLE]


def generate_demo(options: DemoOptions, progress: Progress | None = None) -> DemoStats:
    """Write a new demo store at `options.path`; see the module docstring for why it is built this way."""
    started = _time.perf_counter()
    path = Path(options.path)
    if options.overwrite:
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            p.unlink(missing_ok=True)
    open_store(path, create=True)
    database = db.obj
    # Bulk load: no journal, no fsync, no per-row foreign-key checks, and the indexes built once at the end
    # (sorting once is several times faster than updating a dozen B-trees per row); all restored below.
    indexes = database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").fetchall()
    for pragma in ("foreign_keys=OFF", "journal_mode=OFF", "synchronous=OFF", "cache_size=-262144", "threads=2"):
        database.execute_sql(f"PRAGMA {pragma}")
    for name, _sql_text in indexes:
        database.execute_sql(f'DROP INDEX "{name}"')
    report = progress or (lambda done, total, stage: None)
    try:
        leads, vehicles = _generate(options, report)
    finally:
        for i, (_name, sql_text) in enumerate(indexes):
            report(i, len(indexes), "indexes")
            database.execute_sql(sql_text)
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "cache_size=-32000"):
            database.execute_sql(f"PRAGMA {pragma}")
    _write_order_targets(options.today)
    write_targets(options.seed, options.today)  # plans, rolling versions, targets per consultant (issue 25)
    _index_contacts()
    demo_catalogue.write_catalogue()
    with db.atomic():
        write_reception(options.seed, options.today)
    with db.atomic():
        write_delivery_checks(options.seed)
        write_events(options.seed, options.today)
    with db.atomic():  # every order's 订车单 (issue 28)
        write_deals(options.seed)
    with db.atomic():  # key accounts with visits, and member points (issue 25)
        write_accounts(options.seed, options.today)
    with db.atomic():  # the store-wide holiday greetings the planner would plan today (no customer rows)
        plan_in_transaction([], options.today)
    write_campaigns(options.seed, options.today)  # segments, a running call list, a sent greeting batch
    database.execute_sql("PRAGMA optimize")
    close_store()
    return DemoStats(customers=options.customers, leads=leads, vehicles=vehicles,
                     seconds=_time.perf_counter() - started)
