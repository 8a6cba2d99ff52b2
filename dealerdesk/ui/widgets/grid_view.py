"""The view for a typed grid (ui/models/grid.GridModel): typing a digit starts editing the cell, Tab and Enter
commit it and move to the next cell to type in (left to right, then the next row), skipping the totals."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QSpinBox, QStyledItemDelegate, QTableView

from dealerdesk.ui.models.grid import MAX_VALUE, GridModel


class _NumberDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_VALUE)
        editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class GridView(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_NumberDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.horizontalHeader().setMinimumSectionSize(56)

    def _step(self, forward: bool):
        model = self.model()
        if not isinstance(model, GridModel) or not model.rows or not model.cols:
            return self.currentIndex()
        cells = [(r, c) for r in range(len(model.rows)) for c in range(len(model.cols))]
        cur = self.currentIndex()
        here = (cur.row(), cur.column()) if model.is_cell(cur) else None
        if here is None:
            target = cells[0] if forward else cells[-1]
        else:
            i = cells.index(here) + (1 if forward else -1)
            target = cells[min(max(i, 0), len(cells) - 1)]
        return model.index(*target)

    def moveCursor(self, action, modifiers):
        if action == QAbstractItemView.CursorAction.MoveNext:
            return self._step(True)
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return self._step(False)
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self.setCurrentIndex(self._step(True))  # Enter on a cell moves on, as in a spreadsheet
            return
        super().keyPressEvent(event)
