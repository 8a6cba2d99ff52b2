"""The rotation rule: N newest days, the newest of each of M calendar months, across a year's end."""
import datetime as dt

from dealerdesk.domain.rotation import to_keep


def test_nothing_to_keep_from_nothing():
    assert to_keep([], 7, 12, dt.date(2026, 12, 6)) == set()


def test_the_newest_of_a_day_stands_for_the_day():
    stamps = [dt.datetime(2026, 12, 6, 8), dt.datetime(2026, 12, 6, 18), dt.datetime(2026, 12, 5, 9)]
    assert to_keep(stamps, 1, 0, dt.date(2026, 12, 6)) == {dt.datetime(2026, 12, 6, 18)}
    assert to_keep(stamps, 5, 0, dt.date(2026, 12, 6)) == {dt.datetime(2026, 12, 6, 18), dt.datetime(2026, 12, 5, 9)}


def test_months_count_back_from_today_across_the_year_end():
    stamps = [dt.datetime(2026, 11, 30, 8), dt.datetime(2026, 12, 15, 8), dt.datetime(2026, 12, 31, 8),
              dt.datetime(2027, 1, 2, 8)]
    kept = to_keep(stamps, 1, 2, dt.date(2027, 1, 20))  # months: 2026-12 and 2027-01
    assert kept == {dt.datetime(2027, 1, 2, 8), dt.datetime(2026, 12, 31, 8)}


def test_days_are_the_days_that_have_a_backup_not_calendar_days():
    stamps = [dt.datetime(2026, 1, 1, 8), dt.datetime(2026, 3, 1, 8)]  # two months without any start
    assert to_keep(stamps, 2, 0, dt.date(2026, 12, 6)) == set(stamps)
