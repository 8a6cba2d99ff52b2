"""Reception rules: order numbers, slots, settlement arithmetic, statistics formulas."""
import datetime as dt
from decimal import Decimal

import pytest

from dealerdesk.domain import reception as r
from dealerdesk.domain.errors import InvalidInput

POL = r.ReceptionPolicy.from_settings({})


@pytest.mark.parametrize("prefix,year,seq,expected", [
    ("WO", 2026, 1, "WO2026-00001"), ("WO", 2026, 12345, "WO2026-12345"), ("RO", 2027, 7, "RO2027-00007"),
])
def test_order_number(prefix, year, seq, expected):
    assert r.order_number(prefix, year, seq) == expected


def test_order_number_rejects_zero():
    with pytest.raises(ValueError):
        r.order_number("WO", 2026, 0)


def test_day_slots_default_hours():
    slots = r.day_slots(dt.date(2026, 10, 16), POL)
    assert slots[0] == dt.datetime(2026, 10, 16, 8, 30)
    assert slots[-1] == dt.datetime(2026, 10, 16, 17, 0)  # the last slot ends at closing
    assert len(slots) == 18


@pytest.mark.parametrize("at,expected", [
    (dt.datetime(2026, 10, 16, 8, 30), dt.datetime(2026, 10, 16, 8, 30)),
    (dt.datetime(2026, 10, 16, 9, 10), dt.datetime(2026, 10, 16, 9, 0)),
    (dt.datetime(2026, 10, 16, 17, 29), dt.datetime(2026, 10, 16, 17, 0)),
])
def test_slot_of(at, expected):
    assert r.slot_of(at, POL) == expected


@pytest.mark.parametrize("at", [dt.datetime(2026, 10, 16, 8, 0), dt.datetime(2026, 10, 16, 17, 30),
                                dt.datetime(2026, 10, 16, 22, 0)])
def test_slot_outside_hours_is_refused(at):
    with pytest.raises(InvalidInput):
        r.slot_of(at, POL)


def test_settings_change_slots():
    pol = r.ReceptionPolicy.from_settings({"reception.slot_minutes": 60, "reception.workshop_open": "09:00",
                                           "reception.workshop_close": "12:00"})
    assert [s.hour for s in r.day_slots(dt.date(2026, 1, 5), pol)] == [9, 10, 11]


def test_confirm_call_window_day_before():
    due, overdue = r.confirm_call_window(dt.datetime(2026, 10, 16, 9, 0), POL)
    assert due == dt.datetime(2026, 10, 15, 0, 0) and overdue == dt.datetime(2026, 10, 16, 9, 0)


def test_week_days_monday_first():
    days = r.week_days(dt.date(2026, 10, 15))  # a Thursday
    assert days[0] == dt.date(2026, 10, 12) and days[-1] == dt.date(2026, 10, 18)


@pytest.mark.parametrize("lines,discount,quoted,final,payable,diff", [
    ([("a", "100", "100")], 0, "100.00", "100.00", "100.00", "0.00"),
    ([("a", "100", "120"), ("b", "0", "50")], "20", "100.00", "170.00", "150.00", "70.00"),
    ([("a", "80.5", "60.25")], "0.25", "80.50", "60.25", "60.00", "-20.25"),
])
def test_settle(lines, discount, quoted, final, payable, diff):
    s = r.settle([r.LineDiff(n, "part", Decimal(q), Decimal(f)) for n, q, f in lines], discount)
    assert (s.quoted_total, s.final_total, s.payable, s.difference) == (
        Decimal(quoted), Decimal(final), Decimal(payable), Decimal(diff))


@pytest.mark.parametrize("discount", ["-1", "101"])
def test_discount_bounds(discount):
    with pytest.raises(InvalidInput):
        r.settle([r.LineDiff("a", "part", Decimal(100), Decimal(100))], discount)


def test_line_total_rounds_half_up():
    assert r.line_total("1.5", "0.35") == Decimal("0.53")


@pytest.mark.parametrize("settled,revenue,finished,on_time,appts,no_shows,avg,on_time_rate,no_show_rate", [
    (0, "0", 0, 0, 0, 0, "0.00", 0.0, 0.0),
    (4, "1000", 4, 3, 10, 1, "250.00", 0.75, 0.1),
    (3, "100", 2, 2, 4, 4, "33.33", 1.0, 1.0),
])
def test_stats_formulas(settled, revenue, finished, on_time, appts, no_shows, avg, on_time_rate, no_show_rate):
    s = r.ReceptionStats("2026-10", settled, settled, Decimal(revenue), 1, 1, finished, on_time, appts, no_shows)
    assert s.average_ticket == Decimal(avg)
    assert s.on_time_rate == pytest.approx(on_time_rate) and s.no_show_rate == pytest.approx(no_show_rate)
    assert s.extra_approval_rate == 0.5
    assert s.to_json()["period"] == "2026-10"


@pytest.mark.parametrize("status,promised,now,expected", [
    ("in_repair", dt.datetime(2026, 1, 1, 12), dt.datetime(2026, 1, 1, 13), True),
    ("in_repair", dt.datetime(2026, 1, 1, 12), dt.datetime(2026, 1, 1, 11), False),
    ("ready", dt.datetime(2026, 1, 1, 12), dt.datetime(2026, 1, 1, 13), False),
    ("waiting", None, dt.datetime(2026, 1, 1, 13), False),
])
def test_is_overdue(status, promised, now, expected):
    assert r.is_overdue(status, promised, now) is expected


@pytest.mark.parametrize("ready,promised,expected", [
    (dt.datetime(2026, 1, 1, 11), dt.datetime(2026, 1, 1, 12), True),
    (dt.datetime(2026, 1, 1, 12, 1), dt.datetime(2026, 1, 1, 12), False),
    (None, dt.datetime(2026, 1, 1, 12), None),
])
def test_finished_on_time(ready, promised, expected):
    assert r.finished_on_time(ready, promised) is expected


@pytest.mark.parametrize("new,last,expected", [(100, 200, True), (200, 200, False), (300, None, False)])
def test_mileage_questionable(new, last, expected):
    assert r.mileage_questionable(new, last) is expected


# --- issue 21: the workshop flow, totals, dispatch figures ------------------------------------------

def test_status_targets_offer_the_flow_first_and_never_the_current_status():
    from dealerdesk.domain.reception import status_targets

    assert status_targets("waiting") == [("in_repair", False), ("waiting_parts", False), ("quality_check", True),
                                         ("ready", True)]
    assert status_targets("quality_check")[:2] == [("ready", False), ("in_repair", False)]
    assert all(code != "ready" for code, _ in status_targets("ready"))
    assert status_targets("handed_over") == []


def test_order_totals_count_agreed_extra_work_in_the_total():
    from dealerdesk.domain.reception import order_totals

    t = order_totals([(False, "approved", Decimal("515")), (True, "approved", Decimal("420")),
                      (True, "declined", Decimal("120")), (True, "quoted", Decimal("80"))])
    assert (t.quoted, t.agreed_extra, t.declined, t.pending, t.total) == (
        Decimal("515.00"), Decimal("420.00"), Decimal("120.00"), Decimal("80.00"), Decimal("935.00"))


def test_first_time_fixes_and_hours():
    from datetime import date, datetime

    from dealerdesk.domain.reception import first_time_fixes, standard_hours, work_hours

    visits = [(1, date(2026, 10, 1), date(2026, 10, 31)), (1, date(2026, 10, 31), date.max),
              (2, date(2026, 10, 1), date(2026, 11, 1))]
    assert first_time_fixes(visits, 30) == (2, 3)  # back after exactly 30 days is still a comeback
    assert work_hours(datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10, 30)) == Decimal("1.50")
    assert work_hours(datetime(2026, 1, 1, 9), None) == Decimal("0.00")
    assert standard_hours("labour", Decimal("2")) == Decimal("2.00") and standard_hours("part", Decimal(4)) == 0
