"""How errors reach a person: translated Chinese text in a message box, never a traceback."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dealerdesk.domain.errors import CONTEXT, DealerDeskError, UnexpectedError
from dealerdesk.services import failures


def error_text(exc: BaseException) -> str:
    """A DealerDeskError's template translated (context "errors") and then filled in; any other exception
    through the catalogue of store and system conditions (services/failures.py), else as a bug whose
    traceback the log file holds (whoever caught it logged it: ops, the excepthook, the workers)."""
    if not isinstance(exc, DealerDeskError):
        known = failures.translate(exc)
        exc = known if known is not None else UnexpectedError(
            failures.MSG_UNEXPECTED, kind=type(exc).__name__, log=str(failures.log_file()))
    if isinstance(exc, DealerDeskError):
        template = QCoreApplication.translate(CONTEXT, exc.template)
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return exc.text
    return str(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "操作未完成"), error_text(exc))
