"""From spreadsheet rows to import entries: clean each row with the domain rules, then resolve duplicates
inside the file and against the store. Nothing here writes.

Why a plan before any write: the dry run, the wizard's validation summary and the real import must give the
same counts, and the all-or-nothing transaction should only contain work that is already known to succeed.

Duplicates inside the file (rows sharing a phone, VIN or plate): with "update" they are merged into one
customer (the first row's values win, later rows fill blanks and add phones and vehicles); with "skip" and
"create" a later row is rejected with the number of the row it repeats, so nothing is doubled or lost unseen.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dealerdesk.domain import catalogue as catalogue_rules
from dealerdesk.domain import import_words, parse, validate
from dealerdesk.domain import phones as phone_ranges
from dealerdesk.domain import text as domain_text
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.transfer.fields import DEAL_NOTE_FIELDS, FIELDS
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, CustomerPhone, User, Vehicle, VehicleModel

CHUNK = 500
TEXT_LIMITS = {"address": 200, "city": 40, "wechat": 60, "occupation": 60, "model": 60, "intended_model": 200}
CUSTOMER_TEXT = ("address", "city", "wechat", "occupation")


@dataclass(slots=True)
class VehicleIn:
    vin: str | None
    plate: str | None
    model: str
    purchase_date: dt.date | None
    existing_id: int | None = None
    existing_owner: int | None = None
    facts: dict | None = None  # the other vehicle columns the row gave (fields.VEHICLE_FACT_FIELDS)
    deal: tuple[int, str] | None = None  # (price, payment method) for its purchase: an order sheet's 成交价, 贷款


@dataclass(slots=True)
class Entry:
    """One customer to create or update, built from one row (or several merged rows in "update" mode)."""

    rows: list[int]
    values: dict  # customer column values (only those the sheet gave)
    phones: list[str]
    vehicles: list[VehicleIn]
    level: str
    intended_model: str
    owner_id: int | None
    target_id: int | None = None  # existing customer to update
    raw: list | None = None  # the row's cells while the entry may still be rejected (for the rejects file)
    owners: set[int] | None = None  # existing customers it matches (find_in_store); None: not looked up
    #: phone → existing customers with another name holding it (a family or company phone: not a match)
    sharers: dict[str, list[int]] | None = None

    def to_tuple(self) -> tuple:
        """Plain tuples pickle ~3x faster than slotted dataclasses (the checked rows cross a process pipe)."""
        return (self.rows, self.values, self.phones,
                [(v.vin, v.plate, v.model, v.purchase_date, v.existing_id, v.existing_owner, v.facts, v.deal)
                 for v in self.vehicles],
                self.level, self.intended_model, self.owner_id, self.target_id, self.raw, self.owners, self.sharers)

    @classmethod
    def from_tuple(cls, t: tuple) -> Entry:
        rows, values, phones, vehicles, level, intended, owner_id, target_id, raw, owners, sharers = t
        return cls(rows, values, phones, [VehicleIn(*v) for v in vehicles], level, intended, owner_id, target_id,
                   raw, owners, sharers)

    def vehicle_keys(self) -> list[tuple[str, str]]:
        """What recognises the customer besides a phone: each VIN and plate."""
        out = []
        for v in self.vehicles:
            if v.vin:
                out.append(("vin", v.vin))
            if v.plate:
                out.append(("plate", v.plate))
        return out


@dataclass
class Plan:
    entries: list[Entry] = field(default_factory=list)
    rejects: dict[int, str] = field(default_factory=dict)  # row number → reason
    skipped: list[int] = field(default_factory=list)
    warnings: list[tuple] = field(default_factory=list)  # (row, column index or "", value, reason)


KEY_LABELS = {"phone": "手机号", "vin": "车架号", "plate": "车牌号"}


class Lookups:
    """Users and catalogue models by the names a sheet uses, read once per import (or given: a worker
    process checking rows gets them from the importing process)."""

    def __init__(self, users: dict[str, int] | None = None, models: dict[str, int] | None = None) -> None:
        if users is not None and models is not None:
            self.users, self.models = users, models
            return
        self.users: dict[str, int] = {}  # active staff only: a sheet's 销售顾问 who left is not an owner
        for uid, login, name in (User.select(User.id, User.login, User.display_name)
                                 .where(User.active == True).tuples()):
            for key in (login.strip().lower(), name.strip().lower()):
                if key:
                    self.users.setdefault(key, uid)
        # a model's name, or its series meaning the series' current model (domain/catalogue.match_model)
        self.models = catalogue_rules.model_lookup(
            catalogue_rules.ModelKey(i, n, s, bool(a), y) for i, n, s, a, y in VehicleModel.select(
                VehicleModel.id, VehicleModel.name, VehicleModel.series, VehicleModel.active,
                VehicleModel.model_year).tuples())

    def model(self, text: str) -> int | None:
        """The catalogue model a 意向车型 cell names, or None (kept as free text)."""
        return self.models.get(catalogue_rules.normal_key(text)) if text else None


_PLAIN_MOBILE_RE = re.compile(r"1[3-9]\d{9}")  # what normalize_phone returns unchanged (the common cell)
#: fields whose parsed value depends only on the cell and repeats from row to row: parsed once per import
_CACHED = {"purchase_date": parse.parse_date, "birthday": parse.parse_date, "gender": parse.parse_gender,
           "level": import_words.import_level, "registration_date": parse.parse_date,
           "insurance_compulsory_until": parse.parse_date, "insurance_commercial_until": parse.parse_date,
           "next_inspection_on": parse.parse_date}
_KM_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(万)?\s*(?:公里|km|KM|千米)?")
MAX_KM = 2_000_000


def parse_km(text: str) -> int:
    """A mileage cell: "23000", "23,000 公里", "2.3万" → 23000. Raises InvalidInput."""
    m = _KM_RE.fullmatch(text.replace(",", "").replace("，", "").strip())
    if not m:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "里程应为公里数，例如 23000（输入的是 {value}）"),
                           field="mileage_km", value=text)
    km = int(round(float(m.group(1)) * (10000 if m.group(2) else 1)))
    if km > MAX_KM:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "里程 {value} 不合理"), field="mileage_km", value=text)
    return km


_MISSING = object()
SHARED_TEXT_LIMIT = 20000  # cache entries; past that, new model/city texts are no longer shared

#: a warning: (column index in the sheet, or "" when it is about the row, the cell's text, the reason)
Issue = tuple


def clean_row(number: int, vals: list, mapping: dict[int, str], lookups: Lookups,
              today: dt.date, cache: dict | None = None) -> tuple[Entry | None, list[str], list[Issue]]:
    """(entry, errors, warnings) for one row; every error names its column in words a clerk knows.

    Only what a customer cannot be created without rejects the row: the name, and one phone, VIN or plate to
    recognise them by. A value that is unknown or unusable in any other column (a level word, a date, a
    gender, an e-mail, one of several phones…) leaves that field empty and comes back as a warning
    (column, value, reason): the customer is imported (issue 22).

    `cache` (one dict per import) keeps the results of cells that repeat (dates, gender, level, source,
    consultant, model, city): 100,000 rows hold a few thousand distinct values there, and the shared
    result strings keep the entries small."""
    if cache is None:
        cache = {}
    cell_text = parse.cell_text
    cells: dict[str, list] = {}
    texts: dict[str, list[str]] = {}
    columns: dict[str, int] = {}  # field → its first column (for the warnings)
    n = len(vals)
    for i, code in mapping.items():
        if i < n and (v := vals[i]) is not None and (t := cell_text(v)):
            got = texts.get(code)
            if got is None:
                cells[code] = [v]
                texts[code] = [t]
                columns[code] = i
            else:
                cells[code].append(v)
                got.append(t)
    errors: list[str] = []
    warnings: list[Issue] = []
    identity_errors: list[str] = []  # a bad phone, VIN or plate: a rejection only when no other one is usable

    def text(code: str) -> str:
        got = texts.get(code)
        if not got:
            return ""
        return got[0] if len(got) == 1 else "；".join(got)

    def shared_text(code: str) -> str:
        """text() of a column that repeats (model, city): one string object per distinct value."""
        t = text(code)
        if len(cache) < SHARED_TEXT_LIMIT:
            return cache.setdefault(("text", t), t)
        return cache.get(("text", t), t)

    def warn(code: str, value: str, reason: str) -> None:
        warnings.append((columns.get(code, ""), value, reason))

    def soft(code: str, fn, value: str):
        """fn(value), or None with a warning (the field left empty)."""
        try:
            return fn(value)
        except InvalidInput as exc:
            warn(code, value, f"{exc}；{FIELDS[code]}留空")
            return None

    def identity(code: str, fn, value: str):
        try:
            return fn(value)
        except InvalidInput as exc:
            identity_errors.append(f"{FIELDS[code]}：{exc}")
            warn(code, value, f"{exc}；{FIELDS[code]}留空")
            return None

    def cached(code: str):
        """parse of the field's first cell, through the cache (the error is cached too): None and a warning
        when the cell cannot be read."""
        got = cells.get(code)
        raw = got[0] if got else None
        key = (code, raw.__class__, raw)
        hit = cache.get(key, _MISSING)
        if hit is _MISSING:
            try:
                hit = (_CACHED[code](raw), None)
            except InvalidInput as exc:
                hit = (None, f"{exc}；{FIELDS[code]}留空")
            cache[key] = hit
        if hit[1] is not None:
            warn(code, texts[code][0], hit[1])
        return hit[0]

    values: dict = {}
    name = None
    try:
        name = validate.normalize_name(text("name"))
    except InvalidInput as exc:
        errors.append(f"{FIELDS['name']}：{exc}")
    if name:
        values["name"] = name
    phones: list[str] = []
    for cell in cells.get("phone", ()):
        if (cell.__class__ is str or cell.__class__ is int) and _PLAIN_MOBILE_RE.fullmatch(str(cell)):
            phone = str(cell)
            if phone not in phones:
                phones.append(phone)
            continue
        for raw in parse.split_phones(cell):
            phone = identity("phone", validate.normalize_phone, raw)
            if phone and phone not in phones:
                phones.append(phone)
    for phone in phones:  # a number on no assigned range is imported as typed, with a warning (issue 29)
        problem = phone_ranges.range_warning(phone)
        if problem is not None:
            warn("phone", phone, problem.text)
    if len(phones) > domain_text.MAX_PHONES:  # hostile input (2,000 numbers in a cell), not a family's phones
        try:
            domain_text.check_phone_count(phones)
        except InvalidInput as exc:
            errors.append(f"{FIELDS['phone']}：{exc}")
    vin = identity("vin", validate.normalize_vin, text("vin")) if "vin" in cells else None
    if vin and not validate.vin_check_digit_ok(vin):
        warn("vin", vin, f"车架号 {vin} 的校验位不对，请核对")
    plate = identity("plate", validate.normalize_plate, text("plate")) if "plate" in cells else None
    purchase = cached("purchase_date") if "purchase_date" in cells else None
    if purchase and purchase > today:
        warn("purchase_date", texts["purchase_date"][0],
             f"{FIELDS['purchase_date']}不能晚于今天（{purchase.isoformat()}）；购车日期留空")
        purchase = None
    birthday = cached("birthday") if "birthday" in cells else None
    if birthday and birthday > today:
        warn("birthday", texts["birthday"][0], f"{FIELDS['birthday']}不能晚于今天（{birthday.isoformat()}）；生日留空")
    elif birthday:
        values["birthday"], values["birthday_kind"] = birthday, "solar"
    if "gender" in cells:
        gender = cached("gender")
        if gender:
            values["gender"] = gender
    level = (cached("level") or "") if "level" in cells else ""
    notes = [text("note")] if "note" in cells else []
    intended = text("intended_model")
    if level in (import_words.BASE, import_words.DEFEATED):
        # no lead is opened: a base customer, or a lead lost before (see domain/import_words.py)
        if level == import_words.DEFEATED:
            notes.append(f"导入时级别：{texts['level'][0]}")
        if intended:
            notes.append(f"意向车型：{intended}")
        level, intended = "", ""
    if "email" in cells:
        email = soft("email", validate.normalize_email, text("email"))
        if email:
            values["email"] = email
    if "source" in cells:
        source_text = text("source")
        key = ("source", texts["source"][0], source_text)
        hit = cache.get(key)
        if hit is None:
            source = parse.parse_source(cells["source"][0])
            hit = cache[key] = (source, f"来源：{source_text}", "来源不认识，记为“其他”并写入备注")
        source = hit[0]
        if source is None:
            notes.append(hit[1])
            warn("source", source_text, hit[2])
            source = "other"
        values["source"] = source
    for code in CUSTOMER_TEXT:
        if code in cells:
            t = shared_text(code) if code == "city" else text(code)
            values[code] = t if len(t) <= TEXT_LIMITS[code] else t[:TEXT_LIMITS[code]]
    deal = _deal(cells, text, warn, notes, purchase is not None) if cells.keys() & _DEAL_KEYS else None
    if notes:
        needs = soft("note", lambda t: domain_text.clean(
            t, field="needs", label=FIELDS["note"], max_length=domain_text.NOTE_MAX, multiline=True), "\n".join(notes))
        if needs:
            values["needs"] = needs
    owner_id = None
    if "consultant" in cells:
        who = text("consultant")
        key = ("consultant", who)
        hit = cache.get(key)
        if hit is None:
            uid = lookups.users.get(who.lower())
            hit = cache[key] = (uid, None if uid is not None else "销售顾问不在用户列表中，客户暂不分配")
        owner_id = hit[0]
        if owner_id is None:
            warn("consultant", who, hit[1])
    if name is None and "name" not in cells and not errors:
        errors.append(f"{FIELDS['name']}：请填写姓名")
    if not errors and not phones and not vin and not plate:
        errors += identity_errors or ["至少需要手机号、车架号或车牌号之一（用来认出老客户，避免重复建档）"]
    if errors:
        return None, errors, []  # the rejects file says why; warnings about its other cells would be noise
    model = shared_text("model")
    model = model if len(model) <= 60 else model[:60]
    vehicles = [VehicleIn(vin, plate, model, purchase,
                          facts=_vehicle_facts(cells, text, cached, warn, purchase, today) or None, deal=deal)] \
        if (vin or plate or purchase) else []
    if owner_id is not None:
        values["owner"] = owner_id
    if intended and lookups.model(intended) is None:
        warn("intended_model", intended, "意向车型不在车型目录中，记为其他意向车型")
    return Entry(rows=[number], values=values, phones=phones, vehicles=vehicles, level=level,
                 intended_model=intended if len(intended) <= 200 else intended[:200], owner_id=owner_id), [], \
        warnings


def _vehicle_facts(cells: dict, text, cached, warn, purchase: dt.date | None, today: dt.date) -> dict:
    """The row's other vehicle columns (上牌日期, 交强险/商业险到期, 下次年检, 保险公司, 里程). A cell that cannot be
    read is left empty with a warning (`cached` and `warn` of clean_row): the customer and the car still come
    in. The purchase date (also the delivery date) is kept as the vehicle's purchase date too."""
    facts: dict = {}
    if purchase is not None:
        facts["purchase_date"] = purchase
    for code in ("registration_date", "insurance_compulsory_until", "insurance_commercial_until",
                 "next_inspection_on"):
        if code not in cells:
            continue
        value = cached(code)  # None, with a warning, when the cell is not a date
        if value is not None and code == "registration_date" and value > today:
            warn(code, text(code), f"{FIELDS[code]}不能晚于今天（{value.isoformat()}）；{FIELDS[code]}留空")
        elif value is not None:
            facts[code] = value
    if "insurer" in cells:
        facts["insurer"] = text("insurer")[:40]
    if "mileage_km" in cells:
        try:
            facts["mileage_km"] = parse_km(text("mileage_km"))
            facts["mileage_date"] = today
        except InvalidInput as exc:
            warn("mileage_km", text("mileage_km"), f"{exc}；{FIELDS['mileage_km']}留空")
    return facts


_DEAL_KEYS = frozenset({"price", "loan", *DEAL_NOTE_FIELDS})


def _deal(cells: dict, text, warn, notes: list[str], purchased: bool) -> tuple[int, str] | None:
    """An order sheet's deal columns (docs/import.md): 成交价 and 贷款 become the purchase's price and payment
    method (贷款 naming a lender: a loan, the lender in the notes); 定金, 置换, 精品 go to the customer's notes
    as "定金：5000" until the order carries them. Without a purchase date there is no purchase: the price
    goes to the notes too. A price that is not an amount is left out with a warning."""
    price = 0
    if "price" in cells:
        try:
            price = import_words.parse_yuan(text("price"))
        except InvalidInput as exc:
            warn("price", text("price"), f"{exc}；{FIELDS['price']}留空")
        if price and not purchased:
            notes.append(f"{FIELDS['price']}：{text('price')}")
    method = ""
    if "loan" in cells:
        method, lender = import_words.loan_word(text("loan"))
        if lender:
            notes.append(f"{FIELDS['loan']}：{lender}")
    for code in DEAL_NOTE_FIELDS:
        if code in cells:
            notes.append(f"{FIELDS[code]}：{text(code)}")
    return (price, method or "full") if purchased and (price or method) else None


def _merge_into(first: Entry, later: Entry) -> None:
    """"update" mode: the first row's values win; the later row fills blanks, adds phones and vehicles."""
    first.rows += later.rows
    if first.owners is not None and later.owners is not None:
        first.owners |= later.owners
    elif later.owners is None:
        first.owners = None  # looked up again, merged, by match_store
    for k, v in later.values.items():
        first.values.setdefault(k, v)
    first.phones += [p for p in later.phones if p not in first.phones]
    del first.phones[domain_text.MAX_PHONES:]  # a customer keeps at most MAX_PHONES (the first rows' win)
    for v in later.vehicles:
        same = next((w for w in first.vehicles if (v.vin and w.vin == v.vin) or (v.plate and w.plate == v.plate)),
                    None)
        if same is None:
            first.vehicles.append(v)
        else:
            same.vin = same.vin or v.vin
            same.plate = same.plate or v.plate
            same.model = same.model or v.model
            same.purchase_date = same.purchase_date or v.purchase_date
            if v.facts:
                same.facts = {**v.facts, **(same.facts or {})}
            if same.existing_id is None and v.existing_id is not None:
                same.existing_id, same.existing_owner = v.existing_id, v.existing_owner
    first.level = first.level or later.level
    first.intended_model = first.intended_model or later.intended_model
    first.owner_id = first.owner_id or later.owner_id


def same_name(name: str) -> str:
    """The form two names are compared in (a phone held under another name is a shared phone)."""
    return "".join(name.split()).casefold()


SHARED_PHONE = "手机号与第{row}行的客户（姓名不同）相同：按家庭或单位共用电话分别建档"


SHARED_IN_STORE = "手机号已属于客户 {ids}（姓名不同）：按家庭或单位共用电话新建客户，两位客户都保留这个号码"


def dedupe_in_file(entries: list[Entry], mode: str, plan: Plan, seen: dict | None = None) -> list[Entry]:
    """Rows sharing a phone under the same name, a VIN or a plate: merged ("update") or the later one rejected
    (see module doc). Rows sharing a phone under different names are two customers (a family's or a
    company's phone), the later one with a warning.

    `seen` carries what earlier chunks of the sheet held (a streamed import), compactly, as a 100,000-row
    sheet has 100,000 phones: a phone → (first holder, its name); (phone, another name) → that holder;
    ("vin"|"plate", value) → holder. A holder is the first entry in "update" mode (later rows merge into
    it), else only its row number (a streamed import must not keep every entry alive)."""
    if seen is None:
        seen = {}
    kept: list[Entry] = []
    for entry in entries:
        name = same_name(entry.values.get("name", ""))
        hits: list[tuple[str, object]] = []
        shared: list[tuple[str, object]] = []  # (phone, first holder under another name)
        for p in entry.phones:
            first = seen.get(p)
            if first is None:
                continue
            if first[1] == name:
                hits.append(("phone", first[0]))
            elif (again := seen.get((p, name))) is not None:
                hits.append(("phone", again))
            else:
                shared.append((p, first[0]))
        hits += [(k[0], seen[k]) for k in entry.vehicle_keys() if k in seen]
        if not hits:
            kept.append(entry)
            for p, first in shared:
                first_row = first if isinstance(first, int) else first.rows[0]
                plan.warnings.append((entry.rows[0], "phone", p, SHARED_PHONE.format(row=first_row)))
        elif mode == "update":
            target = hits[0][1]
            _merge_into(target, entry)
            plan.warnings.append((entry.rows[0], "", "", f"与第{target.rows[0]}行是同一客户，已合并"))
            entry = target
            name = same_name(entry.values.get("name", ""))
        else:
            kind, first = hits[0]
            first_row = first if isinstance(first, int) else first.rows[0]
            plan.rejects[entry.rows[0]] = (
                f"与第{first_row}行重复（{KEY_LABELS[kind]}相同）；同一客户的多辆车请用“更新”方式导入")
            continue
        remembered = entry if mode == "update" else entry.rows[0]
        for p in entry.phones:
            first = seen.get(p)
            if first is None:
                seen[p] = (remembered, name)
            elif first[1] != name:
                seen.setdefault((p, name), remembered)
        for k in entry.vehicle_keys():
            seen.setdefault(k, remembered)
    return kept


def decide(entries: list[Entry], mode: str, plan: Plan, rejected_rows: list,
           seen: dict | None = None) -> list[Entry]:
    """Apply the duplicate choice to checked entries: duplicates inside the file (`dedupe_in_file`, with
    `seen` carrying earlier chunks of a streamed sheet) and in the store (`match_store`). Returns the entries
    to write; the rejected ones' cells go to `rejected_rows` (for the rejects file), every other entry's cells
    are let go."""
    kept = dedupe_in_file(entries, mode, plan, seen)
    kept = match_store(kept, mode, plan)
    ids = {id(e) for e in kept}
    for entry in entries:
        if id(entry) not in ids and entry.rows[0] in plan.rejects and entry.raw is not None:
            rejected_rows.append((entry.rows[0], entry.raw))
    for entry in entries:
        entry.raw = None
    return kept


def _chunks(items: list, n: int = CHUNK):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _select_in(model, columns: tuple, column, values: list) -> list[tuple]:
    """Rows (as tuples of `columns`) whose `column` is one of `values`, in chunks. Plain SQL text: peewee
    builds an expression object per value, which cost more than the queries on a 100,000-row sheet."""
    if not values:
        return []
    database = db.obj
    table = model._meta.table_name
    names = ", ".join(f'"{c.column_name}"' for c in columns)
    out: list[tuple] = []
    for chunk in _chunks(values):
        marks = ", ".join([database.param] * len(chunk))
        out += database.execute_sql(
            f'SELECT {names} FROM "{table}" WHERE "{column.column_name}" IN ({marks})', chunk).fetchall()
    return out


def has_identities() -> bool:
    """Whether the store holds any phone or vehicle an entry could match (not so before a first import)."""
    return db.obj.execute_sql("SELECT EXISTS (SELECT 1 FROM customer_phone) OR EXISTS (SELECT 1 FROM vehicle)"
                              ).fetchone()[0] == 1


def find_in_store(entries: list[Entry]) -> None:
    """Look the entries' phones, VINs and plates up in the store: sets `entry.owners` (customers with one
    of its phones or owning one of its vehicles) and each vehicle's `existing_id`/`existing_owner`. Only
    reads; a worker process checking a big sheet does this on its own read-only connection."""
    phones = sorted({p.replace("-", "") for e in entries for p in e.phones})
    vins = sorted({v.vin for e in entries for v in e.vehicles if v.vin})
    plates = sorted({v.plate for e in entries for v in e.vehicles if v.plate})
    by_phone: dict[str, dict[int, str]] = {}  # digits → {customer: name as compared}
    found_phones = _select_in(CustomerPhone, (CustomerPhone.digits, CustomerPhone.customer), CustomerPhone.digits,
                              phones)
    names = dict(_select_in(Customer, (Customer.id, Customer.name), Customer.id,
                            sorted({cid for _d, cid in found_phones})))
    for digits, cid in found_phones:
        by_phone.setdefault(digits, {})[cid] = same_name(names.get(cid, ""))
    by_vin: dict[str, tuple[int, int | None]] = {}
    by_plate: dict[str, tuple[int, int | None]] = {}
    for column, values, out in ((Vehicle.vin, vins, by_vin), (Vehicle.plate, plates, by_plate)):
        found = sorted(_select_in(Vehicle, (Vehicle.id, column, Vehicle.owner), column, values))
        for vid, key, owner in found:  # by id: the oldest vehicle with that VIN/plate wins
            out.setdefault(key, (vid, owner))
    for entry in entries:
        owners: set[int] = set()
        name = same_name(entry.values.get("name", ""))
        entry.sharers = None
        for p in entry.phones:
            for cid, held_by in by_phone.get(p.replace("-", ""), {}).items():
                if held_by == name:
                    owners.add(cid)
                else:
                    entry.sharers = entry.sharers or {}
                    entry.sharers.setdefault(p, []).append(cid)
        for v in entry.vehicles:
            hit = by_vin.get(v.vin or "") or by_plate.get(v.plate or "")
            if hit:
                v.existing_id, v.existing_owner = hit
                if hit[1] is not None:
                    owners.add(hit[1])
        entry.owners = owners


def match_store(entries: list[Entry], mode: str, plan: Plan) -> list[Entry]:
    """Find existing customers and vehicles by phone, VIN and plate (unless find_in_store already did),
    then apply the duplicate choice."""
    find_in_store([e for e in entries if e.owners is None])
    kept: list[Entry] = []
    for entry in entries:
        owners = entry.owners or set()
        found_vehicle = any(v.existing_id is not None for v in entry.vehicles)
        if not owners and not found_vehicle:
            kept.append(entry)
            for phone, sharers in (entry.sharers or {}).items():
                plan.warnings.append((entry.rows[0], "phone", phone, SHARED_IN_STORE.format(
                    ids="、".join(str(c) for c in sharers))))
        elif mode == "skip":
            plan.skipped += entry.rows
        elif mode == "create":
            if found_vehicle:
                plan.rejects[entry.rows[0]] = ("车辆（车架号或车牌号）已在系统中；“新建”方式不会重复建同一辆车，"
                                               "请改用“更新”或“跳过”")
                continue
            plan.warnings.append((entry.rows[0], "", "", "手机号已属于已有客户，按“新建”方式仍新建了客户"))
            kept.append(entry)
        elif len(owners) > 1:
            for n in entry.rows:
                plan.rejects[n] = ("同时符合多位已有客户（客户编号 "
                                   + "、".join(str(c) for c in sorted(owners)) + "），请先在系统里合并再导入")
        else:
            entry.target_id = next(iter(owners)) if owners else None
            kept.append(entry)
    return kept
