"""Lunar (农历) dates and birthdays, wrapping lunar-python.

Why: many customers celebrate their lunar birthday, and Spring Festival, Dragon Boat and Mid-Autumn are
lunar holidays; the greeting must go out on the right solar day. Months follow lunar-python's convention:
a negative month is a leap month (闰月), e.g. -4 is 闰四月.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from lunar_python import Lunar, LunarMonth, LunarYear, Solar

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP


def _no_such_lunar_date(year: int, month: int, day: int) -> InvalidInput:
    return InvalidInput(QT_TRANSLATE_NOOP("errors", "农历 {year} 年 {leap}{month} 月 {day} 日不存在"),
                        field="lunar_date", year=year, month=abs(month), day=day,
                        leap=QT_TRANSLATE_NOOP("errors", "闰") if month < 0 else "")


def _month(year: int, month: int) -> LunarMonth | None:
    if not 1 <= abs(month) <= 12:
        return None
    try:
        return LunarMonth.fromYm(year, month)
    except Exception:  # noqa: BLE001 - lunar-python raises bare Exception outside its table
        return None


# lunar-python builds whole calendar years per call (~20 ms); a store plans thousands of birthdays over a
# handful of distinct dates, so every conversion is memoised (results are immutable dates/tuples).
@lru_cache(maxsize=8192)
def lunar_to_solar(year: int, month: int, day: int) -> date:
    """The solar date of a lunar date; InvalidInput if the leap month or the 30th does not exist."""
    lunar_month = _month(year, month)
    if lunar_month is None or not 1 <= day <= lunar_month.getDayCount():
        raise _no_such_lunar_date(year, month, day)
    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


@lru_cache(maxsize=8192)
def solar_to_lunar(d: date) -> tuple[int, int, int]:
    """(lunar year, month, day), the month negative in a leap month."""
    lunar = Solar.fromYmd(d.year, d.month, d.day).getLunar()
    return lunar.getYear(), lunar.getMonth(), lunar.getDay()


def _check_birthday(month: int, day: int, field: str) -> None:
    if not 1 <= abs(month) <= 12 or not 1 <= day <= 30:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "农历生日 {month} 月 {day} 日无效"),
                           field=field, month=month, day=day)


@lru_cache(maxsize=8192)
def lunar_birthday_in_year(lunar_month: int, lunar_day: int, lunar_year: int) -> date:
    """The solar day a lunar birthday is celebrated in `lunar_year`.

    A leap-month birthday falls in the ordinary month of that number in years without that leap month;
    the 30th falls on the 29th when the month has only 29 days.
    """
    _check_birthday(lunar_month, lunar_day, "lunar_birthday")
    month = lunar_month
    if month < 0 and LunarYear.fromYear(lunar_year).getLeapMonth() != -month:
        month = -month
    lunar_month_obj = _month(lunar_year, month)
    if lunar_month_obj is None:
        raise _no_such_lunar_date(lunar_year, month, lunar_day)
    return lunar_to_solar(lunar_year, month, min(lunar_day, lunar_month_obj.getDayCount()))


def next_lunar_birthday(lunar_month: int, lunar_day: int, on_or_after: date) -> date:
    """The first celebration of a lunar birthday on or after a solar date."""
    year = solar_to_lunar(on_or_after)[0]
    for lunar_year in (year, year + 1):
        celebrated = lunar_birthday_in_year(lunar_month, lunar_day, lunar_year)
        if celebrated >= on_or_after:
            return celebrated
    raise AssertionError("a lunar year always holds the birthday")  # pragma: no cover


def solar_birthday_in_year(month: int, day: int, year: int) -> date:
    """29 February is celebrated on 28 February in common years."""
    try:
        date(2000, month, day)  # any day that exists in a leap year is a possible birthday
    except (TypeError, ValueError):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "生日 {month} 月 {day} 日无效"),
                           field="birthday", month=month, day=day) from None
    if (month, day) == (2, 29):
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)


def next_solar_birthday(month: int, day: int, on_or_after: date) -> date:
    """The first celebration of a solar birthday on or after a date."""
    this_year = solar_birthday_in_year(month, day, on_or_after.year)
    return this_year if this_year >= on_or_after else solar_birthday_in_year(month, day, on_or_after.year + 1)
