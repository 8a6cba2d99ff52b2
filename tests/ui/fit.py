"""What "text that does not fit" means, measured on a laid-out widget tree (tests/ui/test_dialogs_fit.py).

A finding is a label, button, check box, group box title, tab, table header or empty field's hint whose text (its font's
horizontalAdvance, the word-wrapped height for a wrapping label) needs more room than the widget has.
Only what the user can see counts: a widget hidden, on a tab not shown, or of zero size is skipped.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCheckBox, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QStyle, QTabBar, QToolButton, QWidget)

SLACK = 1  # px: rounding of fractional font metrics


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _where(widget: QWidget) -> str:
    return f"{widget.metaObject().className()}#{widget.objectName() or '-'}"


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    width = rect.width() - 2 * label.margin() - max(label.indent(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(width)
            if doc.size().height() > rect.height() + SLACK + 2:
                return f"needs {doc.size().height():.0f}px height, has {rect.height()}"
            return None
        need = doc.idealWidth()
    else:
        metrics = label.fontMetrics()
        if label.wordWrap():
            need_h = label.heightForWidth(rect.width())
            if need_h > rect.height() + SLACK:
                return f"needs {need_h}px height, has {rect.height()}"
            # Chinese wraps between any two characters; a run of Latin letters, digits or a path does not
            runs = re.findall(r"[A-Za-z0-9_.,:;/\\@%+()\[\]-]+", text) or [""]
            longest = max(metrics.horizontalAdvance(run) for run in runs)
            need = longest if longest > width else 0  # one unbreakable run wider than the label
        else:
            need = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n")) \
                if label.textFormat() != Qt.TextFormat.PlainText else \
                max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if need > width + SLACK:
        return f"needs {need:.0f}px, has {width}"
    return None


def _button(button) -> str | None:
    text = _plain(button.text())
    if not text.strip():
        return None
    style = button.style()
    need = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        metric = (QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox)
                  else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        need += style.pixelMetric(metric, None, button) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        have = button.width()
    elif isinstance(button, QPushButton):
        have = button.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2 - 4
    else:  # QToolButton
        have = button.width() - 4
    if need > have + SLACK:
        return f"{text!r} needs {need}px, has {have}"
    return None


def _group(box: QGroupBox) -> str | None:
    title = _plain(box.title())
    if not title.strip():
        return None
    need = box.fontMetrics().horizontalAdvance(title) + (20 if box.isCheckable() else 8)
    if need > box.width() + SLACK:
        return f"title {title!r} needs {need}px, has {box.width()}"
    return None


def _placeholder(edit: QLineEdit) -> str | None:
    """An empty field's hint (placeholder) cut off: the clerk cannot read what to type."""
    hint = edit.placeholderText()
    if edit.text() or not hint.strip():
        return None
    margins = edit.textMargins()
    have = edit.contentsRect().width() - margins.left() - margins.right() - 6  # frame and Qt's text margin
    for action in edit.actions():  # the clear button and other trailing icons take room
        if action.isVisible():
            have -= 20
    need = edit.fontMetrics().horizontalAdvance(hint)
    owner = edit.parentWidget() if isinstance(edit.parentWidget(), QComboBox) else edit
    if hint in owner.toolTip():  # the whole hint is a hover away (ui/fit.py: pages, hints beyond the cap)
        return None
    if need > have + SLACK:
        return f"placeholder {hint!r} needs {need}px, has {have}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        text = _plain(bar.tabText(i))
        need = bar.fontMetrics().horizontalAdvance(text)
        if not bar.tabIcon(i).isNull():
            need += bar.iconSize().width() + 4
        have = bar.tabRect(i).width() - 8
        if bar.tabButton(i, QTabBar.ButtonPosition.RightSide) is not None:
            have -= bar.tabButton(i, QTabBar.ButtonPosition.RightSide).width()
        if need > have + SLACK:
            out.append(f"tab {text!r} needs {need}px, has {have}")
    return out


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    out = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    bold = header.font()
    bold.setBold(True)  # Fusion draws the sorted section's title in the same font; allow for a bold one
    for i in range(header.count()):
        if header.isSectionHidden(i) or header.sectionSize(i) <= 0:
            continue
        text = model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        lines = str(text).split("\n")
        need = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == i:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        have = header.sectionSize(i)
        if need > have + SLACK:
            out.append(f"column {str(text)!r} needs {need}px, has {have}")
    return out


OVERLAP_TYPES = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def _overlaps(top: QWidget) -> list[str]:
    """Controls drawn over each other: a layout squeezed below its minimum (a window too small for its row)."""
    out = []
    for parent in [top, *top.findChildren(QWidget)]:
        kids = [w for w in parent.children() if isinstance(w, OVERLAP_TYPES) and w.isVisibleTo(top)
                and w.width() > 0 and not w.objectName().startswith("qt_")
                and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                overlap = a.geometry().intersected(b.geometry())
                if overlap.width() > 2 and overlap.height() > 2:
                    out.append(f"{_where(a)} and {_where(b)} overlap by {overlap.width()}×{overlap.height()}px")
    return out


def clipped(top: QWidget) -> list[str]:
    """Every text in `top` the user sees cut off or elided, as "Class#name: why" lines."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if widget.objectName().startswith("qt_"):
            continue
        problem: str | None = None
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) or (
                isinstance(widget, QToolButton) and widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly):
            problem = _button(widget)
        elif isinstance(widget, QLineEdit):
            problem = _placeholder(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QTabBar):
            problems = _tabs(widget)
        elif isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            problems = _header(widget)
        if problem:
            problems = [problem]
        found += [f"{_where(widget)}: {p}" for p in problems]
    return found + _overlaps(top)
