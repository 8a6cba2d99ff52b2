"""交车: the delivery dialog — the car (VIN, plate, dates, mileage), the delivery checklist, the insurance
bought at delivery, and the printed 交车确认单.

Why the checklist is checkboxes in the dialog: the consultant ticks them with the customer beside the car
(Space ticks, Tab moves to the next); an item left unticked makes the reason required, and the error stays
under the reason only until it is written or the item ticked. The items come from
domain/delivery_checklist.py, as on the printout and in the service. The insurance fields can be filled
from code (`set_insurance`), so a deal sheet that sold the policy can prefill them.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QDateTimeEdit, QDialog, QDoubleSpinBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QSpinBox,
                               QVBoxLayout, QWidget)

from dealerdesk.domain import delivery_checklist as rules
from dealerdesk.domain import labels
from dealerdesk.services.sales import delivery, leads
from dealerdesk.services.sales.outcomes import DeliveryResult
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.vehicle import DateEdit
from dealerdesk.ui.format import from_qdt, to_qdt
from dealerdesk.ui.widgets.fields import FieldMessage, VinEdit, plate_edit
from dealerdesk.ui.widgets.forms import button_box, message_below, push_button
from dealerdesk.ui.widgets.lead_fields import bind_lead


def tr(text: str) -> str:
    return QCoreApplication.translate("delivery", text)


class DeliveryDialog(QDialog):
    """Deliver the lead's open order; `result` holds the DeliveryResult once confirmed."""

    def __init__(self, ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind_lead(self, ctx, lead_id, tr("交车 — {name}"))
        self.result: DeliveryResult | None = None
        self.general = FieldMessage()
        self.messages: dict[str, FieldMessage] = {}
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._car_box())
        left.addWidget(self._insurance_box())
        left.addStretch(1)
        columns.addLayout(left)
        columns.addWidget(self._checklist_box())
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general)
        buttons = button_box(self, ok_text=tr("确认交车"), cancel_text=tr("取消"))
        self.print_button = push_button(tr("打印交车确认单…"), self.print_sheet)
        buttons.addButton(self.print_button, buttons.ButtonRole.ActionRole)
        self.save_pdf_button = push_button(tr("另存为 PDF…"), self.save_pdf)
        buttons.addButton(self.save_pdf_button, buttons.ButtonRole.ActionRole)
        for button in (self.print_button, self.save_pdf_button, self.all_done):  # Enter confirms the delivery wherever the focus is
            button.setAutoDefault(False)
        self.ok_button = buttons.button(buttons.StandardButton.Ok)
        layout.addWidget(buttons)
        self._prefill_from_deal(ctx, lead_id)
        self.vin.setFocus()

    def _prefill_from_deal(self, ctx: AppContext, lead_id: int) -> None:
        """The order's deal sheet (订车单) already holds the allocated VIN, the colour and the insurance sold
        with the car: the delivery starts from them."""
        from dealerdesk.services.sales import deals

        order_id = deals.open_order_of_lead(ctx.actor, lead_id)
        if order_id is None:
            return
        deal = deals.get_deal(ctx.actor, order_id).deal  # one read: the sheet holds the insurance part too
        if deal.vin and not self.vin.text():
            self.vin.setText(deal.vin)
        if deal.colour and not self.colour.text():
            self.colour.setText(deal.colour)
        if deal.insured:
            self.set_insurance(deal.insurer, deal.compulsory_premium, deal.commercial_premium, deal.insurance_cover,
                               deal.insurance_start)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ok_button.setDefault(True)  # Enter confirms, also when the focus is on a checklist item

    # --- the parts --------------------------------------------------------------------------------------

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str | None = None) -> None:
        if field:
            self.messages[field] = FieldMessage()
        message_below(form, label, widget, self.messages.get(field) if field else None)

    def _car_box(self) -> QGroupBox:
        box = QGroupBox(tr("车辆"))
        form = QFormLayout(box)
        self.vin = VinEdit(required=True)
        self.plate = plate_edit()
        self.colour = QLineEdit(self.lead.colour)
        self.delivered_at = QDateTimeEdit(to_qdt(self.ctx.clock()))
        self.delivered_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.delivered_at.setCalendarPopup(True)
        self.registered_on = DateEdit()
        self.mileage = QSpinBox()
        self.mileage.setRange(0, 99_999)
        self.mileage.setSuffix(tr(" 公里"))
        self._row(form, tr("车架号"), self.vin)
        self._row(form, tr("车牌号"), self.plate)
        self._row(form, tr("颜色"), self.colour)
        self._row(form, tr("交车时间"), self.delivered_at, "delivered_at")
        self._row(form, tr("上牌日期"), self.registered_on, "registration_date")
        self._row(form, tr("交车里程"), self.mileage, "mileage_km")
        self.messages.update(vin=self.vin.message, plate=self.plate.message)  # service errors under the field
        return box

    def _checklist_box(self) -> QGroupBox:
        box = QGroupBox(tr("交车确认"))
        grid = QGridLayout(box)
        self.items: dict[str, QCheckBox] = {}
        for row, code in enumerate(rules.ITEMS):
            check = QCheckBox(ui_labels.text(labels.DELIVERY_ITEM, code))
            check.toggled.connect(self._checklist_changed)
            self.items[code] = check
            grid.addWidget(check, row, 0)
        self.keys = QSpinBox()
        self.keys.setRange(0, 9)
        self.keys.setValue(rules.DEFAULT_KEYS)
        self.keys.setSuffix(tr(" 把"))
        self.keys.setAccessibleName(tr("钥匙数量"))
        grid.addWidget(self.keys, rules.ITEMS.index(rules.KEYS), 1)
        after = rules.ITEMS.index(rules.KEYS) + 1  # Tab: the keys' box, its count, then the next item
        QWidget.setTabOrder(self.items[rules.KEYS], self.keys)
        if after < len(rules.ITEMS):
            QWidget.setTabOrder(self.keys, self.items[rules.ITEMS[after]])
        self.messages["keys"] = FieldMessage()
        grid.addWidget(self.messages["keys"], rules.ITEMS.index(rules.KEYS) + 1, 1)
        self.all_done = push_button(tr("全部勾选"), lambda: [c.setChecked(True) for c in self.items.values()])
        grid.addWidget(self.all_done, len(rules.ITEMS), 0)
        self.reason_label = QLabel(tr("未完成原因"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("如：手册缺货，下周寄送"))
        self.reason.textChanged.connect(self._checklist_changed)
        self.reason_label.setBuddy(self.reason)
        self.messages["checklist_reason"] = FieldMessage()
        self.messages["checklist"] = self.messages["checklist_reason"]
        grid.addWidget(self.reason_label, len(rules.ITEMS) + 1, 0, 1, 2)
        grid.addWidget(self.reason, len(rules.ITEMS) + 2, 0, 1, 2)
        grid.addWidget(self.messages["checklist_reason"], len(rules.ITEMS) + 3, 0, 1, 2)
        grid.setRowStretch(len(rules.ITEMS) + 4, 1)
        self._checklist_changed()
        return box

    def _insurance_box(self) -> QGroupBox:
        self.insurance = QGroupBox(tr("随车投保（在本店购买保险时勾选）"))
        self.insurance.setCheckable(True)
        self.insurance.setChecked(False)
        form = QFormLayout(self.insurance)
        self.insurer = QLineEdit()
        self.insurer.setPlaceholderText(tr("如：人保财险"))
        self.compulsory = QDoubleSpinBox()
        self.commercial = QDoubleSpinBox()
        for spin in (self.compulsory, self.commercial):
            spin.setRange(0, 999_999)
            spin.setDecimals(2)
            spin.setSuffix(tr(" 元"))
        self.cover = QLineEdit()
        self.cover.setPlaceholderText(tr("如：车损险、三者险 200 万"))
        self.insurance_start = DateEdit()
        self.insurance_start.edit.setPlaceholderText(tr("不填为交车当天"))
        self._row(form, tr("保险公司"), self.insurer, "insurer")
        self._row(form, tr("交强险保费"), self.compulsory, "compulsory_premium")
        self._row(form, tr("商业险保费"), self.commercial, "commercial_premium")
        self._row(form, tr("商业险险种"), self.cover)
        self._row(form, tr("起保日期"), self.insurance_start)
        return self.insurance

    # --- state ------------------------------------------------------------------------------------------

    def missing(self) -> list[str]:
        return [code for code, check in self.items.items() if not check.isChecked()]

    def _checklist_changed(self) -> None:
        """The reason is required (bold label) while an item is unticked; its error goes once fixed."""
        required = bool(self.missing())
        font = self.reason_label.font()
        font.setBold(required)
        self.reason_label.setFont(font)
        self.reason_label.setText(tr("未完成原因（必填）") if required else tr("未完成原因"))
        if not required or self.reason.text().strip():
            self.messages["checklist_reason"].clear_message()
        if self.items[rules.KEYS].isChecked() and self.keys.value() < 1:
            self.keys.setValue(1)

    def set_insurance(self, insurer: str, compulsory_premium: float = 0, commercial_premium: float = 0,
                      cover: str = "", start: dt.date | None = None) -> None:
        """Fill the insurance part from code (a deal sheet that sold the policy) and tick it."""
        self.insurance.setChecked(True)
        self.insurer.setText(insurer)
        self.compulsory.setValue(float(compulsory_premium or 0))
        self.commercial.setValue(float(commercial_premium or 0))
        self.cover.setText(cover)
        self.insurance_start.set_date(start)

    def input(self) -> delivery.DeliveryInput:
        checklist = delivery.DeliveryChecklist(
            done=frozenset(code for code, check in self.items.items() if check.isChecked()),
            keys=self.keys.value(), reason=self.reason.text())
        insurance = None
        if self.insurance.isChecked():
            insurance = delivery.DeliveryInsurance(
                insurer=self.insurer.text(), compulsory_premium=f"{self.compulsory.value():.2f}",
                commercial_premium=f"{self.commercial.value():.2f}", cover=self.cover.text(),
                start=self.insurance_start.date())
        return delivery.DeliveryInput(
            vin=self.vin.text(), plate=self.plate.text(), colour=self.colour.text(),
            delivered_at=from_qdt(self.delivered_at.dateTime()), registration_date=self.registered_on.date(),
            mileage_km=self.mileage.value(), checklist=checklist, insurance=insurance)

    # --- actions ----------------------------------------------------------------------------------------

    def accept(self) -> None:
        for msg in [*self.messages.values(), self.general]:
            msg.clear_message()
        if not (self.vin.check() & self.plate.check() & self.registered_on.check()
                & self.insurance_start.check()):
            return
        result = ops.call(self, self.ctx, leads.record_delivery, self.ctx.actor, self.lead_id, self.input(),
                          at=self.ctx.clock(), errors={**self.messages, ops.INPUT: self.general})
        if result is ops.FAILED:
            return
        self.result = result
        QMessageBox.information(self, tr("交车完成"), tr(
            "已登记车辆并转为基盘客户。交车回访应在 {due} 前完成。").format(
            due=result.call_overdue_at.strftime("%m-%d %H:%M")))
        super().accept()

    def print_sheet(self, accept=None) -> int:
        """打印交车确认单: the sheet from what is filled in, for the customer to sign before the delivery is
        confirmed, through the system print dialog (or `accept`); the pages printed, 0 when cancelled."""
        from dealerdesk.ui import printing

        with tempfile.TemporaryDirectory(prefix="dealerdesk-print-") as tmp:
            pdf = self.write_sheet(Path(tmp) / self.pdf_name())
            return 0 if pdf is None else printing.print_pdf(pdf, self, accept=accept)

    def save_pdf(self) -> Path | None:
        """另存为 PDF: the 交车确认单 written where the person says (Documents first)."""
        from dealerdesk.ui import printing

        path = printing.ask_pdf_path(self, tr("保存交车确认单 PDF"), self.pdf_name())
        return None if path is None else self.write_sheet(path)

    def pdf_name(self) -> str:
        return tr("交车确认单-{name}.pdf").format(name=self.lead.customer_name)

    def write_sheet(self, path: Path) -> Path | None:
        from dealerdesk.reports.delivery_sheet import write_delivery_sheet
        from dealerdesk.reports.layout import store_header
        from dealerdesk.services.store_profile import get_profile

        sheet = ops.call(self, self.ctx, delivery.preview_sheet, self.ctx.actor, self.lead_id, self.input())
        if sheet is ops.FAILED:
            return None
        write_delivery_sheet(str(path), sheet, **store_header(get_profile()), printed_at=self.ctx.clock())
        return path
