"""A lead (线索): intent fields, its history, and every action on it (follow-up, level, order, delivery,
cancel, defeat); plus the manager's reassignment dialog.

Why one window per lead holds the actions: the consultant reads the history before deciding, and every
action re-reads the lead afterwards, so what is shown is what the services stored.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from dealerdesk.domain import levels
from dealerdesk.domain.errors import DealerDeskError, InvalidInput, VersionConflict
from dealerdesk.services.customers.records import SOURCES
from dealerdesk.services.sales import leads
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.follow_up import LOG_KEY, FollowUpDialog
from dealerdesk.ui.format import fmt, level_text
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.forms import Close, Save, button_box, stack
from dealerdesk.ui.widgets.messages import error_text, show_error
from dealerdesk.ui.widgets.model_picker import ModelPicker


class LeadDialog(QDialog):
    """New lead for `customer_id`, or the lead `lead_id` with its history and actions."""

    def __init__(self, ctx: AppContext, customer_id: int | None = None, lead_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.lead_id = ctx, lead_id
        self.lead = leads.get_lead(ctx.actor, lead_id) if lead_id else None
        self.customer_id = self.lead.customer_id if self.lead else customer_id
        self.model = ModelPicker(ctx, self.tr("（未定）"), self)  # catalogue models, or another brand typed
        self.other_models = QLineEdit()
        self.colour = QLineEdit()
        self.budget = QSpinBox()
        self.budget.setRange(0, 99_999_999)
        self.budget.setSingleStep(10_000)
        self.budget.setSpecialValueText(self.tr("未知"))
        self.budget.setSuffix(self.tr(" 元"))
        self.payment = QComboBox()
        for code, label in leads.PAYMENT_INTENTS.items():
            self.payment.addItem(QCoreApplication.translate("payment", label) or self.tr("未定"), code)
        self.competitors = QLineEdit()
        self.competitors.setPlaceholderText(self.tr("考虑的竞品，如 丰田凯美瑞、本田雅阁"))
        self.level = QComboBox()
        for lv in levels.OPEN_LEVELS:
            self.level.addItem(level_text(lv.value), lv.value)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("（客户的顾问）"), None)
        for uid, _login, name in leads.consultants(ctx.actor):
            self.owner.addItem(name, uid)
        self.source = QComboBox()
        for code, label in SOURCES.items():
            self.source.addItem(QCoreApplication.translate("sources", label), code)
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("意向车型"), self.model)
        form.addRow(self.tr("其他意向车型"), self.other_models)
        form.addRow(self.tr("颜色"), self.colour)
        form.addRow(self.tr("预算"), self.budget)
        form.addRow(self.tr("付款方式"), self.payment)
        form.addRow(self.tr("竞品"), self.competitors)
        form.addRow(self.tr("级别"), self.level)
        form.addRow(self.tr("销售顾问"), self.owner)
        form.addRow(self.tr("来源"), self.source)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("时间"), self.tr("人员"), self.tr("事项"), self.tr("内容")])
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().hide()
        self.action_buttons: dict[str, QPushButton] = {}
        if self.lead:
            layout.addWidget(QLabel(self.tr("跟进与级别记录")))
            layout.addWidget(self.history, 1)
            row = QHBoxLayout()
            for key, label, slot in (
                ("follow_up", self.tr("记录跟进 ({key})").format(key=LOG_KEY), self.log_follow_up),
                ("level", self.tr("调整级别"), self.change_level),
                ("order", self.tr("下单 / 订车单"), self.order), ("delivery", self.tr("交车"), self.deliver),
                ("cancel", self.tr("退订"), self.cancel), ("defeat", self.tr("战败"), self.defeat),
            ):
                button = QPushButton(label)
                button.clicked.connect(slot)
                row.addWidget(button)
                self.action_buttons[key] = button
            row.addStretch(1)
            layout.addLayout(row)
            QShortcut(QKeySequence(LOG_KEY), self, activated=self.log_follow_up)
        layout.addWidget(button_box(self, self.save, ok=Save, ok_text=self.tr("保存"), cancel=Close,
                                    cancel_text=self.tr("关闭")))
        self.resize(720, 640 if self.lead else 420)
        self.load()

    def load(self) -> None:
        if self.lead_id:
            self.lead = leads.get_lead(self.ctx.actor, self.lead_id)
        lead = self.lead
        # the version these fields show: saved with them, so a save over somebody else's is refused
        self.edit_version = lead.version if lead is not None else None
        if lead is None:
            self.setWindowTitle(self.tr("新建线索"))
            self.header.setText(self.tr("新建线索：首次跟进按级别自动安排（N 级按24小时规则）"))
            return
        self.setWindowTitle(self.tr("线索 — {name}").format(name=lead.customer_name))
        status = QCoreApplication.translate("lead_status", leads.STATUSES.get(lead.status, lead.status))
        self.header.setText(self.tr("{name} · {level} · {status} · 顾问 {owner} · 下次跟进 {next}").format(
            name=lead.customer_name, level=level_text(lead.level), status=status, owner=lead.owner_name or "—",
            next=fmt(lead.next_follow_up_at)))
        self.model.set_model(lead.model_id)
        self.other_models.setText(lead.other_models)
        self.colour.setText(lead.colour)
        self.budget.setValue(lead.budget or 0)
        self.payment.setCurrentIndex(max(self.payment.findData(lead.payment_intent), 0))
        self.competitors.setText(lead.competitors)
        self.level.setCurrentIndex(max(self.level.findData(lead.level), 0))
        self.level.setEnabled(False)  # levels change through 调整级别 (with a reason)
        self.level.setToolTip(self.tr("级别请用“调整级别”或记录跟进时修改"))
        self.owner.setCurrentIndex(max(self.owner.findData(lead.owner_id), 0))
        self.owner.setEnabled(False)  # owners change through 改派 (manager)
        self.source.setCurrentIndex(max(self.source.findData(lead.source), 0))
        active = lead.status in leads.ACTIVE_STATUSES
        level = lead.level
        self.action_buttons["follow_up"].setEnabled(active or (level == "D" and lead.next_follow_up_id is not None))
        self.action_buttons["level"].setEnabled(active and level in "NCBAH")
        self.action_buttons["order"].setEnabled((lead.status == "open" and level in "NCBAH") or level in "OD")
        self.action_buttons["delivery"].setEnabled(level == "O")
        self.action_buttons["cancel"].setEnabled(level == "O")
        self.action_buttons["defeat"].setEnabled(lead.status == "open" and level in "NCBAH")
        history = leads.lead_history(self.ctx.actor, lead.id)
        self.history.setRowCount(len(history))
        for r, h in enumerate(history):
            if h.kind == "level":
                what = f"{h.from_level or '—'} → {h.to_level}"
            elif h.kind == "interaction":
                what = QCoreApplication.translate("channels", leads.CHANNELS.get(h.channel, "")) or self.tr("备注")
            else:
                what = self.tr("事件")
            for c, value in enumerate((h.at.strftime("%Y-%m-%d %H:%M"), h.who, what, h.text)):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()

    def data(self) -> leads.LeadInput:
        budget = self.budget.value() or None
        return leads.LeadInput(
            customer_id=self.customer_id, model_id=self.model.model_id(),
            other_models="、".join(t for t in (self.model.free_text(), self.other_models.text().strip()) if t),
            colour=self.colour.text(), budget=budget, payment_intent=self.payment.currentData(),
            competitors=self.competitors.text(), level=self.level.currentData(), owner_id=self.owner.currentData(),
            source=self.source.currentData(), received_at=self.ctx.clock())

    def save(self) -> None:
        self.message.clear_message()
        errors = {ops.INPUT: self.message}
        if self.lead is None:
            created = ops.run(self, self.ctx, leads.create_lead, self.data(), at=self.ctx.clock(), errors=errors)
            if created is ops.FAILED:
                return
            self.lead_id = created.id
        elif ops.run(self, self.ctx, leads.update_lead, self.lead.id, self.data(), expected_version=self.edit_version,
                     at=self.ctx.clock(), errors=self._show_save_error) is ops.FAILED:
            return
        self.accept()

    def _show_save_error(self, exc: DealerDeskError) -> None:
        """Under the form for a wrong input; a box for the rest. After a conflict the typed values stay and
        the box shows both versions: saving again then means "mine wins" (the version shown is the saved one)."""
        if isinstance(exc, VersionConflict):
            self.edit_version = exc.current_version
            show_error(self, exc, self.tr("线索已被他人修改"))
        elif isinstance(exc, InvalidInput):
            self.message.show_error(error_text(exc))
        else:
            show_error(self, exc)

    def _action(self, dialog_cls) -> None:
        dialog = ops.call(self, self.ctx, dialog_cls, self.ctx, self.lead.id, self)
        if dialog is ops.FAILED:
            return
        if dialog.exec():
            self.load()

    def log_follow_up(self) -> None:
        if self.action_buttons["follow_up"].isEnabled():
            self._action(FollowUpDialog)

    def change_level(self) -> None:
        from dealerdesk.ui.dialogs.level_change import LevelChangeDialog

        self._action(LevelChangeDialog)

    def order(self) -> None:
        from dealerdesk.ui.dialogs.deal_sheet import DealSheetDialog  # the order is recorded with its deal sheet

        self._action(DealSheetDialog)

    def deliver(self) -> None:
        from dealerdesk.ui.dialogs.delivery import DeliveryDialog

        self._action(DeliveryDialog)

    def cancel(self) -> None:
        from dealerdesk.ui.dialogs.order import CancelOrderDialog

        self._action(CancelOrderDialog)

    def defeat(self) -> None:
        from dealerdesk.ui.dialogs.defeat import DefeatDialog

        self._action(DefeatDialog)


class ReassignDialog(QDialog):
    """改派: move the chosen leads (and their planned follow-ups) to another consultant, with a note."""

    def __init__(self, ctx: AppContext, lead_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.lead_ids = ctx, lead_ids
        self.setWindowTitle(self.tr("改派线索（{n} 条）").format(n=len(lead_ids)))
        self.owner = QComboBox()
        for uid, _login, name in leads.consultants(ctx.actor):
            self.owner.addItem(name, uid)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("改派原因，如：原顾问离职"))
        self.note.setMaximumHeight(70)
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("转给"), self.owner)
        form.addRow(self.tr("说明"), self.note)
        stack(self, form, self.message, button_box(self, ok_text=self.tr("改派"), cancel_text=self.tr("取消")))
        self.moved = 0

    def accept(self) -> None:
        moved = ops.run(self, self.ctx, leads.reassign_leads, self.lead_ids, self.owner.currentData(),
                        self.note.toPlainText(), at=self.ctx.clock(), errors=self._show_error)
        if moved is ops.FAILED:
            return
        self.moved = moved
        super().accept()

    def _show_error(self, exc: DealerDeskError) -> None:
        self.message.show_error(error_text(exc))


def new_lead_for_customer(ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> int | None:
    """For the customer profile's leads tab (button "新建线索"): the new lead's id, or None."""
    dialog = LeadDialog(ctx, customer_id=customer_id, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.lead_id if dialog.exec() else None


def register_profile_actions() -> None:
    """Add "新建线索" to the profile's leads tab (called once by the profile window or the main window)."""
    from dealerdesk.ui.dialogs import profile_tabs

    if any(a.callback is _profile_new_lead for a in profile_tabs.TAB_ACTIONS.get("leads", [])):
        return
    profile_tabs.register_tab_action("leads", QT_TRANSLATE_NOOP("lead", "新建线索"), _profile_new_lead,
                                     "lead.write", context="lead")


def _profile_new_lead(ctx: AppContext, customer_id: int) -> None:
    new_lead_for_customer(ctx, customer_id)
