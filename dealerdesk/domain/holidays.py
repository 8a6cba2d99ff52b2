"""Holidays the store sends greetings for (节日问候): fixed solar ones and lunar ones.

Why separate: campaigns and the reminders list both ask "which holidays fall in this range", and the lunar
ones move every solar year.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dealerdesk.domain.lunar import lunar_to_solar, solar_to_lunar
from dealerdesk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Holiday:
    code: str
    label: str
    on: date


#: code → (month, day, label); solar dates
SOLAR_HOLIDAYS: dict[str, tuple[int, int, str]] = {
    "new_year": (1, 1, QT_TRANSLATE_NOOP("holidays", "元旦")),
    "labour_day": (5, 1, QT_TRANSLATE_NOOP("holidays", "劳动节")),
    "national_day": (10, 1, QT_TRANSLATE_NOOP("holidays", "国庆节")),
}
#: code → (lunar month, lunar day, label)
LUNAR_HOLIDAYS: dict[str, tuple[int, int, str]] = {
    "spring_festival": (1, 1, QT_TRANSLATE_NOOP("holidays", "春节")),
    "lantern": (1, 15, QT_TRANSLATE_NOOP("holidays", "元宵节")),
    "dragon_boat": (5, 5, QT_TRANSLATE_NOOP("holidays", "端午节")),
    "mid_autumn": (8, 15, QT_TRANSLATE_NOOP("holidays", "中秋节")),
}
ALL_HOLIDAY_CODES: tuple[str, ...] = (*SOLAR_HOLIDAYS, *LUNAR_HOLIDAYS)


def holidays_between(start: date, end: date,
                     codes: tuple[str, ...] | list[str] | None = None) -> list[Holiday]:
    """Holidays on dates from `start` to `end` inclusive, by date; `codes` limits the kinds (default all)."""
    wanted = set(ALL_HOLIDAY_CODES if codes is None else codes)
    found: list[Holiday] = []
    for year in range(start.year, end.year + 1):
        for code, (month, day, label) in SOLAR_HOLIDAYS.items():
            if code in wanted:
                found.append(Holiday(code, label, date(year, month, day)))
    if start <= end:
        # a lunar year never starts before its solar year's January, so lunar years start..end suffice
        for lunar_year in range(solar_to_lunar(start)[0], solar_to_lunar(end)[0] + 1):
            for code, (month, day, label) in LUNAR_HOLIDAYS.items():
                if code in wanted:
                    found.append(Holiday(code, label, lunar_to_solar(lunar_year, month, day)))
    return sorted((h for h in found if start <= h.on <= end), key=lambda h: (h.on, h.code))
