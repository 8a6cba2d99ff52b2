"""Add a service record at the counter: type, date, mileage, content, parts and labour, advisor.

A mileage below the vehicle's last reading is asked about (a Yes/No question the person must accept), never
saved silently and never silently refused; other errors are shown under the field they concern.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDoubleSpinBox, QFormLayout, QMessageBox,
                               QPlainTextEdit, QSpinBox, QWidget)

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services.aftersales import service_records as srv
from dealerdesk.services.auth import list_users
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.forms import Save, button_box, field_messages, message_rows, stack
from dealerdesk.ui.widgets.messages import error_text, show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("service_record", text)


class ServiceRecordDialog(QDialog):
    """`result_row` holds the saved ServiceRecordRow after acceptance."""

    def __init__(self, ctx, vehicle_id: int, last_km: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vehicle_id = vehicle_id
        self.result_row: srv.ServiceRecordRow | None = None
        self.setWindowTitle(tr("新增服务记录"))
        self.kind = QComboBox(self)
        for code, label in srv.SERVICE_KINDS.items():
            self.kind.addItem(QCoreApplication.translate("service_kinds", label), code)
        today = ctx.clock().date()
        self.date = QDateEdit(QDate(today), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate(today))
        self.mileage = QSpinBox(self)
        self.mileage.setRange(0, 2_000_000)
        self.mileage.setSingleStep(100)
        self.mileage.setSuffix(tr(" 公里"))
        self.mileage.setValue(last_km)
        self.content = QPlainTextEdit(self)
        self.content.setPlaceholderText(tr("作业内容，例如：更换机油、机滤，检查刹车片"))
        self.parts = self._money()
        self.labour = self._money()
        self.advisor = QComboBox(self)
        self.advisor.addItem(tr("（本人）"), ctx.actor.id)
        for user in list_users(ctx.actor, role="service_advisor"):
            if user.id != ctx.actor.id:
                self.advisor.addItem(user.display_name or user.login, user.id)
        self.messages = field_messages(self, "kind", "service_date", "mileage_km", "parts_cost", "labour_cost",
                                       "advisor", "")
        form = QFormLayout()
        message_rows(form, ((tr("服务类型"), self.kind, "kind"), (tr("服务日期"), self.date, "service_date"),
                            (tr("里程(公里)"), self.mileage, "mileage_km"), (tr("作业内容"), self.content, ""),
                            (tr("配件费(元)"), self.parts, "parts_cost"), (tr("工时费(元)"), self.labour, "labour_cost"),
                            (tr("服务顾问"), self.advisor, "advisor")), self.messages)
        stack(self, form, self.messages[""], button_box(self, self.save, ok=Save))
        self.resize(460, 520)

    def _money(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0, 10_000_000)
        box.setDecimals(2)
        box.setSingleStep(50)
        return box

    def data(self) -> srv.ServiceRecordInput:
        return srv.ServiceRecordInput(
            vehicle_id=self.vehicle_id, kind=self.kind.currentData(), service_date=self.date.date().toPython(),
            mileage_km=self.mileage.value(), content=self.content.toPlainText(),
            parts_cost=f"{self.parts.value():.2f}", labour_cost=f"{self.labour.value():.2f}",
            advisor_id=self.advisor.currentData())

    def confirm_lower_mileage(self, exc: srv.LowerMileage) -> bool:
        """The question a lower mileage needs; the person must accept it explicitly (default: No)."""
        answer = QMessageBox.question(
            self, tr("里程低于上次记录"), error_text(exc),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        for message in self.messages.values():
            message.clear_message()
        data = self.data()
        today = self.ctx.clock().date()
        lower: list[DealerDeskError] = []  # a lower mileage is asked about first, then saved again

        def first_try(exc: DealerDeskError) -> None:
            if isinstance(exc, srv.LowerMileage):
                lower.append(exc)
            else:
                self._show_error(exc)

        row = ops.run(self, self.ctx, srv.add_service_record, data, today=today, errors=first_try)
        if row is ops.FAILED and lower:
            if not self.confirm_lower_mileage(lower[0]):
                self.messages["mileage_km"].show_warning(error_text(lower[0]))
                self.mileage.setFocus()
                return
            row = ops.run(self, self.ctx, srv.add_service_record, data, confirm_lower_mileage=True, today=today,
                          errors=self._show_error)
        if row is ops.FAILED:
            return
        self.result_row = row
        self.accept()

    def _show_error(self, exc: DealerDeskError) -> None:
        target = self.messages.get(exc.field or "", None)
        if target is not None:
            target.show_error(error_text(exc))
        else:
            show_error(self, exc)
