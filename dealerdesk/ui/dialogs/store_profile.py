"""文件 → 门店资料…: the store's name, address, phone and logo after the first run (managers and administrators;
services/store_profile.save_profile checks the permission and audits the change)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dealerdesk.services import store_profile
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.forms import Save, button_box, shown_under, stack
from dealerdesk.ui.widgets.store_profile_form import StoreProfileFields


class StoreProfileDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("storeProfileDialog")
        self.setWindowTitle(self.tr("门店资料"))
        self.before = store_profile.get_profile()
        self.fields = StoreProfileFields(self, self.before)
        stack(self, self.fields, button_box(self, self.save, ok=Save))
        self.setMinimumWidth(560)

    def save(self) -> None:
        if not self.fields.check():
            return
        logo = self.fields.logo
        result = ops.run(self, self.ctx, store_profile.save_profile, name=self.fields.name.text(),
                         address=self.fields.address.text(), phone=self.fields.phone.text(),
                         logo=logo if logo and logo != self.before.logo else None,
                         clear_logo=not logo and bool(self.before.logo), errors=shown_under(self.fields.messages))
        if result is not ops.FAILED:
            self.accept()
