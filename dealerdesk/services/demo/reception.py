"""Demo store, service reception: technicians, today's and this week's appointments, and repair orders in
every status of DOMAIN's flow — some with extra work waiting for the customer, technicians at work
(assignments started, not finished), two cars handed over today.

Why rows and not the use cases: the demo must be the same for the same seed (tests/services/demo compare
every table), and the use cases stamp audit rows and records with the wall clock. The rows are what the use
cases would have written at the times given here; there are a few dozen, so this costs milliseconds.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from peewee import fn

from dealerdesk.domain import reception as rules
from dealerdesk.services import derived
from dealerdesk.services.catalogue import DEFAULT_CATALOGUE
from dealerdesk.store.models import (
    Appointment,
    NumberCounter,
    RepairItem,
    RepairOrder,
    RepairStatusChange,
    ServiceCatalogueItem,
    ServiceRecord,
    User,
    Vehicle,
    WorkAssignment,
)

#: (login, name): technicians (前台 role: they read the workshop board, the advisor dispatches)
TECHNICIANS = [("tech01", "周师傅"), ("tech02", "吴师傅"), ("tech03", "郑师傅")]
PREFIX = "WO"

# One order per row: status, service kind, base lines, extra work [(job, codes, answer)], complaint, and per
# base line the technician (index into TECHNICIANS) and progress ("", "assigned", "working", "done").
ORDERS = [
    ("waiting", "maintenance", ["P-OIL", "P-OILF", "L-MAINT"], [], "常规保养", []),  # quote not agreed yet
    ("waiting", "repair", ["L-DIAG"], [], "仪表盘故障灯亮", [(2, "assigned")]),
    ("in_repair", "maintenance", ["P-OIL", "P-OILF", "L-MAINT"], [("更换空气滤清器", ["P-AIRF"], "quoted")],
     "保养，顺便看看空调", [(0, "done"), (0, "done"), (0, "working")]),
    ("in_repair", "repair", ["L-DIAG", "P-BRKF", "L-BRK"], [], "刹车时有吱吱声", [(1, "done"), None, (1, "working")]),
    ("waiting_parts", "repair", ["L-DIAG"], [("更换前刹车片", ["P-BRKF", "L-BRK"], "approved"),
                                             ("更换雨刮片", ["P-WIPER"], "quoted")], "雨天刹车发软", [(2, "done")]),
    ("quality_check", "maintenance", ["P-OIL", "P-OILF", "L-MAINT"], [], "常规保养", [None, None, (0, "done")]),
    ("ready", "maintenance", ["P-OIL", "P-OILF", "P-CABF", "L-MAINT", "L-WASH"],
     [("更换雨刮片", ["P-WIPER"], "declined")], "保养并洗车", [None, None, None, (1, "done"), (2, "done")]),
    ("handed_over", "maintenance", ["P-OIL", "P-OILF", "L-MAINT"], [], "常规保养", [None, None, (0, "done")]),
    ("handed_over", "repair", ["L-DIAG", "P-BRKF", "L-BRK"], [], "刹车异响", [(1, "done"), None, (1, "done")]),
]
FLOW = {"waiting": [], "in_repair": ["in_repair"], "waiting_parts": ["in_repair", "waiting_parts"],
        "quality_check": ["in_repair", "quality_check"], "ready": ["in_repair", "quality_check", "ready"],
        "handed_over": ["in_repair", "quality_check", "ready", "handed_over"]}
WORK = ["常规保养", "保养 + 检查刹车", "更换轮胎", "空调检查", "首保", "事故车定损"]


def write_reception(seed: int, today: date) -> None:
    """Technicians, catalogue, appointments and repair orders of `today` (the caller holds the store open)."""
    rng = random.Random(f"reception-{seed}")
    created = datetime.combine(today - timedelta(days=400), time(9))
    hash_ = User.select(User.password_hash).where(User.login == "admin").scalar() or ""
    techs = [User.insert(login=login, display_name=name, role="front_desk", password_hash=hash_, active=True,
                         created_at=created, technician=True).execute() for login, name in TECHNICIANS]
    advisors = [uid for (uid,) in User.select(User.id).where(User.role == "service_advisor")
                .order_by(User.login).tuples()]
    if not advisors:
        return
    if not ServiceCatalogueItem.select().exists():
        ServiceCatalogueItem.insert_many([{"code": c, "name": n, "kind": k, "unit_price": Decimal(p), "active": True}
                                          for c, n, k, p in DEFAULT_CATALOGUE]).execute()
    catalogue = {code: (iid, name, kind, Decimal(price)) for iid, code, name, kind, price in
                 ServiceCatalogueItem.select(ServiceCatalogueItem.id, ServiceCatalogueItem.code,
                                             ServiceCatalogueItem.name, ServiceCatalogueItem.kind,
                                             ServiceCatalogueItem.unit_price).tuples()}
    cars = list(Vehicle.select(Vehicle.id, Vehicle.owner, Vehicle.mileage_km).where(Vehicle.owner.is_null(False))
                .order_by(Vehicle.id).limit(200).tuples())
    if len(cars) < len(ORDERS) + 12:
        return  # a tiny store: no reception demo
    picked = rng.sample(cars, len(ORDERS) + 12)
    _appointments(rng, today, picked[len(ORDERS):], advisors)
    for n, (spec, car) in enumerate(zip(ORDERS, picked, strict=False), 1):
        _order(rng, today, n, spec, car, advisors[n % len(advisors)], techs, catalogue)
    NumberCounter.insert(name=PREFIX, year=today.year, last=len(ORDERS)).execute()
    # today's hand-overs are service visits: their owners' scores count them, as settlement would
    derived.refresh_customers([car[1] for spec, car in zip(ORDERS, picked, strict=False) if spec[0] == "handed_over"],
                              today=today)


def _appointments(rng: random.Random, today: date, cars: list[tuple], advisors: list[int]) -> None:
    """Today's bookings (afternoon, not arrived yet) and some on each of the next days of the week."""
    booked_at = datetime.combine(today - timedelta(days=2), time(15, 0))
    days = [today] * 5 + [today + timedelta(days=d) for d in (1, 1, 2, 3, 4, 5, 6)]
    rows = []
    for i, ((vid, owner, _km), day) in enumerate(zip(cars, days, strict=False)):
        start = datetime.combine(day, time(13 + i % 4, 30 if i % 2 else 0))
        rows.append({"customer": owner, "vehicle": vid, "advisor": advisors[i % len(advisors)], "start": start,
                     "requested_work": WORK[rng.randrange(len(WORK))], "status": "booked",
                     "created_at": booked_at, "created_by": advisors[i % len(advisors)]})
    Appointment.insert_many(rows).execute()


def _order(rng: random.Random, today: date, n: int, spec: tuple, car: tuple, advisor: int, techs: list[int],
           catalogue: dict) -> None:
    status, kind, codes, extras, complaint, work = spec
    vid, owner, km = car
    last = ServiceRecord.select(fn.MAX(ServiceRecord.mileage_km)).where(ServiceRecord.vehicle == vid).scalar() or 0
    mileage = max(km or 0, last) + rng.randrange(300, 3000)
    at = datetime.combine(today, time(8, 30)) + timedelta(minutes=12 * n)
    accepted = at + timedelta(minutes=20) if (status != "waiting" or work) else None
    promised = at + timedelta(hours=5)
    order_id = RepairOrder.insert(
        number=rules.order_number(PREFIX, today.year, n), customer=owner, vehicle=vid, advisor=advisor,
        service_kind=kind, status="waiting", checked_in_at=at, mileage_km=mileage, fuel_level=rng.choice([25, 50, 75]),
        complaint=complaint, promised_at=promised, quote_accepted_at=accepted,
        quote_accepted_by="客户本人" if accepted else "", updated_at=at).execute()
    lines = []
    for code in codes:
        iid, name, line_kind, price = catalogue[code]
        qty = Decimal(4) if code == "P-OIL" else Decimal(1)
        lines.append(RepairItem.insert(order=order_id, job=complaint[:80], kind=line_kind, catalogue_item=iid,
                                       name=name, qty=qty, unit_price=price,
                                       approval="approved" if accepted else "quoted",
                                       decided_at=accepted, decided_channel="in_person" if accepted else "",
                                       decided_by="客户本人" if accepted else "", added_at=at).execute())
    quoted = sum((catalogue[c][3] * (4 if c == "P-OIL" else 1) for c in codes), Decimal("0.00"))
    agreed = Decimal("0.00")
    for group, (job, extra_codes, answer) in enumerate(extras, 1):
        asked = at + timedelta(minutes=60 + 15 * group)
        for code in extra_codes:
            iid, name, line_kind, price = catalogue[code]
            answered = answer != "quoted"
            RepairItem.insert(order=order_id, job=job, kind=line_kind, catalogue_item=iid, name=name, qty=1,
                              unit_price=price, is_extra=True, extra_group=group, approval=answer,
                              decided_at=asked + timedelta(minutes=10) if answered else None,
                              decided_channel="phone" if answered else "", decided_by="客户本人" if answered else "",
                              added_at=asked).execute()
            agreed += price if answer == "approved" else 0
    for line_id, plan in zip(lines, work, strict=False):
        if plan is None:
            continue
        tech, progress = plan
        started = at + timedelta(minutes=30) if progress in ("working", "done") else None
        WorkAssignment.insert(item=line_id, technician=techs[tech], assigned_at=at + timedelta(minutes=25),
                              assigned_by=advisor, started_at=started,
                              finished_at=started + timedelta(minutes=rng.randrange(35, 110))
                              if progress == "done" else None).execute()
    steps, old = FLOW[status], "waiting"
    RepairStatusChange.insert(order=order_id, from_status="", to_status="waiting", changed_at=at,
                              changed_by=advisor).execute()
    moment = at + timedelta(minutes=30)
    values: dict = {"quoted_total": quoted}
    for step in steps:
        RepairStatusChange.insert(order=order_id, from_status=old, to_status=step, changed_at=moment,
                                  changed_by=advisor).execute()
        if step == "ready":
            values["ready_at"] = moment
        old, moment = step, moment + timedelta(minutes=15)
    values["status"] = status
    if status == "handed_over":
        total = quoted + agreed
        parts = sum((catalogue[c][3] * (4 if c == "P-OIL" else 1) for c in codes if catalogue[c][2] == "part"),
                    Decimal("0.00"))
        record = ServiceRecord.insert(vehicle=vid, customer=owner, kind=kind, service_date=today, mileage_km=mileage,
                                      content="、".join(catalogue[c][1] for c in codes), parts_cost=parts,
                                      labour_cost=total - parts, advisor=advisor, created_at=moment).execute()
        Vehicle.update(mileage_km=mileage).where(Vehicle.id == vid).execute()
        values.update(settled_at=moment, final_total=total, payable=total, payment_method="wechat_pay",
                      service_record=record)
    RepairOrder.update(updated_at=moment, **values).where(RepairOrder.id == order_id).execute()
