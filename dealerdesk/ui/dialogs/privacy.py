"""PIPL requests from the profile window: "导出个人信息" (everything about the customer, JSON or PDF) and
"删除个人信息" (erase on request).

Why the erase dialog makes you type the name: erasure cannot be undone, so the button only becomes active
when the typed text equals the customer's name exactly (the service checks it again).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMenu, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from dealerdesk import atomic
from dealerdesk.services.customers import privacy
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.fields import FieldMessage


class EraseCustomerDialog(QDialog):
    """Confirm an erasure by typing the customer's name; `result_data` holds the ErasureResult after it."""

    def __init__(self, ctx: AppContext, customer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.name = ctx, customer_id, name
        self.result_data: privacy.ErasureResult | None = None
        self.setWindowTitle(self.tr("删除个人信息"))
        text = QLabel(self.tr(
            "按客户本人要求（个人信息保护法）删除 {name} 的个人信息：姓名、电话、联系人、生日、地址、车辆的车主关联和车牌、"
            "所有检索键，以及记录和操作日志中出现的这些信息。\n线索、订单、服务等统计数据匿名保留，月度报表不变。\n"
            "此操作不能撤销。请输入客户姓名“{name}”以确认：").format(name=name), self)
        text.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(self.tr("客户姓名"))
        self.typed.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.message = FieldMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("删除个人信息"), self)
        self.erase_button.setEnabled(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        for button in (cancel, self.erase_button):  # Enter in the name field confirms (checked), never cancels
            button.setAutoDefault(False)
            button.setDefault(False)
        self.typed.returnPressed.connect(self.accept)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._typed_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        text.setMinimumWidth(500)  # a wrapped label's height follows its width: fix the width, then fit
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.typed.setFocus()

    def _typed_changed(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self.name)
        self.message.clear_message()

    def accept(self) -> None:
        if self.typed.text().strip() != self.name:
            self.message.show_error(self.tr("输入的姓名与客户姓名不一致"))
            return
        result = ops.run(self, self.ctx, privacy.erase_customer, self.customer_id, self.typed.text(),
                         errors={"confirm_name": self.message}, now=self.ctx.clock())
        if result is ops.FAILED:
            return
        self.result_data = result
        super().accept()


def export_customer_data(ctx: AppContext, customer_id: int, parent: QWidget) -> str | None:
    """Ask for a file (.json or .pdf) and write everything about the customer to it; the path written."""
    path, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("privacy", "导出个人信息"), f"customer-{customer_id}.json",
                                                "JSON (*.json);;PDF (*.pdf)")
    if not path:
        return None
    data = ops.run(parent, ctx, privacy.export_customer_data, customer_id)
    if data is ops.FAILED:
        return None
    if path.lower().endswith(".pdf"):
        from dealerdesk.reports.layout import store_header
        from dealerdesk.reports.privacy import render_privacy_export
        from dealerdesk.services.store_profile import get_profile

        saved = ops.call(parent, ctx, render_privacy_export, data, path, **store_header(get_profile()))
    else:
        saved = ops.call(parent, ctx, atomic.write_text, path, privacy.export_json(data))  # whole or nothing
    if saved is ops.FAILED:  # a full disk: said in a message box, nothing left under the name
        return None
    QMessageBox.information(parent, QCoreApplication.translate("privacy", "导出个人信息"), QCoreApplication.translate("privacy", "已导出到 {path}").format(path=path))
    return path


def privacy_button(ctx: AppContext, customer_id: int, name_of, parent: QWidget, on_erased) -> QPushButton:
    """The profile's "个人信息…" button: export and erase, each shown only to roles allowed to do it."""
    button = QPushButton(QCoreApplication.translate("privacy", "个人信息…"), parent)
    menu = QMenu(button)
    export = menu.addAction(QCoreApplication.translate("privacy", "导出个人信息（JSON/PDF）…"))
    export.setEnabled(ctx.actor.can("privacy.export"))
    export.triggered.connect(lambda: export_customer_data(ctx, customer_id, parent))
    erase = menu.addAction(QCoreApplication.translate("privacy", "按客户要求删除个人信息…"))
    erase.setEnabled(ctx.actor.can("privacy.erase"))

    def _erase() -> None:
        dialog = EraseCustomerDialog(ctx, customer_id, name_of(), parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            on_erased()

    erase.triggered.connect(_erase)
    button.setMenu(menu)
    button.setVisible(ctx.actor.can("privacy.export") or ctx.actor.can("privacy.erase"))
    return button
