"""Reports page (报表): pick a month, generate the monthly summary in the background, preview, save, print.

Preview choice: QtPdf is not in PySide6-Essentials, so the PDF's pages are rasterised with poppler's
`pdftoppm` when it is installed (bundled with the Windows build) and shown as images; the same images are
what "Print" sends through QPrintDialog. Without pdftoppm the KPI table is still shown, the PDF opens in the
system viewer (QDesktopServices) and printing is done from there. Generation runs in ui.workers.Worker.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QProgressBar, QPushButton, QScrollArea, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.models.columns.reporting import KPI_SPEC, kpi_rows
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import ListSource
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.workers import Worker


def pdf_to_images(pdf: Path, out_dir: Path, dpi: int = 80) -> list[Path]:
    """Page images of a PDF via pdftoppm; [] when pdftoppm is not installed or fails."""
    exe = shutil.which("pdftoppm")
    if not exe:
        return []
    try:
        subprocess.run([exe, "-png", "-r", str(dpi), str(pdf), str(out_dir / "page")], check=True,
                       capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(out_dir.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def generate_monthly(actor, month: str, pdf: Path, progress=None) -> tuple[object, Path, list[Path]]:
    """Worker job: figures, PDF and preview images (runs off the GUI thread)."""
    from dealerdesk.reports.monthly import render_monthly
    from dealerdesk.services.reporting.summary import monthly_summary

    summary = monthly_summary(actor, month, progress=progress)
    render_monthly(summary, pdf)
    if progress:
        progress(8, 8, "预览")
    return summary, pdf, pdf_to_images(pdf, pdf.parent)


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker: Worker | None = None
        self.pdf: Path | None = None
        self.images: list[Path] = []
        self._tmp = tempfile.TemporaryDirectory(prefix="dealerdesk-report-")
        first = ctx.clock().date().replace(day=1) - dt.timedelta(days=1)
        self.month = QDateEdit(QDate(first.year, first.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.generate_button = QPushButton(self.tr("生成月度汇总"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("月份")), self.month, self.generate_button, self.save_button, self.print_button,
                  self.folder_button, self.progress):
            bar.addWidget(w)
        bar.addStretch(1)
        self.model = LazyTableModel(KPI_SPEC, ListSource(), parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.pages = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.pages)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(holder)
        self.empty = EmptyState(
            self.table, title=self.tr("还没有生成报表"),
            text=self.tr("选择月份后生成月度经营汇总：这里列出线索、订单、交车、战败和回访等指标，右边预览 PDF，"
                         "可以保存和打印。"),
            actions=[(self.tr("生成月度汇总"), self.generate)])
        self.empty.set_text_width(300)
        self.empty.buttons[0].setEnabled(ctx.actor.can("report.read"))
        split = QSplitter()
        split.addWidget(self.empty)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_pages)
        self.folder_button.clicked.connect(self.open_folder)
        self._set_ready(False)
        gate(self.generate_button, ctx.actor, "report.read")

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def _set_ready(self, ready: bool) -> None:
        for b in (self.save_button, self.folder_button):
            b.setEnabled(ready)
        self.print_button.setEnabled(ready and bool(self.images))
        if ready and not self.images:
            self.print_button.setToolTip(self.tr("未找到 pdftoppm：请在打开的 PDF 查看器中打印"))

    def generate(self) -> None:
        """Start the background job; the page stays usable and shows progress."""
        if self.worker is not None and not self.worker.done:
            return
        out = Path(self._tmp.name) / self.month_text()
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        self.generate_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 8)
        self.status.setText(self.tr("正在生成 %1 月度汇总…").replace("%1", self.month_text()))
        self.worker = Worker(generate_monthly, self.ctx.actor, self.month_text(), out / "月度汇总.pdf", parent=self)
        self.worker.progress.connect(lambda done, total, stage: (self.progress.setMaximum(total),
                                                                 self.progress.setValue(done)))
        self.worker.succeeded.connect(self._show)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.worker.start()

    def _finished(self) -> None:
        gate(self.generate_button, self.ctx.actor, "report.read")
        self.progress.setVisible(False)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("生成失败：%1").replace("%1", str(exc)))

    def _show(self, result) -> None:
        summary, self.pdf, self.images = result
        self.model.set_rows(kpi_rows(summary))
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for image in self.images:
            label = QLabel()
            label.setPixmap(QPixmap(str(image)))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(label)
        if not self.images:
            self.pages.addWidget(QLabel(self.tr("未安装 pdftoppm，无法在程序内预览；已用系统查看器打开 PDF。")))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))
        self.status.setText(self.tr("%1 月度汇总：%2 页").replace("%1", summary.month)
                            .replace("%2", str(len(self.images) or "?")))
        self._set_ready(True)

    def save_as(self) -> None:
        if self.pdf is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), f"月度汇总-{self.month_text()}.pdf",
                                              self.tr("PDF 文件 (*.pdf)"))
        if name:
            shutil.copyfile(self.pdf, name)
            self.status.setText(self.tr("已保存到 %1").replace("%1", name))

    def print_pages(self) -> None:
        """Print through the system dialog: the pages are re-rendered at printer-friendly resolution."""
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        hi = Path(self._tmp.name) / "print"
        shutil.rmtree(hi, ignore_errors=True)
        hi.mkdir()
        images = pdf_to_images(self.pdf, hi, dpi=200) or self.images
        print_images(printer, images)

    def open_folder(self) -> None:
        if self.pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf.parent)))


def print_images(printer: QPrinter, images: list[Path]) -> None:
    """One image per printed page, scaled to the printable area, aspect kept."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for i, path in enumerate(images):
            if i:
                printer.newPage()
            image = QImage(str(path))
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()


def save_profile_pdf(ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> Path | None:
    """For the profile window's "打印档案" button: ask where, write the profile PDF, open it."""
    from dealerdesk.reports.profile import render_profile
    from dealerdesk.services.reporting.summary import profile_data

    tr = QCoreApplication.translate
    name, _ = QFileDialog.getSaveFileName(parent, tr("reports", "保存客户档案"), f"客户档案-{customer_id}.pdf",
                                          tr("reports", "PDF 文件 (*.pdf)"))
    if not name:
        return None
    try:
        render_profile(profile_data(ctx.actor, customer_id), Path(name))
    except Exception as exc:  # noqa: BLE001 - shown to the user; details are in the log
        QMessageBox.warning(parent, "DealerDesk", str(exc))
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(name))
    return Path(name)
