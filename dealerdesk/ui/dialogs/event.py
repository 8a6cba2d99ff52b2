"""The 客户活动 dialogs: a new or edited event, inviting every customer of a customer-list filter, and the
walk-in form opened at the event's door (the front desk's 接待登记 with the event as the source)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QWidget)

from dealerdesk.domain import labels
from dealerdesk.services.customers import listing
from dealerdesk.services.customers.records import CATEGORIES, SOURCES, TIERS
from dealerdesk.services.events import attendance, invitations, records
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.walk_in import WalkInDialog
from dealerdesk.ui.format import from_qdt, to_qdt
from dealerdesk.ui.widgets.forms import (Save, button_box, clear_messages, field_messages, message_rows,
                                         shown_under, stack)


def tr(text: str) -> str:
    return QCoreApplication.translate("EventDialog", text)


class EventDialog(QDialog):
    """新建活动 / 修改活动; after saving, `result_row` is the saved EventRow."""

    def __init__(self, ctx: AppContext, event: records.EventRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_row = event
        self.result_row: records.EventRow | None = None
        self.setWindowTitle(tr("修改活动") if event else tr("新建活动"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(tr("如：全新车型上市发布会"))
        self.kind = QComboBox(self)
        for code in labels.EVENT_KIND:
            self.kind.addItem(ui_labels.text(labels.EVENT_KIND, code), code)
        start = QDateTime(ctx.clock().date() + dt.timedelta(days=7), QTime(14, 0))
        self.starts_at = QDateTimeEdit(start, self)
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts_at.setCalendarPopup(True)
        self.place = QLineEdit(self)
        self.place.setMaxLength(100)
        self.place.setPlaceholderText(tr("如：展厅、会展中心 3 号馆"))
        self.target = QLineEdit(self)
        self.target.setMaxLength(200)
        self.target.setPlaceholderText(tr("如：意向 SUV 的潜在客户、车龄三年以上的车主"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.messages = field_messages(self, "name", "kind", "starts_at", "place", "target", "")
        form = QFormLayout()
        message_rows(form, ((tr("活动名称"), self.name, "name"), (tr("类型"), self.kind, "kind"),
                            (tr("时间"), self.starts_at, "starts_at"), (tr("地点"), self.place, "place"),
                            (tr("目标客户"), self.target, "target"), (tr("备注"), self.note, "")), self.messages)
        stack(self, form, self.messages[""], button_box(self, self.save, ok=Save))
        if event is not None:
            self.name.setText(event.name)
            self.kind.setCurrentIndex(max(self.kind.findData(event.kind), 0))
            self.starts_at.setDateTime(to_qdt(event.starts_at))
            self.place.setText(event.place)
            self.target.setText(event.target)
            self.note.setPlainText(event.note)
        self.name.setFocus()
        self.resize(480, self.sizeHint().height())

    def data(self) -> records.EventInput:
        return records.EventInput(name=self.name.text(), kind=self.kind.currentData(),
                                  starts_at=from_qdt(self.starts_at.dateTime()), place=self.place.text(),
                                  target=self.target.text(), note=self.note.toPlainText())

    def save(self) -> None:
        clear_messages(self.messages.values())
        if self.event_row is None:
            row = ops.run(self, self.ctx, records.create_event, self.data(), at=self.ctx.clock(),
                          errors=shown_under(self.messages))
        else:
            row = ops.run(self, self.ctx, records.update_event, self.event_row.id, self.data(), at=self.ctx.clock(),
                          errors=shown_under(self.messages))
        if row is ops.FAILED:
            return
        self.result_row = row
        self.accept()


class FilterInviteDialog(QDialog):
    """邀请筛选出的客户: the customer list's filters with a live count; OK invites them all."""

    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.result_data: invitations.InviteResult | None = None
        self.setWindowTitle(tr("按条件邀请客户"))
        options = ops.run(self, ctx, listing.filter_options)
        self.category = self._combo(CATEGORIES, "categories")
        self.tier = self._combo(TIERS, "tiers")
        self.source = self._combo(SOURCES, "sources")
        self.level = QComboBox(self)
        self.level.addItem(tr("（不限）"), "")
        for code in ("H", "A", "B", "C", "N"):
            self.level.addItem(code, code)
        self.city = QComboBox(self)
        self.city.addItem(tr("（不限）"), "")
        self.owner = QComboBox(self)
        self.owner.addItem(tr("（不限）"), None)
        if options is not ops.FAILED:
            for city in options.cities:
                self.city.addItem(city, city)
            for uid, name in options.owners:
                self.owner.addItem(name, uid)
        self.segment = QComboBox(self)  # a saved 客户分组 (客户营销 page) instead of the conditions below
        self.segment.addItem(tr("（按下面的条件）"), None)
        if ctx.actor.can("campaign.read"):
            from dealerdesk.services.campaigns.segments import list_segments

            segments = ops.run(self, ctx, list_segments)
            for s in segments if segments is not ops.FAILED else []:
                self.segment.addItem(s.name, s.id)
        self.count = QLabel(self)
        self.messages = field_messages(self, "customers", "")
        form = QFormLayout()
        message_rows(form, ((tr("客户分组"), self.segment, ""), (tr("客户类别"), self.category, ""), (tr("价值分级"), self.tier, ""),
                            (tr("线索级别"), self.level, ""), (tr("来源"), self.source, ""),
                            (tr("城市"), self.city, ""), (tr("销售顾问"), self.owner, ""),
                            (tr("符合条件"), self.count, "customers")), self.messages)
        stack(self, form, self.messages[""], button_box(self, self.save, ok_text=tr("全部邀请")))
        for combo in (self.segment, self.category, self.tier, self.level, self.source, self.city, self.owner):
            combo.currentIndexChanged.connect(self.update_count)
        self.update_count()
        self.segment.setFocus()
        self.resize(420, self.sizeHint().height())

    def _combo(self, code_set, context: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(tr("（不限）"), "")
        for code, text in code_set.items():
            combo.addItem(QCoreApplication.translate(context, text), code)
        return combo

    def customer_filter(self) -> listing.CustomerFilter:
        return listing.CustomerFilter(category=self.category.currentData(), tier=self.tier.currentData(),
                                      lead_level=self.level.currentData(), source=self.source.currentData(),
                                      city=self.city.currentData(), owner_id=self.owner.currentData(),
                                      now=self.ctx.clock())

    def update_count(self, *_args) -> int:
        segment = self.segment.currentData()
        for combo in (self.category, self.tier, self.level, self.source, self.city, self.owner):
            combo.setEnabled(segment is None)  # a segment brings its own conditions
        if segment is not None:
            from dealerdesk.services.campaigns.segments import segment_count

            n = ops.run(self, self.ctx, segment_count, segment, self.ctx.clock().date())
        else:
            n = ops.run(self, self.ctx, listing.count, self.customer_filter())
        n = 0 if n is ops.FAILED else n
        self.count.setText(tr("{n} 位客户（只邀请其中同意接收联系的）").format(n=n))
        return n

    def save(self) -> None:
        clear_messages(self.messages.values())
        segment = self.segment.currentData()
        if segment is not None:
            result = ops.run(self, self.ctx, invitations.invite_segment, self.event_id, segment,
                             at=self.ctx.clock(), errors=shown_under(self.messages))
        else:
            result = ops.run(self, self.ctx, invitations.invite_filtered, self.event_id, self.customer_filter(),
                             at=self.ctx.clock(), errors=shown_under(self.messages))
        if result is ops.FAILED:
            return
        self.result_data = result
        self.accept()


class EventWalkInDialog(WalkInDialog):
    """现场登记: the walk-in form for a visitor at the event, saved with the event as the source and checked
    in at once (services/events/attendance.register_walk_in)."""

    def __init__(self, ctx: AppContext, event: records.EventRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        self.event_id = event.id
        self.setWindowTitle(tr("现场登记 — {name}").format(name=event.name))
        self.source.setCurrentIndex(max(self.source.findData("event"), 0))
        self.source.setEnabled(False)  # the event is the source
        self.content.setPlainText(tr("参加活动：{name}").format(name=event.name))

    def register(self, actor, data, at=None):
        """WalkInDialog.register, with the event."""
        return attendance.register_walk_in(actor, self.event_id, data, at=at)
