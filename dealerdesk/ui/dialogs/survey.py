"""Record a satisfaction survey (满意度调查): five-level ratings, repurchase, recommend, comments, channel.

Why radio-like combos with an empty first entry: only the overall rating is required; an unanswered
question stays empty instead of being recorded as a made-up middle value.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QPlainTextEdit, QWidget

from dealerdesk.services.aftersales import surveys as sv
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.customer_picker import CustomerPicker
from dealerdesk.ui.widgets.forms import (Save, button_box, clear_messages, field_messages, message_rows,
                                         shown_under, stack)


def tr(text: str) -> str:
    return QCoreApplication.translate("survey", text)


class SurveyDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, customer_id: int | None = None,
                 service_record_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service_record_id = service_record_id
        self.result_row: sv.SurveyRow | None = None
        self.setWindowTitle(tr("满意度调查"))
        self.customer = CustomerPicker(ctx, self, customer_id)
        self.combos: dict[str, QComboBox] = {}
        self.messages = field_messages(self, "customer", "overall", "")
        form = QFormLayout()
        message_rows(form, [(tr("客户"), self.customer, "customer")], self.messages)
        for name, options in (("overall", sv.LEVELS), ("product_quality", sv.LEVELS),
                              ("service_attitude", sv.LEVELS), ("after_sales", sv.LEVELS),
                              ("repurchase", sv.REPURCHASE), ("recommend", sv.RECOMMEND), ("channel", sv.CHANNELS)):
            combo = QComboBox(self)
            if name != "channel":
                combo.addItem(tr("（未回答）") if name != "overall" else tr("请选择"), "")
            for code, label in options.items():
                combo.addItem(tr(label), code)
            self.combos[name] = combo
            message_rows(form, [(tr(sv.SURVEY_FIELD_LABELS[name]), combo, "overall" if name == "overall" else "")],
                         self.messages)
        self.comments = QPlainTextEdit(self)
        self.comments.setPlaceholderText(tr("客户意见与建议"))
        form.addRow(tr("意见"), self.comments)
        stack(self, form, self.messages[""], button_box(self, self.save, ok=Save))

    def save(self) -> None:
        clear_messages(self.messages.values())
        cid = self.customer.required_id(self.messages["customer"])
        if cid is None:
            return
        values = {name: combo.currentData() for name, combo in self.combos.items()}
        data = sv.SurveyInput(customer_id=cid, comments=self.comments.toPlainText(),
                              service_record_id=self.service_record_id, **values)
        row = ops.run(self, self.ctx, sv.record_survey, data, now=self.ctx.clock(), errors=shown_under(self.messages))
        if row is ops.FAILED:
            return
        self.result_row = row
        self.accept()
