"""Service reception, part 2: the repair order as it is read (工单) — its lines, totals, status history and
the boards (open orders, today's hand-overs).

The writing use cases live next to it: reception/intake.py (receiving a car), reception/lines.py (quote,
extra work, final amounts), reception/workflow.py (status moves along DOMAIN's flow), reception/dispatch.py
(派工 to technicians).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reception._common import now_
from dealerdesk.store.models import Customer, RepairItem, RepairOrder, RepairStatusChange, User, Vehicle, WorkAssignment

@dataclass(frozen=True)
class LineRow:
    id: int
    job: str
    kind: str
    name: str
    qty: Decimal
    unit_price: Decimal
    final_qty: Decimal
    final_unit_price: Decimal
    is_extra: bool
    extra_group: int
    approval: str
    decided_at: dt.datetime | None
    decided_channel: str
    decided_by: str
    technician_id: int | None = None  # 派工: who works on the line, and when they started and finished
    technician_name: str = ""
    work_started_at: dt.datetime | None = None
    work_finished_at: dt.datetime | None = None

    @property
    def open_to_change(self) -> bool:
        """Not yet agreed by the customer: may be edited or deleted (a base line until the quote is accepted,
        an extra line until the customer answers)."""
        return self.approval == "quoted"

    @property
    def quoted_total(self) -> Decimal:
        return rules.line_total(self.qty, self.unit_price)

    @property
    def final_total(self) -> Decimal:
        return rules.line_total(self.final_qty, self.final_unit_price) if self.approval == "approved" \
            else Decimal("0.00")


@dataclass(frozen=True)
class StatusRow:
    from_status: str
    to_status: str
    at: dt.datetime
    by: str
    note: str


@dataclass(frozen=True)
class OrderDetail:
    id: int
    number: str
    status: str
    customer_id: int
    customer_name: str
    vehicle_id: int
    plate: str
    vin: str
    model: str
    advisor_id: int | None
    advisor_name: str
    service_kind: str
    checked_in_at: dt.datetime
    mileage_km: int
    fuel_level: int
    damage: str
    belongings: str
    complaint: str
    promised_at: dt.datetime | None
    quote_accepted_at: dt.datetime | None
    quote_accepted_by: str
    quoted_total: Decimal
    ready_at: dt.datetime | None
    settled_at: dt.datetime | None
    final_total: Decimal
    discount: Decimal
    discount_reason: str
    payable: Decimal
    payment_method: str
    service_record_id: int | None
    appointment_id: int | None
    lines: list[LineRow] = field(default_factory=list)
    history: list[StatusRow] = field(default_factory=list)

    @property
    def pending_extra_groups(self) -> list[int]:
        return sorted({ln.extra_group for ln in self.lines if ln.is_extra and ln.approval == "quoted"})

    @property
    def base_total(self) -> Decimal:
        return sum((ln.quoted_total for ln in self.lines if not ln.is_extra), Decimal("0.00"))

    @property
    def totals(self) -> rules.OrderTotals:
        """报价, 已同意增项, 已拒绝, 待答复 and the total (quote + agreed extra work)."""
        return rules.order_totals((ln.is_extra, ln.approval, ln.quoted_total) for ln in self.lines)

    @property
    def lines_open_to_change(self) -> bool:
        return self.status != "handed_over" and any(ln.open_to_change for ln in self.lines)


@dataclass(frozen=True)
class BoardRow:
    id: int
    number: str
    plate: str
    customer_name: str
    advisor_name: str
    status: str
    checked_in_at: dt.datetime
    promised_at: dt.datetime | None
    overdue: bool
    pending_extra: int
    technicians: str = ""  # who works on the car (派工), names joined
    settled_at: dt.datetime | None = None
    payable: Decimal = Decimal("0.00")

# --- reading ----------------------------------------------------------------------------------------

def get_order(actor: Actor, order_id: int) -> OrderDetail:
    require(actor, "reception.read")
    row = (RepairOrder.select(RepairOrder, Customer.name, Vehicle.plate, Vehicle.vin, Vehicle.model_name,
                              User.display_name)
           .join(Customer, on=(RepairOrder.customer == Customer.id))
           .switch(RepairOrder).join(Vehicle, on=(RepairOrder.vehicle == Vehicle.id))
           .switch(RepairOrder).join(User, JOIN.LEFT_OUTER, on=(RepairOrder.advisor == User.id))
           .where(RepairOrder.id == order_id).objects().first())
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到工单 {id}"), id=order_id)
    work = {item: (tech, name, started, finished) for item, tech, name, started, finished in
            WorkAssignment.select(WorkAssignment.item, WorkAssignment.technician, User.display_name,
                                  WorkAssignment.started_at, WorkAssignment.finished_at)
            .join(User, on=(WorkAssignment.technician == User.id)).join_from(WorkAssignment, RepairItem)
            .where(RepairItem.order == order_id).tuples()}
    lines = [LineRow(ln.id, ln.job, ln.kind, ln.name, Decimal(ln.qty), Decimal(ln.unit_price),
                     Decimal(ln.final_qty if ln.final_qty is not None else ln.qty),
                     Decimal(ln.final_unit_price if ln.final_unit_price is not None else ln.unit_price),
                     ln.is_extra, ln.extra_group, ln.approval, ln.decided_at, ln.decided_channel, ln.decided_by,
                     *work.get(ln.id, (None, "", None, None)))
             for ln in RepairItem.select().where(RepairItem.order == order_id)
             .order_by(RepairItem.extra_group, RepairItem.id)]
    history = [StatusRow(f, t, at, by or "", note) for f, t, at, by, note in
               RepairStatusChange.select(RepairStatusChange.from_status, RepairStatusChange.to_status,
                                         RepairStatusChange.changed_at, User.display_name, RepairStatusChange.note)
               .join(User, JOIN.LEFT_OUTER, on=(RepairStatusChange.changed_by == User.id))
               .where(RepairStatusChange.order == order_id).order_by(RepairStatusChange.id).tuples()]
    return OrderDetail(
        row.id, row.number, row.status, row.customer_id, row.name, row.vehicle_id, row.plate or "", row.vin or "",
        row.model_name or "", row.advisor_id, row.display_name or "", row.service_kind, row.checked_in_at,
        row.mileage_km, row.fuel_level, row.damage, row.belongings, row.complaint, row.promised_at,
        row.quote_accepted_at, row.quote_accepted_by, Decimal(row.quoted_total), row.ready_at, row.settled_at,
        Decimal(row.final_total), Decimal(row.discount), row.discount_reason, Decimal(row.payable),
        row.payment_method, row.service_record_id, row.appointment_id, lines, history)


def _technician_names(order_ids: list[int]) -> dict[int, str]:
    """Per order, the technicians its lines are dispatched to (派工), in order of dispatch."""
    names: dict[int, list[str]] = {}
    if order_ids:
        for oid, name in (WorkAssignment.select(RepairItem.order, User.display_name)
                          .join(RepairItem).join_from(WorkAssignment, User,
                                                      on=(WorkAssignment.technician == User.id))
                          .where(RepairItem.order.in_(order_ids)).order_by(WorkAssignment.id).tuples()):
            if name not in names.setdefault(oid, []):
                names[oid].append(name)
    return {oid: "、".join(n) for oid, n in names.items()}


def progress_board(actor: Actor, now: dt.datetime | None = None) -> list[BoardRow]:
    """Every open order (not yet handed over), oldest check-in first; overdue = past its promised time."""
    require(actor, "reception.read")
    now = now or now_()
    pending = dict(RepairItem.select(RepairItem.order, fn.COUNT(fn.DISTINCT(RepairItem.extra_group)))
                   .join(RepairOrder).where(RepairOrder.status != "handed_over", RepairItem.is_extra == True,
                                            RepairItem.approval == "quoted")
                   .group_by(RepairItem.order).tuples())
    query = (RepairOrder.select(RepairOrder.id, RepairOrder.number, Vehicle.plate, Customer.name, User.display_name,
                                RepairOrder.status, RepairOrder.checked_in_at, RepairOrder.promised_at)
             .join(Customer, on=(RepairOrder.customer == Customer.id))
             .switch(RepairOrder).join(Vehicle, on=(RepairOrder.vehicle == Vehicle.id))
             .switch(RepairOrder).join(User, JOIN.LEFT_OUTER, on=(RepairOrder.advisor == User.id))
             .where(RepairOrder.status != "handed_over").order_by(RepairOrder.checked_in_at, RepairOrder.id))
    rows = list(query.tuples())
    techs = _technician_names([r[0] for r in rows])
    return [BoardRow(oid, number, plate or "", cname, aname or "", status, at, promised,
                     rules.is_overdue(status, promised, now), pending.get(oid, 0), techs.get(oid, ""))
            for oid, number, plate, cname, aname, status, at, promised in rows]


def handed_over_on(actor: Actor, day: dt.date) -> list[BoardRow]:
    """今日已交车: the orders settled and handed over on `day`, latest first (the board's second list)."""
    require(actor, "reception.read")
    start = dt.datetime.combine(day, dt.time())
    query = (RepairOrder.select(RepairOrder.id, RepairOrder.number, Vehicle.plate, Customer.name, User.display_name,
                                RepairOrder.checked_in_at, RepairOrder.promised_at, RepairOrder.settled_at,
                                RepairOrder.payable)
             .join(Customer, on=(RepairOrder.customer == Customer.id))
             .switch(RepairOrder).join(Vehicle, on=(RepairOrder.vehicle == Vehicle.id))
             .switch(RepairOrder).join(User, JOIN.LEFT_OUTER, on=(RepairOrder.advisor == User.id))
             .where(RepairOrder.status == "handed_over", RepairOrder.settled_at >= start,
                    RepairOrder.settled_at < start + dt.timedelta(days=1))
             .order_by(RepairOrder.settled_at.desc(), RepairOrder.id.desc()))
    rows = list(query.tuples())
    techs = _technician_names([r[0] for r in rows])
    return [BoardRow(oid, number, plate or "", cname, aname or "", "handed_over", at, promised, False, 0,
                     techs.get(oid, ""), settled, Decimal(payable))
            for oid, number, plate, cname, aname, at, promised, settled, payable in rows]
