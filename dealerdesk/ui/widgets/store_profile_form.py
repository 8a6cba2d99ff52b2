"""The store profile's inputs (门店名称, 地址, 电话, 标志), shared by the first-run wizard's page and the 门店资料
dialog, so both check and preview the logo the same way (services/store_profile.py reads and caps it)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.services import store_profile
from dealerdesk.ui.widgets.forms import clear_messages, field_messages, message_rows
from dealerdesk.ui.widgets.messages import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("store_profile", text)


class StoreProfileFields(QWidget):
    def __init__(self, parent: QWidget | None = None, profile: store_profile.StoreProfile | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("storeName")
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(tr("例如 深圳鹏程吉利4S店"))
        self.address = QLineEdit(self)
        self.address.setObjectName("storeAddress")
        self.address.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("storePhone")
        self.phone.setMaxLength(30)
        self.logo: bytes = b""
        self.logo_preview = QLabel(tr("（未选择）"), self)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setMinimumHeight(48)
        choose = QPushButton(tr("选择图片(&L)…"), self)
        choose.clicked.connect(lambda: self.choose_logo())
        clear = QPushButton(tr("清除"), self)
        clear.clicked.connect(lambda: self.set_logo(b""))
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(clear)
        logo_box = QWidget(self)
        logo_box.setLayout(logo_row)
        self.messages = field_messages(self, "name", "address", "phone", "logo", "")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        message_rows(form, [(tr("门店名称"), self.name, "name"), (tr("地址"), self.address, "address"),
                            (tr("电话"), self.phone, "phone"), (tr("标志"), logo_box, "logo")], self.messages)
        note = QLabel(tr("标志：PNG 或 JPG，最大 %1 KB；图片存进数据库，共用数据库的每台电脑都能打印。")
                      .replace("%1", str(store_profile.LOGO_MAX_BYTES // 1024)), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow("", note)
        form.addRow("", self.messages[""])
        if profile is not None:
            self.name.setText(profile.name)
            self.address.setText(profile.address)
            self.phone.setText(profile.phone)
            self.set_logo(profile.logo)

    def choose_logo(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("选择门店标志"), "", tr("图片 (*.png *.jpg *.jpeg)"))
            if not path:
                return False
        self.messages["logo"].clear_message()
        try:
            self.set_logo(store_profile.read_logo_file(path))
        except DealerDeskError as exc:
            self.messages["logo"].show_error(error_text(exc))
            return False
        return True

    def set_logo(self, data: bytes) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(44, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(tr("（未选择）"))

    def check(self) -> bool:
        """The texts fit their settings (else the reason under the field)."""
        clear_messages(self.messages.values())
        for key, edit in (("store.name", self.name), ("store.address", self.address), ("store.phone", self.phone)):
            try:
                spec.validate(spec.find(key), edit.text().strip())
            except DealerDeskError as exc:
                self.messages[key.split(".")[1]].show_error(error_text(exc))
                return False
        return True
