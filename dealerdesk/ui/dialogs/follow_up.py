"""Log a follow-up (记录跟进): one dialog, opened with one key (F2) wherever a lead is selected.

Why the dates are computed by the service while typing: the suggested date and the overdue date must be
exactly what log_follow_up will store (cadence settings, N rule), so the dialog asks
leads.suggest_follow_up rather than re-implementing the rule.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QWidget)

from dealerdesk.services.sales import leads
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import fmt, from_qdt, level_text, to_qdt
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.forms import Save, button_box, message_below, stack
from dealerdesk.ui.widgets.lead_fields import add_next_levels, bind_lead

LOG_KEY = "F2"  # the one key that logs a follow-up on the selected lead, everywhere


class FollowUpDialog(QDialog):
    """Channel, content, result, new level and the next date (suggested, editable, overdue shown)."""

    def __init__(self, ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind_lead(self, ctx, lead_id, self.tr("记录跟进 — {name}"))
        self.now = ctx.clock()
        self.post_delivery = self.lead.level == "D"

        head = QLabel(self.tr("{name} · {level} · {model} · 上次联系 {last} · 本次应跟进 {due}").format(
            name=self.lead.customer_name, level=level_text(self.lead.level), model=self.lead.model_name or "—",
            last=fmt(self.lead.last_contact_at), due=fmt(self.lead.next_follow_up_at)))
        head.setWordWrap(True)
        self.channel = QComboBox()
        for code, label in leads.CHANNELS.items():
            self.channel.addItem(QCoreApplication.translate("channels", label), code)
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("谈了什么：需求、顾虑、报价、约定…"))
        self.content.setMinimumHeight(90)
        self.content_msg = FieldMessage()
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("结果，如：约周六试驾"))
        self.level = QComboBox()
        self.level.addItem(self.tr("保持 {level}").format(level=level_text(self.lead.level)), "")
        if not self.post_delivery:
            add_next_levels(self.level, self.lead.level)
        self.level_msg = FieldMessage()
        self.next_due = QDateTimeEdit()
        self.next_due.setCalendarPopup(True)
        self.next_due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.hint = QLabel()
        self.next_msg = FieldMessage()
        self._suggested: dt.datetime | None = None

        form = QFormLayout()
        form.addRow(self.tr("联系方式"), self.channel)
        message_below(form, self.tr("跟进内容"), self.content, self.content_msg)
        form.addRow(self.tr("结果"), self.result)
        message_below(form, self.tr("新级别"), self.level, self.level_msg)
        message_below(form, self.tr("下次跟进"), self.next_due, self.hint)
        form.addRow("", self.next_msg)
        stack(self, head, form, button_box(self, ok=Save, ok_text=self.tr("保存 (Ctrl+Enter)"),
                                           cancel_text=self.tr("取消")))
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.accept)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.next_due.dateTimeChanged.connect(self._date_changed)
        if self.post_delivery:
            self.level.setEnabled(False)
            self.next_due.setEnabled(False)
            self.hint.setText(self.tr("交车回访完成后客户成为基盘客户，不再安排线索跟进"))
        else:
            self._level_changed()
        self.content.setFocus()
        self.resize(520, self.sizeHint().height())

    def chosen_level(self) -> str:
        return self.level.currentData() or self.lead.level

    def _level_changed(self, *_args) -> None:
        plan = leads.suggest_follow_up(self.ctx.actor, self.chosen_level(), self.now)
        self._suggested = plan.due_at if plan else None
        if plan:
            self.next_due.blockSignals(True)
            self.next_due.setDateTime(to_qdt(plan.due_at))
            self.next_due.blockSignals(False)
        self._show_hint()

    def _date_changed(self, *_args) -> None:
        self.next_msg.clear_message()
        self._show_hint()

    def edited_due(self) -> dt.datetime | None:
        """None while the consultant keeps the suggestion (the service then plans it itself)."""
        if self.post_delivery:
            return None
        value = from_qdt(self.next_due.dateTime())
        return None if value == self._suggested else value

    def _show_hint(self) -> None:
        plan = leads.suggest_follow_up(self.ctx.actor, self.chosen_level(), self.now, next_due=self.edited_due())
        if plan is None:
            self.hint.setText("")
            return
        self.hint.setText(self.tr("建议 {suggested}；逾期时间 {overdue}").format(
            suggested=fmt(self._suggested), overdue=plan.overdue_at.strftime("%Y-%m-%d %H:%M")))

    def accept(self) -> None:
        for msg in (self.content_msg, self.level_msg, self.next_msg):
            msg.clear_message()
        if ops.run(self, self.ctx, leads.log_follow_up, self.lead_id, self.channel.currentData(),
                   self.content.toPlainText(), self.result.text(), new_level=self.level.currentData() or None,
                   next_due=self.edited_due(), at=self.ctx.clock(),
                   errors={"content": self.content_msg, "level": self.level_msg, "next_due": self.next_msg,
                           "channel": self.level_msg}) is ops.FAILED:  # NotFound, Conflict...: one message box
            return
        super().accept()


def open_follow_up(ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> FollowUpDialog | None:
    """Open the dialog window-modal and return it (callers connect `accepted`); None after an error."""
    dialog = ops.call(parent, ctx, FollowUpDialog, ctx, lead_id, parent)
    if dialog is ops.FAILED:
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
