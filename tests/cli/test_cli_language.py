"""`dealerdesk --help` and argparse's own words in the chosen language (--lang, DEALERDESK_LANG); our help
texts and error messages in English from the compiled catalogue."""
from __future__ import annotations

import pytest

from dealerdesk import cli, languages
from dealerdesk.cli import language
from dealerdesk.domain.errors import InvalidInput


@pytest.fixture(autouse=True)
def chinese_after(monkeypatch, tmp_path):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DEALERDESK_LANG", "zh_CN")  # restored after each test: `--lang en` sets it for the window
    yield
    language.set_language("zh_CN")


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        cli.main([*argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


def test_chinese_help_has_no_argparse_english(capsys):
    text = _help(capsys)
    assert text.startswith("用法：dealerdesk")
    assert "位置参数:" in text and "选项:" in text and "显示此帮助信息并退出" in text and "显示程序的版本号并退出" in text
    for english in ("usage:", "positional arguments", "options:", "show this help message", "show program's"):
        assert english not in text
    assert "用法：dealerdesk search" in _help(capsys, "search")


def test_a_missing_argument_is_said_in_chinese(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["search"])
    assert exit_.value.code == 2  # still the usage-error code of docs/cli.md
    err = capsys.readouterr().err
    assert "dealerdesk search：错误：缺少必需的参数：text" in err and "用法：" in err
    assert "the following arguments are required" not in err


def test_an_invalid_choice_is_said_in_chinese(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--lang", "fr", "search", "x"])
    err = capsys.readouterr().err
    assert "参数 --lang：无效的选项 'fr'" in err and "invalid choice" not in err


@pytest.mark.parametrize("how", ["flag", "env"])
def test_english_help_with_lang_flag_or_env(capsys, monkeypatch, how):
    argv = ["--lang", "en"] if how == "flag" else []
    if how == "env":
        monkeypatch.setenv("DEALERDESK_LANG", "en")
    text = _help(capsys, *argv)
    assert text.startswith("usage: dealerdesk") and "positional arguments:" in text and "options:" in text
    assert "用法" not in text and "选项" not in text


def test_english_help_texts_come_from_the_catalogue(capsys, monkeypatch):
    catalog = languages.QmCatalog({("cli", "查找客户（姓名、拼音、电话尾号、车牌、车架号）"): "Find customers"})
    monkeypatch.setattr(languages, "catalog", lambda code: catalog)
    assert "search           Find customers" in _help(capsys, "--lang", "en")
    sub = _help(capsys, "--lang", "en", "search")
    assert "show this help message and exit" in sub


def test_the_lang_flag_reaches_the_window(monkeypatch, capsys):
    monkeypatch.delenv("DEALERDESK_LANG")
    _help(capsys, "--lang", "en")
    import os

    assert os.environ["DEALERDESK_LANG"] == "en"


def test_errors_in_english_from_the_errors_context(monkeypatch):
    catalog = languages.QmCatalog({("errors", "手机号 {phone} 不对"): "Phone {phone} is wrong"})
    monkeypatch.setattr(languages, "catalog", lambda code: catalog)
    exc = InvalidInput("手机号 {phone} 不对", phone="123")
    assert language.error_text(exc) == "手机号 123 不对"  # Chinese: the template as written
    language.set_language("en")
    assert language.error_text(exc) == "Phone 123 is wrong"
    assert language.error_text(ValueError("x")) == "x"


def test_lang_flag_is_read_before_parsing():
    assert language.lang_flag(["--lang", "en", "search"]) == "en"
    assert language.lang_flag(["--lang=zh_CN"]) == "zh_CN"
    assert language.lang_flag(["search", "--", "--lang", "en"]) is None
    assert language.lang_flag(["search", "x"]) is None
