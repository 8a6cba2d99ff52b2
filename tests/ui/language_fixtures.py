"""Switching the running test application's language and back (app.install_translators), with the English
catalogue compiled into a temp resources folder (tests/i18n_support.compile_ts)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from dealerdesk import app as app_module
from dealerdesk import config
from tests.i18n_support import compile_ts


def resources_with_english(folder: Path) -> Path:
    """A resources folder whose translations are freshly compiled (help, fonts and icons are the real ones)."""
    real = config.resources_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("help", "fonts", "icons"):
        (folder / name).symlink_to(real / name, target_is_directory=True)
    compile_ts(folder / "translations", "en")
    compile_ts(folder / "translations", "zh_CN")
    return folder


def restore_language(app: QApplication, locale: QLocale) -> None:
    """Take out every translator install_translators put in, and the default locale the tests started with."""
    for kept in [k for k in app_module._keep if k.__class__.__name__ == "QTranslator"]:
        app.removeTranslator(kept)
        app_module._keep.remove(kept)
    QLocale.setDefault(locale)


@pytest.fixture()
def english_resources(tmp_path_factory, monkeypatch, qapp):
    folder = resources_with_english(tmp_path_factory.mktemp("resources"))
    monkeypatch.setattr(config, "resources_dir", lambda: folder)
    before = QLocale()
    yield folder
    restore_language(qapp, before)
