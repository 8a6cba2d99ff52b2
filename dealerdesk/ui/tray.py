"""Tray notifier: the count of due and overdue items, a start-of-day summary and a notice when an item
becomes due (each once, also across restarts), snoozing, and close-to-tray.

Why a fallback: some desktops have no tray (and QT_QPA_PLATFORM=offscreen has none); there the same notices
appear as an in-window banner (`banner_widget()`, placed by the main window) and a small non-modal popup.
What to announce is decided in services.sales.notices (quiet hours, notice_sent); this class only shows it.
The clock is ctx.clock, so tests drive time; the check runs on a QTimer every minute.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QSystemTrayIcon,
                               QVBoxLayout, QWidget)

from dealerdesk import config
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services.dto import DueItem
from dealerdesk.services.sales import notices
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import AppContext

CHECK_MS = 60_000
POPUP_MS = 15_000


def app_icon() -> QIcon:
    """The bundled icon if packaging ships one, else a drawn badge (so the tray never shows a blank)."""
    path = config.resources_dir() / "icons" / "dealerdesk.png"
    if path.is_file():
        return QIcon(str(path))
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1565c0"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(2, 2, 60, 60, 14, 14)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(40)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "D")
    painter.end()
    return QIcon(pixmap)


class NoticeBanner(QFrame):
    """A one-line banner for the main window: the latest notice, a button to the worklist, a close ×."""

    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setStyleSheet("#noticeBanner { background: #fff4e5; border-bottom: 1px solid #f0c36d; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        show = QPushButton(self.tr("查看今日跟进"))
        close = QPushButton("×")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setToolTip(self.tr("关闭提示"))
        show.clicked.connect(self.openRequested)
        show.clicked.connect(self.hide)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(show)
        layout.addWidget(close)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class NoticePopup(QFrame):
    """A small non-modal window in the screen corner, like a tray balloon; it never takes the focus."""

    openRequested = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("noticePopup")
        self.setStyleSheet("#noticePopup { background: white; border: 1px solid #90a4ae; border-radius: 6px; }")
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(300)
        show = QPushButton(self.tr("查看"))
        later = QPushButton(self.tr("知道了"))
        show.clicked.connect(self.openRequested)
        show.clicked.connect(self.hide)
        later.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(show)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)

    def show_notice(self, title: str, text: str, msecs: int = POPUP_MS) -> None:
        self.title.setText(title)
        self.body.setText(text)
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.bottomRight() - QPoint(self.width() + 16, self.height() + 16))
        self.show()
        self.timer.start(msecs)


class TrayNotifier(QObject):
    noticesChanged = Signal(list)
    banner = Signal(str)  # the text of the latest notice
    countsChanged = Signal(int, int)

    def __init__(self, ctx: AppContext, main_window: QWidget | None = None, *, use_tray: bool | None = None,
                 interval_ms: int = CHECK_MS, autostart: bool = True) -> None:
        super().__init__(main_window)
        self.ctx, self.main_window = ctx, main_window
        self.snoozed_until: dt.datetime | None = None
        self.quitting = False
        self.counts = (0, 0)
        self.last_text = ""
        self._banner: NoticeBanner | None = None
        self.popup: NoticePopup | None = None
        available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        if (available if use_tray is None else use_tray and available):
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setContextMenu(self._menu())
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self.open_worklist)
            self.tray.show()
        else:
            self.menu = self._menu()  # same actions, reachable from tests and the main window
        if main_window is not None:
            main_window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        if autostart:
            self.timer.start()
            QTimer.singleShot(0, self.check)

    # ------------------------------------------------------------------ menu
    def _menu(self) -> QMenu:
        menu = QMenu()
        self._menu_ref = menu
        self.counts_action = QAction(self.tr("正在读取待跟进…"), menu)
        self.counts_action.setEnabled(False)
        menu.addAction(self.counts_action)
        menu.addSeparator()
        menu.addAction(self.tr("打开 DealerDesk"), self.open_window)
        menu.addAction(self.tr("今日跟进"), self.open_worklist)
        snooze = menu.addMenu(self.tr("暂停提醒"))
        snooze.addAction(self.tr("15 分钟"), lambda: self.snooze_all(minutes=15))
        snooze.addAction(self.tr("1 小时"), lambda: self.snooze_all(minutes=60))
        snooze.addAction(self.tr("到明天"), lambda: self.snooze_all(tomorrow=True))
        self.resume_action = snooze.addAction(self.tr("恢复提醒"), self.resume)
        self.resume_action.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("退出"), self.quit)
        return menu

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_worklist()

    # ------------------------------------------------------------------ the check
    def owner_login(self) -> str | None:
        return self.ctx.actor.login if self.ctx.actor.id is not None else None

    def check(self) -> list[DueItem]:
        """Update the counts; announce what sales.notices calls new. Returns the announced items."""
        now = self.ctx.clock()
        snoozed = self.snoozed_until is not None and now < self.snoozed_until
        if self.snoozed_until is not None and not snoozed:
            self.resume()
        try:
            batch = notices.check(self.ctx.actor, now, owner_login=self.owner_login(), announce=not snoozed)
        except DealerDeskError:  # the store is busy or gone: try again at the next tick
            return []
        self._set_counts(batch.due_count, batch.overdue_count)
        nothing_to_do = batch.due_count == 0 and batch.overdue_count == 0
        if not (batch.items or (batch.digest and not nothing_to_do) or batch.store_days):
            return []  # a day with nothing due starts quietly: no "0 items" pop-up
        text = self.notice_text(batch)
        self.announce(self.tr("DealerDesk 跟进提醒"), text)
        self.noticesChanged.emit(list(batch.items))
        return list(batch.items)

    def notice_text(self, batch: notices.NoticeBatch) -> str:
        parts = []
        if batch.digest and (batch.due_count or batch.overdue_count):
            hour = batch.at.hour
            greeting = (self.tr("早上好！") if hour < 12 else self.tr("下午好！") if hour < 18
                        else self.tr("晚上好！"))
            parts.append(greeting + self.tr("今日待跟进 {due} 项，逾期 {overdue} 项。").format(
                due=batch.due_count, overdue=batch.overdue_count))
        if "inventory" in batch.store_days and batch.inventory_days:
            parts.append(self.tr("今天是月底盘点日（本月盘点日：{first}–{last}）。").format(
                first=batch.inventory_days[0].strftime("%m-%d"), last=batch.inventory_days[-1].strftime("%m-%d")))
        if "review" in batch.store_days:
            parts.append(self.tr("今天是每周目标进度回顾日。"))
        if batch.targets is not None and batch.targets[1]:
            orders, target, behind = batch.targets
            parts.append(self.tr("本月订单 {orders}/{target} 台，{behind} 位顾问低于进度（见“目标与绩效”）。").format(
                orders=orders, target=target, behind=behind))
        if batch.items:
            names = "、".join(f"{i.customer_name}{f'（{i.level}）' if i.level else ''}" for i in batch.items[:3])
            more = self.tr(" 等 {n} 项").format(n=len(batch.items)) if len(batch.items) > 3 else ""
            parts.append(self.tr("到期：{names}{more}").format(names=names, more=more))
        return " ".join(parts)

    def _set_counts(self, due: int, overdue: int) -> None:
        self.counts = (due, overdue)
        text = self.tr("今日待跟进 {due} 项 · 逾期 {overdue} 项").format(due=due, overdue=overdue)
        if self.snoozed_until is not None:
            text += self.tr("（提醒已暂停到 {t}）").format(t=self.snoozed_until.strftime("%m-%d %H:%M"))
        self.counts_action.setText(text)
        if self.tray is not None:
            self.tray.setToolTip("DealerDesk\n" + text)
        self.countsChanged.emit(due, overdue)

    def announce(self, title: str, text: str) -> None:
        self.last_text = text
        self.banner.emit(text)
        self.banner_widget().show_text(text)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, POPUP_MS)
            return
        if self.popup is None:
            self.popup = NoticePopup()
            self.popup.openRequested.connect(self.open_worklist)
        self.popup.show_notice(title, text)

    def banner_widget(self) -> NoticeBanner:
        """The in-window banner; the main window puts it above its pages (it hides itself when empty)."""
        if self._banner is None:
            self._banner = NoticeBanner()
            self._banner.openRequested.connect(self.open_worklist)
        return self._banner

    # ------------------------------------------------------------------ snooze
    def snooze_all(self, minutes: int | None = None, tomorrow: bool = False) -> dt.datetime:
        """No notices until then (counts keep updating); what becomes due meanwhile comes after."""
        now = self.ctx.clock()
        if tomorrow:
            start = str(get_settings().get("notify.quiet_end") or "08:00")
            hh, mm = (int(x) for x in start.split(":"))
            self.snoozed_until = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(hh, mm))
        else:
            self.snoozed_until = now + dt.timedelta(minutes=minutes or 15)
        self.resume_action.setEnabled(True)
        self._set_counts(*self.counts)
        return self.snoozed_until

    def resume(self) -> None:
        self.snoozed_until = None
        self.resume_action.setEnabled(False)

    # ------------------------------------------------------------------ window
    def open_window(self) -> None:
        if self.main_window is not None:
            self.main_window.showNormal()
            self.main_window.raise_()
            self.main_window.activateWindow()

    def open_worklist(self) -> None:
        self.open_window()
        self.ctx.show_page("worklist")

    def quit(self) -> None:
        self.quitting = True
        if self.popup is not None:
            self.popup.close()
        if self.main_window is not None:
            self.main_window.close()
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the main window keeps the app in the tray (setting ui.close_to_tray), unless quitting."""
        if watched is self.main_window and event.type() == QEvent.Type.Close and self.tray is not None \
                and not self.quitting and bool(get_settings().get("ui.close_to_tray", True)):
            event.ignore()
            self.main_window.hide()
            self.tray.showMessage("DealerDesk", self.tr("DealerDesk 仍在托盘运行，到期的跟进会在这里提醒。"),
                                  QSystemTrayIcon.MessageIcon.Information, 4000)
            return True
        return super().eventFilter(watched, event)
