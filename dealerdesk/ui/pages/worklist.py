"""今日跟进: overdue (red, days overdue), due today and the next 7 days, most urgent first (H first).

Rows are tasks (one per customer and task: both insurances of a vehicle are one row), grouped by kind in the
list on the left with their counts; the person filter lists everybody who owns items (service advisors and
the front desk too). A manager first sees the sums per person (按人员汇总); double-click or Enter on a person
shows their items.

Why one table with a status column rather than three tables: the keyboard moves through the whole day in
one list (↑/↓), and one key acts on the row: Enter opens the customer, F2 logs a follow-up, F3 opens the
lead, F4 snoozes, F6 reassigns (manager), F5 refreshes. Data: services.sales.worklist, which uses the
same due list as the tray and `dealerdesk due`.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QMenu,
                               QPushButton, QTabBar, QTabWidget, QVBoxLayout, QWidget)

from dealerdesk.services.sales import leads
from dealerdesk.domain import labels
from dealerdesk.services.sales.worklist import (SECTIONS, OwnerSum, WorkItem, Worklist, build_worklist, snooze_task,
                                                worklist_owners)
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.follow_up import LOG_KEY, open_follow_up
from dealerdesk.ui.models.columns import RED
from dealerdesk.ui.models.columns.sales import owner_sums_spec, worklist_spec
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.widgets.customer_actions import new_customer
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.tables import Extended, list_table
from dealerdesk.ui.format import paren


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
        self.owners = ops.run(self, ctx, worklist_owners)
        self.owners = [] if self.owners is ops.FAILED else self.owners
        # everybody who owns items is a filter choice (issue 22: service staff own reminders)
        self.choose_owner = ctx.actor.role != "sales" and len(self.owners) > 1
        self.consultant = QComboBox()
        self.consultant.setAccessibleName(self.tr("人员"))
        self.consultant.addItem(self.tr("全部人员"), None)
        for login, name, role in self.owners:
            self.consultant.addItem(paren(name, ui_labels.text(labels.ROLE, role)), login)
        self.consultant.setVisible(self.choose_owner)
        self.consultant.currentIndexChanged.connect(self.refresh)
        owner_label = QLabel(self.tr("人员(&P)"))
        owner_label.setBuddy(self.consultant)
        owner_label.setVisible(self.choose_owner)
        self.approvals = QPushButton()
        self.approvals.setVisible(ctx.actor.can("lead.approve_defeat"))
        self.approvals.clicked.connect(self.open_approvals)
        self.discount_approvals = QPushButton()  # 优惠审批 (issue 28), beside 战败审批
        self.discount_approvals.setVisible(ctx.actor.can("deal.approve_discount"))
        self.discount_approvals.clicked.connect(self.open_discount_approvals)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.approvals)
        top.addWidget(self.discount_approvals)
        top.addWidget(owner_label)
        top.addWidget(self.consultant)

        self.groups = QListWidget()  # kinds of task with their counts; the first row is all of them
        self.groups.setAccessibleName(self.tr("事项类别"))
        self.groups.setMaximumWidth(190)
        self.groups.currentRowChanged.connect(lambda *_: self._show_rows())

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
            ("open", self.tr("打开客户 (Enter)"), "Return", self.on_return),
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

        detail = QWidget()
        inner = QVBoxLayout(detail)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.tabs)
        inner.addWidget(self.empty, 1)  # the view, or what it will show while it is empty
        inner.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.groups)
        self.people_view = self.people_model = None
        self.views: QTabWidget | None = None
        if self.choose_owner:  # the manager's summary per person, and a drill-down to their items
            self.people_view, self.people_model = list_table(owner_sums_spec(), self, widths=False)
            self.people_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.people_view.doubleClicked.connect(lambda index: self.show_person(index.row()))
            self.views = QTabWidget()
            self.views.addTab(self.people_view, self.tr("按人员汇总"))
            self.views.addTab(detail, self.tr("明细"))
            self.views.setCurrentIndex(0 if self.manager else 1)
            body.addWidget(self.views, 1)
        else:
            body.addWidget(detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
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
        group = self.current_group()
        self.groups.blockSignals(True)
        self.groups.clear()
        all_item = QListWidgetItem(self.tr("全部事项 ({n})").format(n=len(wl.rows())))
        self.groups.addItem(all_item)
        for code, n in wl.group_counts().items():
            item = QListWidgetItem(f"{ui_labels.text(labels.WORKLIST_GROUP, code)} ({n})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.groups.addItem(item)
        rows = [self.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.groups.count())]
        self.groups.setCurrentRow(rows.index(group) if group in rows else 0)
        self.groups.blockSignals(False)
        if self.people_model is not None:
            login = self.consultant.currentData()
            people = [p for p in self.owners if login in (None, p[0])]
            self.people_model.set_rows(wl.by_owner(people))
        if self.approvals.isVisible() or self.ctx.actor.can("lead.approve_defeat"):
            n = len(leads.pending_defeats(self.ctx.actor))
            self.approvals.setText(self.tr("战败审批 ({n})").format(n=n))
        if self.ctx.actor.can("deal.approve_discount"):
            from dealerdesk.services.sales.deals import pending_discounts

            self.discount_approvals.setText(self.tr("优惠审批 ({n})").format(n=len(pending_discounts(self.ctx.actor))))
        self._show_rows(keep=keep)

    def current_group(self) -> str | None:
        item = self.groups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def section_rows(self, section: str) -> list[WorkItem]:
        """The rows of a section ("all" for every one) of the kind of task chosen on the left."""
        wl = self.worklist
        rows = wl.rows() if section == "all" else getattr(wl, section)
        group = self.current_group()
        return rows if group is None else [w for w in rows if w.group == group]

    def show_person(self, row: int) -> None:
        """The drill-down: the person's items, in the detail tab."""
        if self.people_model is None or row < 0:
            return
        person: OwnerSum = self.people_model.row_at(row)
        index = self.consultant.findData(person.login)
        if index >= 0:
            self.consultant.setCurrentIndex(index)
        if self.views is not None:
            self.views.setCurrentIndex(1)
        self.view.setFocus()

    def _show_rows(self, *_args, keep: str | None = None) -> None:
        if self.worklist is None:
            return
        for i, section in enumerate(self.FILTERS):
            label = self.tr("全部") if section == "all" else _tr(SECTIONS[section])
            self.tabs.setTabText(i, f"{label} ({len(self.section_rows(section))})")
        self.tabs.setTabTextColor(1, RED if self.section_rows("overdue") else QColor())
        key = self.FILTERS[max(self.tabs.currentIndex(), 0)]
        rows = self.section_rows(key)
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
        if w and w.item.kind == "key_account_visit":  # F2 on a planned key-account visit records the visit
            gate(self.buttons["log"], self.ctx.actor, "key_account.write")
        elif w and w.item.source == "call_list":  # a campaign call (issue 24): log its result
            gate(self.buttons["log"], self.ctx.actor, "interaction.write")
        else:
            gate(self.buttons["log"], self.ctx.actor, "lead.follow_up", has_lead)
        self.buttons["lead"].setEnabled(has_lead)
        self.buttons["snooze"].setEnabled(w is not None and w.item.source != "call_list")
        self.buttons["reassign"].setEnabled(any(s.item.lead_id for s in self.selected()))

    # ------------------------------------------------------------------ actions
    def on_return(self) -> None:
        """Enter: on the summary, that person's items; on an item, its customer."""
        if self.people_view is not None and self.people_view.hasFocus():
            self.show_person(self.people_view.currentIndex().row())
        else:
            self.open_customer()

    def open_customer(self) -> None:
        w = self.current()
        if w and w.item.customer_id:
            self.ctx.open_customer(w.item.customer_id)

    def log_follow_up(self) -> None:
        w = self.current()
        if w and w.item.kind == "key_account_visit" and self.ctx.actor.can("key_account.write"):
            from dealerdesk.ui.dialogs.key_account import VisitDialog

            dialog = VisitDialog(self.ctx, w.item.detail["account_id"], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda *_: self.refresh())
            self.active_dialog = dialog
            dialog.open()
            return
        if w and w.item.source == "call_list":
            from dealerdesk.ui.dialogs.campaigns import LogCallDialog

            dialog = LogCallDialog(self.ctx, w.item.item_id, w.item.customer_name, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(self.refresh)
            self.active_dialog = dialog
            dialog.open()
            return
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
                snooze_task(self.ctx.actor, w, until, at=self.ctx.clock())
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

    def open_discount_approvals(self) -> None:
        from dealerdesk.ui.dialogs.deal_sheet import DiscountApprovalDialog

        dialog = DiscountApprovalDialog(self.ctx, self)
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
