"""Reading .xlsx sheets for the importer: streamed straight from the zip with a regular-expression scanner.

Why not openpyxl: its read-only cell objects cost ~15 s for a million cells; this scanner reads a 100,000-row
sheet in under 2 s, 1 MB of XML at a time, so rows can be checked while the rest is still being read.
openpyxl read-only stays the fallback for sheet XML written with namespace prefixes. Values come back raw
(str, int, float, bool); dates that Excel keeps as serial numbers are turned into dates later by
`domain.parse.parse_date` for the columns mapped to dates. See read.py for the tidying (header, merged
cells, junk rows).
"""
from __future__ import annotations

import codecs
import html
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.transfer.limits import DEFAULT, STRING_OVERHEAD, ReadLimits

Row = tuple[int, list]  # (row number as the spreadsheet shows it, cell values)
Progress = Callable[[int, int, str], None]

#: also raised by read.py for .xls/.csv sheets
MSG_NO_SHEET = QT_TRANSLATE_NOOP("errors", "工作簿里没有名为“{sheet}”的工作表（有：{sheets}）")
MSG_EMPTY = QT_TRANSLATE_NOOP("errors", "文件里没有数据：{path}")

#: compressed sheet XML read at a time: ~2,000 rows; bigger pieces only raised the memory peak
XML_CHUNK = 1 << 20
#: the first piece is small, so the first rows reach the checks (and a streamed import's writer) sooner:
#: a whole XML_CHUNK first kept the writing process waiting ~0.2 s on a 100,000-row sheet
FIRST_XML_CHUNK = 1 << 16

_SHEET_RE = re.compile(r'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"', re.DOTALL)
_SHEET_RE2 = re.compile(r'<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"', re.DOTALL)
_REL_RE = re.compile(r'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"|'
                     r'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"', re.DOTALL)
_SI_RE = re.compile(r"<si>(.*?)</si>|<si/>", re.DOTALL)
_T_RE = re.compile(r"<t\b[^>]*>([^<]*)</t>|<t/>")
_RPH_RE = re.compile(r"<rPh\b.*?</rPh>", re.DOTALL)
_TOKEN_RE = re.compile(
    r'<row\b[^>]*?\br="(\d+)"|<c\b r="([A-Z]{1,3})\d+"([^>]*?)(?:/>|>(?:<f\b[^>]*?(?:/>|>[^<]*</f>))?'
    r'(?:<v>([^<]*)</v>|<is><t>([^<]*)</t></is>|<is>(.*?)</is>)?</c>)', re.DOTALL)
_PREFIXED_RE = re.compile(r"<\w+:(?:sheetData|row)\b")
_COLS: dict[str, int] = {}


def _col(letters: str) -> int:
    n = _COLS.get(letters)
    if n is None:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        n = _COLS[letters] = n - 1
    return n


def open_zip(path: Path, limits: ReadLimits = DEFAULT) -> zipfile.ZipFile:
    """The workbook's zip, its directory checked first: no part bigger than the limit decompressed, or
    compressed suspiciously well (limits.py)."""
    z = zipfile.ZipFile(path)
    try:
        for info in z.infolist():
            limits.check_part(info.filename, info.file_size, info.compress_size)
    except BaseException:
        z.close()
        raise
    return z


def xlsx_sheets(path: Path, limits: ReadLimits = DEFAULT) -> list[tuple[str, str]]:
    """(sheet name, part path inside the zip) in workbook order."""
    with open_zip(path, limits) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
        rels_xml = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rels = {}
    for a, b, c, d in _REL_RE.findall(rels_xml):
        rid, target = (a, b) if a else (d, c)
        target = target.lstrip("/")
        rels[rid] = target if target.startswith("xl/") else str(PurePosixPath("xl") / target)
    found = [(html.unescape(n), rid) for n, rid in _SHEET_RE.findall(book)]
    if not found:
        found = [(html.unescape(n), rid) for rid, n in _SHEET_RE2.findall(book)]
    return [(name, rels[rid]) for name, rid in found if rid in rels]


def _shared_strings(z: zipfile.ZipFile, limits: ReadLimits = DEFAULT) -> list[str]:
    """The shared-strings table, streamed 1 MB at a time; the memory its strings take is counted as they are
    read (limits.strings_bytes), and each is at most limits.cell_chars long."""
    try:
        f = z.open("xl/sharedStrings.xml")
    except KeyError:
        return []
    out: list[str] = []
    used = 0
    budget, longest = limits.strings_bytes, limits.cell_chars
    with f:
        decoder = codecs.getincrementaldecoder("utf-8")()
        buf, done = "", 0
        while True:
            chunk = f.read(XML_CHUNK)
            done += len(chunk)
            limits.check_read("xl/sharedStrings.xml", done)
            buf += decoder.decode(chunk, final=not chunk)
            cut = buf.rfind("</si>")
            cut2 = buf.rfind("<si/>")
            end = max(cut + 5 if cut >= 0 else -1, cut2 + 5 if cut2 >= 0 else -1)
            if end > 0:
                for m in _SI_RE.finditer(buf, 0, end):
                    body = m.group(1) or ""
                    if "<rPh" in body:
                        body = _RPH_RE.sub("", body)
                    value = "".join(t for t in _T_RE.findall(body))
                    value = html.unescape(value) if "&" in value else value
                    if len(value) > longest:
                        raise limits.cell_too_long("共享文字表")
                    used += STRING_OVERHEAD + 2 * len(value)
                    if used > budget:
                        raise limits.too_many_strings()
                    out.append(value)
                buf = buf[end:]
            elif len(buf) > longest * 8 + XML_CHUNK:  # one string's XML longer than any cell may be
                raise limits.cell_too_long("共享文字表")
            if not chunk:
                break
    return out


def iter_xlsx(path: Path, sheet: str | None, progress: Progress | None, limits: ReadLimits = DEFAULT) -> Iterator:
    """(sheet names, merged ranges), then lists of raw rows as the sheet XML is decompressed and scanned.

    The merged ranges come after the rows in the XML, so a first pass over the compressed part looks for
    them (zlib alone: about a tenth of the scan)."""
    sheets = xlsx_sheets(path, limits)
    names = [n for n, _ in sheets]
    if not sheets:
        raise InvalidInput(MSG_EMPTY, field="file", path=str(path))
    part = dict(sheets).get(sheet) if sheet else sheets[0][1]
    if part is None:
        raise InvalidInput(MSG_NO_SHEET, field="sheet", sheet=sheet, sheets="、".join(names))
    interned: dict[int, dict | None] = {}  # per column, see _scan
    count = [0]  # rows read so far (_scan)
    row_limit = limits.row_xml_chars
    with open_zip(path, limits) as z:
        merges = _xlsx_merges(z, part, limits)
        strings = _shared_strings(z, limits)
        total = z.getinfo(part).file_size or 1
        with z.open(part) as f:
            decoder = codecs.getincrementaldecoder("utf-8")()
            buf, done = "", 0
            announced = dialect_checked = False
            size = FIRST_XML_CHUNK
            while True:
                chunk = f.read(size)
                size = XML_CHUNK
                done += len(chunk)
                limits.check_read(part, done)
                buf += decoder.decode(chunk, final=not chunk)
                if not dialect_checked and ("sheetData" in buf or not chunk):
                    dialect_checked = True
                    if _PREFIXED_RE.search(buf):  # <x:sheetData>: not our scanner's dialect
                        rows = _read_xlsx_openpyxl(path, sheet or names[0], limits)
                        yield names, merges
                        yield rows
                        return
                if not dialect_checked:
                    if len(buf) > row_limit:  # no row data after all that XML
                        raise limits.cell_too_long(1)
                    continue  # (the sheet's row data has not started yet)
                if not announced:
                    yield names, merges
                    announced = True
                rows: list[Row] = []
                if not chunk:
                    _scan(buf, strings, rows, interned, limits, count)
                    if rows:
                        yield rows
                    break
                cut = buf.rfind("</row>")
                if cut < 0:
                    if len(buf) > row_limit:  # one row's XML longer than its columns' cells may be
                        raise limits.cell_too_long(count[0] + 1)
                    continue
                _scan(buf[:cut + 6], strings, rows, interned, limits, count)
                buf = buf[cut + 6:]
                if progress:
                    progress(done, total, "read")
                if rows:
                    yield rows


_MERGE_BYTES_RE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _xlsx_merges(z: zipfile.ZipFile, part: str, limits: ReadLimits = DEFAULT) -> list[tuple[int, int, int, int]]:
    """(first row, first col, last row, last col) of every merged range of the sheet part (at most one per
    row the sheet may have)."""
    merges: list[tuple[int, int, int, int]] = []
    tail = b""
    done = since_row = rows = 0  # bytes read; bytes since the last row's end; rows ended so far
    longest_row = limits.row_xml_chars * 4  # (UTF-8 bytes: up to 4 a character)
    with z.open(part) as f:
        while chunk := f.read(XML_CHUNK):
            if len(merges) > limits.rows:
                raise limits.too_many_rows()
            # this pass reads the whole part first: the row limits apply here already (a 2 GB row otherwise
            # costs its full decompression before the scan below would stop it)
            done += len(chunk)
            limits.check_read(part, done)
            ends = chunk.count(b"</row>")
            if ends:
                rows += ends
                since_row = len(chunk) - chunk.rfind(b"</row>")
            else:
                since_row += len(chunk)
                if since_row > longest_row:
                    raise limits.cell_too_long(rows + 1)
            data = tail + chunk
            if b"mergeCell" in data:
                cut = data.rfind(b"<")  # a tag cut at the chunk's end is read with the next chunk
                head, tail = (data[:cut], data[cut:]) if cut > len(data) - 200 else (data, b"")
                merges += [(int(r1), _col(c1.decode()), int(r2), _col(c2.decode()))
                           for c1, r1, c2, r2 in _MERGE_BYTES_RE.findall(head)]
            else:
                tail = data[-200:]
    return merges


_NEW: dict = {}  # marks a column not seen yet

#: a column with more distinct inline strings than this holds names or numbers: not worth interning
INTERN_LIMIT = 2000


def _scan(text: str, strings: list[str], rows: list[Row], interned: dict[int, dict | None] | None = None,
          limits: ReadLimits = DEFAULT, count: list[int] | None = None) -> None:
    """Rows and cells of a piece of sheet XML that ends on a row boundary. Raises InvalidInput past the
    limits: more rows than limits.rows (counted in `count` across pieces), a row wider than limits.columns,
    a cell longer than limits.cell_chars.

    Inline strings (what openpyxl and many exporters write instead of shared strings) are interned per
    column while the column repeats itself (consultant, city, gender, model…): 100,000 rows otherwise
    hold half a million copies of a few dozen words."""
    if interned is None:
        interned = {}
    if count is None:
        count = [0]
    vals: list = []
    max_rows, max_cols, longest = limits.rows, limits.columns, limits.cell_chars
    number = 0
    for rnum, letters, attrs, v, plain, inline in _TOKEN_RE.findall(text):
        if rnum:
            if len(vals) > max_cols:
                raise limits.too_wide(number)
            vals = []
            number = int(rnum)
            rows.append((number, vals))
            count[0] += 1
            if count[0] > max_rows:
                raise limits.too_many_rows()
            continue
        idx = _COLS.get(letters)
        if idx is None:
            idx = _col(letters)
        if 't="' in attrs:
            if 't="s"' in attrs:
                val = strings[int(v)] if v else None
            elif 't="inlineStr"' in attrs:
                # `plain`: the usual <is><t>text</t></is>, taken by the token expression itself
                val = "".join(_T_RE.findall(inline)) if inline else plain
                pool = interned.get(idx, _NEW)
                if pool is _NEW:
                    pool = interned[idx] = {}
                if pool is not None:
                    val = pool.setdefault(val, val)
                    if len(pool) > INTERN_LIMIT:
                        interned[idx] = None
            elif 't="b"' in attrs:
                val = v == "1"
            elif 't="n"' in attrs:
                val = _number(v)
            elif 't="e"' in attrs:
                val = None
            else:
                val = v
        else:
            val = _number(v)
        if val.__class__ is str:
            if "&" in val:
                val = html.unescape(val)
            if len(val) > longest:
                raise limits.cell_too_long(number)
        n = len(vals)
        if n < idx:
            if idx >= max_cols:
                raise limits.too_wide(number)
            vals.extend([None] * (idx - n))
        vals.append(val)
    if len(vals) > max_cols:
        raise limits.too_wide(number)


def _number(v: str):
    if not v:
        return None
    try:
        return int(v)
    except ValueError:
        return float(v)


def _read_xlsx_openpyxl(path: Path, sheet: str, limits: ReadLimits = DEFAULT) -> list[Row]:
    # lazy: openpyxl is heavy and only this fallback reader needs it
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[sheet]
        rows: list[Row] = []
        for i, r in enumerate(ws.iter_rows(values_only=True, max_col=limits.columns + 1), 1):
            if i > limits.rows:
                raise limits.too_many_rows()
            vals = list(r)
            if len(vals) > limits.columns and any(v is not None for v in vals[limits.columns:]):
                raise limits.too_wide(i)
            if any(v.__class__ is str and len(v) > limits.cell_chars for v in vals):
                raise limits.cell_too_long(i)
            rows.append((i, vals))
        return rows
    finally:
        wb.close()
