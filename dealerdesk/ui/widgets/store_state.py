"""What the window says about the store itself: opened read-only (a banner above the pages), or damaged at
start (a message offering to restore the latest good backup, app.py)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services import failures, recovery

log = logging.getLogger(__name__)


def read_only_banner(parent: QWidget | None = None) -> QLabel:
    """A yellow line above the pages: the store is read-only, reading works, writing actions are off."""
    label = QLabel(QCoreApplication.translate(
        "store_state", "数据库为只读（只读的文件、文件夹或存储介质）：可以查询、查看档案和打印报表，登记和修改的按钮"
                       "已停用。要修改请把数据库复制到本机可写的文件夹，或请管理员改为可写。"), parent)
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel#readOnlyBanner { background: #fff4ce; color: #5c4400; padding: 8px 12px;"
                        " border-bottom: 1px solid #e0c060; }")
    return label


def _tr(text: str) -> str:
    return QCoreApplication.translate("store_state", text)


def offer_restore(parent: QWidget | None, details: str, url: str) -> bool:
    """The store at `url` failed the quick check at start: say so and, when a good backup exists, offer to
    restore the latest one (the damaged file is kept). `details` (SQLite's findings) go under 显示详细信息.
    True when the store was restored and is open."""
    path = recovery.damaged_store_file(url)
    good = recovery.latest_good_backup(path) if path is not None else None
    said = _tr("数据库 %1 已损坏。为免弄错数据，程序不再读写它。").replace("%1", str(path or url))
    if good is None:
        QMessageBox.critical(parent, _tr("数据库已损坏"), said + "\n\n" + _tr(
            "没有找到可用的备份：请联系技术支持，不要删除损坏的数据库文件。"))
        return False
    question = QMessageBox(QMessageBox.Icon.Critical, _tr("数据库已损坏"), said, parent=parent)
    question.setDetailedText(details)
    question.setInformativeText(_tr("最近的完好备份：%1（%2 行数据）。\n要用它恢复吗？该备份之后的修改会丢失，\n"
                                    "损坏的文件会先另存一份。").replace("%1", good.taken_at.strftime("%Y-%m-%d %H:%M"))
                                .replace("%2", str(good.rows)))
    restore = question.addButton(_tr("从这个备份恢复"), QMessageBox.ButtonRole.AcceptRole)
    question.addButton(_tr("退出"), QMessageBox.ButtonRole.RejectRole)
    question.setDefaultButton(restore)
    question.exec()
    if question.clickedButton() is not restore:
        return False
    try:
        result = recovery.restore_damaged(path, good.path)
    except Exception as exc:  # noqa: BLE001 - shown to the person in words (services/failures.py)
        from dealerdesk.ui.widgets.messages import error_text

        shown = exc if isinstance(exc, DealerDeskError) else failures.user_error(exc)
        QMessageBox.critical(parent, _tr("恢复没有完成"), error_text(shown))
        return False
    QMessageBox.information(parent, _tr("已恢复"), _tr("已从 %1 恢复。损坏的数据库另存为 %2。")
                            .replace("%1", result.restored_from).replace("%2", result.safety_copy))
    return True


__all__ = ["offer_restore", "read_only_banner"]
