"""The profile window: tabs filled, in-place editing with messages next to fields, Chinese input, closing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from shiboken6 import isValid

from dealerdesk.services.customers.records import get_customer
from dealerdesk.store.models import Customer, CustomerPhone, Interaction, Survey
from dealerdesk.ui.dialogs import profile_tabs
from dealerdesk.ui.dialogs.profile import ProfileWindow
from dealerdesk.ui.widgets.fields import PhoneListModel
from tests.factories import make_user


@pytest.fixture()
def window(ctx, store, qtbot):
    cid = store["ids"][0]  # 张伟: a lead with an overdue follow-up
    Interaction.create(customer=cid, channel="visit", content="看了汉EV，想试驾")
    Survey.create(customer=cid, overall="satisfied")
    w = ProfileWindow(ctx, cid)
    w.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # never a modal box at teardown
    w.show()
    qtbot.waitExposed(w)
    yield w
    if isValid(w):  # the window deletes itself on close (WA_DeleteOnClose), so qtbot must not own it
        w.close()


def phones_in_db(cid):
    return [p for (p,) in CustomerPhone.select(CustomerPhone.phone).where(CustomerPhone.customer == cid).tuples()]


def ime_commit(widget, text: str) -> None:
    """What an input method sends when a Chinese word is chosen (QTest cannot type non-ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into_phone_cell(qtbot, w, row: int, text: str) -> None:
    """Type over a phone cell the way a person does: select it, type (AnyKeyPressed opens the editor), Enter."""
    view = w.phones.view
    view.setFocus()
    view.setCurrentIndex(w.phones.model.index(row, 0))
    qtbot.keyClicks(view, text[0])  # AnyKeyPressed: this key opens the editor and must land in it
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == text[0]
    qtbot.keyClicks(editor, text[1:])  # focus is in the editor now, as for a person typing on
    assert editor.text() == text
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.phones.view.state() != w.phones.view.State.EditingState)  # commit is queued


def test_tabs_show_the_history(window):
    # a person without contact persons: the 联系人 tab (companies) is hidden
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
    assert titles == ["基本资料", "线索与级别", "互动记录", "车辆与服务", "购车记录", "投诉与调查", "分类与评分", "会员积分"]
    assert window.windowTitle().startswith("客户档案 — 张伟")
    assert window.views["leads"].rowCount() == 1
    assert window.views["leads"].index(0, 0).data() == "H"
    assert window.views["interactions"].index(0, 1).data() == "到店"
    assert window.views["surveys"].index(0, 1).data() == "满意"
    assert window.score_model.rowCount() == 10 and "价值分" in window.score_head.text()


def test_table_models_pass_modeltester(window, qtmodeltester):
    for model in window.views.values():
        qtmodeltester.check(model)
    qtmodeltester.check(window.score_model)
    phones = PhoneListModel()
    phones.set_phones(["13800138000", "010-62345678"])
    qtmodeltester.check(phones)
    _view, empty = profile_tabs.table(window, profile_tabs.VEHICLES, "vehicles_empty")
    qtmodeltester.check(empty)


def test_bad_phone_is_explained_and_nothing_saved_then_fixed(window, store, qtbot):
    cid = store["ids"][0]
    type_into_phone_cell(qtbot, window, 0, "1380013800")  # one digit short
    assert window.dirty and window.windowTitle().endswith("*")
    assert not window.save()
    assert window.phones.message.isVisible()
    assert "少了1位" in window.phones.message.text()
    assert phones_in_db(cid) == ["13800138000"]
    type_into_phone_cell(qtbot, window, 0, "13800138001")
    assert not window.phones.message.isVisible()  # the message goes as soon as the number is right
    with qtbot.waitSignal(window.ctx.bus.customerChanged):
        assert window.save()
    assert phones_in_db(cid) == ["13800138001"]
    assert not window.dirty


def test_bad_name_message_under_field_and_ctrl_s(window, store, qtbot):
    window.name.edit.setFocus()
    window.name.edit.selectAll()
    qtbot.keyClicks(window.name.edit, "12345")
    assert not window.save()
    assert "姓名不能只有数字" in window.name.message.text()
    assert get_customer(window.ctx.actor, store["ids"][0]).name == "张伟"
    window.name.edit.selectAll()
    ime_commit(window.name.edit, "张伟强")
    window.city.setFocus()
    window.city.end(False)
    ime_commit(window.city, "东莞")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = Customer.get_by_id(store["ids"][0])
    assert (saved.name, saved.city) == ("张伟强", "深圳东莞")


def test_stale_version_is_refused_with_both_versions_and_the_input_kept(window, store, monkeypatch):
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.customers.records import CustomerInput, update_customer

    cid = store["ids"][0]
    theirs = CustomerInput.from_detail(get_customer(SYSTEM, cid))
    theirs.city = "深圳"
    update_customer(SYSTEM, cid, theirs, expected_version=window.version)  # another PC saved meanwhile
    window.city.setText("珠海")
    window._mark_dirty()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    assert not window.save()
    title, text = shown[0]
    assert title == "客户资料已被他人修改"
    assert "城市：您填写「珠海」，已保存「深圳」" in text and SYSTEM.login in text
    assert window.city.text() == "珠海" and "您填写的内容仍在" in window.form_message.text()  # nothing lost
    assert get_customer(SYSTEM, cid).city == "深圳"
    assert window.save()  # the person read both and saves again: theirs on purpose
    assert get_customer(SYSTEM, cid).city == "珠海"


def test_chinese_input_reaches_editors_and_cells(window, qtbot):
    for editor in (window.name.edit, window.city, window.address, window.needs):
        assert editor.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    window.city.setFocus()
    window.city.clear()
    ime_commit(window.city, "东莞")
    assert window.city.text() == "东莞"
    assert window.dirty  # an IME commit is an edit like any other


@pytest.mark.parametrize("preedit", ["zhang", ""])  # pinyin composition first, or an immediate commit
def test_first_ime_commit_opens_a_cell_editor_and_lands_in_it(window, preedit):
    view = window.phones.view
    view.setFocus()
    view.setCurrentIndex(window.phones.model.index(0, 0))
    if preedit:
        QApplication.sendEvent(view, QInputMethodEvent(preedit, []))
    ime_commit(view, "张")
    editor = view.indexWidget(window.phones.model.index(0, 0)) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert editor.text() == "张"


@pytest.mark.parametrize("choice, stays_open, saved", [
    (QMessageBox.StandardButton.Cancel, True, False),
    (QMessageBox.StandardButton.Discard, False, False),
    (QMessageBox.StandardButton.Save, False, True),
])
def test_close_with_unsaved_changes_asks(window, store, choice, stays_open, saved):
    asked = []
    window.ask_unsaved = lambda: asked.append(1) or choice
    window.city.setText("惠州")
    window._mark_dirty()
    window.close()
    assert asked == [1]
    assert window.isVisible() == stays_open
    assert (Customer.get_by_id(store["ids"][0]).city == "惠州") == saved


def test_close_without_changes_does_not_ask(window, qtbot):
    window.ask_unsaved = lambda: pytest.fail("asked without changes")
    window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not isValid(window))  # deleted on close: the main window forgets it


def test_delete_asks_and_archives_a_customer_with_history(window, store):
    window.confirm = lambda title, text: False
    window.delete()
    assert not Customer.get_by_id(store["ids"][0]).archived
    window.confirm = lambda title, text: True
    import dealerdesk.ui.dialogs.profile as mod

    original = mod.QMessageBox.information
    mod.QMessageBox.information = staticmethod(lambda *a, **k: None)
    try:
        window.delete()
    finally:
        mod.QMessageBox.information = original
    assert Customer.get_by_id(store["ids"][0]).archived
    assert window.banner.isVisible() and "归档" in window.banner.text()


def test_front_desk_cannot_see_or_edit_phones_but_can_save(ctx, store, qtbot):
    from dealerdesk.services.settings import set_setting
    from dealerdesk.store.models import AuditLog

    desk = make_user("desk", "前台小周", "front_desk")
    from dealerdesk.services.auth import SYSTEM

    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])  # by default the front desk sees them
    ctx.actor = desk
    w = ProfileWindow(ctx, store["ids"][0])
    w.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(w)
    w.show()
    assert w.phones.model.phones == ["138****8000"] and not w.phones.isEnabled()
    assert w.reveal_button.isVisible() and not w.owner.isEnabled()
    qtbot.mouseClick(w.reveal_button, Qt.MouseButton.LeftButton)  # 显示号码, audited
    assert w.revealed.text() == "138 0013 8000"  # shown grouped
    assert AuditLog.select().where(AuditLog.action == "phone.unmask", AuditLog.user_login == "desk").count() == 1
    w.city.setText("中山")
    w._mark_dirty()
    assert w.save()
    assert phones_in_db(store["ids"][0]) == ["13800138000"]
    assert Customer.get_by_id(store["ids"][0]).city == "中山"


def test_save_pdf_button_writes_the_profile_pdf_starting_in_documents(qtbot, store, ctx, tmp_path,
                                                                       monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.customers.records import CustomerInput, create_customer
    from dealerdesk.ui import printing
    from dealerdesk.ui.dialogs.profile import ProfileWindow

    cid = create_customer(SYSTEM, CustomerInput(name="打印测试", phones=["13812340000"])).id
    target = tmp_path / "profile.pdf"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: (asked.append(start), (str(target), "PDF"))[1])
    window = ProfileWindow(ctx, cid)
    qtbot.addWidget(window)
    window.save_pdf_button.click()
    assert target.read_bytes()[:4] == b"%PDF"
    assert asked == [str(printing.documents_dir() / f"客户档案-{cid}.pdf")]
