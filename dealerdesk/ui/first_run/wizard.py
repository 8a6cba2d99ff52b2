"""首次使用向导: the first start on a store nobody can log in to (a new or empty store).

Pages: language → the store's profile (name, address, phone, logo) → the system administrator → data and
backup folders → how to start (empty, import a workbook, connect to a shared store, the demo store) → what is
left to do. Every step but the administrator may be skipped; the last page lists what a skipped step leaves.

The administrator is created when leaving its page (services/accounts.create_first_admin), so the later
steps run as that person: testing a shared store and saving the profile and settings need a permission, and
everything saved is audited under their name. The rest is saved when 完成 is pressed (`apply`); what the
chosen start then does (switching stores, the import wizard) is ui/first_run/start.py's.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget, QWizard, QWizardPage)

from dealerdesk import config
from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services import accounts, connection, passwords, store_profile
from dealerdesk.services.auth import Actor
from dealerdesk.services.settings import get_setting, save_settings
from dealerdesk.ui.widgets.forms import clear_messages, field_messages, message_rows, shown_under
from dealerdesk.ui.widgets.messages import error_text
from dealerdesk.ui.widgets.store_profile_form import StoreProfileFields

EMPTY, IMPORT, SHARED, DEMO = "empty", "import", "shared", "demo"


def tr(text: str) -> str:
    return QCoreApplication.translate("first_run", text)


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


@dataclass
class FirstRunChoice:
    """What the wizard decided, for start.py: who logged in, how to start, and the shared store's address."""

    actor: Actor
    start: str = EMPTY
    url: str = ""


class LanguagePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("欢迎使用 DealerDesk"))
        self.setSubTitle(tr("几步完成开店设置。除系统管理员外，每一步都可以跳过，以后在“设置”里补上。"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in spec.LANGUAGES:
            self.language.addItem(name, code)
        form = QFormLayout(self)
        form.addRow(tr("界面语言"), self.language)
        form.addRow("", _note(tr("界面语言在重新启动程序后生效。"), self))


class StorePage(QWizardPage):
    """门店资料: printed on every report and repair order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("门店资料"))
        self.setSubTitle(tr("门店名称、地址、电话和标志会印在每一份报表和工单的抬头上。可以跳过，以后再填。"))
        self.fields = StoreProfileFields(self)
        self.name, self.address, self.phone = self.fields.name, self.fields.address, self.fields.phone
        self.messages = self.fields.messages
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch(1)

    @property
    def logo(self) -> bytes:
        return self.fields.logo

    def choose_logo(self, path: str | None = None) -> bool:
        return self.fields.choose_logo(path)

    def validatePage(self) -> bool:
        return self.fields.check()


class AdminPage(QWizardPage):
    """The first system administrator, created when leaving this page."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.first_run = wizard
        self.setTitle(tr("系统管理员"))
        self.setSubTitle(tr("系统管理员管理用户、系统设置和备份。请记住这个密码：忘记后只能由另一位管理员重置。"))
        self.login = QLineEdit("admin", self)
        self.login.setObjectName("login")
        self.login.setMaxLength(40)
        self.name = QLineEdit(tr("系统管理员"), self)
        self.name.setObjectName("name")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("至少 %1 个字符").replace("%1", str(passwords.MIN_LENGTH)))
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.messages = field_messages(self, "login", "name", "password", "confirm", "")
        self.done_note = _note("", self)
        form = QFormLayout(self)
        message_rows(form, [(tr("登录名"), self.login, "login"), (tr("姓名"), self.name, "name"),
                            (tr("密码"), self.password, "password"), (tr("确认密码"), self.confirm, "confirm")],
                     self.messages)
        form.addRow("", self.messages[""])
        form.addRow("", self.done_note)

    def validatePage(self) -> bool:
        if self.first_run.actor is not None:
            return True  # created already (the person came back with 上一步)
        clear_messages(self.messages.values())
        if self.password.text() != self.confirm.text():
            self.messages["confirm"].show_error(tr("两次输入的密码不一致"))
            return False
        try:
            actor = accounts.create_first_admin(self.login.text(), self.name.text(), self.password.text())
        except DealerDeskError as exc:
            shown_under(self.messages)(exc)
            return False
        self.first_run.actor = actor
        for edit in (self.login, self.name, self.password, self.confirm):
            edit.setReadOnly(True)
        self.done_note.setText(tr("已创建系统管理员 %1。").replace("%1", actor.login))
        return True


class FoldersPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None, store_label: str = "") -> None:
        super().__init__(parent)
        self.setTitle(tr("数据和备份文件夹"))
        self.setSubTitle(tr("数据库每天自动备份。备份最好放在另一块硬盘、U 盘或另一台电脑的共享文件夹。"))
        data = QLabel(store_label or str(config.default_db_path()), self)
        data.setObjectName("dataFolder")
        data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data.setWordWrap(True)
        self.backup = QLineEdit(str(get_setting("backup.folder") or ""), self)
        self.backup.setObjectName("backupFolder")
        self.backup.setPlaceholderText(str(config.backup_dir()))
        browse = QPushButton(tr("浏览(&B)…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.backup, 1)
        row.addWidget(browse)
        row.setContentsMargins(0, 0, 0, 0)
        box = QWidget(self)
        box.setLayout(row)
        self.messages = field_messages(self, "backup.folder", "")
        form = QFormLayout(self)
        folder = QLabel(str(config.data_dir()), self)
        folder.setObjectName("dataDir")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("数据文件夹"), folder)
        form.addRow(tr("数据库"), data)
        message_rows(form, [(tr("备份文件夹"), box, "backup.folder")], self.messages)
        form.addRow("", _note(tr("不填则备份到 %1。换一台电脑使用或连接共享数据库，可在 文件 → 数据库连接 里设置。")
                              .replace("%1", str(config.backup_dir())), self))

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("选择备份文件夹"), self.backup.text())
        if folder:
            self.backup.setText(folder)

    def validatePage(self) -> bool:
        self.messages["backup.folder"].clear_message()
        try:
            spec.validate(spec.find("backup.folder"), self.backup.text().strip())
        except DealerDeskError as exc:
            self.messages["backup.folder"].show_error(error_text(exc))
            return False
        return True


class StartPage(QWizardPage):
    """How to start: empty, import a workbook, connect to a shared store (tested here), or the demo store."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.first_run = wizard
        self.setTitle(tr("如何开始"))
        self.setSubTitle(tr("选择从哪里开始。以后随时可以导入客户或更换数据库。"))
        self.choices = {
            EMPTY: QRadioButton(tr("从空白开始：之后添加员工、车型、维修项目和客户"), self),
            IMPORT: QRadioButton(tr("导入现有的客户 Excel 表（完成后打开导入向导）"), self),
            SHARED: QRadioButton(tr("连接门店的共享数据库（PostgreSQL 服务器，多台电脑共用）"), self),
            DEMO: QRadioButton(tr("打开演示门店：带有虚构的客户和数据，先看看怎么用"), self),
        }
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for code, button in self.choices.items():
            button.setObjectName(f"start_{code}")
            group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda _on: self._enable())
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(tr("例如 192.168.1.10 或 server"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("dealerdesk", self)
        self.database.setObjectName("database")
        self.user = QLineEdit("dealerdesk", self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("留空：使用 pgpass.conf 中的密码"))
        self.messages = field_messages(self, "host", "port", "database", "user")
        self.status = QLabel(self)
        self.status.setObjectName("connectionStatus")
        self.status.setWordWrap(True)
        self.server_box = QWidget(self)
        form = QFormLayout(self.server_box)
        form.setContentsMargins(24, 0, 0, 0)
        message_rows(form, [(tr("服务器"), self.host, "host"), (tr("端口"), self.port, "port"),
                            (tr("数据库名"), self.database, "database"), (tr("用户名"), self.user, "user"),
                            (tr("密码"), self.password, "")], self.messages)
        self.test_button = QPushButton(tr("测试连接(&T)"), self.server_box)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(lambda: self.test())
        form.addRow("", self.test_button)
        form.addRow("", self.status)
        layout.addWidget(self.server_box)
        layout.addStretch(1)
        self.choices[EMPTY].setChecked(True)
        self._enable()

    def choice(self) -> str:
        return next(code for code, button in self.choices.items() if button.isChecked())

    def _enable(self) -> None:
        self.server_box.setEnabled(self.choices[SHARED].isChecked())
        clear_messages(self.messages.values())
        self.status.clear()

    def url(self) -> str:
        return connection.server_url(connection.ServerFields(
            host=self.host.text(), port=self.port.value(), database=self.database.text(), user=self.user.text(),
            password=self.password.text()))

    def test(self) -> bool:
        """Test the shared store's connection; an error goes under the field it concerns."""
        clear_messages(self.messages.values())
        self.status.clear()
        try:
            found = connection.test_store(self.first_run.actor, self.url())
        except DealerDeskError as exc:
            # a refused connection names no field (or the whole address): shown under 服务器
            target = self.messages.get(getattr(exc, "field", "") or "", self.messages["host"])
            target.show_error(error_text(exc))
            return False
        if found.schema_version is None:
            self.status.setText(tr("连接成功：这是一个空数据库，完成后程序会在其中建表。"))
        else:
            self.status.setText(tr("连接成功：数据库版本 %1，%2 位客户。").replace("%1", str(found.schema_version))
                                .replace("%2", str(found.customers)))
        return True

    def validatePage(self) -> bool:
        return self.choice() != SHARED or self.test()


class DonePage(QWizardPage):
    """What was set and what is left to do, before 完成."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.first_run = wizard
        self.setTitle(tr("准备就绪"))
        self.setSubTitle(tr("点“完成”保存设置并开始使用。"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.summary.setText(self.first_run.summary_html())


class FirstRunWizard(QWizard):
    """The first-run wizard; after exec() == Accepted, `choice` says who logged in and how to start."""

    def __init__(self, parent: QWidget | None = None, store_label: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(tr("DealerDesk 首次使用"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("完成(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("退出"))
        self.actor: Actor | None = None
        self.choice: FirstRunChoice | None = None
        self.language_page = LanguagePage(self)
        self.store_page = StorePage(self)
        self.admin_page = AdminPage(self)
        self.folders_page = FoldersPage(self, store_label)
        self.start_page = StartPage(self)
        self.done_page = DonePage(self)
        for page in (self.language_page, self.store_page, self.admin_page, self.folders_page, self.start_page,
                     self.done_page):
            self.addPage(page)
        self.setMinimumSize(640, 520)

    # ------------------------------------------------------------------ what is left
    def left_to_do(self) -> list[str]:
        """The sentences the last page shows for each skipped step."""
        left = []
        if not self.store_page.name.text().strip():
            left.append(tr("门店名称没有填写：报表和工单抬头会印“%1”。以后在 设置 → 门店与系统 里填写。")
                        .replace("%1", str(spec.find("store.name").default)))
        if not self.store_page.logo:
            left.append(tr("没有选择门店标志：打印件上不印标志。"))
        if not self.folders_page.backup.text().strip():
            left.append(tr("备份文件夹用默认位置 %1。").replace("%1", str(config.backup_dir())))
        return left

    def summary_html(self) -> str:
        start = self.start_page.choice()
        next_steps = {
            EMPTY: tr("之后在首页的开店清单里：添加员工 · 录入车型 · 维修项目价目 · 导入客户。"),
            IMPORT: tr("完成后打开导入向导，导入现有的客户 Excel 表。"),
            SHARED: tr("完成后切换到共享数据库，请用那里的账号登录。"),
            DEMO: tr("完成后生成并打开演示门店（需要一点时间），用演示账号登录。您的空白数据库保留，下次启动时打开。"),
        }[start]
        items = "".join(f"<li>{text}</li>" for text in self.left_to_do())
        left = (f"<p><b>{tr('还没有完成的：')}</b></p><ul>{items}</ul>" if items
                else f"<p>{tr('所有设置都已填写。')}</p>")
        return f"<p>{next_steps}</p>{left}"

    # ------------------------------------------------------------------ saving
    def apply(self) -> FirstRunChoice:
        """Save the language, the store's profile and the backup folder as the new administrator."""
        assert self.actor is not None, "the administrator page creates the actor"
        self.save_settings()
        start = self.start_page.choice()
        url = self.start_page.url() if start == SHARED else ""
        if start == SHARED:
            connection.choose_store(self.actor, url)
        return FirstRunChoice(actor=self.actor, start=start, url=url)

    def set_up_again(self) -> Actor:
        """The same administrator and settings in the store now open (a new, empty shared store the person
        chose on the last page): they typed them once."""
        admin = self.admin_page
        self.actor = accounts.create_first_admin(admin.login.text(), admin.name.text(), admin.password.text())
        self.save_settings()
        return self.actor

    def save_settings(self) -> None:
        page = self.store_page
        name = page.name.text().strip()
        store_profile.save_profile(self.actor, name=name or None, address=page.address.text(),
                                   phone=page.phone.text(), logo=page.logo or None)
        save_settings(self.actor, {"ui.language": self.language_page.language.currentData(),
                                   "backup.folder": self.folders_page.backup.text().strip()})

    def accept(self) -> None:
        try:
            self.choice = self.apply()
        except DealerDeskError as exc:
            self.done_page.summary.setText(f"<p style='color:#b00020'>{error_text(exc)}</p>"
                                           + self.summary_html())
            return
        super().accept()
