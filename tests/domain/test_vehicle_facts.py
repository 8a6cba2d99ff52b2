"""Vehicle facts rules: VIN check digit (ISO 3779), plates a traffic office issues, the next inspection, and
how a renewal rolls the expiry date."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain import vehicle_facts as facts
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.reminders import ReminderPolicy
from dealerdesk.domain.validate import normalize_plate, normalize_vin, vin_check_digit, vin_check_digit_ok


@pytest.mark.parametrize(("vin", "digit"), [("1M8GDM9AXKP042788", "X"), ("11111111111111111", "1"),
                                            ("LVGBE40E3TG000001", "3")])
def test_vin_check_digit_iso_3779(vin, digit):
    assert vin_check_digit(vin) == digit and vin_check_digit_ok(vin)


def test_a_wrong_check_digit_is_accepted_and_flagged():
    assert normalize_vin("lvgbe40e5tg000001") == "LVGBE40E5TG000001"
    assert not vin_check_digit_ok("LVGBE40E5TG000001")


@pytest.mark.parametrize(("plate", "ok"), [
    ("粤B12345", True), ("粤BA1234", True), ("粤B1A2B3", True), ("粤BAB123", True),
    ("粤BABC12", False),            # three letters among the last five
    ("粤BD12345", True), ("粤BF12345", True), ("粤B12345D", True),  # new-energy, small and large
])
def test_plates_a_traffic_office_issues(plate, ok):
    assert facts.plate_is_issuable(normalize_plate(plate)) is ok


def test_plate_structure_is_still_validate_s():
    with pytest.raises(InvalidInput):
        normalize_plate("粤O12345")  # O is never an issuing-office letter
    assert not facts.plate_is_issuable("粤B1O234")  # (normalize refuses it too; the rule alone says no)
    assert not facts.plate_is_issuable("粤BD1234A")  # new-energy small: the last four are digits


def test_energy_and_plate_length_disagreeing_is_a_warning_case():
    assert facts.is_new_energy_plate("粤BD12345") and not facts.is_new_energy_plate("粤B12345")
    assert facts.plate_energy_mismatch("粤BD12345", "fuel") and facts.plate_energy_mismatch("粤B12345", "nev")
    assert not facts.plate_energy_mismatch("粤BD12345", "nev") and not facts.plate_energy_mismatch("使014578", "nev")


def test_next_inspection_by_the_rules():
    pol = ReminderPolicy()
    reg = dt.date(2024, 3, 2)
    # private car up to the seat limit: stickers at 2 and 4 years, on-site at 6
    assert facts.next_inspection(reg, 5, "private", "fuel", dt.date(2025, 1, 1), pol) == dt.date(2026, 3, 2)
    assert facts.next_inspection(reg, 5, "private", "fuel", dt.date(2026, 3, 3), pol) == dt.date(2028, 3, 2)
    assert facts.next_inspection(reg, 5, "commercial", "fuel", dt.date(2025, 1, 1), pol) == dt.date(2025, 3, 2)
    assert facts.next_inspection(None, 5, "private", "fuel", dt.date(2025, 1, 1), pol) is None


def test_renewal_rolls_one_year_from_the_old_expiry_or_from_today_when_lapsed():
    assert facts.renewed_until(dt.date(2026, 6, 20), dt.date(2026, 6, 1)) == dt.date(2027, 6, 20)
    assert facts.renewed_until(dt.date(2026, 2, 28), dt.date(2026, 2, 1)) == dt.date(2027, 2, 28)
    assert facts.renewed_until(dt.date(2026, 1, 1), dt.date(2026, 6, 1)) == dt.date(2027, 5, 31)  # lapsed
    assert facts.renewed_until(None, dt.date(2026, 6, 1)) == dt.date(2027, 5, 31)


@pytest.mark.parametrize(("outcome", "kind", "insurer", "premium", "field"), [
    ("maybe", "both", "人保", 1, "outcome"), ("renewed", "all", "人保", 1, "kind"),
    ("renewed", "both", " ", 1, "insurer"), ("renewed", "both", "人保", "-5", "premium"),
    ("renewed", "both", "人保", "abc", "premium")])
def test_a_renewal_needs_outcome_kind_insurer_and_a_premium(outcome, kind, insurer, premium, field):
    with pytest.raises(InvalidInput) as err:
        facts.check_renewal(outcome, kind, insurer, premium)
    assert err.value.field == field
