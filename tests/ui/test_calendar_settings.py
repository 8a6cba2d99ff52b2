"""The 营业日历 tab of the settings page: the holiday data's years, weekly hours, the store's own days."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from dealerdesk.domain import official_days
from dealerdesk.services.settings import get_setting
from dealerdesk.ui.pages.settings import Page
from tests.ui.conftest import NOW


@pytest.fixture
def page(ctx, qtbot):
    widget = Page(ctx)
    qtbot.addWidget(widget)
    return widget


def test_the_page_shows_the_holiday_data_years(page):
    first, last = official_days.data_years()
    note = page.findChild(QLabel, "holidayDataNote")
    assert f"{first}–{last}" in note.text()
    # NOW is October 2026: the next 12 months reach 2027, which the data does not have yet
    assert (NOW + dt.timedelta(days=365)).year > last
    assert "尚未收录" in note.text() and "b26a00" in note.styleSheet()


def test_the_preview_lists_the_coming_holidays(page):
    preview = page.findChild(QLabel, "closedDaysPreview").text()
    assert "国庆节" not in preview  # 15 Oct: 国庆 is over
    assert "元旦" in preview  # 2027-01-01, a statutory day past the data


def test_weekly_hours_and_own_closed_days_are_saved(page, qtbot):
    page.tabs.setCurrentIndex(page.tab_of["calendar.hours"])
    hours = page.editors["calendar.hours"]
    sunday_check = hours.rows[6][0]
    sunday_check.setChecked(False)
    assert not hours.rows[6][1].isEnabled()  # the times of a closed day cannot be edited
    days = page.editors["calendar.closed_days"].control
    qtbot.keyClicks(days, "2026-11-02, 2026-11-10/2026-11-12")
    assert page.save() == 2
    assert get_setting("calendar.hours")["sun"] == []
    assert get_setting("calendar.closed_days") == ["2026-11-02", "2026-11-10/2026-11-12"]
    preview = page.findChild(QLabel, "closedDaysPreview").text()
    assert "11-02 门店休息" in preview and "11-10–11-12 门店休息" in preview
    assert "每周休息日" in preview  # the Sundays


def test_a_wrong_day_is_refused_next_to_the_field(page, qtbot):
    qtbot.keyClicks(page.editors["calendar.extra_open_days"].control, "2026-02-30")
    assert page.save() == -1
    assert "2026-02-30" in page.messages["calendar.extra_open_days"].text()
    assert get_setting("calendar.extra_open_days") == []
