"""服务接待 page: the service advisor's day — 预约日历 (slots per advisor, day or week), 今日到店 (arrivals at the
desk, check-in), 进度看板 (every open order, overdue in red, status changes, settlement) and 统计.

Everything comes from services.reception; tables are the generic LazyTableModel over small list sources, and
the calendar grid is its own tiny model (slots × days) because a grid is not a list of records.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import DealerDeskError
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
from dealerdesk.ui.models.columns.reception import APPOINTMENT_SPEC, BOARD_SPEC
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import ListSource
from dealerdesk.ui.widgets.tables import list_table

Index = QModelIndex | QPersistentModelIndex
WEEKDAYS = "一二三四五六日"

class SlotGridModel(QAbstractTableModel):
    """Slots (rows) × days (columns); a cell shows how many places are taken and by whom."""

    FULL = QColor("#fde2e1")
    BUSY = QColor("#e8f1fb")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.slots: list[dt.time] = []
        self.days: list[dt.date] = []
        self.cells: dict[tuple[dt.date, dt.time], list[rc.AppointmentRow]] = {}
        self.capacity = 1

    def load(self, days: list[dt.date], rows: list[rc.AppointmentRow], capacity: int) -> None:
        self.beginResetModel()
        self.days = days
        self.slots = [s.time() for s in rules.day_slots(days[0], rc.policy())] if days else []
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
            return f"{d:%m-%d} 周{WEEKDAYS[d.weekday()]}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.slots):
            return self.slots[section].strftime("%H:%M")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.slots) or index.column() >= len(self.days):
            return None
        rows = self.cells.get((self.days[index.column()], self.slots[index.row()]), [])
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
            rc.ensure_default_catalogue(ctx.actor)
        except DealerDeskError:
            pass  # a read-only role: the catalogue is someone else's to fill
        self.tabs = QTabWidget()
        self.tabs.addTab(self._calendar_tab(), self.tr("预约日历"))
        self.tabs.addTab(self._arrivals_tab(), self.tr("今日到店"))
        self.tabs.addTab(self._board_tab(), self.tr("进度看板"))
        self.tabs.addTab(self._stats_tab(), self.tr("统计"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.tabs)
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
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(self.grid_view, 3)
        lay.addWidget(self.appointment_view, 2)
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
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(self.arrival_view)
        return w

    def _board_tab(self) -> QWidget:
        w = QWidget()
        self.board_view, self.board = list_table(BOARD_SPEC, self, alternating=False)
        self.board_view.activated.connect(lambda _i: self.open_order())
        self.status = QComboBox()
        for code in rules.OPEN_ORDER_STATUSES:
            self.status.addItem(ui_labels.text(labels.REPAIR_ORDER_STATUS, code), code)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("红色：已过承诺完工时间；回车打开工单")))
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self._button(self.tr("更改状态"), self.change_status, "Ctrl+T", w, "reception.write"))
        bar.addWidget(self._button(self.tr("打开工单"), self.open_order))
        bar.addWidget(self._button(self.tr("交车结算"), self.settle, "Ctrl+J", w, "reception.write"))
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(self.board_view)
        return w

    def _stats_tab(self) -> QWidget:
        w = QWidget()
        self.stats_labels: dict[str, QLabel] = {}
        lay = QHBoxLayout(w)
        for key, title in (("day", self.tr("今日")), ("month", self.tr("本月"))):
            box = QFormLayout()
            box.addRow(QLabel(f"<b>{title}</b>"))
            for field, label in (("orders", self.tr("工单数")), ("revenue", self.tr("营业额")),
                                 ("average", self.tr("平均客单价")), ("extra", self.tr("增项 同意/拒绝")),
                                 ("on_time", self.tr("按时完工率")), ("no_show", self.tr("预约未到店率"))):
                value = QLabel()
                self.stats_labels[f"{key}.{field}"] = value
                box.addRow(label, value)
            lay.addLayout(box)
        lay.addStretch(1)
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
        for key, stats in (("day", rc.day_stats(actor, now.date())), ("month", rc.month_stats(actor, now.year,
                                                                                            now.month))):
            values = {"orders": str(stats.orders), "revenue": f"¥{stats.revenue:,.2f}",
                      "average": f"¥{stats.average_ticket:,.2f}",
                      "extra": f"{stats.extra_approved} / {stats.extra_declined}",
                      "on_time": f"{stats.on_time_rate:.0%}", "no_show": f"{stats.no_show_rate:.0%}"}
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
                                            reminder_id=reminder_id, day=self.selected_day()))

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
            self._open(AppointmentDialog(self.ctx, self, appointment=row))

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
            self.open_order(dialog.order.id)

    def open_order(self, order_id: int | None = None) -> None:
        if order_id is None:
            row = self._selected(self.board_view, self.board)
            order_id = row.id if row is not None else None
        if order_id is not None:
            self._open(RepairOrderDialog(self.ctx, order_id, self))

    def change_status(self) -> None:
        row = self._selected(self.board_view, self.board)
        if row is not None:
            self._act(lambda: rc.change_status(self.ctx.actor, row.id, self.status.currentData(), now=self.ctx.clock()))

    def settle(self) -> None:
        row = self._selected(self.board_view, self.board)
        if row is not None:
            self._open(SettleDialog(self.ctx, row.id, self))
