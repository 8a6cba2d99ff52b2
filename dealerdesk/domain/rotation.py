"""Which backups rotation keeps: the newest of each of the last N days that have one, and the newest of each
calendar month for the last M months (counting the current one).

A rule of its own (not file handling) so it is stated once and tested with a fixed clock; store/backup.py
applies it to the files of a backup folder, the settings backup.keep and backup.keep_monthly give N and M.
"""
from __future__ import annotations

import datetime as dt


def to_keep(stamps: list[dt.datetime], keep_daily: int, keep_monthly: int, today: dt.date) -> set[dt.datetime]:
    """Which backups rotation keeps: the newest of each of the `keep_daily` most recent days that have one,
    and the newest of each calendar month among the `keep_monthly` months up to `today`'s."""
    newest_per_day: dict[dt.date, dt.datetime] = {}
    newest_per_month: dict[tuple[int, int], dt.datetime] = {}
    for stamp in sorted(stamps, reverse=True):
        newest_per_day.setdefault(stamp.date(), stamp)
        newest_per_month.setdefault((stamp.year, stamp.month), stamp)
    keep = {newest_per_day[day] for day in sorted(newest_per_day, reverse=True)[:keep_daily]}
    first = today.year * 12 + today.month - 1 - (keep_monthly - 1)
    keep |= {stamp for (year, month), stamp in newest_per_month.items()
             if keep_monthly > 0 and year * 12 + month - 1 >= first}
    return keep
