"""The language choice (languages.py): --lang, DEALERDESK_LANG, the store's setting, this PC's last language,
Chinese; and the Qt-free .qm reader the CLI uses, checked against Qt's own QTranslator."""
from __future__ import annotations

import pytest

from dealerdesk import languages
from dealerdesk.domain import settings_spec
from tests.i18n_support import compile_ts


@pytest.fixture()
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_supported_languages_are_the_settings_choices():
    assert languages.SUPPORTED == tuple(code for code, _name in settings_spec.LANGUAGES)
    assert settings_spec.find("ui.language").default == languages.DEFAULT == "zh_CN"


@pytest.mark.parametrize(("given", "code"), [("en", "en"), ("en_US", "en"), ("EN-gb", "en"), ("zh", "zh_CN"),
                                             ("zh-CN", "zh_CN"), ("zh_TW", "zh_CN"), ("fr", None), ("", None),
                                             (None, None), (3, None)])
def test_normalise(given, code):
    assert languages.normalise(given) == code


def test_the_choice_goes_flag_env_store_saved_default(home):
    assert languages.chosen_language(environ={}) == "zh_CN"  # nothing said: Chinese
    languages.save_language("en")
    assert languages.language_file().read_text(encoding="utf-8").strip() == "en"
    assert languages.chosen_language(environ={}) == "en"  # this PC's last language
    assert languages.chosen_language(environ={}, store_setting="zh_CN") == "zh_CN"  # the store's setting
    assert languages.chosen_language(environ={"DEALERDESK_LANG": "en"}, store_setting="zh_CN") == "en"
    assert languages.chosen_language("zh_CN", environ={"DEALERDESK_LANG": "en"}) == "zh_CN"  # --lang wins
    assert languages.chosen_language("klingon", environ={"DEALERDESK_LANG": "xx"}) == "en"  # unknown: skipped


def test_a_garbled_language_file_is_ignored(home):
    home.mkdir(parents=True)
    languages.language_file().write_text("%%%\n", encoding="utf-8")
    assert languages.saved_language() is None
    assert languages.chosen_language(environ={}) == "zh_CN"


def test_the_qm_reader_agrees_with_qtranslator(tmp_path):
    from PySide6.QtCore import QTranslator

    qm = compile_ts(tmp_path)
    messages = languages.read_qm(qm.read_bytes())
    assert messages, "the compiled catalogue holds translations"
    translator = QTranslator()
    assert translator.load(str(qm))
    wrong = {key: text for key, text in messages.items()  # plural messages (%n) are the window's alone
             if "%n" not in key[1] and translator.translate(key[0], key[1]) != text}
    assert not wrong, list(wrong.items())[:5]
    catalog = languages.QmCatalog.load(qm)
    (context, source), english = next(iter(messages.items()))
    assert catalog.translate(context, source) == english
    assert catalog.translate(context, "没有这条") == "没有这条"  # untranslated: the Chinese stays


def test_a_missing_or_foreign_file_gives_an_empty_catalogue(tmp_path):
    assert languages.QmCatalog.load(tmp_path / "none.qm").messages == {}
    bad = tmp_path / "bad.qm"
    bad.write_bytes(b"not a qm file")
    assert languages.QmCatalog.load(bad).messages == {}
    with pytest.raises(ValueError):
        languages.read_qm(b"not a qm file")
