"""The generic lazy model: passes qtmodeltester, fetches pages only when rows are touched, sorts via keys."""
from __future__ import annotations

import types

from PySide6.QtCore import Qt

from dealerdesk.ui.models.columns import ATTENTION, Column, TableSpec
from dealerdesk.ui.models.columns.customers import CUSTOMER_SPEC
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import CustomerSource


class FakeSource:
    """n rows with ids 1..n; records the calls so tests can see what was fetched."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.id_calls: list[tuple] = []

    def count(self) -> int:
        return self.n

    def ids(self, sort_key, descending, offset, limit, total):
        self.id_calls.append((sort_key, descending, offset, limit))
        order = range(self.n, 0, -1) if descending else range(1, self.n + 1)
        return list(order)[offset:offset + limit]

    def rows(self, ids):
        return [types.SimpleNamespace(id=i, label=f"row {i}") for i in ids]


FAKE_SPEC = TableSpec(name="fake", columns=(
    Column("label", "标签", lambda r: r.label),
    Column("id", "编号", lambda r: r.id, sort_key="id"),
), state=lambda r: ATTENTION if r.id == 3 else "", default_sort=("id", False))


def test_fake_model_passes_modeltester(qtmodeltester):
    model = LazyTableModel(FAKE_SPEC, FakeSource(50), page_size=10)
    qtmodeltester.check(model)


def test_customer_model_passes_modeltester(qtmodeltester, ctx):
    model = LazyTableModel(CUSTOMER_SPEC, CustomerSource(ctx.actor, clock=ctx.clock))
    qtmodeltester.check(model)
    model.sort(CUSTOMER_SPEC.column_of_sort_key("name"), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_opening_reads_no_page_until_a_row_is_shown():
    source = FakeSource(1_000_000)
    model = LazyTableModel(FAKE_SPEC, source, page_size=200, cache_pages=3)
    assert model.rowCount() == 1_000_000 and source.id_calls == []
    assert model.data(model.index(999_999, 1)) == 1_000_000
    assert source.id_calls == [("id", False, 999_800, 200)]
    for page in range(5):
        model.data(model.index(page * 200, 0))
    assert len(model.cached_pages()) == 3
    calls = len(source.id_calls)
    model.data(model.index(4 * 200 + 5, 0))  # still cached
    assert len(source.id_calls) == calls


def test_roles_and_colour():
    model = LazyTableModel(FAKE_SPEC, FakeSource(5))
    assert model.data(model.index(2, 0), LazyTableModel.IdRole) == 3
    assert model.data(model.index(2, 0), LazyTableModel.StateRole) == ATTENTION
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "标签"


def test_sort_uses_key_and_ignores_unsortable_columns(qtbot):
    source = FakeSource(30)
    model = LazyTableModel(FAKE_SPEC, source, page_size=10)
    with qtbot.waitSignal(model.modelReset):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == 30
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(0, Qt.SortOrder.AscendingOrder)  # label column has no sort key
    assert (model.sort_key, model.descending) == ("id", True)


def test_failing_source_shows_empty_cells_not_a_crash(caplog):
    source = FakeSource(10)
    source.rows = lambda ids: 1 / 0
    model = LazyTableModel(FAKE_SPEC, source)
    assert model.data(model.index(0, 0)) is None
    assert "loading page" in caplog.text
