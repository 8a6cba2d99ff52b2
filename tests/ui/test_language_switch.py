"""The language switch: install_translators applies English or Chinese (ours, Qt's own qtbase, the default
locale: date editors, numbers, money, brackets, the help file), the store's ui.language applies at start
and is remembered on this PC, and the settings page says a restart is needed and offers it."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QMessageBox

from dealerdesk import app as app_module
from dealerdesk import languages
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.settings import get_setting, set_setting
from dealerdesk.ui import format as ui_format
from dealerdesk.ui import restart
from dealerdesk.ui.help import help_file
from dealerdesk.ui.pages.settings import Page
from tests.factories import make_user
from tests.ui.language_fixtures import english_resources  # noqa: F401 - the fixture


@pytest.fixture()
def admin(store):
    make_user("root", "管理员", "admin")
    return actor_for_login("root")


@pytest.fixture()
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DEALERDESK_LANG", raising=False)


def test_english_then_chinese(qapp, english_resources, home):  # noqa: F811
    assert app_module.install_translators(qapp, "en") == "en"
    assert QCoreApplication.translate("nav", "客户") == "Customers"
    assert QLocale().name() == "en_US"
    assert help_file().name == "index.en.html"
    assert ui_format.paren("Wang Fang", "#3") == "Wang Fang (#3)"
    assert ui_format.money(1234567) == "1,234,567"
    editor = QDateEdit(QDate(2026, 12, 3))
    assert "Dec" in editor.text() or "12/3" in editor.text(), editor.text()  # the locale's own date form

    assert app_module.install_translators(qapp, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("nav", "客户") == "客户"  # the English translator is gone
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own dialogs: qtbase_zh_CN
    assert QLocale().name() == "zh_CN"
    assert help_file().name == "index.html"
    assert ui_format.paren("王芳", "#3") == "王芳（#3）"
    assert "2026" in QDateEdit(QDate(2026, 12, 3)).text()


def test_without_a_choice_the_pc_last_language_is_used(qapp, english_resources, home):  # noqa: F811
    languages.save_language("en")
    assert app_module.install_translators(qapp) == "en"
    assert QCoreApplication.translate("nav", "客户") == "Customers"


def test_the_store_setting_applies_at_start_and_is_remembered(qapp, english_resources, home, admin):  # noqa: F811
    set_setting(admin, "ui.language", "en")
    app_module.install_translators(qapp, "zh_CN")  # the start, before the store was open
    assert app_module.apply_store_language(qapp) == "en"
    assert QLocale().name() == "en_US" and QCoreApplication.translate("nav", "客户") == "Customers"
    assert languages.saved_language() == "en"  # the next start's login dialog speaks it too


def test_dealerdesk_lang_overrides_the_store(qapp, english_resources, home, admin, monkeypatch):  # noqa: F811
    set_setting(admin, "ui.language", "en")
    monkeypatch.setenv("DEALERDESK_LANG", "zh_CN")
    assert app_module.apply_store_language(qapp) == "zh_CN"


def test_the_settings_page_says_restart_and_offers_it(qtbot, ctx, home, admin, monkeypatch):
    monkeypatch.setitem(restart._state, "requested", False)
    page = Page(type(ctx)(actor=admin, clock=ctx.clock))  # the language is a system setting
    qtbot.addWidget(page)
    editor = page.editors["ui.language"]
    notes = [label.text() for label in editor.parentWidget().findChildren(type(page.unsaved))]
    assert any("重新启动程序才能生效" in text for text in notes), notes
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    quit_calls = []
    monkeypatch.setattr(restart, "QApplication", type("App", (), {"instance": staticmethod(lambda: type(
        "A", (), {"quit": lambda self: quit_calls.append(1)})())}))
    editor.control.setCurrentIndex(editor.control.findData("en"))
    assert page.save() == 1
    assert get_setting("ui.language") == "en"
    assert asked and "English" in asked[0] and "重新启动" in asked[0]
    assert restart.restart_requested() and quit_calls == [1]
    assert languages.saved_language() == "en"


def test_no_restart_offer_when_the_language_did_not_change(qtbot, ctx, home, admin, monkeypatch):
    monkeypatch.setitem(restart._state, "requested", False)
    page = Page(type(ctx)(actor=admin, clock=ctx.clock))  # the language is a system setting
    qtbot.addWidget(page)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no language change, no question"))
    page.editors["store.name"].control.setText("新店名")
    assert page.save() == 1 and not restart.restart_requested()


def test_restart_starts_the_same_program(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/x/dealerdesk", "--demo"])
    assert restart.restart_command(frozen=False) == (sys.executable, ["-m", "dealerdesk", "--demo"])
    assert restart.restart_command(frozen=True) == (sys.executable, ["--demo"])
