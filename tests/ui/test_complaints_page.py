"""The 投诉与回访 page: receive a complaint, walk it to closed (only allowed steps offered, confirmation
before closing), overdue in red and escalated; record a survey."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dealerdesk.services.aftersales import complaints as cs
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer, get_customer
from dealerdesk.store.models import Complaint, Survey
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.complaint import ComplaintDialog
from dealerdesk.ui.dialogs.survey import SurveyDialog
from dealerdesk.ui.models.columns import RED
from dealerdesk.ui.pages.complaints import Page
from tests.factories import make_user


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 10, 10, 0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture()
def page(qtbot, tmp_path):
    from dealerdesk.store.db import close_store, open_store

    open_store(tmp_path / "kp.db", create=True)
    desk = make_user("desk", "前台小周", "front_desk")
    make_user("boss", "赵经理", "manager")
    cid = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"])).id
    clock = Clock()
    ctx = AppContext(actor=desk, clock=clock)
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.show()
    yield widget, cid, clock
    close_store()


def _receive(widget, cid) -> None:
    dialog = ComplaintDialog(widget.ctx, widget, customer_id=cid)
    dialog.category.setCurrentIndex(dialog.category.findData("waiting"))
    dialog.content.setPlainText("保养等了四个小时")
    dialog.save()
    assert dialog.result_row is not None
    widget.complaints.refresh()


def test_empty_content_is_shown_under_the_field(page):
    widget, cid, _clock = page
    dialog = ComplaintDialog(widget.ctx, widget, customer_id=cid)
    dialog.save()
    assert dialog.result_row is None and not dialog.messages["content"].isHidden()



def test_the_content_message_goes_as_soon_as_content_is_typed(page, qtbot):
    widget, cid, _clock = page
    dialog = ComplaintDialog(widget.ctx, widget, customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.messages["content"].text() == "请填写投诉内容"
    dialog.content.setFocus()
    qtbot.keyClicks(dialog.content, "kehu")  # typed, not yet saved: the message must not stay beside the text
    assert dialog.messages["content"].isHidden()


def test_close_a_complaint_step_by_step(page, monkeypatch, qtmodeltester):
    widget, cid, _clock = page
    _receive(widget, cid)
    tab = widget.complaints
    qtmodeltester.check(tab.model)
    tab.table.selectRow(0)
    assert tab.step_buttons["in_progress"].isEnabled() and not tab.step_buttons["closed"].isEnabled()
    tab.step_buttons["in_progress"].click()
    tab.table.selectRow(0)
    assert tab.step_buttons["resolved"].isEnabled() and not tab.step_buttons["closed"].isEnabled()
    assert tab.step(tab.selected(), "resolved", "致歉并赠送一次免费洗车")
    tab.status.setCurrentIndex(tab.status.findData(None))
    tab.table.selectRow(0)
    assert tab.step_buttons["closed"].isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.step_buttons["closed"].click()
    assert Complaint.get().status == "resolved"  # declined: nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.table.selectRow(0)
    tab.step_buttons["closed"].click()
    assert Complaint.get().status == "closed"
    assert Complaint.get().resolution == "致歉并赠送一次免费洗车"


def test_overdue_complaint_is_red_and_escalated(page):
    widget, cid, clock = page
    _receive(widget, cid)
    clock.now += dt.timedelta(hours=25)
    widget.complaints.refresh()
    tab = widget.complaints
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == RED
    assert "已升级" in tab.model.index(0, 5).data()
    assert cs.get_complaint(widget.ctx.actor, Complaint.get().id).escalated_at == clock.now


def test_record_a_survey(page, qtmodeltester):
    widget, cid, _clock = page
    dialog = SurveyDialog(widget.ctx, widget, customer_id=cid)
    dialog.save()
    assert dialog.result_row is None and not dialog.messages["overall"].isHidden()  # overall is required
    for name, code in (("overall", "very_satisfied"), ("repurchase", "gt70"), ("recommend", "very_likely")):
        dialog.combos[name].setCurrentIndex(dialog.combos[name].findData(code))
    dialog.save()
    assert Survey.select().count() == 1
    widget.surveys.refresh()
    qtmodeltester.check(widget.surveys.model)
    assert widget.surveys.model.index(0, 3).data() == "非常满意"
    assert get_customer(SYSTEM, cid).value_score == 30
