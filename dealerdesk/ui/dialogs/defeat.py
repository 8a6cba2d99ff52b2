"""Defeat (战败): the consultant's request with a reason category and competitor, and the manager's queue.

Why two dialogs here: the request and its approval are one flow (setting defeat.needs_approval); the
queue shows exactly what the consultant wrote, and a rejection needs a note the consultant will read.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QInputDialog, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from dealerdesk.domain.levels import DEFEAT_REASONS
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.sales import leads
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import fmt, level_text
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.forms import button_box, message_below, stack
from dealerdesk.ui.widgets.lead_fields import bind_lead


def reason_text(code: str) -> str:
    return QCoreApplication.translate("defeat", DEFEAT_REASONS.get(code, code)) if code else ""


class DefeatDialog(QDialog):
    def __init__(self, ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind_lead(self, ctx, lead_id, self.tr("战败 — {name}"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("请选择…"), "")
        for code in DEFEAT_REASONS:
            self.reason.addItem(reason_text(code), code)
        self.reason_msg = FieldMessage()
        self.competitor = QLineEdit(self.lead.competitors)
        self.competitor.setPlaceholderText(self.tr("所购/所选竞品的品牌和车型，如 丰田 凯美瑞"))
        self.competitor_msg = FieldMessage()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        form = QFormLayout()
        message_below(form, self.tr("战败原因"), self.reason, self.reason_msg)
        message_below(form, self.tr("竞品品牌/车型"), self.competitor, self.competitor_msg)
        form.addRow(self.tr("说明"), self.note)
        needs = not ctx.actor.can("lead.approve_defeat")
        stack(self, form, button_box(self, ok_text=self.tr("提交审批") if needs else self.tr("确定战败"),
                                     cancel_text=self.tr("取消")))

    def accept(self) -> None:
        self.reason_msg.clear_message()
        self.competitor_msg.clear_message()
        if ops.run(self, self.ctx, leads.request_defeat, self.lead_id, self.reason.currentData(),
                   self.competitor.text(), self.note.toPlainText(), at=self.ctx.clock(),
                   errors={"defeat_competitor": self.competitor_msg, ops.INPUT: self.reason_msg}) is ops.FAILED:
            return
        super().accept()


class DefeatApprovalDialog(QDialog):
    """The manager's queue of defeat requests: approve, or reject with a note that sends the lead back."""

    HEADERS = (QT_TRANSLATE_NOOP("DefeatApprovalDialog", "客户"), QT_TRANSLATE_NOOP("DefeatApprovalDialog", "级别"),
               QT_TRANSLATE_NOOP("DefeatApprovalDialog", "顾问"), QT_TRANSLATE_NOOP("DefeatApprovalDialog", "原因"),
               QT_TRANSLATE_NOOP("DefeatApprovalDialog", "竞品"), QT_TRANSLATE_NOOP("DefeatApprovalDialog", "说明"),
               QT_TRANSLATE_NOOP("DefeatApprovalDialog", "申请时间"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("战败审批"))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        approve = QPushButton(self.tr("批准战败"))
        reject = QPushButton(self.tr("驳回…"))
        close = QPushButton(self.tr("关闭"))
        approve.clicked.connect(self.approve_selected)
        reject.clicked.connect(lambda: self.reject_selected())
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (approve, reject):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(820, 360)
        self.refresh()

    def refresh(self) -> None:
        self.pending = leads.pending_defeats(self.ctx.actor)
        self.table.setRowCount(len(self.pending))
        for r, d in enumerate(self.pending):
            values = (d.customer_name, level_text(d.level), d.owner_name, reason_text(d.defeat_reason),
                      d.defeat_competitor, d.defeat_note, fmt(d.defeat_requested_at))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if self.pending:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()

    def selected(self) -> leads.LeadDetail | None:
        row = self.table.currentRow()
        return self.pending[row] if 0 <= row < len(self.pending) else None

    def approve_selected(self) -> None:
        lead = self.selected()
        if lead is None:
            return
        if QMessageBox.question(self, self.tr("批准战败"), self.tr("批准 {name} 的战败？线索将关闭。").format(
                name=lead.customer_name)) != QMessageBox.StandardButton.Yes:
            return
        self._run(leads.approve_defeat, lead.id)

    def reject_selected(self, note: str | None = None) -> None:
        lead = self.selected()
        if lead is None:
            return
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("驳回战败"), self.tr("驳回原因（顾问会看到）："))
            if not ok:
                return
        self._run(leads.reject_defeat, lead.id, note)

    def _run(self, action, *args) -> None:
        if ops.run(self, self.ctx, action, *args, at=self.ctx.clock()) is ops.FAILED:
            return
        self.refresh()


__all__ = ["DefeatApprovalDialog", "DefeatDialog", "reason_text"]
