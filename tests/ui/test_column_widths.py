"""Columns sized to what they show, with a cap: a company name or several plates widen their column once the
list first has rows, never past CONTENT_CAP; no column is narrower than its title or its designed width."""
from __future__ import annotations

from types import SimpleNamespace

from dealerdesk.ui.models.columns import Column, TableSpec
from dealerdesk.ui.widgets.tables import CONTENT_CAP, header_width, list_table

SPEC = TableSpec("test_widths", (
    Column("name", "客户", lambda r: r.name, width=80),
    Column("plates", "车牌号", lambda r: r.plates, width=90),
    Column("rate", "跟进达标率", lambda r: r.rate, width=40),
    Column("note", "备注", lambda r: r.note, width=100),
))
COMPANY = "深圳市鹏程科技发展有限公司（南山分公司）"
PLATES = "、".join(["粤B8DE34", "粤B6XR03", "粤BD12345"] * 6)


def test_columns_widen_to_their_contents_up_to_the_cap(qtbot):
    view, model = list_table(SPEC)
    qtbot.addWidget(view)
    view.resize(1200, 300)
    view.show()
    header = view.horizontalHeader()
    assert header.sectionSize(2) >= header_width(header, 2) > 40  # 跟进达标率 is never cut off
    model.set_rows([SimpleNamespace(name=COMPANY, plates=PLATES, rate="85%", note="")])
    assert header.sectionSize(0) >= view.fontMetrics().horizontalAdvance(COMPANY)
    assert header.sectionSize(0) <= CONTENT_CAP
    assert header.sectionSize(1) == CONTENT_CAP  # 18 plates: capped, the rest elided
    header.resizeSection(0, 120)  # the user narrows it; a reload keeps their width
    model.set_rows([SimpleNamespace(name=COMPANY + COMPANY, plates="", rate="", note="")])
    assert header.sectionSize(0) == 120


def test_a_short_list_keeps_the_designed_widths(qtbot):
    view, model = list_table(SPEC)
    qtbot.addWidget(view)
    view.show()
    model.set_rows([SimpleNamespace(name="张伟", plates="粤B12345", rate="90%", note="")])
    assert view.horizontalHeader().sectionSize(0) == 80
    assert view.horizontalHeader().sectionSize(1) == 90
