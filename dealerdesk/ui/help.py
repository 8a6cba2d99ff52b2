"""In-app help: resources/help/index.html (Chinese) or index.en.html, shown in a QTextBrowser, opened by F1.

The help is plain HTML beside the program (bundled by packaging/dealerdesk.spec), so it works offline and a
support person can edit it without a rebuild. F1 opens the section of the page the user is on: each page's
section anchor is the page's name in ui.pages.PAGES (customers, worklist, service, ...). One dialog is kept
per main window and reused, so pressing F1 twice does not stack windows.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from dealerdesk import config

HELP_KEY = QKeySequence.StandardKey.HelpContents  # F1 on Windows and Linux


def help_dir() -> Path:
    return config.resources_dir() / "help"


def help_file(locale: QLocale | None = None) -> Path:
    """The Chinese page for zh locales (and as the fallback), index.<lang>.html for others when present."""
    name = (locale or QLocale()).name()  # app.install_translators sets the default locale
    if not name.startswith("zh"):
        for candidate in (f"index.{name}.html", f"index.{name.split('_')[0]}.html"):
            if (help_dir() / candidate).is_file():
                return help_dir() / candidate
    return help_dir() / "index.html"


class HelpDialog(QDialog):
    """A non-modal help window: Back/Home, find-in-page (Ctrl+F, Enter for the next hit), external links
    open in the system browser."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("DealerDesk 帮助"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.path = help_file(locale)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # handled below: http(s)/mailto go to the system browser
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.setSearchPaths([str(self.path.parent)])

        self.back_button = QPushButton(self.tr("上一页"), self)
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.home_button = QPushButton(self.tr("首页"), self)
        self.home_button.clicked.connect(lambda: self.show_topic(""))
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("在帮助中查找… (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_find)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.home_button)
        top.addStretch(1)
        top.addWidget(self.find_edit, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(860, 680)
        self._load()

    def _load(self) -> None:
        if self.path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        else:  # a broken install should say what is missing rather than show an empty window
            self.browser.setPlainText(self.tr("帮助文件缺失：%1").replace("%1", str(self.path)))

    def show_topic(self, anchor: str = "") -> None:
        """Show the page at `anchor` (a page name such as "worklist"), or the top for ""."""
        if not self.path.is_file():
            return
        url = QUrl.fromLocalFile(str(self.path))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def find_next(self) -> bool:
        """Next hit of the find box, wrapping to the top once; False when the text is not in the page."""
        text = self.find_edit.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text)

    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            self.browser.setSource(self.browser.source())  # stay on the help page


def help_action(window: QWidget, topic: Callable[[], str] | None = None) -> QAction:
    """The 帮助 menu entry with F1, added to `window` so the shortcut works wherever the focus is inside it.

    `topic` returns the anchor to open (MainWindow.current_page_name gives the page the user is on).
    """
    action = QAction(QCoreApplication.translate("HelpDialog", "DealerDesk 帮助"), window)
    action.setObjectName("helpAction")
    action.setShortcut(HELP_KEY)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def open_help() -> None:
        dialog = window.findChild(HelpDialog, "helpDialog", Qt.FindChildOption.FindDirectChildrenOnly)
        if dialog is None:
            dialog = HelpDialog(window)
        dialog.show()  # laid out first, so scrolling to the anchor lands where it should
        dialog.show_topic(topic() if topic else "")
        dialog.raise_()
        dialog.activateWindow()

    action.triggered.connect(open_help)
    window.addAction(action)
    return action
