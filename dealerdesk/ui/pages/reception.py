"""服务接待 page: the service advisor's day — 预约日历 (slots per advisor, day or week), 今日到店 (arrivals at the
desk, check-in), 进度看板 (every open order with its technicians, overdue in red, the next status along
DOMAIN's flow, settlement once ready; below it 今日已交车), 车间看板 (per technician: who works on which car,
and the agreed lines waiting for dispatch) and 统计 (with technicians' hours and first-time-fix).

Everything comes from services.reception; tables are the generic LazyTableModel over small list sources, and
the calendar grid is its own tiny model (slots × days) because a grid is not a list of records.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
                               QMessageBox, QPushButton, QSplitter, QStatusBar, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from dealerdesk.domain import labels
from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.domain.store_calendar import DayInfo
from dealerdesk.services import catalogue
from dealerdesk.services import reception as rc
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.page_actions import NewAction
from dealerdesk.ui.dialogs.appointment import AppointmentDialog
from dealerdesk.ui.dialogs.check_in import CheckInDialog
from dealerdesk.ui.dialogs.repair_order import RepairOrderDialog
from dealerdesk.ui.dialogs.settle import SettleDialog
from dealerdesk.ui.models.columns.reception import (APPOINTMENT_SPEC, BOARD_SPEC, DELIVERED_SPEC, WAITING_SPEC,
                                                   WORKSHOP_SPEC)
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import ListSource
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.tables import list_table

Index = QModelIndex | QPersistentModelIndex

class SlotGridModel(QAbstractTableModel):
    """Slots (rows) × days (columns); a cell shows how many places are taken and by whom."""

    FULL = QColor("#fde2e1")
    BUSY = QColor("#e8f1fb")
    CLOSED = QColor("#eeeeee")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.slots: list[dt.time] = []
        self.days: list[dt.date] = []
        self.cells: dict[tuple[dt.date, dt.time], list[rc.AppointmentRow]] = {}
        self.capacity = 1
        self.day_info: dict[dt.date, DayInfo] = {}

    def load(self, days: list[dt.date], rows: list[rc.AppointmentRow], capacity: int) -> None:
        self.beginResetModel()
        self.days = days
        policy = rc.policy()
        # the rows are every slot any day of the view has: a holiday Monday has none, a short Saturday fewer
        self.slots = sorted({s.time() for day in days for s in rules.day_slots(day, policy)})
        self.day_info = {day: policy.calendar.info(day) for day in days}
        self.capacity = capacity
        self.cells = {}
        for r in rows:
            if r.status in rc.BUSY:
                self.cells.setdefault((r.start.date(), r.start.time()), []).append(r)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.days)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.days):
            d = self.days[section]
            info = self.day_info.get(d)
            closed = "" if info is None or info.open else self.tr(" 休")
            return f"{d:%m-%d} {ui_labels.weekday(d)}{closed}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.slots):
            return self.slots[section].strftime("%H:%M")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.slots) or index.column() >= len(self.days):
            return None
        day = self.days[index.column()]
        rows = self.cells.get((day, self.slots[index.row()]), [])
        info = self.day_info.get(day)
        if info is not None and not info.open and not rows:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.CLOSED
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("门店休息：{why}").format(why=ui_labels.day_reason(info.holiday, info.reason))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{len(rows)}/{self.capacity} " + "、".join(r.customer_name for r in rows) if rows else ""
        if role == Qt.ItemDataRole.BackgroundRole and rows:
            return self.FULL if len(rows) >= self.capacity else self.BUSY
        if role == Qt.ItemDataRole.ToolTipRole and rows:
            return "\n".join(f"{r.customer_name} {r.plate} {r.advisor_name} {r.requested_work}" for r in rows)
        return None


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.active_dialog: QDialog | None = None
        try:
            catalogue.ensure_default_catalogue(ctx.actor)
        except DealerDeskError:
            pass  # a read-only role: the catalogue is someone else's to fill
        self.tabs = QTabWidget()
        self.tabs.addTab(self._calendar_tab(), self.tr("预约日历"))
        self.tabs.addTab(self._arrivals_tab(), self.tr("今日到店"))
        self.tabs.addTab(self._board_tab(), self.tr("进度看板"))
        self.tabs.addTab(self._workshop_tab(), self.tr("车间看板"))
        self.tabs.addTab(self._stats_tab(), self.tr("统计"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.status_bar = QStatusBar()  # the confirmation after each step
        self.status_bar.setSizeGripEnabled(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.tabs)
        lay.addWidget(self.status_bar)
        # one Ctrl+Shift+N for the page: 散客接车 on 今日到店, 新预约 elsewhere (two would be ambiguous there)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self._new_by_tab)
        ctx.bus.dueChanged.connect(self.refresh)
        self.refresh()

    # --- tabs -------------------------------------------------------------------------------------
    def _button(self, text: str, slot, shortcut: str = "", scope: QWidget | None = None,
                permission: str = "") -> QPushButton:
        """A button; its shortcut works anywhere inside `scope` (the tab it belongs to). With `permission`,
        a role that may not do it gets the button disabled with the reason, and no shortcut."""
        btn = QPushButton(text)
        btn.clicked.connect(lambda _checked=False: slot())  # never clicked's bool as the slot's first argument
        if permission and not gate(btn, self.ctx.actor, permission):
            return btn
        if shortcut and scope is not None:
            QShortcut(QKeySequence(shortcut), scope, activated=slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            btn.setText(f"{text} ({shortcut})")
        return btn

    def _calendar_tab(self) -> QWidget:
        w = QWidget()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = self.ctx.clock().date()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.view_mode = QComboBox()
        self.view_mode.addItem(self.tr("日视图"), "day")
        self.view_mode.addItem(self.tr("周视图"), "week")
        self.view_mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.advisor = QComboBox()
        for adv in rc.list_advisors(self.ctx.actor):
            self.advisor.addItem(adv.name, adv.id)
        self.advisor.currentIndexChanged.connect(lambda _i: self.refresh())
        bar = QHBoxLayout()
        for label, widget in ((self.tr("日期"), self.date), (self.tr("服务顾问"), self.advisor), ("", self.view_mode)):
            if label:
                bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self._button(self.tr("新预约"), self.new_appointment, permission="appointment.write"))
        bar.addWidget(self._button(self.tr("改期"), self.reschedule, permission="appointment.write"))
        bar.addWidget(self._button(self.tr("取消预约"), self.cancel, permission="appointment.write"))
        bar.addWidget(self._button(self.tr("记为未到店"), self.no_show, permission="appointment.write"))
        self.grid = SlotGridModel(self)
        self.grid_view = QTableView()
        self.grid_view.setModel(self.grid)
        self.grid_view.horizontalHeader().setStretchLastSection(True)
        self.appointment_view, self.appointments = list_table(APPOINTMENT_SPEC, self, alternating=False)
        self.appointments_empty = EmptyState(
            self.appointment_view, title=self.tr("这一天还没有预约"),
            text=self.tr("这里列出所选日期的预约：时间、客户、车辆、服务顾问和状态。客户来电或按保养提醒邀约时新建预约。"),
            actions=[(self.tr("新建预约"), self.new_appointment)], parent=w)
        self.appointments_empty.buttons[0].setEnabled(self.ctx.actor.can("appointment.write"))
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(self.grid_view, 3)
        lay.addWidget(self.appointments_empty, 2)
        return w

    def _arrivals_tab(self) -> QWidget:
        w = QWidget()
        self.arrival_view, self.arrivals = list_table(APPOINTMENT_SPEC, self, alternating=False)
        self.arrival_view.activated.connect(lambda _i: self.check_in())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("今天预约到店的客户；回车接车")))
        bar.addStretch(1)
        bar.addWidget(self._button(self.tr("接车"), self.check_in, permission="reception.write"))
        walk_in = self._button(self.tr("散客接车"), self.walk_in, permission="reception.write")
        walk_in.setText(walk_in.text() + " (Ctrl+Shift+N)")  # the page's shortcut, see _new_by_tab
        bar.addWidget(walk_in)
        self.arrivals_empty = EmptyState(
            self.arrival_view, title=self.tr("今天没有待到店的预约"),
            text=self.tr("预约了今天的客户到店后在这里接车；没有预约的客户用“散客接车”。"),
            actions=[(self.tr("散客接车"), self.walk_in)], parent=w)
        self.arrivals_empty.buttons[0].setEnabled(self.ctx.actor.can("reception.write"))
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(self.arrivals_empty)
        return w

    def _board_tab(self) -> QWidget:
        w = QWidget()
        self.board_view, self.board = list_table(BOARD_SPEC, self, alternating=False)
        self.board_view.activated.connect(lambda _i: self.open_order())
        self.board_view.selectionModel().currentRowChanged.connect(lambda *_a: self._offer_statuses())
        self.status = QComboBox()  # the moves the selected order may make, never its current status
        self.status.setMinimumContentsLength(16)
        self.status.setToolTip(self.tr("所选工单可以改成的状态；灰字的步骤不是正常流程，需要填写原因"))
        self.status_btn = self._button(self.tr("更改状态"), self.change_status, "Ctrl+T", w, "reception.write")
        self.settle_btn = self._button(self.tr("交车结算"), self.settle, "Ctrl+J", w, "reception.write")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("红色：已过承诺完工时间；回车打开工单")))
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("改为")))
        bar.addWidget(self.status)
        bar.addWidget(self.status_btn)
        bar.addWidget(self._button(self.tr("打开工单"), self.open_order))
        bar.addWidget(self.settle_btn)
        self.board_empty = EmptyState(
            self.board_view, title=self.tr("车间里没有在修的车"),
            text=self.tr("这里列出所有未交车的工单：车牌、状态、服务顾问和承诺完工时间，超时的标红。接车开单后出现在这里。"),
            actions=[(self.tr("散客接车"), self.walk_in)], parent=w)
        self.board_empty.buttons[0].setEnabled(self.ctx.actor.can("reception.write"))
        self.delivered_view, self.delivered = list_table(DELIVERED_SPEC, self, alternating=False)
        self.delivered_view.activated.connect(lambda i: self.open_order(self.delivered.row_at(i.row()).id))
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        self.delivered_title = QLabel()
        ll.addWidget(self.delivered_title)
        ll.addWidget(self.delivered_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.board_empty)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(split)
        return w

    def _workshop_tab(self) -> QWidget:
        w = QWidget()
        self.workshop_view, self.workshop = list_table(WORKSHOP_SPEC, self, alternating=False)
        self.workshop_view.activated.connect(lambda i: self._open_work(self.workshop.row_at(i.row()).order_id))
        self.waiting_view, self.waiting = list_table(WAITING_SPEC, self, alternating=False)
        self.waiting_view.activated.connect(lambda i: self._open_work(self.waiting.row_at(i.row()).order_id))
        self.waiting_title = QLabel()
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.waiting_title)
        ll.addWidget(self.waiting_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.workshop_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("每位技师手上的活：施工中、待开工、今天已完工；回车打开工单，在工单里派工、开工、完工")))
        lay.addWidget(split)
        return w

    def _open_work(self, order_id: int | None) -> None:
        if order_id is not None:
            self.open_order(order_id)

    def _stats_tab(self) -> QWidget:
        w = QWidget()
        self.stats_labels: dict[str, QLabel] = {}
        lay = QHBoxLayout(w)
        for key, title in (("day", self.tr("今日")), ("month", self.tr("本月"))):
            box = QFormLayout()
            box.addRow(QLabel(f"<b>{title}</b>"))
            for field, label in (("orders", self.tr("工单数")), ("revenue", self.tr("营业额")),
                                 ("average", self.tr("平均客单价")), ("extra", self.tr("增项 同意/拒绝")),
                                 ("on_time", self.tr("按时完工率")), ("no_show", self.tr("预约未到店率")),
                                 ("first_fix", self.tr("一次修复率")), ("hours", self.tr("技师工时 实际/标准"))):
                value = QLabel()
                self.stats_labels[f"{key}.{field}"] = value
                box.addRow(label, value)
            lay.addLayout(box)
        lay.addStretch(1)
        self.technician_hours = QLabel()
        self.technician_hours.setAlignment(Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.technician_hours)
        return w

    # --- loading ----------------------------------------------------------------------------------
    def selected_day(self) -> dt.date:
        return self.date.date().toPython()

    def refresh(self) -> None:
        actor, now = self.ctx.actor, self.ctx.clock()
        day = self.selected_day()
        days = rules.week_days(day) if self.view_mode.currentData() == "week" else [day]
        rows = rc.appointments_between(actor, days[0], days[-1], self.advisor.currentData())
        self.grid.load(days, rows, rc.policy().slot_capacity)
        self.appointments.set_source(ListSource(rows))
        self.arrivals.set_source(ListSource(rc.todays_arrivals(actor, now.date())))
        self.board.set_source(ListSource(rc.progress_board(actor, now)))
        self._offer_statuses()
        delivered = rc.handed_over_on(actor, now.date())
        self.delivered.set_source(ListSource(delivered))
        self.delivered_title.setText(self.tr("今日已交车（{n} 台）").format(n=len(delivered)))
        self.workshop.set_source(ListSource(rc.workshop_board(actor, now)))
        waiting = rc.waiting_for_dispatch(actor)
        self.waiting.set_source(ListSource(waiting))
        self.waiting_title.setText(self.tr("待派工（客户已同意、还没派给技师的项目：{n} 项）").format(n=len(waiting)))
        month_start = now.date().replace(day=1)
        workshop = {"day": rc.workshop_stats(actor, now.date(), now.date()),
                    "month": rc.workshop_stats(actor, month_start, now.date())}
        self.technician_hours.setText("<b>" + self.tr("本月技师工时（实际 / 标准）") + "</b><br>" + "<br>".join(
            self.tr("{name}：{worked:g} / {standard:g} 小时，{jobs} 项").format(
                name=t.name, worked=t.worked_hours, standard=t.standard_hours, jobs=t.jobs)
            for t in workshop["month"].technicians) if workshop["month"].technicians else "")
        for key, stats in (("day", rc.day_stats(actor, now.date())), ("month", rc.month_stats(actor, now.year,
                                                                                            now.month))):
            ws = workshop[key]
            worked = sum((t.worked_hours for t in ws.technicians), Decimal("0"))
            standard = sum((t.standard_hours for t in ws.technicians), Decimal("0"))
            values = {"orders": str(stats.orders), "revenue": f"¥{stats.revenue:,.2f}",
                      "average": f"¥{stats.average_ticket:,.2f}",
                      "extra": f"{stats.extra_approved} / {stats.extra_declined}",
                      "on_time": f"{stats.on_time_rate:.0%}", "no_show": f"{stats.no_show_rate:.0%}",
                      "first_fix": self.tr("{rate:.0%}（{fixed}/{judged}，{days} 天内未返修）").format(
                          rate=ws.first_time_fix_rate, fixed=ws.first_time_fixed, judged=ws.first_time_judged,
                          days=ws.comeback_days),
                      "hours": f"{worked:g} / {standard:g}"}
            for field, text in values.items():
                self.stats_labels[f"{key}.{field}"].setText(text)

    def _selected(self, view: QTableView, model: LazyTableModel):
        rows = view.selectionModel().selectedRows()
        row = rows[0].row() if rows else view.currentIndex().row()
        return model.row_at(row) if row >= 0 else None

    def _open(self, dialog: QDialog, after=None) -> QDialog:
        """Window-modal, not exec(): the page keeps painting and tests can drive the dialog."""
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: (self.refresh(), after(dialog) if after and result else None))
        dialog.open()
        return dialog

    # --- actions ----------------------------------------------------------------------------------
    def new_appointment(self, customer_id: int | None = None, vehicle_id: int | None = None,
                        reminder_id: int | None = None) -> QDialog:
        self.tabs.setCurrentIndex(0)
        return self._open(AppointmentDialog(self.ctx, self, customer_id=customer_id or None, vehicle_id=vehicle_id,
                                            reminder_id=reminder_id, day=self.selected_day()),
                          after=lambda dialog: self._say(dialog.confirmation()))

    def new_action(self) -> NewAction:
        return NewAction(self.tr("新建预约"), self.new_appointment, "appointment.write")

    def _new_by_tab(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.walk_in()
        else:
            self.new_appointment()

    def reschedule(self) -> None:
        row = self._selected(self.appointment_view, self.appointments)
        if row is not None:
            self._open(AppointmentDialog(self.ctx, self, appointment=row),
                       after=lambda dialog: self._say(dialog.confirmation()))

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        row = self._selected(self.appointment_view, self.appointments)
        if row is None or not self._confirm(self.tr("取消预约"), self.tr("取消 {name} {at} 的预约吗？").format(
                name=row.customer_name, at=row.start.strftime("%m-%d %H:%M"))):
            return
        self._act(lambda: rc.cancel_appointment(self.ctx.actor, row.id, now=self.ctx.clock()))

    def no_show(self) -> None:
        row = self._selected(self.appointment_view, self.appointments)
        if row is None or not self._confirm(self.tr("未到店"), self.tr("把 {name} 的预约记为未到店吗？").format(
                name=row.customer_name)):
            return
        self._act(lambda: rc.mark_no_show(self.ctx.actor, row.id, now=self.ctx.clock()))

    def _act(self, call) -> None:
        if ops.call(self, self.ctx, call) is ops.FAILED:
            self.refresh()  # the board as it is now, after the refused change

    def check_in(self) -> None:
        row = self._selected(self.arrival_view, self.arrivals)
        if row is None or row.status != "booked":
            return
        self._open(CheckInDialog(self.ctx, self, appointment=row), after=self._order_after_check_in)

    def walk_in(self) -> None:
        self.tabs.setCurrentIndex(1)
        self._open(CheckInDialog(self.ctx, self), after=self._order_after_check_in)

    def _order_after_check_in(self, dialog: CheckInDialog) -> None:
        if dialog.order is not None:
            self._say(self.tr("已接车：{plate} {customer}，工单 {number}").format(
                plate=dialog.order.plate, customer=dialog.order.customer_name, number=dialog.order.number))
            self.open_order(dialog.order.id)

    def open_order(self, order_id: int | None = None) -> None:
        if order_id is None:
            row = self._selected(self.board_view, self.board)
            order_id = row.id if row is not None else None
        if order_id is not None:
            self._open(RepairOrderDialog(self.ctx, order_id, self))

    def _offer_statuses(self) -> None:
        """The status box lists where the selected order may go ("→ 维修中"), regular steps first; a skip or
        a step back is marked as needing a reason. Settlement is offered only for an order ready (or in
        quality check, with the offer to finish it first)."""
        row = self._selected(self.board_view, self.board)
        self.status.clear()
        for code, needs_reason in (rules.status_targets(row.status) if row is not None else []):
            label = ui_labels.text(labels.REPAIR_ORDER_STATUS, code)
            self.status.addItem(self.tr("→ {status}（跳过或退回，需填原因）").format(status=label) if needs_reason
                                else self.tr("→ {status}").format(status=label), code)
            self.status.setItemData(self.status.count() - 1, needs_reason, Qt.ItemDataRole.UserRole + 1)
        if self.ctx.actor.can("reception.write"):
            self.status.setEnabled(self.status.count() > 0)
            self.status_btn.setEnabled(self.status.count() > 0)
            self.settle_btn.setEnabled(row is not None and row.status in ("ready", "quality_check"))
            self.settle_btn.setToolTip("" if row is not None and rules.may_settle(row.status) else
                                       self.tr("工单待交车时才能结算"))

    def _say(self, text: str) -> None:
        self.status_bar.showMessage(text, 10000)

    def change_status(self) -> None:
        row = self._selected(self.board_view, self.board)
        code = self.status.currentData()
        if row is None or code is None:
            return
        note = ""
        if self.status.currentData(Qt.ItemDataRole.UserRole + 1):
            note, ok = QInputDialog.getText(self, self.tr("更改状态"), self.tr(
                "从“{old}”直接改为“{new}”不是正常的下一步，请填写原因：").format(
                old=ui_labels.text(labels.REPAIR_ORDER_STATUS, row.status),
                new=ui_labels.text(labels.REPAIR_ORDER_STATUS, code)))
            if not ok or not note.strip():
                return
        done = ops.call(self, self.ctx, rc.change_status, self.ctx.actor, row.id, code, now=self.ctx.clock(),
                        note=note)
        if done is ops.FAILED:
            self.refresh()
            return
        self._say(self.tr("工单 {number}（{plate}）已改为“{status}”").format(
            number=row.number, plate=row.plate, status=ui_labels.text(labels.REPAIR_ORDER_STATUS, code)))
        self.refresh()
        self._reselect(row.id)

    def _reselect(self, order_id: int) -> None:
        for i in range(self.board.rowCount()):
            if self.board.row_at(i).id == order_id:
                self.board_view.selectRow(i)
                return

    def settle(self) -> None:
        row = self._selected(self.board_view, self.board)
        if row is None:
            return
        if row.status == "quality_check" and self._confirm(self.tr("交车结算"), self.tr(
                "工单 {number} 还在“质检中”。质检已通过、改为“待交车”并结算吗？").format(number=row.number)):
            if ops.call(self, self.ctx, rc.change_status, self.ctx.actor, row.id, "ready",
                        now=self.ctx.clock()) is ops.FAILED:
                self.refresh()
                return
            self._say(self.tr("工单 {number} 已改为“待交车”").format(number=row.number))
        elif not rules.may_settle(row.status):
            if row.status != "quality_check":
                QMessageBox.information(self, self.tr("交车结算"), self.tr(
                    "工单 {number} 还在“{status}”，维修、质检完成改为“待交车”后才能结算。").format(
                    number=row.number, status=ui_labels.text(labels.REPAIR_ORDER_STATUS, row.status)))
            return
        self._open(SettleDialog(self.ctx, row.id, self), after=lambda d: self._say(
            self.tr("工单 {number}（{plate}）已结算交车，列在“今日已交车”").format(number=row.number, plate=row.plate)))
