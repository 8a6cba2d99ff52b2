"""备份与恢复 in the window: the daily backup at start, 立即备份, 恢复备份… and the backup on exit.

The daily backup runs in a worker with its progress in the status bar, so the window is usable at once; a
missing folder (a USB disk not plugged in) is said in a message box that does not block. A restore asks for
the file, shows what the backup holds (its date and counts) and asks before replacing anything; the services
check the file, keep a safety copy and reopen the store (services/backup.py).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressBar, QWidget

from dealerdesk.services import backup as backups
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.widgets.messages import error_text
from dealerdesk.ui.workers import Worker, run_with_progress

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("backup", text)


def _number(value: int) -> str:
    return QLocale().toString(int(value))


def restore_question(parent: QWidget | None, summary: backups.BackupSummary) -> QMessageBox:
    """The confirmation before a restore: the backup's date and what it holds; 取消 is the default."""
    when = summary.taken_at.strftime("%Y-%m-%d %H:%M") if summary.taken_at else _tr("未知时间")
    counts = "、".join(f"{_tr(label)} {_number(summary.counts.get(table, 0))}"
                      for table, label in backups.SUMMARY_TABLES)
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("恢复备份"),
                      _tr("用 %1 的备份替换当前数据库？").replace("%1", when), QMessageBox.StandardButton.NoButton,
                      parent)
    box.setInformativeText(
        _tr("备份中有：%1（共 %2 行，数据库版本 %3）。\n\n恢复前会把当前数据库另存为安全副本；"
            "恢复后，备份之后录入的数据不在当前数据库中。请先关闭其他电脑上的 DealerDesk。")
        .replace("%1", counts).replace("%2", _number(summary.rows)).replace("%3", str(summary.schema_version)))
    box.setDetailedText(summary.path)
    restore = box.addButton(_tr("恢复"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setProperty("restore_button", restore)
    return box


class BackupActions(QObject):
    """The 文件 menu's 立即备份 and 恢复备份…, the daily backup at start and the one on exit."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.backup_action = QAction(_tr("立即备份(&B)"), window)
        self.backup_action.triggered.connect(self.backup_now)
        self.backup_action.setEnabled(ctx.actor.can("backup"))
        self.restore_action = QAction(_tr("恢复备份(&R)…"), window)
        self.restore_action.triggered.connect(self.restore)
        self.restore_action.setEnabled(ctx.actor.can("restore"))
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(160)
        self.progress.setFormat(_tr("备份 %p%"))
        self.progress.hide()
        window.statusBar().addWidget(self.progress)
        self.worker: Worker | None = None
        self.notice: QMessageBox | None = None

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action]

    # ------------------------------------------------------------------ automatic
    def start_daily(self) -> Worker:
        """The first start of the day backs the store up in a worker (services decide whether it is due)."""
        self.worker = Worker(backups.automatic_backup, self.ctx.actor, now=self.ctx.clock(), parent=self)
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._daily_done)
        self.worker.failed.connect(self._daily_failed)
        self.worker.finished.connect(self.progress.hide)
        return self.worker.start()

    def _progress(self, done: int, total: int, _stage: str) -> None:
        if not self.progress.isVisible():
            self.window.statusBar().showMessage(_tr("正在自动备份……"))
            self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    def _daily_done(self, result: backups.BackupResult | None) -> None:
        if result is not None:
            self.window.statusBar().showMessage(_tr("今天的自动备份已完成：%1").replace("%1", result.path), 15000)

    def _daily_failed(self, exc: BaseException) -> None:
        log.warning("daily backup failed: %s", exc)
        text = error_text(exc)
        self.window.statusBar().showMessage(_tr("自动备份没有完成：%1").replace("%1", text))
        self.notice = QMessageBox(QMessageBox.Icon.Warning, _tr("自动备份没有完成"), text,
                                  QMessageBox.StandardButton.Ok, self.window)
        self.notice.setInformativeText(_tr("程序可以照常使用。管理员可以在“设置 → 门店与系统”中更改备份文件夹。"))
        self.notice.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable behind it
        self.notice.show()

    def backup_on_exit(self) -> None:
        """At exit, when the backup.on_exit setting asks for it (behind a progress dialog: the app is closing)."""
        try:
            run_with_progress(None, _tr("退出时备份"), _tr("正在备份数据库……"), backups.automatic_backup,
                              self.ctx.actor, now=self.ctx.clock(), on_exit=True)
        except Exception as exc:  # noqa: BLE001 - told to the person, the app closes either way
            log.warning("backup on exit failed: %s", exc)
            QMessageBox.warning(None, _tr("退出时备份没有完成"), error_text(exc))

    # ------------------------------------------------------------------ by hand
    def backup_now(self) -> None:
        result = ops.with_progress(self.window, self.ctx, _tr("备份"), _tr("正在备份数据库……"),
                                   backups.backup_store, self.ctx.actor)
        if result:
            QMessageBox.information(self.window, _tr("备份"), _tr("备份已写入并校验：\n%1").replace("%1", result.path))

    def choose_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, _tr("选择要恢复的备份"), str(backups.backup_folder()),
            _tr("DealerDesk 备份 (*.db)") + ";;" + _tr("所有文件 (*)"))
        return path

    def restore(self) -> None:
        path = self.choose_file()
        if not path:
            return
        summary = ops.run(self.window, self.ctx, backups.examine_backup, path, title=_tr("不能恢复这个文件"))
        if not summary:
            return
        box = restore_question(self.window, summary)
        box.exec()
        if box.clickedButton() is not box.property("restore_button"):
            return
        result = ops.with_progress(self.window, self.ctx, _tr("恢复备份"), _tr("正在恢复数据库……"),
                                   backups.restore_store, self.ctx.actor, path)
        if result:
            QMessageBox.information(self.window, _tr("恢复备份"), _tr(
                "已从备份恢复。恢复前的数据库另存为：\n%1").replace("%1", result.safety_copy))
