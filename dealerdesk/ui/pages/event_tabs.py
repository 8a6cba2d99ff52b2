"""The tabs of one event on the 客户活动 page: 邀请 (add by search or by a filter), 回复 (record answers),
签到 (the door: a search box, Enter checks in, 现场登记 for a newcomer) and 效果 (the results, printed)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import search
from dealerdesk.services.events import attendance, invitations, records, results
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.models.columns.events import ATTENDEE_SPEC, DOOR_SPEC, HIT_SPEC, INVITATION_SPEC
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.tables import Extended, list_table


def tr(text: str) -> str:
    return QCoreApplication.translate("events", text)


class _EventTab(QWidget):
    """A tab over one event (`show_event(row)`); `reload()` re-reads it after a change."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_row: records.EventRow | None = None
        self.message = FieldMessage(self)

    def show_event(self, event: records.EventRow | None) -> None:
        self.event_row = event
        self.message.clear_message()
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def writable(self) -> bool:
        return self.event_row is not None and self.event_row.status != "cancelled" and self.ctx.actor.can("event.write")


class InvitationsTab(_EventTab):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search_line = QLineEdit(self)
        self.search_line.setPlaceholderText(tr("添加邀请：姓名、电话、车牌，回车查找"))
        self.search_line.returnPressed.connect(self.find)
        self.hits_view, self.hits = list_table(HIT_SPEC, self, selection=Extended, widths=True, name="event_hits")
        self.hits_view.setMaximumHeight(120)
        self.hits_view.activated.connect(lambda _i: self.invite_selected())
        self.invite_button = QPushButton(tr("邀请所选(&I)"), self)
        self.invite_button.clicked.connect(self.invite_selected)
        self.filter_button = QPushButton(tr("按条件邀请(&F)…"), self)
        self.filter_button.clicked.connect(self.invite_filtered)
        self.remove_button = QPushButton(tr("撤销邀请"), self)
        self.remove_button.clicked.connect(self.uninvite)
        self.count = QLabel(self)
        self.view, self.model = list_table(INVITATION_SPEC, self, name="event_invitations")
        top = QHBoxLayout()
        top.addWidget(self.search_line, 1)
        top.addWidget(self.invite_button)
        top.addWidget(self.filter_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hits_view)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        rows = [] if self.event_row is None else ops.run(self, self.ctx, invitations.list_invitations, self.event_row.id)
        self.model.set_rows([] if rows is ops.FAILED else rows)
        self.count.setText(tr("已邀请 {n} 位客户").format(n=self.model.rowCount()))
        for w in (self.search_line, self.invite_button, self.filter_button, self.remove_button):
            gate(w, self.ctx.actor, "event.write", enabled=self.writable())

    def find(self) -> None:
        hits = ops.run(self, self.ctx, search.search_customers, self.search_line.text(), limit=30,
                       errors={ops.INPUT: self.message})
        self.hits.set_rows([] if hits is ops.FAILED else hits)
        if self.hits.rowCount():
            self.hits_view.selectRow(0)
            self.hits_view.setFocus()

    def invite_selected(self) -> None:
        ids = [self.hits.row_at(i.row()).id for i in self.hits_view.selectionModel().selectedRows()]
        if self.event_row is None or not ids:
            self.message.show_error(tr("请先查找并选择要邀请的客户"))
            return
        self._done(ops.run(self, self.ctx, invitations.invite, self.event_row.id, ids, at=self.ctx.clock(),
                           errors={ops.INPUT: self.message}))

    def invite_filtered(self) -> None:
        from dealerdesk.ui.dialogs.event import FilterInviteDialog

        if self.event_row is None:
            return
        dialog = FilterInviteDialog(self.ctx, self.event_row.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(dialog.result_data)
        dialog.deleteLater()

    def _done(self, result) -> None:
        if result is ops.FAILED or result is None:
            return
        text = tr("新邀请 {n} 位；{already} 位已邀请过").format(n=result.invited, already=result.already)
        if result.no_consent:
            text += tr("；{n} 位未同意接收联系，未邀请").format(n=result.no_consent)
        self.message.show_warning(text)
        self.hits.set_rows([])
        self.search_line.clear()
        self.reload()

    def uninvite(self) -> None:
        row = self.model.row_at(self.view.currentIndex().row()) if self.view.currentIndex().isValid() else None
        if self.event_row is None or row is None:
            return
        if not self.confirm(tr("撤销对 {name} 的邀请吗？").format(name=row.name)):
            return
        if ops.run(self, self.ctx, invitations.uninvite, self.event_row.id, row.customer_id, at=self.ctx.clock()) \
                is not ops.FAILED:
            self.reload()

    def confirm(self, text: str) -> bool:
        """Yes/No (tests replace this)."""
        return QMessageBox.question(self, tr("撤销邀请"), text) == QMessageBox.StandardButton.Yes


class RepliesTab(_EventTab):
    """The invitations with their answers; 参加 / 待定 / 不参加 (Alt+1/2/3) set the selected one's."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filter = QComboBox(self)
        self.filter.addItem(tr("全部"), None)
        for code in labels.EVENT_REPLY:
            self.filter.addItem(ui_labels.text(labels.EVENT_REPLY, code), code)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("显示"), self))
        top.addWidget(self.filter)
        top.addStretch(1)
        for n, code in enumerate(("yes", "maybe", "no", "none"), 1):
            button = QPushButton(f"{ui_labels.text(labels.EVENT_REPLY, code)} (Alt+{n})", self)
            button.clicked.connect(lambda _c=False, c=code: self.reply(c))
            QShortcut(QKeySequence(f"Alt+{n}"), self, activated=lambda c=code: self.reply(c))
            self.buttons[code] = button
            top.addWidget(button)
        self.summary = QLabel(self)
        self.view, self.model = list_table(INVITATION_SPEC, self, name="event_replies")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        rows = [] if self.event_row is None else ops.run(self, self.ctx, invitations.list_invitations, self.event_row.id,
                                                     reply=self.filter.currentData())
        self.model.set_rows([] if rows is ops.FAILED else rows)
        counts = {} if self.event_row is None else self._counts()
        self.summary.setText("　".join(f"{ui_labels.text(labels.EVENT_REPLY, c)} {counts.get(c, 0)}"
                                      for c in labels.EVENT_REPLY))
        for button in self.buttons.values():
            gate(button, self.ctx.actor, "event.write", enabled=self.writable())

    def _counts(self) -> dict[str, int]:
        rows = ops.run(self, self.ctx, invitations.list_invitations, self.event_row.id)
        out: dict[str, int] = {}
        for r in ([] if rows is ops.FAILED else rows):
            out[r.reply] = out.get(r.reply, 0) + 1
        return out

    def reply(self, code: str) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if self.event_row is None or row is None or not self.writable():
            return
        if ops.run(self, self.ctx, invitations.record_reply, self.event_row.id, row.customer_id, code,
                   at=self.ctx.clock(), errors={ops.ANY: self.message}) is ops.FAILED:
            return
        self.reload()
        self.view.selectRow(min(index.row() + 1, self.model.rowCount() - 1))  # on to the next invitee


class CheckInTab(_EventTab):
    """The door: type a name, phone tail or plate, Enter finds; Enter again (or on a hit) checks in the
    chosen customer; 现场登记 (F8) registers a newcomer with the event as the source."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search_line = QLineEdit(self)
        self.search_line.setPlaceholderText(tr("签到：姓名、电话后四位、车牌，回车查找，再按回车签到"))
        self.search_line.returnPressed.connect(self.enter)
        self.search_line.installEventFilter(self)
        self.searched = ""
        self.walk_in_button = QPushButton(tr("现场登记 (F8)"), self)
        self.walk_in_button.clicked.connect(self.walk_in)
        QShortcut(QKeySequence("F8"), self, activated=self.walk_in, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hits_view, self.hits = list_table(DOOR_SPEC, self, name="event_door")
        self.hits_view.setMaximumHeight(140)
        self.hits_view.activated.connect(lambda i: self.check_in(i.row()))
        self.count = QLabel(self)
        self.view, self.model = list_table(ATTENDEE_SPEC, self, name="event_attendees")
        top = QHBoxLayout()
        top.addWidget(self.search_line, 1)
        top.addWidget(self.walk_in_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hits_view)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)

    def eventFilter(self, obj, event) -> bool:  # Down from the search line walks the hits
        if obj is self.search_line and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down \
                and self.hits.rowCount():
            self.hits_view.setFocus()
            self.hits_view.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.search_line.setFocus()

    def reload(self) -> None:
        rows = [] if self.event_row is None else ops.run(self, self.ctx, attendance.attendees, self.event_row.id)
        self.model.set_rows([] if rows is ops.FAILED else rows)
        walk_ins = sum(1 for r in ([] if rows is ops.FAILED else rows) if r.walk_in)
        self.count.setText(tr("已签到 {n} 人（其中现场来宾 {w} 人）").format(n=self.model.rowCount(), w=walk_ins))
        for w in (self.search_line, self.walk_in_button):
            gate(w, self.ctx.actor, "event.write", enabled=self.writable())

    def enter(self) -> None:
        text = self.search_line.text().strip()
        if text and text == self.searched and self.hits.rowCount():
            index = self.hits_view.currentIndex()
            self.check_in(index.row() if index.isValid() else 0)
            return
        self.find(text)

    def find(self, text: str) -> None:
        self.searched = text
        hits = [] if self.event_row is None or not text else ops.run(
            self, self.ctx, attendance.find_at_door, self.event_row.id, text, errors={ops.INPUT: self.message})
        self.hits.set_rows([] if hits is ops.FAILED else hits)
        if self.hits.rowCount():
            self.hits_view.selectRow(0)
            self.message.clear_message()
        elif text:
            self.message.show_warning(tr("没有找到“{text}”：新客户请点“现场登记”").format(text=text))

    def check_in(self, row: int) -> None:
        hit = self.hits.row_at(row)
        if self.event_row is None or hit is None:
            return
        done = ops.run(self, self.ctx, attendance.check_in, self.event_row.id, hit.hit.id, at=self.ctx.clock(),
                       errors={ops.ANY: self.message})
        if done is ops.FAILED:
            return
        if done.already:
            self.message.show_warning(tr("{name} 已于 {at:%H:%M} 签到").format(name=done.name, at=done.checked_in_at))
        else:
            kind = tr("现场来宾") if done.walk_in else tr("受邀")
            self.message.show_warning(tr("{name} 签到成功（{kind}）").format(name=done.name, kind=kind))
        self.hits.set_rows([])
        self.searched = ""
        self.search_line.clear()
        self.search_line.setFocus()
        self.reload()

    def walk_in(self) -> None:
        from dealerdesk.ui.dialogs.event import EventWalkInDialog

        if self.event_row is None or not self.writable():
            return
        dialog = EventWalkInDialog(self.ctx, self.event_row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_data is not None:
            self.message.show_warning(tr("现场登记完成，已签到"))
            self.reload()
        dialog.deleteLater()
        self.search_line.setFocus()


#: the figures of the 效果 tab, in order (key, label)
FIGURES = (("invited", QT_TRANSLATE_NOOP("events", "邀请")), ("replied", QT_TRANSLATE_NOOP("events", "已回复")),
           ("replied_yes", QT_TRANSLATE_NOOP("events", "答复参加")), ("attended", QT_TRANSLATE_NOOP("events", "到场")),
           ("walk_ins", QT_TRANSLATE_NOOP("events", "现场来宾")), ("leads", QT_TRANSLATE_NOOP("events", "新线索")),
           ("test_drives", QT_TRANSLATE_NOOP("events", "试驾")), ("orders", QT_TRANSLATE_NOOP("events", "订单")),
           ("service_bookings", QT_TRANSLATE_NOOP("events", "售后预约")))


class ResultsTab(_EventTab):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, (key, text) in enumerate(FIGURES):
            caption = QLabel(tr(text), self)
            caption.setStyleSheet("color:#555;")
            value = QLabel("—", self)
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-size:20px; font-weight:bold;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, (i // 5) * 2, i % 5)
            grid.addWidget(value, (i // 5) * 2 + 1, i % 5)
            self.values[key] = value
        note = QLabel(tr("试驾、订单、售后预约统计活动当天起 30 天内；订单还包括本活动线索的全部订单（每单计一次）。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        self.print_button = QPushButton(tr("打印活动总结(&P)…"), self)
        self.print_button.clicked.connect(lambda: self.print_summary())
        gate(self.print_button, ctx.actor, "event.read")
        self.save_pdf_button = QPushButton(tr("另存为 PDF…"), self)
        self.save_pdf_button.clicked.connect(lambda: self.save_pdf())
        gate(self.save_pdf_button, ctx.actor, "event.read")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.figures: results.EventFigures | None = None

    def reload(self) -> None:
        figures = None if self.event_row is None else ops.run(self, self.ctx, results.event_results, self.event_row.id)
        self.figures = None if figures is ops.FAILED else figures
        for key, label in self.values.items():
            label.setText("—" if self.figures is None else str(getattr(self.figures, key)))
        self.print_button.setEnabled(self.event_row is not None and self.ctx.actor.can("event.read"))
        self.save_pdf_button.setEnabled(self.print_button.isEnabled())

    def print_summary(self, accept=None) -> int:
        """打印活动总结: the system print dialog (or `accept`), then the summary's pages; the pages printed."""
        from dealerdesk.ui import printing

        if self.event_row is None:
            return 0
        with tempfile.TemporaryDirectory(prefix="dealerdesk-print-") as tmp:
            pdf = self.write_summary(Path(tmp) / self.pdf_name())
            return 0 if pdf is None else printing.print_pdf(pdf, self, accept=accept)

    def save_pdf(self) -> Path | None:
        """另存为 PDF: the 活动总结 written where the person says (Documents first)."""
        from dealerdesk.ui import printing

        if self.event_row is None:
            return None
        path = printing.ask_pdf_path(self, tr("保存活动总结"), self.pdf_name())
        if path is None or self.write_summary(path) is None:
            return None
        self.message.show_warning(tr("活动总结已保存到 {path}").format(path=path))
        return path

    def pdf_name(self) -> str:
        return tr("活动总结-{name}.pdf").format(name=self.event_row.name)

    def write_summary(self, path: Path) -> Path | None:
        from dealerdesk.reports.event_summary import render_event_summary
        from dealerdesk.services.events.printout import event_summary

        data = ops.run(self, self.ctx, event_summary, self.event_row.id, now=self.ctx.clock())
        if data is ops.FAILED:
            return None
        if ops.call(self, self.ctx, render_event_summary, data, path, any_error=True) is ops.FAILED:
            return None
        return path
