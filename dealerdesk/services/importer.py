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
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.parse import cell_text, parse_date
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.importer_fields import (
    DATE_FIELDS,
    FIELDS,
    auto_mapping,
    mapping_from_saved,
)
from dealerdesk.services.importer_plan import Lookups, Plan, clean_row, dedupe_in_file, match_store
from dealerdesk.services.importer_read import Table, list_sheets, read_table
from dealerdesk.services.importer_write import write_plan
from dealerdesk.store.db import db

Progress = Callable[[int, int, str], None]
DUPLICATE_CHOICES = ("update", "skip", "create")
REASON_HEADER = "错误原因"
PREVIEW_ROWS = 50

_MSG_NO_NAME = QT_TRANSLATE_NOOP("errors", "找不到“姓名”列：请在列对应中指定哪一列是姓名")
_MSG_NO_KEY = QT_TRANSLATE_NOOP("errors", "找不到手机号、车架号或车牌号列：至少要有其中一列才能导入")
_MSG_CHOICE = QT_TRANSLATE_NOOP("errors", "重复处理方式应为 update、skip 或 create，不能是 {value}")

__all__ = ["DUPLICATE_CHOICES", "FIELDS", "ImportOptions", "ImportPreview", "ImportResult", "RowIssue",
           "list_sheets", "preview", "run_import", "write_rejects"]


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


@dataclass
class ImportPreview:
    sheets: list[str]
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    sample: list[tuple[int, list[str]]]  # first rows as text, with their row numbers
    total_rows: int


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
    warnings: list[RowIssue] = field(default_factory=list)
    sheet: str = ""
    header_row: int = 0
    mapping: dict[str, str] = field(default_factory=dict)  # header → field actually used
    junk_rows: int = 0

    def to_json(self) -> dict:
        return {"rows": self.rows, "imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "rejected": self.rejected, "rejects_file": self.rejects_file, "dry_run": self.dry_run,
                "warnings": len(self.warnings), "sheet": self.sheet, "header_row": self.header_row,
                "mapping": self.mapping,
                "rejects": [{"row": r.row, "reason": r.reason} for r in self.rejects[:1000]]}


def preview(actor: Actor, path: str | Path, sheet: str | None = None,
            saved_mapping: dict[str, str] | None = None) -> ImportPreview:
    """What the wizard shows before anything is checked: sheets, the header row found, the mapping."""
    require(actor, "import")
    table = read_table(path, sheet)
    mapping = mapping_from_saved(table.headers, saved_mapping) if saved_mapping else auto_mapping(table.headers)
    sample = [(n, [cell_text(v) for v in vals]) for n, vals in table.rows[:PREVIEW_ROWS]]
    return ImportPreview(sheets=table.sheets, sheet=table.sheet, header_row=table.header_row,
                         headers=table.headers, mapping=mapping, sample=sample, total_rows=len(table.rows))


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
    report = progress or (lambda done, total, stage: None)
    table = read_table(path, options.sheet, progress=lambda d, t, s: report(d, t, "read"))
    mapping = _mapping(table, options)
    today = options.today or dt.date.today()
    lookups = Lookups()
    plan = Plan()
    entries = []
    rows = table.rows
    total = len(rows)
    cache: dict = {}  # repeated cells (dates, levels, consultants…) are parsed once
    # Row warnings (one per row when the consultant is unknown) kept as an int array and a list of shared
    # strings, not 100,000 small tuples: those would survive among the freed entries and keep the memory
    # of the write phase from being returned.
    warn_rows = array("l")
    warn_texts: list[str] = []
    for i, (number, vals) in enumerate(rows):
        if i % 2000 == 0:
            report(i, total, "check")
        entry, errors, warnings = clean_row(number, vals, mapping, lookups, today, cache)
        for w in warnings:
            warn_rows.append(number)
            warn_texts.append(w)
        if entry is None:
            plan.rejects[number] = "；".join(errors)
        else:
            entry.raw_index = i
            entries.append(entry)
    del cache
    entries = dedupe_in_file(entries, options.on_duplicate, plan)
    entries = match_store(entries, options.on_duplicate, plan)
    imported = sum(len(e.rows) for e in entries if e.target_id is None)
    updated = sum(len(e.rows) for e in entries if e.target_id is not None)
    # Only the rejected rows' cells are needed from here on (the rejects file): let the rest go before
    # the write, which is when memory peaks.
    table.rows = [row for row in rows if row[0] in plan.rejects] if plan.rejects else []
    del rows
    if not options.dry_run and entries:
        _commit(actor, entries, lookups, table, total, options, imported, updated, plan, report, Path(path).name)
    del entries
    plan.warnings += zip(warn_rows, warn_texts)
    rejects = [RowIssue(n, r) for n, r in sorted(plan.rejects.items())]
    rejects_file = None
    if rejects and options.rejects_path:
        write_rejects(options.rejects_path, table, mapping, rejects)
        rejects_file = str(options.rejects_path)
    return ImportResult(
        rows=total, imported=imported, updated=updated, skipped=len(plan.skipped), rejected=len(rejects),
        rejects_file=rejects_file, dry_run=options.dry_run, rejects=rejects,
        warnings=[RowIssue(n, w) for n, w in sorted(plan.warnings)], sheet=table.sheet,
        header_row=table.header_row, mapping={table.headers[i]: c for i, c in sorted(mapping.items())},
        junk_rows=table.skipped_junk)


def _mapping(table: Table, options: ImportOptions) -> dict[int, str]:
    if options.mapping is not None:
        mapping = {i: c for i, c in options.mapping.items() if c and i < len(table.headers)}
    elif options.saved_mapping:
        mapping = mapping_from_saved(table.headers, options.saved_mapping)
    else:
        mapping = auto_mapping(table.headers)
    used = set(mapping.values())
    if "name" not in used:
        raise InvalidInput(_MSG_NO_NAME, field="mapping")
    if not used & {"phone", "vin", "plate"}:
        raise InvalidInput(_MSG_NO_KEY, field="mapping")
    return mapping


def _commit(actor: Actor, entries, lookups: Lookups, table: Table, rows: int, options: ImportOptions, imported: int,
            updated: int, plan: Plan, report: Progress, file_name: str) -> None:
    """All accepted entries in one transaction (BEGIN IMMEDIATE on SQLite: ids are handed out under the lock)."""
    now = dt.datetime.now().replace(microsecond=0)
    total = len(entries)
    state = {"n": 0}

    def tick(stage: str) -> None:
        state["n"] += 1
        if state["n"] % 1000 == 0 or stage != "write":
            report(min(state["n"], total), total, stage)

    sqlite = isinstance(db.obj, SqliteDatabase)
    if sqlite:  # the rows reference ids handed out in this transaction; checking each one costs ~40 %
        db.execute_sql("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic("IMMEDIATE") if sqlite else db.atomic():
            report(0, total, "write")
            created, changed = write_plan(entries, lookups, actor.id, now, tick)
            audit.record(actor, "import", "customer", None, file=file_name, sheet=table.sheet,
                         on_duplicate=options.on_duplicate, rows=rows, imported=imported,
                         updated=updated, skipped=len(plan.skipped), rejected=len(plan.rejects),
                         customers_created=created, customers_updated=len(changed))
            report(total, total, "commit")
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys=ON")


def write_rejects(path: str | Path, table: Table, mapping: dict[int, str], rejects: list[RowIssue],
                  index_of: dict[int, int] | None = None) -> None:
    """The rejected rows with their original columns and a 错误原因 column, as .xlsx (or .csv by suffix),
    so a person can fix them and import the file again."""
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
    if path.suffix.lower() == ".csv":
        from dealerdesk.services.exporter import write_csv

        write_csv(path, headers, body)
    else:
        from dealerdesk.services.exporter import write_xlsx

        write_xlsx(path, headers, body, sheet="错误行")
