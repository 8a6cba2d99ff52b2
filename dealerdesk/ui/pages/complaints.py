"""投诉与回访 page: complaints (status filter, the next allowed step, overdue in red) and surveys.

Why the buttons follow the status: the service enforces open → in progress → resolved → closed, so the page
only offers the step that is allowed for the selected complaint; resolving asks for the resolution and
closing asks for confirmation. Opening the page escalates complaints that ran past their deadline.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.services.aftersales import complaints as cs
from dealerdesk.services.aftersales import surveys as sv
from dealerdesk.ui import ops
from dealerdesk.ui.dialogs.complaint import ComplaintDialog
from dealerdesk.ui.dialogs.survey import SurveyDialog
from dealerdesk.ui.widgets.messages import show_error
from dealerdesk.ui.widgets.reminders_view import GREEN, GREY, RED, NoteDialog, RowsModel, make_table


def tr(text: str, context: str = "complaints") -> str:
    return QCoreApplication.translate(context, text)


def _deadline_text(row: cs.ComplaintRow) -> str:
    if row.deadline is None:
        return "—"
    stage = tr("首次响应") if row.first_responded_at is None else tr("处理完成")
    return f"{row.deadline:%Y-%m-%d %H:%M} {stage}"


class ComplaintsTab(QWidget):
    STEP_LABELS = {"in_progress": "开始处理", "resolved": "已解决", "closed": "关闭投诉"}

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = QComboBox(self)
        self.status.addItem(tr("未结（待处理/处理中）"), "unresolved")
        self.status.addItem(tr("全部"), None)
        for code, label in cs.STATUSES.items():
            self.status.addItem(tr(label, "complaint_status"), code)
        self.status.currentIndexChanged.connect(self.refresh)
        self.model = RowsModel([
            (tr("受理时间"), lambda r: r.received_at),
            (tr("客户"), lambda r: r.customer_name),
            (tr("渠道"), lambda r: tr(cs.CHANNELS.get(r.channel, r.channel), "channels")),
            (tr("类别"), lambda r: tr(cs.CATEGORIES.get(r.category, r.category), "complaint_categories")),
            (tr("内容"), lambda r: r.content),
            (tr("状态"), lambda r: tr(cs.STATUSES.get(r.status, r.status), "complaint_status")
             + (tr("（已升级）") if r.escalated_at else "")),
            (tr("时限"), _deadline_text),
            (tr("负责人"), lambda r: r.owner_name),
            (tr("处理结果"), lambda r: r.resolution),
        ], colour=self._colour, parent=self)
        self.table = make_table(self.model, self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda i: ctx.open_customer(self.model.row_at(i.row()).customer_id))
        self.new_button = QPushButton(tr("受理投诉(&N)"), self)
        self.new_button.clicked.connect(self.new_complaint)
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
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        ctx.bus.dueChanged.connect(self.refresh)
        self.refresh()

    def _colour(self, row: cs.ComplaintRow):
        if row.is_overdue(self.ctx.clock()):
            return RED
        return GREY if row.status == "closed" else None

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
        self.step_buttons["in_progress"].setEnabled(row is not None and row.status == "open")
        self.step_buttons["resolved"].setEnabled("resolved" in allowed)
        self.step_buttons["closed"].setEnabled("closed" in allowed)
        self.reopen_button.setEnabled(row is not None and row.status == "resolved")

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

        def label(table: dict, context: str = "survey"):
            return lambda code: tr(table.get(code, code), context) if code else "—"

        level, rep, rec, chan = label(sv.LEVELS), label(sv.REPURCHASE), label(sv.RECOMMEND), label(sv.CHANNELS)
        self.model = RowsModel([
            (tr("调查时间"), lambda r: r.taken_at), (tr("客户"), lambda r: r.customer_name),
            (tr("方式"), lambda r: chan(r.channel)), (tr("总体满意度"), lambda r: level(r.overall)),
            (tr("产品质量"), lambda r: level(r.product_quality)), (tr("服务态度"), lambda r: level(r.service_attitude)),
            (tr("售后服务"), lambda r: level(r.after_sales)), (tr("复购可能性"), lambda r: rep(r.repurchase)),
            (tr("推荐意愿"), lambda r: rec(r.recommend)), (tr("意见"), lambda r: r.comments),
        ], colour=lambda r: GREEN if r.satisfied else (RED if r.overall.endswith("dissatisfied") else None),
            parent=self)
        self.table = make_table(self.model, self)
        self.table.doubleClicked.connect(lambda i: ctx.open_customer(self.model.row_at(i.row()).customer_id))
        self.new_button = QPushButton(tr("新增调查(&S)"), self)
        self.new_button.clicked.connect(self.new_survey)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
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
