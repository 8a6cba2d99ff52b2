"""The escalated-complaint banner above the pages: "投诉已升级" with a link that opens the complaint.

Why a banner (issue 22): an escalated complaint is the manager's most urgent item; it stays in sight, links
to the complaint, and goes by itself once the complaint is handled (resolved or closed: its escalation
reminder is done). Data: services.sales.notices.escalations, read again when due items change and every
minute (escalation happens on a schedule, not only on a click here).
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services.sales.notices import Escalation, escalations
from dealerdesk.ui.context import AppContext

REFRESH_MS = 60_000


class EscalationBanner(QFrame):
    openRequested = Signal(int)  # complaint id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, interval_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[Escalation] = []
        self.setObjectName("escalationBanner")
        self.setStyleSheet("#escalationBanner { background: #fdecea; border-bottom: 1px solid #e57373; }"
                           "#escalationBanner QLabel { color: #b71c1c; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("查看投诉"), self)
        self.open_button.setToolTip(self.tr("打开投诉与回访页并选中这条投诉"))
        self.open_button.clicked.connect(self.open_first)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        ctx.bus.dueChanged.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.items = escalations(self.ctx.actor)
        except DealerDeskError:  # the store is busy or gone: keep what is shown, try at the next tick
            return
        if not self.items:
            self.hide()
            return
        first = self.items[0]
        text = self.tr("投诉已升级：{name} 的投诉已超过处理时限，请尽快处理。").format(name=first.customer_name)
        if len(self.items) > 1:
            text += self.tr("（另有 {n} 条）").format(n=len(self.items) - 1)
        self.label.setText(text)
        self.show()

    def open_first(self) -> None:
        if self.items:
            self.openRequested.emit(self.items[0].complaint_id)
