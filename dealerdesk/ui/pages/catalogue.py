"""车型与价目 (the manager's): two tabs, 车型目录 (car models) and 维修项目价目 (labour, parts, packages), each
with add / edit / deactivate and 从表格导入 (a sheet of models or service items, recognised from its header).

Every change goes through services/catalogue (permission catalogue.manage, audited); deactivating asks
first. A role without the permission sees a sentence instead (the services would refuse anyway).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QTabWidget,
                               QTableView, QVBoxLayout, QWidget)

from dealerdesk.services import catalogue
from dealerdesk.ui import ops
from dealerdesk.ui.dialogs.catalogue import ItemDialog, ModelDialog, PackageDialog
from dealerdesk.ui.models.columns.catalogue import ITEM_SPEC, MODEL_SPEC, PACKAGE_SPEC
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.widgets.forms import push_button
from dealerdesk.ui.widgets.tables import list_table

MANAGE = "catalogue.manage"


def tr(text: str) -> str:
    return QCoreApplication.translate("catalogue", text)


def _selected(table: QTableView, model: LazyTableModel):
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


def _select(table: QTableView, model: LazyTableModel, row_id: int) -> None:
    for row in range(model.rowCount()):
        if model.row_at(row).id == row_id:
            table.selectRow(row)
            return


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _empty_hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("emptyHint")
    return label


class ModelsTab(QWidget):
    def __init__(self, ctx, page: Page) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.new_button = push_button(tr("新建车型(&N)…"), self.new_model, self)
        self.edit_button = push_button(tr("编辑(&E)…"), self.edit_model, self)
        self.deactivate_button = push_button(tr("停售(&D)"), self.deactivate, self)
        self.import_button = push_button(tr("从表格导入(&I)…"), page.import_sheet, self)
        self.table, self.model = list_table(MODEL_SPEC, self, name="modelTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit_model())
        self.empty = _empty_hint(tr("还没有车型。点“新建车型”逐个添加，或“从表格导入”一张含 品牌/车系/车型/指导价/燃料类型 "
                                    "列的表格。销售的意向车型、订单和车辆都从这里选。"), self)
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.deactivate_button, self.import_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        hint = QLabel(tr("本店品牌排在选择列表最前；竞品车型用于战败分析。停售的车型不再出现在选择列表中，已有的线索、"
                         "订单和车辆保留。插电混动和纯电动车挂新能源号牌。"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def refresh(self, select: int | None = None) -> None:
        rows = ops.run(self, self.ctx, catalogue.list_models, include_inactive=True)
        if rows is not ops.FAILED:
            self.model.set_rows(rows)
            self.empty.setVisible(not rows)
            if select is not None:
                _select(self.table, self.model, select)
        self._update_buttons()

    def selected(self) -> catalogue.ModelRow | None:
        return _selected(self.table, self.model)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active)

    def new_model(self) -> None:
        dialog = ModelDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.saved.id)

    def edit_model(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ModelDialog(self.ctx, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(row.id)

    def deactivate(self) -> None:
        row = self.selected()
        if row is None or not _confirm(self, tr("停售车型"), tr("停售 %1 后它不再出现在选择列表中，已有的线索、订单和车辆"
                                                             "保留。确定停售吗？").replace("%1", row.name)):
            return
        if ops.run(self, self.ctx, catalogue.deactivate_model, row.id) is not ops.FAILED:
            self.refresh(row.id)


class PriceListTab(QWidget):
    def __init__(self, ctx, page: Page) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.new_item_button = push_button(tr("新建项目(&N)…"), self.new_item, self)
        self.new_package_button = push_button(tr("新建套餐(&K)…"), self.new_package, self)
        self.edit_button = push_button(tr("编辑(&E)…"), self.edit, self)
        self.deactivate_button = push_button(tr("停用(&D)"), self.deactivate, self)
        self.import_button = push_button(tr("从表格导入(&I)…"), page.import_sheet, self)
        self.items_table, self.items_model = list_table(ITEM_SPEC, self, name="itemTable")
        self.packages_table, self.packages_model = list_table(PACKAGE_SPEC, self, name="packageTable")
        for table, other in ((self.items_table, self.packages_table), (self.packages_table, self.items_table)):
            table.selectionModel().selectionChanged.connect(
                lambda *_, other=other, table=table: self._selected_in(table, other))
            table.doubleClicked.connect(lambda _index: self.edit())
        self.empty = _empty_hint(tr("还没有维修项目。点“新建项目”添加工时项目（标准工时 × 工时单价）和配件，再用“新建套餐”"
                                    "把它们组成小保养、大保养等套餐；也可以“从表格导入”。工单从这里选项目。"), self)
        bar = QHBoxLayout()
        for button in (self.new_item_button, self.new_package_button, self.edit_button, self.deactivate_button,
                       self.import_button):
            bar.addWidget(button)
        bar.addStretch(1)
        items_box, packages_box = QGroupBox(tr("工时项目和配件"), self), QGroupBox(tr("套餐"), self)
        QVBoxLayout(items_box).addWidget(self.items_table)
        QVBoxLayout(packages_box).addWidget(self.packages_table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(items_box, 3)
        layout.addWidget(packages_box, 1)

    def _selected_in(self, table: QTableView, other: QTableView) -> None:
        if table.selectionModel().hasSelection():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._update_buttons()

    def refresh(self, item: int | None = None, package: int | None = None) -> None:
        items = ops.run(self, self.ctx, catalogue.list_catalogue, include_inactive=True)
        packages = ops.run(self, self.ctx, catalogue.list_packages, include_inactive=True)
        if items is not ops.FAILED and packages is not ops.FAILED:
            self.items_model.set_rows(items)
            self.packages_model.set_rows(packages)
            self.empty.setVisible(not items and not packages)
            if item is not None:
                _select(self.items_table, self.items_model, item)
            if package is not None:
                _select(self.packages_table, self.packages_model, package)
        self._update_buttons()

    def selected(self):
        """("item", row) or ("package", row) or (None, None)."""
        row = _selected(self.items_table, self.items_model)
        if row is not None:
            return "item", row
        row = _selected(self.packages_table, self.packages_model)
        return ("package", row) if row is not None else (None, None)

    def _update_buttons(self) -> None:
        _kind, row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active)

    def new_item(self) -> None:
        dialog = ItemDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(item=dialog.saved.id)

    def new_package(self) -> None:
        dialog = PackageDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(package=dialog.saved.id)

    def edit(self) -> None:
        kind, row = self.selected()
        if row is None:
            return
        dialog = ItemDialog(self.ctx, row, self) if kind == "item" else PackageDialog(self.ctx, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(**{kind: row.id})

    def deactivate(self) -> None:
        kind, row = self.selected()
        if row is None or not _confirm(self, tr("停用"), tr("停用 %1 后工单不能再选它，已开的工单不变。确定停用吗？")
                                       .replace("%1", row.name)):
            return
        use_case = catalogue.deactivate_item if kind == "item" else catalogue.deactivate_package
        if ops.run(self, self.ctx, use_case, row.id) is not ops.FAILED:
            self.refresh(**{kind: row.id})


class Page(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        if not ctx.actor.can(MANAGE):
            self.tabs = None
            layout.addWidget(QLabel(tr("只有经理和系统管理员可以维护车型目录和维修项目价目。"), self))
            layout.addStretch(1)
            return
        self.tabs = QTabWidget(self)
        self.models_tab, self.prices_tab = ModelsTab(ctx, self), PriceListTab(ctx, self)
        self.tabs.addTab(self.models_tab, tr("车型目录"))
        self.tabs.addTab(self.prices_tab, tr("维修项目价目"))
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        self.models_tab.refresh()
        self.prices_tab.refresh()

    def import_sheet(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("导入车型或维修项目"), "",
                                                    tr("表格 (*.xlsx *.xls *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> catalogue.CatalogueImport | None:
        result = ops.run(self, self.ctx, catalogue.import_catalogue, path, title=tr("导入"))
        if result is ops.FAILED:
            return None
        self.refresh()
        self.tabs.setCurrentWidget(self.models_tab if result.kind == "models" else self.prices_tab)
        what = tr("车型") if result.kind == "models" else tr("维修项目")
        text = tr("已导入%1：共 %2 行，新建 %3，更新 %4，拒绝 %5。").replace("%1", what).replace(
            "%2", str(result.rows)).replace("%3", str(result.imported)).replace("%4", str(result.updated)).replace(
            "%5", str(result.rejected))
        if result.rejects:
            text += "\n\n" + "\n".join(tr("第%1行：%2").replace("%1", str(r)).replace("%2", why)
                                       for r, why in result.rejects[:15])
        QMessageBox.information(self, tr("导入"), text)
        return result
