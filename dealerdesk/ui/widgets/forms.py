"""The pieces every input dialog is built from: rows with their error line, the OK/Cancel box, the layout.

Why helpers and not a dialog base class: the dialogs differ in what they save and how they answer errors,
and that stays in each dialog; only the setup that was copied from one dialog into the next lives here.
Errors are shown next to the field the service names (`err.field`), else in one place for the dialog.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QPushButton,
                               QVBoxLayout, QWidget)

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.ui.widgets.fields import ERROR_STYLE, FieldMessage
from dealerdesk.ui.widgets.messages import error_text, show_error

Ok = QDialogButtonBox.StandardButton.Ok
Save = QDialogButtonBox.StandardButton.Save
Cancel = QDialogButtonBox.StandardButton.Cancel
Close = QDialogButtonBox.StandardButton.Close


class FieldErrors:
    """Shows a service error under the input it names (`err.field`), else in a message box."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.labels: dict[str, QLabel] = {}

    def label_for(self, field: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.labels[field] = label
        return label

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        """A form row whose error line sits right under `widget`."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(widget)
        lay.addWidget(self.label_for(field))
        form.addRow(label, box)

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def clear_field(self, field: str) -> None:
        """One field's message, gone as soon as its cause is (e.g. another day chosen)."""
        if field in self.labels:
            self.labels[field].clear()
            self.labels[field].hide()

    def show(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        if isinstance(exc, DealerDeskError) and field in self.labels:
            self.labels[field].setText(error_text(exc))
            self.labels[field].show()
        else:
            show_error(self.owner, exc)


def field_messages(parent: QWidget, *fields: str) -> dict[str, FieldMessage]:
    """One hidden message line per field name ("" for the dialog's general line)."""
    return {field: FieldMessage(parent) for field in fields}


def shown_under(messages: dict[str, FieldMessage]) -> Callable[[BaseException], None]:
    """An error target for ui/ops: the message under the field the error names, else the general line ("")."""
    def show(exc: BaseException) -> None:
        messages.get(getattr(exc, "field", None) or "", messages[""]).show_error(error_text(exc))
    return show


def clear_messages(messages: Iterable[FieldMessage]) -> None:
    for message in messages:
        message.clear_message()


def message_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget, str]],
                 messages: dict[str, FieldMessage]) -> None:
    """(label, widget, field) rows; a row with a field has that field's message right under the widget."""
    for label, widget, field in rows:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        if field:
            box.addWidget(messages[field])
        form.addRow(label, box)


def message_below(form: QFormLayout, label: str, widget: QWidget, message: FieldMessage | None = None) -> None:
    """A row, and its message (if any) as an unlabelled row under it."""
    form.addRow(label, widget)
    if message is not None:
        form.addRow("", message)


def button_box(dialog: QDialog, on_ok: Callable[[], object] | None = None, *, ok=Ok, ok_text: str = "",
               cancel=Cancel, cancel_text: str = "") -> QDialogButtonBox:
    """OK (or Save) and Cancel (or Close): OK runs `on_ok` (default: the dialog's accept), Cancel rejects."""
    buttons = QDialogButtonBox(ok | cancel)
    if ok_text:
        buttons.button(ok).setText(ok_text)
    if cancel_text:
        buttons.button(cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def push_button(text: str, slot: Callable[[], object], parent: QWidget | None = None) -> QPushButton:
    """A button that runs `slot` (without the `checked` argument) when clicked."""
    button = QPushButton(text, parent)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def stack(owner: QWidget, *parts: QLayout | QWidget) -> QVBoxLayout:
    """The dialog's layout: `parts` top to bottom (a form, message lines, the button box…)."""
    layout = QVBoxLayout(owner)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
