"""The store's calendar (domain/store_calendar.py, official_days.py) and the rules that use it.

The official data is chinesecalendar's: 2026's arrangement (春节 15–23 Feb with 14 and 28 Feb worked, 中秋 25–27
Sep with 20 Sep worked, 国庆 1–7 Oct with 10 Oct worked) is what the State Council published for 2026. 2027
is past the installed data, so only the statutory days of the holiday regulation apply (春节: 除夕 5 Feb to
初三 8 Feb 2027).
"""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from dealerdesk.domain import official_days, reception, settings_spec
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.levels import DueWindow, FollowUpPolicy, Level, next_follow_up
from dealerdesk.domain.reminders import ReminderPolicy, holiday_reminders, post_service_call_due
from dealerdesk.domain.store_calendar import StoreCalendar, closed_runs, holiday_data_note

d = date
WEEKDAYS_ONLY = {"calendar.hours": {**{code: ["08:30", "17:30"] for code in ("mon", "tue", "wed", "thu", "fri")},
                                    "sat": [], "sun": []}}
DEFAULT = StoreCalendar.from_settings({})


def test_the_default_store_opens_every_day_but_official_holidays():
    assert DEFAULT.is_open(d(2026, 3, 7)) and DEFAULT.is_open(d(2026, 3, 8))  # an ordinary weekend
    assert not DEFAULT.is_open(d(2026, 2, 17))  # 春节
    assert not DEFAULT.is_open(d(2026, 10, 1))  # 国庆
    info = DEFAULT.info(d(2026, 2, 16))
    assert (info.open, info.reason, info.holiday) == (False, "official_rest", "春节")


def test_makeup_working_days_open_a_store_closed_at_weekends():
    cal = StoreCalendar.from_settings(WEEKDAYS_ONLY)
    assert not cal.is_open(d(2026, 3, 7))  # an ordinary Saturday
    makeup = cal.info(d(2026, 2, 14))  # Saturday worked for 春节 2026 (调休)
    assert (makeup.open, makeup.reason) == (True, "official_makeup")
    assert makeup.hours == (time(8, 30), time(17, 30))  # a weekday's hours
    assert cal.is_open(d(2026, 9, 20))  # Sunday worked for 国庆 2026


def test_store_days_override_the_official_ones():
    cal = StoreCalendar.from_settings({"calendar.closed_days": ["2026-03-10", "2026-03-20/2026-03-22"],
                                       "calendar.extra_open_days": ["2026-10-03"]})
    assert [cal.is_open(d(2026, 3, n)) for n in (9, 10, 11, 19, 20, 21, 22, 23)] == \
        [True, False, True, True, False, False, False, True]
    assert cal.info(d(2026, 10, 3)).reason == "store_open"  # the auto-show day during 国庆
    assert not StoreCalendar.from_settings({"calendar.official": False, **WEEKDAYS_ONLY}).is_open(d(2026, 2, 14))
    assert StoreCalendar.from_settings({"calendar.official": False}).is_open(d(2026, 2, 17))


def test_past_the_data_only_the_statutory_days_are_known():
    first, last = official_days.data_years()
    assert first <= 2026 <= last < 2027
    assert not official_days.covers(2027)
    assert [day for day, name in official_days.statutory_days(2027).items() if name == "春节"] == \
        [d(2027, 2, 5), d(2027, 2, 6), d(2027, 2, 7), d(2027, 2, 8)]
    assert not DEFAULT.is_open(d(2027, 2, 6)) and DEFAULT.is_open(d(2027, 2, 9))
    assert not DEFAULT.is_open(d(2027, 10, 1)) and DEFAULT.is_open(d(2027, 10, 4))


def test_the_statutory_days_agree_with_the_library_where_it_has_data():
    """The fallback rule reproduces the holidays of the last year the library has (in force since 2025)."""
    for day in official_days.statutory_days(2026):
        assert official_days.official_day(day).kind == official_days.REST, day


@pytest.mark.parametrize("contact, due, overdue", [
    # the acceptance case: an A-level contact the day before 春节 2027 (3–5 days) falls due after it
    (datetime(2027, 2, 4, 15), datetime(2027, 2, 9, 9), datetime(2027, 2, 10)),
    # 春节 2026 (library data): due on the 16th and last allowed on the 18th, both closed → the 24th
    (datetime(2026, 2, 13, 15), datetime(2026, 2, 24, 9), datetime(2026, 2, 25)),
    # nothing closed in between: plain calendar days, as DOMAIN's example
    (datetime(2026, 6, 1, 15), datetime(2026, 6, 4, 9), datetime(2026, 6, 7)),
])
def test_a_level_follow_up_skips_closed_days(contact, due, overdue):
    assert next_follow_up(Level.A, contact, FollowUpPolicy()) == DueWindow(due, overdue)


def test_new_lead_after_noon_before_a_holiday_is_due_when_the_store_opens():
    window = next_follow_up(Level.N, datetime(2026, 9, 30, 15), FollowUpPolicy())
    assert window == DueWindow(datetime(2026, 10, 8, 9), datetime(2026, 10, 8, 12))
    # received in the morning of a closed day: the next working morning, not "this afternoon"
    window = next_follow_up(Level.N, datetime(2026, 10, 2, 10), FollowUpPolicy())
    assert window.due_at == datetime(2026, 10, 8, 9)


def test_calls_after_a_service_land_on_working_days():
    due = post_service_call_due(d(2026, 9, 22), ReminderPolicy())  # +3 = 25 Sep (中秋), +2 grace
    assert (due.due_at, due.overdue_at) == (datetime(2026, 9, 28), datetime(2026, 10, 1))  # last day 30 Sep


def test_holiday_greetings_stay_on_the_holiday():
    policy = ReminderPolicy(holidays=("spring_festival",))
    greeting = holiday_reminders(d(2026, 1, 1), d(2026, 12, 31), policy)[0]
    assert greeting.overdue_at.date() == d(2026, 2, 18)  # the day after 初一 (17 Feb): on the holiday itself


def test_makeup_saturdays_have_slots_and_holidays_none():
    policy = reception.ReceptionPolicy.from_settings(WEEKDAYS_ONLY)
    assert reception.day_slots(d(2026, 2, 14), policy)  # 调休 Saturday
    assert reception.day_slots(d(2026, 3, 7), policy) == []  # ordinary Saturday, closed
    assert reception.day_slots(d(2026, 2, 17), policy) == []  # 春节
    with pytest.raises(InvalidInput) as refused:
        reception.slot_of(datetime(2026, 2, 17, 10), policy)
    assert "春节" in refused.value.text


def test_slots_keep_within_the_store_hours_of_the_day():
    hours = {code: ["08:30", "18:00"] for code in settings_spec.WEEKDAY_CODES} | {"sat": ["10:00", "15:00"]}
    policy = reception.ReceptionPolicy.from_settings({"calendar.hours": hours, "reception.slot_minutes": 60})
    slots = reception.day_slots(d(2026, 3, 7), policy)  # a Saturday
    assert (slots[0].time(), slots[-1].time()) == (time(10, 0), time(14, 0))


def test_the_confirmation_call_comes_before_the_holiday():
    policy = reception.ReceptionPolicy.from_settings({})
    due, _ = reception.confirm_call_window(datetime(2026, 10, 8, 9), policy)  # the day before is 国庆
    assert due == datetime(2026, 9, 30)


def test_month_end_inventory_takes_the_last_five_working_days():
    # September 2026 ends with 中秋 (25–27 Sep, closed): the five days jump over it
    expected = [d(2026, 9, 23), d(2026, 9, 24), d(2026, 9, 28), d(2026, 9, 29), d(2026, 9, 30)]
    assert DEFAULT.last_open_days(2026, 9) == expected
    assert StoreCalendar.from_settings(WEEKDAYS_ONLY).last_open_days(2026, 9) == expected
    assert DEFAULT.day_events(d(2026, 9, 28)) == ("inventory", "review")
    assert DEFAULT.day_events(d(2026, 9, 25)) == ()


def test_a_holiday_monday_review_moves_to_the_next_working_day():
    assert DEFAULT.review_days(2026, 10) == [d(2026, 10, 8), d(2026, 10, 12), d(2026, 10, 19), d(2026, 10, 26)]
    # 16 and 23 Feb 2026 are both in 春节: both reviews land on the 24th, once
    assert DEFAULT.review_days(2026, 2) == [d(2026, 2, 2), d(2026, 2, 9), d(2026, 2, 24)]
    assert StoreCalendar.every_day().review_days(2026, 6)[0] == d(2026, 6, 1)


def test_a_store_never_open_still_answers():
    closed = StoreCalendar(hours=(None,) * 7, official=False)
    assert closed.next_open_day(d(2026, 3, 2)) == d(2026, 3, 2)
    assert closed.last_open_days(2026, 3) == []


def test_settings_refuse_bad_hours_and_days():
    hours = settings_spec.BY_KEY["calendar.hours"]
    good = {code: ["08:30", "18:00"] for code in settings_spec.WEEKDAY_CODES}
    assert settings_spec.validate(hours, {**good, "sun": []})["sun"] == []
    for bad in ({**good, "mon": ["18:00", "08:30"]}, {**good, "mon": ["8点", "18:00"]}, {"mon": []}):
        with pytest.raises(InvalidInput):
            settings_spec.validate(hours, bad)
    days = settings_spec.BY_KEY["calendar.closed_days"]
    assert settings_spec.validate(days, ["2027-02-05", "2027-02-05/2027-02-11"]) == \
        ["2027-02-05", "2027-02-05/2027-02-11"]
    for bad in (["2027-02-30"], ["2027-02-11/2027-02-05"], ["2027-01-01/2027-12-31"], "2027-02-05"):
        with pytest.raises(InvalidInput):
            settings_spec.validate(days, bad)


def test_the_settings_note_warns_when_the_next_year_is_missing():
    first, last = official_days.data_years()
    template, params, warns = holiday_data_note(d(last, 12, 6))
    assert warns and template.format(**params).startswith(f"节假日数据：{first}–{last} 年")
    _, _, warns = holiday_data_note(d(last - 1, 12, 6))
    assert not warns


def test_closed_runs_preview():
    runs = closed_runs(DEFAULT, d(2026, 9, 20), 20)
    assert runs == [(d(2026, 9, 25), d(2026, 9, 27), "中秋节", "official_rest"),
                    (d(2026, 10, 1), d(2026, 10, 7), "国庆节", "official_rest")]
