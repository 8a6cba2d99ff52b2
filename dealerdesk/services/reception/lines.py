"""Service reception: the repair order's lines (工单项目) — the quote the customer accepts, lines edited or
deleted (and a deletion undone) while the customer has not agreed to them, extra work (增项) proposed and
answered, and the final amounts settlement compares with the quote.

Why a line is changeable only while its approval is "quoted": what the customer agreed to is what the
settlement slip shows against the final amounts; changing it afterwards would rewrite the agreement.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reception._common import now_, order_row
from dealerdesk.services.reception.orders import LineRow, OrderDetail, get_order
from dealerdesk.store.db import db
from dealerdesk.store.models import RepairItem, RepairOrder, ServiceCatalogueItem


@dataclass
class LineInput:
    kind: str = "part"
    name: str = ""
    qty: Decimal | float | str = 1
    unit_price: Decimal | float | str | None = None
    catalogue_item_id: int | None = None
    job: str = ""



def _line_values(data: LineInput) -> dict:
    item = None
    if data.catalogue_item_id is not None:
        item = ServiceCatalogueItem.get_or_none(ServiceCatalogueItem.id == data.catalogue_item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到项目 {id}"), id=data.catalogue_item_id)
    kind = item.kind if item else data.kind
    name = (data.name or (item.name if item else "")).strip()
    if kind not in rules.LINE_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的项目类型 {kind}"), field="kind", kind=kind)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写项目名称"), field="name")
    price = rules.money(data.unit_price if data.unit_price not in (None, "") else (item.unit_price if item else 0))
    qty = rules.money(data.qty)
    if qty <= 0 or price < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "数量须大于 0，单价不能为负"), field="qty")
    return {"kind": kind, "name": name[:60], "qty": qty, "unit_price": price, "catalogue_item": item.id if item else None,
                "job": (data.job or name).strip()[:80]}


def add_line(actor: Actor, order_id: int, data: LineInput, now: dt.datetime | None = None) -> OrderDetail:
    """A line of the quote; once the customer accepted it, new work goes through `propose_extra`."""
    return add_lines(actor, order_id, [data], now)


def add_lines(actor: Actor, order_id: int, lines: list[LineInput], now: dt.datetime | None = None) -> OrderDetail:
    """Lines of the quote in one transaction (a package's lines: all of them or none)."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    with db.atomic():
        order = order_row(order_id)
        if order.quote_accepted_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "报价已确认，新项目请作为增项报价"), field="lines")
        for data in lines:
            line_id = RepairItem.insert(order=order.id, added_at=now or now_(), **_line_values(data)).execute()
            audit.record(actor, "repair_order.add_line", "repair_order", order.id, line=line_id, at=now)
    return get_order(actor, order_id)


def _open_line(line_id: int) -> tuple[RepairItem, RepairOrder]:
    """A line the customer has not agreed to yet (else Conflict), and its open order."""
    line = RepairItem.get_or_none(RepairItem.id == line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到项目 {id}"), id=line_id)
    order = order_row(line.order_id)
    if line.approval != "quoted" or (not line.is_extra and order.quote_accepted_at is not None):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "客户已确认的项目不能修改或删除"), field="lines")
    return line, order


def remove_line(actor: Actor, line_id: int) -> OrderDetail:
    """Delete a line the customer has not agreed to (a mistaken quote line, an unanswered extra line)."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    with db.atomic():
        line, order = _open_line(line_id)
        line.delete_instance()
        audit.record(actor, "repair_order.remove_line", "repair_order", order.id, line=line_id, name=line.name)
    return get_order(actor, order.id)


def update_line(actor: Actor, line_id: int, qty: object, unit_price: object, name: str | None = None) -> OrderDetail:
    """Correct a line's quantity, unit price (or name) before the customer agrees to it."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    new_qty, new_price = rules.money(qty), rules.money(unit_price)
    if new_qty <= 0 or new_price < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "数量须大于 0，单价不能为负"), field="qty")
    with db.atomic():
        line, order = _open_line(line_id)
        values = {"qty": new_qty, "unit_price": new_price}
        if name is not None:
            if not name.strip():
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写项目名称"), field="name")
            values["name"] = name.strip()[:60]
        before = {k: getattr(line, k) for k in values}
        RepairItem.update(**values).where(RepairItem.id == line_id).execute()
        audit.record(actor, "repair_order.update_line", "repair_order", order.id, line=line_id,
                     changes=audit.diff(before, values))
    return get_order(actor, order.id)


def restore_line(actor: Actor, order_id: int, line: LineRow, now: dt.datetime | None = None) -> OrderDetail:
    """Undo a deletion: the deleted line comes back as it was (a base line while the quote is open, an extra
    line into its group while the customer has not answered it)."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    with db.atomic():
        order = order_row(order_id)
        if line.is_extra:
            answered = RepairItem.select().where(RepairItem.order == order.id, RepairItem.extra_group == line.extra_group,
                                                 RepairItem.approval != "quoted").exists()
            if answered:
                raise Conflict(QT_TRANSLATE_NOOP("errors", "客户已答复这个增项，不能再恢复删除的行"), field="lines")
        elif order.quote_accepted_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "报价已确认，新项目请作为增项报价"), field="lines")
        line_id = RepairItem.insert(order=order.id, job=line.job, kind=line.kind, name=line.name, qty=line.qty,
                                    unit_price=line.unit_price, is_extra=line.is_extra, extra_group=line.extra_group,
                                    approval="quoted", added_at=now or now_()).execute()
        audit.record(actor, "repair_order.restore_line", "repair_order", order.id, line=line_id, name=line.name)
    return get_order(actor, order_id)


def set_promise(actor: Actor, order_id: int, promised_at: dt.datetime) -> OrderDetail:
    """The estimated finish time on the quote (changing it later is logged)."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    with db.atomic():
        order = order_row(order_id)
        if promised_at < order.checked_in_at:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "预计完工时间不能早于接车时间"), field="promised_at")
        RepairOrder.update(promised_at=promised_at).where(RepairOrder.id == order.id).execute()
        audit.record(actor, "repair_order.promise", "repair_order", order.id, old=order.promised_at, new=promised_at)
    return get_order(actor, order_id)


def accept_quote(actor: Actor, order_id: int, accepted_by: str, now: dt.datetime | None = None) -> OrderDetail:
    """The customer (`accepted_by`: who) agrees to the quote: the base lines are approved, the total frozen."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    now = now or now_()
    if not accepted_by.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写确认报价的人"), field="accepted_by")
    with db.atomic():
        order = order_row(order_id)
        if order.quote_accepted_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "报价已确认过"), field="quote")
        lines = list(RepairItem.select().where(RepairItem.order == order.id, RepairItem.is_extra == False))
        if not lines:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "报价里还没有项目"), field="lines")
        if order.promised_at is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写预计完工时间"), field="promised_at")
        total = sum((rules.line_total(ln.qty, ln.unit_price) for ln in lines), Decimal("0.00"))
        RepairItem.update(approval="approved", decided_at=now, decided_channel="in_person",
                          decided_by=accepted_by.strip()[:60]).where(RepairItem.id.in_([ln.id for ln in lines])).execute()
        RepairOrder.update(quote_accepted_at=now, quote_accepted_by=accepted_by.strip()[:60], quoted_total=total,
                           updated_at=now).where(RepairOrder.id == order.id).execute()
        audit.record(actor, "repair_order.accept_quote", "repair_order", order.id, at=now,
                     total=total, by=accepted_by)
    return get_order(actor, order_id)


def propose_extra(actor: Actor, order_id: int, job: str, lines: list[LineInput],
                  now: dt.datetime | None = None) -> int:
    """Extra work found during repair: its own quote (one group of lines); returns the group number."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    now = now or now_()
    if not job.strip() or not lines:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写增项内容和至少一行配件或工时"), field="job")
    with db.atomic():
        order = order_row(order_id)
        if order.quote_accepted_at is None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "报价还没确认，直接加入报价即可"), field="lines")
        group = (RepairItem.select(fn.MAX(RepairItem.extra_group)).where(RepairItem.order == order.id).scalar() or 0) + 1
        rows = [{**_line_values(ln), "job": job.strip()[:80]} for ln in lines]
        RepairItem.insert_many([dict(order=order.id, is_extra=True, extra_group=group, approval="quoted",
                                     added_at=now, **r) for r in rows]).execute()
        audit.record(actor, "repair_order.propose_extra", "repair_order", order.id, at=now, group=group,
                     job=job)
    return group


def decide_extra(actor: Actor, order_id: int, group: int, approved: bool, channel: str, decided_by: str,
                 now: dt.datetime | None = None) -> OrderDetail:
    """The customer's answer to an extra-work quote, with time and channel; declined work stays as advice."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    now = now or now_()
    if channel not in rules.CHANNELS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择客户答复的方式"), field="channel")
    if not decided_by.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写答复的人"), field="decided_by")
    with db.atomic():
        order = order_row(order_id)
        n = (RepairItem.update(approval="approved" if approved else "declined", decided_at=now, decided_channel=channel,
                               decided_by=decided_by.strip()[:60])
             .where(RepairItem.order == order.id, RepairItem.is_extra == True, RepairItem.extra_group == group,
                    RepairItem.approval == "quoted").execute())
        if not n:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "没有待确认的增项 {group}"), field="group", group=group)
        audit.record(actor, "repair_order.decide_extra", "repair_order", order.id, at=now, group=group,
                     approved=approved,
                     channel=channel)
    return get_order(actor, order_id)


def set_final(actor: Actor, line_id: int, final_qty: object, final_unit_price: object) -> OrderDetail:
    """What was really used/charged for a line (the settlement shows it against the quote)."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    qty, price = rules.money(final_qty), rules.money(final_unit_price)
    if qty < 0 or price < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "数量和单价不能为负"), field="final_qty")
    with db.atomic():
        line = RepairItem.get_or_none(RepairItem.id == line_id)
        if line is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到项目 {id}"), id=line_id)
        order_row(line.order_id)
        RepairItem.update(final_qty=qty, final_unit_price=price).where(RepairItem.id == line_id).execute()
        audit.record(actor, "repair_order.final_line", "repair_order", line.order_id, line=line_id, qty=qty, price=price)
    return get_order(actor, line.order_id)

