"""The service counter and the workshop (issue 21), driven as a user would: any car checked in (also one
whose owner is not in the store), the mileage warning beside its field, a mistaken quote line deleted and
the deletion undone, agreed extra work in the total, Enter in 确认人, settlement not offered too early, and
two lines dispatched to two technicians on the workshop board."""
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dealerdesk.services import catalogue
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services import reception as rc
from dealerdesk.store.models import Customer, RepairOrder, Vehicle
from dealerdesk.ui.dialogs.check_in import CheckInDialog
from dealerdesk.ui.dialogs.repair_order import LineEditDialog, RepairOrderDialog
from dealerdesk.ui.dialogs.settle import SettleDialog
from dealerdesk.ui.pages.reception import Page
from tests.factories import make_user
from tests.ui.test_reception_page import _choose, _press, _type

NOW = dt.datetime(2026, 10, 15, 10, 0)


def _page(qtbot, ctx) -> Page:
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _order(ctx, lines=("P-OIL", "L-MAINT"), accept=True, mileage=1000) -> rc.OrderDetail:
    car = Vehicle.get(Vehicle.plate == "粤B12345")
    a = ctx.actor
    catalogue.ensure_default_catalogue(SYSTEM)  # a manager's job since the catalogue issue
    cat = {c.code: c.id for c in catalogue.list_catalogue(a)}
    order = rc.check_in(a, rc.CheckInInput(car.owner_id, car.id, mileage, advisor_id=a.id), now=NOW)
    for code in lines:
        rc.add_line(a, order.id, rc.LineInput(catalogue_item_id=cat[code]), now=NOW)
    if accept:
        rc.set_promise(a, order.id, NOW + dt.timedelta(hours=4))
        order = rc.accept_quote(a, order.id, "李娜", now=NOW)
    return rc.get_order(a, order.id)


def _dialog(qtbot, ctx, order_id) -> RepairOrderDialog:
    dlg = RepairOrderDialog(ctx, order_id)
    qtbot.addWidget(dlg)
    with qtbot.waitActive(dlg):
        dlg.show()
        dlg.activateWindow()
    return dlg


def test_check_in_a_car_and_owner_not_in_the_store(qtbot, qtmodeltester, ctx, store):
    page = _page(qtbot, ctx)
    page.walk_in()
    dlg = page.active_dialog
    assert isinstance(dlg, CheckInDialog)
    assert dlg.advisor.currentText() == "王经理"  # the user, an advisor (manager), is the default
    assert not dlg.new_box.isVisible()
    _press(qtbot, dlg.new_owner)  # Space on the check box
    assert dlg.new_car.isChecked() and dlg.new_box.isVisible() and not dlg.customer.isEnabled()
    _type(qtbot, dlg.new_name, "欧阳锋")
    _type(qtbot, dlg.new_phone, "13912340000")
    _type(qtbot, dlg.new_plate, "粤BD12345")
    _type(qtbot, dlg.new_model, "比亚迪 汉EV")  # another brand: free text
    _type(qtbot, dlg.mileage, "36000")
    assert dlg.mileage_note.text() == ""  # a new car has no earlier reading
    _type(qtbot, dlg.complaint, "空调不凉")
    qtbot.keyClick(dlg.mileage, Qt.Key.Key_Return)
    assert dlg.order is not None, dlg.errors.labels
    owner = Customer.get(Customer.name == "欧阳锋")
    car = Vehicle.get(Vehicle.plate == "粤BD12345")
    assert car.owner_id == owner.id and car.model_name == "比亚迪 汉EV"
    order = RepairOrder.get_by_id(dlg.order.id)
    assert (order.customer_id, order.vehicle_id, order.mileage_km, order.advisor_id) == (
        owner.id, car.id, 36000, ctx.actor.id)
    assert isinstance(page.active_dialog, RepairOrderDialog)  # the order opens for its quote
    assert "已接车：粤BD12345 欧阳锋" in page.status_bar.currentMessage()
    page.active_dialog.reject()
    page.tabs.setCurrentIndex(2)
    assert page.board.row_at(0).plate == "粤BD12345"
    qtmodeltester.check(page.board)


def test_a_new_owner_who_looks_known_is_offered_not_duplicated(qtbot, ctx, store):
    page = _page(qtbot, ctx)
    page.walk_in()
    dlg = page.active_dialog
    _press(qtbot, dlg.new_owner)
    _type(qtbot, dlg.new_name, "李娜")
    _type(qtbot, dlg.new_phone, "13700001111")  # 李娜's phone
    _type(qtbot, dlg.new_plate, "粤B77777")
    qtbot.keyClick(dlg.new_plate, Qt.Key.Key_Return)
    assert dlg.order is None and dlg.allow_duplicate.isVisible()
    assert "可能已登记" in dlg.errors.labels["name"].text() and "李娜" in dlg.customer.currentText()
    assert Customer.select().where(Customer.name == "李娜").count() == 1  # nothing half-written
    dlg.reject()


def test_lower_mileage_is_a_warning_beside_the_field_that_clears(qtbot, ctx, store, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    Vehicle.update(mileage_km=20000).where(Vehicle.plate == "粤B12345").execute()
    page = _page(qtbot, ctx)
    page.walk_in()
    dlg = page.active_dialog
    _type(qtbot, dlg.search, "粤B12345")
    qtbot.keyClick(dlg.search, Qt.Key.Key_Return)  # searches only: the car is not checked in yet
    assert dlg.isVisible() and dlg.order is None
    assert dlg.mileage.value() == 20000 and "上次记录 20,000 公里" in dlg.mileage_note.text()
    _type(qtbot, dlg.mileage, "19000")
    assert "低于上次记录" in dlg.mileage_note.text() and dlg.mileage_ok.isVisible()
    _type(qtbot, dlg.mileage, "21000")  # corrected: the warning goes
    assert "低于" not in dlg.mileage_note.text() and not dlg.mileage_ok.isVisible()
    _type(qtbot, dlg.mileage, "19000")
    qtbot.keyClick(dlg.mileage, Qt.Key.Key_Return)  # not confirmed: said beside the field, no popup
    assert dlg.order is None and not asked and "低于上次记录" in dlg.errors.labels["mileage_km"].text()
    _press(qtbot, dlg.mileage_ok)
    qtbot.keyClick(dlg.mileage, Qt.Key.Key_Return)
    assert dlg.order is not None and dlg.order.mileage_km == 19000 and not asked


def test_delete_a_mistaken_quote_line_and_undo(qtbot, qtmodeltester, ctx, store):
    order = _order(ctx, lines=("P-OIL", "P-BRKF", "L-MAINT"), accept=False)
    dlg = _dialog(qtbot, ctx, order.id)
    qtmodeltester.check(dlg.model)
    assert "报价 ¥638.00" in dlg.total.text()
    dlg.table.setFocus()
    dlg.table.selectRow(1)  # 前刹车片: not what the customer came for
    assert dlg.delete_btn.isEnabled()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Delete)
    assert [ln.name for ln in dlg.order.lines] == ["机油 5W-30 (升)", "常规保养工时"]
    assert "报价 ¥218.00" in dlg.total.text() and "已删除" in dlg.status_bar.currentMessage()
    qtbot.keyClick(dlg, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert sorted(ln.name for ln in dlg.order.lines) == sorted(["机油 5W-30 (升)", "前刹车片(套)", "常规保养工时"])
    assert "报价 ¥638.00" in dlg.total.text() and "已撤销" in dlg.status_bar.currentMessage()
    assert not dlg.undo_btn.isEnabled()
    qtmodeltester.check(dlg.model)


def test_edit_a_quote_line_then_agreed_lines_are_locked(qtbot, ctx, store):
    order = _order(ctx, lines=("P-OIL",), accept=False)
    dlg = _dialog(qtbot, ctx, order.id)
    dlg.table.selectRow(0)
    dlg._line_menu(dlg.table.visualRect(dlg.model.index(0, 0)).center())
    assert [a.text() for a in dlg.line_menu.actions() if a.isEnabled()] == ["修改项目…", "删除项目"]
    dlg.line_menu.close()
    _press(qtbot, dlg.edit_btn)
    edit = dlg.line_dialog
    assert isinstance(edit, LineEditDialog)
    _type(qtbot, edit.qty, "4")
    qtbot.keyClick(edit.qty, Qt.Key.Key_Return)
    assert dlg.order.lines[0].qty == Decimal("4.00") and "报价 ¥272.00" in dlg.total.text()
    _type(qtbot, dlg.accepted_by, "李娜")
    _press(qtbot, dlg.accept_btn)
    dlg.table.selectRow(0)
    assert not dlg.edit_btn.isEnabled() and not dlg.delete_btn.isEnabled()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Delete)
    assert len(dlg.order.lines) == 1


def test_enter_in_the_confirmer_field_adds_no_line(qtbot, ctx, store):
    order = _order(ctx, lines=("P-OIL",), accept=False)
    dlg = _dialog(qtbot, ctx, order.id)
    _type(qtbot, dlg.accepted_by, "李娜")
    qtbot.keyClick(dlg.accepted_by, Qt.Key.Key_Return)
    qtbot.keyClick(dlg.job, Qt.Key.Key_Return)
    assert len(rc.get_order(ctx.actor, order.id).lines) == 1 and dlg.isVisible()


def test_agreed_extra_work_is_in_the_total(qtbot, ctx, store):
    order = _order(ctx)  # 机油 68 + 常规保养 150 = 218, accepted
    dlg = _dialog(qtbot, ctx, order.id)
    for job, code in (("更换前刹车片", "P-BRKF"), ("更换雨刮片", "P-WIPER")):
        _type(qtbot, dlg.job, job)
        _choose(qtbot, dlg.extra_item.combo, code)
        _press(qtbot, dlg.extra_add)
        _press(qtbot, dlg.extra_submit)
    assert "待客户答复 ¥540.00" in dlg.total.text() and "合计 ¥218.00" in dlg.total.text()
    _type(qtbot, dlg.decided_by, "李娜")
    _choose(qtbot, dlg.group, "更换前刹车片")
    _press(qtbot, dlg.approve_btn)
    _press(qtbot, dlg.decline_btn)
    text = dlg.total.text()
    assert "报价 ¥218.00" in text and "已同意增项 ¥420.00" in text and "合计 ¥638.00" in text
    assert "已拒绝 ¥120.00" in text and "待客户答复" not in text
    assert "客户拒绝" in dlg.status_bar.currentMessage()
    assert rc.settlement_preview(ctx.actor, order.id).final_total == Decimal("638.00")


def test_settlement_is_not_offered_while_waiting_for_repair(qtbot, ctx, store, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    _order(ctx)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(2)
    page.board_view.setFocus()
    page.board_view.setCurrentIndex(page.board.index(0, 0))
    assert not page.settle_btn.isEnabled()
    assert [page.status.itemText(i) for i in range(page.status.count())][:2] == ["→ 维修中", "→ 等待配件"]
    assert "等待维修" not in page.status.currentText()  # the box offers moves, it does not read as the status
    qtbot.keyClick(page.board_view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not isinstance(page.active_dialog, SettleDialog)
    assert told and "等待维修" in told[0]


def test_a_skipped_step_asks_for_a_reason(qtbot, ctx, store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("客户急用，质检由主管路试代替", True))
    order = _order(ctx)
    rc.change_status(ctx.actor, order.id, "in_repair", now=NOW)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(2)
    page.board_view.setCurrentIndex(page.board.index(0, 0))
    _choose(qtbot, page.status, "待交车")
    assert "需填原因" in page.status.currentText()
    page.board_view.setFocus()
    qtbot.keyClick(page.board_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    detail = rc.get_order(ctx.actor, order.id)
    assert detail.status == "ready" and detail.history[-1].note == "客户急用，质检由主管路试代替"
    assert page.settle_btn.isEnabled()


def test_dispatch_two_lines_to_two_technicians_and_see_the_board(qtbot, qtmodeltester, ctx, store):
    make_user("tech1", "周师傅", "front_desk", technician=True)
    make_user("tech2", "吴师傅", "front_desk", technician=True)
    make_user("tech3", "郑师傅", "front_desk", technician=True)
    order = _order(ctx, lines=("L-MAINT", "L-DIAG"))
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(3)
    qtmodeltester.check(page.workshop)
    qtmodeltester.check(page.waiting)
    assert page.waiting.rowCount() == 2 and "2 项" in page.waiting_title.text()
    page.waiting_view.setCurrentIndex(page.waiting.index(0, 0))
    page.waiting_view.setFocus()
    qtbot.keyClick(page.waiting_view, Qt.Key.Key_Return)
    dlg = page.active_dialog
    assert isinstance(dlg, RepairOrderDialog)
    for row, tech in ((0, "周师傅"), (1, "吴师傅")):
        dlg.table.setFocus()
        dlg.table.selectRow(row)
        _choose(qtbot, dlg.technician, tech)
        _press(qtbot, dlg.dispatch_btn)
        assert f"已派给 {tech}" in dlg.status_bar.currentMessage()
    dlg.table.selectRow(0)
    _press(qtbot, dlg.start_btn)  # 周师傅 starts: the order moves on to 维修中
    assert dlg.order.status == "in_repair" and [ln.technician_name for ln in dlg.order.lines] == ["周师傅", "吴师傅"]
    qtmodeltester.check(dlg.model)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)

    page.tabs.setCurrentIndex(3)
    rows = [(r.technician, r.plate, r.name, r.state) for r in (page.workshop.row_at(i)
                                                               for i in range(page.workshop.rowCount()))]
    assert rows == [("周师傅", "粤B12345", "常规保养工时", "working"), ("吴师傅", "粤B12345", "故障诊断", "assigned"),
                    ("郑师傅", "", "", "")]
    assert page.workshop.data(page.workshop.index(0, 1)) == "施工中"
    assert page.workshop.data(page.workshop.index(2, 1)) == "空闲"
    assert page.waiting.rowCount() == 0
    qtmodeltester.check(page.workshop)
    page.tabs.setCurrentIndex(2)
    assert page.board.row_at(0).technicians == "周师傅、吴师傅"
    assert "周师傅、吴师傅" in [page.board.data(page.board.index(0, c)) for c in range(page.board.columnCount())]
    assert order.number == page.board.row_at(0).number
