"""A typed grid of whole numbers with a 合计 column and 合计 row, and optional check rows under it (e.g. 门店目标
and 差额) — the target and plan tables of the 目标与绩效 page.

Why not the generic LazyTableModel: that one shows lists of records, read-only; here every cell is typed in
place and the totals and the check follow each keystroke. Values live in a dict keyed by (row key, column
key), so the page hands them to a use case as they are.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED = QColor("#c62828")
TOTAL_BG = QColor("#eef2f7")
MAX_VALUE = 99999


def tr(text: str) -> str:
    return QCoreApplication.translate("targets", text)


class GridModel(QAbstractTableModel):
    """rows × columns of ints; `checks` are extra rows (label, column key → value or None) shown under the 合计
    row; `problem(col_key, total)` returns the sentence to show on a column total that is wrong, or ""."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []  # (key, label)
        self.cols: list[tuple[str, str]] = []
        self.values: dict[tuple[str, str], int] = {}
        self.editable = True
        self.checks: list[tuple[str, Callable[[str], int | None]]] = []
        self.problem: Callable[[str, int], str] = lambda col, total: ""
        self.row_note: Callable[[str], str] = lambda row: ""

    def load(self, rows: Sequence[tuple[str, str]], cols: Sequence[tuple[str, str]],
             values: dict[tuple[str, str], int], *, editable: bool = True,
             checks: Sequence[tuple[str, Callable[[str], int | None]]] = ()) -> None:
        self.beginResetModel()
        self.rows, self.cols = list(rows), list(cols)
        self.values = {k: int(v) for k, v in values.items()}
        self.editable = editable
        self.checks = list(checks)
        self.endResetModel()

    # --- shape ---
    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self.rows) + 1 + len(self.checks) if self.cols else 0

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self.cols) + 1 if self.cols else 0

    def is_cell(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and index.row() < len(self.rows) and index.column() < len(self.cols)

    # --- figures ---
    def value(self, row: str, col: str) -> int:
        return self.values.get((row, col), 0)

    def column_total(self, col: str) -> int:
        return sum(self.value(r, col) for r, _label in self.rows)

    def row_total(self, row: str) -> int:
        return sum(self.value(row, c) for c, _label in self.cols)

    def problems(self) -> list[str]:
        return [text for c, _l in self.cols if (text := self.problem(c, self.column_total(c)))]

    def _figure(self, r: int, c: int) -> int | None:
        n_rows, n_cols = len(self.rows), len(self.cols)
        if r < n_rows:
            key = self.rows[r][0]
            return self.value(key, self.cols[c][0]) if c < n_cols else self.row_total(key)
        if r == n_rows:
            return self.column_total(self.cols[c][0]) if c < n_cols else sum(self.values.get((k, col), 0)
                                                                            for k, _ in self.rows for col, _ in self.cols)
        _label, fn = self.checks[r - n_rows - 1]
        if c < n_cols:
            return fn(self.cols[c][0])
        parts = [fn(col) for col, _l in self.cols]
        return None if any(p is None for p in parts) else sum(parts)  # type: ignore[misc]

    # --- Qt ---
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        total_col = c == len(self.cols)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self._figure(r, c)
            if value is None:
                return "—" if role == Qt.ItemDataRole.DisplayRole else None
            return value if role == Qt.ItemDataRole.EditRole else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and (r >= len(self.rows) or total_col):
            return QBrush(TOTAL_BG)
        if role == Qt.ItemDataRole.FontRole and r == len(self.rows):
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole) and r == len(self.rows) \
                and not total_col:
            col = self.cols[c][0]
            text = self.problem(col, self.column_total(col))
            if text:
                return QBrush(RED) if role == Qt.ItemDataRole.ForegroundRole else text
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.cols[section][1] if section < len(self.cols) else tr("合计")
        if section < len(self.rows):
            return self.rows[section][1]
        if section == len(self.rows):
            return tr("合计")
        return self.checks[section - len(self.rows) - 1][0]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and self.is_cell(index):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable or not self.is_cell(index):
            return False
        try:
            n = int(str(value).strip() or 0)
        except ValueError:
            return False
        if not 0 <= n <= MAX_VALUE:
            return False
        self.values[(self.rows[index.row()][0], self.cols[index.column()][0])] = n
        last_row, last_col = self.rowCount() - 1, self.columnCount() - 1
        self.dataChanged.emit(index, index)
        # the totals and check rows follow each edit
        self.dataChanged.emit(self.index(index.row(), last_col), self.index(index.row(), last_col))
        self.dataChanged.emit(self.index(len(self.rows), 0), self.index(last_row, last_col))
        return True
