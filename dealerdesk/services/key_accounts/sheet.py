"""The printed visit tracking sheet (大用户走访跟踪表, seed 002's 附件8): per account, its facts, targets and
results, and the visits of a period with the next planned one, for the monthly key-account review."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.key_accounts.accounts import KeyAccountRow, rows_for_sheet
from dealerdesk.services.store_profile import get_profile
from dealerdesk.store.db import db, read_txn
from dealerdesk.store.models import ContactPerson, KeyAccountVisit, User


@dataclass(frozen=True)
class SheetVisit:
    visited_on: dt.date | None
    planned_on: dt.date | None
    visitor: str
    contact: str
    topic: str
    result: str
    next_step: str
    next_visit_on: dt.date | None


@dataclass(frozen=True)
class SheetAccount:
    account: KeyAccountRow
    main_contact_title: str
    visits: list[SheetVisit] = field(default_factory=list)


@dataclass(frozen=True)
class VisitSheet:
    first: dt.date
    last: dt.date
    printed_at: dt.datetime
    store_name: str
    store_logo: bytes
    store_line: str
    accounts: list[SheetAccount]


def visit_sheet(actor: Actor, first: dt.date, last: dt.date, account_id: int | None = None,
                now: dt.datetime | None = None) -> VisitSheet:
    """Every account the actor sees (or one), with its visits made or planned between first and last."""
    require(actor, "key_account.read")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with read_txn():
        rows = rows_for_sheet(actor, min(now.date(), last), account_id)  # as at the end of the period
        ids = [r.id for r in rows]
        titles: dict[int, str] = {}
        for cid, title in (ContactPerson.select(ContactPerson.customer, ContactPerson.title)
                           .where(ContactPerson.customer.in_([r.customer_id for r in rows]))
                           .order_by(ContactPerson.is_main.desc(), ContactPerson.id).tuples()):
            titles.setdefault(cid, title)
        visits: dict[int, list[SheetVisit]] = {}
        q = (KeyAccountVisit.select(KeyAccountVisit.account, KeyAccountVisit.visited_on, KeyAccountVisit.planned_on,
                                    User.display_name, KeyAccountVisit.contact_name, KeyAccountVisit.topic,
                                    KeyAccountVisit.result, KeyAccountVisit.next_step, KeyAccountVisit.next_visit_on)
             .join(User, JOIN.LEFT_OUTER, on=(KeyAccountVisit.user == User.id))
             .where(KeyAccountVisit.account.in_(ids),
                    ((KeyAccountVisit.visited_on >= first) & (KeyAccountVisit.visited_on <= last))
                    | (KeyAccountVisit.visited_on.is_null() & (KeyAccountVisit.planned_on <= last)))
             .order_by(KeyAccountVisit.visited_on.is_null(), KeyAccountVisit.visited_on, KeyAccountVisit.planned_on))
        for aid, visited, planned, who, contact, topic, result, step, nxt in q.tuples():
            visits.setdefault(aid, []).append(SheetVisit(visited, planned, (who or "") if visited else "", contact,
                                                         topic, result, step, nxt))
    with db.atomic():  # printing is logged, as the printed profile is
        audit.record(actor, "key_account.print", "key_account", account_id, at=now, first=first, last=last)
    store = get_profile()
    return VisitSheet(first, last, now, store.name, store.logo, store.contact_line,
                      [SheetAccount(r, titles.get(r.customer_id, ""), visits.get(r.id, [])) for r in rows])
