"""The lead window saves with the version it loaded: a save over another PC's edit shows both versions and
keeps what the consultant typed; saving again after reading them is a deliberate overwrite."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QMessageBox

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.sales import leads
from dealerdesk.store.models import Lead
from dealerdesk.ui.dialogs.lead import LeadDialog


def test_a_conflict_shows_both_versions_and_keeps_the_input(ctx, store, qtbot, monkeypatch):
    lead_id = Lead.get().id
    dialog = LeadDialog(ctx, lead_id=lead_id)
    qtbot.addWidget(dialog)
    loaded = dialog.edit_version
    current = leads.get_lead(SYSTEM, lead_id)
    theirs = dataclasses.replace(dialog.data(), colour="白色")
    leads.update_lead(SYSTEM, lead_id, theirs, expected_version=current.version)  # another PC, meanwhile
    dialog.colour.setText("珍珠黑")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))

    dialog.save()

    assert dialog.result() != dialog.DialogCode.Accepted  # still open
    assert shown and shown[0][0] == "线索已被他人修改"
    assert "颜色：您填写「珍珠黑」，已保存「白色」" in shown[0][1]
    assert dialog.colour.text() == "珍珠黑"  # nothing typed is lost
    assert leads.get_lead(SYSTEM, lead_id).colour == "白色"
    assert dialog.edit_version == loaded + 1
    dialog.save()  # read both, save again: mine on purpose
    assert leads.get_lead(SYSTEM, lead_id).colour == "珍珠黑"
