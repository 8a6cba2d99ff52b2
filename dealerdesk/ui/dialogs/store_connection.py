"""文件 → 数据库连接…: which store this PC opens — the SQLite file on this PC, or the store's PostgreSQL server.

Why a dialog: several PCs share one store on a server; each PC's admin enters the server once here instead of
editing shortcuts or environment variables. The choice takes effect at the next start (the open store stays
open: switching stores under open windows would show one store's rows next to another's). --db and
DEALERDESK_DB still win over it (docs/operations.md).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from dealerdesk import config
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services import connection
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.messages import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("store_connection", text)


class StoreConnectionDialog(QDialog):
    def __init__(self, ctx, current_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("数据库连接"))
        saved = connection.chosen_store()
        fields = connection.server_fields(saved) if saved else None

        self.local = QRadioButton(tr("本机文件（SQLite，一台电脑使用）"), self)
        self.server = QRadioButton(tr("服务器（PostgreSQL，多台电脑共用）"), self)
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)

        self.path = QLineEdit(saved if saved and fields is None else str(config.default_db_path()), self)
        browse = QPushButton(tr("浏览(&B)…"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.host = QLineEdit(fields.host if fields else "", self)
        self.host.setPlaceholderText(tr("例如 192.168.1.10 或 server"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(fields.port if fields else 5432)
        self.database = QLineEdit(fields.database if fields else "dealerdesk", self)
        self.user = QLineEdit(fields.user if fields else "dealerdesk", self)
        self.password = QLineEdit(fields.password if fields else "", self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("留空：使用 pgpass.conf 中的密码"))
        self.server_widgets = (self.host, self.port, self.database, self.user, self.password)
        self.local_widgets = (self.path, browse)

        self.message = FieldMessage(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("当前数据库"), QLabel(current_label or "—", self))
        form.addRow(self.local)
        form.addRow(tr("数据库文件"), path_row)
        form.addRow(self.server)
        form.addRow(tr("服务器"), self.host)
        form.addRow(tr("端口"), self.port)
        form.addRow(tr("数据库名"), self.database)
        form.addRow(tr("用户名"), self.user)
        form.addRow(tr("密码"), self.password)
        form.addRow("", self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.test_button = buttons.addButton(tr("测试连接(&T)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        note = QLabel(tr("保存后，下次启动程序时打开所选数据库。命令行 --db 和环境变量 DEALERDESK_DB 优先。"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)

        (self.server if fields else self.local).setChecked(True)
        self.local.toggled.connect(self._enable)
        self._enable()
        self.setMinimumWidth(560)

    def _enable(self) -> None:
        on_server = self.server.isChecked()
        for w in self.server_widgets:
            w.setEnabled(on_server)
        for w in self.local_widgets:
            w.setEnabled(not on_server)
        self.message.clear_message()
        self.status.clear()

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("选择数据库文件"), self.path.text(),
                                              tr("DealerDesk 数据库 (*.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path.setText(name)

    def url(self) -> str:
        """The store the fields name (InvalidInput for a missing or wrong part)."""
        if self.local.isChecked():
            return self.path.text().strip()
        return connection.server_url(connection.ServerFields(
            host=self.host.text(), port=self.port.value(), database=self.database.text(), user=self.user.text(),
            password=self.password.text()))

    def _field_widget(self, field: str) -> QWidget | None:
        return {"host": self.host, "port": self.port, "database": self.database, "user": self.user,
                "path": self.path}.get(field)

    def _show(self, exc: DealerDeskError) -> None:
        self.status.clear()
        self.message.show_error(error_text(exc))
        widget = self._field_widget(getattr(exc, "field", "") or "")
        if widget is not None:
            widget.setFocus()

    def test(self) -> bool:
        self.message.clear_message()
        try:
            found = connection.test_store(self.ctx.actor, self.url())
        except DealerDeskError as exc:
            self._show(exc)
            return False
        if found.schema_version is None:
            text = tr("连接成功：{url} 是空数据库，保存并重新启动后程序会在其中建表。").format(url=found.url)
        else:
            text = tr("连接成功：{url}，数据库版本 {version}，{n} 位客户。").format(
                url=found.url, version=found.schema_version, n=found.customers)
        self.status.setText(text)
        return True

    def save(self) -> None:
        self.message.clear_message()
        try:
            url = self.url()
            if self.server.isChecked() and not self.test():
                return
            default = self.local.isChecked() and url == str(config.default_db_path())
            connection.choose_store(self.ctx.actor, None if default else url)
        except DealerDeskError as exc:
            self._show(exc)
            return
        QMessageBox.information(self, tr("数据库连接"), tr("已保存。请重新启动 DealerDesk，以打开所选数据库。"))
        self.accept()
