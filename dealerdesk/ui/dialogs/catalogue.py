"""The catalogue's edit dialogs (the manager's): a car model, a labour item or part, a package of items.

Each saves through services/catalogue in one call; an error is shown under the field it names, and the
dialog stays open. The package dialog shows the price as the lines add up (or the fixed price)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget)

from dealerdesk.domain import catalogue as rules
from dealerdesk.domain import labels
from dealerdesk.services import catalogue
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.forms import (button_box, clear_messages, field_messages, message_rows, push_button,
                                         shown_under, stack)


def tr(text: str) -> str:
    return QCoreApplication.translate("catalogue", text)


def code_combo(parent: QWidget, code_set, current: str, *, blank: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    if blank:
        combo.addItem("", "")
    for code, text in ui_labels.choices(code_set):
        combo.addItem(text, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _spin(parent: QWidget, top: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, top)
    box.setGroupSeparatorShown(True)
    if suffix:
        box.setSuffix(suffix)
    return box


def _money(parent: QWidget, top: float = 999_999.99) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, top)
    box.setDecimals(2)
    box.setPrefix("¥")
    box.setGroupSeparatorShown(True)
    return box


class ModelDialog(QDialog):
    """New or edit a car model; `row` None: a new one."""

    def __init__(self, ctx, row: catalogue.ModelRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setObjectName("modelDialog")
        self.setWindowTitle(tr("新建车型") if row is None else tr("编辑车型"))
        self.brand, self.series, self.name = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.brand.setMaxLength(40)
        self.series.setMaxLength(40)
        self.name.setMaxLength(60)
        self.series.setPlaceholderText(tr("例如：凯美瑞"))
        self.name.setPlaceholderText(tr("例如：凯美瑞 2025款 2.0G 豪华版"))
        self.price = _spin(self, 99_999_999, tr(" 元"))
        self.fuel = code_combo(self, labels.FUEL, "petrol")
        self.plate_hint = QLabel(self)
        self.fuel.currentIndexChanged.connect(lambda _i: self._show_plate())
        self.body = code_combo(self, labels.BODY, "", blank=True)
        self.year = _spin(self, 2100)
        self.year.setGroupSeparatorShown(False)
        self.year.setSpecialValueText(tr("未填"))
        self.months = _spin(self, 60, tr(" 个月"))
        self.km = _spin(self, 100_000, tr(" 公里"))
        self.km.setSingleStep(1000)
        self.rule = code_combo(self, labels.VEHICLE_USE, "private")
        self.own = QCheckBox(tr("本店品牌（不勾选：竞品车型，用于战败分析）"), self)
        self.own.setMinimumWidth(self.own.sizeHint().width())  # a long label: never cut off at large text sizes
        self.own.setChecked(True)
        self.active = QCheckBox(tr("在售"), self)
        self.active.setChecked(True)
        interval = QHBoxLayout()
        interval.addWidget(self.months)
        interval.addWidget(self.km)
        interval_box = QWidget(self)
        interval_box.setLayout(interval)
        interval.setContentsMargins(0, 0, 0, 0)
        fuel_row = QHBoxLayout()
        fuel_row.addWidget(self.fuel)
        fuel_row.addWidget(self.plate_hint, 1)
        fuel_row.setContentsMargins(0, 0, 0, 0)
        fuel_box = QWidget(self)
        fuel_box.setLayout(fuel_row)
        self.messages = field_messages(self, "brand", "series", "name", "price", "fuel", "body", "model_year",
                                       "service_months", "inspection_rule", "")
        form = QFormLayout()
        message_rows(form, [(tr("品牌(&B)"), self.brand, "brand"), (tr("车系(&S)"), self.series, "series"),
                            (tr("车型名称(&N)"), self.name, "name"), (tr("指导价(&P)"), self.price, "price"),
                            (tr("燃料类型(&F)"), fuel_box, "fuel"), (tr("车身类型"), self.body, "body"),
                            (tr("年款"), self.year, "model_year"),
                            (tr("保养间隔"), interval_box, "service_months"),
                            (tr("年检规则"), self.rule, "inspection_rule"), ("", self.own, ""),
                            ("", self.active, "")], self.messages)
        stack(self, form, self.messages[""], button_box(self, self.save, ok_text=tr("保存")))
        self.setMinimumWidth(460)
        if row is not None:
            self._fill(row)
        self._show_plate()

    def _fill(self, r: catalogue.ModelRow) -> None:
        self.brand.setText(r.brand)
        self.series.setText(r.series)
        self.name.setText(r.name)
        self.price.setValue(r.price)
        self.fuel.setCurrentIndex(max(self.fuel.findData(r.fuel), 0))
        self.body.setCurrentIndex(max(self.body.findData(r.body), 0))
        self.year.setValue(r.model_year)
        self.months.setValue(r.service_months)
        self.km.setValue(r.service_km)
        self.rule.setCurrentIndex(max(self.rule.findData(r.inspection_rule), 0))
        self.own.setChecked(r.own_brand)
        self.active.setChecked(r.active)

    def _show_plate(self) -> None:
        self.plate_hint.setText(tr("新能源号牌") if rules.new_energy_plate(self.fuel.currentData()) else "")

    def data(self) -> catalogue.ModelInput:
        return catalogue.ModelInput(
            name=self.name.text(), brand=self.brand.text(), series=self.series.text(), price=self.price.value(),
            fuel=self.fuel.currentData(), body=self.body.currentData(), model_year=self.year.value(),
            service_months=self.months.value(), service_km=self.km.value(), inspection_rule=self.rule.currentData(),
            own_brand=self.own.isChecked(), active=self.active.isChecked())

    def save(self) -> None:
        clear_messages(self.messages.values())
        result = ops.run(self, self.ctx, catalogue.save_model, self.data(), None if self.row is None else self.row.id,
                         errors=shown_under(self.messages))
        if result is not ops.FAILED:
            self.saved = result
            self.accept()


class ItemDialog(QDialog):
    """New or edit a labour item or a part: labour is priced standard hours × hourly rate."""

    def __init__(self, ctx, row: catalogue.CatalogueRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setObjectName("itemDialog")
        self.setWindowTitle(tr("新建维修项目") if row is None else tr("编辑维修项目"))
        self.kind = code_combo(self, labels.LINE_KIND, "labour")
        self.code, self.name = QLineEdit(self), QLineEdit(self)
        self.code.setMaxLength(20)
        self.name.setMaxLength(60)
        self.code.setPlaceholderText(tr("例如：L-MAINT"))
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0, 999)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.rate = _money(self)
        self.price = _money(self)
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(10)
        self.unit.setPlaceholderText(tr("升、个、套…"))
        self.active = QCheckBox(tr("在用"), self)
        self.active.setChecked(True)
        self.messages = field_messages(self, "kind", "code", "name", "hours", "price", "")
        form = QFormLayout()
        message_rows(form, [(tr("类型(&K)"), self.kind, "kind"), (tr("编码(&C)"), self.code, "code"),
                            (tr("名称(&N)"), self.name, "name"), (tr("标准工时"), self.hours, "hours"),
                            (tr("工时单价"), self.rate, ""), (tr("价格(&P)"), self.price, "price"),
                            (tr("单位"), self.unit, ""), ("", self.active, "")], self.messages)
        stack(self, form, self.messages[""], button_box(self, self.save, ok_text=tr("保存")))
        self.setMinimumWidth(420)
        for box in (self.hours, self.rate):
            box.valueChanged.connect(lambda _v: self._labour_price())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if row is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
            self.code.setText(row.code)
            self.name.setText(row.name)
            self.hours.setValue(float(row.hours))
            self.rate.setValue(float(row.rate))
            self.price.setValue(float(row.unit_price))
            self.unit.setText(row.unit)
            self.active.setChecked(row.active)
        self._kind_changed()

    def _kind_changed(self) -> None:
        labour = self.kind.currentData() == "labour"
        self.hours.setEnabled(labour)
        self.rate.setEnabled(labour)
        self.unit.setEnabled(not labour)
        self._labour_price()

    def _labour_price(self) -> None:
        priced = self.kind.currentData() == "labour" and self.hours.value() > 0 and self.rate.value() > 0
        if priced:
            self.price.setValue(float(rules.labour_price(self.hours.value(), self.rate.value())))
        self.price.setReadOnly(priced)

    def save(self) -> None:
        clear_messages(self.messages.values())
        labour = self.kind.currentData() == "labour"
        result = ops.run(self, self.ctx, catalogue.save_catalogue_item, self.code.text(), self.name.text(),
                         self.kind.currentData(), f"{self.price.value():.2f}", self.active.isChecked(),
                         None if self.row is None else self.row.id,
                         hours=f"{self.hours.value():.2f}" if labour else 0,
                         rate=f"{self.rate.value():.2f}" if labour else 0,
                         unit="" if labour else self.unit.text(), errors=shown_under(self.messages))
        if result is not ops.FAILED:
            self.saved = result
            self.accept()


class PackageDialog(QDialog):
    """New or edit a package (套餐): its items with quantities; its price is their sum or a fixed price."""

    def __init__(self, ctx, row: catalogue.PackageRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setObjectName("packageDialog")
        self.setWindowTitle(tr("新建套餐") if row is None else tr("编辑套餐"))
        self.items = {r.id: r for r in catalogue.list_catalogue(ctx.actor)}
        self.code, self.name = QLineEdit(self), QLineEdit(self)
        self.code.setMaxLength(20)
        self.name.setMaxLength(60)
        self.code.setPlaceholderText(tr("例如：PK-MINOR"))
        self.name.setPlaceholderText(tr("例如：小保养"))
        self.item = QComboBox(self)
        self.item.setObjectName("packageItem")
        for r in self.items.values():
            self.item.addItem(f"{r.code}  {r.name}  ¥{r.unit_price:,.2f}", r.id)
        self.qty = QDoubleSpinBox(self)
        self.qty.setRange(0.01, 999)
        self.qty.setValue(1)
        self.add_button = push_button(tr("加入(&A)"), self.add_line, self)
        self.lines = QListWidget(self)
        self.lines.setObjectName("packageLines")
        self.remove_button = push_button(tr("移除所选(&R)"), self.remove_line, self)
        self.fixed = QCheckBox(tr("固定价格"), self)
        self.fixed_price = _money(self)
        self.fixed_price.setEnabled(False)
        self.fixed.toggled.connect(self.fixed_price.setEnabled)
        self.fixed.toggled.connect(lambda _on: self._show_total())
        self.fixed_price.valueChanged.connect(lambda _v: self._show_total())
        self.total = QLabel(self)
        self.total.setObjectName("packageTotal")
        self.active = QCheckBox(tr("在用"), self)
        self.active.setChecked(True)
        pick = QHBoxLayout()
        pick.addWidget(self.item, 1)
        pick.addWidget(self.qty)
        pick.addWidget(self.add_button)
        pick.setContentsMargins(0, 0, 0, 0)
        pick_box = QWidget(self)
        pick_box.setLayout(pick)
        price = QHBoxLayout()
        price.addWidget(self.fixed)
        price.addWidget(self.fixed_price, 1)
        price.setContentsMargins(0, 0, 0, 0)
        price_box = QWidget(self)
        price_box.setLayout(price)
        self.messages = field_messages(self, "code", "name", "lines", "price", "")
        form = QFormLayout()
        message_rows(form, [(tr("编码(&C)"), self.code, "code"), (tr("名称(&N)"), self.name, "name"),
                            (tr("项目(&I)"), pick_box, ""), (tr("套餐内容"), self.lines, "lines"),
                            ("", self.remove_button, ""), (tr("价格"), price_box, "price"),
                            ("", self.total, ""), ("", self.active, "")], self.messages)
        stack(self, form, self.messages[""], button_box(self, self.save, ok_text=tr("保存")))
        self.setMinimumWidth(520)
        if row is not None:
            self.code.setText(row.code)
            self.name.setText(row.name)
            for ln in row.lines:
                self._append(ln.item_id, ln.qty)
            self.fixed.setChecked(row.fixed_price is not None)
            if row.fixed_price is not None:
                self.fixed_price.setValue(float(row.fixed_price))
            self.active.setChecked(row.active)
        self._show_total()

    def _append(self, item_id: int, qty: Decimal) -> None:
        r = self.items.get(item_id)
        text = f"{r.code}  {r.name} × {qty.normalize()}" if r else f"#{item_id} × {qty.normalize()}"
        entry = QListWidgetItem(text, self.lines)
        entry.setData(Qt.ItemDataRole.UserRole, (item_id, qty))

    def add_line(self) -> None:
        if self.item.currentData() is not None:
            self._append(self.item.currentData(), Decimal(f"{self.qty.value():.2f}"))
            self._show_total()

    def remove_line(self) -> None:
        for entry in self.lines.selectedItems():
            self.lines.takeItem(self.lines.row(entry))
        self._show_total()

    def line_values(self) -> list[tuple[int, Decimal]]:
        return [self.lines.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lines.count())]

    def _show_total(self) -> None:
        lines = [(q, self.items[i].unit_price) for i, q in self.line_values() if i in self.items]
        fixed = f"{self.fixed_price.value():.2f}" if self.fixed.isChecked() else None
        self.total.setText(tr("套餐价 ¥{price}（项目合计 ¥{sum}）").format(
            price=f"{rules.package_price(lines, fixed):,.2f}", sum=f"{rules.package_price(lines):,.2f}"))

    def save(self) -> None:
        clear_messages(self.messages.values())
        fixed = f"{self.fixed_price.value():.2f}" if self.fixed.isChecked() else None
        result = ops.run(self, self.ctx, catalogue.save_package, self.code.text(), self.name.text(),
                         self.line_values(), fixed, self.active.isChecked(), None if self.row is None else self.row.id,
                         errors=shown_under(self.messages))
        if result is not ops.FAILED:
            self.saved = result
            self.accept()
