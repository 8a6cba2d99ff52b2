"""The read-only table view every list in the window uses: whole rows selected, nothing edited in place.

Column widths come from the model's `TableSpec` (a `LazyTableModel`); a list whose columns fit their
contents passes `fit=True` and calls `resizeColumnsToContents()` after loading.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from dealerdesk.ui.models.columns import TableSpec
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import ListSource

Single = QAbstractItemView.SelectionMode.SingleSelection
Extended = QAbstractItemView.SelectionMode.ExtendedSelection


def table_view(model: QAbstractItemModel, parent: QWidget | None = None, *, selection=Single,
               alternating: bool = True, widths: bool = True, name: str = "") -> QTableView:
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if widths and isinstance(model, LazyTableModel):
        for i, col in enumerate(model.spec.columns):
            header.resizeSection(i, max(col.width, header_width(header, i)))
        widen_on_first_rows(view, model)
    return view


#: the widest a column grows to fit what it shows (a company name, several plates, a long 作业内容); beyond
#: it the text is elided and the tooltip/profile shows it whole
CONTENT_CAP = 360
#: the rows a column's width is measured on: a screenful, not the whole (possibly 1M-row, lazily read) list
CONTENT_ROWS = 60


def widen_to_contents(view: QTableView, cap: int = CONTENT_CAP) -> None:
    """Widen each column whose rows on screen need more than its width, up to `cap`; never narrows one (the
    spec's widths are the designed minimum) and leaves the stretched last column alone."""
    header = view.horizontalHeader()
    model = view.model()
    last = model.columnCount() - 1 if header.stretchLastSection() else -1
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(CONTENT_ROWS)  # Qt's default reads 1,000 rows of a lazy list per column
    try:
        for i in range(model.columnCount()):
            if i == last or header.isSectionHidden(i):
                continue
            need = min(view.sizeHintForColumn(i), cap)
            if need > header.sectionSize(i):
                header.resizeSection(i, need)
    finally:
        header.setResizeContentsPrecision(precision)


def widen_on_first_rows(view: QTableView, model: QAbstractItemModel) -> None:
    """Once, when the list first has rows: widen to the contents. Later reloads keep the widths the user sees
    (and may have dragged), so the columns do not jump while they work."""
    def first_rows(*_args) -> None:
        try:
            if model.rowCount() == 0 or view.property("_widened"):
                return
        except RuntimeError:  # the view was closed and deleted before its model
            return
        view.setProperty("_widened", True)
        widen_to_contents(view)

    model.modelReset.connect(first_rows)
    model.rowsInserted.connect(first_rows)
    model.layoutChanged.connect(first_rows)
    if model.rowCount():
        first_rows()


def header_width(header: QHeaderView, section: int) -> int:
    """The width the section's title needs in the header's font (with the sort arrow), so a column's
    default width never cuts its title off, in English or with the text scaled to 150 %."""
    model = header.model()
    text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
    if not text:
        return 0
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return max(header.fontMetrics().horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin + arrow


def list_table(spec: TableSpec, parent: QWidget | None = None, *, rows: Sequence[Any] = (),
               **options) -> tuple[QTableView, LazyTableModel]:
    """A short list (`model.set_rows(...)` to fill it) in a `table_view`; `options` go to `table_view`."""
    model = LazyTableModel(spec, ListSource(rows), parent=parent)
    return table_view(model, parent, **options), model
