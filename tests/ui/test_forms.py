"""The shared dialog pieces: errors under their field, the button box, the customer picker, the formats."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.ui import format as fmt
from dealerdesk.ui.widgets import forms
from dealerdesk.ui.widgets.customer_picker import CustomerPicker
from tests.ui.conftest import PEOPLE


def test_field_errors_show_under_the_named_field_else_in_a_box(qtbot, monkeypatch):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    errors = forms.FieldErrors(dialog)
    form = QFormLayout(dialog)
    errors.add_row(form, "电话", QLineEdit(), "phone")
    boxed = []
    monkeypatch.setattr(forms, "show_error", lambda owner, exc: boxed.append(exc))
    errors.show(InvalidInput("号码位数不对", field="phone"))
    assert errors.labels["phone"].text() == "号码位数不对" and not errors.labels["phone"].isHidden()
    assert boxed == []
    denied = PermissionDenied("没有权限")
    errors.show(denied)
    assert boxed == [denied]
    errors.clear()
    assert errors.labels["phone"].isHidden() and errors.labels["phone"].text() == ""


def test_message_rows_put_each_fields_message_under_it(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    messages = forms.field_messages(dialog, "name", "")
    form = QFormLayout()
    name, note = QLineEdit(), QLineEdit()
    forms.message_rows(form, (("姓名", name, "name"), ("备注", note, "")), messages)
    forms.stack(dialog, form, messages[""])
    assert form.rowCount() == 2
    row = form.itemAt(0, QFormLayout.ItemRole.FieldRole).layout()
    assert row.itemAt(0).widget() is name and row.itemAt(1).widget() is messages["name"]
    assert form.itemAt(1, QFormLayout.ItemRole.FieldRole).layout().count() == 1  # no message for 备注
    assert all(m.isHidden() for m in messages.values())


def test_button_box_runs_ok_and_cancel_rejects(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    saved = []
    box = forms.button_box(dialog, lambda: saved.append(True), ok=forms.Save, ok_text="保存", cancel_text="取消")
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "保存"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    box.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved == [True] and dialog.result() == 0
    dialog.open()
    box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_customer_picker_finds_and_leaves_out_the_excluded(qtbot, ctx, store):
    picker = CustomerPicker(ctx, customer_id=None)
    qtbot.addWidget(picker)
    picker.line.setText(PEOPLE[0][0])
    picker.search()
    assert picker.customer_id() == store["ids"][0]
    other = CustomerPicker(ctx, exclude=store["ids"][0])
    qtbot.addWidget(other)
    other.line.setText(PEOPLE[0][0])
    other.search()
    assert other.customer_id() is None and other.hits.count() == 0
    preset = CustomerPicker(ctx, customer_id=store["ids"][0])
    qtbot.addWidget(preset)
    assert preset.customer_id() == store["ids"][0] and preset.line.isHidden()
    assert preset.chosen.text() == PEOPLE[0][0]  # who it is, not an empty row
    gone = CustomerPicker(ctx, customer_id=9999)
    qtbot.addWidget(gone)
    assert gone.customer_id() == 9999 and gone.chosen.text() == "#9999"


def test_formats():
    at = dt.datetime(2026, 3, 4, 5, 6, 7)
    assert fmt.fmt(at) == "03-04 05:06" and fmt.fmt(None) == "—"
    assert fmt.fmt_datetime(at) == "2026-03-04 05:06" and fmt.fmt_date(at.date()) == "2026-03-04"
    assert fmt.from_qdt(fmt.to_qdt(at)) == at.replace(second=0)
    assert isinstance(fmt.to_qdt(at), QDateTime)
    assert fmt.cell_text(None) == "" and fmt.cell_text(at.date()) == "2026-03-04" and fmt.cell_text(5) == 5
    assert fmt.money(1234567) == "1,234,567" and fmt.money(0) == ""
    assert fmt.level_text("H").startswith("H ") and fmt.level_text("") == "" and fmt.level_text("?") == "?"
