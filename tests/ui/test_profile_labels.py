"""The profile's history tabs label each status in its own code set (issue 17: a complaint's and an order's
`open` used to show the lead label 跟进中, from one flat dict keyed by code alone)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from dealerdesk.store.models import Complaint, Lead, SalesOrder
from dealerdesk.ui.dialogs.profile import ProfileWindow


def cell(window, view: str, key: str, row: int = 0) -> str:
    model = window.views[view]
    column = next(i for i, c in enumerate(model.spec.columns) if c.key == key)
    return model.index(row, column).data()


@pytest.fixture()
def profile(ctx, store, qtbot):
    def open_profile(cid: int) -> ProfileWindow:
        w = ProfileWindow(ctx, cid)
        w.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # never a modal box at teardown
        w.show()
        qtbot.waitExposed(w)
        opened.append(w)
        return w

    opened: list[ProfileWindow] = []
    yield open_profile
    for w in opened:
        if isValid(w):  # the window deletes itself on close
            w.close()


def test_open_complaint_open_order_and_open_lead_each_show_their_own_label(store, profile):
    cid = store["ids"][0]  # 张伟: an open lead (跟进中)
    lead = Lead.get(Lead.customer == cid)
    SalesOrder.create(lead=lead, customer=cid, price=189800, payment_method="loan", status="open")
    Complaint.create(customer=cid, channel="online", category="waiting", content="保养等待时间过长", status="open")

    w = profile(cid)

    assert cell(w, "leads", "status") == "跟进中"
    assert cell(w, "orders", "status") == "待交车"
    assert cell(w, "complaints", "status") == "待处理"
    assert cell(w, "orders", "payment") == "贷款"
    assert cell(w, "complaints", "channel") == "网络平台"


def test_closed_statuses_are_labelled_in_their_set_too(store, profile):
    cid = store["ids"][3]  # no history of its own in the fixture
    lead = Lead.create(customer=cid, level="T", status="cancelled")
    SalesOrder.create(lead=lead, customer=cid, status="cancelled")
    Complaint.create(customer=cid, status="in_progress")

    w = profile(cid)

    assert cell(w, "leads", "status") == "已退订"
    assert cell(w, "orders", "status") == "已退订"
    assert cell(w, "complaints", "status") == "处理中"


def test_an_unknown_code_is_shown_as_itself(store, profile):
    cid = store["ids"][4]
    Complaint.create(customer=cid, status="escalated")

    assert cell(profile(cid), "complaints", "status") == "escalated"
