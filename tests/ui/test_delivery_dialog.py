"""The delivery dialog (交车) with its checklist, from the keyboard: Tab moves, Space ticks; the reason's
error shows under it and goes once written; the 交车确认单 prints; the insurance part fills from code."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pypdf import PdfReader

from dealerdesk.domain import delivery_checklist as rules
from dealerdesk.services.sales import leads
from dealerdesk.store.models import Delivery, DeliveryCheck, Lead, Vehicle, VehicleModel
from dealerdesk.ui import printing
from dealerdesk.ui.dialogs.delivery import DeliveryDialog

from tests.ui.conftest import NOW
from tests.ui.printer import answer_save_dialog, pages, pdf_printer

VIN = "LSVAB2AB1CN000002"


@pytest.fixture
def lead_id(store, ctx):
    """张伟's H lead with an order (帕萨特, 198,000 元), the day before NOW."""
    lead = Lead.get(Lead.customer == store["ids"][0])
    model = VehicleModel.create(brand="大众", name="帕萨特", price=200000)
    leads.record_order(ctx.actor, lead.id, leads.OrderInput(model_id=model.id, price=198000),
                       at=NOW - dt.timedelta(days=1))
    return lead.id


@pytest.fixture
def dialog(qtbot, ctx, lead_id, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dlg = DeliveryDialog(ctx, lead_id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def tick_from_the_keyboard(qtbot, dlg, codes):
    """Focus the first item, then Tab through the items and press Space on the ones in `codes`."""
    first = dlg.items[rules.ITEMS[0]]
    first.setFocus()
    for code in rules.ITEMS:
        box = dlg.items[code]
        assert QApplication.focusWidget() is box, code
        if code in codes:
            qtbot.keyClick(box, Qt.Key.Key_Space)
        if code == rules.ITEMS[-1]:
            break  # the focus stays on the last item
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        if code == rules.KEYS:  # the keys' count sits next to its box
            assert QApplication.focusWidget() is dlg.keys
            qtbot.keyClick(dlg.keys, Qt.Key.Key_Tab)


def test_deliver_with_every_item_ticked_from_the_keyboard(qtbot, dialog):
    qtbot.keyClicks(dialog.vin.edit, VIN)
    dialog.plate.edit.insert("粤B54321")  # Chinese comes through the input method, not key events
    tick_from_the_keyboard(qtbot, dialog, set(rules.ITEMS))
    assert dialog.missing() == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter confirms (the default button)
    assert dialog.result is not None
    checks = {c.code: bool(c.done) for c in DeliveryCheck.select().where(
        DeliveryCheck.delivery == dialog.result.delivery_id)}
    assert checks == {code: True for code in rules.ITEMS}
    assert Vehicle.get_by_id(dialog.result.vehicle_id).plate == "粤B54321"


def test_reason_error_shows_under_the_reason_and_clears_when_written(qtbot, dialog):
    qtbot.keyClicks(dialog.vin.edit, VIN)
    tick_from_the_keyboard(qtbot, dialog, set(rules.ITEMS) - {"photo"})
    assert dialog.missing() == ["photo"] and "必填" in dialog.reason_label.text()
    dialog.accept()
    message = dialog.messages["checklist_reason"]
    assert not message.isHidden() and "交车合影" in message.text() and "原因" in message.text()
    assert dialog.result is None and not Delivery.select().exists()
    dialog.reason.insert("客")  # as the input method commits it
    assert message.isHidden()  # cleared as soon as a reason is typed
    dialog.reason.insert("户赶时间")
    dialog.accept()
    assert dialog.result is not None
    assert Delivery.get_by_id(dialog.result.delivery_id).checklist_reason == "客户赶时间"


def test_ticking_the_last_item_clears_the_reason_error(qtbot, dialog):
    qtbot.keyClicks(dialog.vin.edit, VIN)
    dialog.accept()  # nothing ticked, no reason
    message = dialog.messages["checklist_reason"]
    assert not message.isHidden()
    dialog.all_done.click()
    assert message.isHidden() and "必填" not in dialog.reason_label.text()


def test_print_the_checklist_prints_it_and_save_as_pdf_writes_it(qtbot, dialog, tmp_path, monkeypatch):
    qtbot.keyClicks(dialog.vin.edit, VIN)
    dialog.items["pdi"].setChecked(True)
    dialog.set_insurance("人保财险", 950, 4321.5, "车损险、三者险 200 万")
    printed = tmp_path / "printed.pdf"
    assert dialog.print_sheet(accept=lambda printer: pdf_printer(printer, printed)) == 1
    assert pages(printed) == 1  # the one-page sheet reached the printer
    pdf = tmp_path / "交车确认单.pdf"
    asked = answer_save_dialog(monkeypatch, pdf)
    dialog.save_pdf_button.click()
    assert asked == [str(printing.documents_dir() / f"交车确认单-{dialog.lead.customer_name}.pdf")]
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "交车确认单" in text and "张伟" in text and VIN in text and "帕萨特" in text
    assert "PDI 检查已完成" in text and "√ 已完成" in text and "人保财险" in text and "4,321.50" in text
    assert "客户签字" in text
    assert not Delivery.select().exists()  # printing does not deliver


def test_print_button_goes_to_the_print_dialog(qtbot, dialog, monkeypatch):
    asked = []
    monkeypatch.setattr(printing, "ask", lambda printer, parent: asked.append(parent) or False)  # cancelled
    dialog.print_button.click()
    assert asked == [dialog]


def test_insurance_set_from_code_is_delivered_with_the_car(qtbot, dialog):
    qtbot.keyClicks(dialog.vin.edit, VIN)
    dialog.all_done.click()
    dialog.set_insurance("平安产险", compulsory_premium=950, start=dt.date(2026, 10, 16))
    assert dialog.insurance.isChecked()
    dialog.accept()
    car = Vehicle.get_by_id(dialog.result.vehicle_id)
    assert (car.insurer, car.insurance_compulsory_until, car.insurance_commercial_until) == (
        "平安产险", dt.date(2027, 10, 15), None)


def test_insurance_without_an_insurer_is_shown_under_the_insurer(qtbot, dialog):
    qtbot.keyClicks(dialog.vin.edit, VIN)
    dialog.all_done.click()
    dialog.insurance.setChecked(True)
    dialog.compulsory.setValue(950)
    dialog.accept()
    assert not dialog.messages["insurer"].isHidden() and dialog.result is None


def test_the_dialog_starts_from_the_deal_sheets_vin_colour_and_insurance(qtbot, ctx, lead_id):
    from dealerdesk.domain.deals import DealInput
    from dealerdesk.services.sales import deals

    order_id = deals.open_order_of_lead(ctx.actor, lead_id)
    deals.save_deal(ctx.actor, order_id, DealInput(list_price=200000, discount=2000, colour="珍珠白",
                                                   vin="LSVAB2AB1CN300001", insured=True, insurer="平安产险",
                                                   compulsory_premium=950, commercial_premium=4100,
                                                   insurance_start=NOW.date()), at=NOW - dt.timedelta(hours=2))
    dlg = DeliveryDialog(ctx, lead_id)
    qtbot.addWidget(dlg)
    assert dlg.vin.text() == "LSVAB2AB1CN300001" and dlg.colour.text() == "珍珠白"
    assert dlg.insurance.isChecked() and dlg.insurer.text() == "平安产险"
    assert (dlg.compulsory.value(), dlg.commercial.value()) == (950, 4100)
