"""Logging in on the real dialogs: good and wrong passwords, the wait after failures, the first
administrator of a new store, the idle lock (the timer driven, not slept), switching user, the user
management page and changing one's own password."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from dealerdesk.services import accounts
from dealerdesk.services.settings import set_setting
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, User
from dealerdesk.ui.dialogs.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from dealerdesk.ui.session import Session, ask_login, env_login
from tests.factories import TEST_PASSWORD, make_user


def _type(qtbot, edit, text):
    """Type `text` as a person would: key presses, and Chinese committed the way an input method commits it
    (QTest has no keys for 王芳: its keyClicks asserts on a non-Latin-1 character and aborts the run)."""
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def test_good_login_returns_the_user_and_remembers_the_name_not_the_password(qtbot, store):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.login_edit, "li")
    _type(qtbot, dialog.password_edit, TEST_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.login == "li" and dialog.actor.role == "sales"
    settings = QSettings()
    assert settings.value("login/last") == "li"
    assert all(TEST_PASSWORD not in str(settings.value(k)) for k in settings.allKeys())
    again = LoginDialog()
    qtbot.addWidget(again)
    assert again.login_edit.text() == "li" and again.password_edit.text() == ""
    assert again.focusWidget() in (again.password_edit, None)


def test_wrong_password_shows_the_error_under_the_field_and_counts_down_the_wait(qtbot, store):
    dialog = LoginDialog(login="li")
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    assert dialog.messages["password"].isVisible()
    assert dialog.messages["password"].text() == "登录名或密码不正确"
    assert dialog.password_edit.text() == ""
    # the service's wait (1 s after the first failure) disables 登录 until the countdown ends
    assert not dialog.ok_button.isEnabled() and dialog.timer.isActive()
    assert "1 秒" in dialog.wait_label.text()
    dialog.countdown_step()
    assert dialog.ok_button.isEnabled() and not dialog.timer.isActive() and not dialog.wait_label.isVisible()
    assert AuditLog.select().where(AuditLog.action == "login.failed").count() == 1


def test_unknown_login_gets_the_same_message(qtbot, store):
    dialog = LoginDialog(login="nobody", password=TEST_PASSWORD)
    qtbot.addWidget(dialog)
    dialog.try_login()
    assert dialog.messages["password"].text() == "登录名或密码不正确" and dialog.actor is None


def test_a_new_store_asks_for_its_first_administrator(qtbot, tmp_path, qsettings_tmp, monkeypatch):
    open_store(tmp_path / "new.db", create=True)
    try:
        shown = []

        def fake_exec(dialog):
            shown.append(dialog)
            qtbot.addWidget(dialog)
            _type(qtbot, dialog.password_edit, "first-admin-1")
            _type(qtbot, dialog.confirm_edit, "first-admin-2")
            dialog.create()
            assert dialog.messages["confirm"].text() == "两次输入的密码不一致"
            _type(qtbot, dialog.password_edit, "short")
            _type(qtbot, dialog.confirm_edit, "short")
            dialog.create()
            assert "至少需要 8 个字符" in dialog.messages["password"].text()
            _type(qtbot, dialog.password_edit, "first-admin-1")
            _type(qtbot, dialog.confirm_edit, "first-admin-1")
            dialog.create()
            return dialog.result()

        monkeypatch.setattr(FirstAdminDialog, "exec", fake_exec)
        actor = ask_login()
        assert isinstance(shown[0], FirstAdminDialog)
        assert actor.login == "admin" and actor.role == "admin"
        assert accounts.authenticate("admin", "first-admin-1").id == actor.id
        assert not accounts.needs_first_admin()
    finally:
        close_store()


def test_both_environment_variables_log_in_without_the_dialog(store, monkeypatch):
    monkeypatch.setenv("DEALERDESK_USER", "boss")
    monkeypatch.delenv("DEALERDESK_PASSWORD", raising=False)
    assert env_login() is None  # one of the two is not enough
    monkeypatch.setenv("DEALERDESK_PASSWORD", TEST_PASSWORD)
    assert env_login().login == "boss"


def test_demo_start_prefills_manager01_and_the_demo_password(qtbot, store, monkeypatch):
    from dealerdesk import app
    from dealerdesk.services.demo import DEMO_PASSWORD

    make_user("root", "管理员", "admin")  # (else the store would ask for its first administrator)
    monkeypatch.delenv("DEALERDESK_USER", raising=False)
    monkeypatch.delenv("DEALERDESK_PASSWORD", raising=False)
    seen = {}

    def fake_exec(dialog):
        qtbot.addWidget(dialog)
        seen["login"], seen["password"] = dialog.login_edit.text(), dialog.password_edit.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert app.log_in("demo.db", demo=True) is None
    assert seen == {"login": "manager01", "password": DEMO_PASSWORD}


@pytest.fixture
def session(qtbot, store):
    opened: list[QWidget] = []

    def open_window(ctx):
        window = QWidget()
        window.setWindowTitle(ctx.actor.login)
        window.ctx = ctx
        window.show()
        opened.append(window)
        return window

    s = Session(open_window, db_label="ui.db")
    s.opened = opened
    yield s
    for w in opened:
        w.close()
        w.deleteLater()
    QApplication.instance().removeEventFilter(s)


def test_idle_lock_hides_the_window_and_the_same_user_unlocks(qtbot, session, store):
    set_setting(make_user("root", "管理员", "admin"), "ui.lock_minutes", 5)  # a system setting: the admin's
    window = session.start(store["sales"])
    assert session.idle.isActive() and session.idle.interval() == 5 * 60_000
    session.idle.timeout.emit()  # five idle minutes, without waiting for them
    dialog = session.lock_dialog
    assert dialog is not None and dialog.isVisible() and not window.isVisible()
    assert dialog.login_edit.text() == "li" and "李顾问" in dialog.intro.text()
    _type(qtbot, dialog.password_edit, "wrong-password")
    dialog.try_login()
    assert session.locked and dialog.messages["password"].text() == "登录名或密码不正确"
    # the service's own 1 s wait after that failure passes (the failure is dated back, nothing sleeps), and
    # the dialog's countdown ends with it
    failed_at = User.get(User.login == "li").last_failed_at
    User.update(last_failed_at=failed_at - dt.timedelta(seconds=5)).where(User.login == "li").execute()
    dialog.countdown_step()
    _type(qtbot, dialog.password_edit, TEST_PASSWORD)
    dialog.try_login()
    assert not session.locked and window.isVisible() and session.window is window
    assert session.idle.isActive()
    actions = [a.action for a in AuditLog.select().order_by(AuditLog.id) if a.user_login == "li"]
    assert actions[-3:] == ["lock", "login.failed", "login"]


def test_another_login_at_the_lock_switches_user(qtbot, session, store):
    first = session.start(store["sales"])
    dialog = session.lock()
    _type(qtbot, dialog.login_edit, "boss")
    _type(qtbot, dialog.password_edit, TEST_PASSWORD)
    dialog.try_login()
    assert session.actor.login == "boss" and session.window is not first
    assert session.window.windowTitle() == "boss" and session.window.isVisible()
    assert session.window.ctx.lock_screen == session.lock


def test_input_restarts_the_idle_count_and_zero_minutes_never_locks(qtbot, session, store, monkeypatch):
    admin = make_user("root", "管理员", "admin")  # ui.lock_minutes is a system setting: the admin's
    set_setting(admin, "ui.lock_minutes", 0)
    window = session.start(store["sales"])
    assert not session.idle.isActive()
    qtbot.keyClick(window, Qt.Key.Key_A)  # input does not start a count that is off
    assert not session.idle.isActive() and not session.locked
    set_setting(admin, "ui.lock_minutes", 1)
    session.ctx.bus.settingsChanged.emit()  # what a saved settings page sends
    assert session.idle.isActive() and session.idle.interval() == 60_000
    # a Qt timer's remaining time only runs down in real time, so the restart is seen where it happens
    restarts = []
    start = session.idle.start
    monkeypatch.setattr(session.idle, "start", lambda *args: (restarts.append(args), start(*args)))
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton)
    assert len(restarts) == 2 and session.idle.isActive() and session.idle.interval() == 60_000
    assert session.idle.remainingTime() > 59_000 and not session.locked
    set_setting(admin, "ui.lock_minutes", 0)
    session.ctx.bus.settingsChanged.emit()
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert not session.idle.isActive() and not session.locked and window.isVisible()


def test_log_out_asks_who_is_next(qtbot, session, store):
    session.start(store["manager"])
    dialog = session.log_out()
    assert dialog.login_edit.text() == "" and not session.opened[0].isVisible()
    _type(qtbot, dialog.login_edit, "li")
    _type(qtbot, dialog.password_edit, TEST_PASSWORD)
    dialog.try_login()
    assert session.actor.login == "li" and len(session.opened) == 2
    assert AuditLog.select().where(AuditLog.action == "logout", AuditLog.user_login == "boss").count() == 1


def test_change_own_password(qtbot, ctx):
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.old, "not-it-at-all")
    _type(qtbot, dialog.fields.new, "brand-new-1")
    _type(qtbot, dialog.fields.confirm, "brand-new-1")
    dialog.save()
    assert dialog.messages["old_password"].text() == "当前密码不正确"
    _type(qtbot, dialog.old, TEST_PASSWORD)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.authenticate("boss", "brand-new-1").login == "boss"


@pytest.fixture
def users_page(qtbot, store, qapp):
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.pages.users import Page

    admin = make_user("root", "管理员", "admin")
    page = Page(AppContext(actor=admin, db_label="ui.db"))
    qtbot.addWidget(page)
    page.show()
    return page


def test_user_page_lists_everyone_and_its_model_is_sound(qtmodeltester, users_page):
    qtmodeltester.check(users_page.model)
    logins = [users_page.model.row_at(r).login for r in range(users_page.model.rowCount())]
    assert sorted(logins) == ["boss", "li", "root"]


def test_user_page_creates_a_user(qtbot, users_page, monkeypatch):
    from dealerdesk.ui.pages import users

    def fake_exec(dialog):
        qtbot.addWidget(dialog)
        _type(qtbot, dialog.login_edit, "wang")
        _type(qtbot, dialog.name_edit, "王芳")
        dialog.role.setCurrentIndex(dialog.role.findData("service_advisor"))
        dialog.technician.setChecked(True)
        _type(qtbot, dialog.fields.new, "new-user-1")
        _type(qtbot, dialog.fields.confirm, "new-user-1")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(users.NewUserDialog, "exec", fake_exec)
    users_page.new_button.click()
    row = users_page.selected()
    assert (row.login, row.name, row.role, row.technician) == ("wang", "王芳", "service_advisor", True)
    assert accounts.authenticate("wang", "new-user-1").role == "service_advisor"


def test_user_page_deactivates_after_confirmation_and_never_oneself(qtbot, users_page, monkeypatch):
    users_page.select_login("root")
    assert not users_page.deactivate_button.isEnabled()
    users_page.select_login("li")
    assert users_page.deactivate_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    users_page.deactivate_button.click()
    assert User.get(User.login == "li").active
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    users_page.deactivate_button.click()
    assert not User.get(User.login == "li").active
    assert users_page.selected().active is False and not users_page.deactivate_button.isEnabled()


def test_user_page_resets_a_password_and_changes_a_role(qtbot, users_page, monkeypatch):
    from dealerdesk.ui.pages import users

    def fake_reset(dialog):
        qtbot.addWidget(dialog)
        _type(qtbot, dialog.fields.new, "reset-pass-1")
        _type(qtbot, dialog.fields.confirm, "reset-pass-1")
        dialog.save()
        return dialog.result()

    def fake_role(dialog):
        qtbot.addWidget(dialog)
        dialog.role.setCurrentIndex(dialog.role.findData("manager"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(users.ResetPasswordDialog, "exec", fake_reset)
    monkeypatch.setattr(users.RoleDialog, "exec", fake_role)
    users_page.select_login("li")
    users_page.reset_button.click()
    assert accounts.authenticate("li", "reset-pass-1").login == "li"
    users_page.role_button.click()
    assert users_page.selected().role == "manager" and User.get(User.login == "li").role == "manager"


def test_user_page_is_the_admins(qtbot, ctx):
    from dealerdesk.ui.pages.users import Page

    page = Page(ctx)  # boss is a manager
    qtbot.addWidget(page)
    assert page.table is None
