"""过户: pick the new owner of a vehicle (one search box) and record the transfer with a note.

Why a dialog of its own: the owner of a vehicle never changes by editing a field, so every change of owner
is recorded (OwnershipTransfer) and the history stays with the vehicle; the person confirms before it moves.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from dealerdesk.services.aftersales.vehicles import VehicleCard, transfer_vehicle
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.customer_picker import CustomerPicker
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.forms import button_box, stack


def tr(text: str) -> str:
    return QCoreApplication.translate("transfer", text)


class TransferDialog(QDialog):
    def __init__(self, ctx, card: VehicleCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card = card
        self.result_card: VehicleCard | None = None
        self.setWindowTitle(tr("车辆过户"))
        self.picker = CustomerPicker(ctx, self, placeholder=tr("新车主：姓名、拼音或电话"), exclude=card.owner_id,
                                     max_height=None)
        self.query, self.hits, self.search = self.picker.line, self.picker.hits, self.picker.search
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(tr("例如：二手车过户、家庭成员之间转让"))
        self.message = FieldMessage(self)
        form = QFormLayout()
        form.addRow(tr("车辆"), QLabel(f"{card.plate or card.vin}  {card.model}", self))
        form.addRow(tr("原车主"), QLabel(card.owner_name or tr("（未登记）"), self))
        form.addRow(tr("查找新车主"), self.picker)
        form.addRow("", self.message)
        form.addRow(tr("备注"), self.note)
        stack(self, form, button_box(self, self.save, ok_text=tr("过户")))

    def save(self) -> None:
        item = self.hits.currentItem()
        if item is None:
            self.message.show_error(tr("请先查找并选择新车主"))
            return
        answer = QMessageBox.question(self, tr("确认过户"), tr("把 {plate} 过户给 {name}？服务记录随车保留。").format(
            plate=self.card.plate or self.card.vin, name=item.text().split()[0]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        card = ops.run(self, self.ctx, transfer_vehicle, self.card.id, item.data(Qt.ItemDataRole.UserRole),
                       note=self.note.text(), at=self.ctx.clock(), any_error=True)
        if card is ops.FAILED:
            return
        self.result_card = card
        self.accept()
