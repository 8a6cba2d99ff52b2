"""接车 dialog: check any car in — from an appointment, a car in the store, or a car and owner the store has
never seen (typed here, created with the order in one transaction) — and open its repair order.

The service advisor is asked (default: the user when an advisor, the appointment's advisor when booked).
The mileage starts from the vehicle's last reading; a lower value is said next to the field while it is
lower (no popup eating the keys typed meanwhile), and "读数无误" confirms a replaced odometer. Declined extra
work from earlier visits is shown, so the advisor can offer it again.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QPlainTextEdit, QSpinBox, QWidget)

from dealerdesk.domain import labels
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services import reception as rc
from dealerdesk.services.sales.leads import vehicle_models
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.customer_picker import add_vehicles, customer_inputs, find_customers, set_customers
from dealerdesk.ui.widgets.forms import FieldErrors, button_box, stack
from dealerdesk.ui.widgets.messages import error_text

WARN_STYLE = "color: #b26a00"


class CheckInDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 appointment: rc.AppointmentRow | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.order: rc.OrderDetail | None = None
        self.last: rc.LastMileage | None = None
        self.setWindowTitle(self.tr("接车"))
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.search, self.customer, self.vehicle = customer_inputs(
            self.tr("车牌、车架号后 6 位、电话或姓名，回车查找"), self._find, self._load_vehicles)
        self.vehicle.currentIndexChanged.connect(self._vehicle_changed)
        self.search.installEventFilter(self)

        # a car and owner not in the store
        self.new_owner = QCheckBox(self.tr("车主不在系统里：新登记"))
        self.new_car = QCheckBox(self.tr("车辆不在系统里：新登记（外店购车等）"))
        self.new_name, self.new_phone = QLineEdit(), QLineEdit()
        self.new_name.setPlaceholderText(self.tr("车主姓名"))
        self.new_phone.setPlaceholderText(self.tr("手机或座机"))
        self.new_plate, self.new_vin = QLineEdit(), QLineEdit()
        self.new_plate.setPlaceholderText(self.tr("例如 粤B12345 或新能源 粤BD12345"))
        self.new_vin.setPlaceholderText(self.tr("17 位车架号（可不填）"))
        self.new_model = QComboBox()
        self.new_model.setEditable(True)  # the catalogue, or free text for other brands
        self.new_model.addItem("", None)
        for mid, brand, name, _price in vehicle_models(ctx.actor):
            self.new_model.addItem(f"{brand} {name}", mid)
        self.new_model.setCurrentIndex(0)
        self.new_model.lineEdit().setPlaceholderText(self.tr("从车型目录选择，或直接输入其他品牌车型"))
        self.allow_duplicate = QCheckBox(self.tr("不是同一人，仍然新建"))
        self.allow_duplicate.hide()
        self.new_box = QGroupBox(self.tr("新登记"))
        nf = QFormLayout(self.new_box)
        self.errors.add_row(nf, self.tr("车主姓名"), self.new_name, "name")
        nf.addRow("", self.allow_duplicate)
        self.errors.add_row(nf, self.tr("电话"), self.new_phone, "phone")
        self.errors.add_row(nf, self.tr("车牌"), self.new_plate, "plate")
        self.errors.add_row(nf, self.tr("车架号"), self.new_vin, "vin")
        nf.addRow(self.tr("车型"), self.new_model)
        self.new_owner.toggled.connect(self._new_toggled)
        self.new_car.toggled.connect(self._new_toggled)

        self.advisor = QComboBox()
        for adv in rc.list_advisors(ctx.actor):
            self.advisor.addItem(adv.name, adv.id)
        wanted = appointment.advisor_id if appointment is not None and appointment.advisor_id else ctx.actor.id
        self.advisor.setCurrentIndex(self.advisor.findData(wanted))  # -1 (none) when the user is no advisor
        self.kind = QComboBox()
        for code, label in ui_labels.choices(labels.ORDER_SERVICE_KIND):
            self.kind.addItem(label, code)
        self.mileage = QSpinBox()
        self.mileage.setRange(0, 2_000_000)
        self.mileage.setSingleStep(100)
        self.mileage.setGroupSeparatorShown(True)
        self.mileage.setSuffix(self.tr(" 公里"))
        self.mileage.valueChanged.connect(self._check_mileage)
        self.mileage_note = QLabel()  # the last reading, or the warning while the value is below it
        self.mileage_note.setWordWrap(True)
        self.mileage_ok = QCheckBox(self.tr("读数无误（仪表已更换或上次记错）"))
        self.mileage_ok.hide()
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
        self.advice.setStyleSheet(WARN_STYLE)
        if appointment is None:
            form.addRow(self.tr("查找车辆"), self.search)
            self.errors.add_row(form, self.tr("客户"), self.customer, "customer")
        else:
            form.addRow(self.tr("预约"), QLabel(f"{appointment.start:%H:%M}  {appointment.customer_name}  "
                                                f"{appointment.requested_work}"))
        self.errors.add_row(form, self.tr("车辆"), self.vehicle, "vehicle")
        self.member = QLabel()  # 会员等级与权益 (services/loyalty): the advisor offers what the tier brings
        self.member.setWordWrap(True)
        form.addRow(self.tr("会员"), self.member)
        if appointment is None:
            form.addRow("", self.new_owner)
        form.addRow("", self.new_car)
        form.addRow(self.new_box)
        self.errors.add_row(form, self.tr("服务顾问"), self.advisor, "advisor")
        form.addRow(self.tr("服务类型"), self.kind)
        self.errors.add_row(form, self.tr("进厂里程"), self.mileage, "mileage_km")
        form.addRow("", self.mileage_note)
        form.addRow("", self.mileage_ok)
        self.errors.add_row(form, self.tr("油量"), self.fuel, "fuel_level")
        form.addRow(self.tr("外观损伤"), self.damage)
        form.addRow(self.tr("随车物品"), self.belongings)
        form.addRow(self.tr("客户描述"), self.complaint)
        form.addRow("", self.advice)
        stack(self, form, button_box(self, self._save, ok_text=self.tr("接车并开工单")))
        self._new_toggled()
        if appointment is not None:
            self.customer.addItem(appointment.customer_name, appointment.customer_id)
            if appointment.vehicle_id is not None:
                self.vehicle.setCurrentIndex(max(self.vehicle.findData(appointment.vehicle_id), 0))
            self.mileage.setFocus()

    def eventFilter(self, watched, event) -> bool:
        """Enter in the search line searches, and only that: it must not also press 接车并开工单 (the
        dialog's default button), which would check the found car in before anything else is typed."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._find()
            return True
        return super().eventFilter(watched, event)

    # --- finding the car ---------------------------------------------------------------------------
    def _find(self) -> None:
        pairs = find_customers(self.ctx, self.search.text(), self.errors)  # a too-short text: said, not raised
        if pairs is not None:
            set_customers(self.customer, pairs)
            if not pairs:
                self.errors.labels["customer"].setText(self.tr("没有找到；车主和车辆不在系统里时，勾选下面的“新登记”"))
                self.errors.labels["customer"].show()
            self.customer.setFocus()

    def _load_vehicles(self) -> None:
        self.vehicle.clear()
        add_vehicles(self.ctx, self.vehicle, self.customer.currentData())

    def _new_toggled(self) -> None:
        """A new owner has no car in the store yet, so a new owner means a new car too."""
        if self.new_owner.isChecked() and not self.new_car.isChecked():
            self.new_car.setChecked(True)  # re-enters here
            return
        self.new_car.setEnabled(not self.new_owner.isChecked())
        self.new_box.setVisible(self.new_car.isChecked())
        for w in (self.new_name, self.new_phone):
            w.setEnabled(self.new_owner.isChecked())
        self.search.setEnabled(not self.new_owner.isChecked())
        self.customer.setEnabled(not self.new_owner.isChecked())
        self.vehicle.setEnabled(not self.new_car.isChecked())
        self._vehicle_changed()
        self.adjustSize()

    def _vehicle_changed(self) -> None:
        vid = None if self.new_car.isChecked() else self.vehicle.currentData()
        rows = rc.vehicle_advice(self.ctx.actor, vid) if vid is not None else []
        self.advice.setText(self.tr("上次建议（客户未做）：{items}").format(
            items="、".join(dict.fromkeys(r.job for r in rows))) if rows else "")
        self._show_member()
        self.last = rc.last_mileage(self.ctx.actor, vid, self.ctx.clock().date()) if vid is not None else None
        self.mileage.setValue(self.last.km if self.last else 0)
        self._check_mileage()

    def _show_member(self) -> None:
        from dealerdesk.services import loyalty
        from dealerdesk.ui.dialogs.profile_points import member_line

        cid = None if self.new_owner.isChecked() else self.customer.currentData()
        if cid is None or not self.ctx.actor.can("points.read"):
            self.member.setText("—")
            return
        self.member.setText(member_line(self, loyalty.member_status(self.ctx.actor, cid,
                                                                    today=self.ctx.clock().date())))

    def _check_mileage(self) -> None:
        """Below the last reading: a warning next to the field while it is below, and the confirmation box."""
        last = self.last
        if last is None or not last.km:
            self.mileage_note.setText("")
            self.mileage_ok.hide()
            return
        when = f"（{last.on:%Y-%m-%d}）" if last.on else ""
        if self.mileage.value() < last.km:
            self.mileage_note.setStyleSheet(WARN_STYLE)
            self.mileage_note.setText(self.tr("低于上次记录的 {km:,} 公里{when}，请核对").format(km=last.km, when=when))
            self.mileage_ok.show()
        else:
            self.mileage_note.setStyleSheet("color: #666")
            self.mileage_note.setText(self.tr("上次记录 {km:,} 公里{when}").format(km=last.km, when=when))
            self.mileage_ok.setChecked(False)
            self.mileage_ok.hide()
            if "mileage_km" in self.errors.labels:
                self.errors.labels["mileage_km"].hide()

    # --- saving ------------------------------------------------------------------------------------
    def _missing(self, field: str, text: str) -> None:
        self.errors.labels[field].setText(text)
        self.errors.labels[field].show()

    def _save(self) -> None:
        self.errors.clear()
        new_car = self.new_car.isChecked()
        new_owner = self.new_owner.isChecked()
        if not new_car and self.vehicle.currentData() is None:
            self._missing("vehicle", self.tr("请选择车辆，或勾选“车辆不在系统里”新登记"))
            return
        if self.advisor.currentData() is None:
            self._missing("advisor", self.tr("请选择服务顾问"))
            return
        model_text = self.new_model.currentText().strip()
        model_id = self.new_model.currentData() if self.new_model.findText(model_text) >= 0 and model_text else None
        data = rc.CheckInInput(customer_id=None if new_owner else self.customer.currentData(),
                               vehicle_id=None if new_car else self.vehicle.currentData(),
                               mileage_km=self.mileage.value(), fuel_level=self.fuel.value(),
                               damage=self.damage.text(), belongings=self.belongings.text(),
                               complaint=self.complaint.toPlainText(), service_kind=self.kind.currentData(),
                               appointment_id=self.appointment.id if self.appointment else None,
                               advisor_id=self.advisor.currentData())
        order = ops.run(self, self.ctx, rc.check_in, data, now=self.ctx.clock(),
                        confirm_low_mileage=self.mileage_ok.isVisible() and self.mileage_ok.isChecked(),
                        new_customer=rc.NewCustomer(self.new_name.text(), self.new_phone.text()) if new_owner else None,
                        new_vehicle=rc.NewVehicle(self.new_plate.text(), self.new_vin.text(), model_id,
                                                  "" if model_id else model_text) if new_car else None,
                        allow_duplicate=self.allow_duplicate.isChecked(), errors=self._show_error)
        if order is ops.FAILED:
            return
        self.order = order
        self.accept()

    def _show_error(self, exc: DealerDeskError) -> None:
        """By field. A possible duplicate owner is listed in the customer box to pick instead, and can be
        overridden with "不是同一人"."""
        if isinstance(exc, rc.PossibleDuplicate):
            self.allow_duplicate.show()
            self.errors.labels["name"].setText(
                error_text(exc) + self.tr("。可取消“新登记”并在上方客户框选择已有客户"))
            self.errors.labels["name"].show()
            set_customers(self.customer, [(m.customer_id, m.name) for m in exc.matches])
            return
        if isinstance(exc, rc.LowerMileage):
            self.mileage_ok.show()
        self.errors.show(exc)
