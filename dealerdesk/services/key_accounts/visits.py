"""Key-account visits (大用户走访): record one, plan the next, and what is due for the worklist and the tray.

Why a planned row: the visit plan is one open row per account (planned_on, no visited_on). Recording a visit
completes it and plans the next from the grade's interval or the date agreed with the customer, so
`due_visits` reads the plan with one indexed query and sales/due.py lists each planned visit once.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from dealerdesk.domain import key_accounts as rules
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.dto import DueItem
from dealerdesk.services.key_accounts.accounts import check_sees, account_row, orders_by_account
from dealerdesk.services.settings import get_settings
from dealerdesk.store.db import db
from dealerdesk.store.models import ContactPerson, Customer, KeyAccount, KeyAccountVisit, User

KIND = "key_account_visit"


@dataclass
class VisitInput:
    visited_on: dt.date
    topic: str
    contact_id: int | None = None
    contact_name: str = ""  # when the person met is not a saved contact
    result: str = ""
    next_step: str = ""
    next_visit_on: dt.date | None = None  # agreed with the customer; None: by the grade's interval


def record_visit(actor: Actor, account_id: int, data: VisitInput, now: dt.datetime | None = None) -> int:
    """Record a visit (who met whom, topic, result, next step) and plan the next one. Returns the visit id."""
    require(actor, "key_account.write")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    if data.visited_on > now.date():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "走访日期不能晚于今天"), field="visited_on")
    if not data.topic.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写走访事由"), field="topic")
    if data.next_visit_on is not None and data.next_visit_on <= data.visited_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "下次走访日期应晚于本次走访"), field="next_visit_on")
    with db.atomic():
        account = account_row(account_id)
        check_sees(actor, account.manager_id)
        contact_name = data.contact_name.strip()
        if data.contact_id is not None:
            contact = ContactPerson.get_or_none(ContactPerson.id == data.contact_id,
                                                ContactPerson.customer == account.customer_id)
            if contact is None:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择这个单位的联系人"), field="contact")
            contact_name = contact.name
        if not contact_name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写见到的联系人"), field="contact")
        values = dict(visited_on=data.visited_on, user=actor.id, contact=data.contact_id,
                      contact_name=contact_name[:60], topic=data.topic.strip()[:200], result=data.result.strip(),
                      next_step=data.next_step.strip()[:200])
        planned = (KeyAccountVisit.select().where(KeyAccountVisit.account == account_id,
                                                  KeyAccountVisit.visited_on.is_null())
                   .order_by(KeyAccountVisit.planned_on, KeyAccountVisit.id).first())
        if planned is not None:
            KeyAccountVisit.update(**values).where(KeyAccountVisit.id == planned.id).execute()
            visit_id = planned.id
        else:
            visit_id = KeyAccountVisit.create(account=account_id, created_at=now, **values).id
        KeyAccountVisit.delete().where(KeyAccountVisit.account == account_id, KeyAccountVisit.visited_on.is_null(),
                                       KeyAccountVisit.id != visit_id).execute()
        following = rules.next_visit(data.visited_on, account.grade, get_settings(), data.next_visit_on)
        KeyAccountVisit.update(next_visit_on=following).where(KeyAccountVisit.id == visit_id).execute()
        KeyAccountVisit.create(account=account_id, planned_on=following, user=account.manager_id, created_at=now)
        audit.record(actor, "key_account.visit", "customer", account.customer_id, at=now, account=account_id,
                     visit=visit_id, visited_on=data.visited_on, contact=contact_name, next_visit=following)
        changes.mark(changes.DUE, customer=account.customer_id)
    return visit_id


def reschedule_visit(actor: Actor, visit_id: int, planned_on: dt.date, now: dt.datetime | None = None) -> None:
    """Move a planned visit to another day (the worklist's 暂缓 does this for a key-account visit)."""
    require(actor, "key_account.write")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    if planned_on < now.date():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "走访改期不能早于今天"), field="until")
    with db.atomic():
        visit = KeyAccountVisit.get_or_none(KeyAccountVisit.id == visit_id, KeyAccountVisit.visited_on.is_null())
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到待走访的计划 {id}"), id=visit_id)
        account = account_row(visit.account_id)
        check_sees(actor, account.manager_id)
        KeyAccountVisit.update(planned_on=planned_on).where(KeyAccountVisit.id == visit_id).execute()
        audit.record(actor, "key_account.plan_visit", "customer", account.customer_id, at=now, visit=visit_id,
                     planned_on=planned_on, was=visit.planned_on)
        changes.mark(changes.DUE, customer=account.customer_id)


def due_visits(horizon: dt.datetime, owner_id: int | None) -> list[DueItem]:
    """Planned visits due by `horizon` (their account manager owns them), for sales/due.py; the caller has
    checked the permission and chosen the owner."""
    start = dt.time.fromisoformat(str(get_settings().get("workday.start", "09:00")))
    q = (KeyAccountVisit.select(KeyAccountVisit.id, KeyAccountVisit.planned_on, KeyAccount.id, KeyAccount.customer,
                                Customer.name, User.login, KeyAccount.grade)
         .join(KeyAccount, on=(KeyAccountVisit.account == KeyAccount.id))
         .join(Customer, on=(KeyAccount.customer == Customer.id))
         .switch(KeyAccount).join(User, JOIN.LEFT_OUTER, on=(KeyAccount.manager == User.id))
         .where(KeyAccountVisit.visited_on.is_null(), KeyAccountVisit.planned_on.is_null(False),
                KeyAccountVisit.planned_on <= horizon.date(), KeyAccount.active == True))
    if owner_id is not None:
        q = q.where(KeyAccount.manager == owner_id)
    items = []
    for vid, day, aid, cid, name, login, grade in q.tuples().iterator():
        due_at, overdue_at = rules.due_window(day, start)
        if due_at > horizon:
            continue
        items.append(DueItem(kind=KIND, due_at=due_at, overdue_at=overdue_at, owner=login or "", customer_id=cid,
                             customer_name=name, item_id=vid, source=KIND,
                             detail={"account_id": aid, "grade": grade}))
    return items


@dataclass(frozen=True)
class KeyAccountFigures:
    """The month's key-account figures (kpi --json "key_accounts" and the monthly PDF)."""

    visits_planned: int
    visits_done: int
    orders: int
    accounts: int = 0

    def to_json(self) -> dict:
        return {"visits_planned": self.visits_planned, "visits_done": self.visits_done, "orders": self.orders}


def month_figures(start: dt.datetime, end: dt.datetime) -> KeyAccountFigures:
    """Visits planned for a day of the month, visits made in it, and orders by the accounts' buyers in it.
    A visit made on its planned day counts in both; a planned visit moved out of the month no longer counts."""
    d0, d1 = start.date(), end.date()
    planned = (KeyAccountVisit.select(fn.COUNT(KeyAccountVisit.id))
               .where(KeyAccountVisit.planned_on >= d0, KeyAccountVisit.planned_on < d1).scalar() or 0)
    done = (KeyAccountVisit.select(fn.COUNT(KeyAccountVisit.id))
            .where(KeyAccountVisit.visited_on >= d0, KeyAccountVisit.visited_on < d1).scalar() or 0)
    accounts = dict(KeyAccount.select(KeyAccount.id, KeyAccount.customer).where(KeyAccount.active == True).tuples())
    orders = sum(orders_by_account(accounts, start, end).values())
    return KeyAccountFigures(int(planned), int(done), int(orders), len(accounts))
