"""Demo store, people: one batch of customers (names, phones, contacts, search keys, profile, classification).

Why batches: a batch is a pure function of (seed, size, today, batch number) with its own random stream
and its own ids counted from 1, so batches can be generated in any process in any order and the writer
(services/demo/build.py) shifts the ids into place; the store does not depend on how the work was scheduled.
The sales story lives in demo/sales.py, the after-sales one in demo/aftersales.py.
"""
from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta
from typing import ClassVar

from dealerdesk.domain import classify, reminders
from dealerdesk.domain import search_keys as sk
from dealerdesk.domain.levels import FollowUpPolicy, Level
from dealerdesk.domain.lunar import solar_to_lunar
from dealerdesk.services.aftersales.reminders import BIRTHDAY_LOOKBACK_DAYS, HORIZON_DAYS
from dealerdesk.services.demo import data as dd
from dealerdesk.services.demo.aftersales import AfterSales
from dealerdesk.services.demo.data import (
    FIELDS,
    T_CONTACT,
    T_CUSTOMER,
    T_KEY,
    T_PHONE,
    TABLES,
    Cust,
)
from dealerdesk.services.demo.sales import SalesStories
from dealerdesk.store.models import DateField, DateTimeField

BATCH = 2000  # customers per batch (one task for a worker, one transaction for the writer)
#: user ids by role: the staff rows are written first, with ids 1.. in dd.STAFF order
STAFF_IDS: dict[str, list[int]] = {}
for _i, (_login, _name, _role) in enumerate(dd.STAFF, 1):
    STAFF_IDS.setdefault(_role, []).append(_i)
#: the work day's times, one draw picks hour and minute (09:00–18:59)
WORK_TIMES = [time(h, m) for h in range(9, 19) for m in range(60)]
LEVELS = {lv.value: lv for lv in Level}


class Shared:
    """What every batch of one store needs and no batch changes: referrals, policies and pure caches.

    Built once per process (a worker serves many batches); the caches only remember answers of domain
    functions, so they never change the output.
    """

    _cache: ClassVar[dict[tuple, Shared]] = {}

    @classmethod
    def of(cls, seed: int, customers: int, today: date) -> Shared:
        key = (seed, customers, today)
        if key not in cls._cache:
            cls._cache.clear()
            cls._cache[key] = cls(seed, customers, today)
        return cls._cache[key]

    def __init__(self, seed: int, customers: int, today: date) -> None:
        ref_rng = random.Random(seed * 7919 + 17)
        self.referrer = {cid: ref_rng.randrange(1, cid) for cid in range(2, customers + 1)
                         if ref_rng.random() < 0.05}
        self.referrals: dict[int, int] = {}
        for r in self.referrer.values():
            self.referrals[r] = self.referrals.get(r, 0) + 1
        self.fpolicy = FollowUpPolicy.from_settings({})
        self.rpolicy = reminders.ReminderPolicy.from_settings({})
        self.vpolicy = classify.ValuePolicy.from_settings({})
        #: lunar (month, day) of the planner's birthday window (a week back to its horizon and the days ahead);
        #: lunar birthdays elsewhere need no reminder
        ahead = HORIZON_DAYS + self.rpolicy.birthday_days_ahead
        self.lunar_near = {(abs(m), d) for _y, m, d in (solar_to_lunar(today + timedelta(days=k))
                                                        for k in range(-BIRTHDAY_LOOKBACK_DAYS, ahead + 1))}
        self.scores: dict[tuple, tuple[classify.ValueScore, str]] = {}
        self.birthdays: dict[tuple, reminders.ReminderDue | None] = {}
        self.name_keys: dict[str, list[tuple[str, str]]] = {}
        self.dues: dict[tuple, object] = {}
        self.reasons: dict[tuple[str, ...], str] = {}


def batch_count(customers: int) -> int:
    return (customers + BATCH - 1) // BATCH


def _time_columns(model: type) -> tuple[list[int], list[int]]:
    fields = [model._meta.fields[f] for f in FIELDS[model]]
    return ([i for i, f in enumerate(fields) if isinstance(f, DateTimeField)],
            [i for i, f in enumerate(fields) if isinstance(f, DateField)])


_TIME_COLUMNS = [_time_columns(m) for m in TABLES]


def _as_text(rows: list[tuple], position: int) -> list[tuple]:
    """Dates and times as the text sqlite3's adapters would bind (isoformat), made here in the worker: the
    writer process is the bottleneck, and binding text there costs far less than a Python adapter call."""
    stamps, days = _TIME_COLUMNS[position]
    if not rows or not (stamps or days):
        return rows
    columns = list(zip(*rows, strict=False))
    for i in stamps:
        columns[i] = [None if v is None else v.isoformat(" ") for v in columns[i]]
    for i in days:
        columns[i] = [None if v is None else v.isoformat() for v in columns[i]]
    return list(zip(*columns, strict=False))


def generate_batch(seed: int, customers: int, today: date, number: int) -> tuple[list[list[tuple]], list[int]]:
    """(rows per table in TABLES order with batch-local ids, rows per table); top level so a pool can call it."""
    batch = Batch(seed, customers, today, number)
    batch.run()
    return [_as_text(rows, i) for i, rows in enumerate(batch.rows)], batch.n


class Batch(SalesStories, AfterSales):
    """Customers [number * BATCH + 1, ...]: each customer's whole story is written before the next one."""

    def __init__(self, seed: int, customers: int, today: date, number: int) -> None:
        self.shared = s = Shared.of(seed, customers, today)
        self.fpolicy, self.rpolicy, self.vpolicy = s.fpolicy, s.rpolicy, s.vpolicy
        self.number, self.parts = number, batch_count(customers)
        self.first, self.last = number * BATCH + 1, min(customers, (number + 1) * BATCH)
        self.rng = random.Random(f"dealerdesk-demo:{seed}:{number}")
        rnd = self.rng.random
        self.ri = lambda a, b: a + int(rnd() * (b - a + 1))  # randint without its argument checks (hot)
        self.today = today
        self.now = datetime.combine(today, time(8, 30))  # before the store opens
        self.rows: list[list[tuple]] = [[] for _ in TABLES]
        self.n = [0] * len(TABLES)
        self.plates: set[str] = set()
        self.surveyed_visits: set[tuple[int, object]] = set()  # (vehicle, day) with a survey reminder
        # the customer's due maintenance reminders, written once its category is known (a lost customer's only
        # within the look-back: the planner keeps a due maintenance until done unless the customer is lost)
        self.pending_maintenance: list[tuple] = []
        self.sales, self.advisors = STAFF_IDS["sales"], STAFF_IDS["service_advisor"]
        self.desk, self.managers = STAFF_IDS["front_desk"], STAFF_IDS["manager"]

    # --- rows -----------------------------------------------------------------------------------
    def add(self, table: int, *values: object) -> int:
        """Append a row whose first column (the batch-local id) is assigned here; returns the id."""
        n = self.n
        n[table] += 1
        self.rows[table].append((n[table], *values))
        return n[table]

    def reserve(self, table: int) -> int:
        """An id for a row written later (a lead's final state is known only at the end of its story)."""
        self.n[table] += 1
        return self.n[table]

    def put(self, table: int, row_id: int, *values: object) -> None:
        self.rows[table].append((row_id, *values))

    def work_time(self, day: date) -> datetime:
        return datetime.combine(day, WORK_TIMES[int(self.rng.random() * 600)])

    def run(self) -> None:
        for cid in range(self.first, self.last + 1):
            self.customer(cid)

    # --- customer -------------------------------------------------------------------------------
    def customer(self, cid: int) -> None:
        rng, ri, today = self.rng, self.ri, self.today
        rnd = rng.random
        company = rnd() < 0.08
        base = rnd() < (0.45 if company else 0.30)
        has_lead = not base or rnd() < 0.35
        received = self.work_time(today - timedelta(days=ri(1, 455))) if has_lead else None
        bought = [today - timedelta(days=ri(400, 2900))] if base else []
        if base and (company or rnd() < 0.12):
            bought += [today - timedelta(days=ri(400, 2900)) for _ in range(ri(1, 3))]
        bought.sort()
        created = datetime.combine(bought[0], time(10, 0)) if bought else received
        c = Cust(cid, company, rng.choice(self.sales), created)
        c.consent = rnd() < 0.9  # known before the story: its surveys and greetings are planned only with it
        if company:
            name, gender = dd.company_name(rng), ""
            phones = [dd.landline(rng), dd.mobile(rng)]
            for k in range(ri(1, 2)):
                self.add(T_CONTACT, cid, dd.person_name(rng)[0], rng.choice(dd.CONTACT_TITLES),
                         phones[1] if k == 0 else dd.mobile(rng))
        else:
            name, gender = dd.person_name(rng)
            phones = [dd.mobile(rng)]
            if rnd() < 0.10:
                phones.append(dd.mobile(rng))
            elif rnd() < 0.03:
                phones.append(dd.landline(rng))
        self.keys(cid, name, phones)
        referrer = self.shared.referrer.get(cid)
        source = "referral" if referrer else ("returning" if base else dd.weighted(rng, dd.SOURCES))
        for day in bought:
            self.vehicle(c, day, dd.model_index(rng), None, None, rng.choice(("full", "full", "loan")))
        if received is not None:
            self.lead(c, received, source if not base else "returning")
        if rnd() < (0.035 if c.purchases else 0.008):
            self.complaint(c)
        self.profile(c, name, gender, source, referrer)

    def keys(self, cid: int, name: str, phones: list[str]) -> None:
        """Phones and the customer's search keys, as store.keys.customer_key_rows makes them (the name's part
        is cached per name: names repeat and their pinyin readings are the expensive part)."""
        add, put, key_rows = self.add, self.rows[T_KEY].append, self.n
        for i, phone in enumerate(phones):
            landline = "-" in phone
            add(T_PHONE, cid, phone, phone.replace("-", "") if landline else phone,
                "landline" if landline else "mobile", i == 0)
        named = self.shared.name_keys.get(name)
        if named is None:
            named = self.shared.name_keys[name] = [(kind, key[:64]) for kind, key in sk.customer_key_rows(name)]
        pairs = [pair for p in phones for pair in sk.phone_keys(p).rows()]
        if len(phones) > 1:
            pairs = list(dict.fromkeys(pairs))
        n = key_rows[T_KEY]
        for kind, key in named:
            n += 1
            put((n, cid, None, kind, key))
        for kind, key in pairs:
            n += 1
            put((n, cid, None, kind, key[:64]))
        key_rows[T_KEY] = n

    def profile(self, c: Cust, name: str, gender: str, source: str, referrer: int | None) -> None:
        rng, ri, today, shared = self.rng, self.ri, self.today, self.shared
        rnd = rng.random
        birthday = lunar_m = lunar_d = None
        kind = ""
        if not c.company and rnd() < 0.7:
            if rnd() < 0.18:
                kind, lunar_m, lunar_d = "lunar", ri(1, 12), ri(1, 30)
                if rnd() < 0.02:
                    lunar_m = -lunar_m  # born in a leap month
            else:
                kind = "solar"
                birthday = date(ri(1960, 2003), ri(1, 12), ri(1, 28))
                if rnd() < 0.01:  # 29 February: celebrated on the 28th in common years
                    birthday = date(birthday.year - birthday.year % 4, 2, 29)
        consent = c.consent
        if consent and kind:
            month, day = (lunar_m, lunar_d) if kind == "lunar" else (birthday.month, birthday.day)
            memo = (month, day, kind)  # lunar-python needs ~15 ms per conversion: one per distinct date
            if kind == "lunar" and (abs(month), day) not in shared.lunar_near \
                    and not (day == 30 and (abs(month), 29) in shared.lunar_near):
                due = None  # not within the planner's window: no reminder row (pre-filter, same answer)
            else:
                if memo not in shared.birthdays:
                    shared.birthdays[memo] = reminders.birthday_due(
                        month, day, kind == "lunar", today - timedelta(days=BIRTHDAY_LOOKBACK_DAYS), self.rpolicy)
                due = shared.birthdays[memo]
            # as the planner: the next birthday from a week ago, shown within its horizon
            if due is not None and due.due_at.date() <= today + timedelta(days=HORIZON_DAYS):
                self.reminder(due, c.id, None, c.owner, f"c{c.id}")
        city = dd.weighted(rng, dd.CITIES)
        address = (f"深圳市{rng.choice(dd.DISTRICTS)}{rng.choice(dd.STREETS)}{ri(1, 300)}号"
                   if city == "深圳" else f"{city}市")
        income = "" if c.company else dd.weighted(rng, dd.INCOME_LEVELS)
        tags = ",".join(sorted(set(rng.sample(dd.TAGS, ri(0, 2)))))
        category, tier, score, detail = self.classify(c, income)
        for due, vid, advisor, subject in self.pending_maintenance:
            if self.planned(due) or (category != "lost" and self.showing(due)):
                self.reminder(due, c.id, vid, advisor, subject)
        self.pending_maintenance.clear()
        self.put(
            T_CUSTOMER, c.id, name, "company" if c.company else "person", gender, birthday, lunar_m, lunar_d,
            kind, f"{ri(10000000, 2999999999)}@qq.com" if rnd() < 0.2 else "",
            f"wxid_{int(rnd() * 36 ** 8):x}" if rnd() < 0.5 else "", address, city,
            "" if c.company else rng.choice(dd.OCCUPATIONS), income, source, c.owner,
            tags.replace(",", "，") and f"关注：{tags.replace(',', '、')}", tags, consent,
            c.created if consent else None, referrer, category, tier,
            score, detail, False, None, c.last_act, c.created, c.last_act, 1)

    def classify(self, c: Cust, income: str) -> tuple[str, str, int, str]:
        """Category/tier/score via domain.classify; the score's parts are cached (most customers share them)."""
        today, shared = self.today, self.shared
        level = LEVELS[c.open_level] if c.open_level else None
        key = (c.purchases, c.spend, c.visits12, income, shared.referrals.get(c.id, 0), level, c.survey,
               c.open_complaints)
        cached = shared.scores.get(key)
        if cached is None:
            facts = classify.CustomerFacts(
                today=today, purchases=c.purchases, spend_3y_yuan=c.spend, service_visits_12m=c.visits12,
                income_level=income, referrals=key[4], open_lead_level=level, survey=c.survey,
                open_complaints=c.open_complaints)
            score = classify.value_score(facts, self.vpolicy)
            parts = [{"label": p.label, "points": p.points, "max": p.max, "detail": p.detail} for p in score.parts]
            cached = shared.scores[key] = score, json.dumps(
                {"total": score.total, "lifecycle": score.lifecycle, "potential": score.potential,
                 "loyalty": score.loyalty, "parts": parts}, ensure_ascii=False)[:-1]
        score, head = cached
        facts = classify.CustomerFacts(
            today=today, purchases=c.purchases, open_lead_level=level, last_purchase_on=c.last_purchase,
            last_service_on=c.last_service, last_visit_on=c.last_visit, created_on=c.created.date(),
            bought_elsewhere_on=c.bought_elsewhere)
        category, reasons = classify.category_for(facts, score, self.vpolicy)
        tier = classify.tier_for(score, self.vpolicy)
        # the same text customers/classification.classify() writes, so a recompute finds nothing to change
        said = shared.reasons.get(tuple(reasons))
        if said is None:
            said = shared.reasons[tuple(reasons)] = json.dumps(reasons, ensure_ascii=False)
        detail = f'{head}, "tier": "{tier}", "category": "{category}", "reasons": {said}}}'
        return category, tier, score.total, detail
