"""帮助 → 关于 DealerDesk: what is installed (versions of the program and the libraries it runs on), their
licences (the bundled WenQuanYi Micro Hei font's licence text in full, from resources/fonts) and where the
data folder is, so support can read everything off one window (and copy it: 复制信息).
"""
from __future__ import annotations

import platform
import sys
from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QTextBrowser,
                               QVBoxLayout, QWidget)

from dealerdesk import __version__, config

FONT_LICENCE = "wqy-microhei-LICENSE.txt"
#: (distribution, licence as published by the project); versions are read from the installed packages
LIBRARIES: list[tuple[str, str, str]] = [
    ("Python", "", "PSF License"),
    ("Qt", "", "LGPL-3.0"),
    ("PySide6", "PySide6", "LGPL-3.0"),
    ("peewee", "peewee", "MIT"),
    ("ReportLab", "reportlab", "BSD"),
    ("pypdfium2", "pypdfium2", "Apache-2.0 / BSD-3-Clause (PDFium)"),
    ("文泉驿微米黑 WenQuanYi Micro Hei", "", "Apache-2.0（或 GPL-3.0+ 附字体例外）"),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def library_versions() -> list[tuple[str, str, str]]:
    """(name, version, licence) for the program's runtime; "—" for a library that is not installed."""
    rows = []
    for name, dist, licence in LIBRARIES:
        if name == "Python":
            version = f"{platform.python_version()} ({sys.platform})"
        elif name == "Qt":
            version = qVersion()
        elif name == "PySide6":
            version = PySide6.__version__
        elif not dist:
            version = "0.2.0-beta"  # resources/fonts/README.md
        else:
            try:
                version = metadata.version(dist)
            except metadata.PackageNotFoundError:
                version = "—"
        rows.append((name, version, licence))
    return rows


def font_licence_text() -> str:
    path = config.resources_dir() / "fonts" / FONT_LICENCE
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return _tr("字体许可证文件缺失：%1").replace("%1", str(path))


def about_text() -> str:
    """The plain-text summary 复制信息 puts on the clipboard."""
    lines = [f"DealerDesk {__version__}"]
    lines += [f"{name}: {version} ({licence})" for name, version, licence in library_versions()]
    lines.append(_tr("数据文件夹：%1").replace("%1", str(config.data_dir())))
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("关于 DealerDesk"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        title = QLabel(self.tr("<b>DealerDesk %1</b><br>汽车4S店客户关系管理（离线桌面版）<br>"
                               "客户档案、潜客跟进、售后服务、投诉与回访、月度报表。").replace("%1", __version__), self)
        title.setWordWrap(True)
        self.data_label = QLabel(self.tr("数据文件夹：%1").replace("%1", str(config.data_dir())), self)
        self.data_label.setObjectName("aboutDataFolder")
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget(self)
        self.versions = QTextBrowser(self)
        self.versions.setObjectName("aboutVersions")
        rows = "".join(f"<tr><td>{n}</td><td>{v}</td><td>{lic}</td></tr>" for n, v, lic in library_versions())
        self.versions.setHtml(
            f"<table cellpadding='4'><tr><th align='left'>{self.tr('组件')}</th>"
            f"<th align='left'>{self.tr('版本')}</th><th align='left'>{self.tr('许可证')}</th></tr>{rows}</table>"
            f"<p>{self.tr('DealerDesk 本身为专有软件。Qt 与 PySide6 按 LGPL-3.0 动态链接使用。')}</p>")
        self.tabs.addTab(self.versions, self.tr("版本与许可证"))
        self.font_licence = QTextBrowser(self)
        self.font_licence.setObjectName("aboutFontLicence")
        self.font_licence.setPlainText(font_licence_text())
        self.tabs.addTab(self.font_licence, self.tr("字体许可证"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.copy_button = QPushButton(self.tr("复制信息"), self)
        self.copy_button.setToolTip(self.tr("把版本和数据文件夹复制到剪贴板，发给技术支持"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_info)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.data_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def copy_info(self) -> None:
        QGuiApplication.clipboard().setText(about_text())
