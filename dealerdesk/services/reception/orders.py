"""Service reception, part 2: check-in and the repair order (接待 / 工单) — lines from the catalogue
(services/catalogue), the quote the customer accepts, extra work (增项) approved or declined, workshop
status and the progress board.

Why the number comes from a counter row in the same transaction as the insert: order numbers are printed and
quoted on the phone, so they must never repeat or be reused, also when two PCs check cars in at once; the
counter row (plus the UNIQUE index on the number) makes the second writer wait, not collide.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, text_input
from dealerdesk.services.aftersales.service_records import LowerMileage, last_reading
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reception._common import check_advisor, order_row, policy, write_txn
from dealerdesk.services.reception.appointments import close_confirm_call
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Appointment,
    Customer,
    NumberCounter,
    RepairItem,
    RepairOrder,
    RepairStatusChange,
    ServiceCatalogueItem,
    User,
    Vehicle,
)


@dataclass
class CheckInInput:
    customer_id: int | None
    vehicle_id: int
    mileage_km: int
    fuel_level: int = 50  # percent
    damage: str = ""
    belongings: str = ""
    complaint: str = ""  # the customer's own words
    service_kind: str = "maintenance"
    appointment_id: int | None = None
    advisor_id: int | None = None


@dataclass
class LineInput:
    kind: str = "part"
    name: str = ""
    qty: Decimal | float | str = 1
    unit_price: Decimal | float | str | None = None
    catalogue_item_id: int | None = None
    job: str = ""


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


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


# --- check-in ---------------------------------------------------------------------------------------

def allocate_number(series: str, year: int) -> int:
    """The next number of a series (caller holds the write transaction that also inserts the row)."""
    NumberCounter.insert(name=series, year=year, last=0).on_conflict_ignore().execute()
    NumberCounter.update(last=NumberCounter.last + 1).where(NumberCounter.name == series,
                                                           NumberCounter.year == year).execute()
    return NumberCounter.select(NumberCounter.last).where(NumberCounter.name == series,
                                                          NumberCounter.year == year).scalar()


def _log_status(order_id: int, old: str, new: str, actor: Actor, now: dt.datetime, note: str = "") -> None:
    RepairStatusChange.create(order=order_id, from_status=old, to_status=new, changed_at=now, changed_by=actor.id,
                              note=note[:200])


def check_in(actor: Actor, data: CheckInInput, now: dt.datetime | None = None,
             confirm_low_mileage: bool = False) -> OrderDetail:
    """Receive a car (from an appointment or a walk-in) and open its repair order.

    A mileage below the vehicle's history raises `LowerMileage` (the UI asks, then retries with
    `confirm_low_mileage=True`)."""
    require(actor, "reception.write")
    now = now or _now()
    if data.mileage_km < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "里程不能为负数"), field="mileage_km")
    if not 0 <= data.fuel_level <= 100:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "油量应在 0 到 100% 之间"), field="fuel_level")
    if data.service_kind not in rules.SERVICE_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的服务类型 {kind}"), field="service_kind",
                           kind=data.service_kind)
    pol = policy()
    with write_txn():
        changes.mark(changes.DUE, changes.RECEPTION)
        vehicle = Vehicle.get_or_none(Vehicle.id == data.vehicle_id)
        if vehicle is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车辆 {id}"), id=data.vehicle_id)
        customer_id = data.customer_id or vehicle.owner_id
        if customer_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择送修客户"), field="customer")
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=customer_id)
        if data.advisor_id is not None:
            check_advisor(data.advisor_id)
        appt = None
        if data.appointment_id is not None:
            appt = Appointment.get_or_none(Appointment.id == data.appointment_id)
            if appt is None or appt.status != "booked":
                raise Conflict(QT_TRANSLATE_NOOP("errors", "这个预约不能接车（不存在或已处理）"), field="appointment")
        last = last_reading(vehicle.id, now.date())
        in_shop = RepairOrder.select(fn.MAX(RepairOrder.mileage_km)).where(RepairOrder.vehicle == vehicle.id).scalar()
        last_km = max(last.mileage_km, in_shop or 0)
        if rules.mileage_questionable(data.mileage_km, last_km) and not confirm_low_mileage:
            raise LowerMileage(QT_TRANSLATE_NOOP(
                "errors", "里程 {km} 公里低于上次记录的 {last_km} 公里（{last_on}），确认仪表已更换或读数无误吗？"),
                field="mileage_km", km=data.mileage_km, last_km=last_km,
                last_on=last.on.isoformat() if last.on else "-")
        seq = allocate_number(pol.order_prefix, now.year)
        order = RepairOrder.create(
            number=rules.order_number(pol.order_prefix, now.year, seq), appointment=data.appointment_id,
            customer=customer_id, vehicle=vehicle.id, advisor=data.advisor_id or (appt.advisor_id if appt else None)
            or actor.id, service_kind=data.service_kind, status="waiting", checked_in_at=now,
            mileage_km=data.mileage_km, fuel_level=data.fuel_level, damage=text_input.clean(RepairOrder, "damage", data.damage, QT_TRANSLATE_NOOP("fields", "外观损伤")),
            belongings=text_input.clean(RepairOrder, "belongings", data.belongings,
                                        QT_TRANSLATE_NOOP("fields", "车内物品")),
            complaint=text_input.clean(RepairOrder, "complaint", data.complaint, QT_TRANSLATE_NOOP("fields", "客户描述")), updated_at=now)
        _log_status(order.id, "", "waiting", actor, now)
        if appt is not None:
            Appointment.update(status="arrived", status_at=now).where(Appointment.id == appt.id).execute()
            close_confirm_call(appt.id, "done", actor, now)
        audit.record(actor, "repair_order.check_in", "repair_order", order.id, at=now, number=order.number,
                     low_mileage_confirmed=data.mileage_km < last_km,
                     changes=audit.diff({}, audit.fields_of(order)))
    return get_order(actor, order.id)


# --- lines, quote, extra work -----------------------------------------------------------------------

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
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    with db.atomic():
        order = order_row(order_id)
        if order.quote_accepted_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "报价已确认，新项目请作为增项报价"), field="lines")
        line_id = RepairItem.insert(order=order.id, added_at=now or _now(), **_line_values(data)).execute()
        audit.record(actor, "repair_order.add_line", "repair_order", order.id, line=line_id, at=now)
    return get_order(actor, order_id)


def remove_line(actor: Actor, line_id: int) -> OrderDetail:
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    with db.atomic():
        line = RepairItem.get_or_none(RepairItem.id == line_id)
        if line is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到项目 {id}"), id=line_id)
        order = order_row(line.order_id)
        if line.approval != "quoted" or (not line.is_extra and order.quote_accepted_at is not None):
            raise Conflict(QT_TRANSLATE_NOOP("errors", "客户已确认的项目不能删除"), field="lines")
        line.delete_instance()
        audit.record(actor, "repair_order.remove_line", "repair_order", order.id, line=line_id, name=line.name)
    return get_order(actor, order.id)


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
    now = now or _now()
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
    now = now or _now()
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
    now = now or _now()
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


def change_status(actor: Actor, order_id: int, to_status: str, now: dt.datetime | None = None,
                  note: str = "") -> OrderDetail:
    """Move an order on the board; every change is logged. Hand-over happens only through settlement."""
    require(actor, "reception.write")
    changes.mark(changes.DUE, changes.RECEPTION)
    now = now or _now()
    if to_status not in rules.OPEN_ORDER_STATUSES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "不能手动改为这个状态"), field="status")
    with db.atomic():
        order = order_row(order_id)
        if to_status == order.status:
            return get_order(actor, order_id)
        if to_status != "waiting" and order.quote_accepted_at is None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "客户还没确认报价，不能开工"), field="status")
        if to_status == "ready" and RepairItem.select().where(
                RepairItem.order == order.id, RepairItem.is_extra == True, RepairItem.approval == "quoted").exists():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "还有增项等客户答复，不能交车"), field="status")
        values = {"status": to_status, "updated_at": now}
        if to_status == "ready" and order.ready_at is None:
            values["ready_at"] = now
        RepairOrder.update(**values).where(RepairOrder.id == order.id).execute()
        _log_status(order.id, order.status, to_status, actor, now, note)
        audit.record(actor, "repair_order.status", "repair_order", order.id, at=now, old=order.status,
                     new=to_status, changes=audit.diff({"status": order.status}, {"status": to_status}))
    return get_order(actor, order_id)


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
    lines = [LineRow(ln.id, ln.job, ln.kind, ln.name, Decimal(ln.qty), Decimal(ln.unit_price),
                     Decimal(ln.final_qty if ln.final_qty is not None else ln.qty),
                     Decimal(ln.final_unit_price if ln.final_unit_price is not None else ln.unit_price),
                     ln.is_extra, ln.extra_group, ln.approval, ln.decided_at, ln.decided_channel, ln.decided_by)
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


def progress_board(actor: Actor, now: dt.datetime | None = None) -> list[BoardRow]:
    """Every open order (not yet handed over), oldest check-in first; overdue = past its promised time."""
    require(actor, "reception.read")
    now = now or _now()
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
    return [BoardRow(oid, number, plate or "", cname, aname or "", status, at, promised,
                     rules.is_overdue(status, promised, now), pending.get(oid, 0))
            for oid, number, plate, cname, aname, status, at, promised in query.tuples()]
