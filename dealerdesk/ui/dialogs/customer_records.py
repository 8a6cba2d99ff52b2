"""What the profile lets a person add by hand besides leads: a contact (call, WeChat, SMS, visit, note) with the
next contact date that comes back in the worklist, a past purchase (here or elsewhere), and a company's
contact persons.

Why on the profile: these belong to the customer, not to a lead — a base customer's renewal call, a car bought
elsewhere years ago, the fleet buyer of a company. The use cases are services.customers.history's and
.contacts'; the tables use the generic model (profile_tabs.table).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from dealerdesk.domain import validate
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.customers import contacts as cp
from dealerdesk.services.auth import phones_masked
from dealerdesk.services.customers import history
from dealerdesk.services.sales import leads
from dealerdesk.services.sales.walk_in import open_lead_of
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs import profile_tabs as tabs
from dealerdesk.ui.format import from_qdt, to_qdt
from dealerdesk.ui.widgets.fields import FieldMessage, ValidatedLineEdit, name_edit
from dealerdesk.ui.widgets.forms import Save, button_box, message_below, stack

N = QT_TRANSLATE_NOOP
CONTACTS = [tabs.C("main", N("columns", "主要"), lambda r: "★" if r.is_main else "", 40),
            tabs.C("name", N("columns", "姓名"), lambda r: r.name, 90),
            tabs.C("title", N("columns", "职务"), lambda r: r.title, 110),
            tabs.C("phone", N("columns", "电话"), lambda r: r.phone, 120),
            tabs.C("phone2", N("columns", "备用电话"), lambda r: r.phone2, 120)]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerRecords", text)


class ContactLogDialog(QDialog):
    """记录联系: a contact on the customer, with or without a lead; the next contact lands in the worklist."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.now = ctx.clock()
        self.setWindowTitle(self.tr("记录联系"))
        self.channel = QComboBox(self)
        for code, text in history.CONTACT_CHANNELS.items():
            self.channel.addItem(QCoreApplication.translate("channels", text), code)
        self.content = QPlainTextEdit(self)
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("谈了什么：来电事由、需求、约定…"))
        self.content.setMinimumHeight(80)
        self.content_msg = FieldMessage(self)
        self.result = QLineEdit(self)
        self.result.setPlaceholderText(self.tr("结果，如：下周二再联系"))
        self.plan = QCheckBox(self.tr("约定下次联系（进入待办）"), self)
        self.next_at = QDateTimeEdit(self)
        self.next_at.setCalendarPopup(True)
        self.next_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_at.setDateTime(to_qdt((self.now + dt.timedelta(days=3)).replace(hour=10, minute=0)))
        self.next_at.setEnabled(False)
        self.plan.toggled.connect(self.next_at.setEnabled)
        self.next_msg = FieldMessage(self)
        form = QFormLayout()
        lead_id = ops.run(self, ctx, open_lead_of, customer_id)
        if lead_id not in (None, ops.FAILED):  # a contact here does not complete the lead's planned follow-up
            note = FieldMessage(self)
            note.show_warning(self.tr("该客户有进行中的线索 #{id}：跟进线索请在“线索与级别”里选中线索按 F2，"
                                      "这里记录的联系不算完成线索跟进。").format(id=lead_id))
            form.addRow(note)
        form.addRow(self.tr("联系方式"), self.channel)
        message_below(form, self.tr("内容"), self.content, self.content_msg)
        form.addRow(self.tr("结果"), self.result)
        form.addRow("", self.plan)
        message_below(form, self.tr("下次联系"), self.next_at, self.next_msg)
        stack(self, form, button_box(self, ok=Save, ok_text=self.tr("保存"), cancel_text=self.tr("取消")))
        self.setMinimumWidth(480)
        self.content.setFocus()

    def accept(self) -> None:
        self.content_msg.clear_message()
        self.next_msg.clear_message()
        next_at = from_qdt(self.next_at.dateTime()) if self.plan.isChecked() else None
        done = ops.run(self, self.ctx, history.log_contact, self.customer_id, self.channel.currentData(),
                       self.content.toPlainText(), self.result.text(), next_contact_at=next_at, at=self.ctx.clock(),
                       errors={"content": self.content_msg, "channel": self.content_msg,
                               "next_contact_at": self.next_msg, ops.INPUT: self.next_msg})
        if done is ops.FAILED:
            return
        self.logged = done
        super().accept()


class PurchaseDialog(QDialog):
    """登记购车记录: a past purchase; the value score and category are recomputed with it."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.setWindowTitle(self.tr("登记购车记录"))
        today = ctx.clock().date()
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.model = QComboBox(self)
        self.model.setEditable(True)
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model.addItem("")
        for _mid, brand, name, _price in leads.vehicle_models(ctx.actor):
            self.model.addItem(f"{brand} {name}".strip())
        self.model.lineEdit().setPlaceholderText(self.tr("车型，如 大众 途岳"))
        self.price = QSpinBox(self)
        self.price.setRange(0, 99_999_999)
        self.price.setSingleStep(10_000)
        self.price.setSuffix(self.tr(" 元"))
        self.payment = QComboBox(self)
        for code, text in history.PAYMENTS.items():
            if code:
                self.payment.addItem(QCoreApplication.translate("payment", text), code)
        self.channel = QComboBox(self)
        for code, text in history.PURCHASE_CHANNELS.items():
            self.channel.addItem(QCoreApplication.translate("purchase_channels", text), code)
        self.elsewhere = QCheckBox(self.tr("在其他经销商购买（他店购车）"), self)
        self.elsewhere.setToolTip(self.tr("他店购车不计入本店的购车次数和消费，但会影响客户类别（流失判断）"))
        self.message = FieldMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("购车日期"), self.date)
        form.addRow(self.tr("车型"), self.model)
        form.addRow(self.tr("价格"), self.price)
        form.addRow(self.tr("付款方式"), self.payment)
        form.addRow(self.tr("购车渠道"), self.channel)
        form.addRow("", self.elsewhere)
        stack(self, form, self.message, button_box(self, ok=Save, ok_text=self.tr("保存"),
                                                   cancel_text=self.tr("取消")))

    def accept(self) -> None:
        self.message.clear_message()
        data = history.PurchaseInput(purchased_on=self.date.date().toPython(), model_name=self.model.currentText(),
                                     price=self.price.value(), payment_method=self.payment.currentData(),
                                     channel=self.channel.currentData(), elsewhere=self.elsewhere.isChecked())
        if ops.run(self, self.ctx, history.add_purchase, self.customer_id, data, today=self.ctx.clock().date(),
                   errors={ops.INPUT: self.message}) is ops.FAILED:
            return
        super().accept()


class ContactPersonDialog(QDialog):
    """A company's contact person: name, role/title, phones, main contact."""

    def __init__(self, ctx: AppContext, customer_id: int, contact: cp.Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.contact = ctx, customer_id, contact
        self.setWindowTitle(self.tr("联系人") if contact is None else self.tr("联系人 — {name}").format(
            name=contact.name))
        self.name = name_edit(self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("如 车队主管、采购经理"))
        self.phone = ValidatedLineEdit(validate.normalize_phone, self, placeholder=self.tr("手机11位，座机加区号"))
        self.phone2 = ValidatedLineEdit(validate.normalize_phone, self, placeholder=self.tr("可不填"))
        self.is_main = QCheckBox(self.tr("主要联系人"), self)
        # a role that sees phones masked keeps the stored numbers of a contact it edits (as on the basics tab)
        self.keep_phones = contact is not None and phones_masked(ctx.actor)
        if contact is not None:
            self.name.setText(contact.name)
            self.title.setText(contact.title)
            self.phone.setText(contact.phone)
            self.phone2.setText(contact.phone2)
            self.is_main.setChecked(contact.is_main)
        for w in (self.phone, self.phone2):
            w.setEnabled(not self.keep_phones)
        self.message = FieldMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("职务"), self.title)
        form.addRow(self.tr("电话"), self.phone)
        form.addRow(self.tr("备用电话"), self.phone2)
        form.addRow("", self.is_main)
        stack(self, form, self.message, button_box(self, ok=Save, ok_text=self.tr("保存"),
                                                   cancel_text=self.tr("取消")))

    def accept(self) -> None:
        checks = [self.name.check()] + ([] if self.keep_phones else [self.phone.check(), self.phone2.check()])
        if not all(checks):
            return
        data = cp.ContactInput(name=self.name.text(), title=self.title.text(), phone=self.phone.text(),
                               phone2=self.phone2.text(), is_main=self.is_main.isChecked())
        saved = ops.run(self, self.ctx, cp.save_contact, self.customer_id, data,
                        self.contact.id if self.contact else None, keep_phones=self.keep_phones,
                        errors={"name": self.name, "phone": self.phone, "phone2": self.phone2,
                                ops.INPUT: self.message})
        if saved is ops.FAILED:
            return
        self.saved = saved
        super().accept()


class ProfileRecords(QWidget):
    """The profile's additions: 记录联系 on the interactions tab, 登记购车记录 on the purchases tab, and the
    联系人 tab (shown for companies, or whenever contacts exist)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ctx: AppContext = window.ctx
        self.contacts: list[cp.Contact] = []
        self._bars: dict[int, QHBoxLayout] = {}
        self.hide()
        self.log_button = self._add_button(window.tabs.widget(2), self.tr("记录联系…"), self.log_contact,
                                           "interaction.write", "logContact")
        self.purchase_button = self._add_button(window.tabs.widget(4), self.tr("登记购车记录…"), self.add_purchase,
                                                "customer.write", "addPurchase")
        self.walk_in_button = self._add_button(window.tabs.widget(2), self.tr("接待登记（到店、试驾）…"),
                                               self.walk_in, "visit.write", "walkInHere")
        self.page = QWidget()
        self.view, self.model = tabs.table(self.page, CONTACTS, "contacts")
        self.add_contact_button = QPushButton(self.tr("添加联系人…"), self.page)
        self.edit_contact_button = QPushButton(self.tr("修改…"), self.page)
        self.delete_contact_button = QPushButton(self.tr("删除…"), self.page)
        self.add_contact_button.clicked.connect(lambda: self.edit_contact(None))
        self.edit_contact_button.clicked.connect(lambda: self.edit_contact(self.selected_contact()))
        self.delete_contact_button.clicked.connect(self.delete_contact)
        self.view.doubleClicked.connect(lambda _i: self.edit_contact(self.selected_contact()))
        bar = QHBoxLayout()
        for b in (self.add_contact_button, self.edit_contact_button, self.delete_contact_button):
            gate(b, self.ctx.actor, "customer.write")
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self.page)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # appended: the other tabs keep their places (pages and tests address them by index)
        self.tab_index = window.tabs.addTab(self.page, self.tr("联系人"))
        window.reloaded.connect(self.refresh)
        self.refresh()

    def _add_button(self, page: QWidget, text: str, slot, permission: str, name: str) -> QPushButton:
        button = QPushButton(text, page)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        gate(button, self.ctx.actor, permission)
        bar = self._bars.get(id(page))
        if bar is None:  # one row of buttons per tab, above its tables
            bar = self._bars[id(page)] = QHBoxLayout()
            bar.addStretch(1)
            page.layout().insertLayout(0, bar)
        bar.insertWidget(bar.count() - 1, button)
        return button

    def refresh(self) -> None:
        profile = self.window.profile
        if profile is None:
            return
        self.contacts = cp.list_contacts(self.ctx.actor, self.window.customer_id)
        self.model.set_rows(self.contacts)
        visible = profile.customer.kind == "company" or bool(self.contacts)
        self.window.tabs.setTabVisible(self.window.tabs.indexOf(self.page), visible)
        self.window.tabs.setTabText(self.window.tabs.indexOf(self.page),
                                    self.tr("联系人 ({n})").format(n=len(self.contacts)))

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run one of the dialogs modally (tests replace this)."""
        self.last_dialog = dialog
        return dialog.exec()

    def log_contact(self) -> None:
        self.exec_dialog(ContactLogDialog(self.ctx, self.window.customer_id, self.window))

    def walk_in(self) -> None:
        """接待登记 with this customer already chosen (their open lead gets the visit)."""
        from dealerdesk.ui.dialogs.walk_in import WalkInDialog

        dialog = ops.call(self.window, self.ctx, WalkInDialog, self.ctx, self.window.customer_id, self.window)
        if dialog is not ops.FAILED:
            self.exec_dialog(dialog)

    def add_purchase(self) -> None:
        self.exec_dialog(PurchaseDialog(self.ctx, self.window.customer_id, self.window))

    def selected_contact(self) -> cp.Contact | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def edit_contact(self, contact: cp.Contact | None) -> None:
        self.exec_dialog(ContactPersonDialog(self.ctx, self.window.customer_id, contact, self.window))

    def confirm(self, text: str) -> bool:
        """Yes/No before deleting (tests replace this)."""
        return QMessageBox.question(self.window, self.tr("删除联系人"), text, QMessageBox.StandardButton.Yes
                                    | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or not self.confirm(self.tr("确定删除联系人 {name}？").format(name=contact.name)):
            return
        ops.run(self.window, self.ctx, cp.delete_contact, self.window.customer_id, contact.id)


def install(window) -> ProfileRecords:
    """Called by the profile window once its tabs exist (before they are shown)."""
    return ProfileRecords(window)

