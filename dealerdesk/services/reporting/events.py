"""The monthly summary's events half of 客户活动: every event held in the month (cancelled ones left out) with
invited / replied / attended / new leads / orders, counted as the event's own result page counts them
(services/events/results.py; definitions in docs/kpi.md). `kpi --json` prints them as "events"."""
from __future__ import annotations

import datetime as dt

from dealerdesk.services.events.results import EventFigures, event_results, figures_between

__all__ = ["EventFigures", "event_results", "month_events"]


def month_events(start: dt.datetime, end: dt.datetime) -> list[EventFigures]:
    """Events held in [start, end), by date. The caller (monthly_summary) has checked report.read."""
    return figures_between(start, end)
