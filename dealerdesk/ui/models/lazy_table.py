"""The one table model: a view over a service that pages ids, for any entity described by a `TableSpec`.

Why lazy: a store may hold a million customers, and a view only ever paints a screenful. The model asks its
source for the count on reset and for one page (ids, then rows) when `data()` first touches a row of that
page; a few pages stay in an LRU cache. Opening the list therefore costs one COUNT plus one page, whatever
the size of the table. Sorting goes back to the source with an indexed sort key.

Short lists (a day's bookings, a customer's history, the worklist, a report's figures) use the same model
over a `ListSource`: one model, so every table colours, aligns, formats and tests the same way.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from dealerdesk.ui.format import cell_text, tr
from dealerdesk.ui.models.columns import ATTENTION, TableSpec
from dealerdesk.ui.models.sources import ListSource

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class RowSource(Protocol):
    """What the model needs from a service; rows must have an `id` attribute.

    A source may instead offer `page(sort_key, descending, offset, limit) -> rows` (see `ListSource`): then
    the model asks for rows by position and they need no id.
    """

    def count(self) -> int: ...

    def ids(self, sort_key: str, descending: bool, offset: int, limit: int, total: int) -> list[int]: ...

    def rows(self, ids: list[int]) -> list[Any]: ...


class LazyTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    StateRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, spec: TableSpec, source: RowSource, page_size: int = 200, cache_pages: int = 8,
                 parent=None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._source = source
        self.page_size = page_size
        self.cache_pages = cache_pages
        self.sort_key, self.descending = spec.default_sort
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)
        self.fetches = 0  # pages fetched so far (tests and the benchmark read it)
        self._recount()

    # ------------------------------------------------------------------ loading
    def _recount(self) -> None:
        self._pages.clear()
        try:
            self._count = max(0, int(self._source.count()))
        except Exception:
            log.exception("counting rows of %s failed", self.spec.name)
            self._count = 0

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        offset = number * self.page_size
        try:
            by_position = getattr(self._source, "page", None)
            if by_position is not None:
                page = list(by_position(self.sort_key, self.descending, offset, self.page_size))
            else:
                ids = self._source.ids(self.sort_key, self.descending, offset, self.page_size, self._count)
                by_id = {row.id: row for row in self._source.rows(ids)}
                page = [by_id.get(i) for i in ids]
        except Exception:
            log.exception("loading page %d of %s failed", number, self.spec.name)
            page = []
        self.fetches += 1
        self._pages[number] = page
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> Any | None:
        """The service row shown at `row` (fetching its page if needed), or None."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size)
        i = row % self.page_size
        return page[i] if i < len(page) else None

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return getattr(item, "id", None) if item is not None else None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    # ------------------------------------------------------------------ public API
    def source(self) -> RowSource:
        return self._source

    def set_source(self, source: RowSource) -> None:
        """A new filter: recount and forget every cached page."""
        self.beginResetModel()
        self._source = source
        self._recount()
        self.endResetModel()

    def set_rows(self, rows) -> None:
        """Show a short list loaded by the caller (a `ListSource` over `rows`)."""
        self.set_source(ListSource(rows))

    def refresh(self) -> None:
        """Data changed underneath (customersChanged): recount, drop caches, repaint."""
        self.set_source(self._source)

    def set_sort(self, sort_key: str, descending: bool) -> None:
        self.beginResetModel()
        self.sort_key, self.descending = sort_key, descending
        self._pages.clear()
        self.endResetModel()

    # ------------------------------------------------------------------ Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            col = self.spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(col.context or self.spec.context, col.header)
            if role == Qt.ItemDataRole.ToolTipRole and col.sort_key is None and self.spec.sort_hint:
                return tr("columns", "此列不能排序")
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self._count:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.spec.columns):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
                        self.IdRole, self.RowRole, self.StateRole):
            return None
        col = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(col.value(row))
        if role == self.IdRole:
            return getattr(row, "id", None)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        state = self.spec.state(row)
        if role == self.StateRole:
            return state
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.spec.colours.get(state)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole:
            bold = self.spec.bold(row, col.key, state) if self.spec.bold else state == ATTENTION
            return self._bold if bold else None
        return None

    def _tooltip(self, row: Any, col) -> Any:
        if col.tooltip is not None:
            return col.tooltip(row)
        if self.spec.row_tooltip is not None:
            tip = self.spec.row_tooltip(row)
            if tip:
                return tip
        if self.spec.text_tooltips:
            return str(cell_text(col.value(row)))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns):
            return
        key = self.spec.columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        # A reset, not layoutChanged: the model cannot map old rows to new ones without loading them all,
        # so persistent indexes (the selection) are dropped rather than left pointing at other customers.
        self.set_sort(key, descending)
