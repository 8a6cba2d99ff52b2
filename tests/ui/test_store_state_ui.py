"""The window on a read-only store (a banner, writing actions off with the reason) and on a damaged one
(the latest good backup offered and restored, the damaged file kept)."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from dealerdesk.services import recovery
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store import backup as files
from tests.store.test_backup import build_store, customers_in, damage


@pytest.fixture()
def read_only_window(store, tmp_path, qtbot, qapp):
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.main_window import MainWindow

    path = tmp_path / "ui.db"
    close_store()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    info = open_store(path.resolve().as_uri().replace("file://", "file:") + "?mode=ro")
    assert info.read_only
    ctx = AppContext(actor=actor_for_login("boss"), db_label="ui.db")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_read_only_store_shows_a_banner_and_turns_writing_actions_off(read_only_window):
    win = read_only_window
    banner = win.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "数据库为只读" in banner.text()
    assert not win.new_customer_action.isEnabled()
    assert "数据库为只读，不能登记和修改客户" in win.new_customer_action.toolTip()
    assert not win.import_action.isEnabled()
    win.show_page("customers")  # a page's writing buttons are off too, reading works
    page = win.page("customers")
    assert not page.new_button.isEnabled()
    assert "数据库为只读" in page.new_button.toolTip()


def test_a_writable_store_has_no_banner(qtbot, ctx):
    from dealerdesk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.findChild(QLabel, "readOnlyBanner") is None
    assert win.new_customer_action.isEnabled()


def _answer(monkeypatch, button_text: str, shown: list):
    """Click the message box's button labelled `button_text`; record every box's text."""
    def exec_(box):
        shown.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text() == button_text:
                box._clicked = button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: getattr(box, "_clicked", None))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))


def test_a_damaged_store_offers_the_latest_good_backup_and_restores_it(tmp_path, qapp, monkeypatch):
    from dealerdesk.ui.widgets.store_state import offer_restore

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    store = build_store(tmp_path / "store.db", customers=300)
    folder = tmp_path / "home" / "backups"
    folder.mkdir(parents=True)
    older = folder / files.backup_name("store", dt.datetime(2026, 1, 1, 9), "daily")
    files.write_backup(store, older)
    newest = folder / files.backup_name("store", dt.datetime(2026, 1, 2, 9), "daily")
    files.write_backup(store, newest)
    damage(newest)  # the newest backup is damaged too: the one before it is offered
    damage(store)
    assert recovery.latest_good_backup(store).path == older
    shown: list[str] = []
    _answer(monkeypatch, "从这个备份恢复", shown)
    try:
        assert offer_restore(None, "数据库已损坏", str(store)) is True
        assert "2026-01-01 09:00" in shown[0]
        assert "已从" in shown[1]
    finally:
        close_store()
    assert customers_in(store) == 300
    kept = list(folder.glob("store-*-damaged.db"))
    assert len(kept) == 1  # the damaged file is kept beside the backups


def test_a_damaged_store_without_a_good_backup_says_so_and_keeps_the_file(tmp_path, qapp, monkeypatch):
    from dealerdesk.ui.widgets.store_state import offer_restore

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    store = build_store(tmp_path / "store.db", customers=300)
    damage(store)
    before = store.read_bytes()
    shown: list[str] = []
    _answer(monkeypatch, "退出", shown)
    assert offer_restore(None, "数据库已损坏", str(store)) is False
    assert "没有找到可用的备份" in shown[0]
    assert store.read_bytes() == before


def test_declining_the_restore_changes_nothing(tmp_path, qapp, monkeypatch):
    from dealerdesk.ui.widgets.store_state import offer_restore

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    store = build_store(tmp_path / "store.db", customers=300)
    folder = tmp_path / "home" / "backups"
    folder.mkdir(parents=True)
    files.write_backup(store, folder / files.backup_name("store", dt.datetime(2026, 1, 1, 9),
                                                         "daily"))
    damage(store)
    before = store.read_bytes()
    shown: list[str] = []
    _answer(monkeypatch, "退出", shown)
    assert offer_restore(None, "数据库已损坏", str(store)) is False
    assert store.read_bytes() == before


def test_a_long_job_s_system_error_is_shown_in_words(qapp, tmp_path, monkeypatch):
    """What a worker reports (an export onto a full disk, a bug) reaches the box through the catalogue."""
    from dealerdesk.services import failures
    from dealerdesk.ui.widgets.messages import error_text

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path))
    assert error_text(OSError(28, "No space left on device", "x.xlsx")).startswith("磁盘已满")
    assert error_text(OSError(2, "No such file", str(tmp_path / "gone" / "x.csv"))).startswith("文件夹不存在")
    text = error_text(ZeroDivisionError("division by zero"))
    assert text.startswith("意外错误（ZeroDivisionError）") and str(failures.log_file()) in text
