"""投诉与回访 page: complaints (status filter, the next allowed step, overdue in red) and surveys.

Why the buttons follow the status: the service enforces open → in progress → resolved → closed, so the page
only offers the step that is allowed for the selected complaint; resolving asks for the resolution and
closing asks for confirmation. Opening the page escalates complaints that ran past their deadline.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.aftersales import complaints as cs
from dealerdesk.services.aftersales import surveys as sv
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.dialogs.complaint import ComplaintDialog
from dealerdesk.ui.dialogs.survey import SurveyDialog
from dealerdesk.ui.page_actions import NewAction
from dealerdesk.ui.models.columns.aftersales import SURVEY_SPEC, complaints_spec
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.messages import show_error
from dealerdesk.ui.widgets.reminders_view import NoteDialog
from dealerdesk.ui.widgets.tables import list_table


def tr(text: str, context: str = "complaints") -> str:
    return QCoreApplication.translate(context, text)


class ComplaintsTab(QWidget):
    STEP_LABELS = {"in_progress": QT_TRANSLATE_NOOP("complaints", "开始处理"),
                   "resolved": QT_TRANSLATE_NOOP("complaints", "已解决"),
                   "closed": QT_TRANSLATE_NOOP("complaints", "关闭投诉")}

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = QComboBox(self)
        self.status.addItem(tr("未结（待处理/处理中）"), "unresolved")
        self.status.addItem(tr("全部"), None)
        for code, label in cs.STATUSES.items():
            self.status.addItem(tr(label, "complaint_status"), code)
        self.status.currentIndexChanged.connect(self.refresh)
        self.table, self.model = list_table(complaints_spec(ctx.clock), self, widths=False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda i: ctx.open_customer(self.model.row_at(i.row()).customer_id))
        self.new_button = QPushButton(tr("受理投诉(&N)"), self)
        self.new_button.clicked.connect(self.new_complaint)
        gate(self.new_button, ctx.actor, "complaint.write")
        self.step_buttons = {code: QPushButton(tr(label), self) for code, label in self.STEP_LABELS.items()}
        for code, button in self.step_buttons.items():
            button.clicked.connect(lambda _checked=False, c=code: self.on_step(c))
        self.reopen_button = QPushButton(tr("重新处理"), self)
        self.reopen_button.clicked.connect(lambda: self.on_step("in_progress"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("状态"), self))
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (*self.step_buttons.values(), self.reopen_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.empty = EmptyState(
            self.table, title=tr("没有未结的投诉"),
            text=tr("这里列出客户投诉：类别、处理人、处理期限和进展，超期未结的标红。客户来电或到店投诉时在这里受理。"),
            actions=[(tr("受理投诉"), self.new_complaint)], filtered=lambda: self.status.currentIndex() > 0,
            parent=self)
        self.empty.buttons[0].setEnabled(ctx.actor.can("complaint.write"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)
        ctx.bus.dueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        choice = self.status.currentData()
        try:
            cs.escalate_overdue(self.ctx.actor, self.ctx.clock())
            rows = cs.list_complaints(self.ctx.actor, open_only=choice == "unresolved",
                                      status=None if choice in (None, "unresolved") else choice)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> cs.ComplaintRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        allowed = cs.TRANSITIONS.get(row.status, ()) if row else ()
        actor = self.ctx.actor
        gate(self.step_buttons["in_progress"], actor, "complaint.write", row is not None and row.status == "open")
        gate(self.step_buttons["resolved"], actor, "complaint.write", "resolved" in allowed)
        gate(self.step_buttons["closed"], actor, "complaint.write", "closed" in allowed)
        gate(self.reopen_button, actor, "complaint.write", row is not None and row.status == "resolved")

    def new_complaint(self) -> None:
        if ComplaintDialog(self.ctx, self).exec():
            self.refresh()

    def step(self, row: cs.ComplaintRow, new_status: str, resolution: str = "") -> bool:
        return ops.run(self, self.ctx, cs.change_status, row.id, new_status, resolution=resolution,
                       now=self.ctx.clock(), any_error=True) is not ops.FAILED

    def on_step(self, new_status: str) -> None:
        row = self.selected()
        if row is None:
            return
        resolution = ""
        if new_status == "resolved":
            dialog = NoteDialog(tr("处理结果"), self)
            dialog.note.setPlaceholderText(tr("如何解决的、客户是否认可"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            resolution = dialog.note.toPlainText()
        if new_status == "closed" and QMessageBox.question(
                self, tr("关闭投诉"), tr("确认客户已认可处理结果并关闭此投诉？关闭后不能再修改。")
        ) != QMessageBox.StandardButton.Yes:
            return
        self.step(row, new_status, resolution)


class SurveysTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table, self.model = list_table(SURVEY_SPEC, self, widths=False)
        self.table.doubleClicked.connect(lambda i: ctx.open_customer(self.model.row_at(i.row()).customer_id))
        self.new_button = QPushButton(tr("新增调查(&S)"), self)
        self.new_button.clicked.connect(self.new_survey)
        gate(self.new_button, ctx.actor, "survey.write")
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        self.empty = EmptyState(
            self.table, title=tr("还没有满意度调查"),
            text=tr("这里列出交车和维修后的满意度回访：总体评价、复购和推荐意愿。回访后在这里登记。"),
            actions=[(tr("新增调查"), self.new_survey)], parent=self)
        self.empty.buttons[0].setEnabled(ctx.actor.can("survey.write"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(sv.list_surveys(self.ctx.actor, limit=1000))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.table.resizeColumnsToContents()

    def new_survey(self) -> None:
        if SurveyDialog(self.ctx, self).exec():
            self.refresh()


class Page(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.complaints = ComplaintsTab(ctx, self)
        self.surveys = SurveysTab(ctx, self)
        self.tabs.addTab(self.complaints, tr("投诉"))
        self.tabs.addTab(self.surveys, tr("满意度调查"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_complaint(self, complaint_id: int) -> bool:
        """Select one complaint on the complaints tab (the escalation banner's link); False if not listed."""
        self.tabs.setCurrentWidget(self.complaints)
        tab = self.complaints
        for attempt in range(2):
            for row in range(tab.model.rowCount()):
                if tab.model.row_at(row).id == complaint_id:
                    tab.table.selectRow(row)
                    tab.table.scrollTo(tab.model.index(row, 0))
                    tab.table.setFocus()
                    return True
            if attempt == 0:
                tab.status.setCurrentIndex(tab.status.findData(None))  # 全部: it may be past the filter
        return False

    def new_action(self) -> NewAction:
        """新投诉 on the complaints tab, 新增调查 on the surveys tab."""
        if self.tabs.currentWidget() is self.surveys:
            return NewAction(tr("新增调查"), self.surveys.new_survey, "survey.write")
        return NewAction(tr("新投诉"), self.complaints.new_complaint, "complaint.write")
