"""客户活动 page: the store's events (launches, test-drive days, salons, auto shows, community events, owner
parties) on top, the chosen event's tabs below — invitations, replies, the check-in at the door and the
results. Ctrl+N makes a new event; Enter on an event opens its check-in."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.services.events import records
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.format import bracket, fmt, gap
from dealerdesk.ui.models.columns.events import EVENT_SPEC
from dealerdesk.ui.page_actions import NewAction
from dealerdesk.ui.pages.event_tabs import CheckInTab, InvitationsTab, RepliesTab, ResultsTab
from dealerdesk.ui.widgets.tables import list_table


def tr(text: str) -> str:
    return QCoreApplication.translate("events", text)


class Page(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_row: records.EventRow | None = None
        self._shown: set[int] = set()  # the tabs that have read the current event
        self.new_button = QPushButton(tr("新建活动(&N)…"), self)
        self.new_button.clicked.connect(self.new_event)
        self.edit_button = QPushButton(tr("修改(&E)…"), self)
        self.edit_button.clicked.connect(self.edit_event)
        self.cancel_button = QPushButton(tr("取消活动…"), self)
        self.cancel_button.clicked.connect(self.cancel_event)
        self.show_cancelled = QCheckBox(tr("显示已取消的活动"), self)
        self.show_cancelled.toggled.connect(lambda _on: self.refresh())
        gate(self.new_button, ctx.actor, "event.write")
        self.view, self.model = list_table(EVENT_SPEC, self, name="events")
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.select(cur.row()))
        self.view.activated.connect(lambda _i: self.open_check_in())
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size:15px; font-weight:bold;")
        self.title.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.invitations = InvitationsTab(ctx, self.tabs)
        self.replies = RepliesTab(ctx, self.tabs)
        self.check_in = CheckInTab(ctx, self.tabs)
        self.results = ResultsTab(ctx, self.tabs)
        for tab, text in ((self.invitations, tr("邀请")), (self.replies, tr("回复")), (self.check_in, tr("签到")),
                          (self.results, tr("效果"))):
            self.tabs.addTab(tab, text)
        self.tabs.currentChanged.connect(lambda _i: self._show_current_tab())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        top.addWidget(self.show_cancelled)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.view, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.title)
        lower_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 560])  # about six events above the open one
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.bus.customersChanged.connect(self._customers_changed)
        self.refresh()

    # ------------------------------------------------------------------ the list
    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else (self.event_row.id if self.event_row else None)
        rows = ops.run(self, self.ctx, records.list_events, include_cancelled=self.show_cancelled.isChecked())
        rows = [] if rows is ops.FAILED else rows
        self.model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if index >= 0:
            self.view.selectRow(index)
        self.select(index)

    def select(self, row: int) -> None:
        self.event_row = self.model.row_at(row) if row >= 0 else None
        e = self.event_row
        if e is None:
            self.title.setText(tr("还没有活动：点“新建活动”安排第一场。") if not self.model.rowCount() else "")
        else:
            status = "" if e.status == "planned" else bracket(ui_labels.text(labels.EVENT_STATUS, e.status))
            self.title.setText(f"{e.name}{status}" + gap().join(
                ["", ui_labels.text(labels.EVENT_KIND, e.kind), fmt(e.starts_at), e.place]))
        editable = e is not None and e.status != "cancelled"
        gate(self.edit_button, self.ctx.actor, "event.write", enabled=editable)
        gate(self.cancel_button, self.ctx.actor, "event.write", enabled=editable)
        self.tabs.setEnabled(e is not None)
        self._shown = set()
        self._show_current_tab()

    def _show_current_tab(self) -> None:
        """Each tab reads its event when first looked at (the lists can be long)."""
        tab = self.tabs.currentWidget()
        if tab is not None and id(tab) not in self._shown:
            tab.show_event(self.event_row)
            self._shown.add(id(tab))

    def _customers_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    # ------------------------------------------------------------------ actions
    def new_action(self) -> NewAction:
        return NewAction(tr("新建活动"), self.new_event, "event.write")

    def new_event(self) -> None:
        from dealerdesk.ui.dialogs.event import EventDialog

        dialog = EventDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_row is not None:
            self.refresh(keep=dialog.result_row.id)
            self.tabs.setCurrentWidget(self.invitations)
        dialog.deleteLater()

    def edit_event(self) -> None:
        from dealerdesk.ui.dialogs.event import EventDialog

        if self.event_row is None:
            return
        dialog = EventDialog(self.ctx, self.event_row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def cancel_event(self) -> None:
        if self.event_row is None:
            return
        reason, ok = self.ask_reason(tr("取消活动“{name}”？邀请和签到记录会保留。请填写取消原因：").format(
            name=self.event_row.name))
        if not ok:
            return
        if ops.run(self, self.ctx, records.cancel_event, self.event_row.id, reason, at=self.ctx.clock()) \
                is not ops.FAILED:
            self.refresh()

    def ask_reason(self, text: str) -> tuple[str, bool]:
        """The confirmation with the reason (tests replace this)."""
        return QInputDialog.getText(self, tr("取消活动"), text, QLineEdit.EchoMode.Normal, "")

    def open_check_in(self) -> None:
        self.tabs.setCurrentWidget(self.check_in)
        self.check_in.search_line.setFocus()
