"""操作日志 page (managers and admins, permission "audit.read"): who did what, when, to whom.

Filters: user, action, customer number and a date range; the table is the lazy model over the filtered log
(newest first), so a years-long log opens as fast as a short one. "导出" writes the filtered rows to .xlsx/.csv
through services/transfer's export, and that export is itself a row of the log.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.services import audit_viewer
from dealerdesk.services.audit_viewer import AuditFilter
from dealerdesk.ui import ops
from dealerdesk.ui.models.columns.audit import AUDIT_SPEC
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import AuditSource
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.messages import show_error
from dealerdesk.ui.widgets.tables import table_view


def tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


class Page(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditPage")
        layout = QVBoxLayout(self)
        if not ctx.actor.can("audit.read"):
            self.model = None
            layout.addWidget(QLabel(tr("只有经理和系统管理员可以查看操作日志。"), self))
            layout.addStretch(1)
            return
        self.user = QComboBox(self)
        self.action = QComboBox(self)
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(tr("客户编号"))
        self.customer.setMaximumWidth(110)
        self.by_date = QCheckBox(tr("日期"), self)
        today = ctx.clock().date()
        self.since = QDateEdit(QDate(today.year, today.month, 1), self)
        self.until = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.by_date.toggled.connect(self.since.setEnabled)
        self.by_date.toggled.connect(self.until.setEnabled)
        self.apply_button = QPushButton(tr("查询(&Q)"), self)
        self.apply_button.setDefault(True)
        self.export_button = QPushButton(tr("导出(&E)…"), self)
        self.export_button.setEnabled(ctx.actor.can("export"))
        self.count_label = QLabel(self)
        self._fill_choices()
        self.model = LazyTableModel(AUDIT_SPEC, AuditSource(ctx.actor, self.current_filter()), parent=self)
        self.table = table_view(self.model, self, name="auditTable")
        bar = QHBoxLayout()
        for label, widget in ((tr("用户"), self.user), (tr("操作"), self.action), (tr("客户"), self.customer)):
            text = QLabel(label, self)
            text.setBuddy(widget)
            bar.addWidget(text)
            bar.addWidget(widget)
        bar.addWidget(self.by_date)
        bar.addWidget(self.since)
        bar.addWidget(QLabel("—", self))
        bar.addWidget(self.until)
        bar.addWidget(self.apply_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        self.empty = EmptyState(
            self.table, title=tr("没有符合条件的操作记录"),
            text=tr("这里按时间列出每一次新建、修改、删除、导出、登录和越权尝试，谁在什么时候做了什么。"
                    "换一个用户、操作或日期再查。"),
            actions=[(tr("清除筛选"), self.clear_filters)], parent=self)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.count_label)
        self.apply_button.clicked.connect(self.refresh)
        self.customer.returnPressed.connect(self.refresh)
        self.user.activated.connect(lambda _i: self.refresh())
        self.action.activated.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export)
        self._show_count()

    def _fill_choices(self) -> None:
        self.user.clear()
        self.user.addItem(tr("全部用户"), "")
        self.action.clear()
        self.action.addItem(tr("全部操作"), "")
        try:
            for login in audit_viewer.users(self.ctx.actor):
                self.user.addItem(login or tr("（无）"), login)
            for code in audit_viewer.actions(self.ctx.actor):
                text = labels.label(labels.AUDIT_ACTION, code)
                self.action.addItem(QCoreApplication.translate(labels.AUDIT_ACTION.context, text), code)
        except Exception as exc:  # noqa: BLE001 - a refused read is shown, the page stays
            show_error(self, exc)

    def current_filter(self) -> AuditFilter:
        text = self.customer.text().strip()
        customer_id = int(text) if text.isdigit() else None
        since = until = None
        if self.by_date.isChecked():
            since = self._date(self.since)
            until = self._date(self.until)
        return AuditFilter(user=self.user.currentData() or "", action=self.action.currentData() or "",
                           customer_id=customer_id, since=since, until=until)

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date:
        d = edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        if self.model is None:
            return
        self.model.set_source(AuditSource(self.ctx.actor, self.current_filter()))
        self._show_count()

    def clear_filters(self) -> None:
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.customer.clear()
        self.by_date.setChecked(False)
        self.refresh()

    def _show_count(self) -> None:
        self.count_label.setText(tr("共 {n} 条").format(n=self.model.rowCount()))

    def export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, tr("导出操作日志"), "audit-log.xlsx",
                                               "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return
        result = ops.run(self, self.ctx, audit_viewer.export_entries, self.current_filter(), path)
        if result is ops.FAILED:
            return
        QMessageBox.information(self, tr("导出操作日志"), tr("已导出 {n} 条到 {path}").format(n=result.rows, path=path))
        self.refresh()
