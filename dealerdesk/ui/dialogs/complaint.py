"""Receive a complaint (投诉): customer, when and how it came in, category, content, owner.

The deadlines are not typed: they follow from the reception time and the store's settings, and are shown
once saved. Errors appear under the field they concern.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services.aftersales import complaints as cs
from dealerdesk.services.auth import list_users
from dealerdesk.services.search import search_customers
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.messages import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("complaint", text)


class CustomerPicker(QWidget):
    """A search line and its hits; `customer_id()` is the chosen one (or the preset)."""

    def __init__(self, ctx, parent: QWidget | None = None, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(tr("姓名、电话、车牌，回车查找"))
        self.line.returnPressed.connect(self.search)
        self.hits = QListWidget(self)
        self.hits.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.hits)
        self._preset = customer_id
        if customer_id is not None:
            self.line.hide()
            self.hits.hide()

    def search(self) -> None:
        self.hits.clear()
        for hit in search_customers(self.ctx.actor, self.line.text(), limit=20):
            item = QListWidgetItem(f"{hit.name}  {hit.matched_value}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def customer_id(self) -> int | None:
        if self._preset is not None:
            return self._preset
        item = self.hits.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


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
        self.messages = {k: FieldMessage(self) for k in ("customer", "received_at", "content", "")}
        form = QFormLayout()
        for label, widget, key in ((tr("客户"), self.customer, "customer"),
                                   (tr("受理时间"), self.received, "received_at"), (tr("受理渠道"), self.channel, ""),
                                   (tr("投诉类别"), self.category, ""), (tr("投诉内容"), self.content, "content"),
                                   (tr("负责人"), self.owner, "")):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if key:
                box.addWidget(self.messages[key])
            form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messages[""])
        layout.addWidget(buttons)
        self.resize(480, 560)

    def save(self) -> None:
        for message in self.messages.values():
            message.clear_message()
        cid = self.customer.customer_id()
        if cid is None:
            self.messages["customer"].show_error(tr("请先查找并选择客户"))
            return
        data = cs.ComplaintInput(customer_id=cid, content=self.content.toPlainText(),
                                 channel=self.channel.currentData(), category=self.category.currentData(),
                                 owner_id=self.owner.currentData(),
                                 received_at=self.received.dateTime().toPython().replace(second=0, microsecond=0))
        row = ops.run(self, self.ctx, cs.create_complaint, data, now=self.ctx.clock(), errors=self._show_error)
        if row is ops.FAILED:
            return
        self.result_row = row
        self.accept()

    def _show_error(self, exc: DealerDeskError) -> None:
        self.messages.get(exc.field or "", self.messages[""]).show_error(error_text(exc))
