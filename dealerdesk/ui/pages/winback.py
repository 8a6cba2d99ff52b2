"""流失召回 tab of the service page: customers whose car is due for maintenance and who have not been seen
for N months (services/aftersales/winback.py), longest unseen first; a double-click opens the profile, and
the service manager exports the list as CSV for the call team (an audited export)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.aftersales import winback as wb
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.models.columns import LATE, Column
from dealerdesk.ui.models.columns.aftersales import list_spec
from dealerdesk.ui.widgets.tables import list_table


def tr(text: str) -> str:
    return QCoreApplication.translate("winback", text)


def _unseen(row: wb.WinbackRow) -> str:
    if row.months_unseen is None:
        return tr("从未到店")
    return tr("{n} 个月").format(n=row.months_unseen)


WINBACK_SPEC = list_spec("winback", "winback", (
    Column("name", QT_TRANSLATE_NOOP("winback", "客户"), lambda r: r.name),
    Column("phone", QT_TRANSLATE_NOOP("winback", "电话"), lambda r: r.phone),
    Column("plate", QT_TRANSLATE_NOOP("winback", "车牌"), lambda r: r.plate or "—"),
    Column("model", QT_TRANSLATE_NOOP("winback", "车型"), lambda r: r.model),
    Column("last_seen", QT_TRANSLATE_NOOP("winback", "上次到店"), lambda r: r.last_seen.isoformat() if r.last_seen else "—"),
    Column("unseen", QT_TRANSLATE_NOOP("winback", "未到店"), _unseen),
    Column("due", QT_TRANSLATE_NOOP("winback", "保养应到期"), lambda r: r.maintenance_due.isoformat()),
    Column("category", QT_TRANSLATE_NOOP("winback", "客户类别"), lambda r: ui_labels.text(labels.CATEGORY, r.category)),
    Column("owner", QT_TRANSLATE_NOOP("winback", "销售顾问"), lambda r: r.owner_name),
), state=lambda r: LATE if r.category == "lost" else "")


class WinbackTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.months = QSpinBox(self)
        self.months.setRange(1, 60)
        self.months.setValue(wb.WINBACK_MONTHS)
        self.months.setSuffix(tr(" 个月以上未到店"))
        self.refresh_button = QPushButton(tr("刷新(&R)"), self)
        self.export_button = QPushButton(tr("导出 CSV…"), self)
        self.count = QLabel(self)
        self.view, self.model = list_table(WINBACK_SPEC, self, widths=False)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.view.doubleClicked.connect(self._open_profile)
        gate(self.export_button, ctx.actor, "export")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("保养已到期，且"), self))
        top.addWidget(self.months)
        top.addWidget(self.refresh_button)
        top.addWidget(self.count, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.loaded = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:  # computed when first looked at, not when the page opens
            self.refresh()

    def refresh(self) -> list[wb.WinbackRow]:
        rows = ops.run(self, self.ctx, wb.list_winback, self.ctx.clock().date(), self.months.value())
        if rows is ops.FAILED:
            return []
        self.loaded = True
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.count.setText(tr("共 {n} 辆车（双击打开客户档案）").format(n=len(rows)))
        return rows

    def choose_file(self) -> str:
        """The CSV to write (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(self, tr("导出流失召回名单"), tr("流失召回名单.csv"),
                                              tr("CSV 文件 (*.csv)"))
        return name

    def export(self) -> None:
        path = self.choose_file()
        if not path:
            return
        n = ops.run(self, self.ctx, wb.export_winback, path, self.ctx.clock().date(), self.months.value())
        if n is not ops.FAILED:
            QMessageBox.information(self, tr("导出完成"), tr("已导出 {n} 行到 {path}").format(n=n, path=path))

    def _open_profile(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.ctx.open_customer(row.customer_id)
