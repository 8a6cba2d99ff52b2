"""One normalisation of free text, for every write path (services, the import, the GUI through the services).

Why: a NUL byte imported from a CSV made every xlsx export fail, a right-to-left override (U+202E) makes
"张三" show as something else in a list, and a 1,000,000-character note or 2,000 phones on one customer
were stored as they came (issue 23). Free text is therefore *cleaned*, identifiers are *refused*:

- free text (names, addresses, notes, …): control characters (NUL included), bidirectional overrides and
  isolates, zero-width marks and the byte-order mark carry no meaning a clerk typed, so they are removed
  (`strip_invisible`); notes keep their line breaks and tabs. Then the length is bounded per field
  (`clean`: the store's column length, `NOTE_MAX` for notes) and a longer text is refused, naming the field;
- identifiers (phone, VIN, plate, e-mail) are refused when they contain anything but their own characters
  (domain/validate.py), because removing a character there changes which number it is;
- enumerations (kind, gender, source, birthday kind, …) must be one of their codes (`check_choice`);
- a customer has at most `MAX_PHONES` phones; whole numbers that index records fit SQLite's 64 bits
  (`check_id`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP

#: a note, a complaint's content, a repair order's text: long enough for any real note, bounded all the same
NOTE_MAX = 4000
#: phones on one customer (a real one has 1–3; 2,000 were stored by an import)
MAX_PHONES = 10
#: the largest id SQLite and PostgreSQL's BIGINT hold
ID_MAX = 2 ** 63 - 1

# C0 and C1 controls (but tab, LF and CR, which notes keep), DEL, the Arabic letter mark, zero-width marks and
# LRM/RLM, line/paragraph separators, the bidi embeddings/overrides, word joiner … invisible operators, the
# bidi isolates and deprecated format characters, lone surrogates (undecodable bytes of a command line, which
# SQLite cannot store as UTF-8), the BOM and the interlinear annotation marks.
_INVISIBLE_RANGES = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F), (0x061C, 0x061C), (0x200B, 0x200F),
                     (0x2028, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xD800, 0xDFFF), (0xFEFF, 0xFEFF),
                     (0xFFF9, 0xFFFB))
#: every character `strip_invisible` removes (the migration that cleans stored rows uses it: 0012)
INVISIBLE_CHARS: tuple[str, ...] = tuple(chr(c) for low, high in _INVISIBLE_RANGES for c in range(low, high + 1))
#: the characters of INVISIBLE_CHARS as the inside of a regular-expression class (for patterns that look for
#: them together with other characters in one scan, as the import's cell reading does)
INVISIBLE_CLASS = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _INVISIBLE_RANGES)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CLASS}]")
_BREAKS_RE = re.compile(r"[\t\r\n]+")

_MSG_TOO_LONG = QT_TRANSLATE_NOOP("errors", "{label}太长：最多 {max} 个字，输入了 {n} 个。请删减后再保存。")
_MSG_CHOICE = QT_TRANSLATE_NOOP("errors", "{label}不能是“{value}”：可选的有 {choices}")
_MSG_PHONES = QT_TRANSLATE_NOOP("errors", "电话太多：一位客户最多 {max} 个电话，输入了 {n} 个。"
                                          "其余号码请写在备注里。")
_MSG_ID = QT_TRANSLATE_NOOP("errors", "找不到{label} {value}：编号应为 1 到 {max} 之间的整数")


def has_invisible(text: str) -> bool:
    return _INVISIBLE_RE.search(text) is not None


def strip_invisible(text: str, *, multiline: bool = False) -> str:
    """`text` without control, bidi-override and zero-width characters. One-line text also loses tabs and line
    breaks (each run becomes one space); a note (`multiline`) keeps them, with CR LF as LF."""
    if text.isascii() and text.isprintable():  # the usual text: nothing to remove (fast path for the import)
        return text
    text = _INVISIBLE_RE.sub("", text)
    if multiline:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return _BREAKS_RE.sub(" ", text)


def shorten(value: object, limit: int = 40) -> str:
    """A value as it may be quoted in a message: cleaned and cut (a refused 1 MB text is not repeated)."""
    text = strip_invisible(str(value))
    return text if len(text) <= limit else text[:limit] + "…"


def clean(value: object, *, field: str, label: str, max_length: int, multiline: bool = False) -> str:
    """Free text as it is stored: invisible characters removed, ends trimmed, at most `max_length`
    characters (else InvalidInput naming `field`, with its Chinese `label`)."""
    text = strip_invisible("" if value is None else str(value), multiline=multiline).strip()
    if len(text) > max_length:
        raise InvalidInput(_MSG_TOO_LONG, field=field, label=label, max=max_length, n=len(text))
    return text


def check_choice(value: object, choices: Mapping[str, str] | Iterable[str], *, field: str, label: str) -> str:
    """`value` when it is one of `choices` (codes; a mapping code → Chinese label shows its labels)."""
    if isinstance(value, str) and value in choices:
        return value
    if isinstance(choices, Mapping):
        shown = "、".join(f"{text or '（空）'}（{code}）" if text != code else code
                         for code, text in choices.items() if code)
    else:
        shown = "、".join(c for c in choices if c)
    raise InvalidInput(_MSG_CHOICE, field=field, label=label, value=shorten(value), choices=shown)


def check_phone_count(phones: list[str], field: str = "phones") -> list[str]:
    if len(phones) > MAX_PHONES:
        raise InvalidInput(_MSG_PHONES, field=field, max=MAX_PHONES, n=len(phones))
    return phones


def check_id(value: int, *, label: str) -> int:
    """A record id typed by a person: beyond 64 bits no record can have it (the database would overflow)."""
    if not 1 <= value <= ID_MAX:
        raise NotFound(_MSG_ID, label=label, value=shorten(value), max=ID_MAX)
    return value


__all__ = ["ID_MAX", "INVISIBLE_CHARS", "INVISIBLE_CLASS", "MAX_PHONES", "NOTE_MAX", "check_choice", "check_id",
           "check_phone_count", "clean", "has_invisible", "shorten", "strip_invisible"]
