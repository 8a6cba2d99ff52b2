"""客户营销 dialogs: the segment editor (with its live count), a new call list, logging one call, a new batch
(template editor with the fields and a live preview for one customer).

Each dialog runs its use case through ui/ops.py and closes on success; `result_row` holds what it made.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QWidget)
from PySide6.QtCore import Qt

from dealerdesk.domain import campaigns as rules
from dealerdesk.domain import labels
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services import campaigns
from dealerdesk.services.customers import listing
from dealerdesk.services.customers.listing import CustomerFilter
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.forms import Save, button_box, stack
from dealerdesk.ui.widgets.messages import error_text

LIVE_MS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("campaigns", text)


def _combo(parent: QWidget, all_label: str, items) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(all_label, None)
    for value, label in items:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class _OptionalDate(QWidget):
    """A check box and a date: unchecked means "any"."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date, 1)

    def value(self) -> dt.date | None:
        return self.date.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: dt.date | None, default: dt.date) -> None:
        self.check.setChecked(value is not None)
        self.date.setDate(QDate(value or default))


class SegmentEditor(QDialog):
    """A segment's filter, every criterion of the customer list and the campaign ones, with a live count."""

    def __init__(self, ctx, flt: CustomerFilter | None = None, name: str = "", segment_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.segment_id, self.result_row = ctx, segment_id, None
        self.setWindowTitle(tr("客户分组"))
        today = ctx.clock().date()
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(tr("例如：凯美瑞车主（保养到期）"))
        opts = listing.filter_options(ctx.actor)
        self.category = _combo(self, tr("全部类别"), ui_labels.choices(labels.CATEGORY))
        self.tier = _combo(self, tr("全部分级"), ui_labels.choices(labels.TIER))
        self.owner = _combo(self, tr("全部顾问"), opts.owners)
        self.source = _combo(self, tr("全部来源"), ui_labels.choices(labels.SOURCE))
        self.city = _combo(self, tr("全部城市"), [(c, c) for c in opts.cities])
        self.model_owned = QLineEdit(self)
        self.model_owned.setPlaceholderText(tr("车型或车系，例如 凯美瑞"))
        self.model_wanted = QLineEdit(self)
        self.model_wanted.setPlaceholderText(tr("未结线索的意向车型或车系"))
        self.birthday = _combo(self, tr("不限"), [(m, tr("{m} 月").format(m=m)) for m in range(1, 13)])
        self.birthday.setToolTip(tr("按客户过的生日：登记为农历生日的按农历月份"))
        self.due_kind = _combo(self, tr("不限"), [("maintenance", tr("保养到期")), ("insurance", tr("保险到期")),
                                                  ("inspection", tr("年检到期"))])
        self.due_from = _OptionalDate(tr("从"), self)
        self.due_to = _OptionalDate(tr("到"), self)
        self.last_visit = _OptionalDate(tr("此日期以来未到店"), self)
        self.complaint = QCheckBox(tr("有未结投诉"), self)
        self.consent = QCheckBox(tr("只要同意接收营销信息的客户"), self)
        self.count = QLabel(self)
        self.count.setObjectName("segmentCount")
        self.error = FieldMessage(self)
        flt = flt or CustomerFilter()
        self.text = flt.text  # a free-text filter from the customer list is kept as it was
        for box, value in ((self.category, flt.category or None), (self.tier, flt.tier or None),
                           (self.owner, flt.owner_id), (self.source, flt.source or None), (self.city, flt.city or None),
                           (self.birthday, flt.birthday_month or None), (self.due_kind, flt.due_kind or None)):
            _select(box, value)
        self.model_owned.setText(flt.model_owned)
        self.model_wanted.setText(flt.model_wanted)
        self.due_from.set_value(flt.due_from, today)
        self.due_to.set_value(flt.due_to, today + dt.timedelta(days=30))
        self.last_visit.set_value(flt.last_visit_before, today - dt.timedelta(days=365))
        self.complaint.setChecked(flt.open_complaint)
        self.consent.setChecked(flt.consent_only)
        self._base = flt
        form = QFormLayout()
        form.addRow(tr("分组名称(&N)"), self.name)
        form.addRow(tr("客户类别"), self.category)
        form.addRow(tr("价值分级"), self.tier)
        form.addRow(tr("负责顾问"), self.owner)
        form.addRow(tr("来源"), self.source)
        form.addRow(tr("城市"), self.city)
        form.addRow(tr("拥有车型"), self.model_owned)
        form.addRow(tr("意向车型"), self.model_wanted)
        form.addRow(tr("生日月份"), self.birthday)
        due = QHBoxLayout()
        due.addWidget(self.due_kind)
        due.addWidget(self.due_from)
        due.addWidget(self.due_to)
        form.addRow(tr("到期"), due)
        form.addRow(tr("上次到店"), self.last_visit)
        form.addRow("", self.complaint)
        form.addRow("", self.consent)
        buttons = button_box(self, self.save, ok=Save)
        stack(self, form, self.count, self.error, buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LIVE_MS)
        self._timer.timeout.connect(self.update_count)
        for box in (self.category, self.tier, self.owner, self.source, self.city, self.birthday, self.due_kind):
            box.currentIndexChanged.connect(self._timer.start)
        for edit in (self.model_owned, self.model_wanted):
            edit.textEdited.connect(self._timer.start)
        for w in (self.due_from, self.due_to, self.last_visit):
            w.check.toggled.connect(self._timer.start)
            w.date.dateChanged.connect(self._timer.start)
        for check in (self.complaint, self.consent):
            check.toggled.connect(self._timer.start)
        self.update_count()

    def current_filter(self) -> CustomerFilter:
        due = self.due_kind.currentData() or ""
        return replace(self._base, text=self.text, category=self.category.currentData() or "",
                       tier=self.tier.currentData() or "", owner_id=self.owner.currentData(),
                       source=self.source.currentData() or "", city=self.city.currentData() or "",
                       model_owned=self.model_owned.text().strip(), model_wanted=self.model_wanted.text().strip(),
                       birthday_month=self.birthday.currentData() or 0, due_kind=due,
                       due_from=self.due_from.value() if due else None, due_to=self.due_to.value() if due else None,
                       last_visit_before=self.last_visit.value(), open_complaint=self.complaint.isChecked(),
                       consent_only=self.consent.isChecked(), now=None)

    def update_count(self) -> int | None:
        """The live count: the customer list's own COUNT for this filter."""
        try:
            n = campaigns.filter_count(self.ctx.actor, self.current_filter())
        except DealerDeskError as exc:
            self.count.setText(error_text(exc))
            return None
        self.count.setText(tr("符合条件的客户：{n} 位").format(n=n))
        return n

    def save(self) -> None:
        row = ops.run(self, self.ctx, campaigns.save_segment, self.name.text(), self.current_filter(),
                      self.segment_id, errors=lambda exc: self.error.show_error(error_text(exc)))
        if row is not ops.FAILED:
            self.result_row = row
            self.accept()


class CallListDialog(QDialog):
    """A segment into a call list: its callers (two or more consultants) and how to split it."""

    def __init__(self, ctx, segments: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.result_row = ctx, None
        self.setWindowTitle(tr("生成外呼名单"))
        self.name = QLineEdit(self)
        self.segment = QComboBox(self)
        for s in segments:
            self.segment.addItem(s.name, s.id)
        self.callers = QListWidget(self)
        for uid, name in campaigns.callers(ctx.actor):
            item = QListWidgetItem(name, self.callers)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.split = QComboBox(self)
        for code, label in ui_labels.choices(labels.CALL_SPLIT):
            self.split.addItem(label, code)
        self.error = FieldMessage(self)
        form = QFormLayout()
        form.addRow(tr("名单名称(&N)"), self.name)
        form.addRow(tr("客户分组(&G)"), self.segment)
        form.addRow(tr("外呼人员(&P)"), self.callers)
        form.addRow(tr("分配方式(&S)"), self.split)
        note = QLabel(tr("未同意接收营销信息、没有电话或近期已收到群发的客户不放进名单，会分别计数。"), self)
        note.setWordWrap(True)
        buttons = button_box(self, self.save, ok_text=tr("生成名单"))
        stack(self, form, note, self.error, buttons)

    def check_callers(self, ids: list[int]) -> None:
        for i in range(self.callers.count()):
            item = self.callers.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)

    def chosen_callers(self) -> list[int]:
        return [self.callers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.callers.count())
                if self.callers.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        if self.segment.currentData() is None:
            self.error.show_error(tr("请先保存一个客户分组"))
            return
        row = ops.run(self, self.ctx, campaigns.create_call_list, self.name.text(), self.segment.currentData(),
                      self.chosen_callers(), self.split.currentData(), at=self.ctx.clock(),
                      errors=lambda exc: self.error.show_error(error_text(exc)))
        if row is not ops.FAILED:
            self.result_row = row
            self.accept()


class LogCallDialog(QDialog):
    """One call's result (and a note): an interaction on the customer; 无人接听 keeps the call open."""

    def __init__(self, ctx, entry_id: int, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.entry_id, self.result_row = ctx, entry_id, None
        self.setWindowTitle(tr("记录外呼结果：{name}").format(name=customer_name))
        self.result = QComboBox(self)
        for code, label in ui_labels.choices(labels.CALL_RESULT):
            self.result.addItem(label, code)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(tr("客户说了什么、约了什么时间"))
        self.error = FieldMessage(self)
        form = QFormLayout()
        form.addRow(tr("通话结果(&R)"), self.result)
        form.addRow(tr("备注(&M)"), self.note)
        buttons = button_box(self, self.save, ok=Save)
        stack(self, form, self.error, buttons)

    def save(self) -> None:
        row = ops.run(self, self.ctx, campaigns.log_call, self.entry_id, self.result.currentData(), self.note.text(),
                      at=self.ctx.clock(), errors=lambda exc: self.error.show_error(error_text(exc)))
        if row is not ops.FAILED:
            self.result_row = row
            self.accept()


class BatchDialog(QDialog):
    """A message batch: a segment, SMS or WeChat, and the template with its fields, previewed for one customer."""

    def __init__(self, ctx, segments: list, template: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.result_row = ctx, None
        self.setWindowTitle(tr("新建群发批次"))
        self.resize(640, 480)
        self.name = QLineEdit(self)
        self.segment = QComboBox(self)
        for s in segments:
            self.segment.addItem(s.name, s.id)
        self.channel = QComboBox(self)
        for code, label in ui_labels.choices(labels.BATCH_CHANNEL):
            self.channel.addItem(label, code)
        self.template = QPlainTextEdit(self)
        self.template.setPlaceholderText(tr("例如：{称呼}，您的{车型}（{车牌}）保养将于{到期日}到期，{门店}提醒您预约。"))
        self.template.setPlainText(template)
        self.template.setTabChangesFocus(True)
        self.fields = QHBoxLayout()
        self.fields.addWidget(QLabel(tr("插入字段："), self))
        for name in rules.FIELDS:
            button = QPushButton("{" + name + "}", self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, n=name: self.template.insertPlainText("{" + n + "}"))
            self.fields.addWidget(button)
        self.fields.addStretch(1)
        self.event_date = QLineEdit(self)
        self.event_date.setPlaceholderText(tr("{活动日期} 的内容，例如 12月20日（周六）"))
        self.preview = QLabel(self)
        self.preview.setObjectName("batchPreview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("background: #f4f6f8; padding: 8px; border-radius: 4px;")
        self.length = QLabel(self)
        self.error = FieldMessage(self)
        form = QFormLayout()
        form.addRow(tr("批次名称(&N)"), self.name)
        form.addRow(tr("客户分组(&G)"), self.segment)
        form.addRow(tr("发送方式(&C)"), self.channel)
        form.addRow(tr("消息内容(&T)"), self.template)
        form.addRow("", self.fields)
        form.addRow(tr("活动日期"), self.event_date)
        form.addRow(tr("预览（分组中的第一位客户）"), self.preview)
        form.addRow("", self.length)
        note = QLabel(tr("生成后可逐条预览，再导出为短信平台或微信使用的文件；程序不会自动发送任何消息。"), self)
        note.setWordWrap(True)
        buttons = button_box(self, self.save, ok_text=tr("生成批次"))
        stack(self, form, note, self.error, buttons)
        self._sample: dict[int, int | None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LIVE_MS)
        self._timer.timeout.connect(self.update_preview)
        self.template.textChanged.connect(self._timer.start)
        self.event_date.textEdited.connect(self._timer.start)
        self.segment.currentIndexChanged.connect(self._timer.start)
        self.update_preview()

    def extra(self) -> dict[str, str]:
        return {"活动日期": self.event_date.text().strip()}

    def _sample_customer(self) -> int | None:
        seg = self.segment.currentData()
        if seg is None:
            return None
        if seg not in self._sample:
            try:
                ids = campaigns.segment_customer_ids(self.ctx.actor, seg, today=self.ctx.clock().date())
            except DealerDeskError:
                ids = []
            self._sample[seg] = ids[0] if ids else None
        return self._sample[seg]

    def update_preview(self) -> str:
        text = self.template.toPlainText()
        customer = self._sample_customer()
        if not text.strip() or customer is None:
            self.preview.setText(tr("（填写内容后在这里预览）") if customer is not None else tr("（分组中没有客户）"))
            self.length.clear()
            return ""
        try:
            shown = campaigns.preview_text(self.ctx.actor, text, customer, self.extra())
        except DealerDeskError as exc:
            self.preview.setText(error_text(exc))
            return ""
        self.preview.setText(shown)
        parts = -(-len(shown) // rules.SMS_LENGTH)
        self.length.setText(tr("{n} 个字，按 {parts} 条短信计费").format(n=len(shown), parts=parts))
        return shown

    def save(self) -> None:
        if self.segment.currentData() is None:
            self.error.show_error(tr("请先保存一个客户分组"))
            return
        row = ops.run(self, self.ctx, campaigns.create_batch, self.name.text(), self.template.toPlainText(),
                      channel=self.channel.currentData(), segment_id=self.segment.currentData(),
                      extra=self.extra(), at=self.ctx.clock(), errors=lambda exc: self.error.show_error(error_text(exc)))
        if row is not ops.FAILED:
            self.result_row = row
            self.accept()
