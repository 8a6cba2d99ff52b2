"""新预约 fits and tells the truth: placeholders not cut off, "这一天没有可约的时段" shown as soon as the day has
no free slot and gone as soon as a day with one is chosen."""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate

from dealerdesk.ui.dialogs.appointment import AppointmentDialog
from tests.factories import make_user


def _dialog(qtbot, ctx, at: dt.datetime) -> AppointmentDialog:
    make_user("adv", "赵顾问", "service_advisor")
    dialog = AppointmentDialog(dataclasses.replace(ctx, clock=lambda: at))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_placeholders_fit_their_boxes(qtbot, ctx):
    dialog = _dialog(qtbot, ctx, dt.datetime(2026, 10, 15, 10, 0))
    for box in (dialog.search, dialog.work):
        needed = box.fontMetrics().horizontalAdvance(box.placeholderText())
        assert box.width() - 12 >= needed, (box.placeholderText(), box.width(), needed)
    assert dialog.width() >= 440


def test_no_free_slot_is_said_at_once_and_goes_when_a_free_day_is_chosen(qtbot, ctx):
    evening = dt.datetime(2026, 10, 15, 19, 0)  # every slot of today is past
    dialog = _dialog(qtbot, ctx, evening)
    message = dialog.errors.labels["start"]
    assert dialog.date.date() == QDate(2026, 10, 16)  # after 17:00 the dialog starts on tomorrow
    assert message.isHidden() and dialog.slot.count() > 0
    dialog.date.setDate(QDate(2026, 10, 15))
    assert dialog.slot.count() == 0 and message.text() == "这一天没有可约的时段" and not message.isHidden()
    assert message.width() >= message.fontMetrics().horizontalAdvance(message.text())  # not cut off
    dialog.date.setDate(QDate(2026, 10, 16))
    assert dialog.slot.count() > 0 and message.isHidden()


def test_ok_on_a_day_without_slots_keeps_the_dialog_open_with_the_reason(qtbot, ctx):
    dialog = _dialog(qtbot, ctx, dt.datetime(2026, 10, 15, 19, 0))
    dialog.date.setDate(QDate(2026, 10, 15))
    dialog._save()
    assert dialog.result_row is None and dialog.isVisible()
    assert dialog.errors.labels["start"].text() == "这一天没有可约的时段"
