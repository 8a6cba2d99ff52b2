"""The vehicle dialog (new / edit) from the profile, the renewal dialog, and the new-customer dialog keeping
the car: real widgets on a real store."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import isValid

from dealerdesk.services.aftersales.vehicles import customer_vehicles, get_vehicle_card
from dealerdesk.store.models import Reminder, Vehicle
from dealerdesk.ui.dialogs import vehicle as vd
from dealerdesk.ui.dialogs.profile import ProfileWindow


@pytest.fixture()
def window(ctx, store, qtbot):
    w = ProfileWindow(ctx, store["ids"][0])  # 张伟: no car yet
    w.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    w.show()
    qtbot.waitExposed(w)
    yield w
    if isValid(w):
        w.close()


def _fill_and_save(fill):
    """Stand-in for exec(): the person fills the dialog and presses 保存."""
    def exec_(dialog):
        fill(dialog)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted
    return exec_


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_add_a_vehicle_with_insurance_dates_from_the_profile_and_see_its_renewal_reminders(
        window, store, ctx, qtbot, monkeypatch, qtmodeltester):
    def fill(d: vd.VehicleDialog):
        d.plate.setText("粤B67890")
        d.vin.setText("LSVAB2AB1CN000002")
        d.model.setEditText("比亚迪 汉EV")
        d.colour.setText("白色")
        d.registration_date.setText("2024/3/2")
        d.compulsory.setText("2026-10-30")
        d.commercial.setText("2026年11月5日")
        d.insurer.setEditText("平安保险")
        d.mileage.setValue(18000)
    monkeypatch.setattr(vd.VehicleDialog, "exec", _fill_and_save(fill))
    qtbot.mouseClick(window.add_vehicle_button, Qt.MouseButton.LeftButton)
    [hit] = customer_vehicles(ctx.actor, store["ids"][0])
    card = get_vehicle_card(ctx.actor, hit.vehicle_id, today=ctx.clock().date())
    assert (card.plate, card.model, card.insurer) == ("粤B67890", "比亚迪 汉EV", "平安保险")
    assert card.registration_date == dt.date(2024, 3, 2) and card.mileage_date == ctx.clock().date()
    assert _column(window.views["vehicles"], 0) == ["粤B67890"]
    reminders = window.views["vehicle_reminders"]
    qtmodeltester.check(reminders)
    shown = {_column(reminders, 2)[i]: _column(reminders, 0)[i] for i in range(reminders.rowCount())}
    assert shown["交强险续保"] == "2026-10-30" and shown["商业险续保"] == "2026-11-05"
    assert "保养到期" in shown  # never serviced here since 2024: due (it stays until done or dismissed)

    # record a renewal of both policies: the dates roll a year, the reminders are answered
    def renew(d: vd.RenewalDialog):
        d.premium.setText("4300")
    monkeypatch.setattr(vd.RenewalDialog, "exec", _fill_and_save(renew))
    window.table_views["vehicles"].selectRow(0)
    qtbot.mouseClick(window.renew_button, Qt.MouseButton.LeftButton)
    assert _column(window.views["vehicle_reminders"], 2) == ["保养到期"]
    assert "2027-10-30" in _column(window.views["vehicles"], 6)
    assert Reminder.select().where(Reminder.kind == "insurance_compulsory", Reminder.status == "done").count() == 1
    # the next renewal reminder comes a year on
    from dealerdesk.services.aftersales.reminders import plan_reminders
    plan_reminders(ctx.actor, dt.date(2027, 10, 15), [store["ids"][0]])
    [moved] = Reminder.select().where(Reminder.kind == "insurance_compulsory", Reminder.status == "open")
    assert (moved.overdue_at - dt.timedelta(days=1)).date() == dt.date(2027, 10, 30)


def test_edit_by_double_click_keeps_history_and_refuses_a_stale_version(window, store, ctx, qtbot, monkeypatch):
    car = Vehicle.create(owner=store["ids"][0], plate="粤B11111", mileage_km=1000)
    window.reload()
    seen = []

    def fill(d: vd.VehicleDialog):
        seen.append(d.windowTitle())
        assert d.plate.text() == "粤B11111"
        d.colour.setText("黑色")
        Vehicle.update(version=Vehicle.version + 1).where(Vehicle.id == car.id).execute()  # another PC saved
        d.save()
        assert "修改并保存" in d.general.text() and d.result() != QDialog.DialogCode.Accepted
        assert Vehicle.get_by_id(car.id).colour == ""  # refused, nothing overwritten
        # saving again, having seen both versions, is on purpose
    monkeypatch.setattr(vd.VehicleDialog, "exec", _fill_and_save(fill))
    index = window.views["vehicles"].index(0, 0)
    window.table_views["vehicles"].doubleClicked.emit(index)
    assert seen == ["编辑车辆"]
    assert Vehicle.get_by_id(car.id).colour == "黑色"


def test_vin_check_digit_and_plate_warnings_can_be_accepted(ctx, store, qtbot):
    d = vd.VehicleDialog(ctx, customer_id=store["ids"][0])
    qtbot.addWidget(d)
    d.show()
    d.vin.setText("LSVAB2AB0CN000001")  # wrong check digit
    assert d.vin.check() and "校验位" in d.vin.message.text()
    d.plate.setText("粤BAB1CD")  # three letters among the last five
    assert d.plate.check() and "最多两个字母" in d.plate.message.text()
    d.plate.setText("粤BD12345")
    assert d.plate.check() and "新能源" in d.plate.message.text()  # green plate, fuel chosen
    d.energy.setCurrentIndex(d.energy.findData("nev"))
    assert d.plate.check() and not d.plate.message.isVisible()
    d.registration_date.setText("2024-03-02")
    d._update_inspection()
    assert "2026-03-02" not in d.inspection_rule.text() and "2028-03-02" in d.inspection_rule.text()
    d.inspection_manual.setChecked(True)
    d.next_inspection.setText("2026-12-01")
    d.save()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.result_card.vin == "LSVAB2AB0CN000001" and not d.result_card.vin_check_ok
    assert d.result_card.next_inspection == dt.date(2026, 12, 1)


def test_a_wrong_plate_or_date_is_shown_under_its_field(ctx, store, qtbot):
    d = vd.VehicleDialog(ctx, customer_id=store["ids"][0])
    qtbot.addWidget(d)
    d.plate.setText("粤O12345")
    d.purchase_date.setText("2026-13-01")
    d.save()
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.plate.message.text() and d.purchase_date.message.text()
    d.plate.setText("粤B12346")
    d.purchase_date.setText("2027-01-01")  # after today: the service refuses, under the field
    d.save()
    assert d.result() != QDialog.DialogCode.Accepted and "不能晚于今天" in d.purchase_date.message.text()


def test_new_customer_dialog_keeps_the_plate_and_vin_as_a_vehicle(ctx, store, qtbot):
    from dealerdesk.ui.dialogs.new_customer import NewCustomerDialog
    opened = []
    ctx.open_customer = opened.append
    d = NewCustomerDialog(ctx)
    qtbot.addWidget(d)
    d.name.setText("赵敏")
    d.phone.setText("13311112222")
    d.plate.setText("粤B99999")
    d.vin.setText("LSVAB2AB1CN000009")
    d.accept()
    assert opened == [d.customer_id]
    [hit] = customer_vehicles(ctx.actor, d.customer_id)
    assert (hit.plate, hit.vin) == ("粤B99999", "LSVAB2AB1CN000009")


def test_new_customer_dialog_takes_the_cars_other_facts_from_the_vehicle_dialog(ctx, store, qtbot, monkeypatch):
    from dealerdesk.ui.dialogs.new_customer import NewCustomerDialog
    ctx.open_customer = lambda _cid: None
    d = NewCustomerDialog(ctx)
    qtbot.addWidget(d)
    d.name.setText("赵敏")
    d.phone.setText("13311112222")
    d.plate.setText("粤B99999")

    def fill(v: vd.VehicleDialog):
        assert v.collect and v.plate.text() == "粤B99999"
        v.vin.setText("LSVAB2AB1CN000009")
        v.compulsory.setText("2026-11-01")
        v.insurer.setEditText("人保")
    monkeypatch.setattr(vd.VehicleDialog, "exec", _fill_and_save(fill))
    assert d.car_button.isEnabled()  # the manager may enter vehicle facts
    qtbot.mouseClick(d.car_button, Qt.MouseButton.LeftButton)
    assert d.vin.text() == "LSVAB2AB1CN000009"  # came back into the dialog
    assert Vehicle.select().where(Vehicle.plate == "粤B99999").count() == 0  # nothing saved yet
    d.accept()
    [hit] = customer_vehicles(ctx.actor, d.customer_id)
    card = get_vehicle_card(ctx.actor, hit.vehicle_id, today=ctx.clock().date())
    assert (card.plate, card.vin, card.insurer, card.insurance_compulsory_until) == (
        "粤B99999", "LSVAB2AB1CN000009", "人保", dt.date(2026, 11, 1))


def test_picking_an_electric_model_sets_new_energy(ctx, store, qtbot):
    """The catalogue's fuel decides the energy (and so the plate rule) when a model is picked; a petrol
    model sets it back. Issue 20: vehicles pick from the catalogue."""
    from dealerdesk.services import catalogue
    from dealerdesk.services.auth import SYSTEM

    ev = catalogue.save_model(SYSTEM, catalogue.ModelInput("铂智3X 520", brand="广汽丰田", series="铂智3X",
                                                           fuel="electric")).id
    petrol = catalogue.save_model(SYSTEM, catalogue.ModelInput("凯美瑞 2.0G", brand="广汽丰田", series="凯美瑞",
                                                               fuel="petrol")).id
    d = vd.VehicleDialog(ctx, customer_id=store["ids"][0])
    qtbot.addWidget(d)
    for model_id, energy in ((ev, "nev"), (petrol, "fuel")):
        d.model.setCurrentIndex(d.model.findData(model_id))
        d.model.activated.emit(d.model.currentIndex())  # as a pick from the list does
        assert d.energy.currentData() == energy
