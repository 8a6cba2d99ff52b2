"""The logged-in session: who the window works for, the idle lock, logging out and switching user.

- Start: the login dialog (or, for a store nobody can log in to, the first-administrator dialog); with
  DEALERDESK_USER and DEALERDESK_PASSWORD both set, the login happens without the dialog (scripted checks).
- Idle lock (setting ui.lock_minutes, 0 = never): no key press, click or wheel for that long hides every
  window and shows the same login dialog for the same user. Another login name typed there is a switch of
  user: the windows are closed and opened again for the new user, so nothing of the previous user's screen
  (open profiles, filters, the tray's counts) carries over.
- 注销 / 切换用户: the same, from the menu, with the ordinary login dialog.
Every lock and logout is audited (services/accounts.logout).
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from dealerdesk import config
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services import accounts
from dealerdesk.services.auth import Actor
from dealerdesk.services.settings import get_setting
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.login import FirstAdminDialog, LoginDialog

log = logging.getLogger(__name__)

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                QEvent.Type.MouseButtonDblClick}


def env_login() -> Actor | None:
    """The login of DEALERDESK_USER with DEALERDESK_PASSWORD when both are set; None when not set.
    A refused login raises (the caller shows the dialog with the error)."""
    login, password = os.environ.get(config.ENV_USER), os.environ.get(config.ENV_PASSWORD)
    if not login or password is None:
        return None
    return accounts.authenticate(login, password)


def ask_login(parent: QWidget | None = None, *, login: str = "", password: str = "", error: str = "",
              store_label: str = "") -> Actor | None:
    """The first-administrator dialog for a store nobody can log in to, else the login dialog; None when
    the person closed it (the program then ends)."""
    if accounts.needs_first_admin():
        dialog: QDialog = FirstAdminDialog(parent, store_label=store_label)
    else:
        dialog = LoginDialog(parent, login=login, password=password, store_label=store_label)
        if error:
            dialog.messages["password"].show_error(error)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


class Session(QObject):
    """Owns the main window of the logged-in user. `open_window(ctx)` builds it (and the tray) for a context;
    `close_window(window)` takes it down again when the user changes."""

    def __init__(self, open_window: Callable[[AppContext], QWidget], *, db_label: str = "",
                 close_window: Callable[[QWidget], None] | None = None,
                 context_factory: Callable[[Actor], AppContext] | None = None) -> None:
        super().__init__()
        self.open_window = open_window
        self.close_window = close_window or (lambda window: window.close())
        self.db_label = db_label
        self.context_factory = context_factory or (lambda actor: AppContext(actor=actor, db_label=db_label))
        self.ctx: AppContext | None = None
        self.window: QWidget | None = None
        self.lock_dialog: LoginDialog | None = None
        self.hidden: list[QWidget] = []
        self._quit_on_close = True
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # ------------------------------------------------------------------ the user's window
    def start(self, actor: Actor) -> QWidget:
        ctx = self.context_factory(actor)
        ctx.lock_screen = self.lock
        ctx.log_out = self.log_out
        ctx.bus.settingsChanged.connect(self.restart_idle)
        self.ctx = ctx
        self.window = self.open_window(ctx)
        self.restart_idle()
        return self.window

    @property
    def actor(self) -> Actor | None:
        return self.ctx.actor if self.ctx is not None else None

    @property
    def locked(self) -> bool:
        return self.lock_dialog is not None

    def lock_minutes(self) -> int:
        try:
            return int(get_setting("ui.lock_minutes"))
        except (DealerDeskError, TypeError, ValueError):
            return 0

    def restart_idle(self) -> None:
        minutes = self.lock_minutes()
        if minutes > 0 and self.ctx is not None and not self.locked:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS and not self.locked and self.idle.isActive():
            self.idle.start()  # any input restarts the count
        elif kind == QEvent.Type.Show and self.locked and watched in self.hidden:
            QTimer.singleShot(0, self._keep_hidden)  # e.g. the tray's "open": not while locked
        return False

    def _keep_hidden(self) -> None:
        for widget in self.hidden:
            widget.hide()
        if self.lock_dialog is not None:
            self.lock_dialog.raise_()
            self.lock_dialog.activateWindow()

    # ------------------------------------------------------------------ lock
    def lock(self) -> LoginDialog | None:
        """Hide every window and show the login dialog for the same user (non-blocking)."""
        if self.locked or self.ctx is None:
            return self.lock_dialog
        self.idle.stop()
        accounts.logout(self.ctx.actor, "lock")
        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        dialog = LoginDialog(None, locked_for=self.ctx.actor, store_label=self.db_label)
        self._guard(dialog)
        dialog.finished.connect(lambda result: self._unlocked(dialog, result, fresh=False))
        dialog.open()
        return dialog

    def _guard(self, dialog: LoginDialog) -> None:
        """While the dialog is up the app must not end because its windows are hidden or closed."""
        self.lock_dialog = dialog
        app = QApplication.instance()
        self._quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)

    def _unguard(self) -> None:
        self.lock_dialog = None
        quit_on_close = self._quit_on_close
        QTimer.singleShot(0, lambda: QApplication.instance().setQuitOnLastWindowClosed(quit_on_close))

    def _unlocked(self, dialog: LoginDialog, result: int, fresh: bool) -> None:
        self._unguard()
        dialog.deleteLater()
        hidden, self.hidden = self.hidden, []
        if result != QDialog.DialogCode.Accepted or dialog.actor is None:
            self._end()
            return
        if dialog.actor.id == self.actor.id and not fresh:
            for widget in hidden:
                widget.show()
            self.restart_idle()
            return
        self.switch_to(dialog.actor, hidden)  # another login at the lock, or after logging out

    # ------------------------------------------------------------------ log out / switch user
    def log_out(self) -> LoginDialog | None:
        """注销 / 切换用户: close this user's windows and ask who logs in next (non-blocking)."""
        if self.ctx is None or self.locked:
            return self.lock_dialog
        accounts.logout(self.ctx.actor)
        hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in hidden:
            widget.hide()
        self.idle.stop()
        dialog = LoginDialog(None, store_label=self.db_label)
        dialog.login_edit.clear()
        dialog.login_edit.setFocus()
        self._guard(dialog)  # the lock's guard: nothing of the old session shows meanwhile
        self.hidden = hidden
        dialog.finished.connect(lambda result: self._unlocked(dialog, result, fresh=True))
        dialog.open()
        return dialog

    def switch_to(self, actor: Actor, hidden: list[QWidget] | None = None) -> QWidget:
        old = self.window
        for widget in hidden or []:
            if widget is not old:
                widget.close()
        if old is not None:
            self.close_window(old)
        if self.ctx is not None:
            try:
                self.ctx.bus.settingsChanged.disconnect(self.restart_idle)
            except (RuntimeError, TypeError):
                pass
        return self.start(actor)

    def _end(self) -> None:
        """Nobody logged in again: the program ends."""
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.quit()
