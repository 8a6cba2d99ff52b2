"""After-sales and customer-base figures of the monthly summary: complaints, satisfaction surveys, and
unarchived customers per category and tier."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from peewee import SQL, fn

from dealerdesk.domain import kpi
from dealerdesk.services.reporting.common import grouped, in_range, row_count, unindexed
from dealerdesk.store.models import Complaint, Customer, Survey


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
