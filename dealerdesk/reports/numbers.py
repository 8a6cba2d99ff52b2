"""Number formats shared by the PDFs and the reports page's KPI table (percent, change, thousands).

Apart from reports/styles.py because importing styles registers the bundled PDF font (parsing a 5 MB .ttc,
~0.2 s): the reports page shows these figures at start-up and must not pay for the font until a PDF is made.
"""
from __future__ import annotations


def pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def signed_pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:+.1f}%"


def num(value: float | int | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}" if digits else f"{int(round(value)):,}"
