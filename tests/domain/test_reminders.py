"""Reminder due dates (docs/dev/domain.md "After the sale"), holidays included."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.holidays import holidays_between
from dealerdesk.domain.reminders import (
    DEFAULTS, KINDS, ReminderPolicy, add_months, birthday_due, complaint_due, estimate_km_per_day,
    holiday_reminders, inspection_due, insurance_due, maintenance_due, post_service_call_due, survey_due,
)

P = ReminderPolicy()
d, dt = date, datetime


def test_defaults_round_trip_and_kinds():
    assert ReminderPolicy.from_settings({}) == P == ReminderPolicy.from_settings(DEFAULTS)
    assert KINDS == ("maintenance", "insurance_compulsory", "insurance_commercial", "inspection", "birthday",
                     "holiday", "post_service_call", "survey", "complaint_deadline")


@pytest.mark.parametrize("start, months, expected", [
    (d(2024, 1, 31), 1, d(2024, 2, 29)),   # month end, leap year
    (d(2023, 1, 31), 1, d(2023, 2, 28)),
    (d(2024, 1, 31), 6, d(2024, 7, 31)),
    (d(2024, 8, 31), 6, d(2025, 2, 28)),
    (d(2024, 2, 29), 12, d(2025, 2, 28)),
    (d(2024, 2, 29), 48, d(2028, 2, 29)),
    (d(2024, 11, 30), 3, d(2025, 2, 28)),
    (d(2024, 3, 31), -1, d(2024, 2, 29)),
])
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize("readings, expected", [
    ([], 40.0),
    ([(d(2024, 1, 1), 100)], 40.0),
    ([(d(2024, 1, 1), 100), (d(2024, 1, 1), 500)], 40.0),           # no time span
    ([(d(2024, 1, 1), 9000), (d(2024, 2, 1), 100)], 40.0),          # odometer went backwards
    ([(d(2024, 1, 1), 0), (d(2024, 1, 11), 500)], 50.0),
    ([(d(2024, 3, 1), 3000), (d(2024, 1, 1), 0), (d(2024, 2, 1), 100)], 3000 / 60),  # unsorted input
    ([(d(2024, 1, 1), 100), (d(2024, 3, 1), 100)], 0.0),            # parked car
])
def test_estimate_km_per_day(readings, expected):
    assert estimate_km_per_day(readings) == pytest.approx(expected)


def test_estimate_km_per_day_uses_the_given_default():
    assert estimate_km_per_day([], 25) == 25.0


@pytest.mark.parametrize("delivered, last, readings, deadline, basis", [
    # first service: 6 months or 5,000 km; 10 km/day → months first; Jan 31 + 6 months = Jul 31
    (d(2024, 1, 31), None, [(d(2024, 1, 31), 0), (d(2024, 3, 1), 300)], d(2024, 7, 31), "months"),
    # Aug 31 + 6 months → 28 Feb 2025 (clamped)
    (d(2024, 8, 31), None, [(d(2024, 8, 31), 0), (d(2024, 9, 30), 300)], d(2025, 2, 28), "months"),
    # 100 km/day: 5,000 km from 3,010 at Mar 1 → 1,990 km more → 20 days
    (d(2024, 1, 31), None, [(d(2024, 1, 31), 10), (d(2024, 3, 1), 3010)], d(2024, 3, 21), "km"),
    # no history → default 40 km/day: 125 days after delivery
    (d(2024, 1, 1), None, [], d(2024, 5, 5), "km"),
    # regular: 12 months or 10,000 km after the last maintenance (29 Feb → 28 Feb next year)
    (d(2023, 1, 1), (d(2024, 2, 29), 8000), [(d(2023, 1, 1), 0), (d(2024, 2, 29), 8000)], d(2025, 2, 28),
     "months"),
    # 100 km/day over the readings: 10,000 km → 100 days after 29 Feb
    (d(2023, 3, 1), (d(2024, 2, 29), 36500), [(d(2023, 3, 1), 0), (d(2024, 2, 29), 36500)], d(2024, 6, 8), "km"),
    # already past the km target at the latest reading → due that day
    (d(2023, 1, 1), (d(2024, 1, 1), 10000), [(d(2023, 1, 1), 0), (d(2024, 3, 1), 21000)], d(2024, 3, 1), "km"),
])
def test_maintenance_due(delivered, last, readings, deadline, basis):
    due = maintenance_due(delivered, last, readings, P)
    assert due.kind == "maintenance"
    assert due.detail["date"] == deadline.isoformat() and due.detail["basis"] == basis
    assert due.detail["first"] is (last is None)
    assert due.due_at == dt.combine(deadline, dt.min.time()) - timedelta(days=7)
    assert due.overdue_at == dt.combine(deadline, dt.min.time()) + timedelta(days=1)


def test_maintenance_with_brand_settings():
    policy = ReminderPolicy.from_settings({"reminder.maintenance.first_months": 3,
                                           "reminder.maintenance.first_km": 3000,
                                           "reminder.maintenance_days_ahead": 14})
    due = maintenance_due(d(2024, 11, 30), None, [(d(2024, 11, 30), 0), (d(2024, 12, 30), 300)], policy)
    assert due.detail["date"] == "2025-02-28"
    assert due.due_at == dt(2025, 2, 14)


@pytest.mark.parametrize("kind, expires, due_at, overdue_at", [
    ("compulsory", d(2024, 12, 31), dt(2024, 12, 1), dt(2025, 1, 1)),
    ("commercial", d(2024, 3, 15), dt(2024, 2, 14), dt(2024, 3, 16)),   # leap February in between
    ("commercial", d(2023, 3, 15), dt(2023, 2, 13), dt(2023, 3, 16)),
])
def test_insurance_due(kind, expires, due_at, overdue_at):
    due = insurance_due(kind, expires, P)
    assert (due.kind, due.due_at, due.overdue_at) == (f"insurance_{kind}", due_at, overdue_at)


def test_insurance_kind_is_checked():
    with pytest.raises(InvalidInput):
        insurance_due("liability", d(2024, 1, 1), P)


@pytest.mark.parametrize("reg, seats, use, on_or_after, expected, mode", [
    (d(2020, 5, 10), 5, "private", d(2020, 5, 10), d(2022, 5, 10), "online"),
    (d(2020, 5, 10), 5, "private", d(2022, 5, 11), d(2024, 5, 10), "online"),
    (d(2020, 5, 10), 5, "private", d(2024, 6, 1), d(2026, 5, 10), "onsite"),
    (d(2020, 5, 10), 7, "private", d(2026, 6, 1), d(2028, 5, 10), "online"),
    (d(2020, 5, 10), 9, "private", d(2028, 6, 1), d(2030, 5, 10), "onsite"),
    (d(2020, 5, 10), 5, "private", d(2030, 6, 1), d(2031, 5, 10), "onsite"),   # yearly after 10
    (d(2020, 2, 29), 5, "private", d(2021, 1, 1), d(2022, 2, 28), "online"),   # leap-day registration
    (d(2020, 2, 29), 5, "private", d(2023, 1, 1), d(2024, 2, 29), "online"),
    (d(2020, 5, 10), 5, "commercial", d(2020, 5, 11), d(2021, 5, 10), "onsite"),
    (d(2020, 5, 10), 5, "commercial", d(2025, 5, 11), d(2025, 11, 10), "onsite"),  # half-yearly after 5
    (d(2020, 8, 31), 5, "commercial", d(2025, 9, 1), d(2026, 2, 28), "onsite"),
    (d(2020, 5, 10), 19, "private", d(2020, 5, 11), d(2021, 5, 10), "onsite"),  # more than 9 seats
])
def test_inspection_due(reg, seats, use, on_or_after, expected, mode):
    due = inspection_due(reg, seats, use, "fuel", on_or_after, P)
    assert due.kind == "inspection" and due.detail["mode"] == mode
    assert due.detail["date"] == expected.isoformat()
    assert due.due_at == dt.combine(expected, dt.min.time()) - timedelta(days=30)


def test_inspection_schedule_is_a_setting():
    simply_yearly = ReminderPolicy.from_settings({"reminder.inspection.commercial_months_after": 12})
    due = inspection_due(d(2020, 5, 10), 5, "commercial", "new_energy", d(2025, 5, 11), simply_yearly)
    assert due.detail["date"] == "2026-05-10" and due.detail["energy"] == "new_energy"
    new_rule = ReminderPolicy.from_settings({"reminder.inspection.private_onsite_years": [8],
                                             "reminder.inspection.private_online_years": [],
                                             "reminder.inspection.private_yearly_after": 8})
    assert inspection_due(d(2020, 5, 10), 5, "private", "fuel", d(2020, 6, 1), new_rule).detail["date"] == \
        "2028-05-10"
    assert inspection_due(d(2020, 5, 10), 5, "private", "fuel", d(2028, 6, 1), new_rule).detail["date"] == \
        "2029-05-10"


@pytest.mark.parametrize("settings", [
    {"reminder.inspection.private_onsite_years": "6,10"}, {"reminder.inspection.private_online_years": [0]},
    {"reminder.insurance_days_ahead": -1}, {"reminder.maintenance.first_km": 0}, {"reminder.holidays": ["xmas"]},
])
def test_bad_reminder_settings(settings):
    with pytest.raises(InvalidInput) as err:
        ReminderPolicy.from_settings(settings)
    assert err.value.field == next(iter(settings))


def test_inspection_use_is_checked():
    with pytest.raises(InvalidInput):
        inspection_due(d(2020, 1, 1), 5, "taxi", "fuel", d(2021, 1, 1), P)


@pytest.mark.parametrize("month, day, lunar, on_or_after, birthday", [
    (2, 29, False, d(2025, 1, 1), d(2025, 2, 28)),
    (2, 29, False, d(2028, 1, 1), d(2028, 2, 29)),
    (6, 1, False, d(2024, 6, 1), d(2024, 6, 1)),
    (8, 15, True, d(2025, 9, 1), d(2025, 10, 6)),
    (-6, 30, True, d(2025, 7, 1), d(2025, 8, 22)),
])
def test_birthday_due_three_days_ahead(month, day, lunar, on_or_after, birthday):
    due = birthday_due(month, day, lunar, on_or_after, P)
    assert due.detail["date"] == birthday.isoformat() and due.detail["lunar"] is lunar
    assert due.due_at == dt.combine(birthday, dt.min.time()) - timedelta(days=3)
    assert due.overdue_at == dt.combine(birthday, dt.min.time()) + timedelta(days=1)


def test_holidays_between_2025():
    got = [(h.code, h.on) for h in holidays_between(d(2025, 1, 1), d(2025, 12, 31))]
    assert got == [("new_year", d(2025, 1, 1)), ("spring_festival", d(2025, 1, 29)), ("lantern", d(2025, 2, 12)),
                   ("labour_day", d(2025, 5, 1)), ("dragon_boat", d(2025, 5, 31)),
                   ("national_day", d(2025, 10, 1)), ("mid_autumn", d(2025, 10, 6))]


@pytest.mark.parametrize("start, end, codes", [
    (d(2024, 2, 10), d(2024, 2, 10), ["spring_festival"]),
    (d(2024, 2, 11), d(2024, 2, 24), ["lantern"]),
    (d(2024, 9, 17), d(2024, 10, 1), ["mid_autumn", "national_day"]),
    (d(2024, 12, 31), d(2025, 1, 1), ["new_year"]),
    (d(2025, 1, 2), d(2025, 1, 28), []),
    (d(2025, 2, 1), d(2025, 1, 1), []),
])
def test_holidays_between_ranges_are_inclusive(start, end, codes):
    assert [h.code for h in holidays_between(start, end)] == codes


def test_holiday_reminders_respect_enabled_list_and_lead_time():
    policy = ReminderPolicy.from_settings({"reminder.holidays": ["mid_autumn"], "reminder.holiday_days_ahead": 5})
    got = holiday_reminders(d(2025, 1, 1), d(2025, 12, 31), policy)
    assert [(r.kind, r.detail["code"], r.due_at) for r in got] == [("holiday", "mid_autumn", dt(2025, 10, 1))]
    assert got[0].detail["label"] == "中秋节"


@pytest.mark.parametrize("service_on, due_at, overdue_at", [
    (d(2024, 6, 3), dt(2024, 6, 6), dt(2024, 6, 9)),
    (d(2024, 2, 27), dt(2024, 3, 1), dt(2024, 3, 4)),   # across 29 Feb
    (d(2024, 12, 30), dt(2025, 1, 2), dt(2025, 1, 5)),
])
def test_post_service_call(service_on, due_at, overdue_at):
    due = post_service_call_due(service_on, P)
    assert (due.kind, due.due_at, due.overdue_at) == ("post_service_call", due_at, overdue_at)


@pytest.mark.parametrize("after, settings, due_at, overdue_at", [
    ("service", {"calendar.official": False}, dt(2024, 6, 10), dt(2024, 6, 14)),  # 10 June 2024 was 端午
    ("delivery", {"reminder.survey_days_after_delivery": 3}, dt(2024, 6, 6), dt(2024, 6, 10)),
])
def test_survey_due(after, settings, due_at, overdue_at):
    due = survey_due(d(2024, 6, 3), after, ReminderPolicy.from_settings(settings))
    assert (due.kind, due.due_at, due.overdue_at, due.detail["after"]) == ("survey", due_at, overdue_at, after)


@pytest.mark.parametrize("responded, overdue_at, stage", [
    (None, dt(2024, 6, 4, 10, 30), "first_response"),
    (dt(2024, 6, 3, 15), dt(2024, 6, 10, 10, 30), "resolution"),
])
def test_complaint_deadlines(responded, overdue_at, stage):
    due = complaint_due(dt(2024, 6, 3, 10, 30), responded, P)
    assert (due.kind, due.due_at, due.overdue_at, due.detail["stage"]) == \
        ("complaint_deadline", dt(2024, 6, 3, 10, 30), overdue_at, stage)


def test_complaint_deadlines_from_settings():
    policy = ReminderPolicy.from_settings({"complaint.first_response_hours": 4, "complaint.resolution_days": 3})
    assert complaint_due(dt(2024, 2, 28, 22), None, policy).overdue_at == dt(2024, 2, 29, 2)
    assert complaint_due(dt(2024, 2, 28, 22), dt(2024, 2, 29), policy).overdue_at == dt(2024, 3, 2, 22)
