"""客户活动 page: check in two invitees and one walk-in at an event with the keyboard, invite from the search
and from a filter, record replies, see the results, print the summary; every table model passes qtmodeltester."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from dealerdesk.services import events as ev
from dealerdesk.services.auth import actor_for_login
from dealerdesk.store.models import Customer, EventAttendance, EventInvitation, Lead
from dealerdesk.ui import printing
from dealerdesk.ui.dialogs.event import EventDialog, EventWalkInDialog, FilterInviteDialog
from dealerdesk.ui.pages.events import Page
from tests.ui.conftest import NOW
from tests.ui.printer import answer_save_dialog, pages, pdf_printer, pdf_text

DAY = NOW.replace(hour=9, minute=0)  # the event is this morning; the clock says 10:00


def type_text(qtbot, widget, text: str) -> None:
    """Typed as a person does: keys for ASCII, the input method's commit for Chinese."""
    edit = getattr(widget, "edit", widget)  # the validated fields wrap a QLineEdit
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    if edit is not widget:
        widget.changed.emit()


@pytest.fixture
def event_id(store):
    boss = actor_for_login("boss")
    event = ev.create_event(boss, ev.records.EventInput(name="凯美瑞试驾日", kind="test_drive_day", starts_at=DAY,
                                                        place="展厅"), at=NOW - dt.timedelta(days=7))
    zhang, wang = store["ids"][0], store["ids"][1]
    ev.invite(boss, event.id, [zhang, wang], at=NOW - dt.timedelta(days=6))
    return event.id


@pytest.fixture
def page(ctx, qtbot, event_id):
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_check_in_two_invitees_and_one_walk_in(page, store, qtbot, monkeypatch, qtmodeltester, event_id):
    assert page.event_row.id == event_id
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter on the event opens its door
    door = page.check_in
    assert page.tabs.currentWidget() is door and door.search_line.hasFocus()

    # invitee 1: 王芳 by name; Enter finds, Enter again checks in
    type_text(qtbot, door.search_line, "王芳")
    qtbot.keyClick(door.search_line, Qt.Key.Key_Return)
    assert door.hits.rowCount() == 1 and door.hits.row_at(0).invited
    qtmodeltester.check(door.hits)
    qtbot.keyClick(door.search_line, Qt.Key.Key_Return)
    assert "王芳 签到成功（受邀）" in door.message.text()
    assert door.search_line.text() == "" and door.search_line.hasFocus()

    # invitee 2: 张伟 by the last four digits of the phone, chosen with Down and Enter in the hits
    type_text(qtbot, door.search_line, "8000")
    qtbot.keyClick(door.search_line, Qt.Key.Key_Return)
    assert door.hits.row_at(0).hit.name == "张伟"
    qtbot.keyClick(door.search_line, Qt.Key.Key_Down)
    assert door.hits_view.hasFocus()
    qtbot.keyClick(door.hits_view, Qt.Key.Key_Return)
    assert "张伟 签到成功" in door.message.text()

    # a newcomer: 现场登记 (F8) opens the walk-in form with the event as the source
    seen = {}

    def fill(dialog):
        qtbot.addWidget(dialog)
        seen["title"] = dialog.windowTitle()
        seen["source"] = dialog.source.currentData()
        type_text(qtbot, dialog.name, "孙七")
        type_text(qtbot, dialog.phone, "13900000007")
        dialog.test_drive.setChecked(True)
        dialog.driven.setCurrentText("凯美瑞")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EventWalkInDialog, "exec", fill)
    qtbot.keyClick(door.search_line, Qt.Key.Key_F8)
    assert seen == {"title": "现场登记 — 凯美瑞试驾日", "source": "event"}

    assert door.model.rowCount() == 3
    qtmodeltester.check(door.model)
    assert [door.model.row_at(i).name for i in range(3)] == ["王芳", "张伟", "孙七"]
    assert [door.model.row_at(i).walk_in for i in range(3)] == [False, False, True]
    assert "已签到 3 人（其中现场来宾 1 人）" in door.count.text()
    walk_lead = Lead.get(Lead.event == event_id)
    assert walk_lead.customer.name == "孙七" and walk_lead.source == "event"
    assert EventAttendance.select().where(EventAttendance.event == event_id).count() == 3

    # the results tab counts them
    page.tabs.setCurrentWidget(page.results)
    figures = page.results.values
    assert (figures["invited"].text(), figures["attended"].text(), figures["walk_ins"].text(),
            figures["leads"].text(), figures["test_drives"].text()) == ("2", "3", "1", "1", "1")


def test_invite_by_search_and_by_filter_then_record_replies(page, store, qtbot, monkeypatch, qtmodeltester):
    tab = page.invitations
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 2
    qtmodeltester.check(tab.model)
    type_text(qtbot, tab.search_line, "李娜")
    qtbot.keyClick(tab.search_line, Qt.Key.Key_Return)
    qtmodeltester.check(tab.hits)
    qtbot.keyClick(tab.hits_view, Qt.Key.Key_Return)  # Enter on the hit invites it
    assert tab.model.rowCount() == 3 and "新邀请 1 位" in tab.message.text()

    Customer.update(consent=True).where(Customer.name.in_(["李娜", "单田芳"])).execute()

    def by_city(dialog):
        qtbot.addWidget(dialog)
        dialog.city.setCurrentIndex(dialog.city.findData("深圳"))  # 张伟 (invited), 李娜 (invited), 单田芳
        assert dialog.count.text().startswith("3 位客户")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(FilterInviteDialog, "exec", by_city)
    tab.filter_button.click()
    # 单田芳 is new, 李娜 was invited by hand; 张伟 has not consented to be contacted: left out
    assert tab.model.rowCount() == 4
    assert "新邀请 1 位；1 位已邀请过；1 位未同意接收联系，未邀请" in tab.message.text()

    replies = page.replies
    page.tabs.setCurrentWidget(replies)
    qtmodeltester.check(replies.model)
    replies.view.setFocus()
    replies.view.selectRow(0)
    qtbot.keyClick(replies.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # 参加
    first = replies.model.row_at(0).customer_id
    assert EventInvitation.get(EventInvitation.customer == first).reply == "yes"
    assert replies.view.currentIndex().row() == 1  # on to the next invitee
    qtbot.keyClick(replies.view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 不参加
    assert "参加 1" in replies.summary.text() and "不参加 1" in replies.summary.text()


def test_new_event_dialog_and_the_events_model(page, qtbot, monkeypatch, qtmodeltester):
    qtmodeltester.check(page.model)

    def fill(dialog):
        qtbot.addWidget(dialog)
        type_text(qtbot, dialog.name, "车主答谢会")
        dialog.kind.setCurrentIndex(dialog.kind.findData("owner_party"))
        type_text(qtbot, dialog.place, "二楼")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", fill)
    page.new_action().trigger()
    assert page.event_row.name == "车主答谢会" and page.model.rowCount() == 2
    assert page.tabs.currentWidget() is page.invitations


def test_empty_name_is_refused_next_to_the_field(ctx, qtbot):
    dialog = EventDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.messages["name"].text() == "请填写活动名称"


def test_cancel_asks_and_keeps_the_event_read_only(page, monkeypatch):
    monkeypatch.setattr(page, "ask_reason", lambda text: ("", False))
    page.cancel_event()
    assert page.event_row.status == "planned"  # said no: nothing changed
    monkeypatch.setattr(page, "ask_reason", lambda text: ("场地冲突", True))
    page.cancel_event()
    page.show_cancelled.setChecked(True)
    assert page.event_row.status == "cancelled"
    assert not page.edit_button.isEnabled() and not page.check_in.writable()


def test_print_summary_prints_it_and_save_as_pdf_writes_it(page, tmp_path, monkeypatch):
    page.tabs.setCurrentWidget(page.results)
    printed = tmp_path / "printed.pdf"
    assert page.results.print_summary(accept=lambda printer: pdf_printer(printer, printed)) == 1
    assert pages(printed) == 1
    asked = []
    monkeypatch.setattr(printing, "ask", lambda printer, parent: asked.append(parent) or False)  # cancelled
    page.results.print_button.click()
    assert asked == [page.results]  # the button goes to the print dialog, not a save dialog
    out = tmp_path / "活动总结.pdf"
    start = answer_save_dialog(monkeypatch, out)
    page.results.save_pdf_button.click()
    assert start == [str(printing.documents_dir() / "活动总结-凯美瑞试驾日.pdf")]
    text = pdf_text(out)
    assert "活动总结" in text and "凯美瑞试驾日" in text and "邀请回复" in text


def test_invite_a_saved_segment_leaves_out_who_did_not_consent(ctx, qtbot, store, event_id):
    from dealerdesk.services.campaigns.segments import save_segment, segment_customer_ids
    from dealerdesk.services.customers.listing import CustomerFilter

    boss = actor_for_login("boss")
    segment = save_segment(boss, "深圳客户", CustomerFilter(city="深圳", now=NOW), at=NOW)
    members = segment_customer_ids(boss, segment.id)
    Customer.update(consent=True).where(Customer.id.in_(members[:2])).execute()
    Customer.update(consent=False).where(Customer.id.in_(members[2:])).execute()
    consenting = {c.id for c in Customer.select().where(Customer.id.in_(members), Customer.consent == True)}
    dialog = FilterInviteDialog(ctx, event_id)
    qtbot.addWidget(dialog)
    dialog.segment.setCurrentIndex(dialog.segment.findData(segment.id))
    assert not dialog.city.isEnabled()  # the segment brings its own conditions
    assert dialog.count.text().startswith(f"{len(members)} 位客户")
    dialog.save()
    invited = {i.customer_id for i in EventInvitation.select().where(EventInvitation.event == event_id)}
    assert len(members) == 3 and consenting == set(members[:2]) and consenting <= invited
    assert not (set(members) - consenting) & (invited - {store["ids"][0], store["ids"][1]})
    assert dialog.result_data.no_consent == len(set(members) - consenting)
