"""Pinyin readings of a name: what the search box's pinyin keys are made of (``py_ini`` / ``py_full`` rows in
domain.search_keys), kept apart because it is the one part of the keys that needs pypinyin and knows about
surnames and polyphonic characters.

Readings: the surname (a compound from surnames.COMPOUND_SURNAMES first, else a single one from
SINGLE_SURNAMES, only when something follows it) in each of its surname readings and in pypinyin's ordinary
reading; the rest in pypinyin's per-character default and, when a character there is polyphonic, also
pypinyin's phrase-aware reading. pypinyin is imported on first use (its phrase dictionary is ~55 MB).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from dealerdesk.domain.surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES
from dealerdesk.domain.validate import to_halfwidth

__all__ = ["MAX_READINGS", "is_cjk", "pinyin_full", "pinyin_initials", "readings"]

#: at most this many pinyin readings (initials and full each) per name
MAX_READINGS = 4


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff" \
        or "\U00020000" <= ch <= "\U0003134f"


@lru_cache(maxsize=1)
def _pypinyin():
    """(pypinyin, its phrase dictionary), imported on first use: the phrase dictionary is ~55 MB, which a
    process that never makes a pinyin key should not carry (the importing process, while its worker process
    makes the new customers' keys: see services/transfer/source.py)."""
    import pypinyin
    from pypinyin.constants import PHRASES_DICT
    return pypinyin, PHRASES_DICT


@cache
def _char_reading(ch: str) -> str:
    """pypinyin's ordinary reading of one character (Style.NORMAL, ü as v), "" if it has none."""
    py = _pypinyin()[0]
    readings = py.lazy_pinyin(ch, style=py.Style.NORMAL, errors="ignore")
    return readings[0] if readings else ""


@cache
def _is_polyphonic(ch: str) -> bool:
    py = _pypinyin()[0]
    return len(set(py.pinyin(ch, style=py.Style.NORMAL, heteronym=True)[0])) > 1


@lru_cache(maxsize=65536)
def _phrase_reading(chars: str) -> tuple[str, ...]:
    """pypinyin's reading of a run of Chinese characters with its phrase dictionary ("长江" → chang
    jiang, where the per-character default of 长 is zhang)."""
    py = _pypinyin()[0]
    return tuple(py.lazy_pinyin(chars, style=py.Style.NORMAL, errors="ignore"))


def _has_phrase(chars: str) -> bool:
    """Whether pypinyin's phrase dictionary has a word inside ``chars`` (else: per-character reading)."""
    n = len(chars)
    phrases = _pypinyin()[1]
    return any(chars[i:j] in phrases for i in range(n) for j in range(i + 2, n + 1))


def _given_variants(tokens: list[tuple[bool, str]]) -> list[list[str]]:
    """Readings of the part after the surname: the per-character default first, then pypinyin's
    phrase-aware reading when it differs (only computed when a character has several readings)."""
    default = [_char_reading(t) if is_cjk else t for is_cjk, t in tokens]
    variants = [default]
    chars = "".join(t for _, t in tokens)
    if (len(tokens) >= 2 and all(is_cjk for is_cjk, _ in tokens) and any(_is_polyphonic(c) for c in chars)
            and _has_phrase(chars)):
        phrase = list(_phrase_reading(chars))
        if len(phrase) == len(default) and phrase != default:
            variants.append(phrase)
    return variants


def _tokens(name: str) -> list[tuple[bool, str]]:
    """(is_cjk, text) tokens: one per Chinese character, one per run of ASCII letters/digits."""
    tokens: list[tuple[bool, str]] = []
    word: list[str] = []
    for ch in to_halfwidth(name or "").lower():
        if ch.isascii() and ch.isalnum():
            word.append(ch)
            continue
        if word:
            tokens.append((False, "".join(word)))
            word = []
        if is_cjk(ch):
            tokens.append((True, ch))
    if word:
        tokens.append((False, "".join(word)))
    return tokens


def _dedupe(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


#: a name of Chinese characters only (the common case, with its own fast path in readings)
_PLAIN_CJK_NAME = re.compile("[\u4e00-\u9fff]+")


@lru_cache(maxsize=65536)
def readings(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(initials, full) readings of a name, each distinct, at most MAX_READINGS."""
    if (_PLAIN_CJK_NAME.fullmatch(name) and name[0] not in SINGLE_SURNAMES
            and not (len(name) >= 3 and name[:2] in COMPOUND_SURNAMES)):
        return _plain_readings(name)
    tokens = _tokens(name)
    if not tokens:
        return (), ()
    if not any(is_cjk for is_cjk, _ in tokens):
        words = [w for _, w in tokens]
        orders = [words, words[::-1]] if len(words) > 1 else [words]  # "Smith John" typed either way
        variants = [list(o) for o in orders]
    else:
        # The surname: a compound (two characters) first, then a single one; only when something follows.
        head: list[list[str]] = []
        rest_from = 0
        chars = tokens[0][1] + tokens[1][1] if len(tokens) >= 3 and tokens[0][0] and tokens[1][0] else ""
        if len(chars) == 2 and chars in COMPOUND_SURNAMES:
            head = [r.split() for r in COMPOUND_SURNAMES[chars]]
            head.append([_char_reading(chars[0]), _char_reading(chars[1])])
            rest_from = 2
        elif len(tokens) >= 2 and tokens[0][0] and tokens[0][1] in SINGLE_SURNAMES:
            head = [[r] for r in SINGLE_SURNAMES[tokens[0][1]]]
            head.append([_char_reading(tokens[0][1])])
            rest_from = 1
        variants = []
        seen: set[tuple[str, ...]] = set()
        for rest in _given_variants(tokens[rest_from:]):
            for syllables in head or [[]]:
                joined = tuple(s for s in syllables + rest if s)
                if joined and joined not in seen:
                    seen.add(joined)
                    variants.append(list(joined))
        variants = variants[:MAX_READINGS]
    initials = _dedupe(["".join([s[0] for s in v if s]) for v in variants])[:MAX_READINGS]
    full = _dedupe(["".join(v) for v in variants])[:MAX_READINGS]
    return tuple(initials), tuple(full)


def _plain_readings(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """readings() of a name of Chinese characters without a surname of its own reading: what the general
    path gives then (no head; the per-character default reading, and the phrase-aware one when it differs),
    without building tokens (most names of a store are like this: it matters on a 100,000-row import)."""
    default = [_char_reading(c) for c in name]
    variants = [[s for s in default if s]]
    if len(name) >= 2 and any(_is_polyphonic(c) for c in name) and _has_phrase(name):
        phrase = list(_phrase_reading(name))
        if len(phrase) == len(default) and phrase != default:
            variant = [s for s in phrase if s]
            if variant != variants[0]:
                variants.append(variant)
    variants = [v for v in variants if v]
    initials = _dedupe(["".join([s[0] for s in v]) for v in variants])
    full = _dedupe(["".join(v) for v in variants])
    return tuple(initials), tuple(full)


def pinyin_initials(name: str) -> list[str]:
    """Pinyin initials of every reading that matters, lower-case, no separators, surname reading first:
    "单雄信" → ["sxx", "dxx"], "尉迟恭" → ["ycg", "wcg"]. Latin names: the words' initials, also in
    reversed word order ("John Smith" → ["js", "sj"]). At most MAX_READINGS entries.

    Readings: the surname (a compound from surnames.COMPOUND_SURNAMES first, else a single one from
    SINGLE_SURNAMES, only when something follows it) in each of its surname readings and in pypinyin's
    ordinary reading; the rest in pypinyin's per-character default (Style.NORMAL, heteronym=False,
    cached per character) and, when a character there is polyphonic, also pypinyin's phrase-aware
    reading of that part ("王长江": wangzhangjiang and wangchangjiang). Order: surname readings first."""
    return list(readings(name)[0])


def pinyin_full(name: str) -> list[str]:
    """Full pinyin of every reading that matters: "单雄信" → ["shanxiongxin", "danxiongxin"].
    Latin names: the letters themselves, also in reversed word order. At most MAX_READINGS entries."""
    return list(readings(name)[1])
