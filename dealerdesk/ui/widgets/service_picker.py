"""The repair order's item picker: labour, parts and packages from the price list (under 工时 / 配件 / 套餐
headings), or a free line typed with its own price. A package adds its lines (quantity × the package's),
priced so they add up to the package's price (domain/catalogue.package_line_prices)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QDoubleSpinBox, QHBoxLayout, QWidget

from dealerdesk.domain import catalogue as rules
from dealerdesk.services import catalogue
from dealerdesk.services import reception as rc


def tr(text: str) -> str:
    return QCoreApplication.translate("catalogue", text)


class ServicePicker(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("servicePicker")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText(tr("选择项目、配件或套餐，或直接输入其他项目"))
        self.price = QDoubleSpinBox(self)
        self.price.setObjectName("freePrice")
        self.price.setRange(0, 999_999.99)
        self.price.setDecimals(2)
        self.price.setPrefix("¥")
        self.price.setToolTip(tr("价目表以外的项目：填写单价"))
        self.price.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.price)
        self.setFocusProxy(self.combo)
        self._choices: dict[str, tuple[str, object]] = {}  # shown text → ("item" | "package", row)
        items = QStandardItemModel(self)
        rows = catalogue.list_catalogue(ctx.actor)
        groups = [(tr("工时"), [r for r in rows if r.kind == "labour"]),
                  (tr("配件"), [r for r in rows if r.kind == "part"]),
                  (tr("套餐"), catalogue.list_packages(ctx.actor))]
        for title, group in groups:
            if not group:
                continue
            heading = QStandardItem(title)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            items.appendRow(heading)
            for r in group:
                price = r.price if isinstance(r, catalogue.PackageRow) else r.unit_price
                text = f"{r.code}  {r.name}  ¥{price:,.2f}"
                self._choices[text] = ("package" if isinstance(r, catalogue.PackageRow) else "item", r)
                items.appendRow(QStandardItem(text))
        self.combo.setModel(items)
        completer = QCompleter(list(self._choices), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        first = next((i for i in range(items.rowCount()) if items.item(i).text() in self._choices), -1)
        self.combo.setCurrentIndex(first)
        self.combo.currentTextChanged.connect(lambda _t: self.price.setEnabled(self.chosen() is None
                                                                               and bool(self.text())))

    def text(self) -> str:
        return self.combo.currentText().strip()

    def chosen(self) -> tuple[str, object] | None:
        """("item" | "package", row) for a price-list entry, None for a free line."""
        return self._choices.get(self.combo.currentText())

    def label(self) -> str:
        """The chosen entry's name (or the free text), for a summary line."""
        chosen = self.chosen()
        return chosen[1].name if chosen else self.text()

    def lines(self, qty: float | Decimal | str, job: str = "") -> list[rc.LineInput]:
        """The order lines for what is chosen, `qty` times; [] when nothing is chosen or typed."""
        qty = Decimal(str(qty))
        chosen = self.chosen()
        if chosen is None:
            text = self.text()
            return [rc.LineInput(kind="part", name=text, qty=str(qty), unit_price=f"{self.price.value():.2f}",
                                 job=job)] if text else []
        kind, row = chosen
        if kind == "item":
            return [rc.LineInput(catalogue_item_id=row.id, qty=str(qty), job=job)]
        prices = rules.package_line_prices([(ln.qty, ln.unit_price) for ln in row.lines], row.fixed_price)
        return [rc.LineInput(catalogue_item_id=ln.item_id, qty=str(ln.qty * qty), unit_price=str(price),
                             job=job or row.name) for ln, price in zip(row.lines, prices, strict=True)]
