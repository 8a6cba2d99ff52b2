"""Lunar dates and birthdays. Expected dates are from published calendars (Spring Festival, Dragon Boat,
Mid-Autumn, leap months 2020 闰四月, 2023 闰二月, 2025 闰六月) and cross-checked with lunar-python."""
from __future__ import annotations

from datetime import date

import pytest
from lunar_python import Lunar

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.lunar import (
    lunar_birthday_in_year, lunar_to_solar, next_lunar_birthday, next_solar_birthday, solar_to_lunar,
)


@pytest.mark.parametrize("y, m, d, expected", [
    (2020, 1, 1, date(2020, 1, 25)),    # Spring Festival
    (2023, 1, 1, date(2023, 1, 22)),
    (2024, 1, 1, date(2024, 2, 10)),
    (2025, 1, 1, date(2025, 1, 29)),
    (2023, 5, 5, date(2023, 6, 22)),    # Dragon Boat
    (2024, 5, 5, date(2024, 6, 10)),
    (2025, 5, 5, date(2025, 5, 31)),
    (2024, 8, 15, date(2024, 9, 17)),   # Mid-Autumn
    (2025, 8, 15, date(2025, 10, 6)),
    (2026, 8, 15, date(2026, 9, 25)),
    (2020, -4, 1, date(2020, 5, 23)),   # leap months
    (2023, -2, 1, date(2023, 3, 22)),
    (2025, -6, 1, date(2025, 7, 25)),
    (2023, 12, 30, date(2024, 2, 9)),   # 除夕 2024 was the 30th
])
def test_lunar_to_solar(y, m, d, expected):
    assert lunar_to_solar(y, m, d) == expected
    assert solar_to_lunar(expected) == (y, m, d)
    solar = Lunar.fromYmd(y, m, d).getSolar()
    assert (solar.getYear(), solar.getMonth(), solar.getDay()) == expected.timetuple()[:3]


@pytest.mark.parametrize("y, m, d", [
    (2024, -2, 1),    # 2024 has no leap 2nd month
    (2023, -4, 1),
    (2023, 1, 30),    # 2023 正月 has 29 days
    (2023, -2, 30),   # 2023 闰二月 has 29 days
    (2024, 12, 30),   # 2025 had no 年三十
    (2023, 13, 1), (2023, 0, 1), (2023, 1, 0), (2023, 1, 31),
])
def test_lunar_dates_that_do_not_exist(y, m, d):
    with pytest.raises(InvalidInput) as err:
        lunar_to_solar(y, m, d)
    assert err.value.field == "lunar_date"


@pytest.mark.parametrize("month, day, lunar_year, expected", [
    (-4, 10, 2020, date(2020, 6, 1)),    # leap-month birthday in a year with that leap month
    (4, 10, 2020, date(2020, 5, 2)),     # the ordinary 4th month of the same year
    (-4, 10, 2021, date(2021, 5, 21)),   # no leap 4th month in 2021 → ordinary 4th month
    (-2, 11, 2023, date(2023, 4, 1)),
    (-2, 11, 2024, lunar_to_solar(2024, 2, 11)),
    (-6, 10, 2025, date(2025, 8, 3)),
    (-6, 10, 2026, date(2026, 7, 23)),
    (1, 30, 2023, date(2023, 2, 19)),    # 30th in a 29-day month → 29th
    (1, 30, 2025, date(2025, 2, 27)),    # 2025 正月 has 30 days
    (-2, 30, 2023, date(2023, 4, 19)),   # leap month of 29 days
    (-6, 30, 2025, date(2025, 8, 22)),
    (6, 30, 2025, date(2025, 7, 24)),
    (12, 30, 2024, date(2025, 1, 28)),   # 腊月 2024 had 29 days
    (12, 30, 2023, date(2024, 2, 9)),
])
def test_lunar_birthday_in_year(month, day, lunar_year, expected):
    assert lunar_birthday_in_year(month, day, lunar_year) == expected


@pytest.mark.parametrize("month, day", [(13, 1), (0, 5), (1, 31), (1, 0), (-13, 1)])
def test_invalid_lunar_birthdays(month, day):
    with pytest.raises(InvalidInput):
        lunar_birthday_in_year(month, day, 2024)


@pytest.mark.parametrize("month, day, on_or_after, expected", [
    (8, 15, date(2025, 10, 6), date(2025, 10, 6)),    # the day itself counts
    (8, 15, date(2025, 10, 7), date(2026, 9, 25)),
    (-6, 10, date(2025, 7, 1), date(2025, 8, 3)),
    (-6, 10, date(2025, 8, 4), date(2026, 7, 23)),
    (6, 10, date(2025, 7, 1), date(2025, 7, 4)),
    (12, 30, date(2025, 1, 1), date(2025, 1, 28)),    # early January is still lunar 2024
    (12, 30, date(2025, 1, 29), date(2026, 2, 16)),
    (1, 1, date(2024, 12, 31), date(2025, 1, 29)),
    (1, 1, date(2025, 1, 30), date(2026, 2, 17)),
])
def test_next_lunar_birthday(month, day, on_or_after, expected):
    assert next_lunar_birthday(month, day, on_or_after) == expected


@pytest.mark.parametrize("month, day, on_or_after, expected", [
    (2, 29, date(2023, 1, 1), date(2023, 2, 28)),     # common year → 28 February
    (2, 29, date(2023, 3, 1), date(2024, 2, 29)),
    (2, 29, date(2024, 2, 29), date(2024, 2, 29)),
    (2, 29, date(2024, 3, 1), date(2025, 2, 28)),
    (2, 29, date(2099, 3, 1), date(2100, 2, 28)),     # 2100 is not a leap year
    (12, 31, date(2024, 12, 31), date(2024, 12, 31)),
    (1, 1, date(2024, 12, 31), date(2025, 1, 1)),
    (3, 1, date(2024, 2, 29), date(2024, 3, 1)),
])
def test_next_solar_birthday(month, day, on_or_after, expected):
    assert next_solar_birthday(month, day, on_or_after) == expected


@pytest.mark.parametrize("month, day", [(2, 30), (4, 31), (13, 1), (0, 1)])
def test_invalid_solar_birthdays(month, day):
    with pytest.raises(InvalidInput) as err:
        next_solar_birthday(month, day, date(2024, 1, 1))
    assert err.value.field == "birthday"
