"""The first-run wizard: a missing store file → wizard → logged in as the new administrator, the profile saved;
its pages (skipping, the demo choice, the shared store's error under its field)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from dealerdesk.services import accounts, store_profile
from dealerdesk.services.settings import get_setting
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, User
from dealerdesk.ui.first_run import start as first_start
from dealerdesk.ui.first_run.wizard import DEMO, EMPTY, FirstRunWizard
from tests.ui.test_first_run_helpers import PNG_1PX

PASSWORD = "kaidian2026"


@pytest.fixture
def new_store(tmp_path, qsettings_tmp, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DEALERDESK_USER", raising=False)
    monkeypatch.delenv("DEALERDESK_PASSWORD", raising=False)
    info = open_store(tmp_path / "new.db", create=True)
    yield info
    close_store()


def fill_admin(wizard: FirstRunWizard, password: str = PASSWORD) -> None:
    wizard.admin_page.password.setText(password)
    wizard.admin_page.confirm.setText(password)


def go_to(wizard: FirstRunWizard, page) -> None:
    if wizard.currentPage() is None:
        wizard.show()
    for _ in range(8):
        if wizard.currentPage() is page:
            return
        wizard.next()
    assert wizard.currentPage() is page


def test_a_missing_store_file_starts_the_wizard_and_ends_logged_in_as_its_admin(tmp_path, qtbot, qsettings_tmp,
                                                                               monkeypatch):
    from dealerdesk import app

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DEALERDESK_USER", raising=False)
    monkeypatch.delenv("DEALERDESK_PASSWORD", raising=False)
    missing = tmp_path / "shop" / "dealerdesk.db"
    missing.parent.mkdir()
    shown = []

    def drive(wizard):  # the person: store name, the administrator, start empty, 完成
        qtbot.addWidget(wizard)
        shown.append(wizard)
        wizard.show()
        assert wizard.currentPage() is wizard.language_page
        wizard.next()
        wizard.store_page.name.setText("深圳鹏程吉利4S店")
        wizard.store_page.phone.setText("0755-23456789")
        wizard.next()
        wizard.admin_page.login.setText("laowang")
        wizard.admin_page.name.setText("王店长")
        fill_admin(wizard)
        wizard.next()
        assert wizard.currentPage() is wizard.folders_page
        wizard.next()
        wizard.start_page.choices[EMPTY].setChecked(True)
        wizard.next()
        assert wizard.currentPage() is wizard.done_page
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result()

    monkeypatch.setattr(FirstRunWizard, "exec", drive)
    try:
        info = app.open_database(str(missing), demo=False)
        assert info.created and accounts.needs_first_admin()
        actor, label, result = app.log_in_or_set_up("dealerdesk.db", demo=False)
        assert shown and actor is not None and result.open_import is False
        assert (actor.login, actor.role, actor.display_name) == ("laowang", "admin", "王店长")
        assert accounts.authenticate("laowang", PASSWORD).id == actor.id
        profile = store_profile.get_profile()
        assert (profile.name, profile.phone) == ("深圳鹏程吉利4S店", "0755-23456789")
        assert AuditLog.select().where(AuditLog.action == "store.profile", AuditLog.user_login == "laowang").exists()
    finally:
        close_store()


def test_the_admin_page_refuses_a_short_password_next_to_the_field_and_creates_nobody(new_store, qtbot):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    go_to(wizard, wizard.admin_page)
    fill_admin(wizard, "short")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.admin_page.messages["password"].text() and User.select().count() == 0


def test_skipping_every_optional_step_says_what_is_left(new_store, qtbot):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    go_to(wizard, wizard.admin_page)
    fill_admin(wizard)
    go_to(wizard, wizard.done_page)
    text = wizard.done_page.summary.text()
    assert "门店名称没有填写" in text and "没有选择门店标志" in text and "备份文件夹用默认位置" in text
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.choice.start == EMPTY
    assert get_setting("store.name") == "DealerDesk 演示店" and store_profile.get_profile().logo == b""


def test_a_logo_is_kept_in_the_store_and_a_non_image_is_refused_under_its_field(new_store, qtbot, tmp_path):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    (tmp_path / "logo.txt").write_text("not an image")
    assert not wizard.store_page.choose_logo(str(tmp_path / "logo.txt"))
    assert "PNG" in wizard.store_page.messages["logo"].text()
    (tmp_path / "logo.png").write_bytes(PNG_1PX)
    assert wizard.store_page.choose_logo(str(tmp_path / "logo.png"))
    assert not wizard.store_page.messages["logo"].text()
    go_to(wizard, wizard.admin_page)
    fill_admin(wizard)
    go_to(wizard, wizard.done_page)
    wizard.accept()
    (tmp_path / "logo.png").unlink()  # the bytes are in the store, not a path on this PC
    assert store_profile.get_profile().logo == PNG_1PX


def test_the_shared_store_choice_shows_a_missing_server_under_its_field_and_stays(new_store, qtbot):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    go_to(wizard, wizard.admin_page)
    fill_admin(wizard)
    go_to(wizard, wizard.start_page)
    page = wizard.start_page
    assert not page.server_box.isEnabled()
    page.choices["shared"].setChecked(True)
    assert page.server_box.isEnabled()
    page.host.clear()
    wizard.next()
    assert wizard.currentPage() is page
    assert "服务器" in page.messages["host"].text()


def test_the_demo_choice_builds_the_demo_store_and_offers_its_login(new_store, qtbot, tmp_path, monkeypatch):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    go_to(wizard, wizard.admin_page)
    fill_admin(wizard)
    go_to(wizard, wizard.start_page)
    wizard.start_page.choices[DEMO].setChecked(True)
    wizard.next()
    assert "演示门店" in wizard.done_page.summary.text()
    wizard.accept()
    assert wizard.choice.start == DEMO
    asked = {}

    def fake_login(parent=None, **kwargs):
        asked.update(kwargs)
        return accounts.authenticate(kwargs["login"], kwargs["password"])

    monkeypatch.setattr("dealerdesk.ui.session.ask_login", fake_login)
    monkeypatch.setattr(first_start, "_build_demo", lambda path, customers: _small_demo(path))
    result = first_start.finish(wizard.choice, "new.db")
    assert result.actor.login == "manager01" and result.store_label == "demo.db"
    assert asked["store_label"] == "demo.db"
    assert User.select().where(User.login == "manager01").exists()  # the demo store is the open one now


def _small_demo(path):
    import datetime as dt

    from dealerdesk.services.demo import DemoOptions, generate_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    generate_demo(DemoOptions(path=path, customers=20, seed=1, today=dt.date(2026, 10, 15)))


def test_a_new_empty_shared_store_gets_the_same_administrator_and_profile(new_store, qtbot, tmp_path):
    from dealerdesk.ui.first_run.wizard import FirstRunChoice

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    go_to(wizard, wizard.store_page)
    wizard.store_page.name.setText("鹏程吉利4S店")
    go_to(wizard, wizard.admin_page)
    fill_admin(wizard)
    go_to(wizard, wizard.done_page)
    wizard.accept()
    # the shared store is a server in real life; any store URL the connection layer opens will do here
    other = tmp_path / "shared.db"
    result = first_start.finish(FirstRunChoice(actor=wizard.actor, start="shared", url=str(other)), "new.db",
                                wizard=wizard)
    assert result.store_label == "shared.db" and result.actor.login == "admin"
    assert accounts.authenticate("admin", PASSWORD).role == "admin"
    assert store_profile.get_profile().name == "鹏程吉利4S店"


def test_the_store_profile_dialog_edits_the_profile_and_clears_the_logo(new_store, qtbot):
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.dialogs.store_profile import StoreProfileDialog
    from tests.factories import make_user

    boss = make_user("boss", "王经理", "manager")
    store_profile.save_profile(boss, name="鹏程吉利4S店", logo=PNG_1PX)
    dialog = StoreProfileDialog(AppContext(actor=actor_for_login("boss")))
    qtbot.addWidget(dialog)
    assert dialog.fields.name.text() == "鹏程吉利4S店" and dialog.fields.logo == PNG_1PX
    dialog.fields.address.setText("龙岗区吉华路 88 号")
    dialog.fields.set_logo(b"")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = store_profile.get_profile()
    assert (saved.name, saved.address, saved.logo) == ("鹏程吉利4S店", "龙岗区吉华路 88 号", b"")
