"""预约 dialog: book (from a customer, a vehicle or a reminder) or reschedule into an advisor's free slot."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from dealerdesk.domain import reception as rules
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import reception as rc
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.customer_picker import add_vehicles, customer_inputs, find_customers, set_customers
from dealerdesk.ui.widgets.forms import FieldErrors, button_box, stack

NO_SLOT = QT_TRANSLATE_NOOP("errors", "这一天没有可约的时段")


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
        self.search, self.customer, self.vehicle = customer_inputs(
            self.tr("姓名、电话尾号、车牌…，回车查找"), self._find, self._load_vehicles)
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
            self.errors.add_row(form, self.tr("客户"), self.customer, "customer")
            form.addRow(self.tr("车辆"), self.vehicle)
        else:
            form.addRow(self.tr("客户"), QLabel(f"{appointment.customer_name}  {appointment.plate}"))
        self.errors.add_row(form, self.tr("服务顾问"), self.advisor, "advisor")
        form.addRow(self.tr("日期"), self.date)
        self.errors.add_row(form, self.tr("时段"), self.slot, "start")
        if appointment is None:
            form.addRow(self.tr("预约项目"), self.work)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        stack(self, form, button_box(self, self._save))
        # wide enough for the placeholders and a one-line message beside the slot box (was 205 px wide)
        self.setMinimumWidth(max(440, self.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 160))
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
        self.customer.currentIndexChanged.connect(lambda _i: self.errors.clear_field("customer"))
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
        day = self.date.date().toPython()
        closed = rules.closed_day(day, rc.policy())
        self.errors.clear_field("start")  # the message of the day chosen before goes with it
        if closed is not None:  # say why there is nothing to choose, next to the slot box
            self.errors.show(closed)
            return
        for load in rc.slot_loads(self.ctx.actor, day, advisor):
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
        else:  # open, but every slot is past or full: say so now, not only when 确定 is pressed
            self.errors.show(InvalidInput(NO_SLOT, field="start"))

    def _save(self) -> None:
        self.errors.clear()
        start = self.slot.currentData()
        if start is None or not self.slot.model().item(self.slot.currentIndex()).isEnabled():
            self._load_slots()  # says why: closed, or no free slot
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

    def confirmation(self) -> str:
        """The status-bar line after booking or rescheduling, e.g. 已预约：张伟 粤B12345，12-08 09:00，服务顾问 吴刚."""
        row = self.result_row
        if row is None:
            return ""
        text = self.tr("已改期：{who}，{when}，服务顾问 {advisor}") if self.appointment else \
            self.tr("已预约：{who}，{when}，服务顾问 {advisor}")
        return text.format(who=f"{row.customer_name} {row.plate}".strip(), when=row.start.strftime("%m-%d %H:%M"),
                           advisor=row.advisor_name or row.advisor)
