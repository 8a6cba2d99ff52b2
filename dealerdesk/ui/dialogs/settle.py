"""交车结算 dialog: final lines against the quote (differences shown), discount with its reason, payment
method; on settlement the service record, call-back and survey are written by the service, and the
settlement sheet can be printed.
"""
from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFormLayout,
                               QLabel, QLineEdit, QMessageBox, QSpinBox, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.domain.loyalty import PointsPolicy
from dealerdesk.services import loyalty
from dealerdesk.services import reception as rc
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.models.columns.reception import DIFF_SPEC
from dealerdesk.ui.widgets.forms import FieldErrors, button_box
from dealerdesk.ui.widgets.tables import list_table


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
        table, self.model = list_table(DIFF_SPEC, self, rows=preview.lines, alternating=False)
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0, float(preview.final_total))
        self.discount.setPrefix("¥")
        self.discount.valueChanged.connect(self._update)
        self.reason = QLineEdit()
        self.payment = QComboBox()
        for code, label in ui_labels.choices(labels.SETTLEMENT_PAYMENT):
            self.payment.addItem(label, code)
        self.summary = QLabel()
        # member points (会员积分): spent here, at most the balance and never more than the amount to pay
        self.member = loyalty.member_status(ctx.actor, self.order.customer_id, today=ctx.clock().date()) \
            if ctx.actor.can("points.read") else None
        self.points = QSpinBox()
        self.points.setSuffix(self.tr(" 分"))
        self.points.setRange(0, self.member.balance if self.member else 0)
        self.points.setSingleStep(100)
        self.points.setEnabled(bool(self.member and self.member.balance and ctx.actor.can("points.spend")))
        self.points.valueChanged.connect(self._update)
        self.points_info = QLabel()
        self.print_after = QCheckBox(self.tr("结算后打印结算单"))
        self.print_after.setChecked(True)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("优惠"), self.discount, "discount")
        self.errors.add_row(form, self.tr("优惠原因"), self.reason, "discount_reason")
        self.errors.add_row(form, self.tr("付款方式"), self.payment, "payment_method")
        self.errors.add_row(form, self.tr("积分抵扣"), self.points, "points")
        form.addRow("", self.points_info)
        buttons = button_box(self, self._settle, ok_text=self.tr("结算并交车"))
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
        self._update_points(s.payable)

    def _update_points(self, payable: Decimal) -> None:
        if self.member is None:
            self.points_info.setText(self.tr("无权查看会员积分"))
            return
        rate = self.member.redeem_points_per_yuan
        most = min(self.member.balance, int(payable * rate))
        self.points.blockSignals(True)
        self.points.setMaximum(max(most, 0))
        self.points.blockSignals(False)
        yuan = PointsPolicy(redeem_points_per_yuan=rate).yuan_for(self.points.value())
        self.points_info.setText(self.tr("{tier}　可用积分 {balance:,} 分（{rate} 分抵 1 元）　抵扣 ¥{yuan:,.2f}　"
                                         "实付 ¥{cash:,.2f}").format(
            tier=ui_labels.text(labels.MEMBER_TIER, self.member.tier), balance=self.member.balance, rate=rate,
            yuan=yuan, cash=payable - yuan))

    def _settle(self) -> None:
        self.errors.clear()
        if QMessageBox.question(self, self.tr("交车结算"), self.tr("结算后工单不能再修改，确定结算吗？")) \
                != QMessageBox.StandardButton.Yes:
            return
        data = rc.SettleInput(self.payment.currentData(), Decimal(str(self.discount.value())), self.reason.text(),
                              points=self.points.value())
        order = ops.run(self, self.ctx, rc.settle_order, self.order_id, data, now=self.ctx.clock(),
                        errors=self.errors.show)
        if order is ops.FAILED:
            return
        self.order = order
        if self.print_after.isChecked():
            self.print_sheet()
        self.accept()

    def print_sheet(self, accept=None) -> int:
        """结算后打印结算单: the system print dialog, then the settlement sheet; the pages printed."""
        from dealerdesk.ui import printing

        with tempfile.TemporaryDirectory(prefix="dealerdesk-print-") as tmp:
            pdf = self.write_sheet(Path(tmp) / f"{self.order.number}.pdf")
            return printing.print_pdf(pdf, self, accept=accept)

    def write_sheet(self, path: Path) -> Path:
        """The settlement sheet as a PDF at `path`."""
        from dealerdesk.reports.layout import store_header
        from dealerdesk.reports.repair_order import write_repair_order
        from dealerdesk.services.store_profile import get_profile

        preview = rc.settlement_preview(self.ctx.actor, self.order_id, self.order.discount)
        points = loyalty.order_points(self.ctx.actor, self.order_id, self.order.customer_id,
                                      today=self.ctx.clock().date()) if self.ctx.actor.can("points.read") else None
        write_repair_order(str(path), self.order, preview, **store_header(get_profile()), printed_at=self.ctx.clock(),
                           points=points)
        return path
