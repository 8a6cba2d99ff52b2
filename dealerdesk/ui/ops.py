"""One way to run a use case from the window (Anki's CollectionOp, without the thread for short calls).

A page calls `ops.run(self, self.ctx, leads.log_follow_up, lead_id, ..., errors=...)` instead of writing its
own try/except and its own bus signals:

- the use case gets the acting user first (`use_case(ctx.actor, *args, **kwargs)`) and runs under a busy
  cursor inside `changes.recording()`;
- a DealerDeskError is shown the way the page shows it (see `errors` below) and `FAILED` comes back;
- on success the bus signals follow from what the use case marked (`emit`), and its result comes back.

`call()` is the same for anything that does not take the actor first (a lambda, a dialog that loads itself).
Long jobs stay in `ui/workers.py`: `with_progress()` runs one behind the modal progress dialog; a page with its
own Worker wraps the function in `Recorded` and calls `emit(ctx, recorded.changes)` once the worker succeeded.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from dealerdesk.domain.errors import DealerDeskError, InvalidInput
from dealerdesk.services import changes, failures
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.messages import error_text, show_error
from dealerdesk.ui.workers import Cancelled, run_with_progress

INPUT = "<input>"  # errors[INPUT]: where an InvalidInput goes that names no field of the mapping
SAVED_MS = 6000  # how long the status bar says 已保存
ANY = "<any>"  # errors[ANY]: where any other DealerDeskError goes instead of the message box


class _Failed:
    """What `run()`/`call()` return after an error was shown (a use case may itself return None)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "ops.FAILED"


FAILED: Any = _Failed()

# `errors` is one of:
#   None - one message box (title `title`, default 操作未完成) with the error's text;
#   a mapping {field: target} - an InvalidInput whose field is a key goes to that target, any other
#       InvalidInput to errors[INPUT], any other error to errors[ANY]; what has no target gets the box.
#       A target is anything with `show_error(text)` (FieldMessage, the validated editors);
#   a callable (exc) -> None - shows the error itself (FieldErrors.show, or a page's own handler).
Errors = Mapping[str, Any] | Callable[[DealerDeskError], Any] | None


def run(parent: QWidget | None, ctx: AppContext, use_case: Callable[..., Any], *args: Any, errors: Errors = None,
        title: str | None = None, any_error: bool = False, **kwargs: Any) -> Any:
    """`use_case(ctx.actor, *args, **kwargs)` for a page: its result, or FAILED after showing the error.

    The store's and the system's conditions (disk full, read-only store, …) are shown like a DealerDeskError
    (services/failures.py). With `any_error` a true bug is shown in the box too (意外错误…, the traceback in
    the log file) instead of propagating."""
    return call(parent, ctx, use_case, ctx.actor, *args, errors=errors, title=title, any_error=any_error, **kwargs)


def call(parent: QWidget | None, ctx: AppContext, fn: Callable[..., Any], *args: Any, errors: Errors = None,
         title: str | None = None, any_error: bool = False, **kwargs: Any) -> Any:
    """`fn(*args, **kwargs)` with the busy cursor, the error shown and the signals emitted, as in `run()`."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with changes.recording() as changed:
            result = fn(*args, **kwargs)
    except DealerDeskError as exc:
        QGuiApplication.restoreOverrideCursor()
        show(parent, exc, errors, title)
        return FAILED
    except Exception as exc:
        QGuiApplication.restoreOverrideCursor()
        known = failures.translate(exc)  # disk full, read-only, damaged, out of range… (services/failures.py)
        if known is not None:
            show(parent, known, errors, title)
            return FAILED
        if not any_error:
            raise
        show_error(parent, failures.user_error(exc), title)
        return FAILED
    except BaseException:
        QGuiApplication.restoreOverrideCursor()
        raise
    QGuiApplication.restoreOverrideCursor()
    emit(ctx, changed)
    if changed:
        confirm_saved(parent, ctx)
    return result


def confirm_saved(parent: QWidget | None, ctx: AppContext, text: str | None = None) -> None:
    """The confirmation after a save: "已保存 (10:32)" in the main window's status bar for a few seconds (a page
    with a more precise message of its own shows it afterwards, replacing this one)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    # QWidget.window itself: a widget may keep its own `window` attribute (a tab keeps its profile window)
    window = QWidget.window(parent) if isinstance(parent, QWidget) else None
    if not isinstance(window, QMainWindow) or window.objectName() != "mainWindow":
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMainWindow) and w.objectName() == "mainWindow" and w.isVisible()), None)
    if window is None:
        return
    stamp = ctx.clock().strftime("%H:%M")
    window.statusBar().showMessage(text or QCoreApplication.translate("ops", "已保存（%1）").replace("%1", stamp),
                                   SAVED_MS)


def show(parent: QWidget | None, exc: DealerDeskError, errors: Errors = None, title: str | None = None) -> None:
    """Show `exc` where `errors` says (next to a field, in the page) or else in one message box."""
    if callable(errors):
        errors(exc)
        return
    target = None
    if errors is not None:
        if isinstance(exc, InvalidInput):
            target = errors.get(exc.field or "", errors.get(INPUT)) if exc.field else errors.get(INPUT)
        else:
            target = errors.get(ANY)
    if target is None:
        show_error(parent, exc, title)
    else:
        target.show_error(error_text(exc))


def emit(ctx: AppContext, changed: changes.Changes) -> None:
    """The bus signals for what a use case marked: the lists first, then each customer, then the due work."""
    bus = ctx.bus
    if changed.customers:
        bus.customersChanged.emit()
    for customer_id in sorted(changed.customer_ids):
        bus.customerChanged.emit(customer_id)
    if changed.due:
        bus.dueChanged.emit()
    if changed.settings:
        bus.settingsChanged.emit()


def with_progress(parent: QWidget | None, ctx: AppContext, title: str, label: str, fn: Callable[..., Any],
                  *args: Any, **kwargs: Any) -> Any:
    """A long job (`fn(*args, progress=..., **kwargs)`) behind a modal progress dialog (workers.run_with_progress),
    then the signals for what it marked. FAILED when cancelled, or after any error was shown in one box."""
    recorded = Recorded(fn)
    try:
        result = run_with_progress(parent, title, label, recorded, *args, **kwargs)
    except Cancelled:
        return FAILED
    except Exception as exc:  # noqa: BLE001 - shown to the person, as every long job did
        show_error(parent, exc)  # in words through the catalogue; the worker logged a bug's traceback
        return FAILED
    emit(ctx, recorded.changes)
    return result


class Recorded:
    """`fn` run inside `changes.recording()` in whatever thread calls it (a Worker); `.changes` is what it
    marked, to `emit()` in the GUI thread once the worker has succeeded."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self.changes = changes.Changes()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with changes.recording() as changed:
            result = self.fn(*args, **kwargs)
        self.changes = changed
        return result


__all__ = ["ANY", "FAILED", "INPUT", "Recorded", "call", "emit", "run", "show", "with_progress"]
