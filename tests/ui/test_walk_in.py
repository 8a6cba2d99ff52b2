"""接待登记 on the real dialog: a new visitor with a visit and a test drive in one go; a known customer found by
their phone gets the visit on their open lead; the next follow-up follows the level's cadence."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from dealerdesk.services.customers.duplicates import PHONE
from dealerdesk.store.models import Customer, FollowUp, Interaction, Lead, VehicleModel
from dealerdesk.ui.dialogs.walk_in import WalkInDialog
from tests.ui.conftest import NOW


@pytest.fixture()
def suv(store):
    return VehicleModel.create(brand="示例", name="途岳 SUV", price=200000).id


@pytest.fixture()
def dialog(ctx, qtbot, suv):
    d = WalkInDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def type_text(qtbot, field, text: str) -> None:
    field.edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(field.edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(field.edit, event)
        field.changed.emit()


def test_register_a_walk_in_with_a_visit_and_a_test_drive_in_one_dialog(dialog, store, qtbot, suv):
    type_text(qtbot, dialog.name, "王小明")
    type_text(qtbot, dialog.phone, "13811112222")
    dialog.model.setCurrentIndex(dialog.model.findData(suv))
    dialog.budget.setValue(200000)
    dialog.owner.setCurrentIndex(dialog.owner.findData(store["sales"].id))
    qtbot.mouseClick(dialog.test_drive, Qt.MouseButton.LeftButton)
    assert dialog.visit.isChecked() and dialog.driven.isEnabled()
    assert dialog.driven.currentText() == "示例 途岳 SUV"  # the intended model, suggested as the one driven
    dialog.quote.setChecked(True)
    dialog.level.setCurrentIndex(dialog.level.findData("B"))
    assert dialog.next_due.dateTime().date().toPython() == dt.date(2026, 10, 20)  # B: 5–7 days after NOW
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    customer = Customer.get(Customer.name == "王小明")
    assert dialog.result_data.customer_id == customer.id and dialog.result_data.new_lead
    lead = Lead.get(Lead.customer == customer.id)
    assert (lead.level, lead.model_id, lead.budget, lead.owner_id) == ("B", suv, 200000, store["sales"].id)
    visit = Interaction.get(Interaction.customer == customer.id)
    assert (visit.channel, visit.methods, visit.driven_model) == ("test_drive", "visit,test_drive,quote",
                                                                 "示例 途岳 SUV")
    planned = FollowUp.get(FollowUp.lead == lead.id, FollowUp.status == "planned")
    assert planned.due_at.date() == dt.date(2026, 10, 20)


def test_a_known_phone_is_picked_and_the_visit_goes_to_the_open_lead(dialog, store, qtbot):
    zhang = store["ids"][0]  # 张伟 has an open H lead
    type_text(qtbot, dialog.phone, "13800138000")
    qtbot.waitUntil(lambda: bool(dialog.duplicates.matches))
    assert dialog.duplicates.matches[0].reason == PHONE
    qtbot.mouseClick(dialog.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert dialog.customer_id == zhang
    assert dialog.known.isVisible() and "张伟" in dialog.known.text()
    assert dialog.lead_note.isVisible() and not dialog.model.isEnabled()
    assert dialog.level.currentData() == "H"
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.accept()
    assert Lead.select().where(Lead.customer == zhang).count() == 1
    lead = Lead.get(Lead.customer == zhang)
    assert Interaction.get(Interaction.lead == lead.id).methods == "visit"
    assert Customer.select().count() == 6  # nobody new


def test_nothing_happened_is_refused_next_to_the_methods(dialog, qtbot):
    type_text(qtbot, dialog.name, "孙丽")
    type_text(qtbot, dialog.phone, "13633334444")
    dialog.visit.setChecked(False)
    dialog.accept()
    assert dialog.isVisible()
    assert "至少选择一项" in dialog.methods_msg.text()
    assert Customer.select().where(Customer.name == "孙丽").count() == 0


def test_screenshot(dialog, qtbot, suv, tmp_path):
    type_text(qtbot, dialog.name, "王小明")
    type_text(qtbot, dialog.phone, "13811112222")
    dialog.model.setCurrentIndex(dialog.model.findData(suv))
    dialog.test_drive.setChecked(True)
    dialog.level.setCurrentIndex(dialog.level.findData("A"))
    dialog.grab().save(str(tmp_path / "walk_in.png"))
    assert (tmp_path / "walk_in.png").stat().st_size > 0


def test_now_is_the_context_clock(dialog):
    assert dialog.now == NOW
