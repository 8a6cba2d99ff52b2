"""Vehicle dialog (new / edit) and the insurance renewal dialog, for the service counter.

Why one form with every fact: the reminders (maintenance, insurance, inspection) are planned from these
dates, and a walk-in's car is usually typed in at the counter from the 行驶证 and the insurance slip. The VIN
check digit and a plate a traffic office would not issue are *warnings* the person can accept (Chinese VINs
usually carry the digit, but not always); what the domain refuses is shown under its field. The next annual
inspection is shown as computed from the rules and can be set by hand (a car inspected late, an exemption).
Saving an edit uses the version read when the dialog opened, so a change made meanwhile is not overwritten.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QRadioButton, QSpinBox, QWidget)

from dealerdesk.domain import labels, parse, validate
from dealerdesk.domain import vehicle_facts as facts
from dealerdesk.domain.errors import InvalidInput, VersionConflict
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.aftersales import insurance as ins
from dealerdesk.services.aftersales import vehicles as vs
from dealerdesk.services.sales.leads import vehicle_models
from dealerdesk.services import catalogue
from dealerdesk.services.settings import get_settings
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.fields import FieldMessage, ValidatedLineEdit, VinEdit
from dealerdesk.ui.widgets.forms import Save, button_box, stack
from dealerdesk.ui.widgets.messages import error_text

#: insurers a clerk picks from (free text allowed for any other)
INSURERS = (QT_TRANSLATE_NOOP("vehicle", "中国人保"), QT_TRANSLATE_NOOP("vehicle", "平安保险"),
            QT_TRANSLATE_NOOP("vehicle", "太平洋保险"), QT_TRANSLATE_NOOP("vehicle", "中华联合"),
            QT_TRANSLATE_NOOP("vehicle", "大地保险"), QT_TRANSLATE_NOOP("vehicle", "阳光保险"),
            QT_TRANSLATE_NOOP("vehicle", "国寿财险"))


def tr(text: str) -> str:
    return QCoreApplication.translate("vehicle", text)


def normalize_date(text: str) -> str:
    """A typed date in normal form (2026-06-01); the forms a clerk types (2026/6/1, 2026年6月1日, 20260601)."""
    if re.fullmatch(r"\d{1,5}", text.strip()):  # a bare small number is not a date a person means
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "日期应写成 2026-06-01 这样的格式（输入的是 {value}）"),
                           field="date", value=text)
    value = parse.parse_date(text)
    return value.isoformat() if value else ""


class DateEdit(ValidatedLineEdit):
    """An optional date typed as text (empty: not known), checked when the field is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(normalize_date, parent, placeholder=tr("如 2026-06-01，可不填"))
        self.edit.setMaximumWidth(170)

    def date(self) -> dt.date | None:
        value = self.value()
        return dt.date.fromisoformat(value) if value else None

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")


class PlateEdit(ValidatedLineEdit):
    """The plate with the structure check (domain) and a warning for a plate no traffic office issues or one
    that does not match the energy (green 8-character plate on a fuel car)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(validate.normalize_plate, parent, upper=True,
                         placeholder=tr("如 粤B12345，新能源 粤BD12345"))
        self.energy = lambda: "fuel"

    def warn(self) -> None:
        plate = self.value()
        if not plate or plate.startswith("使"):
            return
        if not facts.plate_is_issuable(plate):
            self.message.show_warning(tr("车牌后五位最多两个字母，请核对行驶证（仍可保存）"))
        elif facts.plate_energy_mismatch(plate, self.energy()):
            self.message.show_warning(tr("8位车牌是新能源车牌，与所选能源类型不符，请核对（仍可保存）")
                                      if facts.is_new_energy_plate(plate) else
                                      tr("新能源车一般是8位绿牌，请核对车牌或能源类型（仍可保存）"))


class VehicleDialog(QDialog):
    """`VehicleDialog(ctx, customer_id=…)` adds a car to a customer; `VehicleDialog(ctx, card=…)` edits one.
    After saving, `result_card` holds the saved VehicleCard."""

    def __init__(self, ctx, customer_id: int | None = None, card: vs.VehicleCard | None = None,
                 parent: QWidget | None = None, collect: vs.VehicleInput | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card = card
        #: collect mode (the new-customer dialog): nothing is saved here, `collected` holds what was typed and
        #: the customer and the car are created together when the customer is saved
        self.collect = collect is not None
        self.collected: vs.VehicleInput | None = collect
        self.customer_id = card.owner_id if card else customer_id
        self.result_card: vs.VehicleCard | None = None
        self.version = card.version if card else None  # the version this window shows (optimistic locking)
        self.today = ctx.clock().date()
        self.setWindowTitle(tr("编辑车辆") if card else tr("新增车辆"))
        self.setMinimumWidth(820)
        self._build()
        if card is not None:
            self._load(card)
        elif collect is not None:
            self._load_input(collect)
        if self.collect:
            self.buttons.button(Save).setText(tr("确定"))
        self._update_inspection()

    def _model_picked(self, _index: int) -> None:
        model_id = self.model.currentData()
        if model_id is not None:
            energy = "nev" if model_id in self.nev_models else "fuel"
            self.energy.setCurrentIndex(self.energy.findData(energy))

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.plate = PlateEdit(self)
        self.vin = VinEdit(self)
        self.model = QComboBox(self)
        self.model.setEditable(True)
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model.lineEdit().setPlaceholderText(tr("从车型目录选择，其他品牌直接输入"))
        self.model.addItem("", None)
        for model_id, brand, name, _price in vehicle_models(self.ctx.actor):
            self.model.addItem(f"{brand} {name}".strip(), model_id)
        self.model.setCurrentIndex(0)
        # the catalogue's fuel decides the energy (green plates) when a model is picked (issue 20)
        self.nev_models = {m.id for m in catalogue.list_models(self.ctx.actor) if m.new_energy}
        self.model.activated.connect(self._model_picked)
        self.colour = QLineEdit(self)
        self.colour.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.energy = QComboBox(self)
        for code, text in ui_labels.choices(labels.VEHICLE_ENERGY):
            self.energy.addItem(text, code)
        self.plate.energy = lambda: self.energy.currentData()
        self.use = QComboBox(self)
        for code, text in ui_labels.choices(labels.VEHICLE_USE):
            self.use.addItem(text, code)
        self.seats = QSpinBox(self)
        self.seats.setRange(1, 60)
        self.seats.setValue(5)
        self.purchase_date = DateEdit(self)
        self.bought_here = QRadioButton(tr("本店购买"), self)
        self.bought_elsewhere = QRadioButton(tr("外店购买"), self)
        self.bought_group = QButtonGroup(self)
        self.bought_group.addButton(self.bought_here)
        self.bought_group.addButton(self.bought_elsewhere)
        self.bought_elsewhere.setChecked(True)
        self.bought_where = QLineEdit(self)
        self.bought_where.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.bought_where.setPlaceholderText(tr("在哪里买的，可不填"))
        self.delivered_on = DateEdit(self)
        self.registration_date = DateEdit(self)
        self.mileage = QSpinBox(self)
        self.mileage.setRange(0, 2_000_000)
        self.mileage.setSingleStep(100)
        self.mileage.setSuffix(tr(" 公里"))
        self.mileage_date = DateEdit(self)
        self.compulsory = DateEdit(self)
        self.commercial = DateEdit(self)
        self.insurer = QComboBox(self)
        self.insurer.setEditable(True)
        self.insurer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.insurer.addItem("")
        for name in INSURERS:
            self.insurer.addItem(tr(name))
        self.insurer.lineEdit().setPlaceholderText(tr("选择或输入保险公司"))
        self.inspection_rule = QLabel(self)
        self.inspection_rule.setStyleSheet("color:#555;")
        self.inspection_manual = QCheckBox(tr("手工设定下次年检"), self)
        self.next_inspection = DateEdit(self)
        self.next_inspection.setEnabled(False)
        self.general = FieldMessage(self)
        self.messages = {"plate": self.plate, "vin": self.vin, "purchase_date": self.purchase_date,
                         "registration_date": self.registration_date, "mileage_date": self.mileage_date,
                         "delivered_on": self.delivered_on, "next_inspection_on": self.next_inspection,
                         "insurance_compulsory_until": self.compulsory,
                         "insurance_commercial_until": self.commercial}

        car = QGroupBox(tr("车辆"), self)
        form = QFormLayout(car)
        form.addRow(tr("车牌号"), self.plate)
        form.addRow(tr("车架号 (VIN)"), self.vin)
        form.addRow(tr("车型"), self.model)
        form.addRow(tr("颜色"), self.colour)
        form.addRow(tr("能源类型"), self.energy)
        form.addRow(tr("使用性质"), self.use)
        form.addRow(tr("座位数"), self.seats)
        bought = QWidget(self)
        row = QHBoxLayout(bought)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bought_here)
        row.addWidget(self.bought_elsewhere)
        row.addStretch(1)
        purchase = QGroupBox(tr("购车与上牌"), self)
        pform = QFormLayout(purchase)
        pform.addRow(tr("购车日期"), self.purchase_date)
        pform.addRow(tr("购车地点"), bought)
        pform.addRow(tr("外店名称"), self.bought_where)
        pform.addRow(tr("交车日期"), self.delivered_on)
        pform.addRow(tr("上牌日期"), self.registration_date)
        km = QGroupBox(tr("里程"), self)
        kform = QFormLayout(km)
        kform.addRow(tr("当前里程"), self.mileage)
        kform.addRow(tr("读数日期"), self.mileage_date)
        insurance = QGroupBox(tr("保险与年检"), self)
        iform = QFormLayout(insurance)
        iform.addRow(tr("交强险到期"), self.compulsory)
        iform.addRow(tr("商业险到期"), self.commercial)
        iform.addRow(tr("保险公司"), self.insurer)
        iform.addRow(tr("下次年检"), self.inspection_rule)
        iform.addRow("", self.inspection_manual)
        iform.addRow("", self.next_inspection)
        grid = QGridLayout()
        grid.addWidget(car, 0, 0, 2, 1)
        grid.addWidget(purchase, 0, 1)
        grid.addWidget(km, 1, 1)
        grid.addWidget(insurance, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.buttons = button_box(self, self.save, ok=Save, ok_text=tr("保存"), cancel_text=tr("取消"))
        stack(self, grid, self.general, self.buttons)
        self.bought_here.toggled.connect(lambda on: self.bought_where.setEnabled(not on))
        self.inspection_manual.toggled.connect(self._manual_toggled)
        self.registration_date.changed.connect(self._update_inspection)
        self.registration_date.edit.editingFinished.connect(self._update_inspection)
        for combo in (self.use, self.energy):
            combo.currentIndexChanged.connect(self._update_inspection)
        self.seats.valueChanged.connect(self._update_inspection)
        self.energy.currentIndexChanged.connect(lambda _i: self.plate.check() if self.plate.text() else None)
        self.mileage.valueChanged.connect(self._mileage_changed)
        order = [self.plate.edit, self.vin.edit, self.model, self.colour, self.energy, self.use, self.seats,
                 self.purchase_date.edit, self.bought_here, self.bought_elsewhere, self.bought_where,
                 self.delivered_on.edit, self.registration_date.edit, self.mileage, self.mileage_date.edit,
                 self.compulsory.edit, self.commercial.edit, self.insurer, self.inspection_manual,
                 self.next_inspection.edit]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.plate.setFocus()

    def _load(self, card: vs.VehicleCard) -> None:
        self.plate.setText(card.plate)
        self.vin.setText(card.vin)
        index = self.model.findText(card.model)
        if index >= 0:
            self.model.setCurrentIndex(index)
        else:
            self.model.setEditText(card.model)
        self.colour.setText(card.colour)
        self.energy.setCurrentIndex(max(self.energy.findData(card.energy), 0))
        self.use.setCurrentIndex(max(self.use.findData(card.use), 0))
        self.seats.setValue(card.seats)
        self.purchase_date.set_date(card.purchase_date)
        (self.bought_here if card.bought_here else self.bought_elsewhere).setChecked(True)
        self.bought_where.setText(card.bought_where)
        self.delivered_on.set_date(card.delivered_on)
        self.registration_date.set_date(card.registration_date)
        self.mileage.setValue(card.mileage_km)
        self.mileage_date.set_date(card.mileage_date)
        self.compulsory.set_date(card.insurance_compulsory_until)
        self.commercial.set_date(card.insurance_commercial_until)
        self.insurer.setEditText(card.insurer)
        if card.next_inspection_on:
            self.inspection_manual.setChecked(True)
            self.next_inspection.set_date(card.next_inspection_on)

    def _load_input(self, data: vs.VehicleInput) -> None:
        self.plate.setText(data.plate)
        self.vin.setText(data.vin)
        index = self.model.findData(data.model_id) if data.model_id is not None else -1
        if index > 0:
            self.model.setCurrentIndex(index)
        else:
            self.model.setEditText(data.model_name)
        self.colour.setText(data.colour)
        self.energy.setCurrentIndex(max(self.energy.findData(data.energy), 0))
        self.use.setCurrentIndex(max(self.use.findData(data.use), 0))
        self.seats.setValue(data.seats)
        for edit, value in ((self.purchase_date, data.purchase_date), (self.delivered_on, data.delivered_on),
                            (self.registration_date, data.registration_date), (self.mileage_date, data.mileage_date),
                            (self.compulsory, data.insurance_compulsory_until),
                            (self.commercial, data.insurance_commercial_until)):
            edit.set_date(value)
        (self.bought_here if data.bought_here else self.bought_elsewhere).setChecked(True)
        self.bought_where.setText(data.bought_where)
        self.mileage.setValue(data.mileage_km)
        self.insurer.setEditText(data.insurer)
        if data.next_inspection_on:
            self.inspection_manual.setChecked(True)
            self.next_inspection.set_date(data.next_inspection_on)

    # ------------------------------------------------------------------ behaviour
    def _mileage_changed(self, _value: int) -> None:
        if not self.mileage_date.text().strip() or (self.card and self.mileage.value() != self.card.mileage_km):
            self.mileage_date.set_date(self.today)  # a new reading is today's unless the person says otherwise

    def _manual_toggled(self, on: bool) -> None:
        self.next_inspection.setEnabled(on)
        if on and not self.next_inspection.text().strip():
            self.next_inspection.set_date(self._computed_inspection())
        if not on:
            self.next_inspection.setText("")
        self._update_inspection()

    def _computed_inspection(self) -> dt.date | None:
        try:
            registered = self.registration_date.date()
        except InvalidInput:
            return None
        from dealerdesk.domain.reminders import ReminderPolicy

        return facts.next_inspection(registered, self.seats.value(), self.use.currentData(),
                                     self.energy.currentData(), self.today,
                                     ReminderPolicy.from_settings(get_settings()))

    def _update_inspection(self, *_args) -> None:
        computed = self._computed_inspection()
        text = (tr("按规定：{date}").format(date=computed.isoformat()) if computed
                else tr("按规定：填写上牌日期后自动计算"))
        if self.inspection_manual.isChecked():
            text += tr("（已改为手工设定）")
        self.inspection_rule.setText(text)

    def _model_choice(self) -> tuple[int | None, str]:
        text = self.model.currentText().strip()
        index = self.model.findText(text)
        if index > 0 and self.model.itemData(index) is not None:
            return self.model.itemData(index), ""
        return None, text

    def data(self) -> vs.VehicleInput | None:
        """What was typed, or None after showing the first field that is wrong."""
        fields = [self.plate, self.vin, self.purchase_date, self.delivered_on, self.registration_date,
                  self.mileage_date, self.compulsory, self.commercial, self.next_inspection]
        if not all([f.check() for f in fields]):
            return None
        model_id, model_name = self._model_choice()
        return vs.VehicleInput(
            vin=self.vin.text(), plate=self.plate.text(), model_id=model_id, model_name=model_name,
            colour=self.colour.text(), registration_date=self.registration_date.date(),
            delivered_on=self.delivered_on.date(), mileage_km=self.mileage.value(), seats=self.seats.value(),
            use=self.use.currentData(), energy=self.energy.currentData(),
            insurance_compulsory_until=self.compulsory.date(), insurance_commercial_until=self.commercial.date(),
            owner_id=self.customer_id, purchase_date=self.purchase_date.date(),
            bought_here=self.bought_here.isChecked(), bought_where=self.bought_where.text(),
            mileage_date=self.mileage_date.date(), insurer=self.insurer.currentText(),
            next_inspection_on=self.next_inspection.date() if self.inspection_manual.isChecked() else None)

    def save(self) -> None:
        self.general.clear_message()
        data = self.data()
        if data is None:
            return
        if self.collect:
            self.collected = data
            self.accept()
            return
        if self.card is None:
            card = ops.run(self, self.ctx, vs.create_vehicle, data, today=self.today, errors=self.show_error)
        else:
            card = ops.run(self, self.ctx, vs.update_vehicle, self.card.id, data, expected_version=self.version,
                           today=self.today, errors=self.show_error)
        if card is ops.FAILED:
            return
        self.result_card = card
        self.accept()


    def show_error(self, exc) -> None:
        """Under the field the error names, else in the dialog's line; after a version conflict the next save
        is made on the saved version on purpose (the message says so)."""
        if isinstance(exc, VersionConflict):
            self.version = exc.current_version
        target = self.messages.get(getattr(exc, "field", None) or "", self.general)
        target.show_error(error_text(exc))


class RenewalDialog(QDialog):
    """续保: renewed with an insurer (premium, which policies, new expiry), or lost to another insurer.
    After saving, `result_row` holds the RenewalRow."""

    def __init__(self, ctx, card: vs.VehicleCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card = card
        self.today = ctx.clock().date()
        self.result_row: ins.RenewalRow | None = None
        self.setWindowTitle(tr("登记续保"))
        self.setMinimumWidth(460)
        self.renewed = QRadioButton(tr("已在本店续保"), self)
        self.lost = QRadioButton(tr("流失到其他保险公司"), self)
        self.renewed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.renewed)
        group.addButton(self.lost)
        self.kind = QComboBox(self)
        for code, text in ui_labels.choices(labels.INSURANCE_KIND):
            self.kind.addItem(text, code)
        self.insurer = QComboBox(self)
        self.insurer.setEditable(True)
        self.insurer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for name in INSURERS:
            self.insurer.addItem(tr(name))
        self.insurer.setEditText(card.insurer or tr(INSURERS[0]))
        self.premium = QLineEdit(self)
        self.premium.setPlaceholderText(tr("元，例如 4200"))
        self.compulsory = DateEdit(self)
        self.commercial = DateEdit(self)
        self.note = QLineEdit(self)
        self.note.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.general = FieldMessage(self)
        self.premium_message = FieldMessage(self)
        self.insurer_message = FieldMessage(self)
        outcome = QWidget(self)
        row = QHBoxLayout(outcome)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.renewed)
        row.addWidget(self.lost)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("车辆"), QLabel(f"{card.plate or card.vin}  {card.model}", self))
        form.addRow(tr("目前到期"), QLabel(tr("交强险 {c}　商业险 {m}").format(
            c=_date_text(card.insurance_compulsory_until), m=_date_text(card.insurance_commercial_until)), self))
        form.addRow(tr("结果"), outcome)
        form.addRow(tr("险种"), self.kind)
        self.insurer_label = QLabel(tr("保险公司"), self)
        form.addRow(self.insurer_label, self.insurer)
        form.addRow("", self.insurer_message)
        self.premium_label = QLabel(tr("保费(元)"), self)
        form.addRow(self.premium_label, self.premium)
        form.addRow("", self.premium_message)
        form.addRow(tr("新交强险到期"), self.compulsory)
        form.addRow(tr("新商业险到期"), self.commercial)
        form.addRow(tr("备注"), self.note)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555;")
        stack(self, form, self.hint, self.general, button_box(self, self.save, ok=Save, ok_text=tr("保存"), cancel_text=tr("取消")))
        self.lost.toggled.connect(self._outcome_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._outcome_changed(False)

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.compulsory.setEnabled(kind in ("both", "compulsory"))
        self.commercial.setEnabled(kind in ("both", "commercial"))
        for edit, old, on in ((self.compulsory, self.card.insurance_compulsory_until, kind != "commercial"),
                              (self.commercial, self.card.insurance_commercial_until, kind != "compulsory")):
            edit.set_date(facts.renewed_until(old, self.today) if on and self.renewed.isChecked() else None)

    def _outcome_changed(self, lost: bool) -> None:
        self.insurer_label.setText(tr("流失到") if lost else tr("保险公司"))
        self.premium.setEnabled(not lost)
        self._kind_changed()
        self.hint.setText(tr("流失的保单：如知道新的到期日请填写，明年到期前仍会提醒。") if lost else
                          tr("到期日按一年自动顺延，可修改；保存后原续保提醒标记为已完成。"))

    def save(self) -> None:
        for m in (self.general, self.premium_message, self.insurer_message):
            m.clear_message()
        if not all([self.compulsory.check(), self.commercial.check()]):
            return
        kind = self.kind.currentData()
        data = ins.RenewalInput(
            outcome="lost" if self.lost.isChecked() else "renewed", kind=kind, insurer=self.insurer.currentText(),
            premium=self.premium.text().strip() or 0, note=self.note.text(),
            compulsory_until=self.compulsory.date() if kind != "commercial" else None,
            commercial_until=self.commercial.date() if kind != "compulsory" else None)
        if data.outcome == "lost" and QMessageBox.question(
                self, tr("确认流失"), tr("登记 {plate} 的保险已流失到 {insurer}？").format(
                    plate=self.card.plate or self.card.vin, insurer=data.insurer)) != QMessageBox.StandardButton.Yes:
            return
        errors = {"premium": self.premium_message, "insurer": self.insurer_message,
                  "compulsory_until": self.compulsory, "commercial_until": self.commercial,
                  ops.INPUT: self.general, ops.ANY: self.general}
        row = ops.run(self, self.ctx, ins.record_renewal, self.card.id, data, expected_version=self.card.version,
                      today=self.today, errors=errors)
        if row is ops.FAILED:
            return
        self.result_row = row
        self.accept()


def _date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


# --- entry points for the profile, the service page and the new-customer dialog -----------------------

def add_vehicle(ctx, customer_id: int | None, parent: QWidget | None = None) -> vs.VehicleCard | None:
    dialog = VehicleDialog(ctx, customer_id=customer_id, parent=parent)
    return dialog.result_card if dialog.exec() else None


def edit_vehicle(ctx, vehicle_id: int, parent: QWidget | None = None) -> vs.VehicleCard | None:
    card = ops.run(parent, ctx, vs.get_vehicle_card, vehicle_id, today=ctx.clock().date())
    if card is ops.FAILED:
        return None
    dialog = VehicleDialog(ctx, card=card, parent=parent)
    return dialog.result_card if dialog.exec() else None


def renew_insurance(ctx, vehicle_id: int, parent: QWidget | None = None) -> ins.RenewalRow | None:
    card = ops.run(parent, ctx, vs.get_vehicle_card, vehicle_id, today=ctx.clock().date())
    if card is ops.FAILED:
        return None
    dialog = RenewalDialog(ctx, card, parent=parent)
    return dialog.result_row if dialog.exec() else None
