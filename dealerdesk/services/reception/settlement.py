"""Service reception, part 3: hand-over and settlement (交车 / 结算), declined work as advice, statistics.

Why settlement writes the service record through aftersales/service_records: the record, the vehicle's
mileage, the call-back and the survey (Reminder rows post_service_call / survey) follow one set of rules
whether the visit came through reception or was typed in afterwards at the counter.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import Conflict, InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.loyalty.points import spend_at_settlement
from dealerdesk.services.reception._common import order_row, write_txn
from dealerdesk.services.reception.orders import OrderDetail, get_order
from dealerdesk.store.models import Appointment, RepairItem, RepairOrder, RepairStatusChange

log = logging.getLogger(__name__)


@dataclass
class SettleInput:
    payment_method: str
    discount: Decimal | float | str = 0
    discount_reason: str = ""
    points: int = 0  # member points spent on this order (services/loyalty)


@dataclass(frozen=True)
class AdviceRow:
    """Declined extra work: what to suggest at the vehicle's next visit."""

    order_number: str
    job: str
    name: str
    amount: Decimal
    decided_at: dt.datetime | None


def _diff_lines(order: OrderDetail) -> list[rules.LineDiff]:
    out = []
    for ln in order.lines:
        quoted = ln.quoted_total if (not ln.is_extra or ln.approval == "approved") else Decimal("0.00")
        if ln.approval == "declined":
            continue
        out.append(rules.LineDiff(ln.name, ln.kind, quoted, ln.final_total))
    return out


def settlement_preview(actor: Actor, order_id: int, discount: object = 0) -> rules.Settlement:
    """Final lines against the quote (approved extra work counts as quoted at its own quote)."""
    order = get_order(actor, order_id)
    return rules.settle(_diff_lines(order), discount)


def settle_order(actor: Actor, order_id: int, data: SettleInput, now: dt.datetime | None = None) -> OrderDetail:
    """Hand the car over: totals, discount with a reason, payment; the service record and the call-back and
    survey are written in the same transaction."""
    require(actor, "reception.write")
    now = now or dt.datetime.now().replace(microsecond=0)
    if data.payment_method not in rules.PAYMENT_METHODS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择付款方式"), field="payment_method")
    with write_txn():
        changes.mark(changes.DUE, changes.RECEPTION)
        row = order_row(order_id)
        if row.status != "ready":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "车辆还没完工待交车，不能结算"), field="status")
        order = get_order(actor, order_id)
        result = rules.settle(_diff_lines(order), data.discount)
        if result.discount > 0 and not data.discount_reason.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "有优惠时请填写优惠原因"), field="discount_reason")
        record_id = _write_service_record(actor, order, now)
        spend_at_settlement(actor, order.customer_id, order_id, order.number, int(data.points or 0),
                            result.payable, now, data.payment_method)
        RepairOrder.update(status="handed_over", settled_at=now, final_total=result.final_total,
                           discount=result.discount, discount_reason=data.discount_reason.strip()[:200],
                           payable=result.payable, payment_method=data.payment_method, service_record=record_id,
                           updated_at=now).where(RepairOrder.id == order_id).execute()
        RepairStatusChange.create(order=order_id, from_status="ready", to_status="handed_over", changed_at=now,
                                  changed_by=actor.id, note="")
        audit.record(actor, "repair_order.settle", "repair_order", order_id, at=now, payable=result.payable,
                     discount=result.discount, payment=data.payment_method, service_record=record_id)
    return get_order(actor, order_id)


def _record_content(order: OrderDetail) -> str:
    done = [ln.name for ln in order.lines if ln.approval == "approved"]
    declined = sorted({ln.job for ln in order.lines if ln.approval == "declined"})
    text = f"{order.number}：" + "、".join(done)
    if order.complaint:
        text += f"。客户描述：{order.complaint}"
    if declined:
        text += "。建议下次处理（客户暂不做）：" + "、".join(declined)
    return text


def _write_service_record(actor: Actor, order: OrderDetail, now: dt.datetime) -> int:

    parts = sum((ln.final_total for ln in order.lines if ln.kind == "part"), Decimal("0.00"))
    labour = sum((ln.final_total for ln in order.lines if ln.kind == "labour"), Decimal("0.00"))
    kind = order.service_kind if order.service_kind != "insurance" else "repair"
    record = add_service_record(actor, ServiceRecordInput(
        vehicle_id=order.vehicle_id, kind=kind, service_date=now.date(), mileage_km=order.mileage_km,
        content=_record_content(order), parts_cost=parts, labour_cost=labour, advisor_id=order.advisor_id),
        confirm_lower_mileage=True, today=now.date(), now=now)  # a lower reading was confirmed at check-in
    return record.id


def vehicle_advice(actor: Actor, vehicle_id: int) -> list[AdviceRow]:
    """Extra work the customer declined on this vehicle, newest first (shown again at the next check-in)."""
    require(actor, "vehicle.read")
    rows = (RepairItem.select(RepairOrder.number, RepairItem.job, RepairItem.name, RepairItem.qty,
                              RepairItem.unit_price, RepairItem.decided_at)
            .join(RepairOrder).where(RepairOrder.vehicle == vehicle_id, RepairItem.approval == "declined")
            .order_by(RepairItem.decided_at.desc(), RepairItem.id).tuples())
    return [AdviceRow(num, job, name, rules.line_total(qty, price), at) for num, job, name, qty, price, at in rows]


def stats_between(actor: Actor, first: dt.date, last: dt.date, label: str) -> rules.ReceptionStats:
    """Reception figures for the days first..last (grouped queries; formulas in domain.reception)."""
    require(actor, "reception.read")
    lo = dt.datetime.combine(first, dt.time(0))
    hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0))
    orders = RepairOrder.select().where(RepairOrder.checked_in_at >= lo, RepairOrder.checked_in_at < hi).count()
    settled, revenue = (RepairOrder.select(fn.COUNT(RepairOrder.id), fn.SUM(RepairOrder.payable))
                        .where(RepairOrder.settled_at >= lo, RepairOrder.settled_at < hi).tuples().first())
    decided: dict[str, int] = {}
    for _order_id, _group, approval in (RepairItem.select(RepairItem.order, RepairItem.extra_group,
                                                          RepairItem.approval).distinct()
                                        .where(RepairItem.is_extra == True, RepairItem.approval.in_(("approved", "declined")),
                                               RepairItem.decided_at >= lo, RepairItem.decided_at < hi).tuples()):
        decided[approval] = decided.get(approval, 0) + 1
    finished = on_time = 0
    for ready_at, promised in (RepairOrder.select(RepairOrder.ready_at, RepairOrder.promised_at)
                               .where(RepairOrder.ready_at >= lo, RepairOrder.ready_at < hi,
                                      RepairOrder.promised_at.is_null(False)).tuples()):
        finished += 1
        on_time += bool(rules.finished_on_time(ready_at, promised))
    appts = dict(Appointment.select(Appointment.status, fn.COUNT(Appointment.id))
                 .where(Appointment.start >= lo, Appointment.start < hi,
                        Appointment.status.in_(("arrived", "no_show")))
                 .group_by(Appointment.status).tuples())
    return rules.ReceptionStats(
        period=label, orders=orders, settled=settled or 0, revenue=rules.money(revenue or 0),
        extra_approved=decided.get("approved", 0), extra_declined=decided.get("declined", 0),
        finished=finished, on_time=on_time, appointments=sum(appts.values()), no_shows=appts.get("no_show", 0))


def day_stats(actor: Actor, day: dt.date) -> rules.ReceptionStats:
    return stats_between(actor, day, day, day.isoformat())


def month_stats(actor: Actor, year: int, month: int) -> rules.ReceptionStats:
    """For the page and the monthly summary report."""
    first = dt.date(year, month, 1)
    last = _next_month(first) - dt.timedelta(days=1)
    return stats_between(actor, first, last, f"{year:04d}-{month:02d}")


def _next_month(first: dt.date) -> dt.date:
    return dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
