"""How errors reach a person: translated Chinese text in a message box, never a traceback."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dealerdesk.domain.errors import CONTEXT, DealerDeskError


def error_text(exc: BaseException) -> str:
    """A DealerDeskError's template translated (context "errors") and then filled in; others as-is."""
    if isinstance(exc, DealerDeskError):
        template = QCoreApplication.translate(CONTEXT, exc.template)
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return exc.text
    return QCoreApplication.translate("errors", "意外错误：{kind}: {text}").format(
        kind=type(exc).__name__, text=exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "操作未完成"), error_text(exc))
