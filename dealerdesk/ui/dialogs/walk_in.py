"""接待登记 (walk-in, F9): a visitor registered in one dialog and one transaction.

Why one dialog: the visitor stands at the desk. Who (a known customer found by their phone, or a new one with
the same live duplicate and 撞单 warning as 新建客户), what they want (model, budget, consultant), what happened
(到店, 试驾 with the model driven, 报价: several at once) and how hot they are (level, with the next follow-up
suggested from the level's cadence) are typed once and saved by services.sales.walk_in.register_walk_in.
A known customer with an open lead gets the visit on that lead.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from dealerdesk.domain import labels, levels
from dealerdesk.services.customers import records as cs
from dealerdesk.services.sales import leads
from dealerdesk.services.sales import walk_in as wi
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import fmt, from_qdt, level_text, to_qdt
from dealerdesk.ui.widgets.duplicate_panel import DuplicatePanel
from dealerdesk.ui.widgets.fields import FieldMessage, PhoneEdit, name_edit
from dealerdesk.ui.widgets.forms import Save, button_box, message_below

DEBOUNCE_MS = 250
WALK_IN_KEY = "F9"  # the main window's File menu, on every page (no page uses F9)


class WalkInDialog(QDialog):
    """`WalkInDialog(ctx, customer_id=None)`; after saving, `result_data` is the service's WalkInResult."""

    #: the use case that saves (actor, WalkInInput, at=…); the event's door form saves through its own
    register = staticmethod(wi.register_walk_in)

    def __init__(self, ctx: AppContext, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = ctx.clock()
        self.customer_id: int | None = None
        self.open_lead: leads.LeadDetail | None = None
        self.result_data: wi.WalkInResult | None = None
        self._suggested: dt.datetime | None = None
        self.setWindowTitle(self.tr("接待登记"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._customer_box())
        layout.addWidget(self._lead_box())
        layout.addWidget(self._visit_box())
        self.message = FieldMessage(self)
        layout.addWidget(self.message)
        self.buttons = button_box(self, ok=Save, ok_text=self.tr("登记 (Ctrl+Enter)"), cancel_text=self.tr("取消"))
        layout.addWidget(self.buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.accept)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_duplicates)
        for w in (self.name, self.phone):
            w.changed.connect(self.timer.start)
        self.owner.currentIndexChanged.connect(self.timer.start)
        self.duplicates.openRequested.connect(self.use_existing)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.next_due.dateTimeChanged.connect(lambda *_a: self._show_hint())
        self.test_drive.toggled.connect(self._drive_toggled)
        self.model.currentIndexChanged.connect(self._model_changed)
        self._drive_toggled(False)
        self._level_changed()
        if customer_id is not None:
            self.use_existing(customer_id)
        else:
            self.name.setFocus()
        self.resize(620, self.sizeHint().height())

    # ------------------------------------------------------------------ building
    def _customer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("客户"), self)
        self.name = name_edit(box)
        self.phone = PhoneEdit(box, required=True, placeholder=self.tr("手机11位，座机加区号"))
        self.source = QComboBox(box)
        for code, text in cs.SOURCES.items():
            self.source.addItem(QCoreApplication.translate("sources", text), code)
        self.source.setCurrentIndex(self.source.findData("walk_in"))
        self.consent = QCheckBox(self.tr("同意接收联系（个人信息保护法）"), box)
        self.known = QLabel(box)
        self.known.setWordWrap(True)
        self.known.setStyleSheet("background:#e8f5e9; padding:4px;")
        self.new_button = QPushButton(self.tr("改为登记新客户"), box)
        self.new_button.clicked.connect(self.use_new)
        self.duplicates = DuplicatePanel(box, open_text=self.tr("选用此客户（已有客户）"))
        self.new_form = QWidget(box)
        form = QFormLayout(self.new_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("电话"), self.phone)
        form.addRow(self.tr("来源"), self.source)
        form.addRow("", self.consent)
        known_row = QHBoxLayout()
        known_row.addWidget(self.known, 1)
        known_row.addWidget(self.new_button)
        outer = QVBoxLayout(box)
        outer.addLayout(known_row)
        outer.addWidget(self.new_form)
        outer.addWidget(self.duplicates)
        self.known.hide()
        self.new_button.hide()
        return box

    def _lead_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("意向"), self)
        self.lead_note = QLabel(box)
        self.lead_note.setWordWrap(True)
        self.lead_note.hide()
        self.model = QComboBox(box)
        self.model.setEditable(True)  # a model not in the catalogue is typed as free text
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model.addItem("", None)
        for mid, brand, name, _price in leads.vehicle_models(self.ctx.actor):
            self.model.addItem(f"{brand} {name}", mid)
        self.model.lineEdit().setPlaceholderText(self.tr("从车型目录选择，或直接输入"))
        self.budget = QSpinBox(box)
        self.budget.setRange(0, 99_999_999)
        self.budget.setSingleStep(10_000)
        self.budget.setSpecialValueText(self.tr("未知"))
        self.budget.setSuffix(self.tr(" 元"))
        self.owner = QComboBox(box)
        self.owner.addItem(self.tr("（暂不分配）"), None)
        for uid, _login, name in leads.consultants(self.ctx.actor):
            self.owner.addItem(name, uid)
        if self.ctx.actor.role == "sales":
            self.owner.setCurrentIndex(max(self.owner.findData(self.ctx.actor.id), 0))
        form = QFormLayout(box)
        form.addRow(self.lead_note)
        form.addRow(self.tr("意向车型"), self.model)
        form.addRow(self.tr("预算"), self.budget)
        form.addRow(self.tr("销售顾问"), self.owner)
        return box

    def _visit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("本次接待"), self)
        self.visit = QCheckBox(QCoreApplication.translate("walk_in", labels.WALK_IN_METHOD["visit"]), box)
        self.visit.setChecked(True)
        self.test_drive = QCheckBox(QCoreApplication.translate("walk_in", labels.WALK_IN_METHOD["test_drive"]), box)
        self.quote = QCheckBox(QCoreApplication.translate("walk_in", labels.WALK_IN_METHOD["quote"]), box)
        self.driven = QComboBox(box)
        self.driven.setEditable(True)
        self.driven.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.driven.addItem("")
        for _mid, brand, name, _price in leads.vehicle_models(self.ctx.actor):
            self.driven.addItem(f"{brand} {name}")
        self.driven.lineEdit().setPlaceholderText(self.tr("试驾车型"))
        methods = QHBoxLayout()
        for w in (self.visit, self.test_drive, self.driven, self.quote):
            methods.addWidget(w)
        methods.addStretch(1)
        self.methods_msg = FieldMessage(box)
        self.content = QPlainTextEdit(box)
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("需求、顾虑、报价…（可不填）"))
        self.content.setMaximumHeight(70)
        self.level = QComboBox(box)
        for lv in levels.OPEN_LEVELS:
            self.level.addItem(level_text(lv.value), lv.value)
        self.next_due = QDateTimeEdit(box)
        self.next_due.setCalendarPopup(True)
        self.next_due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.hint = FieldMessage(box)
        form = QFormLayout(box)
        form.addRow(self.tr("接待内容"), methods)
        form.addRow("", self.methods_msg)
        form.addRow(self.tr("备注"), self.content)
        form.addRow(self.tr("级别"), self.level)
        message_below(form, self.tr("下次跟进"), self.next_due, self.hint)
        return box

    # ------------------------------------------------------------------ customer: known or new
    def refresh_duplicates(self) -> None:
        self.timer.stop()
        if self.customer_id is None:
            self.duplicates.refresh(self.ctx.actor, self.name.text(), [self.phone.text()],
                                    owner_id=self.owner.currentData())

    def use_existing(self, customer_id: int) -> None:
        """Register the visit for a known customer (picked from the matches, or the one the dialog was
        opened for); their open lead, if any, gets the visit."""
        detail = ops.run(self, self.ctx, cs.get_customer, customer_id)
        if detail is ops.FAILED:
            return
        self.customer_id = customer_id
        lead_id = ops.run(self, self.ctx, wi.open_lead_of, customer_id)
        self.open_lead = None if lead_id in (None, ops.FAILED) else ops.run(self, self.ctx, leads.get_lead, lead_id)
        if self.open_lead is ops.FAILED:
            self.open_lead = None
        phones = "、".join(detail.phones) or "—"
        self.known.setText(self.tr("已有客户：{name}（#{id}）　{phones}　销售顾问：{owner}").format(
            name=detail.name, id=detail.id, phones=phones, owner=detail.owner_name or "—"))
        self.known.show()
        self.new_button.show()
        self.new_form.hide()
        self.duplicates.show_matches([])
        self.duplicates.hide()
        if self.open_lead is not None:
            lead = self.open_lead
            self.lead_note.setText(self.tr("本次到店记入进行中的线索 #{id}：{level} · {model} · {owner}").format(
                id=lead.id, level=level_text(lead.level), model=lead.model_name or "—",
                owner=lead.owner_name or "—"))
            self.level.setCurrentIndex(max(self.level.findData(lead.level), 0))
        self.lead_note.setVisible(self.open_lead is not None)
        for w in (self.model, self.budget, self.owner):
            w.setEnabled(self.open_lead is None)
        self._level_changed()

    def use_new(self) -> None:
        self.customer_id = None
        self.open_lead = None
        self.known.hide()
        self.new_button.hide()
        self.new_form.show()
        self.duplicates.show()
        self.lead_note.hide()
        for w in (self.model, self.budget, self.owner):
            w.setEnabled(True)
        self.refresh_duplicates()
        self.name.setFocus()

    # ------------------------------------------------------------------ what happened, level, next date
    def _drive_toggled(self, on: bool) -> None:
        self.driven.setEnabled(on)
        if on:
            self.visit.setChecked(True)
            if not self.driven.currentText() and self.model.currentData() is not None:
                self.driven.setCurrentText(self.model.currentText())

    def _model_changed(self, *_args) -> None:
        if self.test_drive.isChecked() and not self.driven.currentText():
            self.driven.setCurrentText(self.model.currentText())

    def _level_changed(self, *_args) -> None:
        plan = wi.suggest_next(self.ctx.actor, self.level.currentData(), self.now)
        self._suggested = plan.due_at if plan else None
        if plan:
            self.next_due.blockSignals(True)
            self.next_due.setDateTime(to_qdt(plan.due_at))
            self.next_due.blockSignals(False)
        self._show_hint()

    def edited_due(self) -> dt.datetime | None:
        """None while the suggestion is kept (the service plans it from the cadence itself)."""
        value = from_qdt(self.next_due.dateTime())
        return None if value == self._suggested else value

    def _show_hint(self) -> None:
        self.hint.show_warning(self.tr("按级别 {level} 的跟进周期建议 {suggested}").format(
            level=self.level.currentData(), suggested=fmt(self._suggested)))
        self.hint.setStyleSheet("color:#555;")

    def methods(self) -> tuple[str, ...]:
        return tuple(code for code, box in (("visit", self.visit), ("test_drive", self.test_drive),
                                            ("quote", self.quote)) if box.isChecked())

    def collect(self) -> wi.WalkInInput:
        model_id = self.model.currentData()
        typed = self.model.currentText().strip()
        if model_id is not None and typed != self.model.itemText(self.model.currentIndex()):
            model_id = None  # the clerk edited the catalogue name: free text
        new = None
        if self.customer_id is None:
            new = cs.CustomerInput(name=self.name.text(), phones=[self.phone.text()], source=self.source.currentData(),
                                   owner_id=self.owner.currentData(), consent=self.consent.isChecked())
        return wi.WalkInInput(
            customer_id=self.customer_id, customer=new, model_id=model_id,
            model_text="" if model_id is not None else typed, budget=self.budget.value() or None,
            source=self.source.currentData() if self.customer_id is None else "walk_in",
            owner_id=self.owner.currentData(), methods=self.methods(), driven_model=self.driven.currentText().strip(),
            content=self.content.toPlainText(), level=self.level.currentData(), next_due=self.edited_due())

    # ------------------------------------------------------------------ saving
    def confirm(self, text: str) -> bool:
        """Yes/No (tests replace this)."""
        return QMessageBox.question(self, self.tr("可能重复"), text, QMessageBox.StandardButton.Yes
                                    | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        self.message.clear_message()
        self.methods_msg.clear_message()
        if self.customer_id is None:
            if not all([self.name.check(), self.phone.check()]):
                return
            warnings = self.phone.range_warnings()
            if warnings and not self.confirm("\n".join(warnings) + "\n\n" + self.tr("确认号码无误，仍要保存吗？")):
                self.phone.setFocus()
                return
            self.refresh_duplicates()
            if self.duplicates.has_phone_match() and not self.confirm(
                    self.tr("这个电话已经属于已有客户，仍要登记为新客户吗？（建议点“选用此客户”）")):
                return
        result = ops.run(self, self.ctx, self.register, self.collect(), at=self.ctx.clock(),
                         errors={"name": self.name, "phone": self.phone, "methods": self.methods_msg,
                                 "driven_model": self.methods_msg, "next_due": self.hint,
                                 ops.INPUT: self.message}, title=self.tr("无法登记"))
        if result is ops.FAILED:
            return
        self.result_data = result
        super().accept()


def open_walk_in(ctx: AppContext, parent: QWidget | None = None, customer_id: int | None = None) -> int | None:
    """Open the dialog (modal); the customer's id after a registration, which the caller may open."""
    dialog = ops.call(parent, ctx, WalkInDialog, ctx, customer_id, parent)
    if dialog is ops.FAILED:
        return None
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.result_data
    dialog.deleteLater()
    return result.customer_id if accepted and result else None



def walk_in_action(ctx: AppContext, parent: QWidget, opened=None) -> QAction:
    """接待登记(&W)… F9 for a menu; after registering, `opened(customer_id)` (the profile) if given."""
    action = QAction(QCoreApplication.translate("WalkInDialog", "接待登记(&W)…"), parent)
    action.setShortcut(QKeySequence(WALK_IN_KEY))
    action.setToolTip(QCoreApplication.translate("WalkInDialog", "登记到店客户：客户、意向、到店/试驾/报价、级别"))

    def run() -> None:
        customer_id = open_walk_in(ctx, parent)
        if customer_id is not None and opened is not None:
            opened(customer_id)

    action.triggered.connect(run)
    gate(action, ctx.actor, "visit.write")
    return action
