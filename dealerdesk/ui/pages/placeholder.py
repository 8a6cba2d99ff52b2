"""Shown for a navigation entry whose page module has not landed yet (or failed to load)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dealerdesk.ui.context import AppContext


class Page(QWidget):
    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None, title: str = "",
                 detail: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title, self)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.message = QLabel(detail or self.tr("此功能即将推出"), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addStretch(2)
