"""Logging in: the login dialog (also the idle lock's), the first administrator of a new store, and changing
one's own password.

The dialogs only collect what is typed and call services/accounts.py; the rules (same message for an
unknown login and a wrong password, the growing wait after failures) are the service's. The wait the service
raises is applied here: the 登录 button stays disabled and counts down (a QTimer, one tick a second).
QSettings keeps the last login name, never a password.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from dealerdesk.domain.errors import DealerDeskError, LoginRefused
from dealerdesk.services import accounts, passwords
from dealerdesk.services.auth import Actor
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.forms import button_box, clear_messages, field_messages, message_rows, shown_under, stack
from dealerdesk.ui.widgets.messages import error_text

LAST_LOGIN = "login/last"


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


def _busy(fn, *args, **kwargs):
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn(*args, **kwargs)
    finally:
        QGuiApplication.restoreOverrideCursor()


class LoginDialog(QDialog):
    """登录: login name and password. With `locked_for` it is the idle lock's dialog: the same user types the
    password to go on; another login name there means switching user (the session decides what follows)."""

    def __init__(self, parent: QWidget | None = None, *, login: str = "", password: str = "",
                 locked_for: Actor | None = None, store_label: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.locked_for = locked_for
        self.actor: Actor | None = None
        self.wait_left = 0
        self.setWindowTitle(self.tr("屏幕已锁定") if locked_for else self.tr("登录 DealerDesk"))
        if locked_for is not None:
            intro = self.tr("屏幕已锁定。请输入 %1 的密码继续工作；输入其他登录名则切换用户。").replace(
                "%1", locked_for.display_name or locked_for.login)
        else:
            intro = self.tr("请输入登录名和密码。")
        if store_label:
            intro += "\n" + self.tr("数据库：%1").replace("%1", store_label)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login")
        self.login_edit.setMaxLength(40)
        remembered = QSettings().value(LAST_LOGIN, "")
        self.login_edit.setText(locked_for.login if locked_for else (login or str(remembered or "")))
        self.password_edit = password_edit(self, "password")
        self.password_edit.setText(password)
        self.messages = field_messages(self, "login", "password", "")
        self.wait_label = FieldMessage(self)
        self.wait_label.setObjectName("waitMessage")
        form = QFormLayout()
        message_rows(form, [(self.tr("登录名"), self.login_edit, "login"),
                            (self.tr("密码"), self.password_edit, "password")], self.messages)
        self.buttons = button_box(self, self.try_login, ok_text=self.tr("登录"),
                                  cancel_text=self.tr("退出程序") if locked_for else self.tr("退出"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        stack(self, self.intro, form, self.wait_label, self.messages[""], self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.countdown_step)
        self.setMinimumWidth(380)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def try_login(self) -> None:
        if self.wait_left > 0:
            return
        clear_messages(self.messages.values())
        try:
            actor = _busy(accounts.authenticate, self.login_edit.text(), self.password_edit.text())
        except LoginRefused as exc:
            shown_under(self.messages)(exc)
            self.password_edit.clear()
            self.password_edit.setFocus()
            if exc.wait_seconds:
                self.start_wait(exc.wait_seconds)
            return
        except DealerDeskError as exc:
            self.messages[""].show_error(error_text(exc))
            return
        QSettings().setValue(LAST_LOGIN, actor.login)
        self.actor = actor
        self.accept()

    def start_wait(self, seconds: int) -> None:
        """Apply the service's wait: 登录 disabled, a countdown under the fields."""
        self.wait_left = seconds
        self.ok_button.setEnabled(False)
        self._show_wait()
        self.timer.start()

    def countdown_step(self) -> None:
        self.wait_left = max(0, self.wait_left - 1)
        if self.wait_left:
            self._show_wait()
            return
        self.timer.stop()
        self.wait_label.clear_message()
        self.ok_button.setEnabled(True)

    def _show_wait(self) -> None:
        self.wait_label.show_warning(self.tr("登录失败次数较多，请等待 %1 秒后再试。").replace(
            "%1", str(self.wait_left)))


class FirstAdminDialog(QDialog):
    """A store nobody can log in to yet (the GUI's first run): create its system administrator."""

    def __init__(self, parent: QWidget | None = None, store_label: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("创建系统管理员"))
        self.actor: Actor | None = None
        text = self.tr("这个数据库还没有可以登录的用户。请先创建系统管理员账号，之后用它登录并添加其他用户。")
        if store_label:
            text += "\n" + self.tr("数据库：%1").replace("%1", store_label)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.login_edit = QLineEdit("admin", self)
        self.login_edit.setObjectName("login")
        self.name_edit = QLineEdit(self.tr("系统管理员"), self)
        self.name_edit.setObjectName("name")
        self.password_edit = password_edit(self, "password")
        self.password_edit.setPlaceholderText(self.tr("至少 %1 个字符").replace("%1", str(passwords.MIN_LENGTH)))
        self.confirm_edit = password_edit(self, "confirm")
        self.messages = field_messages(self, "login", "name", "password", "confirm", "")
        form = QFormLayout()
        message_rows(form, [(self.tr("登录名"), self.login_edit, "login"), (self.tr("姓名"), self.name_edit, "name"),
                            (self.tr("密码"), self.password_edit, "password"),
                            (self.tr("确认密码"), self.confirm_edit, "confirm")], self.messages)
        buttons = button_box(self, self.create, ok_text=self.tr("创建并登录"), cancel_text=self.tr("退出"))
        stack(self, intro, form, self.messages[""], buttons)
        self.setMinimumWidth(420)
        self.password_edit.setFocus()

    def create(self) -> None:
        clear_messages(self.messages.values())
        if self.password_edit.text() != self.confirm_edit.text():
            self.messages["confirm"].show_error(self.tr("两次输入的密码不一致"))
            return
        try:
            self.actor = _busy(accounts.create_first_admin, self.login_edit.text(), self.name_edit.text(),
                               self.password_edit.text())
        except DealerDeskError as exc:
            shown_under(self.messages)(exc)
            return
        QSettings().setValue(LAST_LOGIN, self.actor.login)
        self.accept()


class NewPasswordFields:
    """新密码 + 确认 rows with their error lines; `value()` is the new password, or None after showing why not."""

    def __init__(self, dialog: QDialog, form: QFormLayout, messages: dict[str, FieldMessage],
                 field: str = "new_password") -> None:
        self.field = field
        self.messages = messages
        self.new = password_edit(dialog, field)
        self.new.setPlaceholderText(QCoreApplication.translate("NewPasswordFields", "至少 %1 个字符").replace("%1", str(passwords.MIN_LENGTH)))
        self.confirm = password_edit(dialog, "confirm")
        message_rows(form, [(QCoreApplication.translate("NewPasswordFields", "新密码"), self.new, field), (QCoreApplication.translate("NewPasswordFields", "确认新密码"), self.confirm, "confirm")],
                     messages)

    def value(self) -> str | None:
        if self.new.text() != self.confirm.text():
            self.messages["confirm"].show_error(QCoreApplication.translate("NewPasswordFields", "两次输入的密码不一致"))
            return None
        return self.new.text()


class ChangePasswordDialog(QDialog):
    """修改密码: the logged-in user's own password (the current one is asked first)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("修改密码"))
        self.old = password_edit(self, "old_password")
        self.messages = field_messages(self, "old_password", "new_password", "confirm", "")
        form = QFormLayout()
        message_rows(form, [(self.tr("当前密码"), self.old, "old_password")], self.messages)
        self.fields = NewPasswordFields(self, form, self.messages)
        buttons = button_box(self, self.save, ok_text=self.tr("修改"))
        stack(self, QLabel(self.tr("用户：%1").replace("%1", ctx.actor.display_name or ctx.actor.login), self),
              form, self.messages[""], buttons)
        self.setMinimumWidth(380)

    def save(self) -> None:
        clear_messages(self.messages.values())
        new = self.fields.value()
        if new is None:
            return
        if ops.run(self, self.ctx, accounts.change_password, self.old.text(), new,
                   errors=shown_under(self.messages)) is not ops.FAILED:
            self.accept()
