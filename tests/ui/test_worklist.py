"""The worklist page: sections and colours, logging a follow-up with the keyboard, snoozing, the model."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from dealerdesk.services.sales import leads
from dealerdesk.store.models import Interaction
from dealerdesk.ui.dialogs.follow_up import FollowUpDialog
from dealerdesk.ui.pages.worklist import RED, Page
from tests.ui.conftest import NOW


@pytest.fixture
def page(ctx, store, qtbot):
    # a second lead, due today at 14:00 (N received this morning)
    leads.create_lead(ctx.actor, leads.LeadInput(customer_id=store["ids"][2], level="N", owner_id=store["sales"].id,
                                                 received_at=NOW - dt.timedelta(hours=1)), at=NOW)
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def commit_text(widget, text: str) -> None:
    """What an IME (Pinyin input) does when the user picks characters: one commit event."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def names(rows):
    return [w.item.customer_name for w in rows]


def test_sections_and_overdue_in_red(page, qtmodeltester):
    assert names(page.worklist.overdue) == ["张伟"] and names(page.worklist.today) == ["李娜"]
    index = page.model.index(0, 0)
    assert index.data() == "逾期 2 天"  # overdue since yesterday 10:00, now into the second 24 h
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == RED
    assert page.tabs.tabText(1) == "逾期 (1)"
    qtmodeltester.check(page.model)


def test_log_a_follow_up_with_the_keyboard(page, qtbot):
    page.view.setFocus()
    assert page.current().item.customer_name == "张伟"
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    dialog = page.active_dialog
    assert isinstance(dialog, FollowUpDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.content)  # typing goes straight in
    # QTest types key events, i.e. ASCII; Chinese arrives through the input method (see below)
    qtbot.keyClicks(dialog.content, "call: test drive Sat")
    qtbot.keyClick(dialog.content, Qt.Key.Key_Tab)  # content → result
    commit_text(QApplication.focusWidget(), "约试驾")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    inter = Interaction.get()
    assert (inter.content, inter.result, inter.channel) == ("call: test drive Sat", "约试驾", "phone")
    assert "张伟" not in names(page.worklist.overdue)
    assert "张伟" in names(page.worklist.upcoming)  # H: next contact 1–2 days later


def test_empty_content_is_refused_next_to_the_field(page, qtbot):
    page.log_follow_up()
    dialog = page.active_dialog
    dialog.accept()
    assert dialog.isVisible() and dialog.content_msg.isVisible()
    assert "跟进内容" in dialog.content_msg.text()
    dialog.reject()


def test_snooze_hides_the_row_until_then(page, ctx):
    page.view.selectRow(0)
    page.snooze_selected(NOW + dt.timedelta(hours=1))
    assert "张伟" not in names(page.worklist.rows())
    ctx.clock = lambda: NOW + dt.timedelta(hours=1)
    page.refresh()
    assert "张伟" in names(page.worklist.overdue)


def test_manager_filters_by_consultant(page, store):
    page.consultant.setCurrentIndex(page.consultant.findData("li"))
    assert names(page.worklist.rows()) == ["李娜"]  # 张伟's old follow-up has no owner
    page.consultant.setCurrentIndex(0)
    assert set(names(page.worklist.rows())) == {"张伟", "李娜"}
