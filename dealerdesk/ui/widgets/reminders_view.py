"""The reminders list (提醒): today / overdue / next 30 days, filtered by kind and owner; done, snooze, dismiss.

A widget of its own so that the service page's "提醒" tab, a worklist or a profile can embed the same list
(optionally fixed to one customer). It only calls services.reminders; a done note becomes an interaction.
Its columns and colours are `columns.aftersales.reminders_spec`.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QModelIndex
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.aftersales import reminders as rs
from dealerdesk.services.auth import list_users
from dealerdesk.ui import ops
from dealerdesk.ui.models.columns.aftersales import reminders_spec
from dealerdesk.ui.widgets.forms import button_box, stack
from dealerdesk.ui.widgets.messages import show_error
from dealerdesk.ui.widgets.tables import list_table


def tr(text: str, context: str = "reminders") -> str:
    return QCoreApplication.translate(context, text)


class NoteDialog(QDialog):
    """Asks for the note of a done reminder (it becomes the interaction's content)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(tr("联系结果，例如：已电话联系，客户预约下周六保养"))
        stack(self, QLabel(tr("备注"), self), self.note, button_box(self))


class SnoozeDialog(QDialog):
    def __init__(self, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("稍后提醒"))
        self.until = QDateTimeEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(9, 0))
        self.until.setDateTime(QDateTime(tomorrow))
        form = QFormLayout(self)
        form.addRow(tr("提醒时间"), self.until)
        form.addRow(button_box(self))

    def value(self) -> dt.datetime:
        return self.until.dateTime().toPython().replace(second=0, microsecond=0)


class RemindersView(QWidget):
    """The list with its filters and actions. `customer_id` fixes it to one customer (profile use)."""

    SCOPES = (("all", QT_TRANSLATE_NOOP("reminders", "全部（30天内）")), ("today", QT_TRANSLATE_NOOP("reminders", "今天")),
              ("overdue", QT_TRANSLATE_NOOP("reminders", "已逾期")), ("next30", QT_TRANSLATE_NOOP("reminders", "未来30天")))

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
        self.table, self.model = list_table(reminders_spec(ctx.clock), self, widths=False)
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
