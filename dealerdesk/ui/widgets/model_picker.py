"""意向车型 picker: the catalogue's models on sale, the store's own brand first, grouped under brand · series
headers; typing filters (contains), and a name that is not in the catalogue (another brand's car) is kept
as free text. A typed series name (凯美瑞) means the series' current model, as in the customer import."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from dealerdesk.domain import catalogue as rules
from dealerdesk.services import catalogue


class ModelPicker(QComboBox):
    def __init__(self, ctx, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self.none_text = none_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        rows = catalogue.list_models(ctx.actor)
        self._keys = [rules.ModelKey(r.id, r.name, r.series, r.active, r.model_year) for r in rows]
        self._ids = {r.name: r.id for r in rows}
        items = QStandardItemModel(self)
        first = QStandardItem(none_text)
        first.setData(None, Qt.ItemDataRole.UserRole)
        items.appendRow(first)
        group = None
        for r in rows:  # ordered own brand first, then brand, series, newest year
            if (r.brand, r.series, r.own_brand) != group:
                group = (r.brand, r.series, r.own_brand)
                header = QStandardItem(" · ".join(t for t in (r.brand, r.series) if t) or "—")
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                items.appendRow(header)
            item = QStandardItem(r.name)
            item.setData(r.id, Qt.ItemDataRole.UserRole)
            items.appendRow(item)
        self.setModel(items)
        completer = QCompleter([r.name for r in rows], self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.setCurrentIndex(0)

    def _text(self) -> str:
        text = self.currentText().strip()
        return "" if text == self.none_text else text

    def model_id(self) -> int | None:
        """The catalogue model chosen or typed (its name, or a series name → its current model); None else."""
        text = self._text()
        if text in self._ids:
            return self._ids[text]
        hit = rules.match_model(text, self._keys)
        return hit.id if hit else None

    def free_text(self) -> str:
        """What was typed when it names no catalogue model (another brand's car), else ""."""
        text = self._text()
        return text if text and self.model_id() is None else ""

    def set_model(self, model_id: int | None) -> None:
        index = self.findData(model_id, Qt.ItemDataRole.UserRole) if model_id is not None else 0
        self.setCurrentIndex(max(index, 0))
