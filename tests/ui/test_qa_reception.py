"""QA: the 服务接待 buttons and shortcuts do what their labels say, without tracebacks or ambiguity."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from dealerdesk.services import reception as rc
from dealerdesk.store.models import Vehicle
from dealerdesk.ui.dialogs.appointment import AppointmentDialog
from dealerdesk.ui.dialogs.check_in import CheckInDialog
from dealerdesk.ui.dialogs.repair_order import RepairOrderDialog
from dealerdesk.ui.pages.reception import Page
from tests.factories import make_user


def _button(page, text):
    return next(b for b in page.findChildren(QPushButton) if b.text().startswith(text))


def test_open_order_button_opens_the_selected_order(qtbot, ctx, store):
    """clicked(bool) must not reach open_order(order_id=False) ("找不到工单 False")."""
    advisor = make_user("adv", "赵顾问", "service_advisor")
    car = Vehicle.get(Vehicle.plate == "粤B12345")
    rc.check_in(ctx.actor, rc.CheckInInput(customer_id=car.owner_id, vehicle_id=car.id, mileage_km=1000,
                                           advisor_id=advisor.id), now=ctx.clock())
    page = Page(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(2)
    page.board_view.setCurrentIndex(page.board.index(0, 0))
    _button(page, "打开工单").click()
    assert isinstance(page.active_dialog, RepairOrderDialog)
    page.active_dialog.reject()


def test_ctrl_shift_n_is_not_ambiguous_on_the_arrivals_tab(qtbot, ctx, store):
    """Help: Ctrl+Shift+N is 新预约 on the calendar and 散客接车 on 今日到店 — each must fire on its tab."""
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.tabs.setCurrentIndex(1)
    page.arrival_view.setFocus()
    qtbot.keyClick(page.arrival_view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(page.active_dialog, CheckInDialog)
    page.active_dialog.reject()
    page.tabs.setCurrentIndex(0)
    page.grid_view.setFocus()
    qtbot.keyClick(page.grid_view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(page.active_dialog, AppointmentDialog)
    page.active_dialog.reject()
