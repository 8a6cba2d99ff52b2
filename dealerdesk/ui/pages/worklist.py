"""今日跟进: overdue (red, days overdue), due today and the next 7 days, most urgent first (H first).

Why one table with a status column rather than three tables: the keyboard moves through the whole day in
one list (↑/↓), and one key acts on the row: Enter opens the customer, F2 logs a follow-up, F3 opens the
lead, F4 snoozes, F6 reassigns (manager), F5 refreshes. Data: services.sales.worklist, which uses the
same due list as the tray and `dealerdesk due`.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QTabBar,
                               QVBoxLayout, QWidget)

from dealerdesk.services.sales import leads
from dealerdesk.services.sales.worklist import SECTIONS, WorkItem, Worklist, build_worklist, snooze_item
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.follow_up import LOG_KEY, open_follow_up
from dealerdesk.ui.models.columns import RED
from dealerdesk.ui.models.columns.sales import worklist_spec
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.widgets.customer_actions import new_customer
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.tables import Extended, list_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("worklist", text)


class Page(QWidget):
    FILTERS = ("all", "overdue", "today", "upcoming")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worklist: Worklist | None = None
        self.active_dialog = None
        self.manager = ctx.actor.can("lead.reassign")
        title = QLabel(self.tr("今日跟进"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.consultant = QComboBox()
        self.consultant.addItem(self.tr("全部顾问"), None)
        for _uid, login, name in leads.consultants(ctx.actor):
            self.consultant.addItem(name, login)
        self.consultant.setVisible(self.manager)
        self.consultant.currentIndexChanged.connect(self.refresh)
        self.approvals = QPushButton()
        self.approvals.setVisible(ctx.actor.can("lead.approve_defeat"))
        self.approvals.clicked.connect(self.open_approvals)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.approvals)
        top.addWidget(self.consultant)

        self.tabs = QTabBar()
        for _ in self.FILTERS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._show_rows)
        spec = worklist_spec(lambda: self.worklist.at if self.worklist else None)
        self.view, self.model = list_table(spec, self, selection=Extended, widths=False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda *_: self.open_customer())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(lambda pos: self._row_menu().exec(
            self.view.viewport().mapToGlobal(pos)))

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, shortcut, slot in (
            ("open", self.tr("打开客户 (Enter)"), "Return", self.open_customer),
            ("log", self.tr("记录跟进 ({k})").format(k=LOG_KEY), LOG_KEY, self.log_follow_up),
            ("lead", self.tr("线索 (F3)"), "F3", self.open_lead),
            ("snooze", self.tr("暂缓 (F4)"), "F4", self.snooze_menu),
            ("reassign", self.tr("改派 (F6)"), "F6", self.reassign),
            ("refresh", self.tr("刷新 (F5)"), "F5", self.refresh),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
            self.buttons[key] = button
            QShortcut(QKeySequence(shortcut), self, activated=slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.buttons["reassign"].setVisible(self.manager)
        buttons.addStretch(1)
        self.empty = EmptyState(
            self.view, title=self.tr("今天没有需要跟进的客户"),
            text=self.tr("这里列出今天到期和逾期的跟进、交车回访、保养、保险、年检和生日提醒。"
                         "登记客户和线索后，跟进会按线索级别自动排进来。"),
            actions=[(self.tr("新建客户"), self.new_customer)],
            filtered=lambda: self.tabs.currentIndex() > 0 or self.consultant.currentData() is not None, parent=self)
        self.empty.buttons[0].setEnabled(ctx.actor.can("customer.write"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        ctx.bus.dueChanged.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def new_customer(self) -> None:
        customer_id = new_customer(self.ctx, self)
        if customer_id is not None:
            self.ctx.open_customer(customer_id)

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        keep = self.current().key if self.current() else None
        worklist = ops.run(self, self.ctx, build_worklist, self.ctx.clock(), owner_login=self.consultant.currentData())
        if worklist is ops.FAILED:
            return
        self.worklist = worklist
        wl = self.worklist
        counts = {"all": len(wl.rows()), "overdue": len(wl.overdue), "today": len(wl.today),
                  "upcoming": len(wl.upcoming)}
        for i, key in enumerate(self.FILTERS):
            label = self.tr("全部") if key == "all" else _tr(SECTIONS[key])
            self.tabs.setTabText(i, f"{label} ({counts[key]})")
        self.tabs.setTabTextColor(1, RED if wl.overdue else QColor())
        if self.approvals.isVisible() or self.ctx.actor.can("lead.approve_defeat"):
            n = len(leads.pending_defeats(self.ctx.actor))
            self.approvals.setText(self.tr("战败审批 ({n})").format(n=n))
        self._show_rows(keep=keep)

    def _show_rows(self, *_args, keep: str | None = None) -> None:
        if self.worklist is None:
            return
        key = self.FILTERS[max(self.tabs.currentIndex(), 0)]
        rows = self.worklist.rows() if key == "all" else getattr(self.worklist, key)
        self.model.set_rows(rows)
        self.empty.update_state()
        target = next((i for i, w in enumerate(rows) if w.key == keep), 0)
        if rows:
            self.view.selectRow(min(target, len(rows) - 1))
        self._update_buttons()

    def current(self) -> WorkItem | None:
        index = self.view.currentIndex() if hasattr(self, "view") else QModelIndex()
        return index.data(LazyTableModel.RowRole) if index.isValid() else None

    def selected(self) -> list[WorkItem]:
        return [self.model.row_at(i.row()) for i in self.view.selectionModel().selectedRows()]

    def _update_buttons(self, *_args) -> None:
        w = self.current()
        has_lead = bool(w and w.item.lead_id)
        self.buttons["open"].setEnabled(bool(w and w.item.customer_id))
        gate(self.buttons["log"], self.ctx.actor, "lead.follow_up", has_lead)
        self.buttons["lead"].setEnabled(has_lead)
        self.buttons["snooze"].setEnabled(w is not None)
        self.buttons["reassign"].setEnabled(any(s.item.lead_id for s in self.selected()))

    # ------------------------------------------------------------------ actions
    def open_customer(self) -> None:
        w = self.current()
        if w and w.item.customer_id:
            self.ctx.open_customer(w.item.customer_id)

    def log_follow_up(self) -> None:
        w = self.current()
        if not (w and w.item.lead_id):
            return
        self.active_dialog = open_follow_up(self.ctx, w.item.lead_id, self)

    def open_lead(self) -> None:
        from dealerdesk.ui.dialogs.lead import LeadDialog

        w = self.current()
        if not (w and w.item.lead_id):
            return
        dialog = ops.call(self, self.ctx, LeadDialog, self.ctx, lead_id=w.item.lead_id, parent=self)
        if dialog is ops.FAILED:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.refresh())
        self.active_dialog = dialog
        dialog.open()

    def snooze_choices(self) -> list[tuple[str, dt.datetime]]:
        now = self.ctx.clock()
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(9, 0))
        return [(self.tr("1 小时后"), now + dt.timedelta(hours=1)),
                (self.tr("今天下午 (14:00)"), now.replace(hour=14, minute=0, second=0)),
                (self.tr("明天上午 (09:00)"), tomorrow),
                (self.tr("3 天后"), tomorrow + dt.timedelta(days=2))]

    def snooze_menu(self) -> None:
        if self.current() is None:
            return
        menu = QMenu(self)
        for label, until in self.snooze_choices():
            if until > self.ctx.clock():
                menu.addAction(label, lambda u=until: self.snooze_selected(u))
        rect = self.view.visualRect(self.view.currentIndex())
        menu.exec(self.view.viewport().mapToGlobal(rect.bottomLeft()))

    def snooze_selected(self, until: dt.datetime) -> None:
        def snooze_all() -> None:
            for w in self.selected() or ([self.current()] if self.current() else []):
                snooze_item(self.ctx.actor, w.item.source, w.item.item_id, until, at=self.ctx.clock())
        if ops.call(self, self.ctx, snooze_all) is ops.FAILED:
            self.refresh()  # the rows snoozed before the refusal

    def reassign(self) -> None:
        from dealerdesk.ui.dialogs.lead import ReassignDialog

        ids = sorted({w.item.lead_id for w in self.selected() if w.item.lead_id})
        if not (self.manager and ids):
            return
        dialog = ReassignDialog(self.ctx, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()

    def open_approvals(self) -> None:
        from dealerdesk.ui.dialogs.defeat import DefeatApprovalDialog

        dialog = DefeatApprovalDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.refresh())
        self.active_dialog = dialog
        dialog.open()

    def _row_menu(self) -> QMenu:
        menu = QMenu(self)
        for key in ("open", "log", "lead", "reassign"):
            button = self.buttons[key]
            if button.isVisible():
                action = menu.addAction(button.text(), button.click)
                action.setEnabled(button.isEnabled())
        snooze = menu.addMenu(self.tr("暂缓"))
        for label, until in self.snooze_choices():
            if until > self.ctx.clock():
                snooze.addAction(label, lambda u=until: self.snooze_selected(u))
        return menu

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.worklist is not None and self.worklist.at.date() != self.ctx.clock().date():
            self.refresh()  # a new day: rebuild the sections
