"""订车单: the deal sheet of a lead's order, in one keyboard-friendly dialog with live totals (issue 28).

Why one dialog for recording the order and editing it: the consultant fills the sheet with the customer at
the desk; the first save records the order (level O) together with the sheet in one transaction
(services.sales.deals.order_with_deal), later saves edit it. Tab moves top to bottom through the left column,
then the middle and the right one; a part switched off (loan fields without a loan, the trade-in without its box ticked)
is disabled, so Tab skips it. Accessory lines: pick or type a name in 精品, the price follows the list
(settings 精品/装潢价目), Enter or 添加 adds the line, Delete removes the selected line. The totals come from
domain.deals.totals, the same function the service, the printout and the figures use.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from dealerdesk.domain import deals as rules
from dealerdesk.domain import labels
from dealerdesk.services.sales import deals, leads
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.forms import FieldErrors


def _tr(text: str) -> str:
    return QCoreApplication.translate("DealSheet", text)


def _money(maximum: int = rules.MAX_MONEY) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSingleStep(100)
    box.setGroupSeparatorShown(True)
    box.setSuffix(_tr(" 元"))
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def _date_edit(value: dt.date | None, today: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(*(value or today).timetuple()[:3]))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _combo(items: list[str], editable: bool = True) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    combo.addItems(items)
    return combo


class DealSheetDialog(QDialog):
    """The deal sheet of `lead_id`'s open order, or a new order when the lead has none yet."""

    def __init__(self, ctx: AppContext, lead_id: int | None, parent: QWidget | None = None, *,
                 order_id: int | None = None) -> None:
        super().__init__(parent)
        if lead_id is None:
            lead_id = deals.get_deal(ctx.actor, order_id).lead_id
        self.ctx, self.lead_id = ctx, lead_id
        self.lead = leads.get_lead(ctx.actor, lead_id)
        if order_id is None and self.lead.level in ("O", "D"):
            order_id = deals.open_order_of_lead(ctx.actor, lead_id)
        self.order_id = order_id
        self.sheet = deals.get_deal(ctx.actor, order_id) if order_id else None
        self.choices = deals.deal_choices(ctx.actor)
        self.setWindowTitle(self.tr("订车单 — {name}").format(name=self.lead.customer_name))
        self.errors = FieldErrors(self)
        self.today = ctx.clock().date()
        self.line_values: list[rules.AccessoryLine] = []
        self._loading = True
        self._build()
        self._load(self.sheet.deal if self.sheet else self._new_deal())
        self._loading = False
        self.update_totals()

    # --- layout ------------------------------------------------------------------------------------

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> QWidget:
        self.errors.add_row(form, label, widget, field)
        return widget

    def _build(self) -> None:
        left, middle, right = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        # 车辆与车价
        box, form = self._group(self.tr("车辆与车价"))
        self.model = QComboBox()
        self.model.addItem(self.tr("（线索意向车型）{name}").format(name=self.lead.model_name or "—"), None)
        self.prices = {}
        for mid, name, price in self.choices.models:
            self.model.addItem(name, mid)
            self.prices[mid] = price
        self._row(form, self.tr("车型(&M)"), self.model, "model")
        self.colour = self._row(form, self.tr("颜色"), QLineEdit(), "colour")
        self.vin = self._row(form, self.tr("车架号（配车后）"), QLineEdit(), "vin")
        self.vin.setMaxLength(17)
        self.list_price = self._row(form, self.tr("指导价"), _money(), "list_price")
        self.discount = self._row(form, self.tr("优惠"), _money(), "discount")
        self.discount_note = self._row(form, self.tr("优惠说明"), QLineEdit(), "discount_note")
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        form.addRow("", self.approval)
        left.addWidget(box)
        # 付款
        box, form = self._group(self.tr("付款方式"))
        self.payment = QComboBox()
        for code in rules.PAYMENTS:
            self.payment.addItem(ui_labels.text(labels.PAYMENT, code), code)
        self._row(form, self.tr("付款(&P)"), self.payment, "payment")
        self.lender = self._row(form, self.tr("金融机构"), _combo(self.choices.lenders), "lender")
        self.down_payment = self._row(form, self.tr("首付"), _money(), "down_payment")
        self.loan_months = QSpinBox()
        self.loan_months.setRange(0, 120)
        self.loan_months.setSuffix(self.tr(" 个月"))
        self._row(form, self.tr("期限"), self.loan_months, "loan_months")
        self.monthly_payment = self._row(form, self.tr("月供"), _money(), "monthly_payment")
        self.loan_status = QComboBox()
        for code in rules.LOAN_STATUSES[1:]:
            self.loan_status.addItem(ui_labels.text(labels.LOAN_STATUS, code), code)
        self._row(form, self.tr("贷款审批"), self.loan_status, "loan_status")
        left.addWidget(box)
        left.addStretch(1)
        # 置换
        box, form = self._group(self.tr("置换（旧车）"))
        self.trade_in = QCheckBox(self.tr("有置换车(&T)"))
        form.addRow("", self.trade_in)
        self.trade_model = self._row(form, self.tr("旧车车型"), QLineEdit(), "trade_model")
        self.trade_plate = self._row(form, self.tr("车牌"), QLineEdit(), "trade_plate")
        self.trade_vin = self._row(form, self.tr("车架号"), QLineEdit(), "trade_vin")
        self.trade_vin.setMaxLength(17)
        self.trade_mileage = QSpinBox()
        self.trade_mileage.setRange(0, 2_000_000)
        self.trade_mileage.setGroupSeparatorShown(True)
        self.trade_mileage.setSuffix(self.tr(" 公里"))
        self._row(form, self.tr("里程"), self.trade_mileage, "trade_mileage_km")
        self.trade_value = self._row(form, self.tr("估价"), _money(), "trade_value")
        self.trade_valued_by = self._row(form, self.tr("评估人"), QLineEdit(), "trade_valued_by")
        middle.addWidget(box)
        # 保险
        box, form = self._group(self.tr("保险（在店投保）"))
        self.insured = QCheckBox(self.tr("在本店投保(&I)"))
        form.addRow("", self.insured)
        self.insurer = self._row(form, self.tr("保险公司"), _combo(self.choices.insurers), "insurer")
        self.compulsory = self._row(form, self.tr("交强险"), _money(), "compulsory_premium")
        self.commercial = self._row(form, self.tr("商业险"), _money(), "commercial_premium")
        self.cover = self._row(form, self.tr("险种"), QLineEdit(), "insurance_cover")
        self.cover.setPlaceholderText(self.tr("如：车损、三者 200 万、车上人员"))
        self.insurance_start = self._row(form, self.tr("起保日期"), _date_edit(None, self.today), "insurance_start")
        middle.addWidget(box)
        # 定金
        box, form = self._group(self.tr("定金"))
        self.deposit = self._row(form, self.tr("定金金额"), _money(), "deposit")
        self.deposit_on = self._row(form, self.tr("收取日期"), _date_edit(None, self.today), "deposit_on")
        self.deposit_refundable = QCheckBox(self.tr("可退还"))
        form.addRow("", self.deposit_refundable)
        self.deposit_status = QComboBox()
        for code in rules.DEPOSIT_STATUSES[1:]:
            self.deposit_status.addItem(ui_labels.text(labels.DEPOSIT_STATUS, code), code)
        self._row(form, self.tr("定金状态"), self.deposit_status, "deposit_status")
        middle.addWidget(box)
        middle.addStretch(1)
        # 上牌与延保
        box, form = self._group(self.tr("上牌与延保"))
        self.registration = QCheckBox(self.tr("代办上牌(&R)"))
        form.addRow("", self.registration)
        self.registration_fee = self._row(form, self.tr("上牌服务费"), _money(), "registration_fee")
        self.plate = self._row(form, self.tr("车牌（已发）"), QLineEdit(), "plate")
        self.warranty_years = QSpinBox()
        self.warranty_years.setRange(0, 10)
        self.warranty_years.setSuffix(self.tr(" 年"))
        self.warranty_years.setSpecialValueText(self.tr("不购买"))
        self._row(form, self.tr("延保年限"), self.warranty_years, "warranty_years")
        self.warranty_price = self._row(form, self.tr("延保价格"), _money(), "warranty_price")
        right.addWidget(box)
        # 精品/装潢
        box = QGroupBox(self.tr("精品 / 装潢"))
        lay = QVBoxLayout(box)
        pick = QHBoxLayout()
        self.accessory = _combo([a.name for a in self.choices.accessories])
        self.accessory.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.accessory.setCurrentIndex(-1)
        self.accessory.lineEdit().setPlaceholderText(self.tr("选择或输入名称"))
        self.accessory.setAccessibleName(self.tr("精品名称"))
        self.accessory_price = _money()
        self.accessory_price.setAccessibleName(self.tr("精品价格"))
        self.accessory_free = QCheckBox(self.tr("赠送"))
        self.add_line_btn = QPushButton(self.tr("添加(&A)"))
        self.add_line_btn.clicked.connect(lambda _c=False: self.add_line())
        for w in (self.accessory, self.accessory_price, self.accessory_free, self.add_line_btn):
            pick.addWidget(w, 2 if w is self.accessory else 0)
        lay.addLayout(pick)
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("名称"), self.tr("收费/赠送"), self.tr("金额")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setAccessibleName(self.tr("精品/装潢明细（Delete 删除）"))
        self.lines.setMinimumHeight(110)
        self.lines.installEventFilter(self)
        self.remove_line_btn = QPushButton(self.tr("删除选中行 (Del)"))
        self.remove_line_btn.clicked.connect(lambda _c=False: self.remove_line())
        lay.addWidget(self.lines)
        lay.addWidget(self.remove_line_btn, 0, Qt.AlignmentFlag.AlignRight)
        self.errors.labels["lines"] = self.errors.label_for("lines")
        lay.addWidget(self.errors.labels["lines"])
        right.addWidget(box)
        right.addStretch(1)
        # the two columns in a scroll area, the totals and the buttons under them
        columns = QWidget()
        grid = QGridLayout(columns)
        grid.addLayout(left, 0, 0)
        grid.addLayout(middle, 0, 1)
        grid.addLayout(right, 0, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(columns)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("合计"))
        buttons = QHBoxLayout()
        self.print_btn = QPushButton(self.tr("打印订车单 (Ctrl+P)"))
        self.print_btn.clicked.connect(lambda _c=False: self.print_sheet())
        self.save_pdf_btn = QPushButton(self.tr("另存为 PDF…"))
        self.save_pdf_btn.clicked.connect(lambda _c=False: self.save_pdf())
        self.save_btn = QPushButton(self.tr("保存 (Ctrl+S)") if self.order_id else self.tr("确认下单并保存 (Ctrl+S)"))
        self.save_btn.setDefault(False)
        self.save_btn.setAutoDefault(False)
        self.save_btn.clicked.connect(lambda _c=False: self.save_and_close())
        cancel = QPushButton(self.tr("关闭"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        for b in (self.print_btn, self.save_pdf_btn, self.save_btn, cancel):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_and_close)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_sheet)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.totals)
        outer.addLayout(buttons)
        chain = [self.model, self.colour, self.vin, self.list_price, self.discount, self.discount_note, self.payment,
                 self.lender, self.down_payment, self.loan_months, self.monthly_payment, self.loan_status,
                 self.trade_in, self.trade_model, self.trade_plate, self.trade_vin, self.trade_mileage, self.trade_value,
                 self.trade_valued_by, self.insured, self.insurer, self.compulsory, self.commercial, self.cover,
                 self.insurance_start, self.deposit, self.deposit_on, self.deposit_refundable, self.deposit_status,
                 self.registration, self.registration_fee, self.plate, self.warranty_years,
                 self.warranty_price, self.accessory, self.accessory_price, self.accessory_free, self.add_line_btn,
                 self.lines, self.remove_line_btn, self.print_btn, self.save_pdf_btn, self.save_btn, cancel]
        for first, second in zip(chain, chain[1:], strict=False):  # top to bottom, left column then right
            QWidget.setTabOrder(first, second)
        self.resize(1320, 720)
        # live totals and the parts switched on/off
        for spin in (self.list_price, self.discount, self.down_payment, self.deposit, self.trade_value, self.compulsory,
                     self.commercial, self.registration_fee, self.warranty_price, self.warranty_years):
            spin.valueChanged.connect(lambda *_: self.update_totals())
        for check in (self.trade_in, self.insured, self.registration, self.deposit_refundable):
            check.toggled.connect(lambda *_: self.update_totals())
        self.payment.currentIndexChanged.connect(lambda *_: self.update_totals())
        self.deposit_status.currentIndexChanged.connect(lambda *_: self.update_totals())
        self.model.currentIndexChanged.connect(self._model_changed)
        self.accessory.currentTextChanged.connect(self._accessory_picked)
        self.accessory.lineEdit().returnPressed.connect(self.add_line)

    # --- values ------------------------------------------------------------------------------------

    def _new_deal(self) -> rules.DealInput:
        price = self.prices.get(self.lead.model_id or 0, 0)
        return rules.DealInput(list_price=price, model_id=self.lead.model_id,
                               payment=self.lead.payment_intent or "full", deposit_status="held",
                               colour=self.lead.colour)

    def _load(self, d: rules.DealInput) -> None:
        index = self.model.findData(d.model_id) if d.model_id else 0
        self.model.blockSignals(True)
        self.model.setCurrentIndex(max(index, 0))
        self.model.blockSignals(False)
        self.colour.setText(d.colour)
        self.vin.setText(d.vin)
        self.list_price.setValue(d.list_price)
        self.discount.setValue(d.discount)
        self.discount_note.setText(d.discount_note)
        self.payment.setCurrentIndex(max(self.payment.findData(d.payment), 0))
        self.lender.setCurrentText(d.lender)
        self.down_payment.setValue(d.down_payment)
        self.loan_months.setValue(d.loan_months)
        self.monthly_payment.setValue(d.monthly_payment)
        self.loan_status.setCurrentIndex(max(self.loan_status.findData(d.loan_status or "pending"), 0))
        self.deposit.setValue(d.deposit)
        if d.deposit_on:
            self.deposit_on.setDate(QDate(d.deposit_on.year, d.deposit_on.month, d.deposit_on.day))
        self.deposit_refundable.setChecked(d.deposit_refundable)
        self.deposit_status.setCurrentIndex(max(self.deposit_status.findData(d.deposit_status or "held"), 0))
        self.trade_in.setChecked(d.trade_in)
        self.trade_model.setText(d.trade_model)
        self.trade_plate.setText(d.trade_plate)
        self.trade_vin.setText(d.trade_vin)
        self.trade_mileage.setValue(d.trade_mileage_km)
        self.trade_value.setValue(d.trade_value)
        self.trade_valued_by.setText(d.trade_valued_by)
        self.insured.setChecked(d.insured)
        self.insurer.setCurrentText(d.insurer)
        self.compulsory.setValue(d.compulsory_premium)
        self.commercial.setValue(d.commercial_premium)
        self.cover.setText(d.insurance_cover)
        if d.insurance_start:
            self.insurance_start.setDate(QDate(d.insurance_start.year, d.insurance_start.month, d.insurance_start.day))
        self.registration.setChecked(d.registration)
        self.registration_fee.setValue(d.registration_fee)
        self.plate.setText(d.plate)
        self.warranty_years.setValue(d.warranty_years)
        self.warranty_price.setValue(d.warranty_price)
        for line in d.lines:
            self._append_line(line)

    def deal(self) -> rules.DealInput:
        """The sheet as typed (the service validates it)."""
        return rules.DealInput(
            list_price=self.list_price.value(), discount=self.discount.value(), model_id=self.model.currentData(),
            colour=self.colour.text(), vin=self.vin.text(), discount_note=self.discount_note.text(),
            payment=self.payment.currentData(), deposit=self.deposit.value(),
            deposit_on=self.deposit_on.date().toPython(), deposit_refundable=self.deposit_refundable.isChecked(),
            deposit_status=self.deposit_status.currentData(), lender=self.lender.currentText(),
            down_payment=self.down_payment.value(), loan_months=self.loan_months.value(),
            monthly_payment=self.monthly_payment.value(), loan_status=self.loan_status.currentData(),
            trade_in=self.trade_in.isChecked(), trade_plate=self.trade_plate.text(), trade_vin=self.trade_vin.text(),
            trade_model=self.trade_model.text(), trade_mileage_km=self.trade_mileage.value(),
            trade_value=self.trade_value.value(), trade_valued_by=self.trade_valued_by.text(),
            insured=self.insured.isChecked(), insurer=self.insurer.currentText(),
            compulsory_premium=self.compulsory.value(), commercial_premium=self.commercial.value(),
            insurance_cover=self.cover.text(), insurance_start=self.insurance_start.date().toPython(),
            registration=self.registration.isChecked(), registration_fee=self.registration_fee.value(),
            plate=self.plate.text(), warranty_years=self.warranty_years.value(),
            warranty_price=self.warranty_price.value(), lines=list(self.line_values))

    # --- live behaviour ----------------------------------------------------------------------------

    def _model_changed(self) -> None:
        price = self.prices.get(self.model.currentData() or 0)
        if price:
            self.list_price.setValue(price)

    def _accessory_picked(self, text: str) -> None:
        for item in self.choices.accessories:
            if item.name == text.strip():
                self.accessory_price.setValue(item.price)

    def update_totals(self) -> None:
        if self._loading:
            return
        financed = self.payment.currentData() in rules.FINANCED
        for w in (self.lender, self.down_payment, self.loan_months, self.monthly_payment, self.loan_status):
            w.setEnabled(financed)
        for w in (self.trade_model, self.trade_plate, self.trade_vin, self.trade_mileage, self.trade_value,
                  self.trade_valued_by):
            w.setEnabled(self.trade_in.isChecked())
        for w in (self.insurer, self.compulsory, self.commercial, self.cover, self.insurance_start):
            w.setEnabled(self.insured.isChecked())
        for w in (self.registration_fee, self.plate):
            w.setEnabled(self.registration.isChecked())
        self.warranty_price.setEnabled(self.warranty_years.value() > 0)
        has_deposit = self.deposit.value() > 0
        for w in (self.deposit_on, self.deposit_refundable, self.deposit_status):
            w.setEnabled(has_deposit)
        t = rules.totals(self.deal())
        self.totals.setText(self.tr(
            "成交价 <b>{price:,}</b> + 收费精品 {acc:,} + 上牌 {reg:,} + 延保 {war:,} + 保险 {ins:,} = "
            "应付合计 <b>{total:,}</b> 元；− 置换 {trade:,} − 定金 {dep:,} − 贷款 {fin:,} = "
            "<b>交车时应付 {due:,} 元</b>").format(
            price=t.price, acc=t.accessories, reg=t.registration_fee, war=t.warranty, ins=t.insurance,
            total=t.total, trade=t.trade_in, dep=t.deposit, fin=t.financed, due=t.due_at_delivery))
        limit = self.choices.discount_limit
        status = self.sheet.discount_status if self.sheet else "none"
        if rules.needs_approval(self.discount.value(), limit) and not self.ctx.actor.can("deal.approve_discount"):
            text = self.tr("优惠超过 {limit:,} 元，保存后需经理审批").format(limit=limit)
            if self.sheet and self.discount.value() == self.sheet.deal.discount and status != "none":
                text = ui_labels.text(labels.DISCOUNT_STATUS, status)
            self.approval.setText(text)
        else:
            self.approval.setText(ui_labels.text(labels.DISCOUNT_STATUS, status) if status not in ("none",) else "")

    def add_line(self) -> None:
        name = self.accessory.currentText().strip()
        if not name:
            self.accessory.setFocus()
            return
        self._append_line(rules.AccessoryLine(name=name, price=self.accessory_price.value(),
                                              charged=not self.accessory_free.isChecked()))
        self.accessory.setCurrentIndex(-1)
        self.accessory.setEditText("")
        self.accessory_price.setValue(0)
        self.accessory_free.setChecked(False)
        self.accessory.setFocus()
        self.update_totals()

    def _append_line(self, line: rules.AccessoryLine) -> None:
        self.line_values.append(line)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        price = QTableWidgetItem(f"{line.price:,}")
        price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for c, item in enumerate((QTableWidgetItem(line.name),
                                  QTableWidgetItem(self.tr("收费") if line.charged else self.tr("赠送")), price)):
            self.lines.setItem(row, c, item)

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if 0 <= row < len(self.line_values):
            del self.line_values[row]
            self.lines.removeRow(row)
            self.update_totals()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.lines and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.remove_line()
            return True
        return super().eventFilter(watched, event)

    # --- save and print ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Record the order with its sheet (first time) or save the sheet; errors under their field."""
        self.errors.clear()
        data = self.deal()
        if self.order_id is None:
            sheet = ops.call(self, self.ctx, deals.order_with_deal, self.ctx.actor, self.lead_id, data,
                             at=self.ctx.clock(), errors=self.errors.show)
        else:
            sheet = ops.call(self, self.ctx, deals.save_deal, self.ctx.actor, self.order_id, data,
                             at=self.ctx.clock(), errors=self.errors.show)
        if sheet is ops.FAILED:
            return False
        self.sheet, self.order_id = sheet, sheet.order_id
        self.save_btn.setText(self.tr("保存 (Ctrl+S)"))
        self.update_totals()
        return True

    def save_and_close(self) -> None:
        if not self.save():
            return
        if self.sheet.discount_status == "pending":
            QMessageBox.information(self, self.tr("订车单已保存"), self.tr(
                "优惠 {discount:,} 元超过顾问权限，已提交经理审批。").format(discount=self.sheet.deal.discount))
        self.accept()

    def pdf_name(self) -> str:
        return self.tr("订车单-{name}.pdf").format(name=self.lead.customer_name)

    def print_sheet(self, accept=None) -> int:
        """打印订车单: save the sheet, then the system print dialog (or `accept`) and the 订车单's pages; the pages
        printed (0 when not saved or cancelled)."""
        from dealerdesk.ui import printing

        if not self.save():
            return 0
        with tempfile.TemporaryDirectory(prefix="dealerdesk-print-") as tmp:
            pdf = self.write_sheet(Path(tmp) / self.pdf_name())
            return 0 if pdf is None else printing.print_pdf(pdf, self, accept=accept)

    def save_pdf(self) -> Path | None:
        """另存为 PDF: save the sheet, then write the 订车单 where the person says (Documents first)."""
        from dealerdesk.ui import printing

        if not self.save():
            return None
        path = printing.ask_pdf_path(self, self.tr("保存订车单 PDF"), self.pdf_name())
        return None if path is None else self.write_sheet(path)

    def write_sheet(self, path: Path) -> Path | None:
        from dealerdesk.reports.layout import store_header
        from dealerdesk.reports.order_sheet import write_order_sheet
        from dealerdesk.services.store_profile import get_profile

        if ops.call(self, self.ctx, write_order_sheet, str(path), self.sheet, **store_header(get_profile()),
                    printed_at=self.ctx.clock()) is ops.FAILED:
            return None
        return path


class DiscountApprovalDialog(QDialog):
    """优惠审批: the discounts above the consultants' limit, for the manager (beside 战败审批)."""

    HEADERS = ("客户", "车型", "顾问", "指导价", "优惠", "说明", "申请时间")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("优惠审批"))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([_tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        approve = QPushButton(self.tr("批准(&Y)"))
        approve.clicked.connect(lambda _c=False: self.approve_selected())
        reject = QPushButton(self.tr("驳回(&N)"))
        reject.clicked.connect(lambda _c=False: self.reject_selected())
        sheet = QPushButton(self.tr("查看订车单"))
        sheet.clicked.connect(lambda _c=False: self.open_selected())
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for b in (approve, reject, sheet):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(row)
        self.resize(820, 360)
        self.refresh()

    def refresh(self) -> None:
        self.pending = ops.run(self, self.ctx, deals.pending_discounts)
        self.pending = [] if self.pending is ops.FAILED else self.pending
        self.table.setRowCount(len(self.pending))
        for r, p in enumerate(self.pending):
            values = (p.customer_name, p.model_name, p.consultant, f"{p.list_price:,}", f"{p.discount:,}", p.note,
                      p.requested_at.strftime("%m-%d %H:%M"))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if self.pending:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()

    def selected(self) -> deals.PendingDiscount | None:
        row = self.table.currentRow()
        return self.pending[row] if 0 <= row < len(self.pending) else None

    def approve_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        if QMessageBox.question(self, self.tr("批准优惠"), self.tr("批准 {name} 的优惠 {discount:,} 元？").format(
                name=item.customer_name, discount=item.discount)) != QMessageBox.StandardButton.Yes:
            return
        if ops.run(self, self.ctx, deals.approve_discount, item.order_id, at=self.ctx.clock()) is not ops.FAILED:
            self.refresh()

    def reject_selected(self, note: str | None = None) -> None:
        from PySide6.QtWidgets import QInputDialog

        item = self.selected()
        if item is None:
            return
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("驳回优惠"), self.tr("驳回原因（顾问会看到）："))
            if not ok:
                return
        if ops.run(self, self.ctx, deals.reject_discount, item.order_id, note, at=self.ctx.clock()) is not ops.FAILED:
            self.refresh()

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            DealSheetDialog(self.ctx, item.lead_id, self, order_id=item.order_id).exec()
            self.refresh()


def open_order_sheet(window, order_id: int) -> None:
    """The profile's 订单 table: double-click an order to open its deal sheet."""
    dialog = ops.call(window, window.ctx, DealSheetDialog, window.ctx, None, window, order_id=order_id)
    if dialog is not ops.FAILED:
        dialog.exec()


__all__ = ["DealSheetDialog", "DiscountApprovalDialog", "open_order_sheet"]
