"""导出 dialog: which list, which file; the export runs in a worker and is written to the audit log.

`ExportDialog(ctx, parent, customer_ids=None, customer_filter=None)`: the customer page passes the ids or the
CustomerFilter of what it shows, so "export" means "export what I am looking at".
"""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from dealerdesk.services.transfer.export import ExportResult, export
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.messages import error_text
from dealerdesk.ui.workers import Worker


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, customer_ids: list[int] | None = None,
                 customer_filter: object | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_ids, self.customer_filter = ctx, customer_ids, customer_filter
        self.result_data: ExportResult | None = None
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("导出"))
        self.kind_box = QComboBox()
        for code, label in (("customers", self.tr("客户列表")), ("leads", self.tr("线索")),
                            ("services", self.tr("服务记录")), ("reminders", self.tr("提醒")),
                            ("marketing", self.tr("营销名单（仅同意联系的客户）"))):
            self.kind_box.addItem(label, code)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("内容"), self.kind_box)
        form.addRow(self.tr("文件"), row)
        scope = self.tr("当前列表中的客户") if (customer_ids is not None or customer_filter is not None) \
            else self.tr("全部客户")
        form.addRow(self.tr("范围"), QLabel(scope))
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.ok_button = QPushButton(self.tr("导出"))
        self.ok_button.clicked.connect(self.start)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self._close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出到"), f"{self.kind_box.currentData()}.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if name:
            self.path_edit.setText(name)

    def start(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.status.setText(self.tr("请先选择文件"))
            return
        self.worker = Worker(export, self.ctx.actor, self.kind_box.currentData(), path,
                             customer_ids=self.customer_ids, customer_filter=self.customer_filter, parent=self)
        self.worker.progress.connect(lambda d, t, _s: (self.progress.setRange(0, max(t, 0)),
                                                      self.progress.setValue(min(d, t) if t else 0)))
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(lambda exc: self.status.setText(error_text(exc)))
        self.worker.finished.connect(lambda: (self.progress.hide(), self.ok_button.setEnabled(True)))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.ok_button.setEnabled(False)
        self.worker.start()

    def _done(self, result: ExportResult) -> None:
        self.result_data = result
        note = self.tr("（电话已打码）") if result.masked else ""
        self.status.setText(self.tr("已导出 {n} 行到 {path}").format(n=result.rows, path=result.path) + note)

    def _close(self) -> None:
        if self.worker is not None and not self.worker.done:
            self.worker.cancel()
            return
        self.accept()
