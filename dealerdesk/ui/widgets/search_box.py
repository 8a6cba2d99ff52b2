"""The global search box: type a name, pinyin, phone tail, plate or VIN tail and pick the customer.

Searches as you type (debounced, so a fast typist triggers one look-up, not one per key) through
services.search and shows the ranked hits grouped by what matched. The popup is a non-activating tool
window, so the caret stays in the box: Up/Down move through the hits, Enter opens the selected (by default
the best) hit, Esc closes.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.dto import SearchHit
from dealerdesk.services.search import search_customers
from dealerdesk.domain.phones import display as phone_display

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
GROUP_LABELS = {
    "name": QT_TRANSLATE_NOOP("search", "姓名"),
    "pinyin": QT_TRANSLATE_NOOP("search", "拼音"),
    "phone": QT_TRANSLATE_NOOP("search", "电话"),
    "plate": QT_TRANSLATE_NOOP("search", "车牌"),
    "vin": QT_TRANSLATE_NOOP("search", "车架号"),
}
RANK_LABELS = {0: QT_TRANSLATE_NOOP("search", "完全匹配"), 1: QT_TRANSLATE_NOOP("search", "开头匹配"),
               2: QT_TRANSLATE_NOOP("search", "包含")}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the columns of a hit: what tells two customers of one name apart
NAME_COL, PHONE_COL, PLATE_COL, OWNER_COL, ACTIVITY_COL, MATCH_COL = range(6)
COLUMNS = 6
#: which column shows what matched, per match kind (highlighted); vin and a contact's name go to MATCH_COL
MATCH_COLUMN = {"name": NAME_COL, "pinyin": NAME_COL, "phone": PHONE_COL, "plate": PLATE_COL}
HIGHLIGHT = QColor("#b34700")


def highlighted_column(hit: SearchHit) -> int:
    """The cell that shows what matched: the name, the phone, the plate, or the last column (a VIN tail, or
    a company found by its contact's name)."""
    if hit.matched == "name" and hit.matched_value and hit.matched_value != hit.name:
        return MATCH_COL
    return MATCH_COLUMN.get(hit.matched, MATCH_COL)


def hit_cells(hit: SearchHit) -> list[str]:
    """The texts of one hit's row: the name once, phone, plate, consultant, last activity, and either what
    matched (when no other cell shows it) or how well it matched."""
    name = hit.name + (QCoreApplication.translate("search", "（单位）") if hit.kind == "company" else "")
    if highlighted_column(hit) == MATCH_COL:
        label = (QCoreApplication.translate("search", "联系人") if hit.matched == "name"
                 else QCoreApplication.translate("search", GROUP_LABELS.get(hit.matched, hit.matched)))
        match = f"{label} {hit.matched_value}"
    else:
        match = QCoreApplication.translate("search", RANK_LABELS.get(hit.rank, ""))
    return [name, phone_display(hit.phone), hit.plate, hit.owner_name or "—", hit.last_activity_at.strftime("%Y-%m-%d"), match]


def group_hits(hits: list[SearchHit]) -> list[tuple[str, list[SearchHit]]]:
    """Hits grouped by match kind; groups ordered by their best hit, hits keep the service's ranking."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.matched, []).append(hit)
    return list(groups.items())  # dict keeps first-seen order = order of each group's best hit


class SearchPopup(QFrame):
    activated = Signal(int)  # customer id

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setUniformRowHeights(True)
        self.tree.itemClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.tree)

    def show_hits(self, hits: list[SearchHit], text: str) -> None:
        self.tree.clear()
        if not hits:
            item = QTreeWidgetItem([self.tr("没有找到“%1”").replace("%1", text)])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(item)
        first = None
        for kind, members in group_hits(hits):
            header = QTreeWidgetItem([QCoreApplication.translate("search", GROUP_LABELS.get(kind, kind))])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            for hit in members:
                cells = hit_cells(hit)
                item = QTreeWidgetItem(header, ["  " + cells[0], *cells[1:]])
                item.setData(0, HIT_ROLE, hit.id)
                column = highlighted_column(hit)
                font = item.font(column)
                font.setBold(True)
                item.setFont(column, font)
                item.setForeground(column, HIGHLIGHT)
                item.setToolTip(0, self.tr("匹配：{what}").format(what=hit.matched_value or hit.name))
                first = first or item
            header.setExpanded(True)
        for col in range(COLUMNS):
            self.tree.resizeColumnToContents(col)
        if first is not None:
            self.tree.setCurrentItem(first)
        rows = self.tree.topLevelItemCount() + len(hits)
        height = min(max(rows, 1), 16) * (self.tree.sizeHintForRow(0) or 22) + 8
        wanted = sum(self.tree.columnWidth(c) for c in range(COLUMNS)) + 40
        self.resize(max(360, min(max(wanted, self.parentWidget().width()), 820)), height)

    def hit_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, HIT_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def move_selection(self, step: int) -> None:
        items = self.hit_items()
        if not items:
            return
        current = self.tree.currentItem()
        i = items.index(current) if current in items else -1
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, i + step))])

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, HIT_ROLE)
        if value is not None:
            self.activated.emit(int(value))


class GlobalSearchBox(QLineEdit):
    """`search` is injectable so tests and other pages can reuse the widget over another service."""

    customerActivated = Signal(int)

    def __init__(self, actor_getter: Callable[[], object], parent: QWidget | None = None,
                 search: Callable[..., list[SearchHit]] = search_customers, limit: int = 30) -> None:
        super().__init__(parent)
        self._actor = actor_getter
        self._search = search
        self.limit = limit
        self.hits: list[SearchHit] = []
        self.setPlaceholderText(self.tr("查找客户：姓名、拼音、电话尾号、车牌、车架号 (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.setMaximumWidth(560)
        self.popup = SearchPopup(self)
        self.popup.activated.connect(self._open)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _t: self._timer.start())
        self._hide_timer = QTimer(self)  # parented: never fires after the box is gone
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(150)
        self._hide_timer.timeout.connect(self._hide_if_unfocused)

    def run_search(self) -> None:
        """Search now (the debounce timer calls it; tests may too)."""
        self._timer.stop()
        text = self.text().strip()
        if not text:
            self.hits = []
            self.popup.hide()
            return
        try:
            self.hits = self._search(self._actor(), text, limit=self.limit)
        except Exception:
            log.exception("search failed")
            self.hits = []
        self.popup.show_hits(self.hits, text)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()

    def _open(self, customer_id: int) -> None:
        """Open the hit; the text stays selected, so typing the next name replaces it (Enter reopens it)."""
        self.popup.hide()
        self.selectAll()
        self.customerActivated.emit(customer_id)

    def activate_current(self) -> None:
        """Enter: the highlighted hit, which is the best one until the user moves."""
        if self._timer.isActive():
            self.run_search()
        customer_id = self.popup.current_id() if self.popup.isVisible() else None
        if customer_id is None and self.hits:
            customer_id = self.hits[0].id
        if customer_id is not None:
            self._open(customer_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_current()
        elif key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
            self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._hide_timer.start()

    def _hide_if_unfocused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()
