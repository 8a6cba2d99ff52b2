"""车型与价目 page on real widgets: the manager adds a car model, a labour item and a package through the
dialogs, deactivates after confirming, imports a sheet; the table models pass qtmodeltester; another role
sees a sentence. Typing goes through key presses (Chinese committed as an input method does)."""
from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dealerdesk.services import catalogue
from dealerdesk.services.catalogue import ModelInput
from dealerdesk.store.models import AuditLog, ServicePackage, VehicleModel
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.catalogue import ItemDialog, ModelDialog, PackageDialog
from dealerdesk.ui.pages import catalogue as page_module


def _type(qtbot, edit, text):
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


@pytest.fixture
def page(qtbot, store):
    manager = store["manager"]
    catalogue.save_model(manager, ModelInput("凯美瑞 2.0G", brand="广汽丰田", series="凯美瑞", price=179800))
    catalogue.save_model(manager, ModelInput("雅阁 260TURBO", brand="广汽本田", series="雅阁", own_brand=False))
    oil = catalogue.save_catalogue_item(manager, "P-OIL", "机油", "part", "68", unit="升")
    catalogue.save_package(manager, "PK-OIL", "换机油", [(oil.id, 4)])
    widget = page_module.Page(AppContext(actor=manager, db_label="ui.db"))
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def test_the_catalogue_tables_are_sound_models(qtmodeltester, page):
    for model in (page.models_tab.model, page.prices_tab.items_model, page.prices_tab.packages_model):
        qtmodeltester.check(model)
    names = [page.models_tab.model.row_at(r).name for r in range(page.models_tab.model.rowCount())]
    assert names == ["凯美瑞 2.0G", "雅阁 260TURBO"]  # own brand first
    assert not page.models_tab.empty.isVisible()


def test_manager_adds_a_model_through_the_dialog(qtbot, page, monkeypatch):
    def fake_exec(dialog):
        qtbot.addWidget(dialog)
        _type(qtbot, dialog.brand, "广汽丰田")
        _type(qtbot, dialog.series, "铂智3X")
        _type(qtbot, dialog.name, "铂智3X 520 Pro")
        dialog.price.setValue(109800)
        dialog.fuel.setCurrentIndex(dialog.fuel.findData("electric"))
        assert dialog.plate_hint.text() == "新能源号牌"
        dialog.months.setValue(12)
        dialog.show()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter in a field saves
        return dialog.result()

    monkeypatch.setattr(ModelDialog, "exec", fake_exec)
    page.models_tab.new_button.click()
    row = page.models_tab.selected()
    assert (row.name, row.series, row.fuel, row.new_energy, row.service_months) == (
        "铂智3X 520 Pro", "铂智3X", "electric", True, 12)
    assert catalogue.find_model(page.ctx.actor, "铂智3X").id == row.id


def test_a_duplicate_model_name_is_shown_under_the_field(qtbot, page, monkeypatch):
    seen = {}

    def fake_exec(dialog):
        qtbot.addWidget(dialog)
        _type(qtbot, dialog.name, "雅阁 260TURBO")
        dialog.save()
        seen["message"] = dialog.messages["name"].text()
        return dialog.result()

    monkeypatch.setattr(ModelDialog, "exec", fake_exec)
    page.models_tab.table.selectRow(0)  # edit 凯美瑞 into 雅阁's name
    page.models_tab.edit_button.click()
    assert "已存在" in seen["message"]
    assert VehicleModel.get(VehicleModel.series == "凯美瑞").name == "凯美瑞 2.0G"


def test_manager_adds_labour_and_a_package_of_it(qtbot, page, monkeypatch):
    def item_exec(dialog):
        qtbot.addWidget(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("labour"))
        _type(qtbot, dialog.code, "L-MAINT")
        _type(qtbot, dialog.name, "常规保养工时")
        dialog.hours.setValue(1.5)
        dialog.rate.setValue(120)
        assert dialog.price.value() == 180 and dialog.price.isReadOnly()
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ItemDialog, "exec", item_exec)
    page.prices_tab.new_item_button.click()
    kind, row = page.prices_tab.selected()
    assert (kind, row.code, row.unit_price) == ("item", "L-MAINT", Decimal("180.00"))

    def package_exec(dialog):
        qtbot.addWidget(dialog)
        _type(qtbot, dialog.code, "PK-MINOR")
        _type(qtbot, dialog.name, "小保养")
        for code, qty in (("P-OIL", 4), ("L-MAINT", 1)):
            dialog.item.setCurrentIndex(next(i for i in range(dialog.item.count())
                                             if dialog.item.itemText(i).startswith(code)))
            dialog.qty.setValue(qty)
            dialog.add_button.click()
        assert "¥452.00" in dialog.total.text()  # 4 × 68 + 180
        dialog.fixed.setChecked(True)
        dialog.fixed_price.setValue(399)
        assert dialog.total.text().startswith("套餐价 ¥399.00")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PackageDialog, "exec", package_exec)
    page.prices_tab.new_package_button.click()
    kind, row = page.prices_tab.selected()
    assert (kind, row.name, row.price, [ln.code for ln in row.lines]) == (
        "package", "小保养", Decimal("399.00"), ["P-OIL", "L-MAINT"])


def test_deactivating_asks_first(qtbot, page, monkeypatch):
    page.prices_tab.packages_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.prices_tab.deactivate_button.click()
    assert ServicePackage.get(ServicePackage.code == "PK-OIL").active
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.prices_tab.deactivate_button.click()
    assert not ServicePackage.get(ServicePackage.code == "PK-OIL").active
    assert not page.prices_tab.deactivate_button.isEnabled()
    assert AuditLog.select().where(AuditLog.action == "catalogue.package_deactivate").count() == 1


def test_import_from_a_sheet_shows_the_rejects_and_switches_tab(qtbot, page, monkeypatch, tmp_path):
    path = tmp_path / "items.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows([["项目编码", "名称", "工时", "工时单价", "单价"], ["L-DIAG", "故障诊断", "1", "200", ""],
                                 ["", "无编码", "", "", "5"]])
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    result = page.import_file(path)
    assert (result.imported, result.rejected) == (1, 1)
    assert page.tabs.currentWidget() is page.prices_tab
    assert "第3行" in shown[0] and "新建 1" in shown[0]
    codes = [page.prices_tab.items_model.row_at(r).code for r in range(page.prices_tab.items_model.rowCount())]
    assert "L-DIAG" in codes


def test_another_role_sees_a_sentence(qtbot, store):
    widget = page_module.Page(AppContext(actor=store["sales"], db_label="ui.db"))
    qtbot.addWidget(widget)
    assert widget.tabs is None
