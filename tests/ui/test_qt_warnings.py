"""No Qt warning on the console while every page and dialog (tests/ui/dialog_catalogue.py) opens, inside the
main window and on its own: a warning ("QLayout: Attempting to add QLayout … which already has a layout",
"QObject::connect: No such signal", a bad stylesheet) is a bug a clerk's console or log would show."""
from __future__ import annotations

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.pages import PAGES, may_open
from tests.ui.dialog_catalogue import catalogue

#: what the headless "offscreen" platform says about itself; a desktop platform never prints these
PLATFORM_NOISE = ("This plugin does not support",)


def _collect(messages: list[str]):
    def handler(kind, _context, text):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and not text.startswith(PLATFORM_NOISE):
            messages.append(text)
    return handler


def test_no_qt_warning_while_opening_every_page_and_dialog(qtbot, ctx):
    messages: list[str] = []
    previous = qInstallMessageHandler(_collect(messages))
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        for name, *_ in PAGES:
            if may_open(ctx.actor, name):
                window.show_page(name)
                QApplication.processEvents()
        for entry in catalogue(ctx):
            widget = entry.make()
            qtbot.addWidget(widget)
            widget.show()
            QApplication.processEvents()
            widget.hide()
    finally:
        qInstallMessageHandler(previous)
    assert not messages, "\n".join(messages)


def test_the_handler_sees_a_warning(qtbot):
    from PySide6.QtCore import qWarning

    messages: list[str] = []
    previous = qInstallMessageHandler(_collect(messages))
    try:
        qWarning("QLayout: a test warning")
    finally:
        qInstallMessageHandler(previous)
    assert messages == ["QLayout: a test warning"]
