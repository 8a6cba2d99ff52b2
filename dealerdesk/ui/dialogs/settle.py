"""交车结算 dialog: final lines against the quote (differences shown), discount with its reason, payment
method; on settlement the service record, call-back and survey are written by the service, and the
settlement sheet can be printed.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import labels
from dealerdesk.domain import reception as rules
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import reception as rc
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.appointment import FieldErrors, ListSource, add_row
from dealerdesk.ui.models.columns import RIGHT, Column, TableSpec
from dealerdesk.ui.models.lazy_table import LazyTableModel

DIFF_SPEC = TableSpec("reception_settle", (
    Column("name", QT_TRANSLATE_NOOP("columns", "名称"), lambda r: r.name, width=200),
    Column("quoted", QT_TRANSLATE_NOOP("columns", "报价"), lambda r: f"{r.quoted:,.2f}", RIGHT, width=90),
    Column("final", QT_TRANSLATE_NOOP("columns", "实际"), lambda r: f"{r.final:,.2f}", RIGHT, width=90),
    Column("diff", QT_TRANSLATE_NOOP("columns", "差额"), lambda r: f"{r.difference:+,.2f}" if r.difference else "",
           RIGHT, width=90),
), state=lambda r: "attention" if r.difference else "")


class _Diff:
    """A settlement line with the `id` the table model needs."""

    def __init__(self, i: int, line: rules.LineDiff) -> None:
        self.id, self.name, self.quoted, self.final, self.difference = i, line.name, line.quoted, line.final, \
            line.difference


class SettleDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.order = rc.get_order(ctx.actor, order_id)
        self.setWindowTitle(self.tr("交车结算 {number}").format(number=self.order.number))
        self.resize(560, 520)
        self.errors = FieldErrors(self)
        preview = rc.settlement_preview(ctx.actor, order_id)
        self.model = LazyTableModel(DIFF_SPEC, ListSource([_Diff(i + 1, d) for i, d in enumerate(preview.lines)]),
                                    parent=self)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        for i, col in enumerate(DIFF_SPEC.columns):
            table.setColumnWidth(i, col.width)
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0, float(preview.final_total))
        self.discount.setPrefix("¥")
        self.discount.valueChanged.connect(self._update)
        self.reason = QLineEdit()
        self.payment = QComboBox()
        for code, label in ui_labels.choices(labels.SETTLEMENT_PAYMENT):
            self.payment.addItem(label, code)
        self.summary = QLabel()
        self.print_after = QCheckBox(self.tr("结算后打印结算单"))
        self.print_after.setChecked(True)
        form = QFormLayout()
        add_row(form, self.errors, self.tr("优惠"), self.discount, "discount")
        add_row(form, self.errors, self.tr("优惠原因"), self.reason, "discount_reason")
        add_row(form, self.errors, self.tr("付款方式"), self.payment, "payment_method")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("结算并交车"))
        buttons.accepted.connect(self._settle)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("实际金额与报价对比（含客户同意的增项）")))
        lay.addWidget(table, 1)
        lay.addWidget(self.summary)
        lay.addLayout(form)
        lay.addWidget(self.print_after)
        lay.addWidget(buttons)
        self._update()
        self.discount.setFocus()

    def _update(self) -> None:
        s = ops.run(self, self.ctx, rc.settlement_preview, self.order_id, Decimal(str(self.discount.value())),
                    errors=self.errors.show)
        if s is ops.FAILED:
            return
        self.summary.setText(self.tr("报价 ¥{q:,.2f}　实际 ¥{f:,.2f}　差额 {d:+,.2f}　应付 ¥{p:,.2f}").format(
            q=s.quoted_total, f=s.final_total, d=s.difference, p=s.payable))

    def _settle(self) -> None:
        self.errors.clear()
        if QMessageBox.question(self, self.tr("交车结算"), self.tr("结算后工单不能再修改，确定结算吗？")) \
                != QMessageBox.StandardButton.Yes:
            return
        data = rc.SettleInput(self.payment.currentData(), Decimal(str(self.discount.value())), self.reason.text())
        order = ops.run(self, self.ctx, rc.settle_order, self.order_id, data, now=self.ctx.clock(),
                        errors=self.errors.show)
        if order is ops.FAILED:
            return
        self.order = order
        if self.print_after.isChecked():
            self.print_sheet()
        self.accept()

    def print_sheet(self, path: str | None = None) -> str | None:
        """The settlement sheet as PDF (asks for a file name when none is given)."""
        from dealerdesk.reports.repair_order import write_repair_order
        from dealerdesk.services.settings import get_setting

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存结算单 PDF"), f"{self.order.number}.pdf",
                                                  "PDF (*.pdf)")
        if not path:
            return None
        preview = rc.settlement_preview(self.ctx.actor, self.order_id, self.order.discount)
        write_repair_order(path, self.order, preview, store_name=str(get_setting("store.name") or ""),
                           logo=str(get_setting("store.logo") or ""), printed_at=self.ctx.clock())
        return path
