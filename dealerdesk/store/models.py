"""peewee models: one class per entity in docs/dev/domain.md, bound to the deferred `db` proxy.

Columns are named as in docs/dev/glossary.md. Times are naive datetimes in store-local time. Enumerated values
are short code strings (the UI maps them to labels), so the schema stays portable between SQLite and
PostgreSQL. Tables are created by the numbered migrations (store/migrations), never by `create_tables` at
start-up: `tests/store/test_migrations.py` checks that migrating a fresh database yields exactly these models.
"""
from __future__ import annotations

import datetime as dt
import json

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from dealerdesk.store.db import db


class FlagField(BooleanField):
    """A yes/no column stored as INTEGER 0/1 on every backend (SQLite has no other boolean; on PostgreSQL the
    same type keeps the migrations' DDL and raw SQL such as `archived = 0` valid there too)."""

    field_type = "INTEGER"

    def db_value(self, value):
        return None if value is None else int(bool(value))


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    """A manager's or admin's override of a default in config.SETTINGS_DEFAULTS (value is JSON text)."""

    key = CharField(primary_key=True, max_length=100)
    value = TextField()
    updated_at = DateTimeField(default=_now)
    updated_by = CharField(max_length=40, default="")

    @classmethod
    def read(cls, key: str, default: object = None) -> object:
        """The stored value of `key` (decoded from its JSON text), or `default` when the store has none."""
        value = cls.select(cls.value).where(cls.key == key).scalar()
        return default if value is None else json.loads(value)

    @classmethod
    def put(cls, key: str, value: str, updated_by: str) -> None:
        """Insert or overwrite one setting: an upsert (INSERT … ON CONFLICT DO UPDATE), the same statement on
        SQLite and PostgreSQL (SQLite's INSERT OR REPLACE has no PostgreSQL form)."""
        (cls.insert(key=key, value=value, updated_at=_now(), updated_by=updated_by)
         .on_conflict(conflict_target=[cls.key], preserve=[cls.value, cls.updated_at, cls.updated_by])
         .execute())


class User(BaseModel):
    id = AutoField()
    login = CharField(max_length=40, unique=True)
    display_name = CharField(max_length=40)
    role = CharField(max_length=20, index=True)  # front_desk sales service_advisor manager admin
    password_hash = CharField(max_length=200, default="")  # Argon2id only (services/passwords.py); "" = none
    active = FlagField(default=True)
    created_at = DateTimeField(default=_now)
    technician = FlagField(default=False)
    failed_logins = IntegerField(default=0)  # failed logins in a row, reset by a successful one
    last_failed_at = DateTimeField(null=True)
    phone = CharField(max_length=20, default="")  # since schema 15: the staff list
    department = CharField(max_length=40, default="")


class VehicleModel(BaseModel):
    """The store's catalogue of models it sells (意向车型 / 购买车型)."""

    id = AutoField()
    brand = CharField(max_length=40)
    name = CharField(max_length=60, unique=True)
    segment = CharField(max_length=20, default="")
    price = IntegerField(default=0)  # guide price, yuan
    active = FlagField(default=True)
    series = CharField(max_length=40, default="", index=True)  # 车系: "凯美瑞" finds its current model
    fuel = CharField(max_length=10, default="petrol")  # domain/catalogue.FUELS
    body = CharField(max_length=10, default="")  # domain/catalogue.BODIES
    model_year = IntegerField(default=0)
    service_months = IntegerField(default=0)  # maintenance interval; 0: not set
    service_km = IntegerField(default=0)
    inspection_rule = CharField(max_length=12, default="private")  # domain/catalogue.INSPECTION_RULES
    own_brand = FlagField(default=True)  # False: a competitor's model (defeat analysis, free typing)


class Customer(BaseModel):
    id = AutoField()
    name = CharField(max_length=60)
    kind = CharField(max_length=10, default="person")  # person | company (key account)
    gender = CharField(max_length=1, default="")  # "" | M | F
    birthday = DateField(null=True)  # solar birthday
    lunar_birthday_month = IntegerField(null=True)  # negative = leap month (lunar-python convention)
    lunar_birthday_day = IntegerField(null=True)
    birthday_kind = CharField(max_length=5, default="")  # "" | solar | lunar: which one the customer celebrates
    email = CharField(max_length=120, default="")
    wechat = CharField(max_length=60, default="")
    address = CharField(max_length=200, default="")
    city = CharField(max_length=40, default="", index=True)
    occupation = CharField(max_length=60, default="")
    income_level = CharField(max_length=10, default="")  # "" low mid high very_high
    source = CharField(max_length=12, default="other", index=True)
    owner = ForeignKeyField(User, null=True, backref="customers", index=True, on_delete="SET NULL")
    needs = TextField(default="")
    tags = CharField(max_length=200, default="")
    consent = FlagField(default=False)
    consent_at = DateTimeField(null=True)
    referred_by = ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL", index=False)
    category = CharField(max_length=12, default="general", index=True)  # high_value potential general lost
    tier = CharField(max_length=4, default="low", index=True)  # high mid low
    value_score = IntegerField(default=0)
    score_detail = TextField(default="")  # JSON: the parts of the score and the category reasons
    archived = FlagField(default=False)  # (archived, …) composite indexes (schema 4, 6)
    merged_into = ForeignKeyField("self", null=True, backref="merged", on_delete="SET NULL", index=False)
    last_activity_at = DateTimeField(default=_now, index=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    version = IntegerField(default=1)  # optimistic locking (two PCs on one PostgreSQL store)
    erased_at = DateTimeField(null=True)  # PIPL erasure: the row stays, anonymous, for the statistics
    erased_had_phone = FlagField(default=False)  # so the funnel's "registered" still counts it


class CustomerPhone(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    phone = CharField(max_length=20)  # normal form: 11-digit mobile or "area-number" landline
    digits = CharField(max_length=20, index=True)
    kind = CharField(max_length=10, default="mobile")  # mobile | landline
    is_primary = FlagField(default=False)


class ContactPerson(BaseModel):
    """A contact person of a company customer (key account, 大客户)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=60)
    title = CharField(max_length=60, default="")
    phone = CharField(max_length=20, default="")
    phone2 = CharField(max_length=20, default="")  # since schema 12
    is_main = FlagField(default=False)  # the main contact (主要联系人), since schema 12


class Vehicle(BaseModel):
    id = AutoField()
    vin = CharField(max_length=17, null=True, unique=True)
    plate = CharField(max_length=10, null=True, index=True)
    model = ForeignKeyField(VehicleModel, null=True, backref="vehicles", on_delete="SET NULL")
    model_name = CharField(max_length=60, default="")  # free text when the model is not in the catalogue
    colour = CharField(max_length=20, default="")
    registration_date = DateField(null=True)
    delivered_on = DateField(null=True)
    mileage_km = IntegerField(default=0)
    seats = IntegerField(default=5)
    use = CharField(max_length=12, default="private")  # private | commercial
    energy = CharField(max_length=6, default="fuel")  # fuel | nev
    insurance_compulsory_until = DateField(null=True)
    insurance_commercial_until = DateField(null=True)
    owner = ForeignKeyField(Customer, null=True, backref="vehicles", index=True, on_delete="SET NULL")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    version = IntegerField(default=1)
    # schema 14: the facts the counter enters by hand
    purchase_date = DateField(null=True)
    bought_here = FlagField(default=False)
    bought_where = CharField(max_length=60, default="")  # the other seller when not bought here
    mileage_date = DateField(null=True)  # when mileage_km was read
    insurer = CharField(max_length=40, default="")
    next_inspection_on = DateField(null=True)  # set by hand; None: computed from the inspection rules


class OwnershipTransfer(BaseModel):
    """过户: the vehicle keeps its history; who owned it and when is kept here."""

    id = AutoField()
    vehicle = ForeignKeyField(Vehicle, backref="transfers", on_delete="CASCADE")
    from_customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    to_customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    transferred_at = DateTimeField(default=_now)
    by_user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    note = CharField(max_length=200, default="")


class InsuranceRenewal(BaseModel):
    """续保: a renewal talk that ended — renewed (insurer, premium, kind, new expiry) or lost to another insurer."""

    id = AutoField()
    vehicle = ForeignKeyField(Vehicle, backref="renewals", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    renewed_on = DateField()
    outcome = CharField(max_length=8)  # renewed | lost
    kind = CharField(max_length=12)  # compulsory | commercial | both
    insurer = CharField(max_length=40, default="")
    premium = DecimalField(max_digits=12, decimal_places=2, default=0)
    compulsory_until = DateField(null=True)
    commercial_until = DateField(null=True)
    note = CharField(max_length=200, default="")
    by_user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)


class SearchKey(BaseModel):
    """Indexed search keys (kind, key) so a search is a few index range look-ups, never a table scan.

    Kinds and their meaning are defined in domain/search_keys.py (name, name2 grams, pinyin, phone and its
    reversal for tails, plate, plate without province, plate grams, VIN and its reversal).
    """

    id = AutoField()
    customer = ForeignKeyField(Customer, null=True, backref="search_keys", on_delete="CASCADE", index=False)
    vehicle = ForeignKeyField(Vehicle, null=True, backref="search_keys", on_delete="CASCADE", index=False)
    kind = CharField(max_length=12)
    key = CharField(max_length=64)

    class Meta:
        # Both covering (schema 5): (kind, key, customer) answers "who has keys in this range" from the index
        # alone; (customer, kind, key) answers "does this customer have such a key" while walking customers
        # in recency order. See store/search_index.py.
        indexes = ((("kind", "key", "customer"), False), (("customer", "kind", "key"), False))


# Schema 7: only the rows with a vehicle (about 40 %) are in the vehicle_id index; every look-up is vehicle_id = ?
SearchKey.add_index(SearchKey.index(SearchKey.vehicle, name="search_key_vehicle_id",
                                    where=SearchKey.vehicle.is_null(False)))


class Lead(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="leads", on_delete="CASCADE")
    owner = ForeignKeyField(User, null=True, backref="leads", index=True, on_delete="SET NULL")
    source = CharField(max_length=12, default="other")
    level = CharField(max_length=1, default="N", index=True)
    status = CharField(max_length=16, default="open", index=True)  # open defeat_pending defeated cancelled delivered
    model = ForeignKeyField(VehicleModel, null=True, backref="leads", on_delete="SET NULL")  # main intended model
    other_models = CharField(max_length=200, default="")
    colour = CharField(max_length=20, default="")
    budget = IntegerField(null=True)  # yuan
    payment_intent = CharField(max_length=8, default="")  # full | loan | lease
    competitors = CharField(max_length=200, default="")
    received_at = DateTimeField(default=_now, index=True)
    last_contact_at = DateTimeField(null=True)
    next_follow_up_at = DateTimeField(null=True, index=True)
    defeat_reason = CharField(max_length=20, default="")
    defeat_competitor = CharField(max_length=80, default="")
    defeat_note = TextField(default="")
    defeat_requested_at = DateTimeField(null=True)
    defeat_decided_at = DateTimeField(null=True)
    defeat_decided_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    closed_at = DateTimeField(null=True, index=True)
    created_at = DateTimeField(default=_now, index=True)
    updated_at = DateTimeField(default=_now)
    version = IntegerField(default=1)


class LevelChange(BaseModel):
    id = AutoField()
    lead = ForeignKeyField(Lead, backref="level_changes", on_delete="CASCADE", index=False)  # (lead, changed_at)
    from_level = CharField(max_length=1, default="")
    to_level = CharField(max_length=1)
    changed_at = DateTimeField(default=_now, index=True)
    changed_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    reason = CharField(max_length=200, default="")


class Interaction(BaseModel):
    """互动记录: every contact. Channels: phone sms wechat email visit test_drive home_visit."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="interactions", on_delete="CASCADE")
    lead = ForeignKeyField(Lead, null=True, backref="interactions", on_delete="SET NULL")
    user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    at = DateTimeField(default=_now, index=True)
    channel = CharField(max_length=12, index=True)
    place = CharField(max_length=60, default="")
    content = TextField(default="")
    result = CharField(max_length=200, default="")
    next_step = CharField(max_length=200, default="")
    methods = CharField(max_length=60, default="")  # schema 12: "visit,test_drive,quote" (labels.WALK_IN_METHOD)
    driven_model = CharField(max_length=60, default="")  # schema 12: the model driven on a test drive


class FollowUp(BaseModel):
    """A planned (and later done) contact on a lead. The post-delivery call is the D lead's follow-up."""

    id = AutoField()
    lead = ForeignKeyField(Lead, backref="follow_ups", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, backref="follow_ups", on_delete="CASCADE")
    owner = ForeignKeyField(User, null=True, backref="+", index=True, on_delete="SET NULL")
    kind = CharField(max_length=20, default="follow_up")  # follow_up | post_delivery_call
    level = CharField(max_length=1, default="")  # the lead's level when it was planned
    due_at = DateTimeField(index=True)
    overdue_at = DateTimeField()
    status = CharField(max_length=10, default="planned")  # planned done cancelled; (status, due_at) index
    snoozed_until = DateTimeField(null=True)
    done_at = DateTimeField(null=True)
    done_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    interaction = ForeignKeyField(Interaction, null=True, backref="+", on_delete="SET NULL", index=False)


class SalesOrder(BaseModel):
    """订单 (level O): the deal; delivered or cancelled (T) later."""

    id = AutoField()
    lead = ForeignKeyField(Lead, backref="orders", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, backref="orders", on_delete="CASCADE")
    model = ForeignKeyField(VehicleModel, null=True, backref="+", on_delete="SET NULL")
    price = IntegerField(default=0)
    payment_method = CharField(max_length=8, default="full")
    ordered_at = DateTimeField(default=_now, index=True)
    by_user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    status = CharField(max_length=10, default="open", index=True)  # open delivered cancelled
    cancel_reason = CharField(max_length=200, default="")
    cancelled_at = DateTimeField(null=True)


class Purchase(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="purchases", on_delete="CASCADE")
    order = ForeignKeyField(SalesOrder, null=True, backref="+", on_delete="SET NULL", index=False)
    vehicle = ForeignKeyField(Vehicle, null=True, backref="purchases", on_delete="SET NULL")
    model_name = CharField(max_length=60, default="")
    purchased_on = DateField(index=True)
    price = IntegerField(default=0)
    payment_method = CharField(max_length=8, default="full")
    channel = CharField(max_length=20, default="store")  # store official_site used_market other
    elsewhere = FlagField(default=False)  # schema 12: bought from another dealer (他店购车)


class Delivery(BaseModel):
    id = AutoField()
    order = ForeignKeyField(SalesOrder, backref="deliveries", on_delete="CASCADE")
    lead = ForeignKeyField(Lead, backref="deliveries", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, backref="deliveries", on_delete="CASCADE")
    vehicle = ForeignKeyField(Vehicle, null=True, backref="+", on_delete="SET NULL")
    delivered_at = DateTimeField(default=_now, index=True)
    by_user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    # since schema 18: the checklist's reason for items not done, and the insurance bought at delivery
    checklist_reason = CharField(max_length=200, default="")
    insurer = CharField(max_length=40, default="")
    compulsory_premium = DecimalField(max_digits=12, decimal_places=2, default=0)
    commercial_premium = DecimalField(max_digits=12, decimal_places=2, default=0)
    insurance_cover = CharField(max_length=200, default="")
    insurance_start = DateField(null=True)


class ServiceRecord(BaseModel):
    """服务记录: maintenance repair insurance renewal warranty."""

    id = AutoField()
    vehicle = ForeignKeyField(Vehicle, backref="service_records", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, null=True, backref="service_records", on_delete="SET NULL")
    kind = CharField(max_length=12, index=True)
    service_date = DateField(index=True)
    mileage_km = IntegerField(default=0)
    content = TextField(default="")
    parts_cost = DecimalField(max_digits=12, decimal_places=2, default=0)
    labour_cost = DecimalField(max_digits=12, decimal_places=2, default=0)
    advisor = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)


class Complaint(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="complaints", on_delete="CASCADE")
    received_at = DateTimeField(default=_now, index=True)
    channel = CharField(max_length=12, default="phone")
    category = CharField(max_length=20, default="other")
    content = TextField(default="")
    owner = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    status = CharField(max_length=12, default="open", index=True)  # open in_progress resolved closed
    first_response_due = DateTimeField(null=True)
    resolve_due = DateTimeField(null=True, index=True)
    first_responded_at = DateTimeField(null=True)
    resolved_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    escalated_at = DateTimeField(null=True)
    resolution = TextField(default="")


class Survey(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="surveys", on_delete="CASCADE")
    service_record = ForeignKeyField(ServiceRecord, null=True, backref="+", on_delete="SET NULL")
    delivery = ForeignKeyField(Delivery, null=True, backref="+", on_delete="SET NULL")
    taken_at = DateTimeField(default=_now, index=True)
    channel = CharField(max_length=12, default="phone")
    overall = CharField(max_length=20)  # very_satisfied satisfied neutral dissatisfied very_dissatisfied
    product_quality = CharField(max_length=20, default="")
    service_attitude = CharField(max_length=20, default="")
    after_sales = CharField(max_length=20, default="")
    repurchase = CharField(max_length=8, default="")  # gt70 30to70 lt30
    recommend = CharField(max_length=12, default="")  # very_likely maybe no
    comments = TextField(default="")
    by_user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")


class Reminder(BaseModel):
    """A reminder that is not a lead follow-up (maintenance, insurance, birthday, complaint deadline, …).

    `dedupe_key` (kind + subject + due date) keeps one row per due thing however often reminders are planned.
    """

    id = AutoField()
    kind = CharField(max_length=24, index=True)
    customer = ForeignKeyField(Customer, null=True, backref="reminders", on_delete="CASCADE")
    vehicle = ForeignKeyField(Vehicle, null=True, backref="reminders", on_delete="CASCADE")
    owner = ForeignKeyField(User, null=True, backref="+", index=True, on_delete="SET NULL")
    due_at = DateTimeField(index=True)
    overdue_at = DateTimeField()
    status = CharField(max_length=10, default="open", index=True)  # open done dismissed
    snoozed_until = DateTimeField(null=True)
    done_at = DateTimeField(null=True)
    done_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    note = CharField(max_length=200, default="")
    detail = TextField(default="")  # JSON parameters for the message
    dedupe_key = CharField(max_length=120, unique=True)


class AuditLog(BaseModel):
    """Append-only, hash-chained (domain/audit_chain.py): who did what to which record (phone numbers never
    written here in clear). `customer_id` is whom the row is about; `redacted_by` the erasure that blanked it."""

    id = AutoField()
    at = DateTimeField(default=_now, index=True)
    user_login = CharField(max_length=40, default="")
    action = CharField(max_length=40)
    entity = CharField(max_length=30)
    entity_id = IntegerField(null=True)
    detail = TextField(default="")
    customer_id = IntegerField(null=True)  # partial index (schema 10)
    detail_digest = CharField(max_length=64, default="")
    prev_hash = CharField(max_length=64, default="")
    hash = CharField(max_length=64, default="")
    redacted_by = IntegerField(null=True)

    class Meta:
        indexes = ((("action", "at"), False),)


AuditLog.add_index(AuditLog.index(AuditLog.customer_id, name="audit_log_customer_id",
                                  where=AuditLog.customer_id.is_null(False)))


# Schema 9: references most rows leave empty are indexed only where set (every look-up is `col = ?`).
for _model, _field in ((Customer, Customer.merged_into), (Customer, Customer.referred_by),
                       (Lead, Lead.defeat_decided_by), (FollowUp, FollowUp.done_by),
                       (FollowUp, FollowUp.interaction), (Purchase, Purchase.order)):
    _model.add_index(_model.index(_field, name=f"{_model._meta.table_name}_{_field.column_name}",
                                  where=_field.is_null(False)))

ALL_MODELS: list[type[BaseModel]] = [
    Setting, User, VehicleModel, Customer, CustomerPhone, ContactPerson, Vehicle, OwnershipTransfer, SearchKey,
    Lead, LevelChange, Interaction, FollowUp, SalesOrder, Purchase, Delivery, ServiceRecord, Complaint, Survey,
    Reminder, AuditLog,
]


class NoticeSent(BaseModel):
    """Which due item the notifier has already announced (so no repeats after a restart). Since schema 2."""

    key = CharField(primary_key=True, max_length=120)
    notified_at = DateTimeField(default=_now)


ALL_MODELS.append(NoticeSent)


# --- service reception (预约 / 接待 / 工单), since schema 3 ---------------------------------------------

class ServiceCatalogueItem(BaseModel):
    """The small editable catalogue of parts and labour the advisor quotes from."""

    id = AutoField()
    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=60)
    kind = CharField(max_length=6)  # part | labour
    unit_price = DecimalField(max_digits=12, decimal_places=2, default=0)  # labour: hours × rate
    active = FlagField(default=True)
    hours = DecimalField(max_digits=10, decimal_places=2, default=0)  # labour: standard hours (工时)
    rate = DecimalField(max_digits=12, decimal_places=2, default=0)  # labour: yuan per hour
    unit = CharField(max_length=10, default="")  # part: 升, 个, 套 …


class ServicePackage(BaseModel):
    """套餐 (小保养 = oil + filter + labour): its price is the sum of its lines, or a fixed price."""

    id = AutoField()
    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=60)
    fixed_price = DecimalField(max_digits=12, decimal_places=2, null=True)
    active = FlagField(default=True)


class ServicePackageLine(BaseModel):
    id = AutoField()
    package = ForeignKeyField(ServicePackage, backref="lines", on_delete="CASCADE")
    item = ForeignKeyField(ServiceCatalogueItem, backref="+", on_delete="CASCADE")
    qty = DecimalField(max_digits=10, decimal_places=2, default=1)


class Appointment(BaseModel):
    """预约: one booking in an advisor's slot. status: booked arrived no_show cancelled."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="appointments", on_delete="CASCADE")
    vehicle = ForeignKeyField(Vehicle, null=True, backref="appointments", on_delete="SET NULL")
    advisor = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    start = DateTimeField(index=True)
    requested_work = TextField(default="")
    status = CharField(max_length=10, default="booked", index=True)
    reminder = ForeignKeyField(Reminder, null=True, backref="+", on_delete="SET NULL")  # booked from it
    reschedules = IntegerField(default=0)
    cancel_reason = CharField(max_length=200, default="")
    status_at = DateTimeField(null=True)  # when it arrived / was cancelled / marked no-show
    created_at = DateTimeField(default=_now)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("advisor", "start"), False),)


class NumberCounter(BaseModel):
    """The last number handed out per series and year; updated in the same transaction as the insert."""

    id = AutoField()
    name = CharField(max_length=20)
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("name", "year"), True),)


class RepairOrder(BaseModel):
    """工单: from check-in to hand-over and settlement. status: see domain.reception.ORDER_STATUSES."""

    id = AutoField()
    number = CharField(max_length=20, unique=True)
    appointment = ForeignKeyField(Appointment, null=True, backref="+", on_delete="SET NULL")
    customer = ForeignKeyField(Customer, backref="repair_orders", on_delete="CASCADE")
    vehicle = ForeignKeyField(Vehicle, backref="repair_orders", on_delete="CASCADE")
    advisor = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    service_kind = CharField(max_length=12, default="maintenance")
    status = CharField(max_length=14, default="waiting", index=True)
    checked_in_at = DateTimeField(default=_now, index=True)
    mileage_km = IntegerField(default=0)
    fuel_level = IntegerField(default=50)  # percent
    damage = TextField(default="")
    belongings = TextField(default="")
    complaint = TextField(default="")
    promised_at = DateTimeField(null=True)
    quote_accepted_at = DateTimeField(null=True)
    quote_accepted_by = CharField(max_length=60, default="")
    quoted_total = DecimalField(max_digits=12, decimal_places=2, default=0)
    ready_at = DateTimeField(null=True)
    settled_at = DateTimeField(null=True, index=True)
    final_total = DecimalField(max_digits=12, decimal_places=2, default=0)
    discount = DecimalField(max_digits=12, decimal_places=2, default=0)
    discount_reason = CharField(max_length=200, default="")
    payable = DecimalField(max_digits=12, decimal_places=2, default=0)
    payment_method = CharField(max_length=12, default="")
    service_record = ForeignKeyField(ServiceRecord, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField(default=_now)


class RepairItem(BaseModel):
    """One part or labour line. Extra work (增项) lines share an `extra_group` and are approved together."""

    id = AutoField()
    order = ForeignKeyField(RepairOrder, backref="items", on_delete="CASCADE")
    job = CharField(max_length=80, default="")  # the repair item the line belongs to
    kind = CharField(max_length=6)  # part | labour
    catalogue_item = ForeignKeyField(ServiceCatalogueItem, null=True, backref="+", on_delete="SET NULL")
    name = CharField(max_length=60)
    qty = DecimalField(max_digits=10, decimal_places=2, default=1)
    unit_price = DecimalField(max_digits=12, decimal_places=2, default=0)
    final_qty = DecimalField(max_digits=10, decimal_places=2, null=True)  # null: as quoted
    final_unit_price = DecimalField(max_digits=12, decimal_places=2, null=True)
    is_extra = FlagField(default=False)
    extra_group = IntegerField(default=0)
    approval = CharField(max_length=10, default="quoted")  # quoted approved declined
    decided_at = DateTimeField(null=True)
    decided_channel = CharField(max_length=10, default="")
    decided_by = CharField(max_length=60, default="")  # who on the customer's side
    added_at = DateTimeField(default=_now)


class RepairStatusChange(BaseModel):
    id = AutoField()
    order = ForeignKeyField(RepairOrder, backref="status_changes", on_delete="CASCADE")
    from_status = CharField(max_length=14, default="")
    to_status = CharField(max_length=14)
    changed_at = DateTimeField(default=_now, index=True)
    changed_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    note = CharField(max_length=200, default="")


ALL_MODELS.extend([ServiceCatalogueItem, Appointment, NumberCounter, RepairOrder, RepairItem, RepairStatusChange])
ALL_MODELS.extend([ServicePackage, ServicePackageLine])  # since schema 13

# since schema 14 (insurance renewals on the vehicle)
ALL_MODELS.append(InsuranceRenewal)


class StoreAsset(BaseModel):
    """A binary piece of the store's profile (the logo), kept in the database so every PC prints the same.
    Since schema 15; services/store_profile.py reads and writes it."""

    key = CharField(primary_key=True, max_length=40)
    data = BlobField()
    mime = CharField(max_length=40, default="")
    updated_at = DateTimeField(default=_now)
    updated_by = CharField(max_length=40, default="")


ALL_MODELS.append(StoreAsset)


class WorkAssignment(BaseModel):
    """派工 (schema 17): one repair-order line given to one technician, with its start and finish."""

    id = AutoField()
    item = ForeignKeyField(RepairItem, unique=True, backref="+", on_delete="CASCADE")
    technician = ForeignKeyField(User, backref="+")
    assigned_at = DateTimeField(default=_now)
    assigned_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    started_at = DateTimeField(null=True)
    finished_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("technician", "finished_at"), False),)


ALL_MODELS.append(WorkAssignment)


class DeliveryCheck(BaseModel):
    """交车确认 (schema 18): one checklist item of a delivery (domain/delivery_checklist.ITEMS)."""

    id = AutoField()
    delivery = ForeignKeyField(Delivery, backref="checks", on_delete="CASCADE")
    code = CharField(max_length=20)
    done = FlagField(default=False)
    quantity = IntegerField(default=0)  # keys handed over

    class Meta:
        indexes = ((("delivery", "code"), True),)


ALL_MODELS.append(DeliveryCheck)
# --- store events (客户活动), since schema 19 ------------------------------------------------------------

class Event(BaseModel):
    """客户活动: a launch, test-drive day, salon, auto show, community event or owner party (labels.EVENT_KIND).
    status: planned | cancelled (a cancelled event keeps its invitations for the record)."""

    id = AutoField()
    name = CharField(max_length=80)
    kind = CharField(max_length=16)
    starts_at = DateTimeField(index=True)
    place = CharField(max_length=100, default="")
    target = CharField(max_length=200, default="")  # whom it is for, in words (the segment's description)
    note = TextField(default="")
    status = CharField(max_length=10, default="planned")
    cancel_reason = CharField(max_length=200, default="")
    cancelled_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class EventInvitation(BaseModel):
    """One customer invited to one event, and their reply (labels.EVENT_REPLY: none yes no maybe)."""

    id = AutoField()
    event = ForeignKeyField(Event, backref="invitations", on_delete="CASCADE", index=False)  # (event, customer)
    customer = ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    invited_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    invited_at = DateTimeField(default=_now)
    reply = CharField(max_length=6, default="none")
    replied_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("event", "customer"), True),)


class EventAttendance(BaseModel):
    """One customer checked in at an event's door; `walk_in`: registered on the spot, not invited."""

    id = AutoField()
    event = ForeignKeyField(Event, backref="attendance", on_delete="CASCADE", index=False)  # (event, customer)
    customer = ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    checked_in_at = DateTimeField(default=_now)
    by_user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    walk_in = FlagField(default=False)

    class Meta:
        indexes = ((("event", "customer"), True),)


# the lead a store event produced (lead source "event"); indexed only where set, as in schema 9
Lead._meta.add_field("event", ForeignKeyField(Event, null=True, backref="leads", on_delete="SET NULL",
                                              index=False))
Lead.add_index(Lead.index(Lead.event, name="lead_event_id", where=Lead.event.is_null(False)))

ALL_MODELS.extend([Event, EventInvitation, EventAttendance])
# --- plans and targets (schema 20, services/targets) ---

class YearPlan(BaseModel):
    """年度订单计划: the store's planned orders of one model in one month ("YYYY-MM")."""

    id = AutoField()
    month = CharField(max_length=7)
    model = ForeignKeyField(VehicleModel, backref="+", on_delete="CASCADE")
    orders = IntegerField(default=0)
    updated_at = DateTimeField(default=_now)
    updated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("month", "model"), True),)


class RollingPlan(BaseModel):
    """One version of the X+Y rolling plan, rolled at `base_month`: X firm months from it, then Y forecast."""

    id = AutoField()
    base_month = CharField(max_length=7, index=True)
    firm_months = IntegerField(default=1)
    forecast_months = IntegerField(default=2)
    created_at = DateTimeField(default=_now)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    note = CharField(max_length=200, default="")


class RollingPlanLine(BaseModel):
    id = AutoField()
    plan = ForeignKeyField(RollingPlan, backref="lines", on_delete="CASCADE", index=False)
    month = CharField(max_length=7)
    model = ForeignKeyField(VehicleModel, backref="+", on_delete="CASCADE", index=False)
    orders = IntegerField(default=0)
    firm = FlagField(default=False)

    class Meta:
        indexes = ((("plan", "month", "model"), True),)


class MonthTarget(BaseModel):
    """个人目标: one consultant's targets for one model in one month."""

    id = AutoField()
    month = CharField(max_length=7)
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE", index=False)
    model = ForeignKeyField(VehicleModel, backref="+", on_delete="CASCADE", index=False)
    orders = IntegerField(default=0)
    leads = IntegerField(default=0)
    visits = IntegerField(default=0)
    test_drives = IntegerField(default=0)
    ha_held = IntegerField(default=0)
    updated_at = DateTimeField(default=_now)
    updated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("month", "user", "model"), True),)


ALL_MODELS.extend([YearPlan, RollingPlan, RollingPlanLine, MonthTarget])
class Deal(BaseModel):
    """订车单 (schema 21): the deal sheet of one sales order. Money in whole yuan; domain/deals.py computes
    the totals and the amount due at delivery from these columns."""

    id = AutoField()
    order = ForeignKeyField(SalesOrder, unique=True, backref="+", on_delete="CASCADE")
    colour = CharField(max_length=20, default="")
    vin = CharField(max_length=17, default="")  # once allocated
    list_price = IntegerField(default=0)
    discount = IntegerField(default=0)
    discount_status = CharField(max_length=10, default="none", index=True)  # labels.DISCOUNT_STATUS
    discount_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    discount_at = DateTimeField(null=True)
    discount_note = CharField(max_length=200, default="")
    deposit = IntegerField(default=0)
    deposit_on = DateField(null=True)
    deposit_refundable = FlagField(default=False)
    deposit_status = CharField(max_length=10, default="")  # "" (none) held converted refunded
    deposit_changed_at = DateTimeField(null=True)
    lender = CharField(max_length=40, default="")
    down_payment = IntegerField(default=0)
    loan_months = IntegerField(default=0)
    monthly_payment = IntegerField(default=0)
    loan_status = CharField(max_length=10, default="")  # "" pending approved rejected
    trade_in = FlagField(default=False)
    trade_plate = CharField(max_length=10, default="")
    trade_vin = CharField(max_length=17, default="")
    trade_model = CharField(max_length=60, default="")
    trade_mileage_km = IntegerField(default=0)
    trade_value = IntegerField(default=0)
    trade_valued_by = CharField(max_length=40, default="")
    trade_vehicle = ForeignKeyField(Vehicle, null=True, backref="+", on_delete="SET NULL", index=False)
    insured = FlagField(default=False)  # insurance bought through the store
    insurer = CharField(max_length=40, default="")
    compulsory_premium = IntegerField(default=0)
    commercial_premium = IntegerField(default=0)
    insurance_cover = CharField(max_length=200, default="")
    insurance_start = DateField(null=True)
    registration = FlagField(default=False)  # 上牌 service
    registration_fee = IntegerField(default=0)
    plate = CharField(max_length=10, default="")
    warranty_years = IntegerField(default=0)
    warranty_price = IntegerField(default=0)
    updated_at = DateTimeField(default=_now)
    updated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)


class DealLine(BaseModel):
    """精品/装潢: one accessory or decoration line of a deal, free (赠送) or charged."""

    id = AutoField()
    deal = ForeignKeyField(Deal, backref="lines", on_delete="CASCADE")
    position = IntegerField(default=0)
    name = CharField(max_length=60)
    price = IntegerField(default=0)
    charged = FlagField(default=True)


ALL_MODELS.extend([Deal, DealLine])  # since schema 21
# --- key accounts (大用户) and member points, since schema 22 -----------------------------------------

class KeyAccount(BaseModel):
    """大用户: a company customer with an account manager, a grade (visit frequency) and its own targets."""

    id = AutoField()
    customer = ForeignKeyField(Customer, unique=True, backref="+", on_delete="CASCADE")
    grade = CharField(max_length=2, default="B")  # labels.KEY_ACCOUNT_GRADE
    manager = ForeignKeyField(User, null=True, backref="+", index=True, on_delete="SET NULL")
    year_target = IntegerField(default=0)  # orders this year
    month_target = IntegerField(default=0)  # orders each month
    note = TextField(default="")
    active = FlagField(default=True)
    created_at = DateTimeField(default=_now)


class KeyAccountVisit(BaseModel):
    """A planned visit (planned_on) that becomes a done visit (visited_on); a visit made off-plan has none."""

    id = AutoField()
    account = ForeignKeyField(KeyAccount, backref="visits", on_delete="CASCADE")
    planned_on = DateField(null=True, index=True)
    visited_on = DateField(null=True, index=True)
    user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    contact = ForeignKeyField(ContactPerson, null=True, backref="+", on_delete="SET NULL", index=False)
    contact_name = CharField(max_length=60, default="")
    topic = CharField(max_length=200, default="")
    result = TextField(default="")
    next_step = CharField(max_length=200, default="")
    next_visit_on = DateField(null=True)  # the next visit planned when this one was recorded
    created_at = DateTimeField(default=_now)


class Member(BaseModel):
    """A customer's member tier (labels.MEMBER_TIER) once it differs from the first; by_hand: set by a manager."""

    id = AutoField()
    customer = ForeignKeyField(Customer, unique=True, backref="+", on_delete="CASCADE")
    tier = CharField(max_length=10)
    by_hand = FlagField(default=False)
    since = DateTimeField(default=_now)


class PointsEntry(BaseModel):
    """One line of a customer's points ledger: + earned (with its expiry date), − spent (labels.POINTS_REASON)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="CASCADE", index=False)
    at = DateTimeField(default=_now, index=True)
    reason = CharField(max_length=12)
    points = IntegerField()
    ref = CharField(max_length=60, default="")
    repair_order = ForeignKeyField(RepairOrder, null=True, backref="+", on_delete="SET NULL")
    expires_on = DateField(null=True)
    yuan = DecimalField(max_digits=12, decimal_places=2, default=0)  # a spend: what it paid
    by_user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)

    class Meta:
        indexes = ((("customer", "at"), False),)


ALL_MODELS.extend([KeyAccount, KeyAccountVisit, Member, PointsEntry])
# --- campaigns (schema 23): segments, call lists, message batches --------------------------------------

class Segment(BaseModel):
    """客户分组: a saved customer-list filter (services/customers/listing.CustomerFilter as JSON)."""

    id = AutoField()
    name = CharField(max_length=60, unique=True)
    filter = TextField()
    builtin = CharField(max_length=20, default="")  # "winback": a ready segment computed by its service
    created_at = DateTimeField(default=_now)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    updated_at = DateTimeField(default=_now)
    archived = FlagField(default=False)


class CallList(BaseModel):
    """外呼名单: a segment split between callers; its entries land in each caller's worklist."""

    id = AutoField()
    name = CharField(max_length=60)
    segment = ForeignKeyField(Segment, null=True, backref="+", on_delete="SET NULL", index=False)
    split = CharField(max_length=12, default="round_robin")  # round_robin | even
    created_at = DateTimeField(default=_now, index=True)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    due_at = DateTimeField()
    overdue_at = DateTimeField()
    excluded = TextField(default="")  # JSON: reason → customers left out
    closed = FlagField(default=False)


class CallListEntry(BaseModel):
    id = AutoField()
    call_list = ForeignKeyField(CallList, backref="entries", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    caller = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    status = CharField(max_length=10, default="open")  # open | done
    result = CharField(max_length=20, default="")  # labels.CALL_RESULT
    called_at = DateTimeField(null=True)
    attempts = IntegerField(default=0)
    interaction = ForeignKeyField(Interaction, null=True, backref="+", on_delete="SET NULL", index=False)

    class Meta:
        indexes = ((("caller", "status"), False),)


class MessageBatch(BaseModel):
    """群发批次 (SMS / WeChat text): the messages are rows before they are a file (ROADMAP item 2)."""

    id = AutoField()
    name = CharField(max_length=60)
    kind = CharField(max_length=20, default="manual")  # labels.BATCH_KIND
    channel = CharField(max_length=10, default="sms")  # sms | wechat
    template = TextField()
    segment = ForeignKeyField(Segment, null=True, backref="+", on_delete="SET NULL", index=False)
    planned_for = DateField(null=True)  # a greeting's day
    occasion = CharField(max_length=80, null=True, unique=True)  # a greeting planned once: "birthday:2026-12-08"
    status = CharField(max_length=10, default="draft")  # draft | exported
    created_at = DateTimeField(default=_now, index=True)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    exported_at = DateTimeField(null=True)
    excluded = TextField(default="")  # JSON: reason → customers left out


class Message(BaseModel):
    id = AutoField()
    batch = ForeignKeyField(MessageBatch, backref="messages", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, backref="+", on_delete="CASCADE", index=False)
    phone = CharField(max_length=20)
    text = TextField()
    status = CharField(max_length=10, default="ready")  # ready | exported
    sent_at = DateTimeField(null=True)  # when it left in a file (the recent-contact rule counts from here)

    class Meta:
        indexes = ((("customer", "sent_at"), False),)


ALL_MODELS.extend([Segment, CallList, CallListEntry, MessageBatch, Message])
