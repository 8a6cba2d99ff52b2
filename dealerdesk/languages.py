"""The interface language: which one this run uses, and the compiled catalogues read without Qt.

One place decides the language for the window and the CLI alike (`chosen_language`): the --lang flag, then
DEALERDESK_LANG, then the language this PC last used (saved when the store's `ui.language` is read or
changed, so the login dialog and `dealerdesk --help` already speak it before any store is open), then
Simplified Chinese. Chinese is the source language; English comes from resources/translations/
dealerdesk_en.qm, built by scripts/build_translations.py.

The CLI must not import Qt (tests/test_layering.py), so `QmCatalog` reads the same .qm file the window loads
with QTranslator: lrelease stores each message's context and source text beside its translation, and the
catalogue is a plain dict of them.
"""
from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from dealerdesk import config

ENV_LANG = "DEALERDESK_LANG"
DEFAULT = "zh_CN"
SUPPORTED = ("zh_CN", "en")  # the codes of settings_spec.LANGUAGES (a test keeps them equal)

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8


def normalise(value: object) -> str | None:
    """The supported code for "en", "en_US", "EN-gb", "zh", "zh-CN" …; None for anything else."""
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().replace("-", "_")
    lang = code.split("_")[0].lower()
    if lang == "zh":
        return "zh_CN"
    if lang == "en":
        return "en"
    return None


def language_file() -> Path:
    """The language this PC's user last used: one line, beside the store choice (never inside a store)."""
    return config.data_dir() / "dealerdesk-language.txt"


def saved_language() -> str | None:
    try:
        return normalise(language_file().read_text(encoding="utf-8"))
    except OSError:
        return None


def save_language(code: str) -> None:
    """Remember `code` for the next start; a read-only profile only loses the memory, never the start."""
    code = normalise(code) or DEFAULT
    if saved_language() == code:
        return
    try:
        path = language_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(code + "\n", encoding="utf-8")
    except OSError:
        pass


def chosen_language(flag: str | None = None, environ: Mapping[str, str] | None = None,
                    store_setting: object = None) -> str:
    """--lang, then DEALERDESK_LANG, then the store's `ui.language` (when known), then this PC's last
    language, then zh_CN."""
    environ = os.environ if environ is None else environ
    for candidate in (flag, environ.get(ENV_LANG), store_setting):
        code = normalise(candidate)
        if code:
            return code
    return saved_language() or DEFAULT


def qm_path(language: str) -> Path:
    return config.resources_dir() / "translations" / f"dealerdesk_{language}.qm"


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of every translated message in a .qm file's bytes (plural forms:
    the first form)."""
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a Qt .qm file")
    found: dict[tuple[str, str], str] = {}
    pos = len(QM_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        block = data[pos + 5:pos + 5 + length]
        pos += 5 + length
        if tag == _QM_MESSAGES:
            found.update(_read_messages(block))
    return found


def _read_messages(block: bytes) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    pos, translations, source, context = 0, [], "", ""
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            if translations and source:
                found.setdefault((context, source), translations[0])
            translations, source, context = [], "", ""
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        length = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        chunk = block[pos:pos + length]
        pos += length
        if tag == _TAG_TRANSLATION:
            translations.append(chunk.decode("utf-16-be"))
        elif tag == _TAG_SOURCE:
            source = chunk.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = chunk.decode("utf-8")
        elif tag != _TAG_COMMENT:
            raise ValueError(f"unknown .qm message tag {tag}")
    return found


class QmCatalog:
    """`translate(context, text)` from a .qm file; the text itself where there is no translation."""

    def __init__(self, messages: Mapping[tuple[str, str], str] | None = None) -> None:
        self.messages = dict(messages or {})

    @classmethod
    def load(cls, path: Path) -> QmCatalog:
        try:
            return cls(read_qm(path.read_bytes()))
        except (OSError, ValueError, struct.error):
            return cls()  # no compiled catalogue (a checkout without build_translations): Chinese stays

    def translate(self, context: str, text: str) -> str:
        return self.messages.get((context, text), text) if text else text


@lru_cache(maxsize=4)
def catalog(language: str) -> QmCatalog:
    """The catalogue for `language`: empty for the source language (Chinese)."""
    if language == DEFAULT:
        return QmCatalog()
    return QmCatalog.load(qm_path(language))
