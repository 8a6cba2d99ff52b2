"""Key accounts (大用户): a company customer with an account manager, a grade, its own order targets, its
contacts (customers/contacts.py), its fleet (the vehicles it owns) and its orders.

Why the orders of an account include its contacts' own purchases: a company's buyers often order in their own
name; a customer whose phone is one of the account's contacts' phones counts for the account (seed 002: the
key-account manager answers for the company's whole business).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, fn

from dealerdesk.domain import key_accounts as rules
from dealerdesk.domain.errors import InvalidInput, NotFound, PermissionDenied
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require, sees_only_own
from dealerdesk.store.db import db, read_txn
from dealerdesk.store.models import (ContactPerson, Customer, CustomerPhone, KeyAccount, KeyAccountVisit,
                                     SalesOrder, User, Vehicle)


@dataclass
class KeyAccountInput:
    customer_id: int
    grade: str = "B"
    manager_id: int | None = None
    year_target: int = 0
    month_target: int = 0
    note: str = ""


@dataclass(frozen=True)
class KeyAccountRow:
    """One line of the 大用户 list (overdue visits first)."""

    id: int
    customer_id: int
    name: str
    grade: str
    manager: str  # login
    manager_name: str
    main_contact: str
    vehicles: int
    last_visit: dt.date | None
    next_visit: dt.date | None
    next_visit_id: int | None
    overdue: bool
    month_orders: int
    month_target: int
    year_orders: int
    year_target: int


@dataclass(frozen=True)
class FleetRow:
    vehicle_id: int
    plate: str
    vin: str
    model: str
    registration_date: dt.date | None


@dataclass(frozen=True)
class VisitRow:
    id: int
    planned_on: dt.date | None
    visited_on: dt.date | None
    visitor: str  # display name
    contact_name: str
    topic: str
    result: str
    next_step: str


@dataclass(frozen=True)
class KeyAccountDetail:
    account: KeyAccountRow
    note: str
    manager_id: int | None
    contacts: list[tuple[int, str, str, bool]]  # id, name, title, main
    fleet: list[FleetRow]
    visits: list[VisitRow] = field(default_factory=list)  # newest first, the open planned one on top
    monthly_orders: list[int] = field(default_factory=list)  # orders per month of the year, Jan..Dec


def check_sees(actor: Actor, manager_id: int | None) -> None:
    if sees_only_own(actor) and manager_id != actor.id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "这个大用户不是您负责的"))


def account_row(account_id: int) -> KeyAccount:
    row = KeyAccount.get_or_none(KeyAccount.id == account_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到大用户 {id}"), id=account_id)
    return row


def save_key_account(actor: Actor, data: KeyAccountInput, now: dt.datetime | None = None) -> KeyAccountDetail:
    """Make a company customer a key account, or change its grade, manager, targets or note. A new account
    gets its first visit planned for today."""
    require(actor, "key_account.write")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    if data.grade not in rules.GRADES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择大用户等级"), field="grade")
    if data.year_target < 0 or data.month_target < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "目标台数不能为负数"), field="year_target")
    with db.atomic():
        customer = Customer.get_or_none(Customer.id == data.customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=data.customer_id)
        if customer.kind != "company":
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "只有单位客户（大客户）才能设为大用户"), field="customer")
        manager = data.manager_id
        if manager is not None and not User.select().where(User.id == manager, User.active == True).exists():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择客户经理"), field="manager")
        if sees_only_own(actor):
            manager = actor.id  # a consultant manages the accounts they keep
        values = dict(grade=data.grade, manager=manager, year_target=int(data.year_target),
                      month_target=int(data.month_target), note=data.note.strip())
        row = KeyAccount.get_or_none(KeyAccount.customer == data.customer_id)
        if row is None:
            row = KeyAccount.create(customer=data.customer_id, created_at=now, **values)
            KeyAccountVisit.create(account=row.id, planned_on=now.date(), user=manager, created_at=now)
        else:
            check_sees(actor, row.manager_id)
            KeyAccount.update(active=True, **values).where(KeyAccount.id == row.id).execute()
        audit.record(actor, "key_account.save", "customer", data.customer_id, at=now, account=row.id,
                     grade=data.grade, manager=manager, year_target=data.year_target,
                     month_target=data.month_target)
        changes.mark(changes.DUE, customer=data.customer_id)
    return key_account_detail(actor, row.id, today=now.date())


def _buyer_ids(account_customer_ids: dict[int, int]) -> dict[int, int]:
    """customer id → account id: the company itself and the customers whose phone is a contact's phone."""
    out = {cid: aid for aid, cid in account_customer_ids.items()}
    contact_phones: dict[str, int] = {}
    for cid, phone, phone2 in (ContactPerson.select(ContactPerson.customer, ContactPerson.phone, ContactPerson.phone2)
                               .where(ContactPerson.customer.in_(list(out))).tuples()):
        for p in (phone, phone2):
            digits = "".join(ch for ch in (p or "") if ch.isdigit())
            if digits:
                contact_phones[digits] = out[cid]
    if contact_phones:
        for cid, digits in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.digits)
                            .where(CustomerPhone.digits.in_(list(contact_phones))).tuples()):
            out.setdefault(cid, contact_phones[digits])
    return out


def orders_by_account(accounts: dict[int, int], start: dt.datetime, end: dt.datetime) -> dict[int, int]:
    """account id → orders placed in [start, end) by its buyers (cancelled orders do not count).
    `accounts`: account id → its company customer id."""
    if not accounts:
        return {}
    buyers = _buyer_ids(accounts)
    out = dict.fromkeys(accounts, 0)
    for cid, n in (SalesOrder.select(SalesOrder.customer, fn.COUNT(SalesOrder.id))
                   .where(SalesOrder.customer.in_(list(buyers)), SalesOrder.status != "cancelled",
                          SalesOrder.ordered_at >= start, SalesOrder.ordered_at < end)
                   .group_by(SalesOrder.customer).tuples()):
        out[buyers[cid]] += n
    return out


def _year_month(today: dt.date) -> tuple[dt.datetime, dt.datetime, dt.datetime, dt.datetime]:
    y0 = dt.datetime(today.year, 1, 1)
    m0 = dt.datetime(today.year, today.month, 1)
    m1 = dt.datetime(today.year + today.month // 12, today.month % 12 + 1, 1)
    return y0, dt.datetime(today.year + 1, 1, 1), m0, m1


def _rows(actor: Actor, today: dt.date, only: int | None = None) -> list[KeyAccountRow]:
    q = (KeyAccount.select(KeyAccount.id, KeyAccount.customer, Customer.name, KeyAccount.grade, User.login,
                           User.display_name, KeyAccount.month_target, KeyAccount.year_target)
         .join(Customer, on=(KeyAccount.customer == Customer.id))
         .switch(KeyAccount).join(User, JOIN.LEFT_OUTER, on=(KeyAccount.manager == User.id))
         .where(KeyAccount.active == True))
    if only is not None:
        q = q.where(KeyAccount.id == only)
    if sees_only_own(actor):
        q = q.where(KeyAccount.manager == actor.id)
    base = list(q.tuples())
    ids = [r[0] for r in base]
    if not ids:
        return []
    cids = {r[0]: r[1] for r in base}
    main: dict[int, str] = {}  # the main contact, else the first one saved
    for cid, name in (ContactPerson.select(ContactPerson.customer, ContactPerson.name)
                      .where(ContactPerson.customer.in_(list(cids.values())))
                      .order_by(ContactPerson.is_main.desc(), ContactPerson.id).tuples()):
        main.setdefault(cid, name)
    fleet = dict(Vehicle.select(Vehicle.owner, fn.COUNT(Vehicle.id))
                 .where(Vehicle.owner.in_(list(cids.values()))).group_by(Vehicle.owner).tuples())
    last = dict(KeyAccountVisit.select(KeyAccountVisit.account, fn.MAX(KeyAccountVisit.visited_on))
                .where(KeyAccountVisit.account.in_(ids), KeyAccountVisit.visited_on.is_null(False))
                .group_by(KeyAccountVisit.account).tuples())
    planned: dict[int, tuple[int, dt.date]] = {}
    for vid, aid, day in (KeyAccountVisit.select(KeyAccountVisit.id, KeyAccountVisit.account,
                                                 KeyAccountVisit.planned_on)
                          .where(KeyAccountVisit.account.in_(ids), KeyAccountVisit.visited_on.is_null(),
                                 KeyAccountVisit.planned_on.is_null(False))
                          .order_by(KeyAccountVisit.planned_on, KeyAccountVisit.id).tuples()):
        planned.setdefault(aid, (vid, day))
    y0, y1, m0, m1 = _year_month(today)
    year = orders_by_account(cids, y0, y1)
    month = orders_by_account(cids, m0, m1)
    out = []
    for aid, cid, name, grade, login, mname, mt, yt in base:
        vid, day = planned.get(aid, (None, None))
        out.append(KeyAccountRow(aid, cid, name, grade, login or "", mname or "", main.get(cid, ""),
                                 fleet.get(cid, 0), last.get(aid), day, vid, day is not None and day < today,
                                 month.get(aid, 0), mt, year.get(aid, 0), yt))
    out.sort(key=lambda r: (not r.overdue, r.next_visit or dt.date.max, r.name, r.id))
    return out


def rows_for_sheet(actor: Actor, today: dt.date, account_id: int | None = None) -> list[KeyAccountRow]:
    """The list rows for the printed sheet (inside the caller's read transaction)."""
    return _rows(actor, today, only=account_id)


def list_key_accounts(actor: Actor, today: dt.date | None = None) -> list[KeyAccountRow]:
    """The 大用户 list: overdue visits first, then by the next planned visit."""
    require(actor, "key_account.read")
    with read_txn():
        return _rows(actor, today or dt.date.today())


def key_account_detail(actor: Actor, account_id: int, today: dt.date | None = None) -> KeyAccountDetail:
    require(actor, "key_account.read")
    today = today or dt.date.today()
    with read_txn():
        row = account_row(account_id)
        check_sees(actor, row.manager_id)
        rows = _rows(actor, today, only=account_id)
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到大用户 {id}"), id=account_id)
        cid = row.customer_id
        contacts = list(ContactPerson.select(ContactPerson.id, ContactPerson.name, ContactPerson.title,
                                             ContactPerson.is_main)
                        .where(ContactPerson.customer == cid)
                        .order_by(ContactPerson.is_main.desc(), ContactPerson.id).tuples())
        fleet = [FleetRow(vid, plate or "", vin or "", model or "", reg) for vid, plate, vin, model, reg in
                 Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.vin, Vehicle.model_name, Vehicle.registration_date)
                 .where(Vehicle.owner == cid).order_by(Vehicle.id).tuples()]
        visits = [VisitRow(vid, planned, visited, visitor or "", contact, topic, result, step)
                  for vid, planned, visited, visitor, contact, topic, result, step in
                  KeyAccountVisit.select(KeyAccountVisit.id, KeyAccountVisit.planned_on, KeyAccountVisit.visited_on,
                                         User.display_name, KeyAccountVisit.contact_name, KeyAccountVisit.topic,
                                         KeyAccountVisit.result, KeyAccountVisit.next_step)
                  .join(User, JOIN.LEFT_OUTER, on=(KeyAccountVisit.user == User.id))
                  .where(KeyAccountVisit.account == account_id).tuples()]
        visits.sort(key=lambda v: (v.visited_on is not None, -(v.visited_on or v.planned_on or today).toordinal(),
                                   -v.id))
        monthly = [0] * 12  # one query for the year, counted per month
        buyers = list(_buyer_ids({account_id: cid}))
        for (at,) in (SalesOrder.select(SalesOrder.ordered_at)
                      .where(SalesOrder.customer.in_(buyers), SalesOrder.status != "cancelled",
                             SalesOrder.ordered_at >= dt.datetime(today.year, 1, 1),
                             SalesOrder.ordered_at < dt.datetime(today.year + 1, 1, 1)).tuples()):
            monthly[at.month - 1] += 1
    return KeyAccountDetail(rows[0], row.note, row.manager_id, contacts, fleet, visits, monthly)
