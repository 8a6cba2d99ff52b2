"""大用户 page: the key accounts (overdue visits first, in red) and the chosen account's contacts, fleet,
visits and its own targets against its orders; record a visit, add or change an account, print the visit
tracking sheet (大用户走访跟踪表)."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from dealerdesk.services import key_accounts as ka
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.models.columns.key_accounts import (ACCOUNT_SPEC, CONTACT_SPEC, FLEET_SPEC, TARGET_SPEC,
                                                       VISIT_SPEC)
from dealerdesk.ui.widgets.tables import list_table


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ka.KeyAccountDetail | None = None
        self.rows: list[ka.KeyAccountRow] = []
        self.add_button = QPushButton(self.tr("设为大用户(&A)…"), self)
        self.edit_button = QPushButton(self.tr("修改(&E)…"), self)
        self.visit_button = QPushButton(self.tr("登记走访(&V)…"), self)
        self.print_button = QPushButton(self.tr("打印走访跟踪表(&P)…"), self)
        self.save_pdf_button = QPushButton(self.tr("另存为 PDF…"), self)
        self.refresh_button = QPushButton(self.tr("刷新(&R)"), self)
        self.count = QLabel(self)
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.visit_button.clicked.connect(self.record_visit)
        self.print_button.clicked.connect(lambda _c=False: self.print_sheet())
        self.save_pdf_button.clicked.connect(lambda _c=False: self.save_pdf())
        self.refresh_button.clicked.connect(self.refresh)
        for b in (self.add_button, self.edit_button, self.visit_button):
            gate(b, ctx.actor, "key_account.write")
        top = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.visit_button, self.print_button, self.save_pdf_button,
                  self.refresh_button):
            top.addWidget(b)
        top.addWidget(self.count, 1)
        self.view, self.model = list_table(ACCOUNT_SPEC, self, name="keyAccounts")
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.view.activated.connect(lambda _i: self.record_visit())  # Enter or a double-click: 登记走访
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.contacts_view, self.contacts_model = list_table(CONTACT_SPEC, self)
        self.fleet_view, self.fleet_model = list_table(FLEET_SPEC, self)
        self.visits_view, self.visits_model = list_table(VISIT_SPEC, self)
        self.targets_view, self.targets_model = list_table(TARGET_SPEC, self)
        self.tabs.addTab(self.visits_view, self.tr("走访记录"))
        self.tabs.addTab(self.contacts_view, self.tr("联系人"))
        self.tabs.addTab(self.fleet_view, self.tr("车队"))
        self.tabs.addTab(self.targets_view, self.tr("目标与完成"))
        lower = QWidget(self)
        lay = QVBoxLayout(lower)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.facts)
        lay.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        ctx.bus.dueChanged.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ loading
    def refresh(self, *_args) -> list[ka.KeyAccountRow]:
        keep = self.current_id()
        rows = ops.run(self, self.ctx, ka.list_key_accounts, today=self.ctx.clock().date())
        if rows is ops.FAILED:
            return []
        self.rows = rows
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        overdue = sum(r.overdue for r in rows)
        self.count.setText(self.tr("共 {n} 家，走访逾期 {late} 家").format(n=len(rows), late=overdue))
        ids = [r.id for r in rows]
        if rows:
            self.view.selectRow(ids.index(keep) if keep in ids else 0)
        else:
            self._show(None)
        self._update_buttons()
        return rows

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def _show_current(self, *_args) -> None:
        aid = self.current_id()
        self._show(ops.run(self, self.ctx, ka.key_account_detail, aid, today=self.ctx.clock().date())
                   if aid is not None else None)

    def _show(self, detail: ka.KeyAccountDetail | None) -> None:
        self.detail = detail if detail is not ops.FAILED else None
        d = self.detail
        if d is None:
            self.facts.setText(self.tr("还没有大用户：在客户档案里把单位客户登记好，再点“设为大用户”。"))
            for m in (self.contacts_model, self.fleet_model, self.visits_model, self.targets_model):
                m.set_rows([])
            self._update_buttons()
            return
        a = d.account
        self.facts.setText(self.tr("{name}　客户经理 {manager}　主要联系人 {contact}　车队 {fleet} 台　"
                                   "本年订单 {yo}/{yt} 台　本月订单 {mo}/{mt} 台").format(
            name=a.name, manager=a.manager_name or "—", contact=a.main_contact or "—", fleet=a.vehicles,
            yo=a.year_orders, yt=a.year_target, mo=a.month_orders, mt=a.month_target))
        self.contacts_model.set_rows(d.contacts)
        self.fleet_model.set_rows(d.fleet)
        self.visits_model.set_rows(d.visits)
        self.visits_view.resizeColumnsToContents()
        today = self.ctx.clock().date()
        self.targets_model.set_rows([(f"{today.year}-{m:02d}", n, a.month_target)
                                     for m, n in enumerate(d.monthly_orders, start=1)])
        self._update_buttons()

    def _update_buttons(self) -> None:
        gate(self.edit_button, self.ctx.actor, "key_account.write", self.detail is not None)
        gate(self.visit_button, self.ctx.actor, "key_account.write", self.detail is not None)

    # ------------------------------------------------------------------ actions
    def add_account(self) -> None:
        from dealerdesk.ui.dialogs.key_account import AccountDialog

        dialog = AccountDialog(self.ctx, None, self)
        if dialog.exec() and dialog.result_detail is not None:
            self.refresh()
            ids = [r.id for r in self.rows]
            if dialog.result_detail.account.id in ids:
                self.view.selectRow(ids.index(dialog.result_detail.account.id))

    def edit_account(self) -> None:
        if self.detail is None:
            return
        from dealerdesk.ui.dialogs.key_account import AccountDialog

        if AccountDialog(self.ctx, self.detail, self).exec():
            self.refresh()

    def record_visit(self) -> None:
        if self.detail is None or not self.ctx.actor.can("key_account.write"):
            return
        from dealerdesk.ui.dialogs.key_account import VisitDialog

        if VisitDialog(self.ctx, self.detail.account.id, self).exec():
            self.refresh()

    def print_sheet(self, accept=None) -> int:
        """打印走访跟踪表: the system print dialog (or `accept`), then the sheet's pages; the pages printed."""
        from dealerdesk.ui import printing

        with tempfile.TemporaryDirectory(prefix="dealerdesk-print-") as tmp:
            pdf = self.write_sheet(Path(tmp) / self.tr("大用户走访跟踪表.pdf"))
            return 0 if pdf is None else printing.print_pdf(pdf, self, accept=accept)

    def save_pdf(self) -> Path | None:
        """另存为 PDF: the visit tracking sheet written where the person says (Documents first)."""
        from dealerdesk.ui import printing

        path = printing.ask_pdf_path(self, self.tr("保存大用户走访跟踪表"), self.tr("大用户走访跟踪表.pdf"))
        if path is None or self.write_sheet(path) is None:
            return None
        self.count.setText(self.tr("走访跟踪表已保存到 {path}").format(path=path))
        return path

    def write_sheet(self, path: Path) -> Path | None:
        """The last three months' visits and the open plans of every account listed."""
        from dealerdesk.reports.key_account_visits import write_visit_sheet

        today = self.ctx.clock().date()
        back = today.year * 12 + today.month - 1 - 2
        first = dt.date(back // 12, back % 12 + 1, 1)
        sheet = ops.run(self, self.ctx, ka.visit_sheet, first, today, now=self.ctx.clock())
        if sheet is ops.FAILED:
            return None
        write_visit_sheet(sheet, str(path))
        return path
