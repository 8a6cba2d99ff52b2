"""Empty states: a list with no rows shows what it will show and the one action to start, never a blank table.

`EmptyState(view, title=…, text=…, actions=[(text, slot)])` takes the page's table view and stands in its
place in the layout (a QStackedWidget: the explanation, or the view). It watches the view's model and shows
the table as soon as there is a row. `filtered` (optional) tells an empty list from an empty result of the
page's filters or search: a filtered list that comes back empty keeps showing its (empty) table, so the
filters stay where the person is working. `is_empty` (optional) says when a list counts as empty when that is
not "no rows" (the staff list holding only the administrator).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

Action = tuple[str, Callable[[], object]]


class EmptyState(QStackedWidget):
    def __init__(self, view: QAbstractItemView, *, title: str, text: str, actions: Sequence[Action] = (),
                 filtered: Callable[[], bool] | None = None, is_empty: Callable[[], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.view = view
        self.filtered = filtered or (lambda: False)
        self.is_empty = is_empty or (lambda: view.model().rowCount() == 0)
        self.panel = QWidget(self)
        self.panel.setObjectName("emptyPanel")
        self.title = QLabel(title, self.panel)
        self.title.setObjectName("emptyTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold; color: #333;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text, self.panel)
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setStyleSheet("color: #555;")
        self.set_text_width(520)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for i, (label, slot) in enumerate(actions):
            button = QPushButton(label, self.panel)
            button.setObjectName("emptyAction" if i == 0 else f"emptyAction{i + 1}")
            button.setMinimumHeight(32)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            if i == 0:
                button.setDefault(True)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self.panel)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(3)
        self.addWidget(self.panel)
        self.addWidget(view)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(lambda *_args: self.update_state())
        self.update_state()

    def set_text_width(self, width: int) -> None:
        """A fixed width for the explanation, and the height its wrapped lines need (else it is cut off)."""
        self.text.setFixedWidth(width)
        self.text.setMinimumHeight(self.text.heightForWidth(width))

    @property
    def showing_empty(self) -> bool:
        return self.currentWidget() is self.panel

    def update_state(self) -> None:
        """The explanation while the list has no row (and is not just filtered to none), else the table."""
        empty = self.is_empty() and not self.filtered()
        target = self.panel if empty else self.view
        if self.currentWidget() is not target:
            had_focus = self.currentWidget() is not None and self.currentWidget().hasFocus()
            self.setCurrentWidget(target)
            if had_focus:
                target.setFocus()

    def set_actions_enabled(self, enabled: bool, tooltip: str = "") -> None:
        """Grey the actions out for a role that may not use them (with the reason)."""
        for button in self.buttons:
            button.setEnabled(enabled)
            button.setToolTip(tooltip)
