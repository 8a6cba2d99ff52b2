"""Receive a complaint (投诉): customer, when and how it came in, category, content, owner.

The deadlines are not typed: they follow from the reception time and the store's settings, and are shown
once saved. Errors appear under the field they concern.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialog, QFormLayout, QPlainTextEdit, QWidget

from dealerdesk.services.aftersales import complaints as cs
from dealerdesk.services.auth import list_users
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.customer_picker import CustomerPicker
from dealerdesk.ui.widgets.forms import (Save, button_box, clear_messages, field_messages, message_rows,
                                         shown_under, stack)


def tr(text: str) -> str:
    return QCoreApplication.translate("complaint", text)


class ComplaintDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_row: cs.ComplaintRow | None = None
        self.setWindowTitle(tr("受理投诉"))
        self.customer = CustomerPicker(ctx, self, customer_id)
        self.received = QDateTimeEdit(QDateTime(ctx.clock()), self)
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.channel = QComboBox(self)
        for code, label in cs.CHANNELS.items():
            self.channel.addItem(QCoreApplication.translate("channels", label), code)
        self.category = QComboBox(self)
        for code, label in cs.CATEGORIES.items():
            self.category.addItem(QCoreApplication.translate("complaint_categories", label), code)
        self.content = QPlainTextEdit(self)
        self.content.setPlaceholderText(tr("客户原话与诉求"))
        self.owner = QComboBox(self)
        self.owner.addItem(tr("（本人）"), ctx.actor.id)
        for user in list_users(ctx.actor):
            if user.id != ctx.actor.id and user.role in ("service_advisor", "front_desk", "manager", "sales"):
                self.owner.addItem(user.display_name or user.login, user.id)
        self.messages = field_messages(self, "customer", "received_at", "content", "")
        form = QFormLayout()
        message_rows(form, ((tr("客户"), self.customer, "customer"), (tr("受理时间"), self.received, "received_at"),
                            (tr("受理渠道"), self.channel, ""), (tr("投诉类别"), self.category, ""),
                            (tr("投诉内容"), self.content, "content"), (tr("负责人"), self.owner, "")), self.messages)
        stack(self, form, self.messages[""], button_box(self, self.save, ok=Save))
        # a message goes as soon as its cause is fixed, not at the next save
        self.content.textChanged.connect(self.messages["content"].clear_message)
        self.received.dateTimeChanged.connect(self.messages["received_at"].clear_message)
        self.customer.hits.currentRowChanged.connect(self.messages["customer"].clear_message)
        self.resize(480, 560)

    def save(self) -> None:
        clear_messages(self.messages.values())
        cid = self.customer.required_id(self.messages["customer"])
        if cid is None:
            return
        data = cs.ComplaintInput(customer_id=cid, content=self.content.toPlainText(),
                                 channel=self.channel.currentData(), category=self.category.currentData(),
                                 owner_id=self.owner.currentData(),
                                 received_at=self.received.dateTime().toPython().replace(second=0, microsecond=0))
        row = ops.run(self, self.ctx, cs.create_complaint, data, now=self.ctx.clock(), errors=shown_under(self.messages))
        if row is ops.FAILED:
            return
        self.result_row = row
        self.accept()
