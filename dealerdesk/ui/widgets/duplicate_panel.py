"""The live duplicate and 撞单 warning under a new customer's fields (新建客户, 接待登记).

Why a widget of its own: both dialogs that create a customer must warn the same way while the clerk types —
same phone → offer to open the existing profile; same name + phone tail, plate or VIN → warn; a match owned by
another consultant → 撞单. The rules are services.customers.duplicates'; this only shows them.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services.customers.duplicates import PHONE, DuplicateMatch, find_duplicates

REASON_TEXT = {
    "phone": "电话相同", "name_phone_tail": "姓名相同且电话尾号相同", "plate": "车牌相同", "vin": "车架号相同",
}


class DuplicatePanel(QWidget):
    """`refresh(actor, name, phones, …)` asks the service; `openRequested(customer_id)` when the clerk picks a
    match to open instead of creating a new customer. Hidden while nothing matches."""

    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None, open_text: str = "") -> None:
        super().__init__(parent)
        self.matches: list[DuplicateMatch] = []
        self.head = QLabel(self)
        self.head.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.open_button = QPushButton(open_text or self.tr("打开已有客户"), self)
        self.open_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.head)
        layout.addWidget(self.list)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        self.open_button.clicked.connect(self._open)
        self.show_matches([])

    def refresh(self, actor, name: str, phones: Iterable[str] = (), plates: Iterable[str] = (),
                vins: Iterable[str] = (), owner_id: int | None = None) -> list[DuplicateMatch]:
        """Ask with whatever is typed so far (half-typed values are ignored by the service)."""
        try:
            matches = find_duplicates(actor, name, list(phones), list(plates), list(vins), owner_id=owner_id)
        except DealerDeskError:
            matches = []
        self.show_matches(matches)
        return matches

    def has_phone_match(self) -> bool:
        return any(m.reason == PHONE for m in self.matches)

    def show_matches(self, matches: list[DuplicateMatch]) -> None:
        self.matches = matches
        self.list.clear()
        visible = bool(matches)
        for w in (self.head, self.list, self.open_button):
            w.setVisible(visible)
        if not visible:
            return
        for m in matches:
            owner = m.owner_name or self.tr("无销售顾问")
            text = f"{m.name}（#{m.customer_id}）— {QCoreApplication.translate('duplicates', REASON_TEXT[m.reason])}"
            text += f" {m.detail}　{owner}"
            if m.other_owner:
                text += self.tr("　【撞单：其他顾问的客户】")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, m.customer_id)
            if m.reason == PHONE or m.other_owner:
                item.setForeground(Qt.GlobalColor.darkRed)
        first = matches[0]
        if first.reason == PHONE:
            head = self.tr("该电话已登记为客户 {name}，可直接打开已有档案。").format(name=first.name)
        else:
            head = self.tr("可能重复：请核对下列客户。")
        if any(m.other_owner for m in matches):
            head += self.tr(" 注意撞单：有匹配客户属于其他销售顾问（{names}）。").format(
                names="、".join(sorted({m.owner_name for m in matches if m.other_owner})))
        self.head.setText(f"<b>{head}</b>")
        self.head.setStyleSheet("color:#c62828;")
        self.list.setCurrentRow(0)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _open(self) -> None:
        customer_id = self.current_id()
        if customer_id is not None:
            self.openRequested.emit(customer_id)
