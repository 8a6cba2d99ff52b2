"""服务接待 page driven with the keyboard: book → check-in → quote accepted → extra work approved and one
declined → ready → settled (sheet printed) → service record and call-back exist."""
import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dealerdesk.services import reception as rc
from dealerdesk.store.models import Reminder, RepairOrder, ServiceRecord
from dealerdesk.ui.dialogs.appointment import AppointmentDialog
from dealerdesk.ui.dialogs.check_in import CheckInDialog
from dealerdesk.ui.dialogs.repair_order import RepairOrderDialog
from dealerdesk.ui.dialogs.settle import SettleDialog
from dealerdesk.ui import printing
from dealerdesk.ui.pages.reception import Page
from tests.factories import make_user
from tests.ui.printer import pdf_printer


def _press(qtbot, widget, key=Qt.Key.Key_Space):
    widget.setFocus()
    qtbot.keyClick(widget, key)


def _type(qtbot, widget, text):
    """Type like a person: ASCII as key presses, Chinese as an input-method commit (how a pinyin IME delivers it)."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _choose(qtbot, combo, text):
    """Move through a combo box with the arrow keys until the wanted entry is current."""
    combo.setFocus()
    for _ in range(combo.count()):  # to the top (Home moves the cursor in an editable combo's text)
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    for _ in range(combo.count()):
        if text in combo.currentText():
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text} not in combo")


def test_whole_path_with_keyboard(qtbot, qtmodeltester, ctx, store, tmp_path, monkeypatch):
    make_user("adv", "赵顾问", "service_advisor")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    pdf = tmp_path / "settle.pdf"
    monkeypatch.setattr(printing, "ask", lambda printer, parent: pdf_printer(printer, pdf))
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    for model in (page.grid, page.appointments, page.arrivals, page.board):
        qtmodeltester.check(model)

    # 1. book: Ctrl+Shift+N (Ctrl+N stays "new customer" everywhere), find the customer by plate, Enter
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dlg = page.active_dialog
    assert isinstance(dlg, AppointmentDialog)
    _type(qtbot, dlg.search, "粤B12345")
    qtbot.keyClick(dlg.search, Qt.Key.Key_Return)
    assert "李娜" in dlg.customer.currentText() and dlg.vehicle.currentData() is not None
    _choose(qtbot, dlg.advisor, "赵顾问")
    assert dlg.slot.currentText().startswith("10:00")
    _type(qtbot, dlg.work, "常规保养")
    qtbot.keyClick(dlg.work, Qt.Key.Key_Return)
    assert dlg.result_row is not None and not dlg.isVisible()
    assert page.status_bar.currentMessage() == "已预约：李娜 粤B12345，10-15 10:00，服务顾问 赵顾问"
    assert "1/2 李娜" in page.grid.data(page.grid.index(3, 0))  # 10:00 is the 4th slot
    qtmodeltester.check(page.grid)

    # 2. today's arrivals: Enter on the row checks the car in
    page.tabs.setCurrentIndex(1)
    assert page.arrivals.rowCount() == 1
    page.arrival_view.setFocus()
    page.arrival_view.setCurrentIndex(page.arrivals.index(0, 0))
    qtbot.keyClick(page.arrival_view, Qt.Key.Key_Return)
    dlg = page.active_dialog
    assert isinstance(dlg, CheckInDialog)
    _type(qtbot, dlg.complaint, "刹车时有吱吱声")
    _type(qtbot, dlg.damage, "左后门划痕")
    _type(qtbot, dlg.mileage, "25000")
    qtbot.keyClick(dlg.mileage, Qt.Key.Key_Return)
    assert dlg.order is not None and dlg.order.number == "WO2026-00001"

    # 3. the repair order opens: quote lines, promised time, the customer accepts
    dlg = page.active_dialog
    assert isinstance(dlg, RepairOrderDialog)
    qtmodeltester.check(dlg.model)
    for code in ("P-OIL", "L-MAINT"):
        _choose(qtbot, dlg.item.combo, code)
        _press(qtbot, dlg.add_btn)
    assert dlg.model.rowCount() == 2
    _type(qtbot, dlg.accepted_by, "李娜")
    _press(qtbot, dlg.accept_btn)
    assert dlg.order.quote_accepted_by == "李娜" and not dlg.quote_box.isEnabled()

    # 4. extra work: one approved by phone, one declined
    for job, code in (("更换前刹车片", "P-BRKF"), ("更换雨刮片", "P-WIPER")):
        _type(qtbot, dlg.job, job)
        _choose(qtbot, dlg.extra_item.combo, code)
        _press(qtbot, dlg.extra_add)
        _press(qtbot, dlg.extra_submit)
    assert dlg.group.count() == 2
    _type(qtbot, dlg.decided_by, "李娜")
    _choose(qtbot, dlg.channel, "电话")
    _press(qtbot, dlg.approve_btn)
    _press(qtbot, dlg.decline_btn)
    assert sorted(ln.approval for ln in dlg.order.lines if ln.is_extra) == ["approved", "declined"]
    qtmodeltester.check(dlg.model)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)

    # 5. the board: move the order to ready
    page.tabs.setCurrentIndex(2)
    qtmodeltester.check(page.board)
    page.board_view.setCurrentIndex(page.board.index(0, 0))
    for step in ("维修中", "质检中", "待交车"):  # DOMAIN's flow, one step at a time
        assert page.status.currentText() == f"→ {step}"  # the regular next step comes first
        page.board_view.setFocus()
        qtbot.keyClick(page.board_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        assert step in page.status_bar.currentMessage()
    assert rc.progress_board(ctx.actor, ctx.clock())[0].status == "ready"

    # 6. settle with a discount and its reason; the sheet is printed
    page.board_view.setCurrentIndex(page.board.index(0, 0))
    qtbot.keyClick(page.board_view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    dlg = page.active_dialog
    assert isinstance(dlg, SettleDialog)
    qtmodeltester.check(dlg.model)
    _type(qtbot, dlg.reason, "老客户")
    dlg.discount.setFocus()
    dlg.discount.selectAll()
    qtbot.keyClicks(dlg.discount, "20")
    _choose(qtbot, dlg.payment, "微信")
    qtbot.keyClick(dlg.discount, Qt.Key.Key_Return)
    order = RepairOrder.get()
    assert order.status == "handed_over" and order.discount == Decimal(20) and order.payment_method == "wechat_pay"
    assert pdf.exists() and pdf.stat().st_size > 1000
    record = ServiceRecord.get_by_id(order.service_record_id)
    assert record.mileage_km == 25000 and "更换雨刮片" in record.content
    assert Reminder.select().where(Reminder.kind == "post_service_call").count() == 1
    assert Reminder.get(Reminder.kind == "appointment_confirm").status == "done"
    assert page.board.rowCount() == 0
    assert page.delivered.rowCount() == 1 and "今日已交车（1 台）" in page.delivered_title.text()
    assert "已结算交车" in page.status_bar.currentMessage()
    assert page.stats_labels["day.orders"].text() == "1"
    assert [a.job for a in rc.vehicle_advice(ctx.actor, order.vehicle_id)] == ["更换雨刮片"]
    assert order.checked_in_at == dt.datetime(2026, 10, 15, 10, 0)
