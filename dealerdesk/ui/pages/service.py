"""售后服务 page: one look-up box → the vehicle card and its full service history; the reminders tab.

Why one box: at the counter the advisor has whatever the customer offers — a plate fragment, the VIN tail
from the licence, a phone, a name — so the box takes any of them (services.vehicles.find_vehicles) and the
first hit opens at once. Whole-store jobs (reminder planning, re-classification) run in a worker with progress.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.aftersales import reminders as rs
from dealerdesk.services.aftersales.vehicles import (ENERGIES, USES, VehicleCard, VehicleHit, find_vehicles,
                                                     get_vehicle_card)
from dealerdesk.services.customers.classification import recompute_customers
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.dialogs.service_record import ServiceRecordDialog
from dealerdesk.ui.dialogs.transfer import TransferDialog
from dealerdesk.ui.page_actions import NewAction
from dealerdesk.ui.models.columns import RED, Column
from dealerdesk.ui.pages.winback import WinbackTab
from dealerdesk.ui.models.columns.aftersales import SERVICE_HISTORY_SPEC, list_spec, reminder_text
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.messages import show_error
from dealerdesk.ui.widgets.reminders_view import RemindersView
from dealerdesk.ui.widgets.tables import list_table
from dealerdesk.domain.phones import display as phone_display
from dealerdesk.ui.format import colon

DEBOUNCE_MS = 200
MATCH_LABELS = {"plate": "车牌", "vin": "车架号", "name": "姓名", "pinyin": "拼音", "phone": "电话"}
HITS_SPEC = list_spec("vehicle_hits", "service", (
    Column("plate", QT_TRANSLATE_NOOP("service", "车牌号"), lambda h: h.plate or "—"), Column("model", QT_TRANSLATE_NOOP("service", "车型"), lambda h: h.model),
    Column("owner", QT_TRANSLATE_NOOP("service", "车主"), lambda h: h.owner_name or QCoreApplication.translate("service", "（未登记）")),
    Column("matched", QT_TRANSLATE_NOOP("service", "匹配"), lambda h: QCoreApplication.translate("search", MATCH_LABELS.get(h.matched, h.matched))),
))


def tr(text: str, context: str = "service") -> str:
    return QCoreApplication.translate(context, text)


def _date(value) -> str:
    return value.isoformat() if value else "—"


class VehicleCardView(QGroupBox):
    """The card: owner and contact, vehicle facts, insurance dates, next reminders, transfers."""

    FIELDS = (("owner", QT_TRANSLATE_NOOP("service", "车主")), ("phones", QT_TRANSLATE_NOOP("service", "联系电话")),
              ("model", QT_TRANSLATE_NOOP("service", "车型")), ("vin", QT_TRANSLATE_NOOP("service", "车架号")),
              ("plate", QT_TRANSLATE_NOOP("service", "车牌号")), ("registration", QT_TRANSLATE_NOOP("service", "上牌日期")),
              ("purchase", QT_TRANSLATE_NOOP("service", "购车")), ("mileage", QT_TRANSLATE_NOOP("service", "里程(公里)")),
              ("use", QT_TRANSLATE_NOOP("service", "用途/能源")), ("compulsory", QT_TRANSLATE_NOOP("service", "交强险到期")),
              ("commercial", QT_TRANSLATE_NOOP("service", "商业险到期")), ("insurer", QT_TRANSLATE_NOOP("service", "保险公司")),
              ("inspection", QT_TRANSLATE_NOOP("service", "下次年检")), ("reminders", QT_TRANSLATE_NOOP("service", "下次提醒")),
              ("transfers", QT_TRANSLATE_NOOP("service", "过户记录")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("车辆信息"), parent)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, label in self.FIELDS:
            value = QLabel("—", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.labels[key] = value
            form.addRow(colon(tr(label)).rstrip(), value)

    def show_card(self, card: VehicleCard | None, today) -> None:
        if card is None:
            for value in self.labels.values():
                value.setText("—")
            return
        vin = card.vin or "—"
        if card.vin and not card.vin_check_ok:
            vin += "  " + tr("（校验位不符，请核对）")
        reminders = [f"{r.deadline.isoformat()}  {tr(rs.KIND_LABELS.get(r.kind, r.kind), 'reminder_kinds')}"
                     f"  {reminder_text(r)}" for r in card.reminders[:5]]
        values = {
            "owner": card.owner_name or tr("（车主未登记）"), "phones": "、".join(phone_display(p) for p in card.owner_phones) or "—",
            "model": " ".join(x for x in (card.model, card.colour) if x) or "—", "vin": vin,
            "plate": card.plate or "—", "registration": _date(card.registration_date),
            "mileage": f"{card.mileage_km:,}" + (f"（{card.mileage_date.isoformat()}）" if card.mileage_date else ""),
            "purchase": _date(card.purchase_date) + "　" + (tr("本店购买") if card.bought_here else
                                                            (card.bought_where or tr("外店购买"))),
            "insurer": card.insurer or "—",
            "inspection": _date(card.next_inspection) + (tr("（手工设定）") if card.next_inspection_on else ""),
            "use": f"{tr(USES.get(card.use, card.use), 'vehicles')} / {tr(ENERGIES.get(card.energy, card.energy), 'vehicles')}",
            "compulsory": _date(card.insurance_compulsory_until),
            "commercial": _date(card.insurance_commercial_until),
            "reminders": "\n".join(reminders) or tr("暂无"),
            "transfers": "\n".join(f"{t.at:%Y-%m-%d}  {t.from_name or '—'} → {t.to_name or '—'}  {t.note}"
                                   for t in card.transfers) or tr("无"),
        }
        for key, text in values.items():
            self.labels[key].setText(text)
        for key, date in (("compulsory", card.insurance_compulsory_until),
                          ("commercial", card.insurance_commercial_until)):
            self.labels[key].setStyleSheet(f"color: {RED.name()};" if date and date < today else "")


class LookupTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card: VehicleCard | None = None
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(tr("车牌（可只输部分）、车架号后6位、电话或姓名"))
        self.box.setClearButtonEnabled(True)
        self.box.returnPressed.connect(self.run_lookup)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_lookup)
        self.box.textEdited.connect(lambda _text: self.timer.start())
        self.hits, self.hits_model = list_table(HITS_SPEC, self, widths=False)
        self.hits.selectionModel().currentRowChanged.connect(self._on_hit)
        self.card_view = VehicleCardView(self)
        self.history, self.history_model = list_table(SERVICE_HISTORY_SPEC, self, widths=False)
        self.history_title = QLabel(tr("服务历史"), self)
        self.add_button = QPushButton(tr("新增服务记录(&N)"), self)
        self.transfer_button = QPushButton(tr("过户(&T)"), self)
        self.profile_button = QPushButton(tr("客户档案(&P)"), self)
        self.edit_vehicle_button = QPushButton(tr("编辑车辆(&E)"), self)
        self.renew_button = QPushButton(tr("登记续保(&R)"), self)
        self.new_vehicle_button = QPushButton(tr("新增车辆(&V)…"), self)
        self.add_button.clicked.connect(self.add_record)
        self.transfer_button.clicked.connect(self.transfer)
        self.profile_button.clicked.connect(self._open_profile)
        self.edit_vehicle_button.clicked.connect(self.edit_vehicle)
        self.renew_button.clicked.connect(self.renew_insurance)
        self.new_vehicle_button.clicked.connect(self.new_vehicle)
        gate(self.new_vehicle_button, self.ctx.actor, "service.write")
        self._enable(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("查找结果"), left))
        self.hits_empty = EmptyState(
            self.hits, title=tr("查找车辆"),
            text=tr("输入车牌（可只输部分）、车架号后6位、电话或姓名，这里列出匹配的车辆和车主；选中后右边显示服务历史。"),
            actions=[(tr("开始查找"), self.box.setFocus)], filtered=lambda: bool(self.box.text().strip()),
            parent=left)
        self.hits_empty.set_text_width(280)
        left_layout.addWidget(self.hits_empty)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.card_view)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_vehicle_button, self.renew_button, self.transfer_button,
                       self.profile_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.history_title)
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("查找车辆："), self))
        top.addWidget(self.box, 1)
        top.addWidget(self.new_vehicle_button)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.box, self.hits)
        self.setTabOrder(self.hits, self.add_button)

    def _enable(self, on: bool) -> None:
        for button in (self.add_button, self.transfer_button, self.edit_vehicle_button, self.renew_button):
            gate(button, self.ctx.actor, "service.write", on)
        self.profile_button.setEnabled(on and self.card is not None and self.card.owner_id is not None)

    def run_lookup(self) -> list[VehicleHit]:
        self.timer.stop()
        text = self.box.text().strip()
        try:
            hits = find_vehicles(self.ctx.actor, text) if text else []
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return []
        self.hits_model.set_rows(hits)
        self.hits.resizeColumnsToContents()
        if hits:
            self.hits.selectRow(0)
        else:
            self.show_vehicle(None)
        return hits

    def _on_hit(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_vehicle(self.hits_model.row_at(current.row()).vehicle_id)

    def show_vehicle(self, vehicle_id: int | None) -> None:
        try:
            self.card = get_vehicle_card(self.ctx.actor, vehicle_id, today=self.ctx.clock().date()) \
                if vehicle_id is not None else None
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            self.card = None
        self.card_view.show_card(self.card, self.ctx.clock().date())
        self.history_model.set_rows(self.card.history if self.card else [])
        self.history.resizeColumnsToContents()
        self.history_title.setText(tr("服务历史（{n} 条，最新在前）").format(n=len(self.card.history))
                                   if self.card else tr("服务历史"))
        self._enable(self.card is not None)

    def new_action(self) -> NewAction:
        return NewAction(tr("新建预约"), self.new_appointment, "appointment.write")

    def new_appointment(self) -> None:
        """An appointment for the vehicle shown (or a blank one), as 服务接待 books it."""
        from dealerdesk.ui.dialogs.appointment import AppointmentDialog

        card = self.card
        dialog = AppointmentDialog(self.ctx, self, customer_id=card.owner_id if card else None,
                                   vehicle_id=card.id if card else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confirm_booking(dialog.confirmation()))
        self.active_dialog = dialog
        dialog.open()

    def _confirm_booking(self, text: str) -> None:
        """The confirmation after booking, in the main window's status bar (this page has none of its own)."""
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10000)

    def add_record(self) -> ServiceRecordDialog | None:
        if self.card is None:
            return None
        dialog = ServiceRecordDialog(self.ctx, self.card.id, self.card.mileage_km, self)
        if dialog.exec():
            self.show_vehicle(self.card.id)
        return dialog

    def transfer(self) -> None:
        if self.card is None:
            return
        dialog = TransferDialog(self.ctx, self.card, self)
        if dialog.exec():
            self.show_vehicle(self.card.id)

    def _open_profile(self) -> None:
        if self.card is not None and self.card.owner_id is not None:
            self.ctx.open_customer(self.card.owner_id)

    def new_vehicle(self) -> None:
        """A car not in the store yet: for the shown car's owner, else without an owner (过户 assigns one)."""
        from dealerdesk.ui.dialogs.vehicle import add_vehicle

        owner = self.card.owner_id if self.card is not None else None
        card = add_vehicle(self.ctx, owner, self)
        if card is not None:
            self.box.setText(card.plate or card.vin)
            self.show_vehicle(card.id)

    def edit_vehicle(self) -> None:
        from dealerdesk.ui.dialogs.vehicle import edit_vehicle

        if self.card is not None and edit_vehicle(self.ctx, self.card.id, self) is not None:
            self.show_vehicle(self.card.id)

    def renew_insurance(self) -> None:
        from dealerdesk.ui.dialogs.vehicle import renew_insurance

        if self.card is not None and renew_insurance(self.ctx, self.card.id, self) is not None:
            self.show_vehicle(self.card.id)


class Page(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.lookup = LookupTab(ctx, self)
        self.reminders = RemindersView(ctx, self)
        self.winback = WinbackTab(ctx, self)
        self.tabs.addTab(self.lookup, tr("车辆查询"))
        self.tabs.addTab(self.reminders, tr("提醒"))
        self.tabs.addTab(self.winback, tr("流失召回"))
        self.plan_button = QPushButton(tr("生成全店提醒"), self)
        self.recompute_button = QPushButton(tr("重新计算客户分级"), self)
        self.plan_button.clicked.connect(self.plan_all)
        self.recompute_button.clicked.connect(self.recompute_all)
        for button in (self.plan_button, self.recompute_button):
            gate(button, ctx.actor, "customer.write")
        corner = QWidget(self)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 0)
        corner_layout.addWidget(self.plan_button)
        corner_layout.addWidget(self.recompute_button)
        self.tabs.setCornerWidget(corner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def new_action(self) -> NewAction:
        """Ctrl+N: an appointment for the vehicle looked up (page_actions.py)."""
        return self.lookup.new_action()

    def _run(self, title: str, fn, *args, **kwargs):
        result = ops.with_progress(self, self.ctx, title, tr("正在处理，请稍候…"), fn, *args, **kwargs)
        return None if result is ops.FAILED else result

    def plan_all(self) -> None:
        result = self._run(tr("生成提醒"), rs.plan_reminders, self.ctx.actor, self.ctx.clock().date())
        if result is not None:
            QMessageBox.information(self, tr("生成提醒"), tr("已检查 {n} 位客户，新增 {c} 条提醒。").format(
                n=result.customers, c=result.created))

    def recompute_all(self) -> None:
        result = self._run(tr("重新计算客户分级"), recompute_customers, self.ctx.actor,
                           today=self.ctx.clock().date())
        if result is not None:
            QMessageBox.information(self, tr("重新计算客户分级"), tr("已计算 {n} 位客户，{c} 位的分级有变化。").format(
                n=result.customers, c=result.changed))
