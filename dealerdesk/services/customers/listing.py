"""The customer list as pages of ids: count, ordered ids of one page, and the rows of one page.

The list must open in tens of milliseconds on a million customers, so nothing here ever fetches every row:
`count` is one COUNT, `ids` is one ORDER BY … LIMIT/OFFSET on an indexed column (deep pages are read from
the other end of the index), and `rows` loads one page with one query per related table, batched by id.
The free-text filter reuses the search service's indexed keys (bounded to TEXT_LIMIT hits), so typing in the
list finds the same customers as the global search box.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import JOIN, SQL, Expression, fn

from dealerdesk.domain import search_keys as sk
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.audit import mask_phone
from dealerdesk.services.auth import Actor, own_customers_clause, phones_masked, require, sees_only_own
from dealerdesk.services.customers.records import SOURCES
from dealerdesk.services.search import bounded_query, search_customers
from dealerdesk.store import dialect
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Complaint,
    Customer,
    CustomerPhone,
    FollowUp,
    Interaction,
    Lead,
    Reminder,
    RepairOrder,
    ServiceRecord,
    Survey,
    User,
    Vehicle,
    VehicleModel,
)

TEXT_LIMIT = 2000  # most customers a free-text filter keeps (ranked by the search service)
TOP = "\U0010ffff"
OPEN_LEAD_STATUSES = ("open", "defeat_pending")
OPEN_COMPLAINT_STATUSES = ("open", "in_progress")
SATISFIED = ("very_satisfied", "satisfied")
# Which open lead counts as "best" in the list: the hottest one first.
LEVEL_ORDER = "HABCNOD"

# Sort keys the list offers. Every one is backed by an index on customer (id is the rowid), so ORDER BY …
# LIMIT walks an index instead of sorting the table. value_score has no index yet (see the report).
SORT_KEYS = {
    "name": Customer.name,
    "last_activity_at": Customer.last_activity_at,
    "id": Customer.id,
    "value_score": Customer.value_score,
    "category": Customer.category,
    "tier": Customer.tier,
    "city": Customer.city,
    "source": Customer.source,
    "created_at": Customer.id,  # ids grow with creation time; the id index answers it
}


@dataclass(frozen=True)
class CustomerFilter:
    """What the filter bar and the search field ask for; empty values mean "any"."""

    text: str = ""
    category: str = ""
    tier: str = ""
    lead_level: str = ""
    owner_id: int | None = None
    source: str = ""
    city: str = ""
    has_overdue_follow_up: bool = False
    open_complaint: bool = False
    include_archived: bool = False
    now: dt.datetime | None = None  # the clock for "overdue"; None = now
    # since issue 24 (segments): what a campaign picks customers by
    model_owned: str = ""  # a model name (or series) one of their cars is
    model_wanted: str = ""  # a model name (or series) an open lead wants
    birthday_month: int = 0  # 1–12: the month of the birthday they celebrate (solar, or lunar when so marked)
    due_kind: str = ""  # maintenance | insurance | inspection: an open reminder whose deadline is in the range
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    last_visit_before: dt.date | None = None  # no walk-in, repair order or service record on or after it
    consent_only: bool = False  # agreed to be contacted (PIPL)


@dataclass(frozen=True)
class CustomerRow:
    """One line of the list, already masked for the acting user."""

    id: int
    name: str
    phone: str
    owner_name: str
    category: str
    tier: str
    value_score: int
    lead_level: str  # best open lead level, "" when none
    next_follow_up_at: dt.datetime | None
    overdue: bool  # a planned follow-up is past its overdue time
    open_complaint: bool
    complaint_overdue: bool  # an open complaint missed its first-response or resolve deadline
    satisfied: bool | None  # latest survey: True satisfied, False not, None no survey
    plates: tuple[str, ...]
    city: str
    source: str
    archived: bool
    last_activity_at: dt.datetime

    @property
    def needs_attention(self) -> bool:
        return self.overdue or self.complaint_overdue


@dataclass(frozen=True)
class FilterOptions:
    owners: list[tuple[int, str]] = field(default_factory=list)  # (user id, display name)
    cities: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # codes; labels in customers.SOURCES


def _now(flt: CustomerFilter) -> dt.datetime:
    return flt.now or dt.datetime.now().replace(microsecond=0)


def _text_condition(actor: Actor, flt: CustomerFilter):
    """Ids the free text matches: the search service's indexed look-ups, else a name prefix range."""
    text = bounded_query(flt.text)
    if sk.classify_query(text):
        hits = search_customers(actor, text, limit=TEXT_LIMIT, include_archived=flt.include_archived)
        return Customer.id.in_([h.id for h in hits])
    return (Customer.name >= text) & (Customer.name < text + TOP)


# Sort keys whose index starts with `archived` (schema 2: (archived, last_activity_at); (archived) holds the
# rowid). For these `archived = 0` walks that index in order; for every other key SQLite would pick the
# archived index and sort the whole table, so the condition is written `+archived = 0`, which no index
# answers, and the planner walks the sort key's own index instead (or a selective filter's index).
ARCHIVED_LEADS_INDEX = {"last_activity_at", "id", "created_at", "value_score", "name"}


#: CustomerFilter.due_kind → the reminder kinds it covers (both insurances are "insurance")
DUE_KINDS = {"maintenance": ("maintenance",), "insurance": ("insurance_compulsory", "insurance_commercial"),
             "inspection": ("inspection",)}
VISIT_CHANNELS = ("visit", "test_drive")


def _models_named(name: str):
    """Catalogue model ids whose name or series is `name` (the filter offers either)."""
    return VehicleModel.select(VehicleModel.id).where((VehicleModel.name == name) | (VehicleModel.series == name))


def _campaign_conditions(flt: CustomerFilter) -> list:
    """The filters segments added (issue 24); each a subquery on an indexed column of its table."""
    conds = []
    if flt.model_owned:
        conds.append(Customer.id.in_(Vehicle.select(Vehicle.owner).where(
            Vehicle.model.in_(_models_named(flt.model_owned)) | (Vehicle.model_name == flt.model_owned))))
    if flt.model_wanted:
        conds.append(Customer.id.in_(Lead.select(Lead.customer).where(
            Lead.model.in_(_models_named(flt.model_wanted)), Lead.status.in_(OPEN_LEAD_STATUSES))))
    if flt.birthday_month:
        month = int(flt.birthday_month)
        if not 1 <= month <= 12:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "生日月份应为 1 到 12"), field="birthday_month")
        lunar = (Customer.birthday_kind == "lunar") & Customer.lunar_birthday_month.in_((month, -month))
        solar = (Customer.birthday_kind != "lunar") & (Customer.birthday.month == month)
        conds.append(lunar | solar)
    if flt.due_kind:
        if flt.due_kind not in DUE_KINDS:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的到期类型 {kind}"), field="due_kind", kind=flt.due_kind)
        # a reminder is overdue from the day after its deadline (domain/reminders._day_window)
        due = Reminder.select(Reminder.customer).where(Reminder.kind.in_(DUE_KINDS[flt.due_kind]),
                                                       Reminder.status == "open", Reminder.customer.is_null(False))
        if flt.due_from:
            due = due.where(Reminder.overdue_at >= dt.datetime.combine(flt.due_from + dt.timedelta(days=1),
                                                                       dt.time()))
        if flt.due_to:
            due = due.where(Reminder.overdue_at < dt.datetime.combine(flt.due_to + dt.timedelta(days=2), dt.time()))
        conds.append(Customer.id.in_(due))
    if flt.last_visit_before:
        since = dt.datetime.combine(flt.last_visit_before, dt.time())
        seen = (Interaction.select(Interaction.customer).where(Interaction.channel.in_(VISIT_CHANNELS),
                                                               Interaction.at >= since)
                | RepairOrder.select(RepairOrder.customer).where(RepairOrder.checked_in_at >= since)
                | ServiceRecord.select(ServiceRecord.customer).where(ServiceRecord.service_date >= flt.last_visit_before,
                                                                     ServiceRecord.customer.is_null(False)))
        conds.append(Customer.id.not_in(seen))
    if flt.consent_only:
        conds.append(Customer.consent == True)
    return conds


def filter_to_json(flt: CustomerFilter) -> dict:
    """A filter as a segment stores it: only what differs from "any", dates as ISO text, no clock."""
    out: dict = {}
    for name, default in CustomerFilter.__dataclass_fields__.items():
        if name == "now":
            continue
        value = getattr(flt, name)
        if value != default.default:
            out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def filter_from_json(data: dict) -> CustomerFilter:
    """The filter a segment saved; unknown keys (a newer version's) are ignored, dates parsed back."""
    fields = CustomerFilter.__dataclass_fields__
    kwargs = {}
    for name, value in data.items():
        if name not in fields or name == "now":
            continue
        if name in ("due_from", "due_to", "last_visit_before") and value:
            value = dt.date.fromisoformat(value)
        kwargs[name] = value
    return CustomerFilter(**kwargs)


def _filtered(actor: Actor, flt: CustomerFilter, sort_key: str | None = None):
    query = Customer.select(Customer.id)
    conds = []
    if flt.text.strip():
        conds.append(_text_condition(actor, flt))
    for value, column in ((flt.category, Customer.category), (flt.tier, Customer.tier),
                          (flt.source, Customer.source), (flt.city, Customer.city)):
        if value:
            conds.append(column == value)
    if flt.owner_id is not None:
        conds.append(Customer.owner == flt.owner_id)
    own = own_customers_clause(actor)  # a consultant's list holds only their customers
    if own is not None:
        conds.append(own)
    if flt.lead_level:
        conds.append(Customer.id.in_(Lead.select(Lead.customer).where(
            Lead.level == flt.lead_level, Lead.status.in_(OPEN_LEAD_STATUSES))))
    if flt.has_overdue_follow_up:
        now = _now(flt)
        conds.append(Customer.id.in_(FollowUp.select(FollowUp.customer).where(
            FollowUp.status == "planned", FollowUp.overdue_at <= now,
            FollowUp.snoozed_until.is_null() | (FollowUp.snoozed_until <= now))))
    if flt.open_complaint:
        conds.append(Customer.id.in_(Complaint.select(Complaint.customer).where(
            Complaint.status.in_(OPEN_COMPLAINT_STATUSES))))
    conds.extend(_campaign_conditions(flt))
    if not flt.include_archived:
        use_index = not conds and (sort_key is None or sort_key in ARCHIVED_LEADS_INDEX)
        conds.append((Customer.archived == False) if use_index else (dialect.unindexed(Customer.archived, db.obj) == 0))
    for cond in conds:
        query = query.where(cond)
    return query


def count(actor: Actor, flt: CustomerFilter) -> int:
    """How many customers the filter keeps (one COUNT; the model calls it on every reset).

    Unfiltered, it is all customers minus the archived few: SQLite counts a whole table from its b-tree
    without visiting rows, and the archived index holds only the archived, so opening the list costs
    microseconds instead of a walk over a million index entries.
    """
    require(actor, "customer.read")
    if flt == CustomerFilter(include_archived=flt.include_archived, now=flt.now) and not sees_only_own(actor):
        star = fn.COUNT(SQL("*"))  # plain COUNT(*): peewee's .count() wraps a subquery SQLite won't shortcut
        total = Customer.select(star).scalar()
        if not flt.include_archived:
            total -= Customer.select(star).where(Customer.archived == True).scalar()
        return int(total)
    return _filtered(actor, flt).count()


def ids(actor: Actor, flt: CustomerFilter, sort_key: str = "last_activity_at", descending: bool = True,
        offset: int = 0, limit: int = 200, total: int | None = None) -> list[int]:
    """Ordered customer ids of one page. Ties break on id, so pages never overlap or skip a row.

    With `total` (the model knows it from `count`), a page in the second half is read from the other end of
    the index with a small offset, so jumping to the end of a million rows costs the same as the start.
    """
    require(actor, "customer.read")
    if sort_key not in SORT_KEYS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "不能按 {key} 排序"), field="sort", key=sort_key)
    if limit <= 0 or offset < 0:
        return []
    column = SORT_KEYS[sort_key]
    reverse = total is not None and offset > total // 2
    if reverse:
        end = min(offset + limit, total)
        limit, offset = end - offset, total - end
        if limit <= 0:
            return []
    desc = descending != reverse
    order = (column.desc(), Customer.id.desc()) if desc else (column.asc(), Customer.id.asc())
    if column is Customer.id:
        order = order[1:]
    query = _filtered(actor, flt, sort_key).order_by(*order).limit(limit).offset(offset)
    found = [cid for (cid,) in query.tuples()]
    return found[::-1] if reverse else found


def _in_ids(field, ids: list[int]) -> Expression:
    """`field IN (1,2,3)` with the ids inlined: they are ints by construction, and binding 200 parameters
    through peewee costs more than the query itself on every page."""
    return Expression(field, "IN", SQL("(" + ",".join(str(int(i)) for i in ids) + ")"))


def _best_level(levels: list[str]) -> str:
    return min(levels, key=lambda lv: LEVEL_ORDER.find(lv) if lv in LEVEL_ORDER else 99, default="")


def rows(actor: Actor, customer_ids: list[int], now: dt.datetime | None = None) -> list[CustomerRow]:
    """The rows of one page in the order of `customer_ids`: one query per related table, never per row."""
    require(actor, "customer.read")
    wanted = list(dict.fromkeys(customer_ids))
    if not wanted:
        return []
    now = now or dt.datetime.now().replace(microsecond=0)
    base_query = (Customer.select(Customer.id, Customer.name, User.display_name, Customer.category, Customer.tier,
                                  Customer.value_score, Customer.city, Customer.source, Customer.archived,
                                  Customer.last_activity_at)
                  .join(User, JOIN.LEFT_OUTER, on=(Customer.owner == User.id))
                  .where(_in_ids(Customer.id, wanted)))
    own = own_customers_clause(actor, few=True)
    if own is not None:  # ids from elsewhere never show a consultant another's customer
        base_query = base_query.where(own)
    base = {r[0]: r for r in base_query.tuples()}
    phones: dict[int, str] = {}
    for cid, phone, _primary in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone,
                                                      CustomerPhone.is_primary)
                                 .where(_in_ids(CustomerPhone.customer, wanted))
                                 .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).tuples()):
        phones.setdefault(cid, phone)
    if phones_masked(actor):
        phones = {cid: mask_phone(p) for cid, p in phones.items()}
    levels: dict[int, list[str]] = defaultdict(list)
    # Statuses are checked in Python: a status condition in SQL makes SQLite walk the (huge) status index
    # instead of the customer_id index, 100x slower for a 200-id page.
    for cid, level, status in (Lead.select(Lead.customer, Lead.level, Lead.status)
                               .where(_in_ids(Lead.customer, wanted)).tuples()):
        if status in OPEN_LEAD_STATUSES:
            levels[cid].append(level)
    next_due: dict[int, dt.datetime] = {}
    overdue: set[int] = set()
    for cid, due, overdue_at, snoozed, status in (
            FollowUp.select(FollowUp.customer, FollowUp.due_at, FollowUp.overdue_at, FollowUp.snoozed_until,
                            FollowUp.status)
            .where(_in_ids(FollowUp.customer, wanted)).tuples()):
        if status != "planned":
            continue
        if cid not in next_due or due < next_due[cid]:
            next_due[cid] = due
        if overdue_at <= now and (snoozed is None or snoozed <= now):
            overdue.add(cid)
    complaints: set[int] = set()
    complaint_late: set[int] = set()
    for cid, resolve_due, first_due, responded, escalated, status in (
            Complaint.select(Complaint.customer, Complaint.resolve_due, Complaint.first_response_due,
                             Complaint.first_responded_at, Complaint.escalated_at, Complaint.status)
            .where(_in_ids(Complaint.customer, wanted)).tuples()):
        if status not in OPEN_COMPLAINT_STATUSES:
            continue
        complaints.add(cid)
        # past a deadline: resolution, or a first response that never came, or already escalated
        missed_first = responded is None and first_due is not None and first_due <= now
        if (resolve_due is not None and resolve_due <= now) or missed_first or escalated is not None:
            complaint_late.add(cid)
    latest_survey: dict[int, tuple[dt.datetime, int, str]] = {}
    for cid, taken, sid, overall in (Survey.select(Survey.customer, Survey.taken_at, Survey.id, Survey.overall)
                                     .where(_in_ids(Survey.customer, wanted)).tuples()):
        if cid not in latest_survey or (taken, sid) > latest_survey[cid][:2]:
            latest_survey[cid] = (taken, sid, overall)
    plates: dict[int, list[str]] = defaultdict(list)
    for cid, plate in (Vehicle.select(Vehicle.owner, Vehicle.plate)
                       .where(_in_ids(Vehicle.owner, wanted), Vehicle.plate.is_null(False))
                       .order_by(Vehicle.id).tuples()):
        if plate:
            plates[cid].append(plate)
    out: list[CustomerRow] = []
    for cid in wanted:
        b = base.get(cid)
        if b is None:  # deleted since the ids were read
            continue
        survey = latest_survey.get(cid)
        out.append(CustomerRow(
            id=cid, name=b[1], phone=phones.get(cid, ""), owner_name=b[2] or "", category=b[3], tier=b[4],
            value_score=b[5], lead_level=_best_level(levels.get(cid, [])), next_follow_up_at=next_due.get(cid),
            overdue=cid in overdue, open_complaint=cid in complaints, complaint_overdue=cid in complaint_late,
            satisfied=None if survey is None else survey[2] in SATISFIED, plates=tuple(plates.get(cid, ())),
            city=b[6], source=b[7], archived=bool(b[8]), last_activity_at=b[9]))
    return out


def filter_options(actor: Actor) -> FilterOptions:
    """Choices for the filter bar: consultants who can own customers, the cities in use, the sources."""
    require(actor, "customer.read")
    owners = [(uid, name) for uid, name in
              User.select(User.id, User.display_name)
              .where(User.active == True, User.role.in_(("sales", "manager")))
              .order_by(User.display_name).tuples()]
    cities = [c for (c,) in Customer.select(Customer.city).where(Customer.city != "")
              .distinct().order_by(Customer.city).tuples()]
    return FilterOptions(owners=owners, cities=cities, sources=list(SOURCES))


__all__ = [
    "SORT_KEYS",
    "CustomerFilter",
    "CustomerRow",
    "FilterOptions",
    "count",
    "filter_from_json",
    "filter_options",
    "filter_to_json",
    "ids",
    "rows",
]
