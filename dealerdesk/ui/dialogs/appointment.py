"""预约 dialog: book (from a customer, a vehicle or a reminder) or reschedule into an advisor's free slot.

Also holds the small helpers the reception dialogs share (a list-backed row source for the generic table
model, and errors shown next to the field they belong to), so each dialog stays short.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.errors import DealerDeskError, InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import reception as rc
from dealerdesk.services.search import search_customers
from dealerdesk.services.aftersales.vehicles import customer_vehicles
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.messages import error_text, show_error


class ListSource:
    """A RowSource over rows already loaded (small lists: a day's bookings, the open orders)."""

    def __init__(self, rows: Sequence[Any] = (), key: Callable[[Any], object] | None = None) -> None:
        self._rows = {r.id: r for r in rows}
        self._order = [r.id for r in rows]

    def count(self) -> int:
        return len(self._order)

    def ids(self, sort_key: str, descending: bool, offset: int, limit: int, total: int) -> list[int]:
        ids = list(reversed(self._order)) if descending else self._order
        return ids[offset:offset + limit]

    def rows(self, ids: list[int]) -> list[Any]:
        return [self._rows[i] for i in ids if i in self._rows]


class FieldErrors:
    """Shows a service error under the input it names (`err.field`), else in a message box."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.labels: dict[str, QLabel] = {}

    def label_for(self, field: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #c62828")
        label.setWordWrap(True)
        label.hide()
        self.labels[field] = label
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        if isinstance(exc, DealerDeskError) and field in self.labels:
            self.labels[field].setText(error_text(exc))
            self.labels[field].show()
        else:
            show_error(self.owner, exc)


def find_customers(ctx: AppContext, text: str, errors: FieldErrors) -> list[tuple[int, str]] | None:
    """The customers a search line finds (id, name), for a customer combo; None when nothing was looked up."""
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
        combo.addItem(f"{name}（#{cid}）", cid)


def add_vehicles(ctx: AppContext, combo: QComboBox, customer_id: int | None) -> None:
    """The customer's vehicles (plate or VIN, model) appended to a vehicle combo."""
    if customer_id is None:
        return
    for v in customer_vehicles(ctx.actor, customer_id):
        combo.addItem(f"{v.plate or v.vin} {v.model}".strip(), v.vehicle_id)


def add_row(form: QFormLayout, errors: FieldErrors, label: str, widget: QWidget, field: str) -> None:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(widget)
    lay.addWidget(errors.label_for(field))
    form.addRow(label, box)


class AppointmentDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, customer_id: int | None = None,
                 vehicle_id: int | None = None, reminder_id: int | None = None,
                 appointment: rc.AppointmentRow | None = None, day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.reminder_id = reminder_id
        self.result_row: rc.AppointmentRow | None = None
        self.setWindowTitle(self.tr("改期") if appointment else self.tr("新预约"))
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、电话尾号、车牌…，回车查找"))
        self.search.returnPressed.connect(self._find)
        self.customer = QComboBox()
        self.customer.currentIndexChanged.connect(self._load_vehicles)
        self.vehicle = QComboBox()
        self.advisor = QComboBox()
        for adv in rc.list_advisors(ctx.actor):
            self.advisor.addItem(adv.name, adv.id)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.slot = QComboBox()
        self.work = QLineEdit()
        self.work.setPlaceholderText(self.tr("例如：常规保养、刹车异响检查"))
        if appointment is None:
            form.addRow(self.tr("查找客户"), self.search)
            add_row(form, self.errors, self.tr("客户"), self.customer, "customer")
            form.addRow(self.tr("车辆"), self.vehicle)
        else:
            form.addRow(self.tr("客户"), QLabel(f"{appointment.customer_name}  {appointment.plate}"))
        add_row(form, self.errors, self.tr("服务顾问"), self.advisor, "advisor")
        form.addRow(self.tr("日期"), self.date)
        add_row(form, self.errors, self.tr("时段"), self.slot, "start")
        if appointment is None:
            form.addRow(self.tr("预约项目"), self.work)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        start = ctx.clock()
        if appointment is not None:
            self.advisor.setCurrentIndex(max(self.advisor.findData(appointment.advisor_id), 0))
            start = appointment.start
        elif day is not None:
            start = dt.datetime.combine(day, dt.time(0))
        elif start.hour >= 17:
            start = start + dt.timedelta(days=1)
        self.date.setDate(QDate(start.year, start.month, start.day))
        self.date.dateChanged.connect(self._load_slots)
        self.advisor.currentIndexChanged.connect(self._load_slots)
        if customer_id is not None:
            self._set_customers([(customer_id, str(customer_id))], vehicle_id)
        self._load_slots()

    # --- customer and vehicle ---------------------------------------------------------------------
    def _find(self) -> None:
        pairs = find_customers(self.ctx, self.search.text(), self.errors)
        if pairs is not None:
            self._set_customers(pairs, None)
            self.customer.setFocus()

    def _set_customers(self, pairs: list[tuple[int, str]], vehicle_id: int | None) -> None:
        set_customers(self.customer, pairs)
        self._load_vehicles()
        if vehicle_id is not None:
            self.vehicle.setCurrentIndex(max(self.vehicle.findData(vehicle_id), 0))

    def _load_vehicles(self) -> None:
        self.vehicle.clear()
        self.vehicle.addItem(self.tr("（不指定）"), None)
        add_vehicles(self.ctx, self.vehicle, self.customer.currentData())
        if self.vehicle.count() > 1:
            self.vehicle.setCurrentIndex(1)

    # --- slots ------------------------------------------------------------------------------------
    def _load_slots(self) -> None:
        self.slot.clear()
        advisor = self.advisor.currentData()
        if advisor is None:
            return
        now = self.ctx.clock()
        for load in rc.slot_loads(self.ctx.actor, self.date.date().toPython(), advisor):
            if load.start < now:
                continue
            text = self.tr("{time}  余 {free}/{cap}").format(time=load.start.strftime("%H:%M"), free=load.free,
                                                             cap=load.capacity)
            self.slot.addItem(text, load.start)
            if load.free == 0:
                self.slot.model().item(self.slot.count() - 1).setEnabled(False)
        for i in range(self.slot.count()):  # first free slot
            if self.slot.model().item(i).isEnabled():
                self.slot.setCurrentIndex(i)
                break

    def _save(self) -> None:
        self.errors.clear()
        start = self.slot.currentData()
        if start is None:
            self.errors.show(InvalidInput(QT_TRANSLATE_NOOP("errors", "这一天没有可约的时段"), field="start"))
            return
        if self.appointment is not None:
            row = ops.run(self, self.ctx, rc.reschedule_appointment, self.appointment.id, start,
                          self.advisor.currentData(), now=self.ctx.clock(), errors=self.errors.show)
        else:
            row = ops.run(self, self.ctx, rc.book_appointment, self.customer.currentData(), start,
                          self.advisor.currentData(), vehicle_id=self.vehicle.currentData(),
                          requested_work=self.work.text(), reminder_id=self.reminder_id, now=self.ctx.clock(),
                          errors=self.errors.show)
        if row is ops.FAILED:
            return
        self.result_row = row
        self.accept()


def keep_focus_order(*widgets: QWidget) -> None:
    """Tab goes through the inputs in reading order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


