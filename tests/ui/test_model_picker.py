"""The lead dialog's 意向车型 picker: catalogue models on sale, own brand first under brand · series headings;
a typed series name means its current model, another brand typed freely is kept as other models."""
from __future__ import annotations

from PySide6.QtCore import Qt

from dealerdesk.services import catalogue
from dealerdesk.services.catalogue import ModelInput
from dealerdesk.store.models import Lead
from dealerdesk.ui.dialogs.lead import LeadDialog


def _models(manager):
    catalogue.save_model(manager, ModelInput("雅阁 260TURBO", brand="广汽本田", series="雅阁", own_brand=False))
    old = catalogue.save_model(manager, ModelInput("凯美瑞 2024款", brand="广汽丰田", series="凯美瑞", model_year=2024))
    new = catalogue.save_model(manager, ModelInput("凯美瑞 2025款", brand="广汽丰田", series="凯美瑞", model_year=2025))
    gone = catalogue.save_model(manager, ModelInput("致炫 2020款", brand="广汽丰田", series="致炫"))
    catalogue.deactivate_model(manager, gone.id)
    return old, new


def test_own_brand_first_grouped_by_series_and_headings_not_choosable(ctx, store, qtbot):
    _models(store["manager"])
    dialog = LeadDialog(ctx, customer_id=store["ids"][1])
    qtbot.addWidget(dialog)
    picker = dialog.model
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert texts == ["（未定）", "广汽丰田 · 凯美瑞", "凯美瑞 2025款", "凯美瑞 2024款", "广汽本田 · 雅阁", "雅阁 260TURBO"]
    heading = picker.model().item(1)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert "致炫 2020款" not in texts  # discontinued


def test_a_series_name_or_another_brand_typed_freely_saves_the_lead(ctx, store, qtbot):
    _old, new = _models(store["manager"])
    dialog = LeadDialog(ctx, customer_id=store["ids"][1])
    qtbot.addWidget(dialog)
    dialog.model.lineEdit().setText("凯美瑞")
    assert dialog.model.model_id() == new.id and dialog.model.free_text() == ""
    dialog.model.lineEdit().setText("宝马 3系")
    assert dialog.model.model_id() is None
    dialog.save()
    lead = Lead.select().where(Lead.customer == store["ids"][1]).get()
    assert lead.model_id is None and lead.other_models == "宝马 3系"
    again = LeadDialog(ctx, customer_id=store["ids"][3])
    qtbot.addWidget(again)
    again.model.setCurrentIndex(again.model.findText("凯美瑞 2024款"))
    again.save()
    assert Lead.select().where(Lead.customer == store["ids"][3]).get().model.name == "凯美瑞 2024款"
