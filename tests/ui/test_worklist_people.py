"""The worklist by role (issue 22): kinds of task with counts, every owner in the filter, the manager's sums
per person with a drill-down to that person's items."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dealerdesk.store.models import Reminder, Vehicle
from dealerdesk.ui.pages.worklist import Page
from tests.factories import make_user
from tests.ui.conftest import NOW


@pytest.fixture
def service_store(store):
    """A service advisor who owns both insurance reminders of one vehicle."""
    wu = make_user("wu", "吴服务", "service_advisor")
    cid = store["ids"][3]
    car = Vehicle.create(owner=cid, plate="粤B12345")
    for kind in ("insurance_compulsory", "insurance_commercial"):
        Reminder.create(kind=kind, customer=cid, owner=wu.id, vehicle=car.id, due_at=NOW - dt.timedelta(hours=2),
                        overdue_at=NOW + dt.timedelta(days=5), dedupe_key=f"{kind}:v{car.id}")
    return {**store, "wu": wu}


@pytest.fixture
def page(ctx, service_store, qtbot):
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def people(page):
    return [page.people_model.row_at(r) for r in range(page.people_model.rowCount())]


def test_service_staff_are_in_the_owner_filter(page):
    assert page.consultant.findData("wu") >= 0
    assert page.consultant.itemText(page.consultant.findData("wu")) == "吴服务（服务顾问）"
    assert page.consultant.findData("li") >= 0


def test_manager_sees_sums_per_person(page, qtmodeltester):
    assert page.views.currentIndex() == 0 and page.views.tabText(0) == "按人员汇总"
    sums = {p.login: p for p in people(page)}
    assert sums["wu"].today == 1 and sums["wu"].by_group == {"insurance": 1}  # both insurances: one task
    assert sums["boss"].total == 0
    row = [p.login for p in people(page)].index("wu")
    assert page.people_model.index(row, 0).data() == "吴服务"
    assert page.people_model.index(row, 6).data() == "保险续保 1"
    qtmodeltester.check(page.people_model)
    qtmodeltester.check(page.model)


def test_double_click_on_a_person_shows_their_items(page, qtbot):
    row = [p.login for p in people(page)].index("wu")
    rect = page.people_view.visualRect(page.people_model.index(row, 0))
    qtbot.mouseClick(page.people_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.views.currentIndex() == 0  # a click selects the person
    qtbot.mouseDClick(page.people_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.views.currentIndex() == 1
    assert page.consultant.currentData() == "wu"
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert [w.item.owner for w in shown] == ["wu"]
    assert page.model.index(0, 3).data() == "保险续保（交强险续保、商业险续保）"


def test_enter_on_a_person_drills_down_too(page, qtbot):
    page.people_view.setFocus()
    page.people_view.selectRow([p.login for p in people(page)].index("li"))
    qtbot.keyClick(page.people_view, Qt.Key.Key_Return)
    assert page.consultant.currentData() == "li" and page.views.currentIndex() == 1


def test_kinds_of_task_are_listed_with_counts_and_filter(page):
    texts = [page.groups.item(i).text() for i in range(page.groups.count())]
    assert texts[0] == "全部事项 (2)"
    assert "保险续保 (1)" in texts and "线索跟进 (1)" in texts
    page.groups.setCurrentRow(texts.index("保险续保 (1)"))
    assert [page.model.row_at(r).group for r in range(page.model.rowCount())] == ["insurance"]
    assert page.tabs.tabText(0) == "全部 (1)"
    page.refresh()  # the chosen kind stays chosen
    assert page.groups.currentItem().text() == "保险续保 (1)"
