"""Merge dialog: field-by-field choice, merge moves history, undo restores; open profiles follow."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.models import Customer, Lead
from dealerdesk.ui.dialogs.merge import MergeDialog
from dealerdesk.ui.dialogs.profile import ProfileWindow


@pytest.fixture()
def pair(ctx, store):
    """张伟 (#1, 深圳, a lead) and a duplicate 张伟 with another phone, a city and a lead of its own."""
    dup = create_customer(ctx.actor, CustomerInput(name="张伟", phones=["13900009999"], city="东莞",
                                                   occupation="工程师"))
    Lead.create(customer=dup.id, level="B")
    return store["ids"][0], dup.id


@pytest.fixture()
def dialog(ctx, pair, qtbot):
    d = MergeDialog(ctx, *pair)
    d.confirm = lambda text: True
    qtbot.addWidget(d)
    d.show()
    return d


def row_of(model, field):
    return next(i for i, c in enumerate(model.candidates) if c.field == field)


def test_choice_model_passes_modeltester(dialog, qtmodeltester):
    qtmodeltester.check(dialog.model)


def test_choose_field_by_clicking_then_merge_and_undo(dialog, pair, ctx, qtbot):
    survivor, other = pair
    model, view = dialog.model, dialog.view
    city = row_of(model, "city")
    assert model.index(city, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    rect = view.visualRect(model.index(city, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.index(city, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(city, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    occupation = row_of(model, "occupation")  # survivor empty → the other's value is preselected
    assert model.index(occupation, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(ctx.bus.customersChanged):
        assert dialog.do_merge()
    s = Customer.get_by_id(survivor)
    assert (s.city, s.occupation) == ("东莞", "工程师")
    assert Lead.select().where(Lead.customer == survivor).count() == 2
    assert Customer.get_by_id(other).merged_into_id == survivor
    assert "已合并" in dialog.status.text() and "线索 1" in dialog.status.text()
    assert dialog.undo_button.isEnabled() and not dialog.merge_button.isEnabled()
    assert dialog.do_undo()
    s = Customer.get_by_id(survivor)
    assert (s.city, s.occupation) == ("深圳", "")
    assert Lead.select().where(Lead.customer == other).count() == 1
    assert Customer.get_by_id(other).merged_into_id is None and not Customer.get_by_id(other).archived
    assert "已撤销" in dialog.status.text() and not dialog.undo_button.isEnabled()


def test_declining_the_confirmation_merges_nothing(dialog, pair):
    dialog.confirm = lambda text: False
    assert not dialog.do_merge()
    assert Customer.get_by_id(pair[1]).merged_into_id is None


def test_open_profile_follows_merge_and_undo(ctx, pair, qtbot):
    survivor, other = pair
    window = ProfileWindow(ctx, survivor)
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    assert window.views["leads"].rowCount() == 1
    dialog = MergeDialog(ctx, survivor, other, window)
    dialog.confirm = lambda text: True
    qtbot.addWidget(dialog)
    dialog.do_merge()
    assert window.views["leads"].rowCount() == 2
    assert window.phones.model.phones == ["13800138000", "13900009999"]
    dialog.do_undo()
    assert window.views["leads"].rowCount() == 1
