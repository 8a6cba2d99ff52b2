"""Hostile .xlsx files for the bounded-import tests, made without holding (or compressing) what they expand
to: the repeated part is deflated once, ended with a full flush (the dictionary reset), and the same
compressed bytes are written again and again; the zip is assembled by hand around the raw deflate data."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

_CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  b'<Default Extension="xml" ContentType="application/xml"/>'
                  b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  b'spreadsheetml.sheet.main+xml"/>'
                  b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                  b'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             + "<sheets><sheet name=\"客户\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".encode())
_RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         b'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
_SHEET_TAIL = b"</sheetData></worksheet>"


class _Part:
    """A zip entry's raw deflate data, its CRC and size, built from pieces (_plain, _repeated)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        self.data: list[bytes] = []
        self.crc = 0
        self.size = 0


def _repeated(part: _Part, raw: bytes, times: int) -> None:
    """`raw` `times` times: compressed twice (the second run is the steady state), then the bytes repeated."""
    part.data.append(part.compressor.compress(raw) + part.compressor.flush(zlib.Z_FULL_FLUSH))
    again = part.compressor.compress(raw) + part.compressor.flush(zlib.Z_FULL_FLUSH)
    part.data.extend([again] * (times - 1))
    crc = part.crc
    for _ in range(times):
        crc = zlib.crc32(raw, crc)
    part.crc = crc
    part.size += len(raw) * times


def _plain(part: _Part, raw: bytes) -> None:
    part.data.append(part.compressor.compress(raw) + part.compressor.flush(zlib.Z_FULL_FLUSH))
    part.crc = zlib.crc32(raw, part.crc)
    part.size += len(raw)


def _zip(path: Path, parts: list[_Part]) -> None:
    """A plain (not zip64) zip of deflated parts; every part stays under 4 GB."""
    central = []
    with open(path, "wb") as f:
        for part in parts:
            data = b"".join(part.data) + part.compressor.flush()
            name = part.name.encode()
            offset = f.tell()
            f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, part.crc, len(data), part.size,
                                len(name), 0) + name)
            f.write(data)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, part.crc, len(data),
                                       part.size, len(name), 0, 0, 0, 0, 0, offset) + name)
        start = f.tell()
        directory = b"".join(central)
        f.write(directory)
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), start, 0))


def _frame(path: Path, sheet: _Part, extra: list[_Part] = ()) -> Path:
    parts = []
    for name, raw in (("[Content_Types].xml", _CONTENT_TYPES), ("xl/workbook.xml", _WORKBOOK),
                      ("xl/_rels/workbook.xml.rels", _RELS)):
        p = _Part(name)
        _plain(p, raw)
        parts.append(p)
    _zip(path, parts + [sheet, *extra])
    return path


def one_huge_row(path: Path, expands_to: int = 2_000_000_000) -> Path:
    """A header row, then one row whose single cell is `expands_to` bytes of text (the file: ~2 MB)."""
    sheet = _Part("xl/worksheets/sheet1.xml")
    _plain(sheet, _SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
                  '<c r="B1" t="inlineStr"><is><t>手机</t></is></c></row>'
                  '<row r="2"><c r="A2" t="inlineStr"><is><t>'.encode())
    block = b"A" * (1 << 20)
    _repeated(sheet, block, expands_to // len(block))
    _plain(sheet, b"</t></is></c></row>" + _SHEET_TAIL)
    return _frame(path, sheet)


def huge_shared_strings(path: Path, expands_to: int = 1_000_000_000) -> Path:
    """A small sheet over a shared-strings table of `expands_to` bytes: the same 30,000-character string
    again and again (each one a string the reader would keep)."""
    one = b"<si><t>" + b"B" * 30_000 + b"</t></si>"
    per_block = 32
    blocks = expands_to // (len(one) * per_block)
    strings = _Part("xl/sharedStrings.xml")
    _plain(strings, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
    _repeated(strings, one * per_block, blocks)
    _plain(strings, b"</sst>")
    sheet = _Part("xl/worksheets/sheet1.xml")
    rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>手机</t></is></c></row>']
    for i in range(2, 1002):
        rows.append(f'<row r="{i}"><c r="A{i}" t="s"><v>{i}</v></c><c r="B{i}"><v>138{i:08d}</v></c></row>')
    _plain(sheet, _SHEET_HEAD + "".join(rows).encode() + _SHEET_TAIL)
    return _frame(path, sheet, [strings])
