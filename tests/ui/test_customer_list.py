"""The 客户 page: filters change the count, sorting, opening with Enter / double-click, delete asks first."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dealerdesk.services.customers.records import get_customer
from dealerdesk.ui.models.columns.customers import CUSTOMER_SPEC
from dealerdesk.ui.pages.customers import Page

PEOPLE = 6  # customers in the ui store fixture (tests/ui/conftest.py)


def make_page(qtbot, ctx):
    opened: list[int] = []
    ctx.open_customer = opened.append
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page, opened


def names(page) -> list[str]:
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]


def test_filters_change_row_count(qtbot, ctx, store):
    page, _ = make_page(qtbot, ctx)
    assert page.model.rowCount() == PEOPLE
    assert "6" in page.count_label.text()
    page.city.setCurrentIndex(page.city.findData("深圳"))
    assert page.model.rowCount() == 3
    page.overdue.setChecked(True)
    assert names(page) == ["张伟"]
    page.clear_filters()
    page.complaint.setChecked(True)
    assert names(page) == ["王芳"]
    page.complaint.setChecked(False)
    page.owner.setCurrentIndex(page.owner.findData(store["sales"].id))
    assert page.model.rowCount() == 3
    page.level.setCurrentIndex(page.level.findData("H"))
    assert names(page) == ["张伟"]


def test_search_field_filters_after_debounce(qtbot, ctx):
    page, _ = make_page(qtbot, ctx)
    qtbot.keyClicks(page.search, "B12345")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert names(page) == ["李娜"]


def test_attention_row_is_coloured(ctx):
    from dealerdesk.ui.models.lazy_table import LazyTableModel

    page = Page(ctx)
    row = names(page).index("张伟")
    assert page.model.data(page.model.index(row, 0), LazyTableModel.StateRole) == "attention"
    page.deleteLater()


def test_header_click_sorts(qtbot, ctx):
    page, _ = make_page(qtbot, ctx)
    assert names(page)[0] == "张伟"  # default: most recent activity first
    name_col = CUSTOMER_SPEC.column_of_sort_key("name")
    page.table.sortByColumn(name_col, Qt.SortOrder.DescendingOrder)
    assert (page.model.sort_key, page.model.descending) == ("name", True)
    assert names(page) == sorted(names(page), reverse=True)
    phone_col = [c.key for c in CUSTOMER_SPEC.columns].index("phone")
    page.table.horizontalHeader().setSortIndicator(phone_col, Qt.SortOrder.AscendingOrder)
    assert page.table.horizontalHeader().sortIndicatorSection() == name_col  # unsortable: arrow put back


def test_enter_and_double_click_open_the_customer(qtbot, ctx, store):
    page, opened = make_page(qtbot, ctx)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.id_at(1)]
    rect = page.table.visualRect(page.model.index(2, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == page.model.id_at(2)


def test_keyboard_navigation_moves_rows(qtbot, ctx):
    page, _ = make_page(qtbot, ctx)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == PEOPLE - 1


def test_delete_asks_and_archives_or_deletes(qtbot, ctx, store, monkeypatch):
    page, _ = make_page(qtbot, ctx)
    asked: list[str] = []

    def answer(result):
        def question(parent, title, text, *args):
            asked.append(text)
            return result
        return question

    row = names(page).index("陈静")  # no history: really deleted
    page.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.delete_selected()
    assert len(asked) == 1 and "陈静" in asked[0] and page.model.rowCount() == PEOPLE
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(ctx.bus.customersChanged):
        page.delete_selected()
    assert page.model.rowCount() == PEOPLE - 1 and "陈静" not in names(page)
    row = names(page).index("张伟")  # has a lead: archived, still readable
    page.table.selectRow(row)
    page.delete_selected()
    assert "张伟" not in names(page)
    assert get_customer(ctx.actor, store["ids"][0]).archived
    page.archived.setChecked(True)
    assert "张伟" in names(page)


def test_header_state_is_remembered(qtbot, ctx):
    page, _ = make_page(qtbot, ctx)
    page.table.setColumnWidth(0, 222)
    page.table.sortByColumn(CUSTOMER_SPEC.column_of_sort_key("city"), Qt.SortOrder.AscendingOrder)
    again, _ = make_page(qtbot, ctx)
    assert again.table.columnWidth(0) == 222
    assert (again.model.sort_key, again.model.descending) == ("city", False)
