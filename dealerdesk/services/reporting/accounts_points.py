"""The monthly summary's key-account and points figures (issue 25): kpi --json "key_accounts" and "points",
and the PDF section reports/accounts_points_section.py, from the same two functions."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import Case, fn

from dealerdesk.services.key_accounts.visits import KeyAccountFigures, month_figures
from dealerdesk.store.models import PointsEntry

__all__ = ["KeyAccountFigures", "PointsFigures", "key_account_figures", "points_figures"]


@dataclass(frozen=True)
class PointsFigures:
    """Points earned (every reason) and spent (at settlement or the counter) in the month; expiry is not a
    movement anybody made, so it is in neither."""

    earned: int
    spent: int

    def to_json(self) -> dict:
        return {"earned": self.earned, "spent": self.spent}


def key_account_figures(start: dt.datetime, end: dt.datetime) -> KeyAccountFigures:
    return month_figures(start, end)


def points_figures(start: dt.datetime, end: dt.datetime) -> PointsFigures:
    earned, spent = (PointsEntry.select(
        fn.COALESCE(fn.SUM(Case(None, [(PointsEntry.points > 0, PointsEntry.points)], 0)), 0),
        fn.COALESCE(fn.SUM(Case(None, [(PointsEntry.points < 0, PointsEntry.points)], 0)), 0))
        .where(PointsEntry.at >= start, PointsEntry.at < end).tuples().first())
    return PointsFigures(int(earned or 0), -int(spent or 0))
