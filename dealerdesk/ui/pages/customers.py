"""客户 page: the whole customer base as one lazy, sortable, filterable table.

Everything the table shows comes from services.customers.listing through the generic LazyTableModel, so the
page opens as fast on a million customers as on ten. Filters rebuild the model's source (one COUNT and one
page); the header layout (widths, order, sort) is remembered per user in QSettings.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services.customers import listing as customer_list
from dealerdesk.services.customers import records as customer_service
from dealerdesk.services.customers.listing import CustomerFilter
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.models.columns import STATE_COLOURS, STATE_LABELS
from dealerdesk.ui.page_actions import NewAction
from dealerdesk.ui.models.columns.customers import CUSTOMER_SPEC
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.models.sources import CustomerSource
from dealerdesk.ui.widgets.customer_actions import new_customer
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.setup_checklist import SetupChecklist
from dealerdesk.ui.widgets.tables import header_width, widen_on_first_rows

log = logging.getLogger(__name__)

LEAD_LEVELS = "HABCNO"
TEXT_DEBOUNCE_MS = 250
HEADER_KEY = "tables/customers/header"


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customersPage")
        self._build_filters()
        self.model = LazyTableModel(CUSTOMER_SPEC, CustomerSource(ctx.actor, self.current_filter(), ctx.clock),
                                    parent=self)
        self._build_table()
        self._build_layout()
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DEBOUNCE_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _t: self._text_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        ctx.bus.customersChanged.connect(self.refresh)
        self._update_count()

    # ------------------------------------------------------------------ construction
    def _combo(self, name: str, all_label: str, items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.addItem(all_label, None)
        for label, value in items:
            box.addItem(label, value)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.currentIndexChanged.connect(self.apply_filter)
        return box

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("listSearch")
        self.search.setPlaceholderText(self.tr("筛选：姓名、拼音、电话尾号、车牌、车架号"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.category = self._combo("category", self.tr("全部类别"), [
            (_t("categories", label), code) for code, label in customer_service.CATEGORIES.items()])
        self.tier = self._combo("tier", self.tr("全部分级"), [
            (_t("tiers", label), code) for code, label in customer_service.TIERS.items()])
        self.level = self._combo("level", self.tr("全部级别"), [(lv + self.tr("级"), lv) for lv in LEAD_LEVELS])
        self.owner = self._combo("owner", self.tr("全部顾问"), [])
        self.source = self._combo("source", self.tr("全部来源"), [
            (_t("sources", label), code) for code, label in customer_service.SOURCES.items()])
        self.city = self._combo("city", self.tr("全部城市"), [])
        self.overdue = QCheckBox(self.tr("有逾期跟进"), self)
        self.complaint = QCheckBox(self.tr("有未结投诉"), self)
        self.archived = QCheckBox(self.tr("含已归档"), self)
        for box in (self.overdue, self.complaint, self.archived):
            box.toggled.connect(self.apply_filter)
        self.clear_button = QPushButton(self.tr("清除筛选"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.segment_button = QPushButton(self.tr("保存为客户分组…"), self)  # issue 24: the filter as a segment
        self.segment_button.setObjectName("saveSegment")
        self.segment_button.clicked.connect(self.save_as_segment)
        gate(self.segment_button, self.ctx.actor, "campaign.write")
        self._load_options()

    def _load_options(self) -> None:
        """Owners and cities come from the store; keep the current choice when the lists are rebuilt."""
        try:
            opts = customer_list.filter_options(self.ctx.actor)
        except DealerDeskError:
            log.exception("loading filter options failed")
            return
        for box, items in ((self.owner, opts.owners), (self.city, [(c, c) for c in opts.cities])):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value, label in items:
                box.addItem(label, value)
            index = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def _build_table(self) -> None:
        view = self.table = QTableView(self)
        view.setObjectName("customerTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: 1M is fine
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for i, col in enumerate(CUSTOMER_SPEC.columns):
            view.setColumnWidth(i, max(col.width, header_width(header, i)))
        if QSettings().value(HEADER_KEY) is None:  # no widths of the user's own yet: fit the first rows (capped)
            widen_on_first_rows(view, self.model)
        self._show_model_sort()  # before enabling sorting, which sorts by the indicator at once
        view.setSortingEnabled(True)
        self._restore_header()
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)
        view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        view.installEventFilter(self)
        view.selectionModel().selectionChanged.connect(self._update_buttons)

    def _build_layout(self) -> None:
        self.new_button = QPushButton(self.tr("新建客户"), self)
        self.new_button.setObjectName("newCustomer")
        self.new_button.setToolTip(self.tr("新建客户 (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_customer)
        self.walk_in_button = QPushButton(self.tr("接待登记 (F9)"), self)
        self.walk_in_button.setObjectName("walkIn")
        self.walk_in_button.setToolTip(self.tr("到店客户一次登记：客户、意向、到店/试驾/报价、级别和下次跟进"))
        self.walk_in_button.clicked.connect(self.walk_in)
        gate(self.walk_in_button, self.ctx.actor, "visit.write")
        self.delete_button = QPushButton(self.tr("删除/归档"), self)
        self.delete_button.setObjectName("deleteCustomer")
        self.delete_button.setToolTip(self.tr("没有历史记录的客户被删除，有历史记录的客户被归档"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowCount")

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        for check in (self.overdue, self.complaint, self.archived):
            top.addWidget(check)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.walk_in_button)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        filters = QHBoxLayout()
        for w in (self.category, self.tier, self.level, self.owner, self.source, self.city, self.clear_button,
                  self.segment_button):
            filters.addWidget(w)
        filters.addStretch(1)
        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("颜色说明："), self))
        for state, label in STATE_LABELS.items():
            swatch = QLabel("■ " + _t("legend", label), self)
            swatch.setStyleSheet(f"color: {STATE_COLOURS[state].name()};")
            legend.addWidget(swatch)
        legend.addStretch(1)
        # a new store: the checklist of first steps, and the explanation instead of an empty table
        self.checklist = SetupChecklist(self.ctx, self, import_customers=self.import_customers)
        self.empty = EmptyState(
            self.table, title=self.tr("还没有客户"),
            text=self.tr("这里会列出所有客户：姓名、电话、负责顾问、级别和下次跟进。新建第一位客户，"
                         "或把现有的客户 Excel 表导入。"),
            actions=[(self.tr("新建客户"), self.new_customer), (self.tr("导入 Excel"), self.import_customers)],
            filtered=lambda: self.current_filter() != CustomerFilter(), parent=self)
        self.empty.buttons[0].setEnabled(self.ctx.actor.can("customer.write"))
        self.empty.buttons[1].setEnabled(self.ctx.actor.can("import"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.checklist)
        layout.addWidget(self.empty, 1)
        layout.addLayout(legend)

    # ------------------------------------------------------------------ filtering
    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            text=self.search.text().strip(), category=self.category.currentData() or "",
            tier=self.tier.currentData() or "", lead_level=self.level.currentData() or "",
            owner_id=self.owner.currentData(), source=self.source.currentData() or "",
            city=self.city.currentData() or "", has_overdue_follow_up=self.overdue.isChecked(),
            open_complaint=self.complaint.isChecked(), include_archived=self.archived.isChecked())

    def apply_filter(self) -> None:
        if hasattr(self, "_text_timer"):
            self._text_timer.stop()
        self.model.set_source(CustomerSource(self.ctx.actor, self.current_filter(), self.ctx.clock))
        self._update_count()

    def clear_filters(self) -> None:
        widgets = (self.category, self.tier, self.level, self.owner, self.source, self.city, self.overdue,
                   self.complaint, self.archived, self.search)
        for w in widgets:
            w.blockSignals(True)
        for box in (self.category, self.tier, self.level, self.owner, self.source, self.city):
            box.setCurrentIndex(0)
        for check in (self.overdue, self.complaint, self.archived):
            check.setChecked(False)
        self.search.clear()
        for w in widgets:
            w.blockSignals(False)
        self.apply_filter()

    def save_as_segment(self):
        """The current filter saved as a segment in one step (the editor opens on it, with its live count)."""
        from dealerdesk.ui.dialogs.campaigns import SegmentEditor

        self.segment_editor = SegmentEditor(self.ctx, self.current_filter(), parent=self)
        self.segment_editor.exec()
        return self.segment_editor.result_row

    def refresh(self) -> None:
        """customersChanged: new options (a new city), new count, fresh pages."""
        self._load_options()
        self.model.refresh()
        self._update_count()
        self.checklist.refresh()

    def showEvent(self, event) -> None:
        """Back on the home page after adding staff or catalogue rows elsewhere: tick what was done."""
        self.checklist.refresh()
        super().showEvent(event)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 %n 位客户", "", self.model.rowCount()))
        self._update_buttons()

    # ------------------------------------------------------------------ sorting and header state
    def _show_model_sort(self) -> None:
        column = CUSTOMER_SPEC.column_of_sort_key(self.model.sort_key)
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if CUSTOMER_SPEC.columns[column].sort_key is None:  # the model ignored it; put the arrow back
            self._show_model_sort()
        self._save_header()

    def _restore_header(self) -> None:
        state = QSettings().value(HEADER_KEY)
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
            if 0 <= column < len(CUSTOMER_SPEC.columns) and CUSTOMER_SPEC.columns[column].sort_key:
                self.model.sort(column, order)
            self._show_model_sort()

    def _save_header(self, *_args: object) -> None:
        QSettings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    # ------------------------------------------------------------------ actions
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            current = self.table.currentIndex()
            return self.model.id_at(current.row()) if current.isValid() else None
        return self.model.id_at(rows[0].row())

    def _update_buttons(self, *_args: object) -> None:
        gate(self.delete_button, self.ctx.actor, "customer.delete", self.selected_id() is not None)
        gate(self.new_button, self.ctx.actor, "customer.write")

    def open_row(self, row: int) -> None:
        customer_id = self.model.id_at(row)
        if customer_id is not None:
            self.ctx.open_customer(customer_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.table.currentIndex()
            if current.isValid():
                self.open_row(current.row())
                return True
        return super().eventFilter(watched, event)

    def new_action(self) -> NewAction:
        return NewAction(self.tr("新建客户"), self.new_customer, "customer.write")

    def new_customer(self) -> None:
        customer_id = new_customer(self.ctx, self)
        if customer_id is not None:
            self.ctx.open_customer(customer_id)

    def walk_in(self) -> None:
        """接待登记 for a visitor (the main window's F9 does the same from any page)."""
        from dealerdesk.ui.dialogs.walk_in import open_walk_in

        customer_id = open_walk_in(self.ctx, self)
        if customer_id is not None:
            self.ctx.open_customer(customer_id)

    def import_customers(self) -> None:
        from dealerdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()
        self.refresh()

    def delete_selected(self) -> None:
        customer_id = self.selected_id()
        if customer_id is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        name = row.name if row is not None and row.id == customer_id else f"#{customer_id}"
        answer = QMessageBox.question(
            self, self.tr("删除客户"),
            self.tr("确定要删除客户“%1”吗？\n有线索、车辆或转介绍记录的客户会被归档（可恢复），不会被删除。")
            .replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome = ops.run(self, self.ctx, customer_service.delete_customer, customer_id)
        if outcome is ops.FAILED:
            return
        text = self.tr("已删除客户“%1”") if outcome == "deleted" else self.tr("客户“%1”有历史记录，已归档")
        self.count_label.setText(self.count_label.text() + "　" + text.replace("%1", name))
