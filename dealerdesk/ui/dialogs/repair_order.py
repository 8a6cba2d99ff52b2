"""工单 dialog: the quote (lines from the catalogue, estimated finish, the customer's acceptance), extra
work found during repair (its own quote, approved or declined with time and channel) and dispatch (派工).

Every change goes through services.reception and the dialog reloads the order from it, so what is shown is
what is stored. Safe to edit: no button is the dialog's default (Enter in a field never adds a line); a line
the customer has not agreed to can be changed or deleted (buttons, context menu, Delete) and a deletion or
change undone (Ctrl+Z); the footer always shows 报价 + 已同意增项 = 合计, and what was declined; each step
is confirmed in the status bar.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDoubleSpinBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton,
                               QStatusBar, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.services import reception as rc
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import bracket, gap, to_qdt
from dealerdesk.ui.models.columns.reception import LINE_SPEC
from dealerdesk.ui.models.sources import ListSource
from dealerdesk.ui.widgets.forms import FieldErrors, button_box, push_button, stack
from dealerdesk.ui.widgets.service_picker import ServicePicker
from dealerdesk.ui.widgets.tables import list_table


class RepairOrderDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.extra_lines: list[rc.LineInput] = []
        self.extra_names: list[str] = []  # what was picked, for the pending line
        self.undo_steps: list[tuple[str, Callable[[], object]]] = []  # (what is undone, how), newest last
        self.errors = FieldErrors(self)
        self.resize(900, 680)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.table, self.model = list_table(LINE_SPEC, self, alternating=False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._line_menu)
        self.table.installEventFilter(self)  # Delete on a line deletes it (see eventFilter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, activated=self.undo)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.status_bar = QStatusBar()
        self.status_bar.setSizeGripEnabled(False)

        # the selected line: change, delete, undo; dispatch to a technician
        self.edit_btn = push_button(self.tr("修改项目(&M)"), self.edit_line)
        self.delete_btn = push_button(self.tr("删除项目 (Del)"), self.delete_line)
        self.undo_btn = push_button(self.tr("撤销 (Ctrl+Z)"), self.undo)
        self.technician = QComboBox()
        self.technician.setMinimumContentsLength(6)
        for t in rc.list_technicians(ctx.actor):
            self.technician.addItem(t.name, t.id)
        self.dispatch_btn = push_button(self.tr("派工(&D)"), self.dispatch)
        self.start_btn = push_button(self.tr("开工(&S)"), self.start_work)
        self.finish_btn = push_button(self.tr("完工(&F)"), self.finish_work)
        line_bar = QHBoxLayout()
        for w in (self.edit_btn, self.delete_btn, self.undo_btn):
            line_bar.addWidget(w)
        line_bar.addStretch(1)
        line_bar.addWidget(QLabel(self.tr("技师")))
        for w in (self.technician, self.dispatch_btn, self.start_btn, self.finish_btn):
            line_bar.addWidget(w)
        self.may_dispatch = ctx.actor.can("reception.dispatch")

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
        self.save_pdf_btn = push_button(self.tr("另存为 PDF…"), self._save_pdf)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.print_btn)
        bottom.addWidget(self.save_pdf_btn)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.table, 1)
        lay.addLayout(line_bar)
        lay.addWidget(self.errors.label_for("technician"))
        lay.addWidget(self.quote_box)
        lay.addWidget(self.extra_box)
        lay.addLayout(bottom)
        lay.addWidget(self.status_bar)
        for button in self.findChildren(QPushButton):  # Enter in a field must never press a button
            button.setAutoDefault(False)
            button.setDefault(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable_line_actions())
        self.reload()
        if self.order.promised_at is None:
            self.promised.setDateTime(to_qdt(ctx.clock() + dt.timedelta(hours=3)))
        self.item.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.delete_line()
            return True
        return super().eventFilter(watched, event)

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
            if accepted else self.tr("报价待客户确认")
        t = o.totals
        text = self.tr("报价 ¥{quoted:,.2f} ＋ 已同意增项 ¥{agreed:,.2f} ＝ <b>合计 ¥{total:,.2f}</b>"
                       "　已拒绝 ¥{declined:,.2f}").format(quoted=t.quoted, agreed=t.agreed_extra, total=t.total,
                                                         declined=t.declined)
        if t.pending:
            text += self.tr("　待客户答复 ¥{pending:,.2f}").format(pending=t.pending)
        self.total.setText(text + gap() + bracket(state).strip())
        self._enable_line_actions()

    # --- the selected line ------------------------------------------------------------------------
    def selected_line(self) -> rc.LineRow | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def select_line(self, line_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == line_id:
                self.table.selectRow(row)
                return

    def _enable_line_actions(self) -> None:
        line = self.selected_line()
        changeable = line is not None and line.open_to_change and self.order.status != "handed_over"
        self.edit_btn.setEnabled(changeable)
        self.delete_btn.setEnabled(changeable)
        self.undo_btn.setEnabled(bool(self.undo_steps))
        self.undo_btn.setToolTip(self.undo_steps[-1][0] if self.undo_steps else "")
        agreed = line is not None and line.approval == "approved" and self.order.status != "handed_over"
        self.technician.setEnabled(self.may_dispatch and agreed and self.technician.count() > 0)
        self.dispatch_btn.setEnabled(self.may_dispatch and agreed and line.work_started_at is None
                                     and self.technician.count() > 0)
        self.start_btn.setEnabled(self.may_dispatch and agreed and line.technician_id is not None
                                  and line.work_started_at is None)
        self.finish_btn.setEnabled(self.may_dispatch and agreed and line.work_started_at is not None
                                   and line.work_finished_at is None)
        if self.technician.count() == 0:
            self.technician.setToolTip(self.tr("还没有技师：请系统管理员在用户管理里勾选“同时是技师”"))

    def _line_menu(self, pos) -> None:
        line = self.selected_line()
        if line is None:
            return
        menu = QMenu(self)
        for text, slot, button in ((self.tr("修改项目…"), self.edit_line, self.edit_btn),
                                   (self.tr("删除项目"), self.delete_line, self.delete_btn),
                                   (self.tr("派工给所选技师"), self.dispatch, self.dispatch_btn),
                                   (self.tr("开工"), self.start_work, self.start_btn),
                                   (self.tr("完工"), self.finish_work, self.finish_btn)):
            action = menu.addAction(text, slot)
            action.setEnabled(button.isEnabled())
        self.line_menu = menu  # tests look at it
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _done(self, message: str) -> None:
        self.status_bar.showMessage(message, 8000)

    def delete_line(self) -> None:
        line = self.selected_line()
        if line is None or not self.delete_btn.isEnabled():
            return
        if self._run(lambda: rc.remove_line(self.ctx.actor, line.id)):
            self.undo_steps.append((self.tr("恢复删除的“{name}”").format(name=line.name),
                                    lambda: rc.restore_line(self.ctx.actor, self.order_id, line,
                                                            now=self.ctx.clock())))
            self._enable_line_actions()
            self._done(self.tr("已删除“{name}”（Ctrl+Z 撤销）").format(name=line.name))

    def edit_line(self) -> None:
        line = self.selected_line()
        if line is None or not self.edit_btn.isEnabled():
            return
        self.line_dialog = LineEditDialog(self, line)
        self.line_dialog.open()

    def save_line(self, line: rc.LineRow, qty: float, price: float) -> bool:
        if not self._run(lambda: rc.update_line(self.ctx.actor, line.id, str(qty), str(price))):
            return False
        self.undo_steps.append((self.tr("恢复“{name}”原来的数量和单价").format(name=line.name),
                                lambda: rc.update_line(self.ctx.actor, line.id, line.qty, line.unit_price)))
        self.select_line(line.id)
        self._enable_line_actions()
        self._done(self.tr("已修改“{name}”").format(name=line.name))
        return True

    def undo(self) -> None:
        if not self.undo_steps:
            return
        text, step = self.undo_steps[-1]
        if self._run(step):
            self.undo_steps.pop()
            self._enable_line_actions()
            self._done(self.tr("已撤销：{what}").format(what=text))

    def dispatch(self) -> None:
        line = self.selected_line()
        if line is None or not self.dispatch_btn.isEnabled():
            return
        tech, name = self.technician.currentData(), self.technician.currentText()
        if self._run(lambda: rc.dispatch_line(self.ctx.actor, line.id, tech, now=self.ctx.clock())):
            self.select_line(line.id)
            self._done(self.tr("“{line}”已派给 {tech}").format(line=line.name, tech=name))

    def start_work(self) -> None:
        line = self.selected_line()
        if line is None or not self.start_btn.isEnabled():
            return
        if self._run(lambda: rc.start_work(self.ctx.actor, line.id, now=self.ctx.clock())):
            self.select_line(line.id)
            self._done(self.tr("{tech} 已开工：{line}").format(tech=line.technician_name, line=line.name))

    def finish_work(self) -> None:
        line = self.selected_line()
        if line is None or not self.finish_btn.isEnabled():
            return
        if self._run(lambda: rc.finish_work(self.ctx.actor, line.id, now=self.ctx.clock())):
            self.select_line(line.id)
            self._done(self.tr("{tech} 已完工：{line}").format(tech=line.technician_name, line=line.name))

    def _run(self, call) -> bool:
        self.errors.clear()
        if ops.call(self, self.ctx, call, errors=self.errors.show) is ops.FAILED:
            return False
        self.reload()
        return True

    def _add_line(self) -> None:
        lines = self.item.lines(self.qty.value())

        def call() -> None:  # a package adds its lines, all of them or none
            rc.add_lines(self.ctx.actor, self.order_id, lines, now=self.ctx.clock())
        if lines and self._run(call):
            self._done(self.tr("已加入报价：{item}").format(item=self.item.label()))
            self.item.setFocus()

    def _accept_quote(self) -> None:
        promised = self.promised.dateTime().toPython().replace(second=0, microsecond=0)

        def call() -> None:
            rc.set_promise(self.ctx.actor, self.order_id, promised)
            rc.accept_quote(self.ctx.actor, self.order_id, self.accepted_by.text(), now=self.ctx.clock())
        if self._run(call):
            self._done(self.tr("客户已确认报价 ¥{total:,.2f}").format(total=self.order.quoted_total))
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
            self._done(self.tr("增项报价已提交，等客户答复"))
            self.decided_by.setFocus()

    def _decide(self, approved: bool) -> None:
        group = self.group.currentData()
        if group is None:
            return
        if self._run(lambda: rc.decide_extra(self.ctx.actor, self.order_id, group, approved,
                                             self.channel.currentData(), self.decided_by.text(),
                                             now=self.ctx.clock())):
            self._done(self.tr("增项已记为客户同意，合计 ¥{total:,.2f}").format(total=self.order.totals.total)
                       if approved else self.tr("增项已记为客户拒绝（下次来店时再建议）"))

    def _print(self, accept=None) -> int:
        """打印工单: the system print dialog, then the repair order's pages."""
        from dealerdesk.ui import printing

        with tempfile.TemporaryDirectory(prefix="dealerdesk-print-") as tmp:
            return printing.print_pdf(self._write(Path(tmp) / f"{self.order.number}.pdf"), self, accept=accept)

    def _save_pdf(self) -> Path | None:
        """另存为 PDF: the repair order written where the person says (Documents first)."""
        from dealerdesk.ui import printing

        path = printing.ask_pdf_path(self, self.tr("保存工单 PDF"), f"{self.order.number}.pdf")
        return self._write(path) if path is not None else None

    def _write(self, path: Path) -> Path:
        from dealerdesk.reports.layout import store_header
        from dealerdesk.reports.repair_order import write_repair_order
        from dealerdesk.services.store_profile import get_profile

        return write_repair_order(path, self.order, **store_header(get_profile()), printed_at=self.ctx.clock())


class LineEditDialog(QDialog):
    """修改项目: the quantity and unit price of a line the customer has not agreed to yet."""

    def __init__(self, owner: RepairOrderDialog, line: rc.LineRow) -> None:
        super().__init__(owner)
        self.owner, self.line = owner, line
        self.setWindowTitle(self.tr("修改项目：{name}").format(name=line.name))
        self.errors = FieldErrors(self)
        self.qty = QDoubleSpinBox()
        self.qty.setRange(0.01, 9999)
        self.qty.setValue(float(line.qty))
        self.price = QDoubleSpinBox()
        self.price.setRange(0, 999999)
        self.price.setDecimals(2)
        self.price.setPrefix("¥")
        self.price.setValue(float(line.unit_price))
        form = QFormLayout()
        form.addRow(self.tr("项目"), QLabel(line.name))
        self.errors.add_row(form, self.tr("数量"), self.qty, "qty")
        form.addRow(self.tr("单价"), self.price)
        stack(self, form, button_box(self, self._save))
        self.qty.setFocus()
        self.qty.selectAll()

    def _save(self) -> None:
        if self.owner.save_line(self.line, self.qty.value(), self.price.value()):
            self.accept()
