"""Insurance renewal (续保) recorded on the vehicle: renewed with an insurer (premium, kind, new expiry) or lost
to another insurer.

Why on the vehicle: the renewal reminders are planned from the vehicle's expiry dates, so a renewal must
roll those dates forward in the same transaction, close the open reminder it answers, and re-plan — or the
advisor keeps being told to renew a policy that was renewed last week. A loss is kept too (which insurer
won it) so the manager sees where renewals go; the expiry still rolls when the new date is known, so next
year's reminder comes round again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from peewee import JOIN

from dealerdesk.domain import labels
from dealerdesk.domain import vehicle_facts as facts
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, derived, versions
from dealerdesk.services.auth import Actor, require, require_customer
from dealerdesk.store.db import db
from dealerdesk.store.models import InsuranceRenewal, Reminder, User, Vehicle

KINDS = labels.INSURANCE_KIND
OUTCOMES = labels.RENEWAL_OUTCOME


@dataclass
class RenewalInput:
    """What the advisor typed. Expiry dates left empty are rolled one year from the current ones."""

    outcome: str = "renewed"  # renewed | lost
    kind: str = "both"  # both | compulsory | commercial
    insurer: str = ""  # ours, or the one it was lost to
    premium: Decimal | float | int | str = 0
    compulsory_until: dt.date | None = None
    commercial_until: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class RenewalRow:
    id: int
    renewed_on: dt.date
    outcome: str
    kind: str
    insurer: str
    premium: Decimal
    compulsory_until: dt.date | None
    commercial_until: dt.date | None
    note: str
    by: str


def renewal_rows(vehicle_id: int) -> list[RenewalRow]:
    """A vehicle's renewals, newest first (one indexed query)."""
    rows = (InsuranceRenewal.select(InsuranceRenewal.id, InsuranceRenewal.renewed_on, InsuranceRenewal.outcome,
                                    InsuranceRenewal.kind, InsuranceRenewal.insurer, InsuranceRenewal.premium,
                                    InsuranceRenewal.compulsory_until, InsuranceRenewal.commercial_until,
                                    InsuranceRenewal.note, User.display_name)
            .join(User, JOIN.LEFT_OUTER, on=(InsuranceRenewal.by_user == User.id))
            .where(InsuranceRenewal.vehicle == vehicle_id).tuples())
    return sorted((RenewalRow(rid, on, outcome, kind, insurer, Decimal(premium or 0), cu, mu, note, by or "")
                   for rid, on, outcome, kind, insurer, premium, cu, mu, note, by in rows),
                  key=lambda r: (r.renewed_on, r.id), reverse=True)


def _premium(value: Decimal | float | int | str) -> Decimal:
    try:
        amount = Decimal(str(value or 0)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "保费应为数字"), field="premium") from None
    return amount


def record_renewal(actor: Actor, vehicle_id: int, data: RenewalInput, *, expected_version: int | None,
                   today: dt.date | None = None) -> RenewalRow:
    """Record a renewal on the vehicle: roll its expiry dates, set its insurer, close the open renewal
    reminders it answers and re-plan the owner's reminders — one transaction, audited.

    `expected_version`: the vehicle's version the advisor was looking at (services/versions.py)."""
    require(actor, "service.write")
    today = today or dt.date.today()
    facts.check_renewal(data.outcome, data.kind, data.insurer, str(data.premium or 0))
    premium = _premium(data.premium)
    now = dt.datetime.now().replace(microsecond=0)
    with db.atomic():
        vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
        if vehicle is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到车辆 {id}"), id=vehicle_id)
        if vehicle.owner_id is not None:
            require_customer(actor, "service.write", vehicle.owner_id)
        versions.check("vehicle", vehicle_id, QT_TRANSLATE_NOOP("errors", "车辆 {plate} ").format(
            plate=vehicle.plate or vehicle.vin or vehicle_id), expected_version, vehicle.version, lambda: [])
        kinds = ("compulsory", "commercial") if data.kind == "both" else (data.kind,)
        new = {"compulsory": vehicle.insurance_compulsory_until, "commercial": vehicle.insurance_commercial_until}
        typed = {"compulsory": data.compulsory_until, "commercial": data.commercial_until}
        for kind in kinds:
            if typed[kind] is not None:
                if typed[kind] < today:
                    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "新的到期日不能早于今天"),
                                       field=f"{kind}_until")
                new[kind] = typed[kind]
            elif data.outcome == "renewed":
                new[kind] = facts.renewed_until(new[kind], today)
        row = InsuranceRenewal.create(
            vehicle=vehicle_id, customer=vehicle.owner_id, renewed_on=today, outcome=data.outcome, kind=data.kind,
            insurer=data.insurer.strip()[:40], premium=premium if data.outcome == "renewed" else Decimal(0),
            compulsory_until=new["compulsory"] if "compulsory" in kinds else None,
            commercial_until=new["commercial"] if "commercial" in kinds else None,
            note=data.note.strip()[:200], by_user=actor.id, created_at=now)
        before = audit.fields_of(vehicle)
        Vehicle.update(insurance_compulsory_until=new["compulsory"], insurance_commercial_until=new["commercial"],
                       insurer=data.insurer.strip()[:40], updated_at=now, version=Vehicle.version + 1).where(
            Vehicle.id == vehicle_id).execute()
        # the open renewal reminders of the renewed policies are answered by this renewal
        note = (QT_TRANSLATE_NOOP("reminders", "已续保") if data.outcome == "renewed"
                else QT_TRANSLATE_NOOP("reminders", "已流失到其他保险公司"))
        (Reminder.update(status="done" if data.outcome == "renewed" else "dismissed", done_at=now, done_by=actor.id,
                         note=f"{note}：{data.insurer.strip()[:40]}"[:200])
         .where(Reminder.vehicle == vehicle_id, Reminder.status == "open",
                Reminder.kind.in_([f"insurance_{k}" for k in kinds])).execute())
        audit.record(actor, "vehicle.renew_insurance", "vehicle", vehicle_id, at=now, about=vehicle.owner_id,
                     renewal=row.id, outcome=data.outcome, kind=data.kind, insurer=row.insurer,
                     premium=str(row.premium),
                     changes=audit.diff(before, audit.fields_of(Vehicle.get_by_id(vehicle_id))))
        derived.refresh_customers([vehicle.owner_id], today=today, replan=True)
    changes.mark(changes.DUE, customer=vehicle.owner_id)
    return next(r for r in renewal_rows(vehicle_id) if r.id == row.id)
