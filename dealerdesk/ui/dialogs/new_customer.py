"""New customer (Ctrl+N) with live duplicate detection while typing.

Why live: the clerk usually has the caller on the line; finding out *before* saving that the number already
belongs to a customer (maybe another consultant's: 撞单) saves a merge later and a quarrel between
consultants. Same phone → offer to open the existing profile; same name + phone tail, plate or VIN → warn.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from dealerdesk.services.aftersales.vehicles import VehicleInput, create_customer_with_vehicle
from dealerdesk.services.auth import list_users
from dealerdesk.services.customers import records as cs
from dealerdesk.services.customers.duplicates import DuplicateMatch
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.duplicate_panel import DuplicatePanel
from dealerdesk.ui.widgets.fields import PhoneEdit, VinEdit, name_edit, plate_edit

DEBOUNCE_MS = 250


class NewCustomerDialog(QDialog):
    """`NewCustomerDialog(ctx)`; after saving, `customer_id` is set and the profile is opened."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.setWindowTitle(self.tr("新建客户"))
        self.resize(560, 560)
        self.name = name_edit(self)
        self.phone = PhoneEdit(self, required=True, placeholder=self.tr("手机11位，座机加区号"))
        self.phone2 = PhoneEdit(self, placeholder=self.tr("可不填"))
        self.plate = plate_edit(self)
        self.vin = VinEdit(self)
        self.city = QLineEdit(self)
        self.city.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.source = QComboBox(self)
        for code, text in cs.SOURCES.items():
            self.source.addItem(QCoreApplication.translate("sources", text), code)
        self.source.setCurrentIndex(self.source.findData("walk_in"))
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("（无）"), None)
        for user in list_users(ctx.actor, role="sales"):
            self.owner.addItem(user.display_name or user.login, user.id)
        if ctx.actor.role == "sales":
            self.owner.setCurrentIndex(max(self.owner.findData(ctx.actor.id), 0))
        self.consent = QCheckBox(self.tr("同意接收联系（个人信息保护法）"), self)
        self.consent.setToolTip(self.tr("客户同意后才会有生日、节日问候和满意度回访提醒，并出现在营销名单中"))
        form = QFormLayout()
        for text, widget in ((self.tr("姓名"), self.name), (self.tr("电话"), self.phone),
                             (self.tr("备用电话"), self.phone2), (self.tr("车牌号"), self.plate),
                             (self.tr("车架号"), self.vin), (self.tr("城市"), self.city),
                             (self.tr("来源"), self.source), (self.tr("销售顾问"), self.owner),
                             ("", self.consent)):
            form.addRow(text, widget)
        hint = QLabel(self.tr("填写的车牌号、车架号用于查重，并登记为客户的车辆；其他车辆信息可点“车辆信息…”填写，"
                              "或保存后在档案的“车辆与服务”中补充。"), self)
        self.car: VehicleInput | None = None  # the car's other facts (车辆信息…), created with the customer
        self.car_button = QPushButton(self.tr("车辆信息…"), self)
        self.car_button.clicked.connect(self.edit_car)
        gate(self.car_button, ctx.actor, "service.write")
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#666;")
        self.duplicates = DuplicatePanel(self)
        self.dup_head, self.dup_list = self.duplicates.head, self.duplicates.list
        self.open_button = self.duplicates.open_button
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.car_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.duplicates)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_duplicates)
        for w in (self.name, self.phone, self.phone2, self.plate, self.vin):
            w.changed.connect(self.timer.start)
        self.owner.currentIndexChanged.connect(self.timer.start)
        self.duplicates.openRequested.connect(lambda _cid: self.open_existing())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ duplicates
    @property
    def matches(self) -> list[DuplicateMatch]:
        return self.duplicates.matches

    def refresh_duplicates(self) -> None:
        """Ask the service with whatever is typed so far (half-typed values are ignored there)."""
        self.duplicates.refresh(self.ctx.actor, self.name.text(), [self.phone.text(), self.phone2.text()],
                                [self.plate.text()], [self.vin.text()], owner_id=self.owner.currentData())

    def open_existing(self) -> None:
        customer_id = self.duplicates.current_id()
        if customer_id is None:
            return
        self.ctx.open_customer(customer_id)
        self.reject()

    # ------------------------------------------------------------------ the car
    def _car_input(self) -> VehicleInput:
        """The car as typed: plate and VIN from this dialog, the rest from 车辆信息… (if opened)."""
        car = VehicleInput(**self.car.__dict__) if self.car is not None else VehicleInput()
        car.plate, car.vin = self.plate.text(), self.vin.text()
        return car

    def edit_car(self) -> None:
        """车辆信息…: the vehicle dialog in collect mode; its plate and VIN come back into this dialog."""
        from dealerdesk.ui.dialogs.vehicle import VehicleDialog

        dialog = VehicleDialog(self.ctx, parent=self, collect=self._car_input())
        if dialog.exec() and dialog.collected is not None:
            self.car = dialog.collected
            self.plate.setText(self.car.plate)
            self.vin.setText(self.car.vin)
            self.timer.start()

    # ------------------------------------------------------------------ saving
    def confirm(self, text: str) -> bool:
        """Yes/No (tests replace this)."""
        return QMessageBox.question(self, self.tr("可能重复"), text, QMessageBox.StandardButton.Yes
                                    | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        checks = [w.check() for w in (self.name, self.phone, self.phone2, self.plate, self.vin)]
        if not all(checks):
            return
        warnings = self.phone.range_warnings() + self.phone2.range_warnings()
        if warnings and not self.confirm("\n".join(warnings) + "\n\n" + self.tr("确认号码无误，仍要保存吗？")):
            (self.phone if self.phone.range_warnings() else self.phone2).setFocus()
            return
        self.timer.stop()
        self.refresh_duplicates()
        if self.duplicates.has_phone_match() and not self.confirm(
                self.tr("这个电话已经属于已有客户，仍要新建一位客户吗？（建议打开已有档案）")):
            return
        data = cs.CustomerInput(name=self.name.text(), phones=[self.phone.text(), self.phone2.text()],
                                city=self.city.text(), source=self.source.currentData(),
                                owner_id=self.owner.currentData(), consent=self.consent.isChecked())
        car = self._car_input()  # kept as the customer's car
        created = ops.run(self, self.ctx, create_customer_with_vehicle, data, car, today=self.ctx.clock().date(),
                          errors={"name": self.name, "phone": self.phone, "plate": self.plate, "vin": self.vin},
                          title=self.tr("无法保存"))
        if created is ops.FAILED:
            return
        self.customer_id = created
        super().accept()
        self.ctx.open_customer(self.customer_id)
