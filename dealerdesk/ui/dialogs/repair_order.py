"""工单 dialog: the quote (lines from the catalogue, estimated finish, the customer's acceptance) and extra
work found during repair (its own quote, approved or declined with time and channel).

Every change goes through services.reception and the dialog reloads the order from it, so what is shown is
what is stored.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDoubleSpinBox, QFileDialog, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.services import reception as rc
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import to_qdt
from dealerdesk.ui.models.columns.reception import LINE_SPEC
from dealerdesk.ui.models.sources import ListSource
from dealerdesk.ui.widgets.forms import FieldErrors, push_button
from dealerdesk.ui.widgets.service_picker import ServicePicker
from dealerdesk.ui.widgets.tables import list_table


class RepairOrderDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.extra_lines: list[rc.LineInput] = []
        self.extra_names: list[str] = []  # what was picked, for the pending line
        self.errors = FieldErrors(self)
        self.resize(820, 620)
        self.header = QLabel()
        self.table, self.model = list_table(LINE_SPEC, self, alternating=False)
        self.total = QLabel()

        # quote
        self.quote_box = QGroupBox(self.tr("报价"))
        q = QGridLayout(self.quote_box)
        self.item, self.qty = ServicePicker(ctx, self), self._qty_box()
        self.add_btn = push_button(self.tr("加入报价(&A)"), self._add_line)
        self.promised = QDateTimeEdit()
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setCalendarPopup(True)
        self.accepted_by = QLineEdit()
        self.accepted_by.setPlaceholderText(self.tr("确认人（客户或其代表）"))
        self.accept_btn = push_button(self.tr("客户确认报价(&Q)"), self._accept_quote)
        q.addWidget(QLabel(self.tr("项目")), 0, 0)
        q.addWidget(self.item, 0, 1)
        q.addWidget(self.qty, 0, 2)
        q.addWidget(self.add_btn, 0, 3)
        q.addWidget(QLabel(self.tr("预计完工")), 1, 0)
        q.addWidget(self.promised, 1, 1)
        q.addWidget(self.errors.label_for("promised_at"), 2, 1)
        q.addWidget(self.accepted_by, 1, 2)
        q.addWidget(self.accept_btn, 1, 3)
        q.addWidget(self.errors.label_for("accepted_by"), 2, 2)
        q.addWidget(self.errors.label_for("lines"), 3, 0, 1, 4)

        # extra work
        self.extra_box = QGroupBox(self.tr("增项（维修中发现）"))
        e = QGridLayout(self.extra_box)
        self.job = QLineEdit()
        self.job.setPlaceholderText(self.tr("增项内容，例如：更换前刹车片"))
        self.extra_item, self.extra_qty = ServicePicker(ctx, self), self._qty_box()
        self.extra_add = push_button(self.tr("加一行(&L)"), self._add_extra_line)
        self.extra_pending = QLabel()
        self.extra_submit = push_button(self.tr("提交增项报价(&E)"), self._submit_extra)
        self.group = QComboBox()
        self.channel = QComboBox()
        for code, label in ui_labels.choices(labels.DECISION_CHANNEL):
            self.channel.addItem(label, code)
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(self.tr("答复人"))
        self.approve_btn = push_button(self.tr("客户同意(&Y)"), lambda: self._decide(True))
        self.decline_btn = push_button(self.tr("客户拒绝(&N)"), lambda: self._decide(False))
        e.addWidget(self.job, 0, 0, 1, 2)
        e.addWidget(self.extra_item, 0, 2)
        e.addWidget(self.extra_qty, 0, 3)
        e.addWidget(self.extra_add, 0, 4)
        e.addWidget(self.extra_pending, 1, 0, 1, 4)
        e.addWidget(self.extra_submit, 1, 4)
        e.addWidget(self.errors.label_for("job"), 2, 0, 1, 4)
        e.addWidget(QLabel(self.tr("待答复增项")), 3, 0)
        e.addWidget(self.group, 3, 1)
        e.addWidget(self.channel, 3, 2)
        e.addWidget(self.decided_by, 3, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_btn)
        buttons.addWidget(self.decline_btn)
        e.addLayout(buttons, 3, 4)
        e.addWidget(self.errors.label_for("decided_by"), 4, 3)

        close = push_button(self.tr("关闭"), self.accept)
        self.print_btn = push_button(self.tr("打印工单(&P)"), self._print)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.print_btn)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.quote_box)
        lay.addWidget(self.extra_box)
        lay.addLayout(bottom)
        self.reload()
        if self.order.promised_at is None:
            self.promised.setDateTime(to_qdt(ctx.clock() + dt.timedelta(hours=3)))
        self.item.setFocus()

    @staticmethod
    def _qty_box() -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.01, 9999)
        box.setValue(1)
        return box

    def reload(self) -> None:
        self.order = rc.get_order(self.ctx.actor, self.order_id)
        o = self.order
        self.setWindowTitle(self.tr("工单 {number}").format(number=o.number))
        self.header.setText(self.tr("{number}　{customer}　{plate}　{status}　进厂 {km:,} 公里　{complaint}").format(
            number=o.number, customer=o.customer_name, plate=o.plate,
            status=ui_labels.text(labels.REPAIR_ORDER_STATUS, o.status),
            km=o.mileage_km, complaint=o.complaint))
        self.model.set_source(ListSource(o.lines))
        accepted = o.quote_accepted_at is not None
        self.quote_box.setEnabled(not accepted and o.status != "handed_over")
        self.extra_box.setEnabled(accepted and o.status != "handed_over")
        if o.promised_at is not None:
            self.promised.setDateTime(to_qdt(o.promised_at))
        self.group.clear()
        for g in o.pending_extra_groups:
            job = next(ln.job for ln in o.lines if ln.extra_group == g)
            self.group.addItem(f"#{g} {job}", g)
        state = self.tr("已确认：{who} {at:%m-%d %H:%M}").format(who=o.quote_accepted_by, at=o.quote_accepted_at) \
            if accepted else self.tr("待客户确认")
        self.total.setText(self.tr("报价合计 ¥{total:,.2f}（{state}）").format(total=o.base_total, state=state))

    def _run(self, call) -> bool:
        self.errors.clear()
        if ops.call(self, self.ctx, call, errors=self.errors.show) is ops.FAILED:
            return False
        self.reload()
        return True

    def _add_line(self) -> None:
        lines = self.item.lines(self.qty.value())

        def call() -> None:
            for data in lines:  # a package adds its lines
                rc.add_line(self.ctx.actor, self.order_id, data, now=self.ctx.clock())
        if lines and self._run(call):
            self.item.setFocus()

    def _accept_quote(self) -> None:
        promised = self.promised.dateTime().toPython().replace(second=0, microsecond=0)

        def call() -> None:
            rc.set_promise(self.ctx.actor, self.order_id, promised)
            rc.accept_quote(self.ctx.actor, self.order_id, self.accepted_by.text(), now=self.ctx.clock())
        if self._run(call):
            self.job.setFocus()

    def _add_extra_line(self) -> None:
        added = self.extra_item.lines(self.extra_qty.value())
        self.extra_lines += added
        self.extra_names += [self.extra_item.label()] if added else []
        self.extra_pending.setText(self.tr("本次增项 {n} 行：{names}").format(
            n=len(self.extra_lines), names="、".join(self.extra_names)))

    def _submit_extra(self) -> None:
        lines = list(self.extra_lines)
        if self._run(lambda: rc.propose_extra(self.ctx.actor, self.order_id, self.job.text(), lines,
                                              now=self.ctx.clock())):
            self.extra_lines.clear()
            self.extra_names.clear()
            self.extra_pending.clear()
            self.job.clear()
            self.decided_by.setFocus()

    def _decide(self, approved: bool) -> None:
        group = self.group.currentData()
        if group is None:
            return
        self._run(lambda: rc.decide_extra(self.ctx.actor, self.order_id, group, approved,
                                          self.channel.currentData(), self.decided_by.text(), now=self.ctx.clock()))

    def _print(self) -> None:
        from dealerdesk.reports.repair_order import write_repair_order
        from dealerdesk.reports.layout import store_header
        from dealerdesk.services.store_profile import get_profile

        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存工单 PDF"), f"{self.order.number}.pdf", "PDF (*.pdf)")
        if path:
            write_repair_order(path, self.order, **store_header(get_profile()), printed_at=self.ctx.clock())
