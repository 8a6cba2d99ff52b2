"""Reports page (报表): pick a month, generate the monthly summary in the background, preview, save, print.

The PDF's pages are shown by the shared preview (ui/widgets/pdf_preview.py: pypdfium2, page navigation,
zoom, print); 打印 and 另存为 PDF go through ui/printing.py like every other printout. Generation runs in
ui.workers.Worker.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from dealerdesk.ui import printing
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.models.columns.reporting import KPI_SPEC, kpi_rows
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import ListSource
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.pdf_preview import PdfPreview
from dealerdesk.ui.workers import Worker


def generate_monthly(actor, month: str, pdf: Path, progress=None) -> tuple[object, Path]:
    """Worker job: figures and PDF (runs off the GUI thread; the preview renders pages on demand)."""
    from dealerdesk.reports.monthly import render_monthly
    from dealerdesk.services.reporting.summary import monthly_summary

    summary = monthly_summary(actor, month, progress=progress)
    render_monthly(summary, pdf)
    return summary, pdf


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker: Worker | None = None
        self.pdf: Path | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="dealerdesk-report-")
        first = ctx.clock().date().replace(day=1) - dt.timedelta(days=1)
        self.month = QDateEdit(QDate(first.year, first.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.generate_button = QPushButton(self.tr("生成月度汇总"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("月份")), self.month, self.generate_button, self.save_button,
                  self.folder_button, self.progress):
            bar.addWidget(w)
        bar.addStretch(1)
        self.model = LazyTableModel(KPI_SPEC, ListSource(), parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.preview = PdfPreview()
        self.print_button = self.preview.print_button  # 打印 lives in the preview's bar, beside the pages
        self.preview.printed.connect(
            lambda pages: self.status.setText(self.tr("已送打印机：%1 页").replace("%1", str(pages))))
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
        self.folder_button.clicked.connect(self.open_folder)
        self._set_ready(False)
        gate(self.generate_button, ctx.actor, "report.read")

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def _set_ready(self, ready: bool) -> None:
        for b in (self.save_button, self.folder_button):
            b.setEnabled(ready)
        self.print_button.setEnabled(ready)

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
        summary, self.pdf = result
        self.model.set_rows(kpi_rows(summary))
        self.preview.set_pdf(self.pdf)
        self.status.setText(self.tr("%1 月度汇总：%2 页").replace("%1", summary.month)
                            .replace("%2", str(self.preview.count)))
        self._set_ready(True)

    def save_as(self) -> None:
        if self.pdf is None:
            return
        name = printing.save_pdf_copy(self.pdf, self, f"月度汇总-{self.month_text()}.pdf")
        if name:
            self.status.setText(self.tr("已保存到 %1").replace("%1", str(name)))

    def print_pages(self, accept=None) -> int:
        """打印: the system print dialog, then the PDF's pages (printing.print_pdf)."""
        return self.preview.print_document(accept)

    def open_folder(self) -> None:
        if self.pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf.parent)))


def _write_profile(ctx: AppContext, customer_id: int, path: Path, parent: QWidget | None) -> Path | None:
    """The customer profile PDF (phones masked by role; the print is audited by profile_data)."""
    from dealerdesk.reports.profile import render_profile
    from dealerdesk.services.reporting.summary import profile_data

    from dealerdesk.ui import ops

    data = ops.run(parent, ctx, profile_data, customer_id, any_error=True)
    if data is ops.FAILED:
        return None
    render_profile(data, path)
    return path


def print_profile(ctx: AppContext, customer_id: int, parent: QWidget | None = None, accept=None) -> int:
    """The profile window's 打印档案 (Ctrl+P): the system print dialog, then the profile's pages."""
    with tempfile.TemporaryDirectory(prefix="dealerdesk-print-") as tmp:
        pdf = _write_profile(ctx, customer_id, Path(tmp) / f"客户档案-{customer_id}.pdf", parent)
        return printing.print_pdf(pdf, parent, accept=accept) if pdf is not None else 0


def save_profile_pdf(ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> Path | None:
    """The profile window's 另存为 PDF: ask where (Documents first), write the profile PDF there."""
    tr = QCoreApplication.translate
    path = printing.ask_pdf_path(parent, tr("reports", "保存客户档案"), f"客户档案-{customer_id}.pdf")
    return _write_profile(ctx, customer_id, path, parent) if path is not None else None
