"""The service page as an advisor uses it: look up by plate fragment and VIN tail, read the history, add a
record with a lower mileage (a question, not silent), complete a reminder."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from dealerdesk.services.aftersales import reminders as rs
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle
from dealerdesk.store.models import Interaction, Reminder, ServiceRecord
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.service_record import ServiceRecordDialog
from dealerdesk.ui.pages.service import Page
from tests.factories import make_user

NOW = dt.datetime(2026, 3, 10, 10, 0)


@pytest.fixture()
def page(qtbot, tmp_path):
    from dealerdesk.store.db import close_store, open_store

    open_store(tmp_path / "ui.db", create=True)
    advisor = make_user("wang", "王顾问", "service_advisor")
    cid = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"])).id
    car = create_vehicle(advisor, VehicleInput(plate="粤B12345", vin="LSVAB2AB1CN000001", model_name="朗逸",
                                               owner_id=cid, insurance_compulsory_until=dt.date(2026, 3, 20)),
                         today=NOW.date())
    for on, km, kind in ((dt.date(2025, 3, 1), 5000, "maintenance"), (dt.date(2026, 1, 5), 15000, "repair")):
        add_service_record(advisor, ServiceRecordInput(car.id, kind, on, km, content=f"{kind} work"), today=NOW.date())
    ctx = AppContext(actor=advisor, clock=lambda: NOW)
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    yield widget, car.id, cid
    close_store()


@pytest.mark.parametrize("typed", ["B123", "粤B12", "000001", "CN000001"])
def test_look_up_by_plate_fragment_and_vin_tail_shows_card_and_history(page, qtbot, typed):
    widget, vid, _cid = page
    if typed.isascii():
        qtbot.keyClicks(widget.lookup.box, typed)
    else:  # QTest cannot type CJK characters (an input method would); the text arrives as one edit
        widget.lookup.box.setText(typed)
    qtbot.keyClick(widget.lookup.box, Qt.Key.Key_Return)
    assert widget.lookup.card is not None and widget.lookup.card.id == vid
    labels = widget.lookup.card_view.labels
    assert labels["owner"].text() == "张伟" and labels["plate"].text() == "粤B12345"
    assert "2026-03-20" in labels["compulsory"].text()
    model = widget.lookup.history_model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "2026-01-05"  # newest first
    assert model.index(1, 1).data() == "保养"


def test_models_pass_the_model_tester(page, qtmodeltester):
    widget, _vid, _cid = page
    widget.lookup.box.setText("B123")
    widget.lookup.run_lookup()
    qtmodeltester.check(widget.lookup.hits_model)
    qtmodeltester.check(widget.lookup.history_model)
    qtmodeltester.check(widget.reminders.model)


def _dialog(widget) -> ServiceRecordDialog:
    widget.lookup.box.setText("B12345")
    widget.lookup.run_lookup()
    dialog = ServiceRecordDialog(widget.ctx, widget.lookup.card.id, widget.lookup.card.mileage_km, widget)
    dialog.kind.setCurrentIndex(dialog.kind.findData("repair"))
    dialog.content.setPlainText("更换雨刮")
    return dialog


def test_lower_mileage_is_asked_and_declining_saves_nothing(page, monkeypatch):
    widget, _vid, _cid = page
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog = _dialog(widget)
    dialog.mileage.setValue(9000)
    dialog.save()
    assert asked and "15000" in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.messages["mileage_km"].isHidden()
    assert ServiceRecord.select().count() == 2


def test_lower_mileage_accepted_is_saved_and_shown(page, monkeypatch):
    widget, vid, _cid = page
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = _dialog(widget)
    dialog.mileage.setValue(9000)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    widget.lookup.show_vehicle(vid)
    assert widget.lookup.history_model.rowCount() == 3
    assert widget.lookup.history_model.index(0, 3).data() == "更换雨刮"


def test_higher_mileage_asks_nothing(page, monkeypatch):
    widget, _vid, _cid = page
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no question expected"))
    dialog = _dialog(widget)
    dialog.mileage.setValue(16000)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_complete_a_reminder_from_the_tab(page):
    widget, _vid, cid = page
    view = widget.reminders
    view.scope.setCurrentIndex(view.scope.findData("all"))
    kinds = [view.model.row_at(i).kind for i in range(view.model.rowCount())]
    row_index = kinds.index("insurance_compulsory")
    view.table.selectRow(row_index)
    row = view.selected()
    assert view.complete(row, "已报价，客户下周来续保")
    assert Reminder.get_by_id(row.id).status == "done"
    assert Interaction.get(Interaction.customer == cid).content == "已报价，客户下周来续保"
    assert "insurance_compulsory" not in [view.model.row_at(i).kind for i in range(view.model.rowCount())]
    assert rs.list_reminders(widget.ctx.actor, NOW, kind="insurance_compulsory") == []
