"""The appointment grid and dialog follow the store calendar: a holiday has no slots and says why."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dealerdesk.ui.dialogs.appointment import AppointmentDialog
from dealerdesk.ui.pages.reception import SlotGridModel
from tests.factories import make_user


def test_a_week_starting_on_a_holiday_still_has_its_slots(ctx, qtmodeltester):
    grid = SlotGridModel()
    week = [dt.date(2026, 10, 5) + dt.timedelta(days=i) for i in range(7)]  # 5–7 Oct are 国庆
    grid.load(week, [], 2)
    qtmodeltester.check(grid)
    assert grid.rowCount() > 0  # taken from the open days, not from the holiday Monday
    assert grid.headerData(0, Qt.Orientation.Horizontal).endswith("休") and not grid.headerData(3, Qt.Orientation.Horizontal).endswith("休")
    holiday_cell = grid.index(0, 0)
    assert "国庆节" in grid.data(holiday_cell, Qt.ItemDataRole.ToolTipRole)
    assert grid.data(holiday_cell, Qt.ItemDataRole.BackgroundRole) == SlotGridModel.CLOSED
    assert grid.data(grid.index(0, 3), Qt.ItemDataRole.BackgroundRole) is None


def test_booking_on_a_holiday_says_the_store_is_closed(ctx, qtbot):
    make_user("adv", "赵顾问", "service_advisor")
    dialog = AppointmentDialog(ctx, day=dt.date(2027, 1, 1))  # 元旦: statutory, past the library's data
    qtbot.addWidget(dialog)
    assert dialog.slot.count() == 0
    message = dialog.errors.labels["start"]
    assert not message.isHidden() and "门店休息" in message.text() and "元旦" in message.text()
    dialog.date.setDate(dt.date(2027, 1, 4))  # a working Monday: the message goes, slots come
    assert message.isHidden() and dialog.slot.count() > 0

