"""Table tests for the cell parsers the importer (and the GUI) share."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.parse import (
    cell_text,
    parse_date,
    parse_gender,
    parse_level,
    parse_source,
    split_phones,
)

D = dt.date(2024, 1, 5)


@pytest.mark.parametrize("value, expected", [
    ("2024/1/5", D), ("2024-01-05", D), ("2024.1.5", D), ("2024年1月5日", D), ("20240105", D),
    ("２０２４年１月５日", D), (" 2024-01-05 00:00:00 ", D), ("2024-1-5 14:30", D), ("2024 / 1 / 5", D),
    (45296, D), (45296.75, D), ("45296", D), (20240105, D),
    (dt.datetime(2024, 1, 5, 9, 30), D), (D, D), (None, None), ("", None), ("  ", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2024-02-30", "明天", "1/5/2024", "2024-13-01", "abc", -3, 99999999])
def test_parse_date_rejects(value):
    with pytest.raises(InvalidInput) as err:
        parse_date(value)
    assert err.value.field == "date"


@pytest.mark.parametrize("value, expected", [
    ("男", "M"), ("女", "F"), ("M", "M"), ("f", "F"), ("Male", "M"), (" 女士 ", "F"), ("先生", "M"),
    ("", ""), (None, ""), ("未知", ""),
])
def test_parse_gender(value, expected):
    assert parse_gender(value) == expected


def test_parse_gender_rejects():
    with pytest.raises(InvalidInput):
        parse_gender("男女")


@pytest.mark.parametrize("value, expected", [
    ("H", "H"), ("h", "H"), ("a级", "A"), ("B 级", "B"), ("C级客户", "C"), ("ｎ", "N"), ("o", "O"), ("", ""),
    (None, ""),
])
def test_parse_level(value, expected):
    assert parse_level(value) == expected


@pytest.mark.parametrize("value", ["X", "HA", "高", "1"])
def test_parse_level_rejects(value):
    with pytest.raises(InvalidInput):
        parse_level(value)


@pytest.mark.parametrize("value, expected", [
    ("展厅", "walk_in"), ("自然到店", "walk_in"), ("来电", "phone_in"), ("汽车之家", "online"), ("车展", "auto_show"),
    ("老客户转介绍", "referral"), ("置换", "returning"), ("其他", "other"), ("", ""), ("火星", None),
])
def test_parse_source(value, expected):
    assert parse_source(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("13812345678", ["13812345678"]),
    ("13812345678/13987654321", ["13812345678", "13987654321"]),
    ("13812345678，13987654321", ["13812345678", "13987654321"]),
    ("13812345678；010-62345678", ["13812345678", "010-62345678"]),
    ("13812345678、13987654321", ["13812345678", "13987654321"]),
    ("13812345678 13987654321", ["13812345678", "13987654321"]),
    ("138 1234 5678", ["138 1234 5678"]),
    ("+86 138-1234-5678", ["+86 138-1234-5678"]),
    (13812345678, ["13812345678"]),
    (13812345678.0, ["13812345678"]),
    ("", []), (None, []),
])
def test_split_phones(value, expected):
    assert split_phones(value) == expected


@pytest.mark.parametrize("value, expected", [
    (None, ""), (12.0, "12"), (12.5, "12.5"), ("  ＡＢＣ１２３ ", "ABC123"), (dt.datetime(2024, 1, 5), "2024-01-05"),
])
def test_cell_text(value, expected):
    assert cell_text(value) == expected
