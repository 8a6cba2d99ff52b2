"""Every page can be used with the keyboard alone: each visible, enabled control on it takes Tab focus (no
button a mouse alone can press), and Tab from the navigation reaches the page's controls."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView,
                               QLineEdit, QTabBar)

from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.pages import PAGES, may_open

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)


def _mouse_only(page) -> list[str]:
    out = []
    for widget in {w for cls in CONTROLS for w in page.findChildren(cls)}:
        if isinstance(widget, QHeaderView):
            continue  # sorting by a column is also in each page's menu/keys; the header is not a control
        if not (widget.isVisibleTo(page) and widget.isEnabled()) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the combo's / spin box's own line edit: the parent takes the focus
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            text = getattr(widget, "text", lambda: "")()
            out.append(f"{widget.metaObject().className()}#{widget.objectName() or '-'} {text!r}")
    return out


def test_every_control_on_every_page_takes_tab_focus(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    problems = []
    for name, *_ in PAGES:
        if not may_open(ctx.actor, name):
            continue
        window.show_page(name)
        page = window.stack.currentWidget()
        problems += [f"{name}: {p}" for p in _mouse_only(page)]
    assert not problems, "\n".join(problems)


def test_tab_from_the_navigation_reaches_each_page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for name, *_ in PAGES:
        if not may_open(ctx.actor, name):
            continue
        window.show_page(name)
        page = window.stack.currentWidget()
        window.nav.setFocus(Qt.FocusReason.OtherFocusReason)
        reached = False
        for _ in range(6):
            qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
            focused = window.focusWidget()
            if focused is not None and page.isAncestorOf(focused):
                reached = True
                break
        assert reached, name
