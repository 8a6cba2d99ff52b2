"""`dealerdesk gui --exit-when-shown`: the milliseconds from process start to the first paint of the first
window (the main window when DEALERDESK_USER/DEALERDESK_PASSWORD log in, else the login or first-run dialog),
printed on stdout; then the program ends the ordinary way (the window closed, the store closed), at once.

Process start is the operating system's creation time of this process (`process_age`), so the interpreter's
own start and every import are counted: on Linux /proc/self/stat's start time (clock ticks, 10 ms) against
CLOCK_BOOTTIME, on Windows GetProcessTimes against the system clock (100 ns); elsewhere the stamp taken when
the `dealerdesk` package was first imported (which misses the interpreter's start, ~20-40 ms).
tests/bench (python -m tests.bench) runs it to measure cold start beside an empty Qt app.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import dealerdesk


def process_age() -> float:
    """Seconds since the operating system created this process (see the module's doc for the source)."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime, ticks since boot
            return time.clock_gettime(time.CLOCK_BOOTTIME) - started
        except (OSError, ValueError, IndexError, AttributeError):
            pass
    elif sys.platform == "win32":
        age = _windows_process_age()
        if age is not None:
            return age
    return time.perf_counter() - dealerdesk.STARTED


def _windows_process_age() -> float | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    created, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(created), ctypes.byref(exited),
                                    ctypes.byref(kernel), ctypes.byref(user)):
        return None
    kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

    def ticks(ft) -> int:
        return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

    return (ticks(now) - ticks(created)) / 1e7


class ExitWhenShown(QObject):
    """Installed on the application before anything is shown: at the first paint of a window it prints the
    process's age in ms and then closes that window the way the user would (a dialog rejected, the main
    window's event loop ended), so the program exits through its ordinary path with code 0."""

    def __init__(self, app: QApplication, out=None) -> None:
        super().__init__(app)
        self.app = app
        self.out = out or sys.stdout
        self.painted: QWidget | None = None
        self.ms: int | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (self.painted is None and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window().isVisible()):
            self.painted = watched.window()
            QTimer.singleShot(0, self._shown)  # after this paint pass has reached the screen
        return False

    def _shown(self) -> None:
        self.ms = round(process_age() * 1000)
        print(self.ms, file=self.out, flush=True)
        self.app.removeEventFilter(self)
        window = self.painted
        if isinstance(window, QDialog) and window.isModal():
            window.reject()  # the login (or first-run) dialog: as if closed, so run_gui returns 0
        else:  # the main window: closed as the user closes it (its state saved), then the event loop ends
            window.close()
            QApplication.quit()
