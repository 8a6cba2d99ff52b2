"""The reminders list (提醒): today / overdue / next 30 days, filtered by kind and owner; done, snooze, dismiss.

A widget of its own so that the service page's "提醒" tab, a worklist or a profile can embed the same list
(optionally fixed to one customer). It only calls services.reminders; a done note becomes an interaction.
`RowsModel` is the small read-only table model the after-sales pages share for their short lists.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.services.aftersales import reminders as rs
from dealerdesk.services.auth import list_users
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.messages import show_error

RED = QColor("#c62828")
GREY = QColor("#757575")
GREEN = QColor("#2e7d32")
Index = QModelIndex | QPersistentModelIndex


def tr(text: str, context: str = "reminders") -> str:
    return QCoreApplication.translate(context, text)


class RowsModel(QAbstractTableModel):
    """Read-only rows of plain dataclasses: columns are (header, getter); `colour(row)` tints a whole row."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], object]]],
                 colour: Callable[[Any], QColor | None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._colour = colour
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[index.column()][1](row)
            if isinstance(value, dt.datetime):
                return value.strftime("%Y-%m-%d %H:%M")
            if isinstance(value, dt.date):
                return value.isoformat()
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            colour = self._colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


def make_table(model: QAbstractTableModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    return view


def reminder_text(row: rs.ReminderRow) -> str:
    """What the reminder is about, in one line."""
    d = row.detail
    if row.kind == "holiday":
        return tr(d.get("label", ""), "holidays")
    if row.kind == "birthday":
        kind = tr("农历") if d.get("lunar") else tr("公历")
        return tr("{kind}生日 {day}").format(kind=kind, day=d.get("date", ""))
    if row.kind == "maintenance":
        basis = tr("按里程") if d.get("basis") == "km" else tr("按时间")
        return tr("{first}（{basis}，目标 {km} 公里）").format(
            first=tr("首保") if d.get("first") else tr("定期保养"), basis=basis, km=d.get("target_km", ""))
    if row.kind == "complaint_deadline":
        return tr("已升级到经理") if d.get("stage") == "escalated" else (
            tr("首次响应") if d.get("stage") == "first_response" else tr("处理完成"))
    if row.kind in ("post_service_call", "survey") and (d.get("service_on") or d.get("event_on")):
        return tr("服务日期 {on}").format(on=d.get("service_on") or d.get("event_on"))
    return d.get("date", "")


class NoteDialog(QDialog):
    """Asks for the note of a done reminder (it becomes the interaction's content)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(tr("联系结果，例如：已电话联系，客户预约下周六保养"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("备注"), self))
        layout.addWidget(self.note)
        layout.addWidget(buttons)


class SnoozeDialog(QDialog):
    def __init__(self, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("稍后提醒"))
        self.until = QDateTimeEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(9, 0))
        self.until.setDateTime(QDateTime(tomorrow))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("提醒时间"), self.until)
        form.addRow(buttons)

    def value(self) -> dt.datetime:
        return self.until.dateTime().toPython().replace(second=0, microsecond=0)


class RemindersView(QWidget):
    """The list with its filters and actions. `customer_id` fixes it to one customer (profile use)."""

    SCOPES = (("all", "全部（30天内）"), ("today", "今天"), ("overdue", "已逾期"), ("next30", "未来30天"))

    def __init__(self, ctx, parent: QWidget | None = None, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.scope = QComboBox(self)
        for code, label in self.SCOPES:
            self.scope.addItem(tr(label), code)
        self.kind = QComboBox(self)
        self.kind.addItem(tr("全部类型"), None)
        for code, label in rs.KIND_LABELS.items():
            self.kind.addItem(tr(label, "reminder_kinds"), code)
        self.owner = QComboBox(self)
        self.owner.addItem(tr("全部负责人"), None)
        self.owner.addItem(tr("我的"), ctx.actor.id)
        for user in list_users(ctx.actor):
            if user.id != ctx.actor.id:
                self.owner.addItem(user.display_name or user.login, user.id)
        for combo in (self.scope, self.kind, self.owner):
            combo.currentIndexChanged.connect(self.refresh)
        self.model = RowsModel([
            (tr("类型"), lambda r: tr(rs.KIND_LABELS.get(r.kind, r.kind), "reminder_kinds")),
            (tr("客户"), lambda r: r.customer_name or tr("全店")),
            (tr("车牌号"), lambda r: r.plate),
            (tr("内容"), reminder_text),
            (tr("截止"), lambda r: r.deadline),
            (tr("状态"), self._state),
            (tr("负责人"), lambda r: r.owner_name),
        ], colour=self._colour, parent=self)
        self.table = make_table(self.model, self)
        self.table.doubleClicked.connect(self._open_customer)
        self.done_button = QPushButton(tr("完成(&D)"), self)
        self.snooze_button = QPushButton(tr("稍后提醒(&S)"), self)
        self.dismiss_button = QPushButton(tr("忽略(&X)"), self)
        self.done_button.clicked.connect(self._on_done)
        self.snooze_button.clicked.connect(self._on_snooze)
        self.dismiss_button.clicked.connect(self._on_dismiss)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        for label, widget in ((tr("范围"), self.scope), (tr("类型"), self.kind), (tr("负责人"), self.owner)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.dismiss_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        ctx.bus.dueChanged.connect(self.refresh)
        self.refresh()

    def _state(self, row: rs.ReminderRow) -> str:
        now = self.ctx.clock()
        if row.snoozed_until and row.snoozed_until > now:
            return tr("稍后 {at}").format(at=row.snoozed_until.strftime("%m-%d %H:%M"))
        if row.is_overdue(now):
            return tr("逾期")
        return tr("待办") if row.due_at <= now else tr("未到")

    def _colour(self, row: rs.ReminderRow) -> QColor | None:
        now = self.ctx.clock()
        if row.is_overdue(now) and not (row.snoozed_until and row.snoozed_until > now):
            return RED
        return GREY if row.due_at > now else None

    def refresh(self) -> None:
        try:
            rows = rs.list_reminders(self.ctx.actor, self.ctx.clock(), self.scope.currentData(),
                                     kind=self.kind.currentData(), owner_id=self.owner.currentData(),
                                     customer_id=self.customer_id)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.count_label.setText(tr("共 {n} 条").format(n=len(rows)))
        self.table.resizeColumnsToContents()

    def selected(self) -> rs.ReminderRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _open_customer(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row.customer_id is not None:
            self.ctx.open_customer(row.customer_id)

    def _act(self, fn, *args) -> bool:
        return ops.call(self, self.ctx, fn, *args, any_error=True) is not ops.FAILED

    def complete(self, row: rs.ReminderRow, note: str) -> bool:
        return self._act(lambda: rs.complete_reminder(self.ctx.actor, row.id, note, now=self.ctx.clock()))

    def _on_done(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = NoteDialog(tr("完成提醒"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.complete(row, dialog.note.toPlainText())

    def _on_snooze(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = SnoozeDialog(self.ctx.clock(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._act(lambda: rs.snooze_reminder(self.ctx.actor, row.id, dialog.value(), now=self.ctx.clock()))

    def _on_dismiss(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, tr("忽略提醒"), tr("确定忽略这条提醒吗？忽略后不会再次出现。"))
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: rs.dismiss_reminder(self.ctx.actor, row.id, now=self.ctx.clock()))
