"""Settings page: cadences and N-rule hours saved through the service, generic list, read-only for others."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.settings import get_setting
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.pages.settings import Page
from tests.ui.conftest import NOW


@pytest.fixture
def page(ctx, qtbot):
    widget = Page(ctx)
    qtbot.addWidget(widget)
    return widget


def row_of(page, key):
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == key)


def test_manager_changes_a_cadence_and_the_n_rule(page):
    low, high = page.cadence["B"]
    assert (low.value(), high.value()) == (5, 7)
    low.setValue(2)
    high.setValue(3)
    page.times["n_rule.same_day_due"].setTime(page.times["n_rule.same_day_due"].time().addSecs(3600))
    page.needs_approval.setChecked(False)
    assert page.save() == 3
    assert get_setting("cadence.B") == [2, 3]
    assert get_setting("n_rule.same_day_due") == "15:00"
    assert get_setting("defeat.needs_approval") is False
    assert page.save() == 0  # nothing changed since


def test_low_above_high_is_refused_next_to_the_cadences(page):
    page.cadence["A"][0].setValue(9)
    assert page.save() == -1
    assert page.cadence_msg.isVisibleTo(page) and "A" in page.cadence_msg.text()
    assert get_setting("cadence.A") == [3, 5]


def test_generic_list_edits_other_business_settings(page):
    r = row_of(page, "reminder.maintenance.first_months")
    page.table.item(r, 1).setText("4")
    assert page.save() == 1 and get_setting("reminder.maintenance.first_months") == 4
    page.table.item(r, 1).setText("四个月")
    assert page.save() == -1 and "JSON" in page.table_msg.text()


def test_others_read_only(store, qapp, qtbot):
    ctx = AppContext(actor=actor_for_login("li"), clock=lambda: NOW)
    widget = Page(ctx)
    qtbot.addWidget(widget)
    assert not widget.save_button.isEnabled()
    assert not widget.cadence["H"][0].isEnabled()
    assert "经理" in widget.status.text()


def test_autostart_only_on_windows(page):
    assert page.autostart.isEnabled() is (sys.platform == "win32")


def test_every_setting_shown_has_a_chinese_label(page):

    for r in range(page.table.rowCount()):
        key = page.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        assert page.table.item(r, 0).text() != key, f"{key} has no label"
