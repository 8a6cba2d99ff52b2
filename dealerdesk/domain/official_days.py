"""China's official rest days and make-up working days (法定节假日与调休), from the library that tracks them.

Why a library: the State Council publishes each year's arrangement (which days are off, which weekend days
are worked instead, 调休) in November or December for the next year; `chinese-calendar` carries every year
since 2004 and is updated when a new arrangement is out. Keeping our own table would go stale silently.

Past the library's last year the arrangement is not known yet. Then the statutory days themselves still
are: they are fixed by the holiday regulation (《全国年节及纪念日放假办法》, as revised in 2024, in force from
2025): 元旦 1 day, 春节 4 days (除夕 to 正月初三), 清明 1 day, 劳动节 2 days, 端午 1 day, 中秋 1 day, 国庆 3
days. Those are used, with no bridging days and no make-up working days, and `covers(year)` says False so
the settings page can warn that the year's arrangement is missing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar
from chinese_calendar import constants as _data
from lunar_python import Lunar

from dealerdesk.domain.lunar import lunar_to_solar
from dealerdesk.i18n import QT_TRANSLATE_NOOP

C = "holidays"

#: the library's English holiday names → the Chinese label shown to users
NAMES: dict[str, str] = {
    "New Year's Day": QT_TRANSLATE_NOOP(C, "元旦"),
    "Spring Festival": QT_TRANSLATE_NOOP(C, "春节"),
    "Tomb-sweeping Day": QT_TRANSLATE_NOOP(C, "清明节"),
    "Labour Day": QT_TRANSLATE_NOOP(C, "劳动节"),
    "Dragon Boat Festival": QT_TRANSLATE_NOOP(C, "端午节"),
    "Mid-autumn Festival": QT_TRANSLATE_NOOP(C, "中秋节"),
    "National Day": QT_TRANSLATE_NOOP(C, "国庆节"),
    "Anti-Fascist 70th Day": QT_TRANSLATE_NOOP(C, "抗战胜利纪念日"),
}

REST = "rest"  # an official day off that is not an ordinary weekend (a holiday or its bridging day)
MAKEUP = "makeup"  # an official working day on a weekend (调休上班)
NORMAL = "normal"


@dataclass(frozen=True)
class OfficialDay:
    kind: str  # REST | MAKEUP | NORMAL
    name: str = ""  # Chinese label of the holiday it belongs to ("" for NORMAL)


@lru_cache(maxsize=1)
def data_years() -> tuple[int, int]:
    """The first and last year whose arrangement the installed library carries."""
    years = [d.year for d in _data.holidays]
    return min(years), max(years)


def library_version() -> str:
    return str(getattr(chinese_calendar, "__version__", ""))


def covers(year: int) -> bool:
    first, last = data_years()
    return first <= year <= last


@lru_cache(maxsize=64)
def statutory_days(year: int) -> dict[date, str]:
    """The statutory days off of `year` by the 2024 regulation: what is known before the arrangement is."""
    spring = lunar_to_solar(year, 1, 1)
    qingming = _qingming(year)
    days: dict[date, str] = {date(year, 1, 1): NAMES["New Year's Day"]}
    for offset in (-1, 0, 1, 2):
        days[spring + timedelta(days=offset)] = NAMES["Spring Festival"]
    days[qingming] = NAMES["Tomb-sweeping Day"]
    days[date(year, 5, 1)] = days[date(year, 5, 2)] = NAMES["Labour Day"]
    days[lunar_to_solar(year, 5, 5)] = NAMES["Dragon Boat Festival"]
    days[lunar_to_solar(year, 8, 15)] = NAMES["Mid-autumn Festival"]
    for day in (1, 2, 3):
        days[date(year, 10, day)] = NAMES["National Day"]
    return days


def _qingming(year: int) -> date:
    # The solar term 清明 falls on 4, 5 or 6 April; lunar-python computes the terms of the lunar year
    # starting near the solar year's start.
    solar = Lunar.fromYmd(year, 1, 1).getJieQiTable()["清明"]
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


@lru_cache(maxsize=4096)
def official_day(d: date) -> OfficialDay:
    """What the official arrangement says of `d`: a day off (and which holiday), a make-up working day,
    or an ordinary day (its weekday decides)."""
    if covers(d.year):
        name = _data.holidays.get(d)
        if name is not None:
            return OfficialDay(REST, NAMES.get(name, name))
        name = _data.workdays.get(d)
        if name is not None:
            return OfficialDay(MAKEUP, NAMES.get(name, name))
        return OfficialDay(NORMAL)
    name = statutory_days(d.year).get(d)
    if name is not None:
        return OfficialDay(REST, name)
    return OfficialDay(NORMAL)
