"""What the reception modules (appointments, orders, settlement) share: the write transaction, the policy,
the advisor check and loading a repair order."""
from __future__ import annotations

import datetime as dt

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.settings import get_settings
from dealerdesk.store.db import db
from dealerdesk.store.models import RepairOrder, RepairStatusChange, User


def policy() -> rules.ReceptionPolicy:
    return rules.ReceptionPolicy.from_settings(get_settings())


def write_txn():
    """A write transaction that takes the write lock up front: the order-number counter relies on it. Every
    `db.atomic()` does so on SQLite (BEGIN IMMEDIATE, `store.db.make_database`); the name stays to say so."""
    return db.atomic()


def check_advisor(advisor_id: int | None) -> int:
    if advisor_id is None or not User.select().where(User.id == advisor_id, User.active == True).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择服务顾问"), field="advisor")
    return advisor_id


def order_row(order_id: int, open_only: bool = True) -> RepairOrder:
    order = RepairOrder.get_or_none(RepairOrder.id == order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到工单 {id}"), id=order_id)
    if open_only and order.status == "handed_over":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "工单 {number} 已交车结算，不能再改"), field="status",
                       number=order.number)
    return order


def now_() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def log_status(order_id: int, old: str, new: str, actor_id: int | None, now: dt.datetime, note: str = "") -> None:
    """One row of the order's status log (shown in the order's history)."""
    RepairStatusChange.create(order=order_id, from_status=old, to_status=new, changed_at=now, changed_by=actor_id,
                              note=note[:200])
