"""New customer: live duplicate warnings while typing (撞单 named), validation next to fields, save opens it."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from dealerdesk.services.customers.duplicates import NAME_PHONE_TAIL, PHONE, PLATE
from dealerdesk.store.models import Customer
from dealerdesk.ui.dialogs.new_customer import NewCustomerDialog


@pytest.fixture()
def dialog(ctx, qtbot):
    opened = []
    ctx.open_customer = opened.append
    d = NewCustomerDialog(ctx)
    d.opened = opened
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


def test_same_phone_offers_to_open_and_names_the_other_consultant(dialog, store, qtbot):
    type_text(qtbot, dialog.phone, "13800138000")  # 张伟, owned by 李顾问; the actor is 王经理
    qtbot.waitUntil(lambda: bool(dialog.matches))
    assert [(m.customer_id, m.reason) for m in dialog.matches] == [(store["ids"][0], PHONE)]
    assert dialog.dup_head.isVisible() and "已登记为客户 张伟" in dialog.dup_head.text()
    assert "撞单" in dialog.dup_head.text() and "李顾问" in dialog.dup_head.text()
    assert "撞单" in dialog.dup_list.item(0).text()
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert dialog.opened == [store["ids"][0]]
    assert dialog.result() == NewCustomerDialog.DialogCode.Rejected


def test_same_name_and_phone_tail_warns(dialog, store, qtbot):
    type_text(qtbot, dialog.name, "王芳")
    type_text(qtbot, dialog.phone, "13000005678")  # 王芳 has 13912345678
    qtbot.waitUntil(lambda: bool(dialog.matches))
    assert [(m.customer_id, m.reason) for m in dialog.matches] == [(store["ids"][1], NAME_PHONE_TAIL)]
    assert "可能重复" in dialog.dup_head.text()
    assert not dialog.matches[0].other_owner  # 王芳 has no consultant: not 撞单


def test_same_plate_warns(dialog, store, qtbot):
    type_text(qtbot, dialog.plate, "粤B12345")
    qtbot.waitUntil(lambda: bool(dialog.matches))
    assert [(m.customer_id, m.reason) for m in dialog.matches] == [(store["ids"][2], PLATE)]


def test_no_warning_for_a_new_person(dialog, qtbot):
    type_text(qtbot, dialog.name, "赵敏")
    type_text(qtbot, dialog.phone, "13311112222")
    dialog.refresh_duplicates()
    assert dialog.matches == [] and not dialog.dup_list.isVisible()


def test_bad_phone_is_explained_and_nothing_saved(dialog, qtbot):
    before = Customer.select().count()
    type_text(qtbot, dialog.name, "赵敏")
    type_text(qtbot, dialog.phone, "1331111222")
    dialog.accept()
    assert dialog.phone.message.isVisible() and "少了1位" in dialog.phone.message.text()
    assert Customer.select().count() == before and dialog.customer_id is None and dialog.isVisible()


def test_save_creates_announces_and_opens(dialog, qtbot):
    type_text(qtbot, dialog.name, "赵敏")
    type_text(qtbot, dialog.phone, "133 1111 2222")
    dialog.city.setText("深圳")
    assert not dialog.consent.isChecked()  # consent is asked, never assumed (PIPL)
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(dialog.ctx.bus.customersChanged):
        dialog.accept()
    saved = Customer.get_by_id(dialog.customer_id)
    assert (saved.name, saved.city, saved.consent) == ("赵敏", "深圳", True)
    assert dialog.opened == [dialog.customer_id]
    assert dialog.result() == NewCustomerDialog.DialogCode.Accepted


def test_same_phone_needs_confirmation_to_save(dialog, qtbot):
    before = Customer.select().count()
    type_text(qtbot, dialog.name, "张伟")
    type_text(qtbot, dialog.phone, "13800138000")
    dialog.confirm = lambda text: False
    dialog.accept()
    assert Customer.select().count() == before
    dialog.confirm = lambda text: True
    dialog.accept()
    assert Customer.select().count() == before + 1


def test_a_phone_on_an_unassigned_range_is_a_warning_the_user_confirms(dialog, qtbot):
    """140 is a data-only range (libphonenumber): warned next to the field, asked on save, stored when confirmed."""
    before = Customer.select().count()
    type_text(qtbot, dialog.name, "赵敏")
    type_text(qtbot, dialog.phone, "14012345678")
    dialog.phone.edit.editingFinished.emit()
    assert dialog.phone.message.isVisible() and "140 号段" in dialog.phone.message.text()
    asked = []
    dialog.confirm = lambda text: asked.append(text) or False
    dialog.accept()
    assert len(asked) == 1 and "140 1234 5678" in asked[0]
    assert Customer.select().count() == before and dialog.isVisible()
    dialog.confirm = lambda text: True
    dialog.accept()
    assert Customer.select().count() == before + 1  # never refused: the number is kept as typed
    assert Customer.get_by_id(dialog.customer_id).phones[0].phone == "14012345678"


def test_an_assigned_range_asks_nothing(dialog, qtbot):
    type_text(qtbot, dialog.name, "赵敏")
    type_text(qtbot, dialog.phone, "13912349876")
    dialog.phone.edit.editingFinished.emit()
    assert not dialog.phone.message.isVisible()
    dialog.confirm = lambda text: pytest.fail(f"asked: {text}")
    dialog.accept()
    assert dialog.customer_id is not None
