"""帮助 → 关于: versions of the program and its libraries, the licences with the bundled font's text, the
data folder."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from dealerdesk import __version__, config
from dealerdesk.ui.about import AboutDialog, about_text, library_versions


def test_versions_cover_the_runtime_libraries():
    rows = {name: version for name, version, _licence in library_versions()}
    for name in ("Python", "Qt", "PySide6", "peewee", "ReportLab", "pypdfium2"):
        assert rows[name] and rows[name] != "—", name


def test_about_dialog_shows_versions_font_licence_and_data_folder(qtbot, qapp):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.versions.toPlainText()
    assert __version__ in dialog.findChildren(type(dialog.data_label))[0].text()
    for name in ("PySide6", "peewee", "ReportLab", "pypdfium2", "LGPL-3.0"):
        assert name in text
    licence = dialog.font_licence.toPlainText()
    assert "WenQuanYi Micro Hei" in licence and "Apache" in licence and "sourceforge" in licence.lower()
    assert str(config.data_dir()) in dialog.data_label.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == about_text()
    assert "pypdfium2" in about_text()
