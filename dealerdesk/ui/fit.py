"""Fields wide enough for their hints: an empty field's placeholder ("如 2026-06-01，可不填", "退订原因，如：…")
tells a new clerk what to type, so it must not be cut off, at 100 % or 150 % text size, in Chinese or English.

`install(app)` (called by app.setup_application) watches every dialog and window as it is first shown and
gives each line edit (and editable combo box) a minimum width that fits its placeholder, capped at MAX_CHARS
characters so a long hint makes the dialog no wider than a form should be; the dialog's layout then grows to
fit. One rule for every dialog, including ones added later, instead of a width tuned per field. A page's
fields share a row with its filters and buttons and the window's width, so they are not widened: a hint that
may be cut off there (and any hint beyond the cap) is put whole in the field's tooltip instead.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMainWindow, QWidget

MAX_CHARS = 32  # a field wider than 32 Chinese characters makes a dialog unwieldy; longer hints are cut
_DONE = "_dealerdesk_hints_fitted"


def hint_width(edit: QLineEdit) -> int:
    """The width `edit` needs to show its whole placeholder (frame, text margins, trailing icons)."""
    margins = edit.textMargins()
    icons = sum(20 for action in edit.actions() if action.isVisible())
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right() + 10 \
        + icons


def fit_hints(root: QWidget, widen: bool = True) -> None:
    """Widen every line edit under `root` whose placeholder does not fit (see the module docstring); a hint
    longer than the cap, or any hint when `widen` is False (a page, whose row of filters shares the window's
    width), is also put whole in the field's tooltip."""
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not hint.strip():
            continue
        full = hint_width(edit)
        need = min(full, edit.fontMetrics().horizontalAdvance("中") * MAX_CHARS)
        parent = edit.parentWidget()
        combo = isinstance(parent, QComboBox) and parent.lineEdit() is edit
        if (need < full or not widen) and not (parent if combo else edit).toolTip():
            (parent if combo else edit).setToolTip(hint)
        if not widen:
            continue
        if combo:  # the combo's arrow beside the text
            if parent.minimumWidth() < need + 28:
                parent.setMinimumWidth(need + 28)
        elif edit.minimumWidth() < need:
            edit.setMinimumWidth(need)


class _HintFitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and not watched.property(_DONE):
            page = type(watched).__module__.startswith("dealerdesk.ui.pages.")
            if page or (watched.isWindow() and not isinstance(watched, QMainWindow)):
                watched.setProperty(_DONE, True)
                fit_hints(watched, widen=not page)
        return False


def install(app: QApplication) -> QObject:
    fitter = _HintFitter(app)
    app.installEventFilter(fitter)
    return fitter
