"""Restarting the program, for a change that applies at start (the interface language).

`request_restart()` ends the event loop; app.run_gui, after it has taken its usual leave (backup on exit,
the single-instance claim and the store released), starts the same program again with the same arguments,
so the new process does not find the old one still holding the store.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

_state = {"requested": False}


def restart_command(frozen: bool | None = None) -> tuple[str, list[str]]:
    """(program, arguments) that start this program as it was started: the bundle's exe, or this Python
    with `-m dealerdesk`."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "dealerdesk", *sys.argv[1:]]


def request_restart() -> None:
    _state["requested"] = True
    app = QApplication.instance()
    if app is not None:
        app.quit()


def restart_requested() -> bool:
    return _state["requested"]


def relaunch() -> bool:
    """Start the program again (detached); False when the system refused."""
    _state["requested"] = False
    program, arguments = restart_command()
    return bool(QProcess.startDetached(program, arguments))
