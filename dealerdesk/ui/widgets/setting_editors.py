"""Typed editors for the settings declared in domain/settings_spec: one per value type, plus two tables.

Why typed editors and not a JSON cell: a manager changing "保养提前提醒天数" should meet a spin box with the
allowed range and its unit, not `7` in a text cell that also accepts `"7"` or `七`. Every editor shows the
value in the stored (JSON) form through `value()`, so the page compares and saves it unchanged; the spec
checks it again (domain.settings_spec.validate) and the page shows its sentence under the editor.

`NumberTableModel` is the one table model behind the per-level cadence table (a row per level, columns x/y)
and the per-model target table (a row per catalogue model, one column): rows are settings, cells whole numbers.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QRegularExpression, Qt, QTime, Signal)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableView, QTimeEdit, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.settings_spec import Setting
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import join_list

CTX = "setting_labels"
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
CodeLabel = Callable[[str, str], str]  # (codeset, code) → the code's label, translated


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def setting_label(setting: Setting) -> str:
    return tr(setting.label)


def _suffix(setting: Setting) -> str:
    return f" {tr(setting.suffix)}" if setting.suffix else ""


class Editor(QWidget):
    """A setting's editor: `value()` in the stored form, `set_value()`, `changed` on every edit."""

    changed = Signal()

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = setting
        self.setToolTip(tr(setting.help))
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_editable(self, on: bool) -> None:
        self.setEnabled(on)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)


class IntEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.control = QSpinBox()
        self.control.setRange(setting.minimum or 0, setting.maximum if setting.maximum is not None else 2**31 - 1)
        self.control.setSuffix(_suffix(setting))
        self.control.setToolTip(tr(setting.help))
        self.control.valueChanged.connect(self.changed)
        self.layout_.addWidget(self.control)
        self.layout_.addStretch(1)

    def value(self) -> object:
        return self.control.value()

    def set_value(self, value: object) -> None:
        self.control.setValue(int(value) if isinstance(value, (int, float)) else self.control.minimum())

    def focus(self) -> None:
        self.control.setFocus(Qt.FocusReason.OtherFocusReason)


class TimeEditor(Editor):
    """HH:MM; an unchanged value is handed back as it was stored ("9:00" stays "9:00")."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.control = QTimeEdit()
        self.control.setDisplayFormat("HH:mm")
        self.control.setToolTip(tr(setting.help))
        self.control.timeChanged.connect(self.changed)
        self.layout_.addWidget(self.control)
        self.layout_.addStretch(1)
        self._stored: tuple[str, QTime] = ("", QTime())

    def value(self) -> object:
        text, time = self._stored
        return text if self.control.time() == time else self.control.time().toString("HH:mm")

    def set_value(self, value: object) -> None:
        time = QTime.fromString(str(value), "H:mm")
        self._stored = (str(value), time)
        self.control.setTime(time if time.isValid() else QTime(0, 0))

    def focus(self) -> None:
        self.control.setFocus(Qt.FocusReason.OtherFocusReason)


class BoolEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.control = QCheckBox()
        self.control.setToolTip(tr(setting.help))
        self.control.toggled.connect(self.changed)
        self.layout_.addWidget(self.control)
        self.layout_.addStretch(1)

    def value(self) -> object:
        return self.control.isChecked()

    def set_value(self, value: object) -> None:
        self.control.setChecked(bool(value))


class TextEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.control = QLineEdit()
        self.control.setMaxLength(setting.max_length or 32767)
        self.control.setToolTip(tr(setting.help))
        self.control.textChanged.connect(self.changed)
        self.layout_.addWidget(self.control)

    def value(self) -> object:
        return self.control.text()

    def set_value(self, value: object) -> None:
        self.control.setText("" if value is None else str(value))

    def focus(self) -> None:
        self.control.setFocus(Qt.FocusReason.OtherFocusReason)


class ListLineEditor(Editor):
    """A list typed on one line, its items separated by `SEPARATORS` (and spaces)."""

    SEPARATORS = "、,，"

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.control = QLineEdit()
        self.control.setToolTip(tr(setting.help))
        self.control.textChanged.connect(self.changed)
        self.layout_.addWidget(self.control)

    def parts(self) -> list[str]:
        text = self.control.text()
        for sep in self.SEPARATORS:
            text = text.replace(sep, " ")
        return text.split()

    def focus(self) -> None:
        self.control.setFocus(Qt.FocusReason.OtherFocusReason)


class IntListEditor(ListLineEditor):
    """Whole numbers separated by 、 or commas ("2、4、8"); only digits and separators can be typed."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.control.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9、,，\s]*"), self.control))

    def value(self) -> object:
        """The numbers typed, in order; the text itself when it holds something else (the spec refuses it)."""
        parts = self.parts()
        return [int(part) for part in parts] if all(part.isdigit() for part in parts) else self.control.text()

    def set_value(self, value: object) -> None:
        items = value if isinstance(value, list) else []
        self.control.setText(join_list(items))


class ChoiceEditor(Editor):
    def __init__(self, setting: Setting, label_of: CodeLabel, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.control = QComboBox()
        for code in setting.choices:
            self.control.addItem(label_of(setting.codeset, code), code)
        self.control.setToolTip(tr(setting.help))
        self.control.currentIndexChanged.connect(self.changed)
        self.layout_.addWidget(self.control)
        self.layout_.addStretch(1)

    def value(self) -> object:
        return self.control.currentData()

    def set_value(self, value: object) -> None:
        self.control.setCurrentIndex(max(self.control.findData(value), 0))


class ChoicesEditor(Editor):
    """A check box per code; an unchanged set is handed back in its stored order."""

    def __init__(self, setting: Setting, label_of: CodeLabel, parent: QWidget | None = None,
                 columns: int = 4) -> None:
        super().__init__(setting, parent)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(setting.choices):
            box = QCheckBox(label_of(setting.codeset, code))
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[code] = box
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)
        self._stored: list = []

    def value(self) -> object:
        chosen = [code for code, box in self.boxes.items() if box.isChecked()]
        return list(self._stored) if set(chosen) == set(self._stored) else chosen

    def set_value(self, value: object) -> None:
        self._stored = list(value) if isinstance(value, list) else []
        for code, box in self.boxes.items():
            box.setChecked(code in self._stored)


class PointsEditor(Editor):
    """{code: points}: a spin box per code of the setting's code set."""

    def __init__(self, setting: Setting, label_of: CodeLabel, parent: QWidget | None = None,
                 columns: int = 3) -> None:
        super().__init__(setting, parent)
        grid = QGridLayout()
        self.spins: dict[str, QSpinBox] = {}
        for i, code in enumerate(setting.choices):
            spin = QSpinBox()
            spin.setRange(setting.minimum or 0, setting.maximum or 100)
            spin.setSuffix(_suffix(setting))
            spin.valueChanged.connect(self.changed)
            grid.addWidget(QLabel(label_of(setting.codeset, code)), i // columns, 2 * (i % columns))
            grid.addWidget(spin, i // columns, 2 * (i % columns) + 1)
            self.spins[code] = spin
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)

    def value(self) -> object:
        return {code: spin.value() for code, spin in self.spins.items()}

    def set_value(self, value: object) -> None:
        points = value if isinstance(value, dict) else {}
        for code, spin in self.spins.items():
            spin.setValue(int(points.get(code, 0) or 0))


class WeekHoursEditor(Editor):
    """A row per weekday: open (checkbox), opening and closing time."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for row, code in enumerate(spec.WEEKDAY_CODES):
            check = QCheckBox(ui_labels.text(labels.WEEKDAY, code))
            opens, closes = QTimeEdit(), QTimeEdit()
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
                edit.timeChanged.connect(self.changed)
            check.toggled.connect(opens.setEnabled)
            check.toggled.connect(closes.setEnabled)
            check.toggled.connect(self.changed)
            check.setToolTip(tr(setting.help))
            grid.addWidget(check, row, 0)
            grid.addWidget(opens, row, 1)
            grid.addWidget(QLabel("–"), row, 2)
            grid.addWidget(closes, row, 3)
            self.rows.append((check, opens, closes))
        grid.setColumnStretch(4, 1)
        self.layout_.addLayout(grid)

    def value(self) -> object:
        return {code: ([opens.time().toString("HH:mm"), closes.time().toString("HH:mm")] if check.isChecked() else [])
                for code, (check, opens, closes) in zip(spec.WEEKDAY_CODES, self.rows, strict=True)}

    def set_value(self, value: object) -> None:
        week = value if isinstance(value, dict) else {}
        for code, (check, opens, closes) in zip(spec.WEEKDAY_CODES, self.rows, strict=True):
            pair = week.get(code) or []
            check.setChecked(len(pair) == 2)
            opens.setEnabled(len(pair) == 2)
            closes.setEnabled(len(pair) == 2)
            if len(pair) == 2:
                opens.setTime(QTime.fromString(pair[0], "H:mm"))
                closes.setTime(QTime.fromString(pair[1], "H:mm"))

    def focus(self) -> None:
        self.rows[0][0].setFocus(Qt.FocusReason.OtherFocusReason)


class DayListEditor(ListLineEditor):
    """Days and ranges separated by commas or 、 ("2027-02-05, 2027-02-10/2027-02-12")."""

    SEPARATORS = "、,，;；"

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.control.setPlaceholderText("2027-02-05, 2027-02-10/2027-02-12")

    def value(self) -> object:
        return [part.replace("～", "/").replace("~", "/") for part in self.parts()]

    def set_value(self, value: object) -> None:
        self.control.setText(", ".join(str(v) for v in value) if isinstance(value, list) else "")


def editor_for(setting: Setting, label_of: CodeLabel, parent: QWidget | None = None) -> Editor:
    """The editor of one setting of a form (PAIR and target settings go into a NumberTable instead)."""
    simple = {spec.INT: IntEditor, spec.TIME: TimeEditor, spec.BOOL: BoolEditor, spec.TEXT: TextEditor,
              spec.INT_LIST: IntListEditor, spec.WEEK_HOURS: WeekHoursEditor, spec.DAY_LIST: DayListEditor}
    if setting.kind in simple:
        return simple[setting.kind](setting, parent)
    coded = {spec.CHOICE: ChoiceEditor, spec.CHOICES: ChoicesEditor, spec.POINTS: PointsEditor}
    if setting.kind in coded:
        return coded[setting.kind](setting, label_of, parent)
    raise ValueError(f"no form editor for {setting.kind!r} ({setting.key})")


# --- tables of whole numbers: per-level cadences, per-model targets ---------------------------------

class NumberTableModel(QAbstractTableModel):
    """Rows are settings (PAIR or INT), column 0 their row label, then one column per number.

    A PAIR setting's value is its list of numbers; an INT setting (a target) is one number. Edits stay in
    the model until the page saves; cells outside the setting's range are refused by setData.
    """

    def __init__(self, rows: Sequence[tuple[str, Setting]], columns: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.rows = list(rows)  # (row label, setting)
        self.columns = list(columns)
        self.numbers: list[list[int]] = [[s.minimum or 0] * len(self.columns) for _label, s in self.rows]
        self.editable = True

    # values in the stored form
    def value(self, key: str) -> object:
        row = self.row_of(key)
        numbers = list(self.numbers[row])
        return numbers if self.rows[row][1].kind == spec.PAIR else numbers[0]

    def set_value(self, key: str, value: object) -> None:
        row = self.row_of(key)
        values = value if isinstance(value, list) else [value]
        numbers = [int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else 0 for v in values]
        self.numbers[row] = (numbers + [0] * len(self.columns))[:len(self.columns)]
        self.dataChanged.emit(self.index(row, 1), self.index(row, len(self.columns)))

    def row_of(self, key: str) -> int:
        return next(r for r, (_label, s) in enumerate(self.rows) if s.key == key)

    def setting_keys(self) -> list[str]:
        return [s.key for _label, s in self.rows]

    # Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return ([""] + self.columns)[section] if 0 <= section <= len(self.columns) else None
        return section + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        label, setting = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return label if col == 0 else f"{self.numbers[index.row()][col - 1]}{_suffix(setting)}"
        if role == Qt.ItemDataRole.EditRole:
            return label if col == 0 else self.numbers[index.row()][col - 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(setting.help)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() > 0 and self.editable else base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0 or not self.editable:
            return False
        setting = self.rows[index.row()][1]
        try:
            number = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return False
        if isinstance(value, bool) or (setting.minimum is not None and number < setting.minimum) \
                or (setting.maximum is not None and number > setting.maximum):
            return False
        self.numbers[index.row()][index.column() - 1] = number
        self.dataChanged.emit(index, index)
        return True


class SpinDelegate(QStyledItemDelegate):
    """A QSpinBox with the row's setting range and unit for every number cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        model = index.model()
        setting = model.rows[index.row()][1] if isinstance(model, NumberTableModel) else None
        spin = QSpinBox(parent)
        spin.setFrame(False)
        if setting is not None:
            spin.setRange(setting.minimum or 0, setting.maximum if setting.maximum is not None else 2**31 - 1)
            spin.setSuffix(_suffix(setting))
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class NumberTable(QWidget):
    """The view of a NumberTableModel with its spin-box cells; `changed` on every accepted edit."""

    changed = Signal()

    def __init__(self, model: NumberTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setItemDelegate(SpinDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(110)  # room for a spin box while editing
        self.view.resizeColumnsToContents()
        # as wide as its columns: numbers stay next to their row's name instead of across the page
        self.view.setMaximumWidth(header.length() + 2 * self.view.frameWidth()
                                  + self.view.verticalScrollBar().sizeHint().width())
        rows = max(model.rowCount(), 1)
        self.view.setMinimumHeight(min(rows, 12) * self.view.verticalHeader().defaultSectionSize()
                                   + header.sizeHint().height() + 6)
        model.dataChanged.connect(self.changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)

    def set_editable(self, on: bool) -> None:
        self.model.editable = on
        self.view.setEditTriggers(EDIT_TRIGGERS if on else QAbstractItemView.EditTrigger.NoEditTriggers)

    def focus(self, key: str | None = None) -> None:
        if key is not None:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(key), 1))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
