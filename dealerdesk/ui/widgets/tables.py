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
    return view


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
