"""大用户 dialogs: record a visit (who met whom, topic, result, next step, next visit) and make a company
customer a key account or change its grade, account manager and targets."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QSpinBox, QWidget)

from dealerdesk.domain import labels
from dealerdesk.services import key_accounts as ka
from dealerdesk.services.sales import consultants
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import paren
from dealerdesk.ui.widgets.customer_picker import CustomerPicker
from dealerdesk.ui.widgets.forms import FieldErrors, button_box, stack


def _date_edit(day: dt.date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class VisitDialog(QDialog):
    """登记走访: the visit completes the planned one and plans the next (the grade's interval unless a date
    was agreed with the customer)."""

    def __init__(self, ctx: AppContext, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.visit_id: int | None = None
        detail = ka.key_account_detail(ctx.actor, account_id, today=ctx.clock().date())
        self.setWindowTitle(self.tr("登记走访：{name}").format(name=detail.account.name))
        self.errors = FieldErrors(self)
        today = ctx.clock().date()
        self.date = _date_edit(today, self)
        self.date.setMaximumDate(QDate(today))
        self.contact = QComboBox(self)
        for cid, name, title, _main in detail.contacts:
            self.contact.addItem(paren(name, title) if title else name, cid)
        self.contact.addItem(self.tr("其他人（在下面填写）"), None)
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("见到的人的姓名和职务"))
        self.contact.currentIndexChanged.connect(self._contact_changed)
        self.topic = QLineEdit(self)
        self.topic.setPlaceholderText(self.tr("例如：年度用车计划沟通"))
        self.result = QPlainTextEdit(self)
        self.result.setTabChangesFocus(True)
        self.result.setFixedHeight(70)
        self.next_step = QLineEdit(self)
        self.agreed = QCheckBox(self.tr("已约定下次走访日期"), self)
        self.next_date = _date_edit(today + dt.timedelta(days=14), self)
        self.next_date.setEnabled(False)
        self.agreed.toggled.connect(self.next_date.setEnabled)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("走访日期(&D)"), self.date, "visited_on")
        self.errors.add_row(form, self.tr("接待人(&C)"), self.contact, "contact")
        form.addRow("", self.other)
        self.errors.add_row(form, self.tr("走访事由(&T)"), self.topic, "topic")
        form.addRow(self.tr("走访结果(&R)"), self.result)
        form.addRow(self.tr("下一步(&N)"), self.next_step)
        form.addRow("", self.agreed)
        self.errors.add_row(form, self.tr("下次走访"), self.next_date, "next_visit_on")
        hint = QLabel(self.tr("不约定日期时，按{grade}的走访间隔安排下次走访。").format(
            grade=ui_labels.text(labels.KEY_ACCOUNT_GRADE, detail.account.grade)), self)
        hint.setWordWrap(True)
        stack(self, form, hint, button_box(self, self.save, ok_text=self.tr("保存走访")))
        self._contact_changed()
        self.topic.setFocus()

    def _contact_changed(self, *_args) -> None:
        self.other.setEnabled(self.contact.currentData() is None)

    def data(self) -> ka.VisitInput:
        cid = self.contact.currentData()
        return ka.VisitInput(visited_on=self.date.date().toPython(), topic=self.topic.text(), contact_id=cid,
                             contact_name="" if cid is not None else self.other.text(),
                             result=self.result.toPlainText(), next_step=self.next_step.text(),
                             next_visit_on=self.next_date.date().toPython() if self.agreed.isChecked() else None)

    def save(self) -> None:
        self.errors.clear()
        got = ops.run(self, self.ctx, ka.record_visit, self.account_id, self.data(), now=self.ctx.clock(),
                      errors=self.errors.show)
        if got is not ops.FAILED:
            self.visit_id = got
            self.accept()


class AccountDialog(QDialog):
    """设为大用户 / 修改大用户: grade, account manager, this year's and each month's order target."""

    def __init__(self, ctx: AppContext, detail: ka.KeyAccountDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.setWindowTitle(self.tr("修改大用户") if detail else self.tr("设为大用户"))
        self.errors = FieldErrors(self)
        self.picker = CustomerPicker(ctx, self, detail.account.customer_id if detail else None,
                                     placeholder=self.tr("单位名称、联系人或电话，回车查找"))
        self.grade = QComboBox(self)
        for code, text in ui_labels.choices(labels.KEY_ACCOUNT_GRADE):
            self.grade.addItem(text, code)
        self.manager = QComboBox(self)
        self.manager.addItem(self.tr("（未指定）"), None)
        for uid, _login, name in consultants(ctx.actor):
            self.manager.addItem(name, uid)
        self.year = QSpinBox(self)
        self.month = QSpinBox(self)
        for box in (self.year, self.month):
            box.setRange(0, 9999)
            box.setSuffix(self.tr(" 台"))
        self.note = QLineEdit(self)
        if detail is not None:
            a = detail.account
            self.grade.setCurrentIndex(max(self.grade.findData(a.grade), 0))
            self.manager.setCurrentIndex(max(self.manager.findData(detail.manager_id), 0))
            self.year.setValue(a.year_target)
            self.month.setValue(a.month_target)
            self.note.setText(detail.note)
        else:
            self.grade.setCurrentIndex(max(self.grade.findData("B"), 0))
            self.manager.setCurrentIndex(max(self.manager.findData(ctx.actor.id), 0))
        form = QFormLayout()
        if detail is None:
            self.errors.add_row(form, self.tr("单位客户(&U)"), self.picker, "customer")
        else:
            form.addRow(self.tr("单位"), QLabel(detail.account.name, self))
        self.errors.add_row(form, self.tr("等级(&G)"), self.grade, "grade")
        self.errors.add_row(form, self.tr("客户经理(&M)"), self.manager, "manager")
        self.errors.add_row(form, self.tr("本年订单目标(&Y)"), self.year, "year_target")
        form.addRow(self.tr("每月订单目标(&O)"), self.month)
        form.addRow(self.tr("备注"), self.note)
        stack(self, form, button_box(self, self.save, ok_text=self.tr("保存")))
        self.result_detail: ka.KeyAccountDetail | None = None

    def save(self) -> None:
        self.errors.clear()
        cid = self.picker.customer_id()
        if cid is None:
            self.errors.labels["customer"].setText(self.tr("请先查找并选择单位客户"))
            self.errors.labels["customer"].show()
            return
        data = ka.KeyAccountInput(cid, self.grade.currentData(), self.manager.currentData(), self.year.value(),
                                  self.month.value(), self.note.text())
        got = ops.run(self, self.ctx, ka.save_key_account, data, now=self.ctx.clock(), errors=self.errors.show)
        if got is not ops.FAILED:
            self.result_detail = got
            self.accept()
