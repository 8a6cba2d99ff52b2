"""Choosing a customer in a dialog: a search line with its hits (`CustomerPicker`), or a search line that
fills a customer combo and the customer's vehicles (`customer_inputs` and friends, for the reception desk).

Every dialog that needs "which customer?" asks it the same way, through services.search.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dealerdesk.services.aftersales.vehicles import customer_vehicles
from dealerdesk.services.search import search_customers
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import paren


class CustomerPicker(QWidget):
    """A search line and its hits; `customer_id()` is the chosen one (or the preset).

    `exclude` leaves one customer out of the hits (a vehicle's current owner when choosing the new one).
    """

    def __init__(self, ctx, parent: QWidget | None = None, customer_id: int | None = None, *,
                 placeholder: str = "", exclude: int | None = None, max_height: int | None = 110) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder or QCoreApplication.translate("complaint", "姓名、电话、车牌，回车查找"))
        self.line.returnPressed.connect(self.search)
        self.hits = QListWidget(self)
        if max_height is not None:
            self.hits.setMaximumHeight(max_height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.hits)
        self._preset = customer_id
        if customer_id is not None:  # the customer is given: say who, instead of an empty row
            self.line.hide()
            self.hits.hide()
            self.chosen = QLabel(self._name(customer_id), self)
            layout.addWidget(self.chosen)

    def _name(self, customer_id: int) -> str:
        from dealerdesk.domain.errors import DealerDeskError
        from dealerdesk.services.customers.records import get_customer

        try:
            return get_customer(self.ctx.actor, customer_id).name
        except DealerDeskError:  # not readable by this user (or gone): the id is still what is saved
            return f"#{customer_id}"

    def search(self) -> None:
        self.hits.clear()
        for hit in search_customers(self.ctx.actor, self.line.text(), limit=20):
            if self.exclude is not None and hit.id == self.exclude:
                continue
            item = QListWidgetItem(f"{hit.name}  {hit.matched_value}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def customer_id(self) -> int | None:
        if self._preset is not None:
            return self._preset
        item = self.hits.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def required_id(self, message) -> int | None:
        """The chosen customer's id; None after saying so in `message` (a FieldMessage) when none is chosen."""
        cid = self.customer_id()
        if cid is None:
            message.show_error(QCoreApplication.translate("complaint", "请先查找并选择客户"))
        return cid


def customer_inputs(placeholder: str, on_find: Callable[[], None], on_customer: Callable[[], None]
                    ) -> tuple[QLineEdit, QComboBox, QComboBox]:
    """The search line (Enter runs `on_find`), the customer combo (a change runs `on_customer`) and the
    vehicle combo of a reception dialog."""
    search = QLineEdit()
    search.setPlaceholderText(placeholder)
    search.returnPressed.connect(on_find)
    customer = QComboBox()
    customer.currentIndexChanged.connect(on_customer)
    return search, customer, QComboBox()


def find_customers(ctx: AppContext, text: str, errors) -> list[tuple[int, str]] | None:
    """The customers a search line finds (id, name), for a customer combo; None when nothing was looked up.

    `errors` (a FieldErrors) shows why a search was refused (too short a text)."""
    text = text.strip()
    if not text:
        return None
    hits = ops.run(errors.owner, ctx, search_customers, text, limit=20, errors=errors.show)
    if hits is ops.FAILED:
        return None
    return [(h.id, h.name) for h in hits]


def set_customers(combo: QComboBox, pairs: list[tuple[int, str]]) -> None:
    combo.clear()
    for cid, name in pairs:
        combo.addItem(paren(name, f"#{cid}"), cid)


def add_vehicles(ctx: AppContext, combo: QComboBox, customer_id: int | None) -> None:
    """The customer's vehicles (plate or VIN, model) appended to a vehicle combo."""
    if customer_id is None:
        return
    for v in customer_vehicles(ctx.actor, customer_id):
        combo.addItem(f"{v.plate or v.vin} {v.model}".strip(), v.vehicle_id)
