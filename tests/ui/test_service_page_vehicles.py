"""The service page's vehicle actions and its 流失召回 (win-back) tab."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.models import AuditLog, Vehicle
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs import vehicle as vd
from dealerdesk.ui.pages.service import Page
from tests.factories import make_user

NOW = dt.datetime(2026, 6, 1, 10, 0)


@pytest.fixture()
def page(qtbot, tmp_path, request):
    from dealerdesk.store.db import close_store, open_store

    open_store(tmp_path / "ui.db", create=True)
    user = make_user("boss", "刘经理", getattr(request, "param", "manager"))
    cid = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"])).id
    car = create_vehicle(SYSTEM, VehicleInput(plate="粤B12345", owner_id=cid, delivered_on=dt.date(2024, 6, 1),
                                              insurance_compulsory_until=dt.date(2026, 6, 20)), today=NOW.date())
    add_service_record(SYSTEM, ServiceRecordInput(car.id, "maintenance", dt.date(2024, 11, 13), 6000),
                       today=dt.date(2024, 11, 13))
    add_service_record(SYSTEM, ServiceRecordInput(car.id, "repair", dt.date(2025, 10, 1), 7000),
                       today=dt.date(2025, 10, 1))
    ctx = AppContext(actor=user, clock=lambda: NOW)
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    yield widget, car.id, cid
    close_store()


def _exec_with(fill):
    def exec_(dialog):
        fill(dialog)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted
    return exec_


def test_edit_and_renew_from_the_card(page, qtbot, monkeypatch):
    widget, vid, _cid = page
    widget.lookup.box.setText("B12345")
    widget.lookup.run_lookup()
    assert widget.lookup.edit_vehicle_button.isEnabled() and widget.lookup.renew_button.isEnabled()
    monkeypatch.setattr(vd.VehicleDialog, "exec", _exec_with(lambda d: d.insurer.setEditText("中国人保")))
    qtbot.mouseClick(widget.lookup.edit_vehicle_button, Qt.MouseButton.LeftButton)
    assert widget.lookup.card_view.labels["insurer"].text() == "中国人保"
    monkeypatch.setattr(vd.RenewalDialog, "exec", _exec_with(
        lambda d: (d.kind.setCurrentIndex(d.kind.findData("compulsory")), d.premium.setText("950"))))
    qtbot.mouseClick(widget.lookup.renew_button, Qt.MouseButton.LeftButton)
    assert widget.lookup.card_view.labels["compulsory"].text() == "2027-06-20"
    assert "交强险" not in widget.lookup.card_view.labels["reminders"].text()


def test_a_car_not_in_the_store_is_added_from_the_service_page(page, qtbot, monkeypatch):
    widget, _vid, _cid = page

    def fill(d):
        d.plate.setText("粤BF12345")
        d.energy.setCurrentIndex(d.energy.findData("nev"))
    monkeypatch.setattr(vd.VehicleDialog, "exec", _exec_with(fill))
    qtbot.mouseClick(widget.lookup.new_vehicle_button, Qt.MouseButton.LeftButton)
    card = widget.lookup.card
    assert card is not None and card.plate == "粤BF12345" and card.energy == "nev" and card.owner_id is None
    assert Vehicle.select().count() == 2


def test_winback_tab_lists_the_customer_and_exports(page, qtbot, tmp_path, monkeypatch, qtmodeltester):
    widget, _vid, cid = page
    widget.tabs.setCurrentWidget(widget.winback)  # computed when first shown
    tab = widget.winback
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1
    assert [tab.model.index(0, c).data() for c in (0, 2, 4, 5, 6)] == [
        "张伟", "粤B12345", "2025-10-01", "8 个月", "2025-11-13"]
    opened = []
    widget.ctx.open_customer = opened.append
    tab.view.doubleClicked.emit(tab.model.index(0, 0))
    assert opened == [cid]
    tab.months.setValue(9)
    tab.refresh()
    assert tab.model.rowCount() == 0
    out = tmp_path / "wb.csv"
    monkeypatch.setattr(tab, "choose_file", lambda: str(out))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    tab.months.setValue(6)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "粤B12345" in out.read_text(encoding="utf-8-sig")
    assert AuditLog.select().where(AuditLog.action == "winback.export").count() == 1


@pytest.mark.parametrize("page", ["service_advisor"], indirect=True)
def test_an_advisor_sees_the_list_but_may_not_export_it(page):
    widget, _vid, _cid = page
    widget.tabs.setCurrentWidget(widget.winback)
    assert widget.winback.model.rowCount() == 1
    assert not widget.winback.export_button.isEnabled()
