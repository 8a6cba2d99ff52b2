"""Import wizard and export dialog driven with qtbot (offscreen): preview → mapping → check → commit."""
from __future__ import annotations

import os

import pytest
from openpyxl import Workbook

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dealerdesk.services.auth import SYSTEM
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, Customer
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.export import ExportDialog
from dealerdesk.ui.dialogs.import_wizard import ImportWizard


@pytest.fixture
def ctx(tmp_path):
    open_store(tmp_path / "t.db", create=True)
    yield AppContext(actor=SYSTEM)
    close_store()


def wait(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.done, timeout=20000)


@pytest.mark.parametrize("way", ["in-process", "worker"])
def test_wizard_preview_mapping_check_commit(qtbot, qtmodeltester, ctx, tmp_path, monkeypatch, way):
    """Also with the rows read and checked by a worker process (what a big sheet gets), started from the
    wizard's background thread."""
    from dealerdesk.services.transfer import source as importer_source

    monkeypatch.setattr(importer_source, "PARALLEL_FROM_BYTES", 0 if way == "worker" else 10 ** 12)
    wb = Workbook()
    ws = wb.active
    ws.append(["2024年客户表"])
    ws.append(["客户名称", "联系电话", "说明文字", "车牌"])
    ws.append(["张三", "13812345678", "老客户介绍", "粤B12345"])
    ws.append(["李四", "12345", "", ""])
    wb.save(tmp_path / "in.xlsx")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.set_file(tmp_path / "in.xlsx")
    wait(qtbot, wizard)
    assert wizard.pages.currentIndex() == 1
    assert wizard.model.mapping == {0: "name", 1: "phone", 3: "plate"}
    qtmodeltester.check(wizard.model)
    wizard.column_box.setCurrentIndex(2)  # map 说明文字 to 备注 by hand
    wizard.field_box.setCurrentIndex(wizard.field_box.findData("note"))
    wizard._set_column_field(0)
    assert wizard.model.mapping[2] == "note"
    wizard.run(dry_run=True)
    wait(qtbot, wizard)
    r = wizard.result_data
    assert (r.dry_run, r.imported, r.rejected) == (True, 1, 1)
    assert "第4行" in wizard.details.toPlainText() and Customer.select().count() == 0
    assert wizard.commit_button.isEnabled()
    with qtbot.waitSignal(ctx.bus.customersChanged, timeout=20000):
        wizard.commit_button.click()
    wait(qtbot, wizard)
    assert not wizard.result_data.dry_run
    assert Customer.get().needs == "老客户介绍"


def test_preview_columns_fit_their_cells_up_to_a_cap(qtbot, ctx, tmp_path):
    phone, address = "+86 139-1234-5678 / 020-8888 6666", "广东省广州市天河区" * 8
    wb = Workbook()
    wb.active.append(["姓名", "手机", "地址"])
    wb.active.append(["张三", phone, address])
    wb.save(tmp_path / "in.xlsx")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.set_file(tmp_path / "in.xlsx")
    wait(qtbot, wizard)
    metrics = wizard.table.fontMetrics()
    assert wizard.table.columnWidth(1) >= metrics.horizontalAdvance(phone)  # the whole phone cell is readable
    assert wizard.table.columnWidth(2) == wizard.MAX_COLUMN_WIDTH  # a very long address does not push it away


def test_wizard_reports_unreadable_file(qtbot, ctx, tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"garbage")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.set_file(tmp_path / "x.xlsx")
    wait(qtbot, wizard)
    assert wizard.pages.currentIndex() == 2 and "无法读取" in wizard.summary_label.text()


def test_export_dialog(qtbot, ctx, tmp_path):
    Customer.create(name="王五")
    dialog = ExportDialog(ctx, None, customer_ids=None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "c.csv"))
    dialog.start()
    wait(qtbot, dialog)
    assert dialog.result_data.rows == 1 and (tmp_path / "c.csv").exists()
    assert AuditLog.select().where(AuditLog.action == "export").count() == 1


def test_wizard_shows_dates_as_dates_and_warnings_not_rejections(qtbot, qtmodeltester, ctx, tmp_path):
    """Issue 22: an Excel date serial previews as a date; 基盘 and an unknown level word import every row, the
    unknown word listed as a warning with its column and value; two names on one phone are two customers."""
    wb = Workbook()
    wb.active.append(["客户姓名", "手机", "购车日期", "客户级别", "备注"])
    wb.active.append(["王大明", "13800000001", 45415, "基盘", 45415])
    wb.active.append(["李秀英", "13800000001", None, "很想买", None])
    wb.save(tmp_path / "in.xlsx")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(900, 600)
    wizard.set_file(tmp_path / "in.xlsx")
    wait(qtbot, wizard)
    qtmodeltester.check(wizard.model)
    cell = wizard.model.index(0, 2).data()
    assert cell == "2024-05-03" and wizard.model.index(0, 4).data() == "45415"  # 备注 is no date column
    wizard.column_box.setCurrentIndex(2)  # 购车日期 not imported: the number as typed
    wizard.field_box.setCurrentIndex(wizard.field_box.findData(""))
    wizard._set_column_field(0)
    assert wizard.model.index(0, 2).data() == "45415"
    wizard.column_box.setCurrentIndex(2)
    wizard.field_box.setCurrentIndex(wizard.field_box.findData("purchase_date"))
    wizard._set_column_field(0)
    assert wizard.model.index(0, 2).data() == "2024-05-03"
    wizard.grab().save(str(tmp_path / "preview.png"))
    wizard.run(dry_run=True)
    wait(qtbot, wizard)
    r = wizard.result_data
    assert (r.imported, r.rejected) == (2, 0)
    text = wizard.details.toPlainText()
    assert "客户级别“很想买”" in text and "共用电话" in text
    assert "警告 2" in wizard.summary_label.text()
    assert wizard.rejects_button.isEnabled()  # the warnings can be saved even with no rejected row
    wizard.grab().save(str(tmp_path / "result.png"))
