"""Every toolbar action and every icon-only button in the main window and its pages says what it does (a
tooltip beyond the action's own text, or a status tip): a clerk hovering over it learns its name and key."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QToolBar

from dealerdesk.services.auth import actor_for_login
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.pages import PAGES, may_open
from tests.factories import make_user


#: Qt's own buttons: a tab bar's scroll arrows (they carry accessible names, and scroll with the wheel too)
QT_OWN = ("ScrollLeftButton", "ScrollRightButton")


def _qt_own(button) -> bool:
    return button.objectName().startswith("qt_") or button.objectName() in QT_OWN


def _default_tip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def unexplained(window) -> list[str]:
    missing = []
    for bar in [*window.findChildren(QToolBar), window]:  # the toolbars and the window's own shortcuts
        for action in bar.actions():
            if action.isSeparator() or action.metaObject().className() == "QWidgetAction":
                continue
            tip = action.toolTip().strip()
            if action.statusTip().strip() or (tip and tip != _default_tip(action.text())):
                continue
            missing.append(f"{bar.objectName() or bar.windowTitle()}: {action.text()!r}")
    for button in window.findChildren(QAbstractButton):
        if button.text().strip() or not button.isVisibleTo(window) or _qt_own(button):
            continue  # qt_tableview_cornerbutton: Qt's own select-all corner
        if not (button.toolTip().strip() or button.statusTip().strip()):
            missing.append(f"icon-only button {button.objectName() or button.metaObject().className()} "
                           f"in {button.parent().metaObject().className()}")
    for bar in window.findChildren(QToolBar):  # the widgets sitting in a toolbar (the global search box)
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is not None and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                    and not widget.toolTip().strip():
                missing.append(f"{bar.objectName()}: {widget.objectName() or widget.metaObject().className()}")
    return missing


@pytest.mark.parametrize("role", ["manager", "front_desk", "sales", "service_advisor", "admin"])
def test_every_toolbar_action_and_icon_button_has_a_tooltip(qtbot, ctx, role):
    if role != "manager":  # each role sees its own pages and actions
        make_user(f"u_{role}", "测试", role)
        ctx = AppContext(actor=actor_for_login(f"u_{role}"), db_label="ui.db", clock=ctx.clock)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for name, *_ in PAGES:
        if may_open(ctx.actor, name):
            window.show_page(name)
    assert window.findChildren(QToolBar), "the main window has no toolbar to check"
    assert not unexplained(window)


def test_icon_only_buttons_in_every_dialog_have_a_tooltip(qtbot, ctx):
    from tests.ui.dialog_catalogue import catalogue

    missing = []
    for entry in catalogue(ctx):
        widget = entry.make()
        qtbot.addWidget(widget)
        widget.show()
        for button in widget.findChildren(QAbstractButton):
            if button.text().strip() or not button.isVisibleTo(widget) or _qt_own(button):
                continue
            if not (button.toolTip().strip() or button.statusTip().strip()):
                missing.append(f"{entry.name}: {button.metaObject().className()}#{button.objectName() or '-'}")
        for bar in widget.findChildren(QToolBar):
            missing += [f"{entry.name}: {m}" for m in unexplained(bar)]
        widget.hide()
    assert not missing, "\n".join(missing)
