"""The escalated-complaint banner (issue 22): it names the complaint, its button opens it on the complaints
page, and it goes once the complaint is handled."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dealerdesk.services.aftersales import complaints as cs
from dealerdesk.store.models import Complaint, Customer
from dealerdesk.ui.main_window import MainWindow
from tests.ui.conftest import NOW


@pytest.fixture
def late(store, ctx):
    """A customer's complaint ran past its resolution deadline yesterday and was escalated to the manager."""
    complaint = Complaint.create(customer=store["ids"][2], received_at=NOW - dt.timedelta(days=9),
                                 content="维修后异响", status="in_progress",
                                 first_response_due=NOW - dt.timedelta(days=8),
                                 first_responded_at=NOW - dt.timedelta(days=8, hours=-2),
                                 resolve_due=NOW - dt.timedelta(days=1))
    assert cs.escalate_overdue(ctx.actor, NOW) == [complaint.id]
    return complaint


@pytest.fixture
def window(qtbot, ctx, late):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_banner_names_the_escalated_complaint_and_opens_it(qtbot, window, late, store):
    banner = window.escalations
    assert banner.isVisible()
    name = Customer.get_by_id(store["ids"][2]).name
    assert banner.label.text().startswith(f"投诉已升级：{name} 的投诉")
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "complaints"
    tab = window.pages["complaints"].complaints
    selected = tab.selected()
    assert selected is not None and selected.id == late.id


def test_banner_goes_when_the_complaint_is_handled(qtbot, window, late, ctx):
    assert window.escalations.isVisible()
    cs.change_status(ctx.actor, late.id, "resolved", resolution="更换减震器，客户满意", now=NOW)
    ctx.bus.dueChanged.emit()  # what ui/ops emits after a use case that touched due items
    assert not window.escalations.isVisible()


def test_no_banner_without_an_escalation(qtbot, ctx, store):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.escalations is not None and not win.escalations.isVisible()
