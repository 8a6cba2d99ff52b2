"""`dealerdesk --help` and argparse's own words in the chosen language.

The language is languages.chosen_language(): --lang, then DEALERDESK_LANG, then the language this PC last
used in the window, then Simplified Chinese. Our help texts are written in Chinese (the source language);
in English they come from the compiled catalogue (context "cli", collected by scripts/extract_strings.py
from the help=/description= texts and the Command help lines under dealerdesk/cli). argparse's own words
("usage:", "positional arguments", "options", "show this help message and exit", its error messages) are
English; in Chinese they come from ARGPARSE_ZH and ERRORS_ZH below.

`LocalizedParser` does this through argparse's public hooks (add_argument, add_argument_group, the
formatter's usage prefix, error), so nothing of argparse is patched; a sub-command's help line goes through
`text` in Command.add_to.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from dealerdesk import languages

CONTEXT = "cli"

ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",  # Python 3.9's title
    "show this help message and exit": "显示此帮助信息并退出",
    "show program's version number and exit": "显示程序的版本号并退出",
}

# argparse's error messages (Python 3.10-3.13) and their Chinese: the most specific first
ERRORS_ZH: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", r"缺少必需的参数：\1"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
    (r"one of the arguments (.*) is required", r"参数 \1 必须提供其中一个"),
    (r"ambiguous option: (\S+) could match (.*)", r"有歧义的选项：\1 可能是 \2"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"参数 \1：无效的选项 \2（可选：\3）"),
    (r"argument (\S+): expected one argument", r"参数 \1：需要一个值"),
    (r"argument (\S+): expected at least one argument", r"参数 \1：至少需要一个值"),
    (r"argument (\S+): expected at most one argument", r"参数 \1：最多只能有一个值"),
    (r"argument (\S+): expected (\d+) arguments?", r"参数 \1：需要 \2 个值"),
    (r"argument (\S+): invalid (\S+) value: (.*)", r"参数 \1：无效的 \2 值：\3"),
    (r"argument (\S+): not allowed with argument (.*)", r"参数 \1：不能与参数 \2 同时使用"),
    (r"argument (\S+): ignored explicit argument (.*)", r"参数 \1：忽略了多余的值 \2"),
    (r"argument (\S+): (.*)", r"参数 \1：\2"),
)

_state = {"language": languages.DEFAULT}


def set_language(code: str) -> str:
    _state["language"] = languages.normalise(code) or languages.DEFAULT
    return _state["language"]


def current_language() -> str:
    return _state["language"]


def lang_flag(argv: Sequence[str]) -> str | None:
    """The value of --lang in `argv` (before parsing: it decides the language the parser speaks)."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def text(value: str | None) -> str | None:
    """One of our Chinese help texts in the current language."""
    if not value or value is argparse.SUPPRESS or current_language() == languages.DEFAULT:
        return value
    return languages.catalog(current_language()).translate(CONTEXT, value)


def word(value: str) -> str:
    """One of argparse's own English words in the current language."""
    return ARGPARSE_ZH.get(value, value) if current_language() == languages.DEFAULT else value


def error_text(exc: BaseException) -> str:
    """A DealerDeskError's message in the current language (its template translated in context "errors",
    as the window does, then filled in); anything else as it is."""
    from dealerdesk.domain.errors import DealerDeskError

    if not isinstance(exc, DealerDeskError) or current_language() == languages.DEFAULT:
        return str(exc)
    template = languages.catalog(current_language()).translate("errors", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return exc.text


def error_message(message: str) -> str:
    """argparse's English error message in the current language (a message it does not know stays)."""
    if current_language() != languages.DEFAULT:
        return message
    for pattern, template in ERRORS_ZH:
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match:
            return match.expand(template)
    return message


class LocalizedFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, word("usage: ") if prefix is None else prefix)


class LocalizedParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors speak the current language (set_language)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", LocalizedFormatter)
        if kwargs.get("description"):
            kwargs["description"] = text(kwargs["description"])
        super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs):
        if kwargs.get("action") == "version" and "help" not in kwargs:
            kwargs["help"] = "show program's version number and exit"
        if isinstance(kwargs.get("help"), str):
            kwargs["help"] = word(kwargs["help"]) if kwargs["help"] in ARGPARSE_ZH else text(kwargs["help"])
        return super().add_argument(*args, **kwargs)

    def add_argument_group(self, *args, **kwargs):
        if args and isinstance(args[0], str):
            args = (word(args[0]), *args[1:])
        elif isinstance(kwargs.get("title"), str):
            kwargs["title"] = word(kwargs["title"])
        return super().add_argument_group(*args, **kwargs)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        template = "%(prog)s：错误：%(message)s\n" if current_language() == languages.DEFAULT \
            else "%(prog)s: error: %(message)s\n"
        self.exit(2, template % {"prog": self.prog, "message": error_message(message)})
