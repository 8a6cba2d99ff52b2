"""Long work off the GUI thread (like Anki's CollectionOp): demo generation, imports, reports, backups.

The callable runs in QThreadPool and gets a `progress(done, total, stage)` callback; results, errors and
progress reach the GUI thread only through queued signals, so no widget is ever touched from the worker.
Cancelling sets a flag that the next `progress()` call turns into `Cancelled` inside the worker, so any
long job that reports progress can be cancelled without special code.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the worker by `progress()` after the user pressed Cancel."""


class Worker(QObject):
    """Runs `fn(*args, progress=cb, **kwargs)` once in the global thread pool.

    Signals (delivered in the GUI thread): progress(done, total, stage), succeeded(result), failed(exc),
    cancelled(), finished() — finished always comes last.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, pass_progress: bool = True,
                 parent: QObject | None = None, **kwargs: Any) -> None:
        super().__init__(parent)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._pass_progress = pass_progress
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.was_cancelled = False
        self.finished.connect(self._mark_done)

    def _mark_done(self) -> None:
        self.done = True

    def report(self, done: int, total: int, stage: str = "") -> None:
        """The callback handed to `fn`; thread-safe (a queued signal), raises Cancelled when asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        try:
            self.progress.emit(int(done), int(total), str(stage))
        except RuntimeError:  # the page that owned the job is gone (window closed, app quitting): stop quietly
            self._cancel.set()
            raise Cancelled() from None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            kwargs = dict(self._kwargs)
            if self._pass_progress:
                kwargs["progress"] = self.report
            result = self._fn(*self._args, **kwargs)
        except Cancelled:
            self.was_cancelled = True
            self._emit(self.cancelled)
        except BaseException as exc:  # reported to the GUI, which decides what the user sees
            log.exception("background job failed")
            self.error = exc
            self._emit(self.failed, exc)
        else:
            self.result = result
            self._emit(self.succeeded, result)
        self._emit(self.finished)

    def _emit(self, signal, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # nobody left to tell: the owner was deleted while the job ran
            self.done = True

    def start(self, pool: QThreadPool | None = None) -> Worker:
        runnable = QRunnable.create(self._run)
        (pool or QThreadPool.globalInstance()).start(runnable)
        return self


def run_with_progress(parent: QWidget | None, title: str, label: str, fn: Callable[..., Any], *args: Any,
                      **kwargs: Any) -> Any:
    """Run `fn` in a worker behind a modal progress dialog and return its result (or raise its error).

    Used where the caller cannot continue without the result, e.g. generating the demo store at start-up;
    the GUI stays responsive because a local event loop spins while the worker runs.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("workers", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = Worker(fn, *args, **kwargs)
    loop = QEventLoop()

    def on_progress(done: int, total: int, stage: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if stage:
            dialog.setLabelText(f"{label}\n{stage}")

    worker.progress.connect(on_progress)
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(worker.cancel)
    worker.start()
    if not worker.done:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    if worker.was_cancelled:
        raise Cancelled()
    if worker.error is not None:
        raise worker.error
    return worker.result
