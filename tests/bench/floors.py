"""Floors measured in the same run as our figures (python -m tests.bench): what the libraries alone cost.

- import: openpyxl (the reader the import's XML scan replaces) reading the same workbook in read-only mode,
  plus SQLite `executemany` inserting the same rows into a plain table of as many columns, one transaction;
- export: openpyxl's write-only mode writing those same rows;
- PDFs: ReportLab drawing the very tables our monthly and profile PDFs draw (their data recorded while ours
  rendered), as plain strings in the bundled font, with no styles, charts or page templates of ours.
The raw SQL floor of each search kind is `bench_customer_list.raw_search` (the statements store.search_index
runs, through plain sqlite3)."""
from __future__ import annotations

import io
import sqlite3
import tempfile
import time
from pathlib import Path


def import_floor(workbook: Path) -> dict:
    from openpyxl import load_workbook

    start = time.perf_counter()
    wb = load_workbook(workbook, read_only=True)
    rows = [tuple(r) for r in wb.active.iter_rows(values_only=True)]
    wb.close()
    read = time.perf_counter() - start
    width = max(len(r) for r in rows)
    rows = [tuple(str(v) if v is not None else None for v in r) + (None,) * (width - len(r)) for r in rows]
    with tempfile.TemporaryDirectory() as folder:
        con = sqlite3.connect(Path(folder) / "floor.db")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {', '.join(f'c{i} TEXT' for i in range(width))})")
        start = time.perf_counter()
        with con:
            con.executemany(f"INSERT INTO t ({', '.join(f'c{i}' for i in range(width))}) VALUES "
                            f"({', '.join('?' * width)})", rows)
        insert = time.perf_counter() - start
        con.close()
    start = time.perf_counter()
    from openpyxl import Workbook

    out = Workbook(write_only=True)
    ws = out.create_sheet()
    for row in rows:
        ws.append(row)
    out.save(io.BytesIO())
    write = time.perf_counter() - start
    return {"read_s": round(read, 3), "insert_s": round(insert, 3), "import_floor_s": round(read + insert, 3),
            "export_floor_s": round(write, 3), "rows": len(rows)}


def _plain(cell) -> str:
    text = getattr(cell, "text", None)  # a Paragraph
    if text is not None:
        return str(text)
    return "" if cell is None or not isinstance(cell, (str, int, float)) else str(cell)


def pdf_floor(tables: list[list[list]], repeat: int = 3) -> float:
    """Seconds (best of `repeat`) for ReportLab alone to lay out and write `tables` into one PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, TableStyle

    from dealerdesk.reports.fonts import register

    font = register()
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8)])
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        story = []
        for data in tables:
            rows = [[_plain(c) for c in row] for row in data if row]
            if rows:
                story += [LongTable(rows, repeatRows=1, style=style), Spacer(1, 6)]
        SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
        best = min(best, time.perf_counter() - start)
    return best
