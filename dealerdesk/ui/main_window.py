"""The application shell: navigation over the PAGES registry, the global search box, menus, status bar.

Pages are imported the first time they are shown, so start-up costs only the first page, and a feature
area whose page module has not landed yet shows a placeholder instead of breaking the shell. The shell
wires the AppContext hooks (`open_customer`, `show_page`) so pages never reach into each other.
"""
from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QToolBar, QVBoxLayout, QWidget)

from dealerdesk.services.auth import ROLE_LABELS, store_read_only
from dealerdesk.services.customers.records import count_customers
from dealerdesk.ui.backup import BackupActions
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.access import gate, refusal
from dealerdesk.ui.dialogs.walk_in import walk_in_action
from dealerdesk.ui.page_actions import new_action_of
from dealerdesk.ui.pages import PAGE_PERMISSIONS, PAGES, help_anchor, may_open, placeholder
from dealerdesk.ui.widgets.customer_actions import ProfileWindows, new_customer
from dealerdesk.ui.widgets.search_box import GlobalSearchBox
from dealerdesk.ui.widgets.store_state import read_only_banner

log = logging.getLogger(__name__)

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_PAGE = "main_window/page"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("DealerDesk 客户关系管理"))
        self.profiles = ProfileWindows(ctx, self)
        ctx.open_customer = self.open_customer
        ctx.show_page = self.show_page
        ctx.open_complaint = self.open_complaint
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(self)
        self.page_actions: list[QAction] = []
        for name, _module, label, shortcut in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("nav", label))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"{QCoreApplication.translate('nav', label)} ({shortcut})")
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
            action = QAction(QCoreApplication.translate("nav", label), self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{QCoreApplication.translate('nav', label)} ({shortcut})")
            action.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            if not may_open(ctx.actor, name):  # the role may not use this page: greyed out, saying why
                why = refusal(ctx.actor, PAGE_PERMISSIONS[name][0])
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(why)
                action.setEnabled(False)
                action.setToolTip(why)
            self.addAction(action)
            self.page_actions.append(action)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.nav.setFont(font)
        self.nav.setStyleSheet("QListWidget#navigation { border: none; padding-top: 6px; }"
                               "QListWidget#navigation::item { padding-left: 14px; }")
        # as wide as the longest page name in this language (the items' size hints give only their height)
        widest = max(QFontMetrics(font).horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(max(widest + 44, 140))
        self.nav.currentRowChanged.connect(self._nav_changed)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        page_area = QWidget(central)
        self.page_layout = QVBoxLayout(page_area)  # notices (tray fallback banner) go above the pages
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_layout.setSpacing(0)
        self.page_layout.addWidget(self.stack, 1)
        if store_read_only():  # a read-only file or medium: say so above the pages (writing actions are off)
            self.page_layout.insertWidget(0, read_only_banner(page_area))
        self.escalations = None
        if ctx.actor.can("complaint.read"):  # an escalated complaint stays in sight until it is handled
            from dealerdesk.ui.widgets.escalation_banner import EscalationBanner

            self.escalations = EscalationBanner(ctx, page_area)
            self.escalations.openRequested.connect(self.open_complaint)
            self.page_layout.insertWidget(0, self.escalations)
        layout.addWidget(page_area, 1)
        self.setCentralWidget(central)
        self._register_profile_actions()

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        ctx.bus.customersChanged.connect(self.update_status)
        self.update_status()
        self._restore_settings()

    # ------------------------------------------------------------------ construction
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("搜索"), self)
        bar.setObjectName("searchToolbar")
        bar.setMovable(False)
        title = QLabel("  " + self.tr("DealerDesk") + "    ", bar)
        title.setStyleSheet("font-weight: bold;")
        bar.addWidget(title)
        self.search_box = GlobalSearchBox(lambda: self.ctx.actor, bar)
        self.search_box.setObjectName("globalSearch")
        self.search_box.setToolTip(self.tr("按姓名、拼音、电话尾号、车牌或车架号查找客户，回车打开档案 (Ctrl+F)"))
        self.search_box.customerActivated.connect(self.open_customer)
        bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.find_action = QAction(self.tr("查找客户"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setToolTip(self.tr("查找客户 (Ctrl+F)"))
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        # Ctrl+N is the "new" of the page shown (page_actions.py): its text follows the page
        self.new_customer_action = QAction(self.tr("新建客户(&N)…"), self)
        self.new_customer_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_customer_action.triggered.connect(self.new_for_page)
        gate(self.new_customer_action, self.ctx.actor, "customer.write")
        menu.addAction(self.new_customer_action)
        self.walk_in_action = walk_in_action(self.ctx, self, self.open_customer)
        menu.addAction(self.walk_in_action)
        menu.aboutToShow.connect(self.update_new_action)
        menu.addAction(self.find_action)
        menu.addSeparator()
        self.import_action = QAction(self.tr("导入客户(&I)…"), self)
        self.import_action.triggered.connect(self.import_customers)
        gate(self.import_action, self.ctx.actor, "import")
        menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("导出(&E)…"), self)
        self.export_action.triggered.connect(self.export_data)
        gate(self.export_action, self.ctx.actor, "export")
        menu.addAction(self.export_action)
        menu.addSeparator()
        self.backups = BackupActions(self.ctx, self)  # 立即备份, 恢复备份…, the daily and on-exit backups
        menu.addActions(self.backups.actions())
        self.store_action = QAction(self.tr("数据库连接(&D)…"), self)
        self.store_action.triggered.connect(self.choose_store)
        self.store_action.setEnabled(self.ctx.actor.can("settings.system"))
        menu.addAction(self.store_action)
        self.profile_action = QAction(self.tr("门店资料(&S)…"), self)
        self.profile_action.triggered.connect(self.edit_store_profile)
        gate(self.profile_action, self.ctx.actor, "store.profile")
        menu.addAction(self.profile_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(QApplication.instance().quit)
        menu.addAction(quit_action)
        account = self.menuBar().addMenu(self.tr("账户(&A)"))
        self.change_password_action = QAction(self.tr("修改密码(&P)…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        account.addAction(self.change_password_action)
        self.lock_action = QAction(self.tr("锁定(&L)"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.ctx.lock_screen())
        account.addAction(self.lock_action)
        self.logout_action = QAction(self.tr("注销 / 切换用户(&O)…"), self)
        self.logout_action.triggered.connect(lambda: self.ctx.log_out())
        account.addAction(self.logout_action)
        view = self.menuBar().addMenu(self.tr("页面(&V)"))
        for action in self.page_actions:
            view.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        try:  # F1 help opens the section of the current page (ui/help.py, another feature area)
            from dealerdesk.ui.help import help_action
        except ModuleNotFoundError as exc:
            if exc.name != "dealerdesk.ui.help":
                raise
        else:
            help_menu.addAction(help_action(self, topic=lambda: help_anchor(self.current_page_name())))
            # every shortcut of every page, in one table of the help (resources/help, #shortcuts)
            self.shortcuts_action = help_action(self, topic=lambda: "shortcuts")
            self.shortcuts_action.setText(self.tr("键盘快捷键(&K)"))
            self.shortcuts_action.setObjectName("shortcutsAction")
            self.shortcuts_action.setShortcut(QKeySequence())
            self.shortcuts_action.setToolTip(self.tr("列出全部键盘快捷键"))
            help_menu.addAction(self.shortcuts_action)
            help_menu.addSeparator()
        about = QAction(self.tr("关于 DealerDesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("关于 Qt"), self)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self)
        self.user_label = QLabel(self)
        self.count_label = QLabel(self)
        for label in (self.db_label, self.user_label, self.count_label):
            self.statusBar().addPermanentWidget(label)
        self.db_label.setText(self.tr("数据库：%1").replace("%1", self.ctx.db_label or "—"))
        actor = self.ctx.actor
        role = QCoreApplication.translate("roles", ROLE_LABELS.get(actor.role, actor.role))
        self.user_label.setText(self.tr("用户：%1（%2）").replace("%1", actor.display_name or actor.login)
                                .replace("%2", role))

    # ------------------------------------------------------------------ pages
    def _create_page(self, module: str, label: str) -> QWidget:
        full = f"dealerdesk.ui.pages.{module}"
        title = QCoreApplication.translate("nav", label)
        try:
            return importlib.import_module(full).Page(self.ctx, self.stack)
        except ModuleNotFoundError as exc:
            if exc.name == full:
                return placeholder.Page(self.ctx, self.stack, title=title)
            log.exception("page %s could not be loaded", module)
        except Exception:  # a broken page must not take the shell down
            log.exception("page %s could not be loaded", module)
        return placeholder.Page(self.ctx, self.stack, title=title,
                                detail=self.tr("页面加载失败，详情见日志文件。"))

    def page(self, name: str) -> QWidget | None:
        """The page widget, created on first use."""
        if name in self.pages:
            return self.pages[name]
        for page_name, module, label, _shortcut in PAGES:
            if page_name == name:
                widget = self._create_page(module, label)
                widget.setObjectName(widget.objectName() or f"page_{name}")
                self.pages[name] = widget
                self.stack.addWidget(widget)
                return widget
        return None

    def show_page(self, name: str) -> None:
        if not may_open(self.ctx.actor, name):
            log.info("page %s is not open to role %s", name, self.ctx.actor.role)
            return
        widget = self.page(name)
        if widget is None:
            log.warning("no page named %s", name)
            return
        self.stack.setCurrentWidget(widget)
        self.update_new_action()
        row = [p[0] for p in PAGES].index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)

    def current_page_name(self) -> str:
        widget = self.stack.currentWidget()
        return next((n for n, w in self.pages.items() if w is widget), "")

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.show_page(PAGES[row][0])

    # ------------------------------------------------------------------ actions
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_customer(self, customer_id: int) -> None:
        self.profiles.open(customer_id)

    def open_complaint(self, complaint_id: int) -> None:
        """The complaints page with this complaint selected (the escalation banner's link)."""
        self.show_page("complaints")
        page = self.pages.get("complaints")
        if page is not None and self.current_page_name() == "complaints" and hasattr(page, "show_complaint"):
            page.show_complaint(complaint_id)

    def update_new_action(self) -> None:
        """Ctrl+N's text and state for the page shown (a page without its own "new": 新建客户)."""
        if not hasattr(self, "new_customer_action"):
            return  # the first page is shown while the menus are being built
        action = new_action_of(self.stack.currentWidget())
        label, permission = (action.label, action.permission) if action else (self.tr("新建客户"), "customer.write")
        self.new_customer_action.setText(self.tr("{label}(&N)…").format(label=label))
        self.new_customer_action.setToolTip(f"{label} ({QKeySequence(QKeySequence.StandardKey.New).toString()})")
        gate(self.new_customer_action, self.ctx.actor, permission)

    def new_for_page(self) -> None:
        """Ctrl+N: the page's own "new" (新建预约 on 服务接待, 新投诉 on 投诉与回访, …), else 新建客户."""
        action = new_action_of(self.stack.currentWidget())
        if action is None:
            if self.ctx.actor.can("customer.write"):
                self.new_customer()
            return
        if self.ctx.actor.can(action.permission):
            action.trigger()

    def new_customer(self) -> None:
        customer_id = new_customer(self.ctx, self)
        if customer_id is not None:
            self.open_customer(customer_id)

    def import_customers(self) -> None:
        from dealerdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()

    def choose_store(self) -> None:
        from dealerdesk.ui.dialogs.store_connection import StoreConnectionDialog

        StoreConnectionDialog(self.ctx, self.ctx.db_label, self).exec()

    def edit_store_profile(self) -> None:
        from dealerdesk.ui.dialogs.store_profile import StoreProfileDialog

        StoreProfileDialog(self.ctx, self).exec()

    def export_data(self) -> None:
        """Export; from the customer list, the export covers the list as it is filtered now."""
        from dealerdesk.ui.dialogs.export import ExportDialog

        page = self.pages.get("customers")
        flt = page.current_filter() if page is not None and hasattr(page, "current_filter") else None
        ExportDialog(self.ctx, self, customer_filter=flt).exec()

    def change_password(self) -> None:
        from dealerdesk.ui.dialogs.login import ChangePasswordDialog

        if ChangePasswordDialog(self.ctx, self).exec():
            self.statusBar().showMessage(self.tr("密码已修改"), 5000)

    def attach_notifier(self, notifier) -> None:
        """Place the notifier's in-window banner above the pages (the fallback when there is no tray)."""
        self.page_layout.insertWidget(0, notifier.banner_widget())

    def _register_profile_actions(self) -> None:
        try:  # "新建线索" on the profile's leads tab (leads feature area)
            from dealerdesk.ui.dialogs.lead import register_profile_actions
        except ModuleNotFoundError as exc:
            if exc.name != "dealerdesk.ui.dialogs.lead":
                raise
        else:
            register_profile_actions()

    def update_status(self) -> None:
        try:
            n = count_customers()
        except Exception:
            log.exception("counting customers failed")
            return
        self.count_label.setText(self.tr("客户：%1 位").replace("%1", f"{n:,}"))

    def show_about(self) -> None:
        from dealerdesk.ui.about import AboutDialog  # versions, licences (the font's), the data folder

        AboutDialog(self).exec()

    # ------------------------------------------------------------------ persistence
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.value(SETTINGS_STATE)
        if state is not None:
            self.restoreState(state)
        names = [p[0] for p in PAGES if may_open(self.ctx.actor, p[0])] or [PAGES[0][0]]
        name = settings.value(SETTINGS_PAGE, names[0])
        self.show_page(name if name in names else names[0])

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.setValue(SETTINGS_PAGE, self.current_page_name())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
