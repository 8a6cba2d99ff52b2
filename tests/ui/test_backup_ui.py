"""备份与恢复 in the window: the restore asks first, naming the backup's date and counts, and 取消 changes
nothing; the daily backup runs in a worker and a missing folder is said without blocking the window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dealerdesk.services import backup as backups
from dealerdesk.services.settings import set_setting
from dealerdesk.store.models import Customer
from dealerdesk.ui.backup import restore_question
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.main_window import MainWindow
from tests.factories import make_user

from .conftest import NOW


@pytest.fixture()
def admin_ctx(store, qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    admin = make_user("root", "管理员", "admin")
    return AppContext(actor=admin, db_label="ui.db", clock=lambda: NOW)


@pytest.fixture()
def window(qtbot, admin_ctx):
    win = MainWindow(admin_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def answer_restore_question(button_text: str) -> None:
    """Click a button of the restore question once it is up (it runs its own event loop)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, click)


def test_the_question_names_the_backups_date_and_counts(qtbot, admin_ctx, tmp_path):
    backups.backup_store(admin_ctx.actor, tmp_path / "bk.db", now=NOW)
    summary = backups.examine_backup(admin_ctx.actor, tmp_path / "bk.db")
    box = restore_question(None, summary)
    qtbot.addWidget(box)
    assert summary.taken_at.strftime("%Y-%m-%d %H:%M") in box.text()
    assert "客户 6" in box.informativeText() and "线索 1" in box.informativeText()
    assert box.defaultButton().text() == "取消" and box.escapeButton().text() == "取消"



def test_restore_from_the_menu_brings_the_backup_back(qtbot, window, admin_ctx, tmp_path, monkeypatch):
    backups.backup_store(admin_ctx.actor, tmp_path / "bk.db", now=NOW)
    Customer.delete().where(Customer.name == "王芳").execute()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bk.db"), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    answer_restore_question("恢复")
    with qtbot.waitSignal(admin_ctx.bus.customersChanged, timeout=10000):
        window.backups.restore_action.trigger()
    assert Customer.select().where(Customer.name == "王芳").exists()
    assert told and "另存为" in told[0]


def test_cancel_changes_nothing(qtbot, window, admin_ctx, tmp_path, monkeypatch):
    backups.backup_store(admin_ctx.actor, tmp_path / "bk.db", now=NOW)
    Customer.delete().where(Customer.name == "王芳").execute()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bk.db"), ""))
    answer_restore_question("取消")
    window.backups.restore_action.trigger()
    assert not Customer.select().where(Customer.name == "王芳").exists()
    assert not list(backups.backup_folder().glob("*pre-restore*"))


def test_the_daily_backup_runs_in_a_worker_and_says_so(qtbot, window):
    worker = window.backups.start_daily()
    qtbot.waitUntil(lambda: worker.done, timeout=10000)
    assert worker.result is not None and worker.result.path.endswith("-daily.db")
    assert "自动备份已完成" in window.statusBar().currentMessage()


def test_a_missing_backup_folder_is_said_without_blocking(qtbot, window, admin_ctx, tmp_path):
    set_setting(admin_ctx.actor, "backup.folder", str(tmp_path / "U盘" / "备份"))
    worker = window.backups.start_daily()
    qtbot.waitUntil(lambda: worker.done, timeout=10000)
    notice = window.backups.notice
    assert notice is not None and notice.isVisible() and "不存在" in notice.text()
    assert notice.windowModality() == Qt.WindowModality.NonModal and QApplication.activeModalWidget() is None
    assert "不存在" in window.statusBar().currentMessage()
    notice.close()


def test_the_actions_follow_the_role(qtbot, ctx):
    win = MainWindow(ctx)  # a manager: backups and restores are the admin's (the permission matrix)
    qtbot.addWidget(win)
    assert not win.backups.backup_action.isEnabled() and not win.backups.restore_action.isEnabled()


def test_back_up_now_writes_a_checked_backup_and_says_where(qtbot, window, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.backups.backup_action.trigger()
    made = list(backups.backup_folder().glob("*-manual.db"))
    assert len(made) == 1 and told and str(made[0]) in told[0] and "校验" in told[0]
