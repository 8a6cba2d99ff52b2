"""A PDF preview: one page at a time, page navigation, zoom and print (pages from ui/printing.py).

Keys: PgUp/PgDn (or the buttons) change page, Ctrl+= / Ctrl+- zoom, Ctrl+0 fits the page width, and the
打印 button prints through the same path as every other print action (printing.print_pdf).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QToolButton,
                               QVBoxLayout, QWidget)

from dealerdesk.ui import printing

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
SCREEN_DPI = 96


class PdfPreview(QWidget):
    printed = Signal(int)  # pages printed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: Path | None = None
        self.count = 0
        self.zoom = 1.0
        self.fit_width = True
        self.prev_button = QToolButton()
        self.prev_button.setText(self.tr("上一页"))
        self.prev_button.setToolTip(self.tr("上一页 (PgUp)"))
        self.next_button = QToolButton()
        self.next_button.setText(self.tr("下一页"))
        self.next_button.setToolTip(self.tr("下一页 (PgDn)"))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, 1)
        self.page_box.setAccessibleName(self.tr("页码"))
        self.of_label = QLabel()
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText(self.tr("缩小"))
        self.zoom_out_button.setToolTip(self.tr("缩小 (Ctrl+-)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText(self.tr("放大"))
        self.zoom_in_button.setToolTip(self.tr("放大 (Ctrl+=)"))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("适合宽度"))
        self.fit_button.setToolTip(self.tr("按窗口宽度显示 (Ctrl+0)"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("300%") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setToolTip(self.tr("用系统打印对话框选择打印机并打印 (Ctrl+P)"))
        bar = QHBoxLayout()
        for w in (self.prev_button, self.page_box, self.of_label, self.next_button, self.zoom_out_button,
                  self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.image)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.prev_button.clicked.connect(lambda: self.go(self.page_box.value() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.page_box.value() + 1))
        self.page_box.valueChanged.connect(lambda _v: self._render())
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.fit_button.clicked.connect(self.fit)
        self.print_button.clicked.connect(self.print_document)
        shortcuts = ((QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.go(self.page_box.value() - 1)),
                     (QKeySequence.StandardKey.MoveToNextPage, lambda: self.go(self.page_box.value() + 1)),
                     (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
                     (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
                     (QKeySequence("Ctrl+="), lambda: self.step_zoom(+1)),
                     (QKeySequence("Ctrl+0"), self.fit))
        for key, slot in shortcuts:
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.set_pdf(None)

    # --- what is shown --------------------------------------------------------------------------------

    def set_pdf(self, pdf: Path | None) -> None:
        """Show page 1 of `pdf` (None: nothing to show)."""
        self.pdf = Path(pdf) if pdf is not None else None
        self.count = printing.page_count(self.pdf) if self.pdf is not None else 0
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(self.count, 1))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        for w in (self.page_box, self.prev_button, self.next_button, self.zoom_in_button, self.zoom_out_button,
                  self.fit_button, self.print_button):
            w.setEnabled(self.count > 0)
        self._render()

    def current_page(self) -> int:
        """1-based."""
        return self.page_box.value()

    def go(self, page: int) -> None:
        if self.count:
            self.page_box.setValue(min(max(page, 1), self.count))

    def step_zoom(self, direction: int) -> None:
        current = self.effective_zoom()
        bigger = [z for z in ZOOMS if z > current + 0.01]
        smaller = [z for z in ZOOMS if z < current - 0.01]
        if direction > 0 and bigger:
            self.set_zoom(bigger[0])
        elif direction < 0 and smaller:
            self.set_zoom(smaller[-1])

    def set_zoom(self, zoom: float) -> None:
        self.fit_width, self.zoom = False, zoom
        self._render()

    def fit(self) -> None:
        self.fit_width = True
        self._render()

    def effective_zoom(self) -> float:
        """The zoom in use: in fit-width mode, what makes an A4 page as wide as the view."""
        if not self.fit_width:
            return self.zoom
        width = self.scroll.viewport().width() - 24
        return max(0.3, min(3.0, width / (595 / 72 * SCREEN_DPI))) if width > 100 else 1.0

    def _render(self) -> None:
        if self.pdf is None or not self.count:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("没有可预览的内容"))
            self.of_label.setText("")
            self.zoom_label.setText("")
            return
        zoom = self.effective_zoom()
        image = printing.render_page(self.pdf, self.current_page() - 1, SCREEN_DPI * zoom)
        self.image.setPixmap(QPixmap.fromImage(image))
        self.of_label.setText(self.tr("/ %1 页").replace("%1", str(self.count)))
        self.zoom_label.setText(f"{zoom:.0%}")
        self.prev_button.setEnabled(self.current_page() > 1)
        self.next_button.setEnabled(self.current_page() < self.count)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_width and self.count:
            self._render()

    # --- printing -------------------------------------------------------------------------------------

    def print_document(self, accept=None) -> int:
        """Print the whole document through the shared print path; the pages printed."""
        if self.pdf is None:
            return 0
        pages = printing.print_pdf(self.pdf, self, accept=accept)
        if pages:
            self.printed.emit(pages)
        return pages
