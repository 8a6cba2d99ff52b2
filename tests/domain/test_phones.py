"""Number ranges (domain/phones.py): a warning exactly where libphonenumber says a number cannot exist, never a
refusal of what the shape rule (validate.normalize_phone) accepts; phones shown grouped."""
from __future__ import annotations

import phonenumbers
import pytest

from dealerdesk.domain import phones, validate

SUFFIXES = ("12345678", "00000000", "99999999", "50381234")


def library_says_valid(number: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(number, "CN"))


@pytest.mark.parametrize("prefix", range(130, 200))
def test_every_mobile_prefix_warns_exactly_where_the_library_says_invalid(prefix):
    for suffix in SUFFIXES:
        typed = f"{prefix}{suffix}"
        normal = validate.normalize_phone(typed)  # the shape rule accepts it: nothing is refused
        assert normal == typed
        warning = phones.range_warning(normal)
        assert (warning is None) == library_says_valid(typed), typed
        if warning is not None:
            assert str(prefix) in warning.text


def test_the_data_only_ranges_the_fuzzing_found_warn():
    # 140–144/146/148/149 are IoT and data-card ranges, 154 and 174 unassigned (libphonenumber's data)
    for prefix in (140, 141, 144, 146, 148, 154, 174):
        assert phones.range_warning(f"{prefix}12345678") is not None
    for prefix in (130, 138, 159, 177, 186, 199):
        assert phones.range_warning(f"{prefix}12345678") is None


@pytest.mark.parametrize("typed, warns, says", [
    ("010-62345678", False, ""),
    ("0755-88888888", False, ""),  # Shenzhen: 8-digit numbers
    ("0755-8888888", True, "位数"),  # one digit short for Shenzhen, though 7 digits is a valid shape
    ("0300-2345678", True, "没有 0300 这个区号"),
    ("0999-1234567", False, ""),  # 伊犁: 7 digits
])
def test_landlines_warn_on_unknown_area_codes_and_lengths(typed, warns, says):
    normal = validate.normalize_phone(typed)
    warning = phones.range_warning(normal)
    assert (warning is not None) == warns
    if warns:
        assert says in warning.text


@pytest.mark.parametrize("stored, shown", [
    ("13812345678", "138 1234 5678"),
    ("010-62345678", "010-6234 5678"),
    ("0999-1234567", "0999-123 4567"),
    ("138****5678", "138 **** 5678"),
    ("", ""),
    ("12345", "12345"),
])
def test_phones_are_shown_grouped(stored, shown):
    assert phones.display(stored) == shown


def test_grouped_display_normalises_back():
    for stored in ("13812345678", "010-62345678", "0999-1234567"):
        assert validate.normalize_phone(phones.display(stored)) == stored


def test_demo_phones_stay_on_assigned_ranges():
    import random

    from dealerdesk.services.demo import data as demo_data

    rng = random.Random(29)
    numbers = [demo_data.mobile(rng) for _ in range(3000)] + [demo_data.landline(rng) for _ in range(1000)]
    assert [n for n in numbers if phones.range_warning(n)] == []


def test_five_digits_tell_every_mobile_range_apart():
    """The prefix cache of range_warning is exact for the installed data: within each five-digit prefix the
    library says the same of every number (three suffixes per prefix, 13000–19999)."""
    disagree = [p for p in range(13000, 20000)
                if len({library_says_valid(f"{p}{suffix}") for suffix in ("000000", "555555", "999999")}) != 1]
    assert disagree == []
