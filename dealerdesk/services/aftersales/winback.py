"""The win-back list (流失客户召回): customers whose car is due for maintenance and who have not been seen for
WINBACK_MONTHS months or more — the ones the service manager has called before they go elsewhere for good.

Why computed here and not read from the reminders: a maintenance reminder stays open until done or dismissed,
but a lost customer's reminders are no longer planned (DOMAIN: lost after 18 months without a visit) — the
list must still show them, so "due" is taken from the maintenance rules (domain.reminders.maintenance_due),
the same ones planning uses. "Seen" is a service visit or the delivery of one of their cars.
"""
from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN, fn

from dealerdesk.domain import labels
from dealerdesk.domain import reminders as rules
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.services.aftersales._common import CHUNK, policy
from dealerdesk.services.auth import Actor, own_customers_clause, phones_masked, require
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, CustomerPhone, ServiceRecord, User, Vehicle, VehicleModel

WINBACK_MONTHS = 6


@dataclass(frozen=True)
class WinbackRow:
    customer_id: int
    name: str
    phone: str
    owner: str  # login of the owning consultant ("" when none)
    owner_name: str
    category: str
    vehicle_id: int
    plate: str
    model: str
    last_seen: dt.date | None
    maintenance_due: dt.date
    months_unseen: int | None  # None: never seen


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)


def list_winback(actor: Actor, today: dt.date, months: int = WINBACK_MONTHS, limit: int = 5000) -> list[WinbackRow]:
    """One row per due vehicle of a customer not seen for `months`+ months, longest unseen first."""
    require(actor, "service.read")
    if months < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "月数应至少为1"), field="months")
    cutoff = rules.add_months(today, -months)
    pol = policy()
    query = (Vehicle.select(Vehicle.id, Vehicle.owner, Vehicle.plate, Vehicle.model_name, VehicleModel.name,
                            Vehicle.delivered_on, Vehicle.registration_date, Customer.name, Customer.category,
                            User.login, User.display_name)
             .join(Customer, on=(Vehicle.owner == Customer.id))
             .switch(Vehicle).join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
             .switch(Customer).join(User, JOIN.LEFT_OUTER, on=(Customer.owner == User.id))
             .where(Customer.archived == False, Customer.erased_at.is_null()))
    own = own_customers_clause(actor)
    if own is not None:
        query = query.where(own)
    vehicles = list(query.tuples())
    last_service = dict(ServiceRecord.select(ServiceRecord.customer, fn.MAX(ServiceRecord.service_date))
                        .where(ServiceRecord.customer.is_null(False)).group_by(ServiceRecord.customer).tuples())
    seen: dict[int, dt.date | None] = {}
    for v in vehicles:
        owner, delivered = v[1], v[5]
        days = [d for d in (seen.get(owner), last_service.get(owner), delivered) if d is not None]
        seen[owner] = max(days) if days else None
    candidates = [v for v in vehicles if seen[v[1]] is None or seen[v[1]] <= cutoff]
    readings: dict[int, list] = defaultdict(list)
    ids = [v[0] for v in candidates]
    for start in range(0, len(ids), CHUNK):
        for vid, on, km, kind in (ServiceRecord.select(ServiceRecord.vehicle, ServiceRecord.service_date,
                                                       ServiceRecord.mileage_km, ServiceRecord.kind)
                                  .where(ServiceRecord.vehicle.in_(ids[start:start + CHUNK])).tuples()):
            readings[vid].append((on, km, kind))
    found: list[tuple[WinbackRow, int]] = []
    for vid, owner, plate, free, cat, delivered, reg, name, category, login, oname in candidates:
        maint = [(d, km) for d, km, kind in readings[vid] if kind == "maintenance"]
        base = delivered or reg or (min(maint)[0] if maint else None)
        if base is None:
            continue
        points = [(d, km) for d, km, _ in readings[vid]] + ([(delivered, 0)] if delivered else [])
        due = rules.maintenance_due(base, max(maint) if maint else None, points, pol)
        deadline = dt.date.fromisoformat(due.detail["date"])
        if deadline > today:
            continue
        last = seen[owner]
        found.append((WinbackRow(owner, name, "", login or "", oname or "", category, vid, plate or "",
                                 cat or free or "", last, deadline,
                                 _months_between(last, today) if last else None), owner))
    found.sort(key=lambda x: (x[0].last_seen or dt.date.min, x[0].maintenance_due, x[0].vehicle_id))
    found = found[:limit]
    phones: dict[int, str] = {}
    owners = sorted({o for _, o in found})
    for start in range(0, len(owners), CHUNK):
        for cid, phone in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone)
                           .where(CustomerPhone.customer.in_(owners[start:start + CHUNK]))
                           .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).tuples()):
            phones.setdefault(cid, phone)
    mask = phones_masked(actor)
    return [WinbackRow(**{**row.__dict__, "phone": audit.mask_phone(phones.get(o, "")) if mask and phones.get(o)
                          else phones.get(o, "")}) for row, o in found]


#: the export's columns: (header, how to read a row)
COLUMNS = (
    (QT_TRANSLATE_NOOP("winback", "客户编号"), lambda r: r.customer_id),
    (QT_TRANSLATE_NOOP("winback", "姓名"), lambda r: r.name),
    (QT_TRANSLATE_NOOP("winback", "电话"), lambda r: r.phone),
    (QT_TRANSLATE_NOOP("winback", "车牌"), lambda r: r.plate),
    (QT_TRANSLATE_NOOP("winback", "车型"), lambda r: r.model),
    (QT_TRANSLATE_NOOP("winback", "上次到店"), lambda r: r.last_seen.isoformat() if r.last_seen else ""),
    (QT_TRANSLATE_NOOP("winback", "未到店月数"), lambda r: "" if r.months_unseen is None else r.months_unseen),
    (QT_TRANSLATE_NOOP("winback", "保养应到期"), lambda r: r.maintenance_due.isoformat()),
    (QT_TRANSLATE_NOOP("winback", "客户类别"), lambda r: labels.label(labels.CATEGORY, r.category)),
    (QT_TRANSLATE_NOOP("winback", "销售顾问"), lambda r: r.owner_name),
)


def export_winback(actor: Actor, path: str | Path, today: dt.date, months: int = WINBACK_MONTHS) -> int:
    """Write the list as CSV (UTF-8 with BOM: Excel opens it) for the service manager; audited (an export
    of customer data). Returns the number of rows."""
    require(actor, "export")
    rows = list_winback(actor, today, months)
    target = Path(path)
    with target.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow([head for head, _ in COLUMNS])
        for row in rows:
            writer.writerow([get(row) for _, get in COLUMNS])
    with db.atomic():
        audit.record(actor, "winback.export", "customer", None, rows=len(rows), months=months, file=target.name)
    return len(rows)
