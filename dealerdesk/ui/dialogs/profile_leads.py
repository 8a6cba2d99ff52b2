"""Working a lead from the customer profile: open it (double-click or Enter), log a follow-up (F2), change its
level, record an order or a defeat, each with the existing dialog.

Why here and not only in 今日跟进: the consultant usually has the customer open when the customer calls;
finding the same lead again in the worklist (consultant filter, 未来7天, the row, F3) took five steps.
The dialogs are the lead area's (ui/dialogs/lead.py, follow_up.py, level_change.py, order.py, defeat.py);
this module only puts them on the profile's leads table. Each refreshes the profile through the bus.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from dealerdesk.services.sales.leads import ACTIVE_STATUSES
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.dialogs.follow_up import LOG_KEY


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileLeads", text)


class ProfileLeadActions(QObject):
    """The action bar over the profile's leads table, acting on the selected lead."""

    def __init__(self, window, view: QTableView, page: QWidget) -> None:
        super().__init__(window)
        self.window, self.view = window, view
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_tr("选中的线索："), page))
        for key, text, slot, permission in (
                ("open", _tr("打开线索 (Enter)"), self.open_lead, "lead.read"),
                ("follow_up", _tr("记录跟进 ({key})").format(key=LOG_KEY), self.follow_up, "lead.follow_up"),
                ("level", _tr("调整级别"), self.change_level, "lead.change_level"),
                ("order", _tr("登记订单 / 订车单"), self.order, "lead.outcome"),
                ("defeat", _tr("战败"), self.defeat, "lead.outcome")):
            button = QPushButton(text, page)
            button.setObjectName(f"leadAction_{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            button.setProperty("permission", permission)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        page.layout().insertLayout(page.layout().count() - 1, bar)  # just above the tables
        view.doubleClicked.connect(lambda _index: self.open_lead())
        view.installEventFilter(self)
        view.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.update_buttons()

    def selected(self):
        """The LeadRow of the current row, or None."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.view.model().row_at(index.row())

    def update_buttons(self) -> None:
        row = self.selected()
        active = row is not None and row.status in ACTIVE_STATUSES
        for key, button in self.buttons.items():
            enabled = row is not None and (key == "open" or active)
            if key == "follow_up" and row is not None and row.level == "D":
                enabled = True  # the post-delivery call is the D lead's follow-up
            if key == "order":
                enabled = row is not None and ((active and row.status == "open" and row.level not in ("D", "T"))
                                               or row.level in ("O", "D"))
            gate(button, self.window.ctx.actor, button.property("permission"), enabled)

    def eventFilter(self, watched, event) -> bool:
        """Enter opens the selected lead; F2 (the follow-up key everywhere) logs a follow-up on it."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_lead()
                return True
            if QKeySequence(event.keyCombination()) == QKeySequence(LOG_KEY):
                self.follow_up()
                return True
        return super().eventFilter(watched, event)

    def _run(self, dialog_cls, key: str) -> None:
        row = self.selected()
        if row is None or not self.buttons[key].isEnabled():
            return
        dialog = ops.call(self.window, self.window.ctx, dialog_cls, self.window.ctx, row.id, self.window)
        if dialog is ops.FAILED:
            return
        self.exec_dialog(dialog)

    def exec_dialog(self, dialog) -> int:
        """Run a lead dialog modally (tests replace this); the profile reloads from the bus afterwards."""
        self.last_dialog = dialog
        return dialog.exec()

    def open_lead(self) -> None:
        from dealerdesk.ui.dialogs.lead import LeadDialog

        row = self.selected()
        if row is None:
            return
        dialog = ops.call(self.window, self.window.ctx, LeadDialog, self.window.ctx, None, row.id, self.window)
        if dialog is ops.FAILED:
            return
        self.exec_dialog(dialog)

    def follow_up(self) -> None:
        from dealerdesk.ui.dialogs.follow_up import FollowUpDialog

        self._run(FollowUpDialog, "follow_up")

    def change_level(self) -> None:
        from dealerdesk.ui.dialogs.level_change import LevelChangeDialog

        self._run(LevelChangeDialog, "level")

    def order(self) -> None:
        from dealerdesk.ui.dialogs.deal_sheet import DealSheetDialog  # the order is recorded with its deal sheet

        self._run(DealSheetDialog, "order")

    def defeat(self) -> None:
        from dealerdesk.ui.dialogs.defeat import DefeatDialog

        self._run(DefeatDialog, "defeat")


def install(window) -> ProfileLeadActions:
    """Called by the profile window once its tabs exist."""
    view = window.views["leads"].parent()
    page = window.tabs.widget(1)
    return ProfileLeadActions(window, view, page)
