"""客户营销 (issue 24 part A) in the GUI: a segment saved from the customer list, a call list for two
consultants with a call logged from the worklist, a birthday batch previewed and exported; every model checked."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dealerdesk.services import campaigns
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.customers import listing
from dealerdesk.services.customers.listing import CustomerFilter
from dealerdesk.store.models import CallListEntry, Customer, Interaction, Segment
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.campaigns import BatchDialog, CallListDialog, SegmentEditor
from tests.factories import make_user
from tests.ui.conftest import NOW


@pytest.fixture
def consenting(store):
    Customer.update(consent=True, gender="M").execute()
    return store


def _run_modal(monkeypatch, cls, fill):
    """A modal dialog's exec(): fill it in and press its main button, as the person would."""
    def fake_exec(self):
        fill(self)
        self.save()
        return self.result()
    monkeypatch.setattr(cls, "exec", fake_exec)


def test_save_a_segment_from_the_customer_list(ctx, consenting, qtbot, monkeypatch):
    from dealerdesk.ui.pages.customers import Page as CustomersPage

    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.city.setCurrentIndex(page.city.findData("深圳"))
    shown = page.model.rowCount()
    assert shown == 3

    def fill(editor):
        assert editor.count.text() == "符合条件的客户：3 位"  # the live count before saving
        editor.name.setText("深圳客户")
    _run_modal(monkeypatch, SegmentEditor, fill)
    row = page.save_as_segment()
    assert row is not None and Segment.get(Segment.name == "深圳客户").id == row.id
    assert row.filter == CustomerFilter(city="深圳")
    assert campaigns.segment_count(ctx.actor, row.id) == shown == listing.count(ctx.actor, row.filter)


def test_segment_editor_live_count_follows_the_filter(ctx, consenting, qtbot):
    editor = SegmentEditor(ctx)
    qtbot.addWidget(editor)
    assert editor.update_count() == 6
    editor.city.setCurrentIndex(editor.city.findData("广州"))
    assert editor.update_count() == 2
    editor.model_owned.setText("没有这种车")
    assert editor.update_count() == 0


def test_call_list_for_two_consultants_and_a_call_logged_from_the_worklist(ctx, consenting, qtbot, monkeypatch):
    from dealerdesk.ui.pages.campaigns import Page
    from dealerdesk.ui.pages.worklist import Page as WorklistPage

    second = make_user("zhao", "赵顾问", "sales")
    seg = campaigns.save_segment(ctx.actor, "全部客户", CustomerFilter())
    page = Page(ctx)
    qtbot.addWidget(page)

    def fill(dialog):
        dialog.name.setText("国庆回访")
        dialog.segment.setCurrentIndex(dialog.segment.findData(seg.id))
        dialog.check_callers([consenting["sales"].id, second.id])
    _run_modal(monkeypatch, CallListDialog, fill)
    page.call_lists.new_call_list()
    lists = page.call_lists.lists
    assert lists.rowCount() == 1 and lists.row_at(0).total == 6
    assert sorted(c.total for c in lists.row_at(0).callers) == [3, 3]
    assert page.call_lists.callers.rowCount() == 2 and page.call_lists.entries.rowCount() == 6

    li = AppContext(actor=actor_for_login("li"), db_label="ui.db", clock=lambda: NOW)
    work = WorklistPage(li)
    qtbot.addWidget(work)
    rows = [i for i in range(work.model.rowCount()) if work.model.row_at(i).group == "campaign_call"]
    if not rows:  # the page opens on a section tab; the calls are due today
        for t in range(work.tabs.count()):
            work.tabs.setCurrentIndex(t)
            rows = [i for i in range(work.model.rowCount()) if work.model.row_at(i).group == "campaign_call"]
            if rows:
                break
    assert len(rows) == 3
    work.view.setCurrentIndex(work.model.index(rows[0], 0))
    assert work.buttons["log"].isEnabled() and not work.buttons["snooze"].isEnabled()
    entry_id = work.current().item.item_id
    work.log_follow_up()
    dialog = work.active_dialog
    dialog.result.setCurrentIndex(dialog.result.findData("appointment"))
    dialog.note.setText("约周六上午保养")
    dialog.save()
    done = CallListEntry.get_by_id(entry_id)
    assert done.status == "done" and done.result == "appointment"
    assert Interaction.get_by_id(done.interaction_id).content == "约周六上午保养"
    remaining = [w for w in work.worklist.rows() if w.group == "campaign_call"]
    assert len(remaining) == 2


def test_birthday_batch_previewed_and_exported(ctx, consenting, qtbot, monkeypatch, tmp_path):
    from dealerdesk.ui.pages.campaigns import Page

    ids = consenting["ids"]
    Customer.update(birthday=dt.date(1990, 10, 16), birthday_kind="solar").where(Customer.id == ids[0]).execute()
    page = Page(ctx)
    qtbot.addWidget(page)
    tab = page.batches
    assert "生日祝福" in tab.greetings.text()
    rows = [tab.batches.row_at(i) for i in range(tab.batches.rowCount())]
    birthday = next(b for b in rows if b.kind == "birthday")
    assert birthday.planned_for == dt.date(2026, 10, 16) and birthday.size == 1
    tab.batches_view.selectRow(rows.index(birthday))
    assert tab.messages.rowCount() == 1
    assert tab.messages.row_at(0).text.startswith("张先生，")
    target = tmp_path / "生日祝福.xlsx"
    monkeypatch.setattr(tab, "choose_file", lambda name: str(target))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    tab.export()
    sheet = load_workbook(target).active
    values = list(sheet.values)
    assert values[0] == ("手机号", "内容") and values[1][0] == "13800138000" and "生日快乐" in values[1][1]
    assert Interaction.select().where(Interaction.channel == "sms", Interaction.customer == ids[0]).count() == 1
    assert tab.batches.row_at(rows.index(birthday)).status == "exported"


def test_batch_dialog_previews_the_template_for_one_customer(ctx, consenting, qtbot):
    seg = campaigns.save_segment(ctx.actor, "深圳", CustomerFilter(city="深圳"))
    dialog = BatchDialog(ctx, campaigns.list_segments(ctx.actor))
    qtbot.addWidget(dialog)
    dialog.segment.setCurrentIndex(dialog.segment.findData(seg.id))
    dialog.template.setPlainText("{称呼}您好，{门店}{活动日期}举办试驾日")
    dialog.event_date.setText("12月20日")
    assert dialog.update_preview().startswith("张先生您好，") and dialog.update_preview().endswith("12月20日举办试驾日")
    dialog.template.setPlainText("{没有的字段}")
    assert dialog.update_preview() == "" and "不是可用的字段" in dialog.preview.text()


def test_every_campaign_model_passes_the_model_tester(ctx, consenting, qtbot, qtmodeltester, tmp_path):
    from dealerdesk.ui.pages.campaigns import Page

    seg = campaigns.save_segment(ctx.actor, "全部客户", CustomerFilter())
    campaigns.create_call_list(ctx.actor, "回访", seg.id, [consenting["sales"].id], at=NOW)
    campaigns.create_batch(ctx.actor, "群发", "{称呼}您好", segment_id=seg.id, at=NOW)
    page = Page(ctx)
    qtbot.addWidget(page)
    for model in (page.segments.model, page.call_lists.lists, page.call_lists.callers, page.call_lists.entries,
                  page.batches.batches, page.batches.messages):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert page.call_lists.lists.data(page.call_lists.lists.index(0, 0), Qt.ItemDataRole.DisplayRole) == "回访"
