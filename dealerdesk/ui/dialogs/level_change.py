"""Change a lead's level (调整级别): the new level and why; every change is kept and shown as history.

Why a reason is required: conversion analysis (and the manager's review) needs to know why a lead moved,
so the service refuses an empty reason and this dialog says so next to the field.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QListWidget, QWidget

from dealerdesk.services.sales import leads
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import fmt, level_text
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.forms import button_box, message_below, stack
from dealerdesk.ui.widgets.lead_fields import add_next_levels, bind_lead


class LevelChangeDialog(QDialog):
    def __init__(self, ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind_lead(self, ctx, lead_id, self.tr("调整级别 — {name}"))
        self.level = QComboBox()
        add_next_levels(self.level, self.lead.level)
        self.level_msg = FieldMessage()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("为什么调整，如：预算已确定、推迟到明年"))
        self.reason_msg = FieldMessage()
        self.history = QListWidget()
        for h in leads.lead_history(ctx.actor, lead_id):
            if h.kind == "level":
                self.history.addItem(self.tr("{at}  {frm} → {to}  {who}：{why}").format(
                    at=fmt(h.at), frm=h.from_level or "—", to=h.to_level, who=h.who, why=h.text))
        self.history.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(self.tr("当前级别"), QLabel(level_text(self.lead.level)))
        message_below(form, self.tr("新级别"), self.level, self.level_msg)
        message_below(form, self.tr("原因"), self.reason, self.reason_msg)
        form.addRow(self.tr("级别变化记录"), self.history)
        stack(self, form, button_box(self, ok_text=self.tr("确定"), cancel_text=self.tr("取消")))
        self.reason.setFocus()

    def accept(self) -> None:
        self.level_msg.clear_message()
        self.reason_msg.clear_message()
        if ops.run(self, self.ctx, leads.change_level, self.lead_id, self.level.currentData(), self.reason.text(),
                   at=self.ctx.clock(), errors={"reason": self.reason_msg, ops.INPUT: self.level_msg}) is ops.FAILED:
            return
        super().accept()
