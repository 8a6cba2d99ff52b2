"""`dealerdesk demo`: a realistic, deterministic demo store (same seed, size and today → the same rows).

Why it is built like this: a 200,000-customer store must be written in about a minute, so every row is a
plain tuple with an explicit id, written per batch of customers with `executemany` (foreign keys are checked
once at the end by `check`, not per row); and nothing reads the clock or a global random state, so a demo
is reproducible for tests, screenshots and bug reports. Business rules (cadences, reminder dates, value
score) come from the domain modules, so the demo looks exactly like what the app itself would compute.
"""
from __future__ import annotations

import json
import random
import time as _time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from dealerdesk.domain import classify, reminders
from dealerdesk.domain.levels import DEFEAT_REASONS, FollowUpPolicy, Level, next_follow_up
from dealerdesk.domain.lunar import solar_to_lunar
from dealerdesk.services import demo_data as dd
from dealerdesk.services.demo_data import FIELDS, TABLES
from dealerdesk.services.reminders import dedupe_key
from dealerdesk.store import keys
from dealerdesk.store.db import close_store, db, open_store
from dealerdesk.store.models import (
    Complaint,
    ContactPerson,
    Customer,
    CustomerPhone,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    LevelChange,
    Purchase,
    Reminder,
    SalesOrder,
    SearchKey,
    ServiceRecord,
    Survey,
    User,
    Vehicle,
    VehicleModel,
)

Progress = Callable[[int, int, str], None]
BATCH = 2000  # customers per transaction
PARALLEL_FROM = 20000  # customers; below this a worker process costs more than it saves
#: why a level changed, per event of a lead's story
WHY = {"first": "首次联系后定级", "contact": "跟进后调整级别", "visit": "到店看车", "test_drive": "试驾后意向提升",
       "order": "签订购车合同", "deliver": "新车交付", "cancel": "客户退订"}



@dataclass
class DemoOptions:
    path: Path
    customers: int
    seed: int
    today: date
    overwrite: bool = False


@dataclass
class DemoStats:
    customers: int
    leads: int
    vehicles: int
    seconds: float


def _sql(model: type) -> str:
    meta = model._meta
    cols = ", ".join(f'"{meta.fields[f].column_name}"' for f in FIELDS[model])
    return f'INSERT INTO "{meta.table_name}" ({cols}) VALUES ({", ".join("?" * len(FIELDS[model]))})'


_SQL = {m: _sql(m) for m in TABLES}


class _Writer:
    """Row buffers per table with explicit ids; `flush` hands one batch (a list per table) to the sink."""

    def __init__(self, sink: Callable[[list[list[tuple]]], None]) -> None:
        self.sink = sink
        self.rows: dict[type, list[tuple]] = {m: [] for m in TABLES}
        self.ids: dict[type, int] = {m: 0 for m in TABLES}

    def add(self, model: type, *values: object) -> int:
        """Append a row whose first column (the id) is assigned here; returns the id."""
        self.ids[model] += 1
        self.rows[model].append((self.ids[model], *values))
        return self.ids[model]

    def reserve(self, model: type) -> int:
        """An id for a row written later (a lead's final state is known only at the end of its story)."""
        self.ids[model] += 1
        return self.ids[model]

    def put(self, model: type, row_id: int, *values: object) -> None:
        self.rows[model].append((row_id, *values))

    def flush(self) -> None:
        batch = [self.rows[m] for m in TABLES]
        self.rows = {m: [] for m in TABLES}
        self.sink(batch)


def _insert(batch: list[list[tuple]]) -> None:
    """Write one batch in dependency order, in one transaction."""
    conn = db.obj.connection()
    with db.atomic():
        for model, rows in zip(TABLES, batch):
            if rows:
                conn.executemany(_SQL[model], rows)


def _produce(options: DemoOptions, pipe) -> None:
    """Worker process: run the generator and send every batch to the parent, which writes it.

    The generator is the same code as in-process, so the store does not depend on which way it ran.
    """
    try:
        gen = _Generator(options, lambda done, total, stage: None, pipe.send)
        gen.run()
        pipe.send(("done", gen.w.ids[Lead], gen.w.ids[Vehicle]))
    except BaseException:  # noqa: BLE001 - the parent re-raises it
        import traceback

        pipe.send(("error", traceback.format_exc()))
    finally:
        pipe.close()


def _generate(options: DemoOptions, report: Progress) -> tuple[int, int]:
    """(leads, vehicles). Large stores: generation in a second process while this one writes SQLite;
    the two halves cost about the same, so on two cores the wall time nearly halves."""
    if options.customers < PARALLEL_FROM:
        gen = _Generator(options, report, _insert)
        gen.run()
        return gen.w.ids[Lead], gen.w.ids[Vehicle]
    import multiprocessing

    parent, child = multiprocessing.Pipe(duplex=False)
    worker = multiprocessing.Process(target=_produce, args=(options, child), daemon=True)
    worker.start()
    child.close()
    done = 0
    try:
        while True:
            msg = parent.recv()
            if isinstance(msg, tuple):
                if msg[0] == "error":
                    raise RuntimeError(f"demo generator failed:\n{msg[1]}")
                return msg[1], msg[2]
            _insert(msg)
            done = min(done + BATCH, options.customers)
            report(done, options.customers, "customers")
    finally:
        worker.join(timeout=10)
        if worker.is_alive():
            worker.terminate()


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
    database.execute_sql("PRAGMA optimize")
    close_store()
    return DemoStats(customers=options.customers, leads=leads, vehicles=vehicles,
                     seconds=_time.perf_counter() - started)


class _Cust:
    """What the generator learns about one customer while writing its story (feeds the value score)."""

    __slots__ = (
        "bought_elsewhere",
        "company",
        "created",
        "id",
        "last_act",
        "last_purchase",
        "last_service",
        "last_visit",
        "open_complaints",
        "open_level",
        "owner",
        "purchases",
        "spend",
        "survey",
        "survey_at",
        "visits12",
    )

    def __init__(self, cid: int, company: bool, owner: int, created: datetime) -> None:
        self.id, self.company, self.owner, self.created = cid, company, owner, created
        self.last_act = created
        self.purchases = self.spend = self.visits12 = self.open_complaints = 0
        self.last_purchase = self.last_service = self.last_visit = self.bought_elsewhere = None
        self.open_level: str | None = None
        self.survey: classify.SurveyFacts | None = None
        self.survey_at: datetime | None = None

    def act(self, at: datetime) -> None:
        self.last_act = max(self.last_act, at)


class _Generator:
    """One pass over the customers; each customer's whole story is written before the next one."""

    def __init__(self, options: DemoOptions, progress: Progress,
                 sink: Callable[[list[list[tuple]]], None]) -> None:
        self.o, self.progress = options, progress
        self.rng = random.Random(options.seed)
        rnd = self.rng.random
        self.ri = lambda a, b: a + int(rnd() * (b - a + 1))  # randint without its argument checks (hot)
        self.today = options.today
        self.now = datetime.combine(options.today, time(8, 30))  # before the store opens
        self.w = _Writer(sink)
        self.fpolicy = FollowUpPolicy.from_settings({})
        self.rpolicy = reminders.ReminderPolicy.from_settings({})
        self.vpolicy = classify.ValuePolicy.from_settings({})
        self.plates: set[str] = set()
        self.scores: dict[tuple, tuple[classify.ValueScore, str]] = {}
        self.birthdays: dict[tuple, reminders.ReminderDue] = {}
        #: lunar (month, day) of the coming week; lunar birthdays elsewhere need no reminder
        self.lunar_near = {(abs(m), d) for _y, m, d in (solar_to_lunar(self.today + timedelta(days=k))
                                                        for k in range(8))}

    # --- frame ----------------------------------------------------------------------------------
    def run(self) -> None:
        created = datetime.combine(self.today - timedelta(days=3000), time(9, 0))
        self.users: dict[str, list[int]] = {}
        for login, name, role in dd.STAFF:
            self.users.setdefault(role, []).append(self.w.add(User, login, name, role, "", True, created))
        self.sales, self.advisors = self.users["sales"], self.users["service_advisor"]
        self.desk, self.managers = self.users["front_desk"], self.users["manager"]
        for name, segment, price, _energy, _seats, _weight in dd.MODELS:
            self.w.add(VehicleModel, dd.BRAND, name, segment, price, True)
        n = self.o.customers
        ref_rng = random.Random(self.o.seed * 7919 + 17)
        self.referrer = {cid: ref_rng.randrange(1, cid) for cid in range(2, n + 1) if ref_rng.random() < 0.05}
        self.referrals: dict[int, int] = {}
        for r in self.referrer.values():
            self.referrals[r] = self.referrals.get(r, 0) + 1
        for start in range(1, n + 1, BATCH):
            for cid in range(start, min(start + BATCH, n + 1)):
                self.customer(cid)
            self.w.flush()
            self.progress(min(start + BATCH - 1, n), n, "customers")

    def work_time(self, day: date) -> datetime:
        return datetime.combine(day, time(9 + int(self.rng.random() * 10), int(self.rng.random() * 60)))

    # --- customer -------------------------------------------------------------------------------
    def customer(self, cid: int) -> None:
        rng, w, today = self.rng, self.w, self.today
        company = rng.random() < 0.08
        base = rng.random() < (0.45 if company else 0.30)
        has_lead = not base or rng.random() < 0.35
        received = self.work_time(today - timedelta(days=self.ri(1, 455))) if has_lead else None
        bought = [today - timedelta(days=self.ri(400, 2900))] if base else []
        if base and (company or rng.random() < 0.12):
            bought += [today - timedelta(days=self.ri(400, 2900)) for _ in range(self.ri(1, 3))]
        bought.sort()
        created = datetime.combine(bought[0], time(10, 0)) if bought else received
        c = _Cust(cid, company, rng.choice(self.sales), created)
        if company:
            name, gender = dd.company_name(rng), ""
            phones = [dd.landline(rng), dd.mobile(rng)]
            for k in range(self.ri(1, 2)):
                w.add(ContactPerson, cid, dd.person_name(rng)[0], rng.choice(dd.CONTACT_TITLES),
                      phones[1] if k == 0 else dd.mobile(rng))
        else:
            name, gender = dd.person_name(rng)
            phones = [dd.mobile(rng)]
            if rng.random() < 0.10:
                phones.append(dd.mobile(rng))
            elif rng.random() < 0.03:
                phones.append(dd.landline(rng))
        for i, phone in enumerate(phones):
            w.add(CustomerPhone, cid, phone, phone.replace("-", ""), "landline" if "-" in phone else "mobile",
                  i == 0)
        for row in keys.customer_key_rows(cid, name, phones):
            w.add(SearchKey, cid, None, row["kind"], row["key"])
        referrer = self.referrer.get(cid)
        source = "referral" if referrer else ("returning" if base else dd.weighted(rng, dd.SOURCES))
        for day in bought:
            midx = dd.model_index(rng)
            self.vehicle(c, day, midx, None, None, rng.choice(("full", "full", "loan")))
        if received is not None:
            self.lead(c, received, source if not base else "returning")
        if rng.random() < (0.035 if c.purchases else 0.008):
            self.complaint(c)
        self.profile(c, name, gender, source, referrer)

    def profile(self, c: _Cust, name: str, gender: str, source: str, referrer: int | None) -> None:
        rng, today = self.rng, self.today
        birthday = lunar_m = lunar_d = None
        kind = ""
        if not c.company and rng.random() < 0.7:
            if rng.random() < 0.18:
                kind, lunar_m, lunar_d = "lunar", self.ri(1, 12), self.ri(1, 30)
                if rng.random() < 0.02:
                    lunar_m = -lunar_m  # born in a leap month
            else:
                kind = "solar"
                birthday = date(self.ri(1960, 2003), self.ri(1, 12), self.ri(1, 28))
                if rng.random() < 0.01:  # 29 February: celebrated on the 28th in common years
                    birthday = date(birthday.year - birthday.year % 4, 2, 29)
        consent = rng.random() < 0.9
        if consent and kind:
            month, day = (lunar_m, lunar_d) if kind == "lunar" else (birthday.month, birthday.day)
            memo = (month, day, kind)  # lunar-python needs ~15 ms per conversion: one per distinct date
            if kind == "lunar" and (abs(month), day) not in self.lunar_near \
                    and not (day == 30 and (abs(month), 29) in self.lunar_near):
                pass  # not within the next week: no reminder row (pre-filter, same answer)
            elif memo not in self.birthdays:
                self.birthdays[memo] = reminders.birthday_due(month, day, kind == "lunar", today, self.rpolicy)
            due = self.birthdays.get(memo)
            if due is not None and due.due_at.date() <= today + timedelta(days=4):
                self.reminder(due, c.id, None, c.owner, f"c{c.id}")
        city = dd.weighted(self.rng, dd.CITIES)
        address = (f"深圳市{rng.choice(dd.DISTRICTS)}{rng.choice(dd.STREETS)}{self.ri(1, 300)}号"
                   if city == "深圳" else f"{city}市")
        income = "" if c.company else dd.weighted(rng, dd.INCOME_LEVELS)
        tags = ",".join(sorted(set(rng.sample(dd.TAGS, self.ri(0, 2)))))
        category, tier, score, detail = self.classify(c, income)
        self.w.put(
            Customer, c.id, name, "company" if c.company else "person", gender, birthday, lunar_m, lunar_d,
            kind, f"{self.ri(10000000, 2999999999)}@qq.com" if rng.random() < 0.2 else "",
            f"wxid_{int(rng.random() * 36 ** 8):x}" if rng.random() < 0.5 else "", address, city,
            "" if c.company else rng.choice(dd.OCCUPATIONS), income, source, c.owner,
            tags.replace(",", "，") and f"关注：{tags.replace(',', '、')}", tags, consent,
            c.created if consent else None, referrer, category, tier,
            score, detail, False, None, c.last_act, c.created, c.last_act, 1)

    def classify(self, c: _Cust, income: str) -> tuple[str, str, int, str]:
        """Category/tier/score via domain.classify; the score's parts are cached (most customers share them)."""
        today = self.today
        spend = c.spend
        level = Level(c.open_level) if c.open_level else None
        key = (c.purchases, spend, c.visits12, income, self.referrals.get(c.id, 0), level, c.survey,
               c.open_complaints)
        if key not in self.scores:
            facts = classify.CustomerFacts(
                today=today, purchases=c.purchases, spend_3y_yuan=spend, service_visits_12m=c.visits12,
                income_level=income, referrals=key[4], open_lead_level=level, survey=c.survey,
                open_complaints=c.open_complaints)
            score = classify.value_score(facts, self.vpolicy)
            parts = [{"label": p.label, "points": p.points, "max": p.max, "detail": p.detail} for p in score.parts]
            self.scores[key] = score, json.dumps(
                {"total": score.total, "lifecycle": score.lifecycle, "potential": score.potential,
                 "loyalty": score.loyalty, "parts": parts}, ensure_ascii=False)[:-1]
        score, head = self.scores[key]
        facts = classify.CustomerFacts(
            today=today, purchases=c.purchases, open_lead_level=level, last_purchase_on=c.last_purchase,
            last_service_on=c.last_service, last_visit_on=c.last_visit, created_on=c.created.date(),
            bought_elsewhere_on=c.bought_elsewhere)
        category, reasons = classify.category_for(facts, score, self.vpolicy)
        tier = classify.tier_for(score, self.vpolicy)
        # the same text services.classification.classify() writes, so a recompute finds nothing to change
        detail = (f'{head}, "tier": "{tier}", "category": "{category}", '
                  f'"reasons": {json.dumps(reasons, ensure_ascii=False)}}}')
        return category, tier, score.total, detail

    # --- leads ----------------------------------------------------------------------------------
    def lead(self, c: _Cust, received: datetime, source: str) -> None:
        """A lead's story: contacts at the level's cadence, visit, test drive, order, delivery or defeat.

        The story stops at `now`; a lead still open then gets its one planned follow-up from the rules.
        """
        rng, w, now = self.rng, self.w, self.now
        lid, owner = w.reserve(Lead), c.owner
        midx = dd.model_index(rng)
        model_name, _seg, guide, *_ = dd.MODELS[midx]
        payment = dd.weighted(rng, dd.PAYMENTS)
        walk_in = source == "walk_in"
        visit = walk_in or rng.random() < 0.21
        drive = visit and rng.random() < 0.6
        order = visit and rng.random() < (0.31 if drive else 0.12)
        deliver = order and rng.random() < 0.9
        events: list[tuple[datetime, str]] = []
        if not walk_in:
            events.append((received + timedelta(minutes=self.ri(20, 1300)), "first"))
        t = received
        if visit:
            t = received if walk_in else self.work_time(received.date() + timedelta(days=self.ri(2, 25)))
            events.append((t, "visit"))
        if drive:
            t = t + timedelta(minutes=40) if rng.random() < 0.65 else self.work_time(
                t.date() + timedelta(days=self.ri(2, 10)))
            events.append((t, "test_drive"))
        if order:
            t = self.work_time(t.date() + timedelta(days=self.ri(1, 21)))
            events.append((t, "order"))
            t = self.work_time(t.date() + timedelta(days=self.ri(5, 35) if deliver else self.ri(3, 20)))
            events.append((t, "deliver" if deliver else "cancel"))
        else:
            give_up = (t + timedelta(days=self.ri(10, 45)) if visit  # consultants give up in weeks
                       else received + timedelta(days=self.ri(12, 60)))
            events.append((self.work_time(give_up.date()), "defeat"))
        self.level_change(lid, "", "N", received, rng.choice(self.desk) if rng.random() < 0.5 else owner, "新线索")
        level, status, last, contacted = "N", "open", received, False
        order_id = closed = None
        defeat = ("", "", "", None, None, None)
        i = 0
        while i < len(events) or contacted:
            at, kind = events[i] if i < len(events) else (None, "")
            if contacted and level != "N":
                low, high = self.fpolicy.cadences[Level(level)]
                cadence_at = self.work_time(last.date() + timedelta(days=self.ri(low, high + 2)))
                if at is None or cadence_at < at:
                    at, kind = cadence_at, "contact"
            if at is None or at >= now:
                break
            if kind != "contact":
                i += 1
            due = next_follow_up(Level(level), last, self.fpolicy)
            if kind == "first":
                new = dd.weighted(rng, dd.FIRST_GRADES)
                iid = self.interaction(c, lid, owner, at, "phone", rng.choice(dd.CALL_TEXTS), f"定级 {new}")
            elif kind == "contact":
                channel = dd.weighted(rng, dd.CONTACT_CHANNELS)
                iid = self.interaction(c, lid, owner, at, channel, rng.choice(dd.CALL_TEXTS), "已跟进")
                new = {"C": "B", "B": "A"}.get(level, level) if rng.random() < 0.08 else level
            elif kind == "visit":
                new = "B" if level in ("N", "C") else level
                iid = self.interaction(c, lid, owner, at, "visit", rng.choice(dd.VISIT_TEXTS), "到店", "展厅")
            elif kind == "test_drive":
                new = "A" if level in ("N", "C", "B") else level
                iid = self.interaction(c, lid, owner, at, "test_drive", rng.choice(dd.DRIVE_TEXTS), "试驾", "试驾路线")
            elif kind == "order":
                if level != "H":
                    self.level_change(lid, level, "H", at - timedelta(hours=1), owner, "车型、预算、付款方式已确定")
                    level = "H"
                new, status = "O", "open"
                iid = self.interaction(c, lid, owner, at, "visit", dd.ORDER_TEXT, "签约", "展厅")
                order_id = w.reserve(SalesOrder)
                price = guide - 500 * int(rng.random() * (guide // 6000 + 1))
                ordered_at = at
            elif kind == "deliver":
                new, status, closed = "D", "delivered", at
                iid = self.interaction(c, lid, owner, at, "visit", dd.DELIVERY_TEXT, "交车", "交车区")
                vid = self.vehicle(c, at.date(), midx, order_id, price, payment)
                did = w.add(Delivery, order_id, lid, c.id, vid, at, owner)
                w.put(SalesOrder, order_id, lid, c.id, midx + 1, price, payment, ordered_at, owner, "delivered",
                      "", None)
                self.after_delivery(c, lid, did, at)
            elif kind == "cancel":
                reason = rng.choice(dd.CANCEL_REASONS)
                new, status, closed = "T", "cancelled", at
                iid = self.interaction(c, lid, owner, at, "phone", f"客户退订：{reason}", "退订")
                w.put(SalesOrder, order_id, lid, c.id, midx + 1, price, payment, ordered_at, owner, "cancelled",
                      reason, at)
            else:  # defeat
                reason = dd.weighted(rng, dd.DEFEAT_SHARES)
                rival = rng.choice(dd.COMPETITORS) if reason in ("bought_elsewhere", "price", "product") else ""
                decided = at + timedelta(days=self.ri(1, 3))
                pending = decided >= now
                status = "defeat_pending" if pending else "defeated"
                closed = None if pending else decided
                defeat = (reason, rival, dd.DEFEAT_NOTES[reason], at, None if pending else decided,
                          None if pending else self.managers[0])
                iid = self.interaction(c, lid, owner, at, "phone", f"战败申请：{DEFEAT_REASONS[reason]}，"
                                       f"{dd.DEFEAT_NOTES[reason]}", "申请战败")
                if reason == "bought_elsewhere" and not pending:
                    c.bought_elsewhere = decided.date()
                new = level
            if contacted or not walk_in:  # a walk-in's first visit is its reception, not a follow-up
                w.add(FollowUp, lid, c.id, owner, "follow_up", level, due.due_at, due.overdue_at, "done", None,
                          at, owner, iid)
            if new != level:
                self.level_change(lid, level, new, at, owner, WHY[kind])
                level = new
            last, contacted = at, True
            if status != "open":
                break
        nxt = None
        if status in ("open", "defeat_pending") and level in "NCBAH":
            c.open_level = level
        if status == "open":
            due = next_follow_up(Level(level), last, self.fpolicy)
            nxt = due.due_at
            w.add(FollowUp, lid, c.id, owner, "follow_up", level, due.due_at, due.overdue_at, "planned", None, None,
                  None, None)

            if level == "O":
                w.put(SalesOrder, order_id, lid, c.id, midx + 1, price, payment, ordered_at, owner, "open", "", None)
        elif status == "delivered" and now - closed < timedelta(hours=self.fpolicy.post_delivery_hours):
            nxt = closed
        rivals = "、".join(rng.sample(dd.COMPETITORS, self.ri(0, 2)))
        others = dd.MODELS[int(rng.random() * len(dd.MODELS))][0] if rng.random() < 0.3 else ""
        w.put(Lead, lid, c.id, owner, source, level, status, midx + 1, others if others != model_name else "",
              dd.weighted(rng, dd.COLOURS), round(guide * rng.uniform(0.85, 1.1), -4), payment, rivals, received,
              last if contacted else None, nxt, *defeat, closed, received, last, 1)

    def after_delivery(self, c: _Cust, lid: int, did: int, at: datetime) -> None:
        """The D lead's post-delivery call (planned when within its 24 h), then a survey some days later."""
        rng, now = self.rng, self.now
        due = next_follow_up(Level.D, at, self.fpolicy)
        done = at + timedelta(hours=self.ri(2, 22))
        if done < now:
            iid = self.interaction(c, lid, c.owner, done, "phone", "交车后回访：车辆使用正常，客户满意", "已回访")
            self.w.add(FollowUp, lid, c.id, c.owner, "post_delivery_call", "D", due.due_at, due.overdue_at, "done",
                       None, done, c.owner, iid)
        else:
            self.w.add(FollowUp, lid, c.id, c.owner, "post_delivery_call", "D", due.due_at, due.overdue_at,
                       "planned", None, None, None, None)
        taken = at + timedelta(days=self.ri(3, 10), hours=self.ri(0, 3))
        if rng.random() < 0.65 and taken < now:
            self.survey(c, None, did, taken)
        elif taken >= now:
            self.reminder(reminders.survey_due(at.date(), "delivery", self.rpolicy), c.id, None,
                          rng.choice(self.desk), f"d{did}")

    def level_change(self, lid: int, old: str, new: str, at: datetime, by: int, reason: str) -> None:
        self.w.add(LevelChange, lid, old, new, at, by, reason)

    def interaction(self, c: _Cust, lid: int | None, user: int, at: datetime, channel: str, content: str,
                    result: str = "", place: str = "") -> int:
        c.act(at)
        if channel in ("visit", "test_drive"):
            c.last_visit = max(c.last_visit or at.date(), at.date())
        return self.w.add(Interaction, c.id, lid, user, at, channel, place, content, result, "")

    # --- vehicles and service -------------------------------------------------------------------
    def vehicle(self, c: _Cust, delivered: date, midx: int, order_id: int | None, price: int | None,
                payment: str) -> int:
        """A delivered car with its purchase, service history, search keys and the reminders due around today."""
        rng, w, today = self.rng, self.w, self.today
        name, _segment, guide, energy, seats, _weight = dd.MODELS[midx]
        vid = w.reserve(Vehicle)
        vin = dd.vin(midx, delivered.year, vid)
        plate = dd.plate(rng, energy == "nev")
        while plate in self.plates:
            plate = dd.plate(rng, energy == "nev")
        self.plates.add(plate)
        registered = delivered - timedelta(days=self.ri(0, 3))
        use = "commercial" if c.company and rng.random() < 0.4 else "private"
        years = 1
        while reminders.add_months(registered, 12 * years) - timedelta(days=1) < today - timedelta(days=40):
            years += 1
        compulsory = reminders.add_months(registered, 12 * years) - timedelta(days=1)
        commercial = compulsory if rng.random() < 0.85 else compulsory + timedelta(days=self.ri(-60, 60))
        price = price or guide - 500 * int(rng.random() * (guide // 6000 + 1))
        km_per_day = rng.uniform(80, 200) if use == "commercial" else rng.uniform(15, 70)
        km = self.services(c, vid, delivered, km_per_day, price, registered, seats, use, energy,
                                    compulsory, commercial)
        at = datetime.combine(delivered, time(10, 0))
        w.put(Vehicle, vid, vin, plate, midx + 1, name, dd.weighted(rng, dd.COLOURS), registered, delivered, km,
              seats, use, energy, compulsory, commercial, c.id, at, at, 1)
        w.add(Purchase, c.id, order_id, vid, name, delivered, price, payment, "store")
        for row in keys.vehicle_key_rows(vid, c.id, plate, vin):
            w.add(SearchKey, c.id, vid, row["kind"], row["key"])
        c.purchases += 1
        c.act(at)
        c.last_purchase = max(c.last_purchase or delivered, delivered)
        if (today - delivered).days <= 3 * 365:
            c.spend += price
        return vid

    def services(self, c: _Cust, vid: int, delivered: date, km_per_day: float, price: int, registered: date,
                 seats: int, use: str, energy: str, compulsory: date, commercial: date) -> int:
        """Maintenance every 6–12 months with rising mileage (a quarter of owners stop coming: lost), some
        repairs, claims and warranty work; returns the odometer."""
        rng, today = self.rng, self.today
        advisor = rng.choice(self.advisors)
        day, km, visits = delivered, self.ri(5, 30), 0
        stop = self.ri(1, 8) if rng.random() < 0.25 else 99
        readings = [(delivered, km)]
        last_maintenance = None
        while visits < stop:
            nxt = day + timedelta(days=self.ri(150, 200) if visits == 0 else self.ri(180, 380))
            if nxt >= today:
                break
            km += int((nxt - day).days * km_per_day * rng.uniform(0.8, 1.2))
            day, visits = nxt, visits + 1
            readings.append((day, km))
            last_maintenance = (day, km)
            self.service(c, vid, "maintenance", day, km, advisor, self.ri(300, 1500), self.ri(100, 400))
            roll = rng.random()
            if roll < 0.12:
                self.service(c, vid, "repair", day, km, advisor, self.ri(200, 4000), self.ri(100, 800))
            elif roll < 0.17 and (day - delivered).days < 3 * 365:
                self.service(c, vid, "warranty", day, km, advisor, 0, 0)
            elif roll < 0.22:
                self.service(c, vid, "insurance", day, km, advisor, self.ri(800, 8000), self.ri(200, 1500))
        owner = advisor
        due = reminders.maintenance_due(delivered, last_maintenance, readings, self.rpolicy)
        if self.near(due, ahead=7, behind=30):
            self.reminder(due, c.id, vid, owner, f"v{vid}")
        for kind, until in (("compulsory", compulsory), ("commercial", commercial)):
            due = reminders.insurance_due(kind, until, self.rpolicy)
            if self.near(due, ahead=3, behind=14):
                self.reminder(due, c.id, vid, owner, f"v{vid}")
        due = reminders.inspection_due(registered, seats, use, energy, today - timedelta(days=10), self.rpolicy)
        if self.near(due, ahead=3, behind=10):
            self.reminder(due, c.id, vid, owner, f"v{vid}")
        return km

    def service(self, c: _Cust, vid: int, kind: str, day: date, km: int, advisor: int, parts: int,
                labour: int) -> None:
        rng, today = self.rng, self.today
        at = datetime.combine(day, time(17, 0))
        sid = self.w.add(ServiceRecord, vid, c.id, kind, day, km, rng.choice(dd.SERVICE_TEXTS[kind]), parts,
                         labour, advisor, at)
        c.act(at)
        c.last_service = max(c.last_service or day, day)
        if kind == "maintenance" and (today - day).days <= 365:  # visits = distinct days (with repairs)
            c.visits12 += 1
        if (today - day).days <= 3 * 365:
            c.spend += parts + labour
        age = (today - day).days
        if kind == "maintenance" and age <= 5:
            self.reminder(reminders.post_service_call_due(day, self.rpolicy), c.id, vid, advisor, f"s{sid}")
        if age <= 10 and kind != "warranty":
            self.reminder(reminders.survey_due(day, "service", self.rpolicy), c.id, vid, rng.choice(self.desk),
                          f"s{sid}")
        elif rng.random() < 0.25:
            self.survey(c, sid, None, at + timedelta(days=self.ri(3, 7), hours=-self.ri(1, 6)))

    def survey(self, c: _Cust, sid: int | None, did: int | None, at: datetime) -> None:
        rng = self.rng
        overall = dd.weighted(rng, dd.SATISFACTION)
        good = overall in ("very_satisfied", "satisfied")
        repurchase = dd.weighted(rng, dd.REPURCHASE_GOOD if good else
                                 dd.REPURCHASE_BAD)
        recommend = dd.weighted(rng, dd.RECOMMEND_GOOD if good else
                                dd.RECOMMEND_BAD)
        self.w.add(Survey, c.id, sid, did, at, dd.weighted(rng, dd.SURVEY_CHANNELS),
                   overall, overall, dd.weighted(rng, dd.SATISFACTION), overall if sid else "", repurchase,
                   recommend, "" if good else "希望改进服务流程", rng.choice(self.desk))
        if c.survey_at is None or at >= c.survey_at:  # the latest by (time, id), as classification
            c.survey, c.survey_at = classify.SurveyFacts(overall, repurchase, recommend), at

    # --- complaints and reminders ---------------------------------------------------------------
    def complaint(self, c: _Cust) -> None:
        rng, now = self.rng, self.now
        received = self.work_time(max(c.created.date(), self.today - timedelta(days=150)))
        if received >= now:
            return
        young = now - received < timedelta(days=30)
        status = dd.weighted(rng, dd.COMPLAINT_YOUNG if young
                             else dd.COMPLAINT_OLD)
        category = rng.choice(list(dd.COMPLAINT_CATEGORIES))
        owner = rng.choice([self.managers[1], *self.desk])
        responded = received + timedelta(hours=self.ri(1, 30)) if status != "open" else None
        if responded is not None and responded >= now:
            status, responded = "open", None
        resolved = closed = None
        if status in ("resolved", "closed"):
            resolved = min(received + timedelta(days=self.ri(1, 12)), now - timedelta(hours=2))
            resolved = max(resolved, responded)
            closed = resolved + timedelta(days=1) if status == "closed" and resolved + timedelta(days=1) < now else None
            status = "closed" if closed else "resolved"
        rp = self.rpolicy
        kid = self.w.add(Complaint, c.id, received, rng.choice(("phone", "visit", "wechat")), category,
                         dd.COMPLAINT_CATEGORIES[category], owner, status,
                         received + timedelta(hours=rp.complaint_first_response_hours),
                         received + timedelta(days=rp.complaint_resolution_days), responded, resolved, closed,
                         None, "已道歉并处理完毕" if resolved else "")
        c.act(received)
        if status in ("open", "in_progress"):
            c.open_complaints += 1
            self.reminder(reminders.complaint_due(received, responded, rp), c.id, None, owner, f"k{kid}.{'first_response' if responded is None else 'resolution'}")

    def near(self, due: reminders.ReminderDue, ahead: int, behind: int) -> bool:
        """Due within `ahead` days from now and not overdue for more than `behind` days: worth a row."""
        return due.due_at <= self.now + timedelta(days=ahead) and due.overdue_at >= self.now - timedelta(days=behind)

    def reminder(self, due: reminders.ReminderDue, cid: int, vid: int | None, owner: int, subject: str) -> None:
        self.w.add(Reminder, due.kind, cid, vid, owner, due.due_at, due.overdue_at, "open", None, None, None, "",
                   json.dumps(due.detail, ensure_ascii=False), dedupe_key(due.kind, subject, due))
