"""Merge two customers that are one person: choose field by field, confirm, and undo right away if wrong.

Why the choice table: duplicates usually differ in a few fields (an old address, another consultant), and
the clerk knows which is right; everything else (leads, vehicles, service history…) moves without asking.
The undo button stays available after the merge because a wrong merge is found out by looking at the result.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from dealerdesk.services.customers import merge as merge_service
from dealerdesk.services.customers.records import get_customer
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext

TABLE_LABELS = {
    "phones": "电话", "contacts": "联系人", "vehicles": "车辆", "transfers_from": "过户记录",
    "transfers_to": "过户记录", "leads": "线索", "interactions": "互动记录", "follow_ups": "跟进",
    "orders": "订单", "purchases": "购车记录", "deliveries": "交车", "service_records": "服务记录",
    "complaints": "投诉", "surveys": "满意度调查", "reminders": "提醒", "referrals": "转介绍客户",
    "earlier_merges": "早先合并的档案",
}


class MergeChoiceModel(QAbstractTableModel):
    """Rows = field groups; column 1/2 = the survivor's / the other's value, exactly one checked per row."""

    def __init__(self, candidates: list[merge_service.MergeCandidate], survivor_id: int, other_id: int,
                 headers: tuple[str, str, str], parent=None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.ids = (survivor_id, other_id)
        self.headers = headers
        # default: keep the survivor's value unless it is empty and the other's is not (as the service does)
        self.choice = [1 if (not c.survivor_value and c.other_value) else 0 for c in candidates]
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c, col = self.candidates[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return QCoreApplication.translate("merge", c.label)
            return (c.survivor_value if col == 1 else c.other_value) or "—"
        if role == Qt.ItemDataRole.CheckStateRole and col > 0:
            chosen = self.choice[index.row()] == col - 1
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and c.differs:
            return self._bold
        return None

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() == 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False  # a choice is changed by checking the other side, never by unchecking
        self.choice[index.row()] = index.column() - 1
        self.dataChanged.emit(self.index(index.row(), 1), self.index(index.row(), 2),
                              [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.candidates[index.row()].differs:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self.headers[section]
        return None

    def field_choices(self) -> dict[str, int]:
        return {c.field: self.ids[self.choice[i]] for i, c in enumerate(self.candidates)}


class MergeDialog(QDialog):
    """`MergeDialog(ctx, survivor_id, other_id)`: the other customer is merged into the survivor."""

    def __init__(self, ctx: AppContext, survivor_id: int, other_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.survivor_id, self.other_id = survivor_id, other_id
        self.result_: merge_service.MergeResult | None = None
        survivor = get_customer(ctx.actor, survivor_id)
        other = get_customer(ctx.actor, other_id)
        self.setWindowTitle(self.tr("合并客户"))
        self.resize(640, 560)
        intro = QLabel(self.tr("把 <b>{other}</b>（#{oid}）并入 <b>{survivor}</b>（#{sid}）。对方的线索、车辆、"
                               "服务记录、投诉等全部转到保留的客户；被并入的档案归档。<br>"
                               "加粗的项目两边不同：勾选要保留的值。").format(
            other=other.name, oid=other_id, survivor=survivor.name, sid=survivor_id), self)
        intro.setWordWrap(True)
        self.model = MergeChoiceModel(
            merge_service.merge_candidates(ctx.actor, survivor_id, other_id), survivor_id, other_id,
            (self.tr("项目"), self.tr("保留：{name}（#{id}）").format(name=survivor.name, id=survivor_id),
             self.tr("并入：{name}（#{id}）").format(name=other.name, id=other_id)), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._choose)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("合并"), self)
        self.undo_button = QPushButton(self.tr("撤销合并"), self)
        self.close_button = QPushButton(self.tr("取消"), self)
        self.undo_button.setEnabled(False)
        self.merge_button.clicked.connect(self.do_merge)
        self.undo_button.clicked.connect(self.do_undo)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _choose(self, index: QModelIndex) -> None:
        """A click anywhere in a value cell chooses it (not only on the check box)."""
        if index.column() > 0 and self.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            self.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    def confirm(self, text: str) -> bool:
        """Yes/No before merging (tests replace this)."""
        return QMessageBox.question(self, self.tr("合并客户"), text, QMessageBox.StandardButton.Yes
                                    | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def do_merge(self) -> bool:
        if not self.confirm(self.tr("确定合并这两位客户？合并后可以在本窗口撤销。")):
            return False
        result = ops.run(self, self.ctx, merge_service.merge_customers, self.survivor_id, self.other_id,
                         self.model.field_choices(), title=self.tr("无法合并"))
        if result is ops.FAILED:
            return False
        self.result_ = result
        moved = "、".join(f"{QCoreApplication.translate('merge', TABLE_LABELS.get(t, t))} {n}"
                         for t, n in self.result_.moved.items())
        self.status.setText(self.tr("已合并（记录号 {id}）。转移：{moved}").format(
            id=self.result_.merge_id, moved=moved or self.tr("无")))
        self.merge_button.setEnabled(False)
        self.undo_button.setEnabled(True)
        self.view.setEnabled(False)
        self.close_button.setText(self.tr("关闭"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        return True

    def do_undo(self) -> bool:
        if self.result_ is None:
            return False
        if ops.run(self, self.ctx, merge_service.undo_merge, self.result_.merge_id,
                   title=self.tr("无法撤销")) is ops.FAILED:
            return False
        self.status.setText(self.tr("已撤销合并，两位客户恢复原样。"))
        self.undo_button.setEnabled(False)
        return True
