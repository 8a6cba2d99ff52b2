"""客户营销 page: segments (saved customer-list filters, live counts), call lists (progress per caller, log a
call), message batches (template, preview per customer, export) and the greetings ready this morning.

Everything goes through services/campaigns via ui/ops.py; the tables are the one LazyTableModel over lists.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from dealerdesk.services import campaigns
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.campaigns import BatchDialog, CallListDialog, LogCallDialog, SegmentEditor
from dealerdesk.ui.models.columns.campaigns import (BATCH_SPEC, CALL_LIST_SPEC, CALLER_SPEC, ENTRY_SPEC, MESSAGE_SPEC,
                                                    SEGMENT_SPEC)
from dealerdesk.ui.widgets.tables import list_table

PREVIEW_ROWS = 500


def tr(text: str) -> str:
    return QCoreApplication.translate("campaigns", text)


def _selected(view, model):
    index = view.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


class SegmentsTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.view, self.model = list_table(SEGMENT_SPEC, self, name="segmentTable")
        self.count = QLabel(self)
        self.count.setObjectName("segmentLiveCount")
        self.new_button = QPushButton(tr("新建分组(&N)"), self)
        self.edit_button = QPushButton(tr("修改(&E)"), self)
        self.delete_button = QPushButton(tr("删除(&D)"), self)
        self.new_button.clicked.connect(self.new_segment)
        self.edit_button.clicked.connect(self.edit_segment)
        self.delete_button.clicked.connect(self.delete_segment)
        self.view.doubleClicked.connect(lambda _i: self.edit_segment())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_count())
        for b in (self.new_button, self.edit_button, self.delete_button):
            gate(b, self.ctx.actor, "campaign.write")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("客户分组是保存下来的客户列表筛选条件，人数随客户资料实时变化；"
                                   "在“客户”页面筛选后点“保存为客户分组”也能一步保存。"), self))
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        rows = ops.run(self, self.ctx, campaigns.list_segments)
        if rows is not ops.FAILED:
            self.model.set_rows(rows)
            self.view.resizeColumnsToContents()
        self.show_count()

    def show_count(self) -> None:
        seg = _selected(self.view, self.model)
        if seg is None:
            self.count.setText("")
            return
        n = ops.run(self, self.ctx, campaigns.segment_count, seg.id, today=self.ctx.clock().date())
        if n is not ops.FAILED:
            self.count.setText(tr("“{name}”现有 {n} 位客户").format(name=seg.name, n=n))

    def new_segment(self) -> None:
        dialog = SegmentEditor(self.ctx, parent=self)
        self.page.active_dialog = dialog
        if dialog.exec():
            self.page.refresh()

    def edit_segment(self) -> None:
        seg = _selected(self.view, self.model)
        if seg is None or seg.builtin:
            return
        dialog = SegmentEditor(self.ctx, seg.filter, seg.name, seg.id, parent=self)
        self.page.active_dialog = dialog
        if dialog.exec():
            self.page.refresh()

    def delete_segment(self) -> None:
        seg = _selected(self.view, self.model)
        if seg is None:
            return
        if QMessageBox.question(self, tr("删除客户分组"), tr("确定删除客户分组“{name}”吗？已生成的外呼名单和群发批次不受影响。")
                                .format(name=seg.name)) != QMessageBox.StandardButton.Yes:
            return
        if ops.run(self, self.ctx, campaigns.delete_segment, seg.id) is not ops.FAILED:
            self.page.refresh()


class CallListsTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.lists_view, self.lists = list_table(CALL_LIST_SPEC, self, name="callListTable")
        self.callers_view, self.callers = list_table(CALLER_SPEC, self, name="callerTable")
        self.entries_view, self.entries = list_table(ENTRY_SPEC, self, name="callEntryTable")
        self.new_button = QPushButton(tr("生成外呼名单(&N)"), self)
        self.log_button = QPushButton(tr("记录通话结果(&L)"), self)
        self.close_button = QPushButton(tr("结束名单"), self)
        self.new_button.clicked.connect(self.new_call_list)
        self.log_button.clicked.connect(self.log_call)
        self.close_button.clicked.connect(self.close_list)
        self.entries_view.doubleClicked.connect(lambda _i: self.log_call())
        self.lists_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_list())
        gate(self.new_button, self.ctx.actor, "campaign.write")
        gate(self.close_button, self.ctx.actor, "campaign.write")
        gate(self.log_button, self.ctx.actor, "interaction.write")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.log_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.callers_view)
        lower.addWidget(self.entries_view)
        lower.setSizes([380, 620])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.lists_view)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def refresh(self, keep: int | None = None) -> None:
        current = _selected(self.lists_view, self.lists)
        keep = keep if keep is not None else (current.id if current else None)
        rows = ops.run(self, self.ctx, campaigns.list_call_lists)
        if rows is ops.FAILED:
            return
        self.lists.set_rows(rows)
        self.lists_view.resizeColumnsToContents()
        ids = [r.id for r in rows]
        if ids:
            self.lists_view.selectRow(ids.index(keep) if keep in ids else 0)
        self.show_list()

    def show_list(self) -> None:
        cl = _selected(self.lists_view, self.lists)
        self.callers.set_rows(cl.callers if cl else [])
        entries = ops.run(self, self.ctx, campaigns.call_entries, cl.id) if cl else []
        self.entries.set_rows([] if entries is ops.FAILED else entries)
        self.callers_view.resizeColumnsToContents()
        self.entries_view.resizeColumnsToContents()

    def new_call_list(self) -> None:
        segments = ops.run(self, self.ctx, campaigns.list_segments)
        if segments is ops.FAILED:
            return
        dialog = CallListDialog(self.ctx, segments, parent=self)
        self.page.active_dialog = dialog
        if dialog.exec() and dialog.result_row is not None:
            self.refresh(keep=dialog.result_row.id)

    def log_call(self) -> None:
        entry = _selected(self.entries_view, self.entries)
        if entry is None:
            return
        dialog = LogCallDialog(self.ctx, entry.id, entry.customer_name, parent=self)
        self.page.active_dialog = dialog
        if dialog.exec():
            self.refresh()

    def close_list(self) -> None:
        cl = _selected(self.lists_view, self.lists)
        if cl is None:
            return
        if QMessageBox.question(self, tr("结束外呼名单"), tr("结束“{name}”？没打的电话会从工作台移除。").format(name=cl.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        if ops.run(self, self.ctx, campaigns.close_call_list, cl.id) is not ops.FAILED:
            self.refresh()


class BatchesTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.greetings = QLabel(self)
        self.greetings.setObjectName("greetingsReady")
        self.greetings.setWordWrap(True)
        self.batches_view, self.batches = list_table(BATCH_SPEC, self, name="batchTable")
        self.messages_view, self.messages = list_table(MESSAGE_SPEC, self, name="messageTable")
        self.new_button = QPushButton(tr("新建群发批次(&N)"), self)
        self.export_button = QPushButton(tr("导出文件(&X)…"), self)
        self.delete_button = QPushButton(tr("删除批次"), self)
        self.new_button.clicked.connect(self.new_batch)
        self.export_button.clicked.connect(self.export)
        self.delete_button.clicked.connect(self.delete_batch)
        self.batches_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_batch())
        for b in (self.new_button, self.export_button, self.delete_button):
            gate(b, self.ctx.actor, "campaign.write")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.export_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.batches_view)
        split.addWidget(self.messages_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greetings)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def refresh(self, keep: int | None = None) -> None:
        current = _selected(self.batches_view, self.batches)
        keep = keep if keep is not None else (current.id if current else None)
        ready = ops.run(self, self.ctx, campaigns.ready_greetings, self.ctx.clock().date(), at=self.ctx.clock())
        if ready is not ops.FAILED:
            self.greetings.setText(tr("今日待发问候：{items}").format(
                items="，".join(f"{b.name}（{b.size} 条）" for b in ready)) if ready else tr("今日没有待发的问候批次。"))
        rows = ops.run(self, self.ctx, campaigns.list_batches)
        if rows is ops.FAILED:
            return
        self.batches.set_rows(rows)
        self.batches_view.resizeColumnsToContents()
        ids = [r.id for r in rows]
        if ids:
            self.batches_view.selectRow(ids.index(keep) if keep in ids else 0)
        self.show_batch()

    def show_batch(self) -> None:
        b = _selected(self.batches_view, self.batches)
        rows = ops.run(self, self.ctx, campaigns.batch_messages, b.id, 0, PREVIEW_ROWS) if b else []
        self.messages.set_rows([] if rows is ops.FAILED else rows)
        for column in range(3):
            self.messages_view.resizeColumnToContents(column)
        gate(self.delete_button, self.ctx.actor, "campaign.write", bool(b and b.status == "draft"))
        gate(self.export_button, self.ctx.actor, "campaign.write", bool(b and b.size))

    def new_batch(self, template: str = "") -> None:
        segments = ops.run(self, self.ctx, campaigns.list_segments)
        if segments is ops.FAILED:
            return
        dialog = BatchDialog(self.ctx, segments, template, parent=self)
        self.page.active_dialog = dialog
        if dialog.exec() and dialog.result_row is not None:
            self.refresh(keep=dialog.result_row.id)

    def choose_file(self, name: str) -> str:
        """Where to write the batch (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, tr("导出群发文件"), f"{name}.xlsx",
                                              tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        return path

    def export(self) -> None:
        b = _selected(self.batches_view, self.batches)
        if b is None:
            return
        path = self.choose_file(b.name)
        if not path:
            return
        n = ops.run(self, self.ctx, campaigns.export_batch, b.id, path, at=self.ctx.clock())
        if n is ops.FAILED:
            return
        self.refresh(keep=b.id)
        QMessageBox.information(self, tr("导出完成"), tr("已导出 {n} 条消息到 {path}。请用短信平台发送，或复制到微信。")
                                .format(n=n, path=path))

    def delete_batch(self) -> None:
        b = _selected(self.batches_view, self.batches)
        if b is None:
            return
        if QMessageBox.question(self, tr("删除群发批次"), tr("确定删除还没导出的批次“{name}”吗？").format(name=b.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        if ops.run(self, self.ctx, campaigns.delete_batch, b.id) is not ops.FAILED:
            self.refresh()


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("campaignsPage")
        self.active_dialog = None
        self.tabs = QTabWidget(self)
        self.segments = SegmentsTab(self)
        self.call_lists = CallListsTab(self)
        self.batches = BatchesTab(self)
        self.tabs.addTab(self.segments, tr("客户分组"))
        self.tabs.addTab(self.call_lists, tr("外呼名单"))
        self.tabs.addTab(self.batches, tr("群发与问候"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.bus.customersChanged.connect(self.refresh)
        ctx.bus.dueChanged.connect(self.call_lists.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.actor.can("campaign.write"):
            ops.run(self, self.ctx, campaigns.ensure_winback)
        self.segments.refresh()
        self.call_lists.refresh()
        self.batches.refresh()
