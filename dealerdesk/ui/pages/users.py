"""用户管理 (the system administrator's): the staff list — new user, edit (name, role, phone, department,
technician), password reset, deactivation.

Every action goes through services/accounts.py (permission user.manage, audited); deactivating asks first.
Another role sees a sentence instead of the list (the service would refuse anyway). While the administrator
is the only account the page explains what the list is for and offers 新建用户 (ui/widgets/empty_state.py).
The consultant, advisor and technician pickers elsewhere read the active staff from the same table, so a
deactivated person leaves every picker at once.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.services import accounts
from dealerdesk.services.accounts import UserRow
from dealerdesk.services.auth import ROLES
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.dialogs.login import NewPasswordFields
from dealerdesk.ui.models.columns.users import USER_SPEC
from dealerdesk.ui.page_actions import NewAction
from dealerdesk.ui.widgets.forms import (button_box, clear_messages, field_messages, message_rows, push_button,
                                         shown_under, stack)
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.tables import list_table
from dealerdesk.ui.format import paren


def tr(text: str) -> str:
    return QCoreApplication.translate("users", text)


def role_combo(parent: QWidget, current: str = "sales") -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("role")
    for code in ROLES:
        combo.addItem(ui_labels.text(labels.ROLE, code), code)
    combo.setCurrentIndex(ROLES.index(current) if current in ROLES else 0)
    return combo


class NewUserDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("newUserDialog")
        self.setWindowTitle(tr("新建用户"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login")
        self.login_edit.setMaxLength(40)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.role = role_combo(self)
        self.technician = QCheckBox(tr("同时是技师"), self)
        self.phone_edit, self.department_edit = staff_fields(self)
        self.messages = field_messages(self, "login", "name", "role", "phone", "department", "password", "confirm",
                                       "")
        form = QFormLayout()
        message_rows(form, [(tr("登录名"), self.login_edit, "login"), (tr("姓名"), self.name_edit, "name"),
                            (tr("角色"), self.role, "role"), ("", self.technician, ""),
                            (tr("电话"), self.phone_edit, "phone"), (tr("部门"), self.department_edit, "department")],
                     self.messages)
        self.fields = NewPasswordFields(self, form, self.messages, field="password")
        stack(self, form, self.messages[""], button_box(self, self.save, ok_text=tr("创建")))
        self.setMinimumWidth(400)

    def save(self) -> None:
        clear_messages(self.messages.values())
        password = self.fields.value()
        if password is None:
            return
        result = ops.run(self, self.ctx, accounts.create_user, self.login_edit.text(), self.name_edit.text(),
                         self.role.currentData(), password, technician=self.technician.isChecked(),
                         phone=self.phone_edit.text(), department=self.department_edit.text(),
                         errors=shown_under(self.messages))
        if result is not ops.FAILED:
            self.accept()


def staff_fields(parent: QWidget) -> tuple[QLineEdit, QLineEdit]:
    """电话 and 部门 inputs (both optional)."""
    phone = QLineEdit(parent)
    phone.setObjectName("phone")
    phone.setMaxLength(30)
    phone.setPlaceholderText(tr("手机或座机，可不填"))
    department = QLineEdit(parent)
    department.setObjectName("department")
    department.setMaxLength(40)
    department.setPlaceholderText(tr("例如 销售部、售后部，可不填"))
    return phone, department


class EditUserDialog(QDialog):
    """编辑员工: name, role, phone, department and the technician flag (the login stays)."""

    def __init__(self, ctx, row: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setObjectName("editUserDialog")
        self.setWindowTitle(tr("编辑员工"))
        self.name_edit = QLineEdit(row.name, self)
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(40)
        self.role = role_combo(self, row.role)
        self.technician = QCheckBox(tr("同时是技师"), self)
        self.technician.setChecked(row.technician)
        self.phone_edit, self.department_edit = staff_fields(self)
        self.phone_edit.setText(row.phone)
        self.department_edit.setText(row.department)
        self.messages = field_messages(self, "name", "role", "phone", "department", "")
        form = QFormLayout()
        form.addRow(tr("登录名"), QLabel(row.login, self))
        message_rows(form, [(tr("姓名"), self.name_edit, "name"), (tr("角色"), self.role, "role"),
                            ("", self.technician, ""), (tr("电话"), self.phone_edit, "phone"),
                            (tr("部门"), self.department_edit, "department")], self.messages)
        stack(self, form, self.messages[""], button_box(self, self.save))
        self.setMinimumWidth(400)  # like the other account dialogs (else ~200 px, the combo cramped)

    def save(self) -> None:
        clear_messages(self.messages.values())
        if ops.run(self, self.ctx, accounts.update_user, self.row.login, name=self.name_edit.text(),
                   role=self.role.currentData(), phone=self.phone_edit.text(),
                   department=self.department_edit.text(), technician=self.technician.isChecked(),
                   errors=shown_under(self.messages)) is not ops.FAILED:
            self.accept()


RoleDialog = EditUserDialog  # the name before staff details: 修改角色 is now part of 编辑


class ResetPasswordDialog(QDialog):
    def __init__(self, ctx, row: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(tr("重置密码"))
        self.messages = field_messages(self, "password", "confirm", "")
        form = QFormLayout()
        form.addRow(tr("用户"), QLabel(paren(row.name, row.login), self))
        self.fields = NewPasswordFields(self, form, self.messages, field="password")
        note = QLabel(tr("把新密码当面告诉本人，并请他登录后在“账户 → 修改密码”里改成自己的密码。"), self)
        note.setWordWrap(True)
        stack(self, form, note, self.messages[""], button_box(self, self.save, ok_text=tr("重置")))
        self.setMinimumWidth(400)

    def save(self) -> None:
        clear_messages(self.messages.values())
        password = self.fields.value()
        if password is not None and ops.run(self, self.ctx, accounts.reset_password, self.row.login, password,
                                            errors=shown_under(self.messages)) is not ops.FAILED:
            self.accept()


class Page(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        if not ctx.actor.can(accounts.MANAGE):
            self.table = None
            layout.addWidget(QLabel(tr("只有系统管理员可以管理用户。"), self))
            layout.addStretch(1)
            return
        # the buttons first: Tab follows the screen (the buttons above, then the list)
        self.new_button = push_button(tr("新建用户(&N)…"), self.new_user, self)
        self.role_button = self.edit_button = push_button(tr("编辑(&E)…"), self.change_role, self)
        self.reset_button = push_button(tr("重置密码(&P)…"), self.reset_password, self)
        self.deactivate_button = push_button(tr("停用(&D)"), self.deactivate, self)
        self.table, self.model = list_table(USER_SPEC, self, name="userTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        bar = QHBoxLayout()
        for button in (self.new_button, self.role_button, self.reset_button, self.deactivate_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.empty = EmptyState(
            self.table, title=tr("还没有其他员工"),
            text=tr("这里列出所有员工账号：姓名、角色、电话、部门，以及是否技师。销售顾问、服务顾问和技师的名单"
                    "都来自这里。现在只有您的管理员账号，请为每位员工新建账号。"),
            actions=[(tr("新建用户"), self.new_user)],
            is_empty=lambda: self.model.rowCount() <= 1, parent=self)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)
        hint = QLabel(tr("停用的用户不能再登录，他名下的客户和记录保留。"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        rows = ops.run(self, self.ctx, accounts.list_accounts)
        if rows is not ops.FAILED:
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            self.empty.update_state()
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_login(self, login: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).login == login:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.reset_button):
            button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active and row.id != self.ctx.actor.id)

    def new_action(self) -> NewAction:
        return NewAction(tr("新建用户"), self.new_user, "user.manage")

    def new_user(self) -> None:
        dialog = NewUserDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_login(dialog.login_edit.text().strip())

    def change_role(self) -> None:
        row = self.selected()
        if row is not None and RoleDialog(self.ctx, row, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_login(row.login)

    def reset_password(self) -> None:
        row = self.selected()
        if row is not None:
            ResetPasswordDialog(self.ctx, row, self).exec()

    def deactivate(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, tr("停用用户"), tr("停用 %1（%2）后他将不能登录。确定停用吗？").replace("%1", row.name)
            .replace("%2", row.login), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if ops.run(self, self.ctx, accounts.deactivate_user, row.login) is not ops.FAILED:
            self.refresh()
            self.select_login(row.login)
