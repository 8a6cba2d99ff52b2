"""One DealerDesk window per store on a PC: a second start on the same store brings the first to the front.

Why: two instances on one store on one PC are two writers for no gain (each with its own tray reminders and
its own half-typed dialogs), and a clerk who double-clicks the icon again usually only wants the window
back. The first instance listens on a local socket (QLocalServer: a named pipe on Windows, a Unix socket
elsewhere) named after the store's resolved path or URL and the OS user; the second connects, says
"activate" and exits. Another store (the demo, another file) is another name: both may run.
"""
from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

MESSAGE = b"activate\n"
CONNECT_MS = 500


def store_key(url: str) -> str:
    """The same store gives the same key however it was named (relative path, other case on Windows)."""
    if "://" in url and not url.startswith("sqlite:///"):
        return url.split("?")[0]  # a server store: its URL (user@host/database)
    path = Path(url[len("sqlite:///"):] if url.startswith("sqlite:///") else url)
    resolved = str(path.expanduser().resolve())
    return os.path.normcase(resolved) if sys.platform == "win32" else resolved


def server_name(url: str) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name known: the store alone
        user = ""
    digest = hashlib.sha256(f"{user}\0{store_key(url)}".encode()).hexdigest()[:24]
    return f"dealerdesk-{digest}"


class SingleInstance(QObject):
    """`claim()` True: this is the first instance on the store (it now listens; `activated` is emitted when
    another start asks for the window). False: another instance has it and was asked to come forward."""

    activated = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(url)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        if self._ask_running():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a socket file left by a crashed instance (Unix)
            if not server.listen(self.name):
                if self._ask_running():  # started at the same moment as another: it won
                    return False
                log.warning("single-instance server not started: %s", server.errorString())
                return True  # still start: one window too many is better than none
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _ask_running(self) -> bool:
        socket = QLocalSocket()  # owned here, gone when this returns
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(MESSAGE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        """The other start writes its one line right after connecting: read it here, then let it go."""
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_MS):
                if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
                    self.activated.emit()
            socket.abort()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def bring_to_front(window: QWidget) -> None:
    """Show the window (from the tray or minimized) and ask the window manager to focus it."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
