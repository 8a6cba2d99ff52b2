"""Reading store spreadsheets for the importer: .xlsx, .xls and .csv into one plain `Table`.

Why it is more than `openpyxl.load_workbook`: real store sheets have a title row above the header, merged
cells (a consultant's name merged down over their customers), blank rows and totals or notes under the data,
and CSVs saved by Excel in GBK. And a 100,000-row workbook must read in a few seconds: openpyxl's read-only
cell objects cost ~15 s for a million cells, so .xlsx sheets are streamed straight from the zip with a
regular-expression scanner over the sheet XML (transfer/xlsx.py). Values come back raw (str, int, float,
datetime, bool); dates that Excel keeps as serial numbers are turned into dates later by
`domain.parse.parse_date` for the columns mapped to dates.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.parse import cell_text
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.transfer.fields import find_header_row
from dealerdesk.services.transfer.limits import DEFAULT, ReadLimits
from dealerdesk.services.transfer.xlsx import MSG_EMPTY, MSG_NO_SHEET, Progress, Row, iter_xlsx, xlsx_sheets

_MSG_UNREADABLE = QT_TRANSLATE_NOOP("errors", "无法读取文件 {path}：{reason}")
_MSG_FORMAT = QT_TRANSLATE_NOOP("errors", "不支持的文件类型 {suffix}：请用 .xlsx、.xls 或 .csv")
_MSG_ENCODING = QT_TRANSLATE_NOOP("errors", "CSV 文件的编码无法识别（支持 UTF-8 和 GBK/GB18030）：{path}")

JUNK_PREFIXES = ("合计", "总计", "小计", "共计", "总数", "注：", "注:", "备注：", "备注:", "说明", "制表", "审核",
                 "填表", "total", "note")


@dataclass
class Table:
    """One sheet: its header row (1-based, as shown) and data rows (blank and junk rows left out)."""

    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    skipped_junk: int = 0  # totals / notes rows that were left out


def list_sheets(path: str | Path, limits: ReadLimits = DEFAULT) -> list[str]:
    path = Path(path)
    kind = _kind(path)
    try:
        if kind == "xlsx":
            return [name for name, _ in xlsx_sheets(path, limits)]
        if kind == "xls":
            import xlrd  # lazy: only an old .xls needs it

            return xlrd.open_workbook(str(path), on_demand=True).sheet_names()
        return [path.stem]
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput(_MSG_UNREADABLE, field="file", path=str(path), reason=str(exc)) from exc


def read_table(path: str | Path, sheet: str | None = None, progress: Progress | None = None,
               limits: ReadLimits = DEFAULT) -> Table:
    """Read `sheet` (default: the first) of `path`, find its header row and tidy the data rows."""
    chunks = iter_table(path, sheet, progress, limits)
    table = next(chunks)
    rows: list[Row] = []
    for chunk in chunks:
        rows += chunk
    width = len(table.headers)
    table.rows = [(n, vals) if len(vals) >= width else (n, vals + [None] * (width - len(vals))) for n, vals in rows]
    return table


#: raw rows per chunk yielded by iter_table (.xls and .csv)
CHUNK_ROWS = 5000


def iter_table(path: str | Path, sheet: str | None = None, progress: Progress | None = None,
               limits: ReadLimits = DEFAULT) -> Iterator:
    """`read_table` as a stream, so a big sheet can be checked (and written) while it is still being read:
    yields the `Table` first (sheet, header row and headers; no rows), then lists of data rows (blank and
    junk rows left out, merged cells filled, each row at least as wide as the header row). When the stream
    ends, the Table yielded first is complete: `headers` cover the widest row and `skipped_junk` is
    counted. Raises InvalidInput for an unreadable file, an unknown sheet, a sheet without data, or a file
    past the read limits (limits.py: checked while reading, before any row is written)."""
    path = Path(path)
    kind = _kind(path)
    if not path.is_file():
        raise InvalidInput(_MSG_UNREADABLE, field="file", path=str(path), reason="文件不存在")
    raw = _raw_chunks(path, kind, sheet, progress, limits)
    sheets, merges = next(raw)
    head: list[Row] = []  # the first non-blank rows: the header is found among them
    pending: list[Row] = []
    for chunk in raw:
        for row in chunk:
            if not _blank(row[1]):
                (head if len(head) < 10 else pending).append(row)
        if len(head) >= 10:
            break
    if not head:
        raise InvalidInput(MSG_EMPTY, field="file", path=str(path))
    head_index = find_header_row([[cell_text(v) for v in vals] for _, vals in head])
    header_number, header_values = head[head_index]
    headers = [cell_text(v) for v in header_values]
    table = Table(sheet=sheet or sheets[0], sheets=sheets, header_row=header_number, headers=[])
    width = len(headers)
    for _, vals in head[head_index + 1:]:
        width = max(width, len(vals))
    _name_headers(table, headers, width)
    yield table
    fill = _MergeFill(merges, header_number, limits)
    first = head[head_index + 1:] + pending
    del head, pending
    for chunk in _chain_first(first, raw):
        rows: list[Row] = []
        for number, vals in chunk:
            if _blank(vals):
                continue
            width = max(width, len(vals))
            if fill:
                fill(number, vals)
            if _is_junk(vals):
                table.skipped_junk += 1
                continue
            rows.append((number, vals))
        if rows:
            yield rows
    _name_headers(table, headers, width)


def _chain_first(first: list[Row], rest: Iterator[list[Row]]) -> Iterator[list[Row]]:
    if first:
        yield first
    yield from rest


def _name_headers(table: Table, headers: list[str], width: int) -> None:
    """The header texts padded to `width` columns, unnamed columns called 列N (in place: the wizard and the
    rejects file keep the Table object)."""
    padded = headers + [""] * (width - len(headers))
    table.headers[:] = [h or f"列{i + 1}" for i, h in enumerate(padded)]


def _in_chunks(sheets: list[str], merges: list, rows: list[Row], progress: Progress | None) -> Iterator:
    yield sheets, merges
    for i in range(0, len(rows), CHUNK_ROWS):
        if progress:
            progress(min(i + CHUNK_ROWS, len(rows)), len(rows), "read")
        yield rows[i:i + CHUNK_ROWS]


def _raw_chunks(path: Path, kind: str, sheet: str | None, progress: Progress | None,
                limits: ReadLimits = DEFAULT) -> Iterator:
    """(sheet names, merged ranges) first, then lists of raw rows; reading errors become InvalidInput."""
    try:
        if kind == "xlsx":
            source = iter_xlsx(path, sheet, progress, limits)
        else:
            limits.check_read(path.name, path.stat().st_size)  # read whole: the file itself is bounded
            if kind == "xls":
                sheets, rows, merges = _read_xls(path, sheet)
            else:
                sheets, rows, merges = [path.stem], _read_csv(path), []
            _check_rows(rows, limits)
            source = _in_chunks(sheets, merges, rows, progress)
        yield from source
    except InvalidInput:
        raise
    except Exception as exc:  # a damaged zip, a truncated BIFF file…: one line for the user
        raise InvalidInput(_MSG_UNREADABLE, field="file", path=str(path), reason=f"{type(exc).__name__}: {exc}") \
            from exc


def _check_rows(rows: list[Row], limits: ReadLimits) -> None:
    """The row, column and cell limits for a sheet read whole (.xls, .csv)."""
    if len(rows) > limits.rows:
        raise limits.too_many_rows()
    for number, vals in rows:
        if len(vals) > limits.columns:
            raise limits.too_wide(number)
        for v in vals:
            if v.__class__ is str and len(v) > limits.cell_chars:
                raise limits.cell_too_long(number)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".xls":
        return "xls"
    if suffix in (".csv", ".txt"):
        return "csv"
    raise InvalidInput(_MSG_FORMAT, field="file", suffix=suffix or path.name)


def _blank(vals: list) -> bool:
    """No filled cell (a plain loop: this runs for every row of the sheet)."""
    for v in vals:
        if v is not None and (v.__class__ is not str or v.strip()):
            return False
    return True


def _is_junk(vals: list) -> bool:
    """A totals or notes line: few filled cells, the first starting with 合计/总计/注：/说明…"""
    first = None
    count = 0
    for v in vals:
        if v is not None and (v.__class__ is not str or v.strip()):
            count += 1
            if count > 3:
                return False
            if count == 1:
                first = v
    if not count:
        return True
    return cell_text(first).lower().replace(" ", "").startswith(JUNK_PREFIXES)


class _MergeFill:
    """Copies the top-left value of every merged range below the header into each of its cells, row by row
    as the rows stream past (a range's top row always comes before the rows it covers)."""

    def __init__(self, merges: list[tuple[int, int, int, int]], header_number: int,
                 limits: ReadLimits = DEFAULT) -> None:
        self.by_row: dict[int, list[tuple[int, int, int]]] = {}  # row → (top row, first col, last col)
        budget = limits.rows  # row entries made: a range merged down to row 1,048,576 is no reason to fill RAM
        for min_row, min_col, max_row, max_col in merges:
            if min_row <= header_number:
                continue
            if max_col - min_col >= limits.columns:
                raise limits.too_wide(min_row)
            budget -= max_row - min_row + 1
            if budget < 0:
                raise limits.too_many_rows()
            for r in range(min_row, max_row + 1):
                self.by_row.setdefault(r, []).append((min_row, min_col, max_col))
        self.tops: dict[tuple[int, int], object] = {}

    def __bool__(self) -> bool:
        return bool(self.by_row)

    def __call__(self, number: int, vals: list) -> None:
        for top_row, min_col, max_col in self.by_row.pop(number, ()):
            if top_row == number:
                value = vals[min_col] if min_col < len(vals) else None
                self.tops[(top_row, min_col)] = value
            else:
                value = self.tops.get((top_row, min_col))
            if value is None:
                continue
            if len(vals) <= max_col:
                vals.extend([None] * (max_col + 1 - len(vals)))
            for c in range(min_col, max_col + 1):
                if vals[c] is None or vals[c] == "":
                    vals[c] = value


# --------------------------------------------------------------------------- .xls and .csv

def _read_xls(path: Path, sheet: str | None):
    import xlrd  # lazy: only an old .xls needs it

    book = xlrd.open_workbook(str(path), formatting_info=True)
    names = book.sheet_names()
    if sheet and sheet not in names:
        raise InvalidInput(MSG_NO_SHEET, field="sheet", sheet=sheet, sheets="、".join(names))
    sh = book.sheet_by_name(sheet) if sheet else book.sheet_by_index(0)
    rows: list[Row] = []
    for r in range(sh.nrows):
        vals = []
        for cell in sh.row(r):
            if cell.ctype == xlrd.XL_CELL_DATE:
                vals.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
            elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                vals.append(None)
            else:
                vals.append(cell.value)
        rows.append((r + 1, vals))
    merges = [(r1 + 1, c1, r2, c2 - 1) for r1, r2, c1, c2 in sh.merged_cells]
    return names, rows, merges


def _decode_csv(data: bytes, path: str = "") -> str:
    """UTF-8 (with or without BOM) when it decodes strictly, else GB18030 (a superset of GBK)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise InvalidInput(_MSG_ENCODING, field="file", path=path) from None


def _read_csv(path: Path) -> list[Row]:
    text = _decode_csv(path.read_bytes(), str(path))
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [(i, [c if c != "" else None for c in r]) for i, r in enumerate(reader, 1)]
