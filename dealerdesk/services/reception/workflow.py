"""Service reception: moving a repair order along DOMAIN's workshop flow (domain/reception.NEXT_STATUSES).

Why a skipped step or a step back needs a reason: the status log is what the manager reads when a car was
late or came back; "直接改为待交车" without a word would hide that the quality check never happened.
"""
from __future__ import annotations

import datetime as dt

from dealerdesk.domain import labels
from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reception._common import log_status, now_, order_row
from dealerdesk.services.reception.orders import OrderDetail, get_order
from dealerdesk.store.db import db
from dealerdesk.store.models import RepairItem, RepairOrder


def move_in_txn(actor: Actor, order: RepairOrder, to_status: str, now: dt.datetime, note: str = "") -> None:
    """The status change itself, inside the caller's transaction (change_status, a technician's start)."""
    if to_status != "waiting" and order.quote_accepted_at is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "客户还没确认报价，不能开工"), field="status")
    if to_status == "ready" and RepairItem.select().where(
            RepairItem.order == order.id, RepairItem.is_extra == True, RepairItem.approval == "quoted").exists():
        raise Conflict(QT_TRANSLATE_NOOP("errors", "还有增项等客户答复，不能交车"), field="status")
    if not rules.is_regular_step(order.status, to_status) and not note.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "从“{old}”改为“{new}”不是正常的下一步，请填写原因"),
                           field="note", old=labels.REPAIR_ORDER_STATUS.get(order.status, order.status),
                           new=labels.REPAIR_ORDER_STATUS.get(to_status, to_status))
    values = {"status": to_status, "updated_at": now}
    if to_status == "ready" and order.ready_at is None:
        values["ready_at"] = now
    RepairOrder.update(**values).where(RepairOrder.id == order.id).execute()
    log_status(order.id, order.status, to_status, actor.id, now, note.strip())
    audit.record(actor, "repair_order.status", "repair_order", order.id, at=now, old=order.status,
                 new=to_status, note=note.strip(), changes=audit.diff({"status": order.status}, {"status": to_status}))


def change_status(actor: Actor, order_id: int, to_status: str, now: dt.datetime | None = None,
                  note: str = "") -> OrderDetail:
    """Move an order on the board along the flow; a skip or a step back needs `note` (the reason). Every
    change is logged. Hand-over happens only through settlement."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    now = now or now_()
    if to_status not in rules.OPEN_ORDER_STATUSES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "不能手动改为这个状态"), field="status")
    with db.atomic():
        order = order_row(order_id)
        if to_status == order.status:
            return get_order(actor, order_id)
        move_in_txn(actor, order, to_status, now, note)
    return get_order(actor, order_id)
