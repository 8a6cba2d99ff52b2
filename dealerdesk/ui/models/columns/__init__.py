"""Declarative column specs: one `TableSpec` per table, read by the one generic `LazyTableModel`.

A column says what it shows (header, getter, alignment), how it sorts (a service sort key, which must be an
indexed column) and nothing else; the row's colour comes from the spec's `state` rule, so the colour coding
of docs/dev/domain.md ("red needs attention, grey lost, green satisfied") is written once per entity.
The specs themselves live per area: `columns/customers.py`, `columns/reception.py`, `columns/aftersales.py`,
`columns/sales.py`, `columns/reporting.py`.
Header texts are translation sources (context "columns" unless the spec names another); code labels use the
services' contexts.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from dealerdesk.i18n import QT_TRANSLATE_NOOP

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

# Row states and their colours (foreground). Order matters: the first state that applies wins.
ATTENTION, LOST, SATISFIED = "attention", "lost", "satisfied"
STATE_COLOURS = {ATTENTION: QColor("#c62828"), LOST: QColor("#8a8a8a"), SATISFIED: QColor("#2e7d32")}
STATE_LABELS = {
    ATTENTION: QT_TRANSLATE_NOOP("legend", "需关注：跟进逾期或投诉超期"),
    LOST: QT_TRANSLATE_NOOP("legend", "流失客户"),
    SATISFIED: QT_TRANSLATE_NOOP("legend", "最近一次回访满意"),
}

# The plain tints of the short after-sales lists (a red row is late, a grey one not yet due or closed);
# unlike ATTENTION they do not make the row bold.
RED, GREY, GREEN = QColor("#c62828"), QColor("#757575"), QColor("#2e7d32")
LATE, LATER, DONE = "late", "later", "done"
TINTS = {LATE: RED, LATER: GREY, DONE: GREEN}


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # translation source, context "columns" (or the spec's `context`)
    value: Callable[[Any], object]  # row → what DisplayRole shows (dates are written out, None is "")
    align: Qt.AlignmentFlag = LEFT
    sort_key: str | None = None  # the service's sort key; None = not sortable
    width: int = 100  # default width in pixels before the user resizes
    tooltip: Callable[[Any], str] | None = None
    context: str | None = None  # the header's translation context when not the spec's (a code set's label)


def never_bold(row: Any, key: str, state: str) -> bool:
    return False


@dataclass(frozen=True)
class TableSpec:
    name: str  # QSettings group for header state
    columns: tuple[Column, ...]
    state: Callable[[Any], str] = lambda row: ""
    default_sort: tuple[str, bool] = ("id", False)  # (sort key, descending)
    colours: Mapping[str, QColor] = field(default_factory=lambda: STATE_COLOURS)  # state → foreground
    # (row, column key, state) → bold; None: the rows that need attention are bold
    bold: Callable[[Any, str, str], bool] | None = None
    row_tooltip: Callable[[Any], str | None] | None = None  # for every cell of a row without its own tooltip
    text_tooltips: bool = False  # a cell's tooltip is its text (long contents in narrow columns)
    context: str = "columns"  # translation context of the headers
    sort_hint: bool = True  # headers of unsortable columns say so (lists the person can sort)

    def column_of_sort_key(self, sort_key: str) -> int:
        for i, col in enumerate(self.columns):
            if col.sort_key == sort_key:
                return i
        return -1
