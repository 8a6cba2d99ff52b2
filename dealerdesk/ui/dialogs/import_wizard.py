"""导入向导: pick a file → sheet → column mapping with a preview → validation summary → commit.

Every step calls the importer service (services.transfer.importer) through a worker, so the wizard never runs
SQL and a 100,000-row file never freezes the window; the check is a dry run of the very import that commit
runs, so the summary's counts are what will happen. Cancel during commit rolls the whole import back.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit,
                               QProgressBar, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from dealerdesk.services.transfer import importer
from dealerdesk.services.transfer.fields import FIELDS, load_mapping, save_mapping
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.messages import error_text
from dealerdesk.ui.workers import Worker

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class PreviewModel(QAbstractTableModel):
    """The first rows of the sheet; the header shows each column's mapped field under its own name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[tuple[int, list[str]]] = []
        self.mapping: dict[int, str] = {}
        self.preview: importer.ImportPreview | None = None

    def set_preview(self, headers: list[str], rows: list[tuple[int, list[str]]], mapping: dict[int, str],
                    preview: importer.ImportPreview | None = None) -> None:
        """`preview`: the importer's preview, so a column mapped to a date field shows its cells as dates."""
        self.beginResetModel()
        self.headers, self.rows, self.mapping, self.preview = headers, rows, dict(mapping), preview
        self.endResetModel()

    def set_mapping(self, mapping: dict[int, str]) -> None:
        self.mapping = dict(mapping)
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
            if self.rows:  # a column (un)mapped to a date field shows its cells as dates (or as typed)
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.preview is not None:
            return self.preview.cell(index.row(), index.column(), self.mapping.get(index.column()))
        vals = self.rows[index.row()][1]
        return vals[index.column()] if index.column() < len(vals) else ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.rows[section][0]) if 0 <= section < len(self.rows) else None
        if not 0 <= section < len(self.headers):
            return None
        code = self.mapping.get(section)
        return f"{self.headers[section]}\n→ {FIELDS[code] if code else '（不导入）'}"


class ImportWizard(QDialog):
    """Modal wizard; `ImportWizard(ctx, parent).exec()`. `result_data` holds the last ImportResult."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview_data: importer.ImportPreview | None = None
        self.result_data: importer.ImportResult | None = None
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("导入客户资料"))
        self.resize(900, 600)
        self.pages = QStackedWidget()
        self._build_file_page()
        self._build_mapping_page()
        self._build_summary_page()
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)

    # ------------------------------------------------------------------ pages
    def _build_file_page(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.file_label = QLabel(self.tr("请选择要导入的 Excel（.xlsx/.xls）或 CSV 文件"))
        pick = QPushButton(self.tr("选择文件…"))
        pick.clicked.connect(self._pick_file)
        v.addWidget(self.file_label)
        v.addWidget(pick)
        v.addStretch(1)
        self.pages.addWidget(page)

    def _build_mapping_page(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("工作表")))
        self.sheet_box = QComboBox()
        self.sheet_box.activated.connect(lambda _i: self.load_preview(self.sheet_box.currentText()))
        top.addWidget(self.sheet_box)
        top.addWidget(QLabel(self.tr("列")))
        self.column_box = QComboBox()
        self.column_box.currentIndexChanged.connect(self._show_column_field)
        top.addWidget(self.column_box)
        top.addWidget(QLabel(self.tr("对应")))
        self.field_box = QComboBox()
        self.field_box.addItem(self.tr("（不导入）"), "")
        for code, label in FIELDS.items():
            self.field_box.addItem(QCoreApplication.translate("import", label), code)
        self.field_box.activated.connect(self._set_column_field)
        top.addWidget(self.field_box)
        top.addWidget(QLabel(self.tr("重复客户")))
        self.duplicate_box = QComboBox()
        for code, label in (("skip", self.tr("跳过")), ("update", self.tr("更新")), ("create", self.tr("新建"))):
            self.duplicate_box.addItem(label, code)
        top.addWidget(self.duplicate_box)
        v.addLayout(top)
        self.header_label = QLabel()
        v.addWidget(self.header_label)
        self.model = PreviewModel(self)
        self.table = table = QTableView()
        table.setModel(self.model)
        v.addWidget(table, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("读取映射…"), self._load_mapping), (self.tr("保存映射…"), self._save_mapping)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.check_button = QPushButton(self.tr("检查"))
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        buttons.addWidget(self.check_button)
        v.addLayout(buttons)
        self.pages.addWidget(page)

    def _build_summary_page(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.summary_label = QLabel()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        v.addWidget(self.summary_label)
        v.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("返回修改"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.rejects_button = QPushButton(self.tr("保存错误行和警告…"))
        self.rejects_button.setToolTip(self.tr("不能导入的行（含错误原因）和导入时留空的内容（“警告”工作表）存成 Excel，"
                                               "改好后可再导入"))
        self.rejects_button.clicked.connect(self._save_rejects)
        self.commit_button = QPushButton(self.tr("开始导入"))
        self.commit_button.clicked.connect(lambda: self.run(dry_run=False))
        for b in (back, self.rejects_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.commit_button)
        v.addLayout(buttons)
        self.pages.addWidget(page)

    # ------------------------------------------------------------------ actions
    def _pick_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择文件"), "",
                                              self.tr("表格文件 (*.xlsx *.xls *.csv)"))
        if name:
            self.set_file(name)

    def set_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.load_preview(None)

    def load_preview(self, sheet: str | None, saved: dict[str, str] | None = None) -> None:
        self._start(importer.preview, self.ctx.actor, self.path, sheet, saved, on_done=self._show_preview,
                    pass_progress=False)

    def _show_preview(self, p: importer.ImportPreview) -> None:
        self.preview_data = p
        self.sheet_box.clear()
        self.sheet_box.addItems(p.sheets)
        self.sheet_box.setCurrentText(p.sheet)
        self.column_box.clear()
        self.column_box.addItems(p.headers)
        self.model.set_preview(p.headers, p.sample, p.mapping, p)
        self._fit_columns()
        self.header_label.setText(self.tr("表头在第 {row} 行，共 {n} 行数据").format(row=p.header_row,
                                                                             n=p.total_rows))
        self.pages.setCurrentIndex(1)

    #: widest a preview column gets when fitted to its cells (a long address stays elided, not the phones)
    MAX_COLUMN_WIDTH = 260

    def _fit_columns(self) -> None:
        """Preview columns as wide as their header and sample cells (only a few rows: cheap), capped."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > self.MAX_COLUMN_WIDTH:
                self.table.setColumnWidth(column, self.MAX_COLUMN_WIDTH)

    def _show_column_field(self, column: int) -> None:
        self.field_box.setCurrentIndex(max(self.field_box.findData(self.model.mapping.get(column, "")), 0))

    def _set_column_field(self, _index: int) -> None:
        column, code = self.column_box.currentIndex(), self.field_box.currentData()
        mapping = dict(self.model.mapping)
        if code:
            mapping[column] = code
        else:
            mapping.pop(column, None)
        self.model.set_mapping(mapping)

    def _load_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("读取映射"), "", self.tr("映射文件 (*.json)"))
        if name:
            mapping = ops.call(self, self.ctx, load_mapping, name, errors=self._show_error)  # a broken file: say so
            if mapping is not ops.FAILED:  # else keep the current mapping
                self.load_preview(self.sheet_box.currentText() or None, mapping)

    def _save_mapping(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存映射"), self.tr("映射.json"), self.tr("映射文件 (*.json)"))
        if name and self.preview_data:
            save_mapping(name, self.preview_data.headers, self.model.mapping)

    def options(self, dry_run: bool, rejects: Path | None = None) -> importer.ImportOptions:
        return importer.ImportOptions(sheet=self.sheet_box.currentText() or None, mapping=dict(self.model.mapping),
                                      on_duplicate=self.duplicate_box.currentData(), dry_run=dry_run,
                                      rejects_path=rejects)

    def run(self, dry_run: bool) -> None:
        self.recorded = ops.Recorded(importer.run_import)  # what the import changed, emitted when it is done
        self._start(self.recorded, self.ctx.actor, self.path, self.options(dry_run), on_done=self._show_result)

    def _show_result(self, r: importer.ImportResult) -> None:
        self.result_data = r
        head = self.tr("检查结果（尚未写入）") if r.dry_run else self.tr("导入完成")
        self.summary_label.setText(self.tr("{head}：共 {rows} 行，新建 {imported}，更新 {updated}，跳过 {skipped}，"
                                           "不能导入 {rejected}，警告 {warnings}").format(
            head=head, rows=r.rows, imported=r.imported, updated=r.updated, skipped=r.skipped, rejected=r.rejected,
            warnings=len(r.warnings)))
        lines = [self.tr("第{row}行：{reason}").format(row=i.row, reason=i.reason) for i in r.rejects[:500]]
        if r.warnings:  # imported, with a cell left empty: what, where and why (grouped by column and reason)
            lines.append(self.tr("以下行已导入，请留意（留空的单元格、共用电话等）："))
        lines += [self.tr("提示 {rows}：{reason}").format(rows=importer.rows_text(rows), reason=reason)
                  for reason, rows in importer.group_issues(r.warnings)[:200]]
        self.details.setPlainText("\n".join(lines))
        self.rejects_button.setEnabled(r.rejected > 0 or bool(r.warnings))
        self.commit_button.setEnabled(r.dry_run and (r.imported + r.updated) > 0)
        self.pages.setCurrentIndex(2)
        if not r.dry_run:
            ops.emit(self.ctx, self.recorded.changes)
            self.cancel_button.setText(self.tr("关闭"))

    def _save_rejects(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存错误行和警告"), self.tr("错误行.xlsx"), self.tr("Excel (*.xlsx)"))
        if name:
            self._start(importer.run_import, self.ctx.actor, self.path, self.options(True, Path(name)),
                        on_done=lambda _r: None)

    # ------------------------------------------------------------------ worker plumbing
    def _start(self, fn, *args, on_done, pass_progress: bool = True) -> None:
        self.worker = Worker(fn, *args, pass_progress=pass_progress, parent=self)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(on_done)
        self.worker.failed.connect(self._show_error)
        self.worker.finished.connect(self._finished)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.pages.setEnabled(False)
        self.worker.start()

    def _on_progress(self, done: int, total: int, stage: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress.setFormat({"read": self.tr("读取 %p%"), "check": self.tr("检查 %p%"),
                                 "write": self.tr("写入 %p%"), "keys": self.tr("建立索引…"),
                                 "commit": self.tr("提交…")}.get(stage, "%p%"))

    def _finished(self) -> None:
        self.progress.hide()
        self.pages.setEnabled(True)

    def _show_error(self, exc: BaseException) -> None:
        self.summary_label.setText(error_text(exc))
        self.details.clear()
        self.commit_button.setEnabled(False)
        self.rejects_button.setEnabled(False)
        self.pages.setCurrentIndex(2)

    def _cancel(self) -> None:
        if self.worker is not None and not self.worker.done:
            self.worker.cancel()  # the import's transaction rolls back
            return
        self.reject()
