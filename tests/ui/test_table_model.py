"""The generic lazy model: passes qtmodeltester for each source kind (a paging service, a fake, a short list),
fetches pages only when rows are touched, sorts via keys, and shows what its spec says (colours, bold, tips)."""
from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import Qt

from dealerdesk.ui.models.columns import (
    ATTENTION,
    GREY,
    LATE,
    LATER,
    RED,
    RIGHT,
    TINTS,
    Column,
    TableSpec,
    never_bold,
)
from dealerdesk.ui.models.columns.customers import CUSTOMER_SPEC
from dealerdesk.ui.models.columns.reporting import KPI_SPEC, kpi_rows
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import CustomerSource, ListSource


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


# ------------------------------------------------------------------ short lists: the same model over ListSource
LIST_SPEC = TableSpec(name="list", columns=(
    Column("name", "名称", lambda r: r.name),
    Column("when", "时间", lambda r: r.when),
    Column("n", "数量", lambda r: r.n, align=RIGHT),
), state=lambda r: LATE if r.n > 2 else (LATER if r.n == 0 else ""), colours=TINTS, bold=never_bold,
    text_tooltips=True, context="somewhere", sort_hint=False)


def plain_rows(n: int) -> list[types.SimpleNamespace]:
    """Rows without an `id`: a ListSource pages them by position."""
    return [types.SimpleNamespace(name=f"第{i}行", when=dt.datetime(2026, 1, i + 1, 9, 30), n=i) for i in range(n)]


@pytest.mark.parametrize("rows", [[], plain_rows(1), plain_rows(25), [("a", "b"), ("c", "d")]],
                         ids=["empty", "one", "several pages", "tuples"])
def test_list_source_model_passes_modeltester(qtmodeltester, rows):
    spec = LIST_SPEC if not rows or not isinstance(rows[0], tuple) else TableSpec(
        "tuples", (Column("a", "甲", lambda r: r[0]), Column("b", "乙", lambda r: r[1])))
    model = LazyTableModel(spec, ListSource(rows), page_size=10)
    qtmodeltester.check(model)
    model.set_rows(rows[:1])
    qtmodeltester.check(model)


def test_list_source_pages_by_position_and_needs_no_id():
    model = LazyTableModel(LIST_SPEC, ListSource(plain_rows(25)), page_size=10)
    assert model.rowCount() == 25
    assert [model.index(r, 0).data() for r in (0, 10, 24)] == ["第0行", "第10行", "第24行"]
    assert model.id_at(3) is None and model.index(3, 0).data(LazyTableModel.RowRole).n == 3
    assert ListSource(plain_rows(3)).page("id", True, 0, 2)[0].name == "第2行"  # descending: reversed


def test_set_rows_resets_to_the_new_list(qtbot):
    model = LazyTableModel(LIST_SPEC, ListSource(plain_rows(5)))
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(plain_rows(2))
    assert model.rowCount() == 2 and model.row_at(1).name == "第1行" and model.row_at(2) is None


def test_cells_write_dates_out_and_tooltips_repeat_the_text():
    model = LazyTableModel(LIST_SPEC, ListSource(plain_rows(4)))
    cell = model.index(1, 1)
    assert cell.data() == "2026-01-02 09:30"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "2026-01-02 09:30"
    assert model.index(1, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)


def test_spec_colours_tint_rows_without_bold_and_headers_use_the_spec_context():
    model = LazyTableModel(LIST_SPEC, ListSource(plain_rows(4)))
    assert model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole).color() == RED  # late
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == GREY  # later
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole) is None  # tinted, never bold
    assert model.headerData(0, Qt.Orientation.Horizontal) == "名称"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None  # no sort hint


def test_attention_rows_are_bold_unless_the_spec_says_which_cells():
    default = LazyTableModel(FAKE_SPEC, FakeSource(5))
    assert default.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert default.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    spec = TableSpec("cells", FAKE_SPEC.columns, state=FAKE_SPEC.state,
                     bold=lambda row, key, state: key == "id" and state == ATTENTION,
                     row_tooltip=lambda row: "第三行" if row.id == 3 else None)
    model = LazyTableModel(spec, FakeSource(5))
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(2, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) == "第三行"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None


def test_kpi_spec_over_a_summary_passes_modeltester(qtmodeltester):
    funnel = types.SimpleNamespace(new_leads=4, registered=3, visits=2, test_drives=1, orders=1, deliveries=1,
                                   defeats=0, visit_rate=0.5, test_drive_rate=0.25, close_rate=0.5, defeat_rate=0.0)
    summary = types.SimpleNamespace(funnel=funnel, previous=funnel, last_year=funnel, compliance=1 / 3)
    model = LazyTableModel(KPI_SPEC, ListSource(kpi_rows(summary)))
    qtmodeltester.check(model)
    assert model.rowCount() == 12 and model.index(0, 0).data() == "集客" and model.index(11, 1).data() == "33.3%"
