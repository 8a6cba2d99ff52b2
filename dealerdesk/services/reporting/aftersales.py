"""After-sales and customer-base figures of the monthly summary: complaints, satisfaction surveys, and
unarchived customers per category and tier."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from peewee import SQL, fn

from dealerdesk.domain import kpi, reception
from dealerdesk.services.reporting.common import grouped, in_range, row_count, unindexed
from dealerdesk.store.models import Complaint, Customer, RepairItem, RepairOrder, Survey, User, WorkAssignment


@dataclass(frozen=True)
class ComplaintFigures:
    received: int
    resolved: int
    mean_hours_to_resolve: float | None
    overdue: int


@dataclass(frozen=True)
class SatisfactionFigures:
    surveys: int
    overall: dict[str, int]
    repurchase: dict[str, int]
    recommend: dict[str, int]

    @property
    def satisfied_rate(self) -> float | None:
        return kpi.rate(
            self.overall.get("very_satisfied", 0) + self.overall.get("satisfied", 0), self.surveys
        )


def categories_and_tiers() -> tuple[dict[str, int], dict[str, int]]:
    """Unarchived customers per category and per tier. Each total comes from its own covering index and the
    archived ones are taken off: a GROUP BY over the customer rows reads the whole (wide) table."""
    archived = (Customer.archived > 0) | (Customer.archived < 0)  # NOT NULL column; two ranges of its index
    out = []
    for key in (Customer.category, Customer.tier):
        counts = Counter(dict(Customer.select(key, fn.COUNT(SQL("*"))).group_by(key).tuples()))
        gone = (
            Customer.select(key, fn.COUNT(SQL("*"))).where(archived).group_by(unindexed(key))
        )  # archived index
        counts.subtract(dict(gone.tuples()))
        out.append({k: int(n) for k, n in sorted(counts.items(), key=lambda kv: kv[0]) if n > 0})
    return out[0], out[1]


def complaints(start: dt.datetime, end: dt.datetime) -> ComplaintFigures:
    received = row_count(Complaint.select().where(in_range(Complaint.received_at, start, end)))
    resolved = list(
        Complaint.select(Complaint.received_at, Complaint.resolved_at)
        .where(in_range(Complaint.resolved_at, start, end))
        .tuples()
    )
    hours = [(done - got).total_seconds() / 3600 for got, done in resolved]
    overdue = row_count(
        Complaint.select().where(
            Complaint.received_at < end,
            Complaint.resolve_due < end,
            Complaint.resolved_at.is_null() | (Complaint.resolved_at >= end),
        )
    )
    mean = kpi.mean(hours)
    return ComplaintFigures(received, len(resolved), None if mean is None else round(mean, 1), overdue)


def satisfaction(start: dt.datetime, end: dt.datetime) -> SatisfactionFigures:
    q = Survey.select().where(in_range(Survey.taken_at, start, end))
    return SatisfactionFigures(
        row_count(q),
        dict(grouped(q, Survey.overall)),
        dict(grouped(q.where(Survey.repurchase != ""), Survey.repurchase)),
        dict(grouped(q.where(Survey.recommend != ""), Survey.recommend)),
    )


# --- workshop (派工): technicians' hours and first-time-fix ----------------------------------------------

@dataclass(frozen=True)
class TechnicianHours:
    technician_id: int
    name: str
    jobs: int  # finished assignments
    worked_hours: Decimal  # start to finish, summed
    standard_hours: Decimal  # the labour lines' standard hours (their quantity)

    @property
    def efficiency(self) -> float:
        """Standard hours per hour worked (1.0 = as the catalogue says; above = faster)."""
        return float(self.standard_hours / self.worked_hours) if self.worked_hours else 0.0


def technician_hours(start: dt.datetime, end: dt.datetime) -> list[TechnicianHours]:
    """Per technician, the assignments finished in [start, end): jobs, hours worked, standard hours."""
    rows = (WorkAssignment.select(User.id, User.display_name, WorkAssignment.started_at,
                                  WorkAssignment.finished_at, RepairItem.kind, RepairItem.qty)
            .join(User, on=(WorkAssignment.technician == User.id)).join_from(WorkAssignment, RepairItem)
            .where(in_range(WorkAssignment.finished_at, start, end)).tuples())
    totals: dict[int, list] = {}
    for tid, name, started, finished, kind, qty in rows:
        t = totals.setdefault(tid, [name, 0, Decimal("0.00"), Decimal("0.00")])
        t[1] += 1
        t[2] += reception.work_hours(started, finished)
        t[3] += reception.standard_hours(kind, Decimal(qty))
    return [TechnicianHours(tid, name, jobs, worked, std)
            for tid, (name, jobs, worked, std) in sorted(totals.items(), key=lambda kv: kv[1][0])]


#: the visits first-time-fix judges: repairs (maintenance is planned, not a fix)
FIX_KINDS = ("repair", "warranty", "insurance")


def first_time_fix(start: dt.datetime, end: dt.datetime, comeback_days: int) -> tuple[int, int]:
    """(fixed first time, judged): repair visits handed over in [start, end) whose car did not come back
    for a repair within `comeback_days` days (domain/reception.first_time_fixes)."""
    settled = list(RepairOrder.select(RepairOrder.id, RepairOrder.vehicle, RepairOrder.settled_at)
                   .where(RepairOrder.status == "handed_over", in_range(RepairOrder.settled_at, start, end),
                          RepairOrder.service_kind.in_(FIX_KINDS)).tuples())
    if not settled:
        return 0, 0
    later: dict[int, list[dt.datetime]] = {}
    for vid, at in (RepairOrder.select(RepairOrder.vehicle, RepairOrder.checked_in_at)
                    .where(RepairOrder.vehicle.in_(sorted({v for _o, v, _s in settled})),
                           RepairOrder.service_kind.in_(FIX_KINDS), RepairOrder.checked_in_at >= start).tuples()):
        later.setdefault(vid, []).append(at)
    visits = [(vid, at.date(), min((c.date() for c in later.get(vid, []) if c > at), default=dt.date.max))
              for _oid, vid, at in settled]
    return reception.first_time_fixes(visits, comeback_days)
