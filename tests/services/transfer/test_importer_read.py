"""The streaming .xlsx reader (importer_xlsx) cuts the sheet XML into pieces (a small first one, so the first
rows reach the checks early). Wherever the cuts fall — inside a tag, a cell, a string — the rows read must
be exactly openpyxl's, and a sheet written in the prefixed dialect (<x:sheetData>) must still be noticed."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from dealerdesk.services.transfer import xlsx as importer_xlsx
from dealerdesk.services.transfer.read import read_table
from tests.services.transfer.test_importer import book


def blank_as_none(vals) -> list:
    """An empty text cell and an empty cell are the same to the importer (openpyxl gives None for both)."""
    return [None if v == "" else v for v in vals]


def rows_of(table) -> list:
    return [(n, list(vals)) for n, vals in table.rows]


@pytest.fixture
def sheet(tmp_path):
    rows = [["序号", "姓名", "手机", "车牌号", "购车日期", "备注"]]
    for i in range(300):
        rows.append([i + 1, f"客户{i}&<{i}>", 13900000000 + i, f"粤B{i:05d}" if i % 2 else None,
                     dt.datetime(2024, 1, 1) + dt.timedelta(days=i) if i % 3 else None, "备注 " * (i % 4)])
        if i % 50 == 7:
            rows.append([None] * 6)  # blank rows are left out
    return book(tmp_path / "in.xlsx", rows, title="客户信息表", merges=["F10:F12"])


@pytest.mark.parametrize("first, rest", [(7, 13), (64, 1000), (1 << 16, 1 << 20)])
def test_rows_are_the_same_wherever_the_xml_is_cut(sheet, monkeypatch, first, rest):
    monkeypatch.setattr(importer_xlsx, "FIRST_XML_CHUNK", 1 << 30)
    monkeypatch.setattr(importer_xlsx, "XML_CHUNK", 1 << 30)
    whole = read_table(sheet)  # the XML in one piece: no cut at all
    monkeypatch.setattr(importer_xlsx, "FIRST_XML_CHUNK", first)
    monkeypatch.setattr(importer_xlsx, "XML_CHUNK", rest)
    table = read_table(sheet)
    assert (table.header_row, table.headers) == (whole.header_row, whole.headers)
    assert table.header_row == 2 and table.headers[:3] == ["序号", "姓名", "手机"]
    assert rows_of(table) == rows_of(whole)
    assert len(table.rows) == 300
    # and the cells are openpyxl's (dates stay Excel serial numbers here: parse.parse_date reads those)
    by_number = dict(importer_xlsx._read_xlsx_openpyxl(sheet, "客户"))
    for number, vals in table.rows:
        want = list(by_number[number])
        if number in (10, 11, 12):  # the merged F10:F12 is filled down from F10
            want[5] = by_number[10][5]
        keep = [0, 1, 2, 3, 5]
        assert blank_as_none([vals[i] for i in keep]) == blank_as_none([want[i] for i in keep]), (number, vals)


def test_prefixed_dialect_is_noticed_even_after_a_small_first_piece(tmp_path, monkeypatch):
    """Some tools write <x:worksheet><x:sheetData>…; our scanner does not read that dialect and hands the
    sheet to openpyxl. The check must not depend on the first piece holding the sheetData tag."""
    plain = book(tmp_path / "plain.xlsx", [["姓名", "手机"], ["张三", "13900000001"], ["李四", "13900000002"]])
    prefixed = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(prefixed, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                text = text.replace("<sheetData", "<x:sheetData").replace("</sheetData>", "</x:sheetData>")
                text = text.replace("<row", "<x:row").replace("</row>", "</x:row>")
                text = text.replace("<c ", "<x:c ").replace("</c>", "</x:c>").replace("<v>", "<x:v>")
                text = text.replace("</v>", "</x:v>")
                text = text.replace("<worksheet", '<worksheet xmlns:x="http://schemas.openxmlformats.org/'
                                    'spreadsheetml/2006/main"', 1)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    calls = []
    real = importer_xlsx._read_xlsx_openpyxl
    monkeypatch.setattr(importer_xlsx, "_read_xlsx_openpyxl", lambda *a: calls.append(a) or real(*a))
    monkeypatch.setattr(importer_xlsx, "FIRST_XML_CHUNK", 16)
    monkeypatch.setattr(importer_xlsx, "XML_CHUNK", 16)
    table = read_table(prefixed)
    assert calls  # handed to openpyxl
    assert [vals[0] for _n, vals in table.rows] == ["张三", "李四"]
