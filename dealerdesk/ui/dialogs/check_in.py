"""接车 dialog: check a car in from an appointment or as a walk-in and open its repair order.

A mileage below the vehicle's history comes back from the service as `LowerMileage`; the dialog asks the
advisor and retries with the confirmation, so a typo is caught but a replaced odometer is still accepted.
Declined extra work from earlier visits is shown, so the advisor can offer it again.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QSpinBox, QWidget)

from dealerdesk.domain import labels
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services import reception as rc
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.customer_picker import add_vehicles, customer_inputs, find_customers, set_customers
from dealerdesk.ui.widgets.forms import FieldErrors, button_box, stack
from dealerdesk.ui.widgets.messages import error_text


class CheckInDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 appointment: rc.AppointmentRow | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.order: rc.OrderDetail | None = None
        self.setWindowTitle(self.tr("接车"))
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.search, self.customer, self.vehicle = customer_inputs(
            self.tr("姓名、电话尾号、车牌…，回车查找"), self._find, self._load_vehicles)
        self.vehicle.currentIndexChanged.connect(self._show_advice)
        self.kind = QComboBox()
        for code, label in ui_labels.choices(labels.ORDER_SERVICE_KIND):
            self.kind.addItem(label, code)
        self.mileage = QSpinBox()
        self.mileage.setRange(0, 2_000_000)
        self.mileage.setSuffix(self.tr(" 公里"))
        self.fuel = QSpinBox()
        self.fuel.setRange(0, 100)
        self.fuel.setSingleStep(25)
        self.fuel.setValue(50)
        self.fuel.setSuffix("%")
        self.damage = QLineEdit()
        self.belongings = QLineEdit()
        self.complaint = QPlainTextEdit()
        self.complaint.setTabChangesFocus(True)
        self.complaint.setPlaceholderText(self.tr("客户原话，例如：刹车时有吱吱声"))
        self.complaint.setFixedHeight(60)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: #b26a00")
        if appointment is None:
            form.addRow(self.tr("查找客户"), self.search)
            self.errors.add_row(form, self.tr("客户"), self.customer, "customer")
        else:
            form.addRow(self.tr("预约"), QLabel(f"{appointment.start:%H:%M}  {appointment.customer_name}  "
                                                f"{appointment.requested_work}"))
        self.errors.add_row(form, self.tr("车辆"), self.vehicle, "vehicle")
        form.addRow(self.tr("服务类型"), self.kind)
        self.errors.add_row(form, self.tr("进厂里程"), self.mileage, "mileage_km")
        self.errors.add_row(form, self.tr("油量"), self.fuel, "fuel_level")
        form.addRow(self.tr("外观损伤"), self.damage)
        form.addRow(self.tr("随车物品"), self.belongings)
        form.addRow(self.tr("客户描述"), self.complaint)
        form.addRow("", self.advice)
        stack(self, form, button_box(self, self._save, ok_text=self.tr("接车并开工单")))
        if appointment is not None:
            self.customer.addItem(appointment.customer_name, appointment.customer_id)
            if appointment.vehicle_id is not None:
                self.vehicle.setCurrentIndex(max(self.vehicle.findData(appointment.vehicle_id), 0))
            self.mileage.setFocus()

    def _find(self) -> None:
        pairs = find_customers(self.ctx, self.search.text(), self.errors)  # a too-short text: said, not raised
        if pairs is not None:
            set_customers(self.customer, pairs)
            self.customer.setFocus()

    def _load_vehicles(self) -> None:
        self.vehicle.clear()
        add_vehicles(self.ctx, self.vehicle, self.customer.currentData())

    def _show_advice(self) -> None:
        vid = self.vehicle.currentData()
        rows = rc.vehicle_advice(self.ctx.actor, vid) if vid is not None else []
        self.advice.setText(self.tr("上次建议（客户未做）：{items}").format(
            items="、".join(dict.fromkeys(r.job for r in rows))) if rows else "")

    def _save(self, confirm_low_mileage: bool = False) -> None:
        self.errors.clear()
        if self.vehicle.currentData() is None:
            self.errors.labels["vehicle"].setText(self.tr("请选择车辆"))
            self.errors.labels["vehicle"].show()
            return
        data = rc.CheckInInput(customer_id=self.customer.currentData(), vehicle_id=self.vehicle.currentData(),
                               mileage_km=self.mileage.value(), fuel_level=self.fuel.value(),
                               damage=self.damage.text(), belongings=self.belongings.text(),
                               complaint=self.complaint.toPlainText(), service_kind=self.kind.currentData(),
                               appointment_id=self.appointment.id if self.appointment else None)
        order = ops.run(self, self.ctx, rc.check_in, data, now=self.ctx.clock(),
                        confirm_low_mileage=confirm_low_mileage, errors=self._show_error)
        if order is ops.FAILED:
            return
        self.order = order
        self.accept()

    def _show_error(self, exc: DealerDeskError) -> None:
        """A mileage below the last reading is asked about (Yes checks in anyway); the rest by field."""
        if isinstance(exc, rc.LowerMileage):
            answer = QMessageBox.question(self, self.tr("里程低于历史记录"), error_text(exc))
            if answer == QMessageBox.StandardButton.Yes:
                self._save(confirm_low_mileage=True)
                return
        self.errors.show(exc)
