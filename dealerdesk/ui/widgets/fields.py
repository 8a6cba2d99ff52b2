"""Validated editors with their message right under the field (phone list, VIN, plate, name, birthday).

Why the message lives with the field: a clerk on the phone must see *which* box is wrong and why, in words
(domain.validate explains the rule), without a modal box. Every editor accepts Chinese input; checks run
when the field is left, and again as the person types once a message is shown, so it disappears on fixing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex,
                            Qt, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from dealerdesk.domain import phones, validate
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.ui.delegates.validated import ErrorRole, ImeTableView, phone_delegate
from dealerdesk.ui.widgets.messages import error_text

ERROR_STYLE = "color: #c62828;"
WARN_STYLE = "color: #b26a00;"


class FieldMessage(QLabel):
    """The line under a field: red for errors, amber for warnings, hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldMessage")
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def show_warning(self, text: str) -> None:
        self._show(text, WARN_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class ValidatedLineEdit(QWidget):
    """A QLineEdit plus its message; `normalize` is a domain function that raises InvalidInput."""

    changed = Signal()

    def __init__(self, normalize: Callable[[str], str], parent: QWidget | None = None, *,
                 required: bool = False, upper: bool = False, placeholder: str = "") -> None:
        super().__init__(parent)
        self.normalize = normalize
        self.required = required
        self.upper = upper
        self.edit = QLineEdit(self)
        self.edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.edit.setPlaceholderText(placeholder)
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self.check)

    def _on_edited(self) -> None:
        if self.message.isVisible():
            self.check()
        self.changed.emit()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self.message.clear_message()

    def value(self) -> str:
        """The normal form ("" when empty and optional); raises InvalidInput."""
        text = self.edit.text().strip()
        if not text and not self.required:
            return ""
        return self.normalize(text)

    def check(self) -> bool:
        try:
            self.value()
        except InvalidInput as exc:
            self.show_error(error_text(exc))
            return False
        self.message.clear_message()
        self.warn()
        return True

    def warn(self) -> None:
        """Hook for non-blocking warnings (VIN check digit)."""

    def show_error(self, text: str) -> None:
        self.message.show_error(text)


class VinEdit(ValidatedLineEdit):
    def __init__(self, parent: QWidget | None = None, required: bool = False) -> None:
        super().__init__(validate.normalize_vin, parent, required=required, upper=True,
                         placeholder=self.tr("17位车架号"))

    def warn(self) -> None:
        vin = self.value()
        if vin and not validate.vin_check_digit_ok(vin):
            self.message.show_warning(self.tr("车架号校验位不符，请核对行驶证（仍可保存）"))


def phone_range_text(normal_phone: str) -> str:
    """The number-range warning for a normal-form phone, translated; "" when its range is known."""
    warning = phones.range_warning(normal_phone) if normal_phone else None
    if warning is None:
        return ""
    return QCoreApplication.translate("errors", warning.template).format(**warning.params)


def range_warnings(normal_phones: list[str]) -> list[str]:
    """The warnings of several phones (each a sentence naming its number), for the save confirmation."""
    return [text for text in (phone_range_text(p) for p in normal_phones) if text]


class PhoneEdit(ValidatedLineEdit):
    """A phone: the shape is checked (an error), the number range too (a warning the user confirms on save)."""

    def __init__(self, parent: QWidget | None = None, required: bool = False, placeholder: str = "") -> None:
        super().__init__(validate.normalize_phone, parent, required=required, placeholder=placeholder)

    def warn(self) -> None:
        text = phone_range_text(self.value())
        if text:
            self.message.show_warning(text)

    def range_warnings(self) -> list[str]:
        try:
            return range_warnings([self.value()])
        except InvalidInput:
            return []


def plate_edit(parent: QWidget | None = None, required: bool = False) -> ValidatedLineEdit:
    return ValidatedLineEdit(validate.normalize_plate, parent, required=required, upper=True,
                             placeholder=QCoreApplication.translate("fields", "如 粤B12345"))


def name_edit(parent: QWidget | None = None) -> ValidatedLineEdit:
    return ValidatedLineEdit(validate.normalize_name, parent, required=True)


def email_edit(parent: QWidget | None = None) -> ValidatedLineEdit:
    return ValidatedLineEdit(validate.normalize_email, parent)


class PhoneListModel(QAbstractTableModel):
    """One editable column of phone numbers; ErrorRole keeps each row's message."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.phones: list[str] = []
        self.errors: list[str] = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.phones)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.phones[row]
        if role == ErrorRole:
            return self.errors[row]
        if role == Qt.ItemDataRole.ForegroundRole and self.errors[row]:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors[row] or None
        return None

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.EditRole:
            self.phones[index.row()] = str(value)
        elif role == ErrorRole:
            self.errors[index.row()] = str(value)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("电话（第一个为主号码）")
        return None

    def set_phones(self, phones: list[str]) -> None:
        self.beginResetModel()
        self.phones = list(phones)
        self.errors = [""] * len(self.phones)
        self.endResetModel()

    def append(self, text: str = "") -> QModelIndex:
        row = len(self.phones)
        self.beginInsertRows(QModelIndex(), row, row)
        self.phones.append(text)
        self.errors.append("")
        self.endInsertRows()
        return self.index(row, 0)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.phones):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.phones[row]
            del self.errors[row]
            self.endRemoveRows()


class PhoneListEdit(QWidget):
    """Several phone numbers in a small table; type over a cell to edit it (Chinese IME works too)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PhoneListModel(self)
        self.view = ImeTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(phone_delegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMaximumHeight(96)
        self.add_button = QPushButton(self.tr("添加电话"), self)
        self.remove_button = QPushButton(self.tr("删除所选"), self)
        self.message = FieldMessage(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setFocusProxy(self.view)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.dataChanged.connect(self._on_data_changed)

    def set_phones(self, phones: list[str]) -> None:
        self.model.set_phones(phones or [""])
        self.message.clear_message()

    def phones(self) -> list[str]:
        return [p for p in self.model.phones if p.strip()]

    def add_row(self) -> None:
        index = self.model.append("")
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.remove(row)
        self.check()
        self.changed.emit()

    def _on_data_changed(self, *_args) -> None:
        self._show_first_error()
        self.changed.emit()

    def check(self) -> bool:
        """Validate every row again; the first problem is shown under the table."""
        for row, text in enumerate(self.model.phones):
            message = ""
            if text.strip():
                try:
                    validate.normalize_phone(text)
                except InvalidInput as exc:
                    message = error_text(exc)
            self.model.errors[row] = message
        if self.model.phones:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.model.phones) - 1, 0))
        return self._show_first_error()

    def _show_first_error(self) -> bool:
        for row, message in enumerate(self.model.errors):
            if message:
                prefix = self.tr("第{n}个电话：").format(n=row + 1) if len(self.model.phones) > 1 else ""
                self.message.show_error(prefix + message)
                return False
        self.message.clear_message()
        warnings = self.range_warnings()
        if warnings:
            self.message.show_warning(warnings[0])
        return True

    def range_warnings(self, known: Collection[str] = ()) -> list[str]:
        """Number-range warnings of the rows whose shape is right (the save asks the user to confirm them);
        numbers in `known` (already stored, confirmed before) are not asked about again."""
        normal = []
        for text, error in zip(self.model.phones, self.model.errors, strict=True):
            if text.strip() and not error:
                try:
                    normal.append(validate.normalize_phone(text))
                except InvalidInput:
                    continue
        return range_warnings([p for p in normal if p not in known])

    def show_error(self, text: str) -> None:
        self.message.show_error(text)


class BirthdayEdit(QWidget):
    """Solar date or lunar month/day (leap months too): many customers celebrate the lunar one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("未填"), "")
        self.kind.addItem(self.tr("阳历"), "solar")
        self.kind.addItem(self.tr("农历"), "lunar")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        self.lunar_month = QSpinBox(self)
        self.lunar_month.setRange(1, 12)
        self.lunar_month.setSuffix(self.tr(" 月"))
        self.leap = QCheckBox(self.tr("闰月"), self)
        self.lunar_day = QSpinBox(self)
        self.lunar_day.setRange(1, 30)
        self.lunar_day.setSuffix(self.tr(" 日"))
        self.message = FieldMessage(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.date, self.lunar_month, self.leap, self.lunar_day):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.kind.currentIndexChanged.connect(self._sync)
        for signal in (self.kind.currentIndexChanged, self.date.dateChanged, self.lunar_month.valueChanged,
                       self.leap.toggled, self.lunar_day.valueChanged):
            signal.connect(self._on_changed)
        self._sync()

    def _on_changed(self, *_args) -> None:
        self.check()
        self.changed.emit()

    def _sync(self, *_args) -> None:
        kind = self.kind.currentData()
        self.date.setVisible(kind == "solar")
        for w in (self.lunar_month, self.leap, self.lunar_day):
            w.setVisible(kind == "lunar")

    def set_value(self, birthday: dt.date | None, kind: str, lunar_month: int | None,
                  lunar_day: int | None) -> None:
        kind = kind or ("solar" if birthday else "lunar" if lunar_month else "")
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.date.setDate(QDate(birthday) if birthday else QDate(1990, 1, 1))
        self.lunar_month.setValue(abs(lunar_month) if lunar_month else 1)
        self.leap.setChecked(bool(lunar_month and lunar_month < 0))
        self.lunar_day.setValue(lunar_day or 1)
        self.message.clear_message()
        self._sync()

    def value(self) -> tuple[dt.date | None, str, int | None, int | None]:
        """(solar birthday, kind, lunar month (negative = leap), lunar day) for CustomerInput."""
        kind = self.kind.currentData()
        if kind == "solar":
            return self.date.date().toPython(), "solar", None, None
        if kind == "lunar":
            month = self.lunar_month.value()
            return None, "lunar", -month if self.leap.isChecked() else month, self.lunar_day.value()
        return None, "", None, None

    def check(self) -> bool:
        birthday, kind, _m, _d = self.value()
        if kind == "solar" and birthday > dt.date.today():
            self.message.show_error(self.tr("生日不能晚于今天"))
            return False
        self.message.clear_message()
        return True

    def show_error(self, text: str) -> None:
        self.message.show_error(text)
