"""目标与绩效 page: a month's targets typed for two consultants from the keyboard and saved; a mismatch with the
store's target shown in the table and the save refused with the sentence; the other tabs load."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.targets import month_targets, set_year_plan
from dealerdesk.store.models import VehicleModel
from dealerdesk.ui import printing
from tests.factories import make_user
from tests.ui.printer import answer_save_dialog, pages, pdf_printer, pdf_text


@pytest.fixture
def page(store, ctx, qtbot):
    make_user("wang", "王顾问", "sales")
    VehicleModel.create(brand="吉利", name="星越L", price=150000)
    set_year_plan(actor_for_login("boss"), 2026, {("2026-10", "星越L"): 5})
    from dealerdesk.ui.pages.targets import Page

    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _type(qtbot, view, text: str, key=Qt.Key.Key_Tab) -> None:
    """Type as a person does: into whatever has the focus (the view, or the cell editor Tab/Enter opened)."""
    for char in text:  # the first digit opens the cell's editor, which then has the focus
        qtbot.keyClicks(QApplication.focusWidget() or view, char)
    qtbot.keyClick(QApplication.focusWidget() or view, key)


def test_type_two_consultants_targets_and_save(page, qtbot, qtmodeltester):
    tab = page.month_tab
    grid, view = tab.grid, tab.view
    qtmodeltester.check(grid)
    assert [label for _k, label in grid.rows] == ["李顾问", "王顾问"]
    view.setFocus()
    view.setCurrentIndex(grid.index(0, 0))
    _type(qtbot, view, "3", Qt.Key.Key_Return)  # Enter moves to the next cell to type in: 王顾问's
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 0
    _type(qtbot, view, "1")
    assert grid.column_total("星越L") == 4
    total = grid.index(len(grid.rows), 0)
    assert total.data(Qt.ItemDataRole.ForegroundRole) is not None  # wrong total in red, the sentence beside it
    assert "还差 1 台" in tab.message.text()
    assert not tab.save()
    assert tab.message.text() == "星越L：顾问订单目标合计 4 台，门店目标 5 台，还差 1 台"
    view.setCurrentIndex(grid.index(1, 0))
    _type(qtbot, view, "2")
    assert tab.message.text() == "" and grid.column_total("星越L") == 5
    # the leads of the two consultants, typed in the 集客 measure
    tab.measure.setCurrentIndex(tab.measure.findData("leads"))
    view.setFocus()
    view.setCurrentIndex(grid.index(0, 0))
    _type(qtbot, view, "12", Qt.Key.Key_Return)
    _type(qtbot, view, "8", Qt.Key.Key_Return)
    assert grid.column_total("星越L") == 20
    qtmodeltester.check(grid)
    assert tab.save()
    saved = {(line.login, line.model): (line.orders, line.leads)
             for line in month_targets(actor_for_login("boss"), "2026-10").lines}
    assert saved == {("li", "星越L"): (3, 12), ("wang", "星越L"): (2, 8)}


def test_other_tabs_load_and_their_models_pass(page, qtbot, qtmodeltester):
    page.tabs.setCurrentIndex(1)
    assert page.plans_tab.year_grid.value("2026-10", "星越L") == 5
    qtmodeltester.check(page.plans_tab.year_grid)
    page.tabs.setCurrentIndex(2)
    qtmodeltester.check(page.progress_tab.people)
    qtmodeltester.check(page.progress_tab.models)
    assert [r.key for r in page.progress_tab.result.consultants] == ["li", "wang"]
    page.tabs.setCurrentIndex(3)
    qtmodeltester.check(page.score_tab.cards)
    page.score_tab.cards_view.setCurrentIndex(page.score_tab.cards.index(0, 0))
    assert len(page.score_tab.trend_rows) == 6
    qtmodeltester.check(page.score_tab.trend)


def test_every_target_printout_prints_and_saves_as_pdf(page, qtbot, tmp_path, monkeypatch):
    """打印 sends the printout to the printer (print_pdf, never a save dialog); 另存为 PDF… writes it from
    Documents. For the target confirmation of the chosen consultant, the weekly progress and the scorecards."""
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    month, progress, score = page.month_tab, page.progress_tab, page.score_tab
    month.view.setCurrentIndex(month.grid.index(1, 0))  # 王顾问
    score.refresh()
    score.cards_view.setCurrentIndex(score.cards.index(0, 0))  # with the chosen card's trend
    cases = ((month, month.print_confirmation, "个人目标确认书-王顾问-2026-10.pdf", ("个人目标确认书", "王顾问")),
             (progress, progress.print_progress, "周进度-2026-10-15.pdf", ("每周进度",)),
             (score, score.print_cards, "绩效考核表-2026-10.pdf", ("绩效考核表", "近 6 个月趋势")))
    for i, (tab, print_it, name, words) in enumerate(cases):
        printed = tmp_path / f"printed{i}.pdf"
        count = print_it(accept=lambda printer, out=printed: pdf_printer(printer, out))
        assert count >= 1 and pages(printed) == count, name
        asked = []
        monkeypatch.setattr(printing, "ask", lambda printer, parent, asked=asked: asked.append(parent) or False)
        tab.print_button.click()
        assert asked == [tab], name  # the button opens the print dialog (cancelled here)
        saved = tmp_path / f"saved{i}.pdf"
        start = answer_save_dialog(monkeypatch, saved)
        tab.save_pdf_button.click()
        assert start == [str(printing.documents_dir() / name)]
        text = pdf_text(saved)
        assert all(word in text for word in words), (name, text[:300])
        assert pages(saved) == count and told[-1] == f"已写入 {saved}"


def test_a_consultant_sees_only_their_own_and_cannot_save(store, qapp, qtbot):
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.pages.targets import Page

    VehicleModel.create(brand="吉利", name="星越L", price=150000)
    ctx = AppContext(actor=actor_for_login("li"), clock=lambda: dt.datetime(2026, 10, 15, 10))
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.show()
    assert [k for k, _l in widget.month_tab.grid.rows] == ["li"]
    assert widget.month_tab.grid.checks == [] and widget.month_tab.message.text() == ""  # no store check
    assert not widget.month_tab.save_button.isEnabled()
    assert not widget.month_tab.grid.flags(widget.month_tab.grid.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
