"""Import customers, vehicles, purchases and leads from a store's Excel/CSV sheet (CLI and GUI wizard).

One service for both front ends: `preview` (sheets, header row, column mapping, sample rows) and
`run_import` (read → clean every row with the domain rules → duplicates in the file and in the store →
write the accepted rows in ONE transaction → rejects workbook). A dry run does everything but the write and
reports what would happen. Cancelling (the progress callback raises) or a crash rolls the transaction back,
so the store is exactly as before. See docs/import.md for the rules a person sees.
"""
from __future__ import annotations

import datetime as dt
import gc
import itertools
import logging
from collections.abc import Callable
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from peewee import SqliteDatabase

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.parse import cell_text, parse_date
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.transfer.export import write_csv, write_xlsx
from dealerdesk.services.transfer import limits
from dealerdesk.services.transfer.fields import (
    DATE_FIELDS,
    FIELDS,
    auto_mapping,
    mapping_from_saved,
)
from dealerdesk.services.transfer.plan import Entry, Lookups, Plan, decide
from dealerdesk.services.transfer.read import Table, list_sheets, read_table
from dealerdesk.services.transfer.source import Chunk, SourceOptions, checked, checked_in_worker, use_worker
from dealerdesk.services.transfer.write import KeyedChunk, write_chunks, write_plan
from dealerdesk.store.db import checkpoint_after, db, store_file

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
DUPLICATE_CHOICES = ("update", "skip", "create")
REASON_HEADER = "错误原因"
PREVIEW_ROWS = 50

_MSG_CHOICE = QT_TRANSLATE_NOOP("errors", "重复处理方式应为 update、skip 或 create，不能是 {value}")

__all__ = ["DUPLICATE_CHOICES", "FIELDS", "ImportOptions", "ImportPreview", "ImportResult", "ImportWarning",
           "RowIssue",
           "group_issues", "list_sheets", "preview", "rows_text", "run_import", "write_rejects"]


@dataclass
class ImportOptions:
    sheet: str | None = None
    mapping: dict[int, str] | None = None  # column index → field; None: saved_mapping, else automatic
    saved_mapping: dict[str, str] | None = None  # header text → field (a mapping file)
    on_duplicate: str = "skip"
    dry_run: bool = False
    rejects_path: Path | None = None  # where to write rejected rows (none: not written)
    today: dt.date | None = None


@dataclass(frozen=True, slots=True)
class RowIssue:
    row: int  # row number as the spreadsheet shows it
    reason: str


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """A cell left empty (or a note about the row) while the row was imported."""

    row: int  # row number as the spreadsheet shows it
    column: str  # the sheet's header of the column ("" when it is about the whole row)
    value: str  # the cell as read
    reason: str

    def to_json(self) -> dict:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}


WARNING_HEADERS = ["行号", "列", "内容", "原因"]
WARNINGS_SHEET = "警告"


@dataclass
class ImportPreview:
    sheets: list[str]
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    sample: list[tuple[int, list[str]]]  # first rows as text, with their row numbers (dates as dates: below)
    total_rows: int
    #: per sample row, column → the cell as a date (an Excel serial such as 45415 → 2024-05-04), for every
    #: cell that reads as one: shown instead of the number while the column is mapped to a date field
    dates: list[dict[int, str]] = field(default_factory=list)
    typed: list[list[str]] = field(default_factory=list)  # the sample cells as typed (no date read)

    def cell(self, row: int, column: int, code: str | None) -> str:
        """A sample cell as the wizard shows it when the column is mapped to `code`."""
        if code in DATE_FIELDS and column in self.dates[row]:
            return self.dates[row][column]
        vals = self.typed[row] if self.typed else self.sample[row][1]
        return vals[column] if column < len(vals) else ""


@dataclass
class ImportResult:
    rows: int
    imported: int
    updated: int
    skipped: int
    rejected: int
    rejects_file: str | None
    dry_run: bool
    rejects: list[RowIssue] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    sheet: str = ""
    header_row: int = 0
    mapping: dict[str, str] = field(default_factory=dict)  # header → field actually used
    junk_rows: int = 0

    def to_json(self) -> dict:
        return {"rows": self.rows, "imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "rejected": self.rejected, "rejects_file": self.rejects_file, "dry_run": self.dry_run,
                "warnings": [w.to_json() for w in self.warnings], "sheet": self.sheet, "header_row": self.header_row,
                "mapping": self.mapping,
                "rejects": [{"row": r.row, "reason": r.reason} for r in self.rejects[:1000]]}


def group_issues(issues: list) -> list[tuple[str, list[int]]]:
    """(reason, row numbers) per distinct reason, in order of first appearance: 100,000 rows with the same
    unknown consultant are one line to read, not 100,000. A warning's reason is told with its column and
    the first few values it was given for (`warning_text`)."""
    groups: dict[tuple, list[int]] = {}
    values: dict[tuple, list[str]] = {}
    for issue in issues:
        key = (getattr(issue, "column", ""), issue.reason)
        groups.setdefault(key, []).append(issue.row)
        value = getattr(issue, "value", "")
        seen = values.setdefault(key, [])
        if value and len(seen) <= WARNING_VALUES_SHOWN and value not in seen:
            seen.append(value)
    return [(warning_text(column, values[(column, reason)], reason), rows)
            for (column, reason), rows in groups.items()]


#: distinct values a grouped warning names
WARNING_VALUES_SHOWN = 3


def warning_text(column: str, values: list[str], reason: str) -> str:
    """客户级别“意向强”：… — the column and the values (a few, then …) before the reason."""
    if values and all(f"“{v}”" in reason or f"：{v}" in reason for v in values):
        values = []  # the reason names the value already (a domain message: 客户级别“很想买”不认识…)
    if not column and not values:
        return reason
    shown = "、".join(f"“{v}”" for v in values[:WARNING_VALUES_SHOWN])
    more = "…" if len(values) > WARNING_VALUES_SHOWN else ""
    if not values:
        return f"{column}：{reason}" if column and not reason.startswith(column) else reason
    return f"{column}{shown}{more}：{reason}"


def rows_text(rows: list[int], shown: int = 3) -> str:
    """第3行 / 第3、5、9行 / 第3、5、9行等 99,997 行 (Chinese, as the wizard and the CLI show it)."""
    head = "、".join(str(n) for n in rows[:shown])
    return f"第{head}行" if len(rows) <= shown else f"第{head}行等 {len(rows):,} 行"


def preview(actor: Actor, path: str | Path, sheet: str | None = None,
            saved_mapping: dict[str, str] | None = None) -> ImportPreview:
    """What the wizard shows before anything is checked: sheets, the header row found, the mapping."""
    require(actor, "import")
    table = read_table(path, sheet, limits=limits.current())
    mapping = mapping_from_saved(table.headers, saved_mapping) if saved_mapping else auto_mapping(table.headers)
    rows = table.rows[:PREVIEW_ROWS]
    sample = [(n, [cell_text(v) for v in vals]) for n, vals in rows]
    dates = [{i: d for i, v in enumerate(vals) if (d := _date_text(v))} for _n, vals in rows]
    shown = ImportPreview(sheets=table.sheets, sheet=table.sheet, header_row=table.header_row,
                          headers=table.headers, mapping=mapping, sample=sample, total_rows=len(table.rows),
                          dates=dates, typed=[vals for _n, vals in sample])
    shown.sample = [(n, [shown.cell(r, i, mapping.get(i)) for i in range(len(vals))])
                    for r, (n, vals) in enumerate(sample)]
    return shown


def _date_text(value: object) -> str | None:
    """A number or date cell as a date (ISO), None when it is not one (text cells stay as typed)."""
    if value.__class__ is str or value is None or isinstance(value, bool):
        return None
    if not isinstance(value, (int, float, dt.date)):
        return None
    try:
        day = parse_date(value)
    except InvalidInput:
        return None
    return day.isoformat() if day else None


def run_import(actor: Actor, path: str | Path, options: ImportOptions | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Import (or with dry_run, only check) a sheet; see the module docstring. `progress(done, total,
    stage)` is called regularly; if it raises (Cancel), nothing is written."""
    require(actor, "import")
    gc_was_on = gc.isenabled()
    gc.disable()  # millions of short-lived row objects: the cyclic GC would rescan them over and over
    try:
        return _run(actor, path, options or ImportOptions(), progress)
    finally:
        if gc_was_on:
            gc.enable()


def _run(actor: Actor, path: str | Path, options: ImportOptions, progress: Progress | None) -> ImportResult:
    if options.on_duplicate not in DUPLICATE_CHOICES:
        raise InvalidInput(_MSG_CHOICE, field="on_duplicate", value=options.on_duplicate)
    last = [0, 0, "read"]  # repeated while the worker has nothing new: keeps the bar and Cancel alive

    def report(done: int, total: int, stage: str) -> None:
        last[:] = done, total, stage
        if progress is not None:
            progress(done, total, stage)

    if not options.dry_run:  # a real import: new customers, their leads and follow-ups
        changes.mark(changes.CUSTOMERS, changes.DUE)
    lookups = Lookups()
    worker = use_worker(path)
    store = store_file() if worker else None
    # Streamed: a big sheet with "skip" or "create" is written while the worker still reads and checks
    # (an accepted row never changes after it, unlike "update", where a later row may merge into it).
    streamed = bool(worker and store) and not options.dry_run and options.on_duplicate != "update"
    source_options = SourceOptions(sheet=options.sheet, mapping=options.mapping,
                                   saved_mapping=options.saved_mapping, users=lookups.users,
                                   models=lookups.models, today=options.today or dt.date.today(),
                                   store=str(store) if store else None, limits=limits.current(),
                                   # the worker decides the duplicates too: the writing process only writes
                                   on_duplicate=options.on_duplicate if streamed else None)
    # A real import holds the write lock (BEGIN IMMEDIATE) from before the first row is looked up in the store
    # until its COMMIT: the duplicates it finds are then the store's duplicates, not a snapshot another
    # import is changing (two imports of one file at once: the second waits, then finds every row).
    with nullcontext(None) if options.dry_run else _transaction() as now:
        stream = None
        if worker:
            # while the worker reads, the progress callback still runs (it is how the wizard cancels)
            try:
                stream = checked_in_worker(path, source_options, waiting=lambda: report(*last))
            except OSError as exc:  # no process could be started here: the same checks, in this process
                log.warning("import check worker not started (%s); checking in this process", exc)
                worker = streamed = False
                source_options = replace(source_options, store=None, on_duplicate=None)
        if stream is None:
            stream = checked(path, source_options, progress=lambda d, t, s: report(d, t, "read"))
        try:
            table, mapping = next(stream)
            plan = Plan()
            rejected_rows: list = []
            if streamed:
                counts = _stream_commit(actor, stream, lookups, options, plan, rejected_rows, report,
                                        Path(path).name, now)
            else:
                counts = _plan_and_commit(actor, stream, lookups, options, plan, rejected_rows, report,
                                          Path(path).name, now)
            table = counts.pop("table", table)
        finally:
            stream.close()
    # Only the rejected rows' cells are kept (the rejects file).
    table.rows = sorted(rejected_rows, key=lambda row: row[0]) if plan.rejects else []
    rejects = [RowIssue(n, r) for n, r in sorted(plan.rejects.items())]
    # only rows that were (or, in a dry run, would be) written: a skipped or rejected row left nothing empty
    dropped = set(plan.skipped).union(plan.rejects)
    warnings = [ImportWarning(w[0], _column_name(w[1], table.headers, mapping), cell_text(w[2]), w[3])
                for w in sorted(plan.warnings, key=lambda w: w[0]) if w[0] not in dropped]
    rejects_file = None
    if (rejects or warnings) and options.rejects_path:
        write_rejects(options.rejects_path, table, mapping, rejects, warnings=warnings)
        rejects_file = str(options.rejects_path)
    return ImportResult(
        rows=counts["rows"], imported=counts["imported"], updated=counts["updated"], skipped=len(plan.skipped),
        rejected=len(rejects), rejects_file=rejects_file, dry_run=options.dry_run, rejects=rejects,
        warnings=warnings, sheet=table.sheet,
        header_row=table.header_row,
        mapping={(table.headers[i] if i < len(table.headers) else f"列{i + 1}"): c for i, c in sorted(mapping.items())},
        junk_rows=table.skipped_junk)


def _column_name(column: int | str, headers: list[str], mapping: dict[int, str]) -> str:
    """A warning's column as the person sees it: the sheet's header (a field code: its first column's)."""
    if isinstance(column, str) and column:
        column = next((i for i, code in sorted(mapping.items()) if code == column), FIELDS.get(column, column))
    if isinstance(column, int):
        return headers[column] if column < len(headers) else f"列{column + 1}"
    return column


def _take(chunk: Chunk, plan: Plan, rejected_rows: list) -> None:
    """A chunk's check results into the plan."""
    plan.rejects.update(chunk.rejects)
    rejected_rows += chunk.rejected_rows
    plan.warnings += chunk.warnings
    plan.skipped += chunk.skipped


def _plan_and_commit(actor: Actor, stream, lookups: Lookups, options: ImportOptions, plan: Plan,
                     rejected_rows: list, report: Progress, file_name: str, now: dt.datetime | None) -> dict:
    """Every row checked first, then duplicates resolved over the whole sheet, then one write (small
    sheets, "update", dry runs)."""
    entries: list[Entry] = []
    rows = 0
    table = None
    for item in stream:
        if isinstance(item, Chunk):
            rows += item.rows
            _take(item, plan, rejected_rows)
            entries += item.entries
            report(item.done, item.total, "check")
        else:
            table = item
    entries = decide(entries, options.on_duplicate, plan, rejected_rows)
    imported = sum(len(e.rows) for e in entries if e.target_id is None)
    updated = sum(len(e.rows) for e in entries if e.target_id is not None)
    if not options.dry_run and entries:  # in the import's transaction (_run)
        total = len(entries)
        report(0, total, "write")
        created, changed = write_plan(entries, lookups, actor.id, now, _ticker(report, total))
        _audit(actor, file_name, table, options, rows, imported, updated, plan, created, len(changed))
        report(total, total, "commit")
    return {"rows": rows, "imported": imported, "updated": updated, **({"table": table} if table else {})}


def _stream_commit(actor: Actor, stream, lookups: Lookups, options: ImportOptions, plan: Plan,
                   rejected_rows: list, report: Progress, file_name: str, now: dt.datetime) -> dict:
    """Write each chunk as soon as it is checked and decided (see _run; the worker applied the duplicate
    choice: SourceOptions.on_duplicate); one transaction for the whole sheet."""
    state = {"rows": 0, "imported": 0, "done": 0, "total": 1, "table": None, "n": 0}

    def chunks():
        for item in stream:
            if not isinstance(item, Chunk):
                state["table"] = item
                continue
            state["rows"] += item.rows
            state["done"], state["total"] = item.done, max(item.total, 1)
            _take(item, plan, rejected_rows)
            state["imported"] += sum(len(e.rows) for e in item.entries)
            yield KeyedChunk(item.entries, item.keys) if item.keys is not None else item.entries

    def tick(stage: str) -> None:
        state["n"] += 1
        if stage != "write" or state["n"] % 1000 == 0:
            report(state["done"], state["total"], stage)

    source = chunks()  # in the import's transaction (_run)
    first = next(source, [])
    # the bulk-load decision wants the sheet's size: estimated from how far the first chunk read
    expected = len(first) * state["total"] // max(state["done"], 1)
    created, changed = write_chunks(itertools.chain([first], source), expected, lookups, actor.id, now, tick)
    if state["imported"]:  # as in _plan_and_commit: an import that wrote nothing is not recorded
        _audit(actor, file_name, state["table"], options, state["rows"], state["imported"], 0, plan, created,
               len(changed))
    report(1, 1, "commit")
    return {"rows": state["rows"], "imported": state["imported"], "updated": 0,
            **({"table": state["table"]} if state["table"] else {})}


def _ticker(report: Progress, total: int):
    state = {"n": 0}

    def tick(stage: str) -> None:
        state["n"] += 1
        if state["n"] % 1000 == 0 or stage != "write":
            report(min(state["n"], total), total, stage)
    return tick


@contextmanager
def _transaction():
    """One transaction (BEGIN IMMEDIATE on SQLite: duplicates are found and ids handed out under the lock);
    yields the import's instant. Foreign keys are not checked row by row on SQLite: the rows reference ids
    handed out in this transaction, and checking each one cost ~40 %. After the COMMIT the WAL is folded into
    the store file before the import returns (`store.db.checkpoint_after`): the rows are in the store file
    itself, fsync'd, when the wizard or the CLI says the import is done."""
    now = dt.datetime.now().replace(microsecond=0)
    sqlite = isinstance(db.obj, SqliteDatabase)
    if sqlite:
        db.execute_sql("PRAGMA foreign_keys=OFF")
    try:
        with checkpoint_after(), db.atomic():  # BEGIN IMMEDIATE on SQLite (store.db.make_database)
            yield now
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys=ON")


def _audit(actor: Actor, file_name: str, table, options: ImportOptions, rows: int, imported: int, updated: int,
           plan: Plan, created: int, changed: int) -> None:
    audit.record(actor, "import", "customer", None, file=file_name, sheet=table.sheet if table else "",
                 on_duplicate=options.on_duplicate, rows=rows, imported=imported,
                 updated=updated, skipped=len(plan.skipped), rejected=len(plan.rejects),
                 customers_created=created, customers_updated=changed)


def write_rejects(path: str | Path, table: Table, mapping: dict[int, str], rejects: list[RowIssue],
                  index_of: dict[int, int] | None = None, warnings: list[ImportWarning] = ()) -> None:
    """The rejected rows with their original columns and a 错误原因 column, as .xlsx (or .csv by suffix),
    so a person can fix them and import the file again; the warnings (cells left empty in imported rows) on
    a second sheet, 警告 (for a .csv: a second file, <name>-警告.csv). Written whole or not at all."""
    path = Path(path)
    headers = [*table.headers, REASON_HEADER]
    date_cols = {i for i, c in mapping.items() if c in DATE_FIELDS}
    if index_of is None:  # row number → position in table.rows
        index_of = {number: i for i, (number, _vals) in enumerate(table.rows)}
    body = []
    for issue in rejects:
        vals = list(table.rows[index_of[issue.row]][1]) if issue.row in index_of else []
        for i in date_cols:
            if i < len(vals) and isinstance(vals[i], (int, float)):
                try:
                    vals[i] = parse_date(vals[i])
                except InvalidInput:
                    pass
        vals += [None] * (len(table.headers) - len(vals))
        body.append([*vals, f"第{issue.row}行：{issue.reason}"])
    notes = [[w.row, w.column, w.value, w.reason] for w in warnings]
    if path.suffix.lower() == ".csv":
        write_csv(path, headers, body)
        if notes:
            write_csv(path.with_name(f"{path.stem}-{WARNINGS_SHEET}.csv"), WARNING_HEADERS, notes)
    else:
        write_xlsx(path, headers, body, sheet="错误行",
                   extra_sheets=[(WARNINGS_SHEET, WARNING_HEADERS, notes)] if notes else ())
