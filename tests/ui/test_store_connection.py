"""文件 → 数据库连接…: the admin names this PC's store (a file, or the PostgreSQL server) once; the program
opens it from the next start on, after --db and DEALERDESK_DB."""
from urllib.parse import urlsplit

import pytest

from dealerdesk import config
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.connection import ServerFields, server_fields, server_url
from dealerdesk.ui.dialogs.store_connection import StoreConnectionDialog
from tests.factories import make_user
from tests import backends


class Ctx:
    def __init__(self, actor=SYSTEM):
        self.actor = actor


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(config.ENV_DB, raising=False)
    return tmp_path / "home"


def test_server_urls_are_built_quoted_and_read_back():
    fields = ServerFields(host="db.local", port=5433, database="门店", user="dd", password="p@ss:w/rd")
    url = server_url(fields)
    assert url == "postgresql://dd:p%40ss%3Aw%2Frd@db.local:5433/%E9%97%A8%E5%BA%97"
    assert server_fields(url) == fields


def test_the_saved_choice_comes_after_the_command_line_and_the_environment(home, monkeypatch):
    assert config.db_url(None) == str(config.default_db_path())
    config.save_db_url("postgresql://dd@server/dealerdesk")
    assert config.db_url(None) == "postgresql://dd@server/dealerdesk"
    monkeypatch.setenv(config.ENV_DB, "D:/other.db")
    assert config.db_url(None) == "D:/other.db"
    assert config.db_url("E:/cli.db") == "E:/cli.db"
    config.save_db_url(None)
    monkeypatch.delenv(config.ENV_DB)
    assert config.db_url(None) == str(config.default_db_path())


def test_a_missing_server_is_named_under_the_form_and_nothing_is_saved(qtbot, home):
    dialog = StoreConnectionDialog(Ctx(), "dealerdesk.db")
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText("")
    dialog.save()
    assert "服务器" in dialog.message.text()
    assert config.saved_db_url() is None


def test_only_the_admin_may_change_the_store(qtbot, home, tmp_path):
    from dealerdesk.store.db import close_store, open_store

    open_store(tmp_path / "store.db", create=True)  # the acting user is checked against the open store
    dialog = StoreConnectionDialog(Ctx(make_user("li", "李", "sales")), "dealerdesk.db")
    qtbot.addWidget(dialog)
    dialog.local.setChecked(True)
    dialog.path.setText(str(tmp_path / "other.db"))
    dialog.save()
    assert "不能" in dialog.message.text()  # 销售顾问不能修改系统设置
    assert config.saved_db_url() is None
    close_store()


def test_a_local_file_is_saved_and_the_default_file_clears_the_choice(qtbot, home, tmp_path, monkeypatch):
    monkeypatch.setattr("dealerdesk.ui.dialogs.store_connection.QMessageBox.information", lambda *a: None)
    dialog = StoreConnectionDialog(Ctx(), "dealerdesk.db")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "other.db"))
    dialog.save()
    assert config.saved_db_url() == str(tmp_path / "other.db")
    again = StoreConnectionDialog(Ctx(), "other.db")
    qtbot.addWidget(again)
    assert again.local.isChecked() and again.path.text() == str(tmp_path / "other.db")
    again.path.setText(str(config.default_db_path()))
    again.save()
    assert config.saved_db_url() is None


@pytest.mark.skipif(not backends.PG_URL, reason=backends.NO_PG_REASON)
def test_testing_and_saving_a_server(qtbot, home, monkeypatch):
    monkeypatch.setattr("dealerdesk.ui.dialogs.store_connection.QMessageBox.information", lambda *a: None)
    name = backends.new_pg_database(empty=True)
    try:
        parts = urlsplit(backends.PG_URL)
        dialog = StoreConnectionDialog(Ctx(), "dealerdesk.db")
        qtbot.addWidget(dialog)
        dialog.server.setChecked(True)
        dialog.host.setText(parts.hostname)
        dialog.port.setValue(parts.port or 5432)
        dialog.user.setText(parts.username)
        dialog.database.setText(name)
        assert dialog.test()
        assert "空数据库" in dialog.status.text()
        dialog.save()
        assert config.saved_db_url() == f"postgresql://{parts.username}@{parts.hostname}:{parts.port or 5432}/{name}"
        again = StoreConnectionDialog(Ctx(), name)
        qtbot.addWidget(again)
        assert again.server.isChecked() and again.database.text() == name
    finally:
        backends.drop_pg_database(name)
