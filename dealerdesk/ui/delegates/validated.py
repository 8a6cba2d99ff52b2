"""Table-cell editors that validate with the domain rules and keep the message next to the cell.

Why not a QValidator: the domain functions explain *what* is wrong in words a clerk understands; a validator
can only refuse keystrokes. The cell keeps what was typed, the model gets the message under `ErrorRole`, and
the owning widget shows it under the table. Editors accept Chinese input (WA_InputMethodEnabled), and views
using these delegates should open editors on any key so the first keystroke (or IME commit) is not lost:
see `EDIT_TRIGGERS`.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QLineEdit, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QWidget)

from dealerdesk.domain import validate
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.ui.widgets.messages import error_text

ErrorRole = Qt.ItemDataRole.UserRole + 40

EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed)


class ValidatingDelegate(QStyledItemDelegate):
    """A line editor whose text is normalised on commit; errors go to the model's ErrorRole."""

    def __init__(self, normalize: Callable[[str], str], parent=None) -> None:
        super().__init__(parent)
        self.normalize = normalize

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        # Never overwrite what is being typed: the view calls this again when the model changes under an
        # open editor (e.g. a refresh), and the first key / IME commit forwarded to a new editor must survive.
        if isinstance(editor, QLineEdit) and not editor.text():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        text = editor.text().strip() if isinstance(editor, QLineEdit) else ""
        message = ""
        if text:
            try:
                text = self.normalize(text)
            except InvalidInput as exc:
                message = error_text(exc)
        model.setData(index, text, Qt.ItemDataRole.EditRole)
        model.setData(index, message, ErrorRole)


def phone_delegate(parent=None) -> ValidatingDelegate:
    return ValidatingDelegate(validate.normalize_phone, parent)


class ImeTableView(QTableView):
    """A table whose cells open on any key and keep the first input-method commit.

    Why: Qt forwards a composition that starts with a preedit (pinyin being typed) to the new editor, but an
    input method that commits at once (full-width punctuation, some Windows IME settings) loses that first
    text when no editor is open yet. Here such a commit opens the editor and then goes into it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(EDIT_TRIGGERS)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        index = self.currentIndex()
        if (self.state() != QAbstractItemView.State.EditingState and index.isValid()
                and event.commitString() and not event.preeditString()
                and self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, None)):
            editor = self.indexWidget(index) or QApplication.focusWidget()
            if editor is not None and editor is not self:
                if isinstance(editor, QLineEdit):
                    editor.selectAll()  # typing over a cell replaces it, as with a first key press
                QApplication.sendEvent(editor, event)
                event.accept()
                return
        super().inputMethodEvent(event)
