"""The customer profile window (客户档案): one per customer, non-modal, several open side by side.

Why a window and not a dialog: a consultant keeps a customer open while answering the phone about another.
Basics are edited in place with the message under the field; saving uses the version read at load time, so an
edit made meanwhile on another PC is refused instead of overwritten. The other tabs show history read in one
call (services.customers.profile). Closing with unsaved changes asks first; Ctrl+S saves, Esc closes.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.domain.errors import DealerDeskError, InvalidInput, VersionConflict
from dealerdesk.services.auth import list_users, phones_masked
from dealerdesk.services.customers import records as cs
from dealerdesk.services.customers.profile import Profile, load_profile, save_basics
from dealerdesk.services.search import search_customers
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.dialogs.privacy import privacy_button
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs import profile_tabs as tabs
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.widgets.fields import BirthdayEdit, PhoneListEdit, email_edit, name_edit
from dealerdesk.ui.widgets.messages import error_text, show_error
from dealerdesk.domain.phones import display as phone_display
from dealerdesk.ui.format import bracket, gap, join_list


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if text else ""


class ProfileWindow(QWidget):
    """Customer profile with tabs; `ctx.open_customer` keeps one of these per customer."""

    reloaded = Signal()  # after every reload (the contacts tab and other additions refresh from it)

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.customer_id = customer_id
        self.profile: Profile | None = None
        self.version = 0
        self.dirty = False
        self._loading = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName(f"profile{customer_id}")
        self.resize(980, 680)
        self._build()
        self.reload()  # raises NotFound/PermissionDenied before the window is shown
        self.ctx.bus.customerChanged.connect(self._on_customer_changed)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background:#fff3e0; color:#8a4b00; padding:4px;")
        self.banner.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._basics_tab(), self.tr("基本资料"))
        self.views: dict[str, LazyTableModel] = {}
        self.table_views: dict[str, QTableView] = {}
        self.tabs.addTab(self._tables_tab("leads", [("leads", self.tr("线索"), tabs.LEADS),
                                                    ("level_changes", self.tr("级别变化"), tabs.LEVEL_CHANGES)]),
                         self.tr("线索与级别"))
        self.tabs.addTab(self._tables_tab("interactions", [("interactions", "", tabs.INTERACTIONS)]),
                         self.tr("互动记录"))
        vehicles_tab = self._tables_tab("vehicles", [("vehicles", self.tr("车辆"), tabs.VEHICLES),
                                                     ("vehicle_reminders", self.tr("车辆提醒（保养、续保、年检）"),
                                                      tabs.VEHICLE_REMINDERS),
                                                     ("services", self.tr("服务记录"), tabs.SERVICES)])
        self._vehicle_buttons(vehicles_tab)
        self.tabs.addTab(vehicles_tab, self.tr("车辆与服务"))
        self.tabs.addTab(self._tables_tab("purchases", [("purchases", self.tr("购车记录"), tabs.PURCHASES),
                                                        ("orders", self.tr("订单"), tabs.ORDERS)]),
                         self.tr("购车记录"))
        self.table_views["orders"].doubleClicked.connect(lambda index: self._open_order(index))  # 订车单
        self.tabs.addTab(self._tables_tab("complaints", [("complaints", self.tr("投诉"), tabs.COMPLAINTS),
                                                         ("surveys", self.tr("满意度调查"), tabs.SURVEYS)]),
                         self.tr("投诉与调查"))
        self.tabs.addTab(self._score_tab(), self.tr("分类与评分"))
        from dealerdesk.ui.dialogs import customer_records, profile_leads

        self.lead_actions = profile_leads.install(self)
        self.records = customer_records.install(self)
        from dealerdesk.ui.dialogs import profile_points

        self.points_tab = profile_points.install(self)  # 会员积分 (member tier and points)
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"), self)
        self.cancel_button = QPushButton(self.tr("撤销修改"), self)
        self.merge_button = QPushButton(self.tr("合并重复客户…"), self)
        self.delete_button = QPushButton(self.tr("删除…"), self)
        self.print_button = QPushButton(self.tr("打印档案 (Ctrl+P)…"), self)
        self.print_button.clicked.connect(self.print_profile)
        self.save_pdf_button = QPushButton(self.tr("另存为 PDF…"), self)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.privacy_button = privacy_button(self.ctx, self.customer_id, lambda: self.profile.customer.name, self,
                                             self.reload)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.revert)
        self.merge_button.clicked.connect(self.merge_with)
        self.delete_button.clicked.connect(self.delete)
        gate(self.merge_button, self.ctx.actor, "customer.merge")
        gate(self.delete_button, self.ctx.actor, "customer.delete")
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_pdf_button)
        buttons.addWidget(self.privacy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_profile)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def print_profile(self, accept=None) -> int:
        """打印档案: the system print dialog, then the profile (phones masked by role); pages printed."""
        from dealerdesk.ui.pages.reports import print_profile

        return print_profile(self.ctx, self.customer_id, self, accept=accept)

    def save_pdf(self):
        """另存为 PDF: the profile written where the person says (Documents first)."""
        from dealerdesk.ui.pages.reports import save_profile_pdf

        return save_profile_pdf(self.ctx, self.customer_id, self)

    def _basics_tab(self) -> QWidget:
        page = QWidget()
        columns = QHBoxLayout(page)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)  # rows keep their height; spare room goes below the form
            columns.addLayout(column, 1)
        self.name = name_edit(page)
        self.kind = QComboBox(page)
        for code, text in ui_labels.choices(labels.CUSTOMER_KIND):
            self.kind.addItem(text, code)
        self.gender = QComboBox(page)
        for code, text in cs.GENDERS.items():
            self.gender.addItem(_tr("genders", text) or "—", code)
        self.phones = PhoneListEdit(page)
        # 显示号码: a role that sees phones masked (privacy.mask_phones_for) may show them, audited
        phone_box = QWidget(page)
        phone_row = QVBoxLayout(phone_box)
        phone_row.setContentsMargins(0, 0, 0, 0)
        phone_row.addWidget(self.phones)
        reveal_row = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("显示号码"), phone_box)
        self.reveal_button.setToolTip(self.tr("显示完整的电话号码（会记入操作日志）"))
        self.reveal_button.clicked.connect(self.reveal_phones)
        self.revealed = QLabel(phone_box)
        self.revealed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addWidget(self.revealed, 1)
        phone_row.addLayout(reveal_row)
        self.birthday = BirthdayEdit(page)
        self.email = email_edit(page)
        self.wechat, self.city, self.address, self.occupation, self.tags = (QLineEdit(page) for _ in range(5))
        self.income = QComboBox(page)
        for code in cs.INCOME_LEVELS:
            self.income.addItem(ui_labels.text(labels.INCOME_LEVEL, code) or "—", code)
        self.source = QComboBox(page)
        for code, text in cs.SOURCES.items():
            self.source.addItem(_tr("sources", text), code)
        self.owner = QComboBox(page)
        self.owner.setEnabled(False)  # the owner changes only through the manager's reassignment
        self.owner.setToolTip(self.tr("负责销售由经理在“今日跟进”页重新分配线索时更换"))
        self.owner.addItem(self.tr("（无）"), None)
        for user in list_users(self.ctx.actor, role="sales"):
            self.owner.addItem(user.display_name or user.login, user.id)
        self.needs = QPlainTextEdit(page)
        self.needs.setMaximumHeight(120)
        self.consent = QCheckBox(self.tr("同意接收联系（个人信息保护法）"), page)
        self.referred = QLabel(page)
        self.field_widgets = {"name": self.name, "phone": self.phones, "phones": self.phones,
                              "birthday": self.birthday, "lunar_birthday": self.birthday, "email": self.email,
                              "owner": self.owner, "gender": self.gender, "source": self.source,
                              "income_level": self.income}
        rows = [(self.tr("姓名"), self.name), (self.tr("类型"), self.kind), (self.tr("性别"), self.gender),
                (self.tr("电话"), phone_box), (self.tr("生日"), self.birthday), (self.tr("邮箱"), self.email),
                (self.tr("微信"), self.wechat), (self.tr("城市"), self.city), (self.tr("地址"), self.address),
                (self.tr("职业"), self.occupation), (self.tr("收入水平"), self.income),
                (self.tr("来源"), self.source), (self.tr("销售顾问"), self.owner), (self.tr("需求"), self.needs),
                (self.tr("标签"), self.tags), ("", self.consent), (self.tr("介绍人"), self.referred)]
        for i, (text, widget) in enumerate(rows):  # who and how to reach them left; the rest right
            (left if i < 9 else right).addRow(text, widget)
        self.form_message = QLabel(page)
        self.form_message.setStyleSheet("color:#c62828;")
        self.form_message.setWordWrap(True)
        right.addRow(self.form_message)
        for w in (self.name, self.phones, self.birthday, self.email):
            w.changed.connect(self._mark_dirty)
        for w in (self.wechat, self.city, self.address, self.occupation, self.tags):
            w.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
            w.textEdited.connect(self._mark_dirty)
        for w in (self.kind, self.gender, self.income, self.source, self.owner):
            w.currentIndexChanged.connect(self._mark_dirty)
        self.needs.textChanged.connect(self._mark_dirty)
        self.consent.toggled.connect(self._mark_dirty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _tables_tab(self, key: str, parts: list[tuple[str, str, list]]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        actions = tabs.TAB_ACTIONS.get(key, [])
        if actions:  # hook for other feature areas (新建线索, 登记服务, …)
            bar = QHBoxLayout()
            for action in actions:
                button = QPushButton(action.text(), page)
                button.clicked.connect(lambda _c=False, a=action: a.callback(self.ctx, self.customer_id))
                if action.permission:
                    gate(button, self.ctx.actor, action.permission)
                bar.addWidget(button)
            bar.addStretch(1)
            layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        for name, caption, columns in parts:
            box = QWidget(splitter)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            if caption:
                box_layout.addWidget(QLabel(f"<b>{caption}</b>", box))
            view, model = tabs.table(box, columns, name)
            box_layout.addWidget(view)
            self.views[name] = model
            self.table_views[name] = view
        layout.addWidget(splitter)
        return page

    def _vehicle_buttons(self, page: QWidget) -> None:
        """新增车辆 / 编辑车辆 / 登记续保 above the vehicles table; a double-click edits the car."""
        self.add_vehicle_button = QPushButton(self.tr("新增车辆…"), page)
        self.edit_vehicle_button = QPushButton(self.tr("编辑车辆…"), page)
        self.renew_button = QPushButton(self.tr("登记续保…"), page)
        self.add_vehicle_button.clicked.connect(self.add_vehicle)
        self.edit_vehicle_button.clicked.connect(self.edit_vehicle)
        self.renew_button.clicked.connect(self.renew_insurance)
        bar = QHBoxLayout()
        for button in (self.add_vehicle_button, self.edit_vehicle_button, self.renew_button):
            gate(button, self.ctx.actor, "service.write")
            bar.addWidget(button)
        bar.addStretch(1)
        page.layout().insertLayout(0, bar)
        self.table_views["vehicles"].doubleClicked.connect(lambda _index: self.edit_vehicle())

    def _open_order(self, index) -> None:
        from dealerdesk.ui.dialogs.deal_sheet import open_order_sheet

        if index.isValid():
            open_order_sheet(self, self.views["orders"].row_at(index.row()).id)

    def _selected_vehicle_id(self) -> int | None:
        view = self.table_views["vehicles"]
        index = view.currentIndex()
        row = self.views["vehicles"].row_at(index.row()) if index.isValid() else None
        if row is None and self.views["vehicles"].rowCount() == 1:
            row = self.views["vehicles"].row_at(0)  # one car: no need to pick it
        if row is None:
            QMessageBox.information(self, self.tr("请选择车辆"), self.tr("请先在车辆列表中选择一辆车。"))
            return None
        return row.id

    def add_vehicle(self) -> None:
        from dealerdesk.ui.dialogs.vehicle import add_vehicle

        if add_vehicle(self.ctx, self.customer_id, self) is not None:
            self._after_vehicle_change()

    def edit_vehicle(self) -> None:
        from dealerdesk.ui.dialogs.vehicle import edit_vehicle

        if not self.ctx.actor.can("service.write"):
            return
        vehicle_id = self._selected_vehicle_id()
        if vehicle_id is not None and edit_vehicle(self.ctx, vehicle_id, self) is not None:
            self._after_vehicle_change()

    def renew_insurance(self) -> None:
        from dealerdesk.ui.dialogs.vehicle import renew_insurance

        vehicle_id = self._selected_vehicle_id()
        if vehicle_id is not None and renew_insurance(self.ctx, vehicle_id, self) is not None:
            self._after_vehicle_change()

    def _after_vehicle_change(self) -> None:
        """Show the saved car; unsaved edits of the basics are kept (only the car tables are refreshed)."""
        if not self.dirty:
            self.reload()
            return
        self.profile = p = load_profile(self.ctx.actor, self.customer_id)
        for key in ("vehicles", "services"):
            self.views[key].set_rows(getattr(p, key))
        self._show_vehicle_reminders()

    def _show_vehicle_reminders(self) -> None:
        from dealerdesk.services.aftersales.vehicles import vehicle_reminders

        self.views["vehicle_reminders"].set_rows(vehicle_reminders(self.ctx.actor, self.customer_id))

    def _score_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.score_head = QLabel(page)
        self.score_reasons = QLabel(page)
        self.score_reasons.setWordWrap(True)
        view, self.score_model = tabs.table(page, tabs.SCORE, "score")
        layout.addWidget(self.score_head)
        layout.addWidget(self.score_reasons)
        layout.addWidget(view, 1)
        return page

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        self.profile = p = load_profile(self.ctx.actor, self.customer_id)
        c = p.customer
        self.version = c.version
        self._loading = True
        try:
            self.name.setText(c.name)
            self.kind.setCurrentIndex(max(self.kind.findData(c.kind), 0))
            self.gender.setCurrentIndex(max(self.gender.findData(c.gender), 0))
            self.phones.set_phones(c.phones)
            self.birthday.set_value(c.birthday, c.birthday_kind, c.lunar_birthday_month, c.lunar_birthday_day)
            self.email.setText(c.email)
            for widget, value in ((self.wechat, c.wechat), (self.city, c.city), (self.address, c.address),
                                  (self.occupation, c.occupation), (self.tags, c.tags)):
                widget.setText(value)
            self.income.setCurrentIndex(max(self.income.findData(c.income_level), 0))
            self.source.setCurrentIndex(max(self.source.findData(c.source), 0))
            if c.owner_id is not None and self.owner.findData(c.owner_id) < 0:
                self.owner.addItem(c.owner_name or c.owner, c.owner_id)
            self.owner.setCurrentIndex(max(self.owner.findData(c.owner_id), 0))
            self.needs.setPlainText(c.needs)
            self.consent.setChecked(c.consent)
            self.referred.setText(p.referred_by_name or "—")
            self.form_message.clear()
        finally:
            self._loading = False
        # phones are masked for roles that may not see them: such a person cannot edit them either
        masked = phones_masked(self.ctx.actor)
        self.phones.setEnabled(not masked)
        self.reveal_button.setVisible(masked and self.ctx.actor.can("phone.unmask"))
        self.revealed.clear()
        for key in ("leads", "level_changes", "interactions", "vehicles", "services", "purchases", "orders",
                    "complaints", "surveys"):
            self.views[key].set_rows(getattr(p, key))
        self._show_vehicle_reminders()
        self._show_header()
        self._show_score()
        self._set_dirty(False)
        self.reloaded.emit()

    def reveal_phones(self) -> None:
        """显示号码: the clear numbers beside the masked list, for calling; the service audits it."""
        phones = ops.run(self, self.ctx, cs.reveal_phone, self.customer_id)
        if phones is not ops.FAILED:
            self.revealed.setText("　".join(phone_display(p) for p in phones) or self.tr("（无电话）"))

    def _show_header(self) -> None:
        c = self.profile.customer
        self.title.setText(f"{c.name}  <span style='color:#777;font-size:small'>#{c.id}</span>")
        parts = [self.tr("类别：") + _tr("categories", cs.CATEGORIES.get(c.category, "")),
                 self.tr("分级：") + _tr("tiers", cs.TIERS.get(c.tier, "")) + bracket(c.value_score).strip(),
                 self.tr("销售顾问：") + (c.owner_name or "—"),
                 self.tr("最近活动：") + c.last_activity_at.strftime("%Y-%m-%d")]
        self.summary.setText(gap().join(parts))
        if self.profile.merged_into_id:
            self.banner.setText(self.tr("此客户已合并到 #{id}，档案只读").format(id=self.profile.merged_into_id))
        elif c.archived:
            self.banner.setText(self.tr("此客户已归档"))
        self.banner.setVisible(bool(self.profile.merged_into_id or c.archived))
        gate(self.save_button, self.ctx.actor, "customer.write", not self.profile.merged_into_id)

    def _show_score(self) -> None:
        s = self.profile.score
        if s is None:
            self.score_head.setText(self.tr("暂无评分"))
            self.score_model.set_rows([])
            return
        head = self.tr("价值分 {total}　分级：{tier}　类别：{category}").format(
            total=s.total, tier=_tr("tiers", cs.TIERS.get(s.tier, "")),
            category=_tr("categories", cs.CATEGORIES.get(s.category, "")))
        if s.live:
            head += self.tr("（按当前数据估算，尚未保存）")
        self.score_head.setText(f"<b>{head}</b>")
        self.score_reasons.setText(self.tr("分类依据：") + join_list((ui_labels.classify_reason(r) for r in s.reasons), "；"))
        self.score_model.set_rows(s.parts)

    def _on_customer_changed(self, customer_id: int) -> None:
        if customer_id == self.customer_id and not self.dirty:
            self.reload()

    # ------------------------------------------------------------------ editing
    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        name = self.profile.customer.name if self.profile else ""
        self.setWindowTitle(self.tr("客户档案 — {name}").format(name=name) + (" *" if dirty else ""))

    def collect(self) -> cs.CustomerInput:
        birthday, kind, lunar_month, lunar_day = self.birthday.value()
        return cs.CustomerInput(
            name=self.name.text(), phones=self.phones.phones(), kind=self.kind.currentData(),
            gender=self.gender.currentData(), birthday=birthday, birthday_kind=kind,
            lunar_birthday_month=lunar_month, lunar_birthday_day=lunar_day, email=self.email.text(),
            wechat=self.wechat.text(), address=self.address.text(), city=self.city.text(),
            occupation=self.occupation.text(), income_level=self.income.currentData(),
            source=self.source.currentData(), owner_id=self.owner.currentData(),
            needs=self.needs.toPlainText(), tags=self.tags.text(), consent=self.consent.isChecked(),
            referred_by_id=self.profile.customer.referred_by_id)

    def save(self) -> bool:
        """Validate next to the fields, then save with the loaded version; True when saved."""
        self.form_message.clear()
        checks = [self.name.check(), self.birthday.check(), self.email.check()]
        if self.phones.isEnabled():
            checks.append(self.phones.check())
        if not all(checks):
            self.tabs.setCurrentIndex(0)
            self.form_message.setText(self.tr("有填写不正确的项目，请按红字提示修改后再保存"))
            return False
        stored = self.profile.customer.phones if self.profile is not None else []
        warnings = self.phones.range_warnings(known=stored) if self.phones.isEnabled() else []
        if warnings and not self.confirm(self.tr("请核对电话号码"),
                                         "\n".join(warnings) + "\n\n" + self.tr("确认号码无误，仍要保存吗？")):
            self.tabs.setCurrentIndex(0)
            self.phones.setFocus()
            return False
        data = self.collect()
        if ops.run(self, self.ctx, save_basics, self.customer_id, data, expected_version=self.version,
                   keep_phones=not self.phones.isEnabled(), errors=self._show_save_error) is ops.FAILED:
            return False
        self._set_dirty(False)
        self.reload()
        return True

    def _show_save_error(self, exc: DealerDeskError) -> None:
        if isinstance(exc, InvalidInput):
            self._show_field_error(exc)
        elif isinstance(exc, VersionConflict):
            # the typed values stay; the box shows them beside the saved ones. Saving again means "mine wins".
            self.version = exc.current_version
            self.form_message.setText(self.tr("客户资料已被他人修改：您填写的内容仍在，核对后可再次保存"))
            show_error(self, exc, self.tr("客户资料已被他人修改"))
        else:
            show_error(self, exc, self.tr("无法保存"))

    def _show_field_error(self, exc: InvalidInput) -> None:
        widget = self.field_widgets.get(exc.field or "")
        if widget is not None and hasattr(widget, "show_error"):
            widget.show_error(error_text(exc))
            widget.setFocus()
        self.tabs.setCurrentIndex(0)
        self.form_message.setText(error_text(exc))

    def revert(self) -> None:
        if self.dirty:
            self.reload()

    # ------------------------------------------------------------------ closing and actions
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel (tests replace this)."""
        return QMessageBox.question(
            self, self.tr("未保存的修改"), self.tr("客户 {name} 的修改还没有保存，要保存吗？").format(
                name=self.profile.customer.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def confirm(self, title: str, text: str) -> bool:
        """Yes/No before a destructive action (tests replace this)."""
        return QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                    | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            choice = self.ask_unsaved()
            if choice == QMessageBox.StandardButton.Cancel or (
                    choice == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        event.accept()

    def delete(self) -> None:
        name = self.profile.customer.name
        if not self.confirm(self.tr("删除客户"), self.tr("确定删除客户 {name}？有历史记录的客户会被归档而不是删除。")
                            .format(name=name)):
            return
        outcome = ops.run(self, self.ctx, cs.delete_customer, self.customer_id)
        if outcome is ops.FAILED:
            return
        if outcome == "archived":
            QMessageBox.information(self, self.tr("已归档"),
                                    self.tr("客户 {name} 有历史记录，已归档（可在客户列表中查看已归档客户）")
                                    .format(name=name))
            self.reload()
        else:
            self.dirty = False
            self.close()

    def pick_other_customer(self) -> int | None:
        """Ask which customer to merge into this one: a search, then a choice from the hits."""
        text, ok = QInputDialog.getText(self, self.tr("合并重复客户"), self.tr("输入另一位客户的姓名、电话或车牌："))
        if not ok or not text.strip():
            return None
        hits = [h for h in search_customers(self.ctx.actor, text, limit=20) if h.id != self.customer_id]
        if not hits:
            QMessageBox.information(self, self.tr("合并重复客户"), self.tr("没有找到匹配的客户"))
            return None
        items = [f"{h.name}（#{h.id}）{h.matched_value}" for h in hits]
        item, ok = QInputDialog.getItem(self, self.tr("合并重复客户"), self.tr("选择要并入本客户的记录："),
                                        items, 0, False)
        return hits[items.index(item)].id if ok else None

    def merge_with(self, other_id: int | None = None) -> None:
        if self.dirty and not self.save():
            return
        other_id = other_id or self.pick_other_customer()
        if other_id is None:
            return
        from dealerdesk.ui.dialogs.merge import MergeDialog

        dialog = MergeDialog(self.ctx, self.customer_id, other_id, self)
        dialog.exec()
        self.reload()
