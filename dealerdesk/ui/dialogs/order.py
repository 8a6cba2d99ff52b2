"""Order (下单, O) and cancellation (退订, T) dialogs; delivery (交车, D) with its checklist is in delivery.py."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLineEdit, QMessageBox,
                               QSpinBox, QWidget)

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.sales import leads
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.forms import button_box, message_below, stack
from dealerdesk.ui.widgets.lead_fields import bind_lead


class _LeadActionDialog(QDialog):
    """Form + OK/Cancel; `run()` calls the service, InvalidInput goes under the named field."""

    ok_text = QT_TRANSLATE_NOOP("order", "确定")

    def __init__(self, ctx: AppContext, lead_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind_lead(self, ctx, lead_id, f"{title} — {{name}}")
        self.form = QFormLayout()
        self.messages: dict[str, FieldMessage] = {}
        self.general = FieldMessage()
        stack(self, self.form, self.general, button_box(
            self, ok_text=QCoreApplication.translate("order", self.ok_text), cancel_text=self.tr("取消")))

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        if field:
            self.messages[field] = FieldMessage()
        message_below(self.form, label, widget, self.messages.get(field) if field else None)

    def run(self) -> None:
        raise NotImplementedError

    def done_message(self) -> None:
        """What to tell the person once `run()` succeeded (nothing by default)."""

    def accept(self) -> None:
        for msg in [*self.messages.values(), self.general]:
            msg.clear_message()
        if ops.call(self, self.ctx, self.run, errors={**self.messages, ops.INPUT: self.general}) is ops.FAILED:
            return
        self.done_message()
        super().accept()


def _payment_combo() -> QComboBox:
    combo = QComboBox()
    for code, label in leads.PAYMENT_INTENTS.items():
        if code:
            combo.addItem(QCoreApplication.translate("payment", label), code)
    return combo


class OrderDialog(_LeadActionDialog):
    ok_text = QT_TRANSLATE_NOOP("order", "确认下单")

    def __init__(self, ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, lead_id, self.tr("下单"), parent)
        self.model = QComboBox()
        self.model.addItem(self.tr("（意向车型）{name}").format(name=self.lead.model_name or "—"), None)
        self.prices: dict[int, int] = {}
        for mid, brand, name, price in leads.vehicle_models(ctx.actor):
            self.model.addItem(f"{brand} {name}", mid)
            self.prices[mid] = price
        self.price = QSpinBox()
        self.price.setRange(0, 99_999_999)
        self.price.setSingleStep(1000)
        self.price.setSuffix(self.tr(" 元"))
        self.price.setValue(self.prices.get(self.lead.model_id or 0, 0))
        self.payment = _payment_combo()
        if self.lead.payment_intent:
            self.payment.setCurrentIndex(max(self.payment.findData(self.lead.payment_intent), 0))
        self.model.currentIndexChanged.connect(
            lambda: self.price.setValue(self.prices.get(self.model.currentData() or 0, self.price.value())))
        self.add_row(self.tr("车型"), self.model, "model")
        self.add_row(self.tr("成交价"), self.price, "price")
        self.add_row(self.tr("付款方式"), self.payment, "payment_method")

    def run(self) -> None:
        leads.record_order(self.ctx.actor, self.lead_id, leads.OrderInput(
            model_id=self.model.currentData(), price=self.price.value(), payment_method=self.payment.currentData()),
            at=self.ctx.clock())


class CancelOrderDialog(_LeadActionDialog):
    ok_text = QT_TRANSLATE_NOOP("order", "确认退订")

    def __init__(self, ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, lead_id, self.tr("退订"), parent)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("退订原因，如：资金问题、改买他店"))
        self.add_row(self.tr("退订原因"), self.reason, "reason")

    def accept(self) -> None:
        if self.reason.text().strip() and QMessageBox.question(
                self, self.tr("退订"), self.tr("确认退订？订单将取消，线索转为 T 级。")) != QMessageBox.StandardButton.Yes:
            return
        super().accept()

    def run(self) -> None:
        leads.cancel_order(self.ctx.actor, self.lead_id, self.reason.text(), at=self.ctx.clock())
