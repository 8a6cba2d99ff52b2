"""Opening a customer profile and creating a customer, shared by the main window and the pages.

The real dialogs (ui/dialogs/profile.py, ui/dialogs/new_customer.py) are written by another feature area
and imported lazily; until they exist a read-only summary and a minimal form keep the workflow usable.
"""
from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox,
                               QWidget)

from dealerdesk.services.customers import records as customer_service
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.messages import show_error
from dealerdesk.ui.format import paren

log = logging.getLogger(__name__)


def _optional(module: str, name: str):
    """`module.name`, or None while that module has not landed yet (other import errors propagate)."""
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("customer_actions", text)


class ProfileWindows(QObject):
    """One non-modal profile window per customer: opening it again raises the existing one."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.windows: dict[int, QWidget] = {}

    def open(self, customer_id: int) -> QWidget | None:
        existing = self.windows.get(customer_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        window_cls = _optional("dealerdesk.ui.dialogs.profile", "ProfileWindow")
        try:
            window = (window_cls(self.ctx, customer_id, self._parent) if window_cls is not None
                      else self._summary(customer_id))
        except Exception as exc:  # NotFound, PermissionDenied, a bug in the dialog: tell, don't crash
            log.exception("opening customer %s failed", customer_id)
            show_error(self._parent, exc)
            return None
        self.windows[customer_id] = window
        window.destroyed.connect(lambda *_a, cid=customer_id: self.windows.pop(cid, None))
        if hasattr(window, "finished"):
            window.finished.connect(lambda *_a, cid=customer_id: self.windows.pop(cid, None))
        window.show()
        return window

    def _summary(self, customer_id: int) -> QMessageBox:
        d = customer_service.get_customer(self.ctx.actor, customer_id)
        cat = QCoreApplication.translate("categories", customer_service.CATEGORIES.get(d.category, ""))
        tier = QCoreApplication.translate("tiers", customer_service.TIERS.get(d.tier, ""))
        lines = [
            _tr("电话：") + ("、".join(d.phones) or "—"),
            _tr("类别：") + f"{cat}　" + _tr("分级：") + f"{tier}（{d.value_score}）",
            _tr("销售顾问：") + (d.owner_name or "—"),
            _tr("城市：") + (d.city or "—"),
        ] + [_tr("车辆：") + f"{v.plate or '—'} {v.model} {v.vin}" for v in d.vehicles]
        box = QMessageBox(QMessageBox.Icon.Information, _tr("客户档案") + f" — {d.name}",
                          paren(d.name, f"#{d.id}"), QMessageBox.StandardButton.Close, self._parent)
        box.setInformativeText("\n".join(lines))
        box.setModal(False)
        box.setObjectName(f"customerSummary{customer_id}")
        return box


class QuickNewCustomerDialog(QDialog):
    """Minimal stand-in for NewCustomerDialog: name, phone, city, source."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.setWindowTitle(self.tr("新建客户"))
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.city = QLineEdit(self)
        self.source = QComboBox(self)
        for code, label in customer_service.SOURCES.items():
            self.source.addItem(QCoreApplication.translate("sources", label), code)
        form = QFormLayout(self)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("电话"), self.phone)
        form.addRow(self.tr("城市"), self.city)
        form.addRow(self.tr("来源"), self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        data = customer_service.CustomerInput(name=self.name.text(), phones=[self.phone.text()],
                                              city=self.city.text(), source=self.source.currentData())
        created = ops.run(self, self.ctx, customer_service.create_customer, data, title=self.tr("无法保存"))
        if created is ops.FAILED:
            return
        self.customer_id = created.id
        super().accept()


def new_customer(ctx: AppContext, parent: QWidget | None) -> int | None:
    """Open the new-customer dialog (modal); the new id when one was created and the dialog tells us."""
    dialog_cls = _optional("dealerdesk.ui.dialogs.new_customer", "NewCustomerDialog") or QuickNewCustomerDialog
    try:
        dialog = dialog_cls(ctx, parent)
    except Exception as exc:
        log.exception("opening the new-customer dialog failed")
        show_error(parent, exc)
        return None
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    customer_id = getattr(dialog, "customer_id", None)
    dialog.deleteLater()  # the dialog's create_customer already told the lists (ops)
    return customer_id if accepted else None
