"""QA: closing a page while its background job runs (the app quitting mid-report) logs no error."""
import logging
import threading

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from dealerdesk.ui.workers import Worker


def test_owner_deleted_while_running_is_a_quiet_cancel(qapp, caplog):
    owner = QObject()
    started, go_on = threading.Event(), threading.Event()
    seen = []

    def job(progress):
        started.set()
        go_on.wait(5)
        progress(1, 2, "x")
        seen.append("not stopped")

    worker = Worker(job, parent=owner)
    worker.start()
    assert started.wait(5)
    shiboken6.delete(owner)  # the page (and the worker it owns) is destroyed
    with caplog.at_level(logging.WARNING):
        go_on.set()
        QThreadPool.globalInstance().waitForDone(5000)
    assert seen == []
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
