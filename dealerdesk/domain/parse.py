"""Parsing what store spreadsheets put in a cell: dates, gender, lead level, source, several phones.

Why a separate pure module: the importer, the GUI editors and the tests must read "2024年1月5日", "男" or
"h级" the same way, and a table test over every form is only cheap when no database or Qt is involved.
Each ``parse_*`` returns the stored form or raises :class:`InvalidInput` with a message a clerk can act on.
"""
from __future__ import annotations

import datetime as dt
import re

from dealerdesk.domain.errors import CONTEXT, QT_TRANSLATE_NOOP, InvalidInput
from dealerdesk.domain.text import INVISIBLE_CLASS, has_invisible, strip_invisible
from dealerdesk.domain.validate import HALFWIDTH, to_halfwidth

__all__ = ["EXCEL_EPOCH", "cell_text", "parse_date", "parse_gender", "parse_level", "parse_source",
           "split_phones"]

#: Day 0 of Excel's 1900 date system (it counts the fictitious 1900-02-29, so serials from 61 on fit this).
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 1, 2958465  # 1900-01-01 … 9999-12-31

# full-width characters and NBSP (made half-width) and invisible characters (removed): a cell with none of them
# only needs trimming, found in one scan
_SPECIAL_RE = re.compile(f"[\uff01-\uff5e\u3000\u00a0{INVISIBLE_CLASS}]")

_MSG_DATE = QT_TRANSLATE_NOOP(CONTEXT, "日期看不懂：{value}（可写成 2024-01-05、2024/1/5、2024年1月5日 或 20240105）")
_MSG_DATE_RANGE = QT_TRANSLATE_NOOP(CONTEXT, "日期不存在：{value}")
_MSG_GENDER = QT_TRANSLATE_NOOP(CONTEXT, "性别只能填 男/女（或 M/F）：{value}")
_MSG_LEVEL = QT_TRANSLATE_NOOP(CONTEXT, "客户级别应为 H、A、B、C、N、O、D、T 之一：{value}")


def cell_text(value: object) -> str:
    """A cell as text: numbers without a spurious ".0" (phones typed as numbers), full-width → half-width,
    trimmed, without control and bidi-override characters (domain/text.py: a NUL from a CSV is not stored).
    None → "". Line breaks stay (a note cell); the fields that are one line tidy them themselves."""
    cls = value.__class__
    if cls is str:  # the common case first: most cells are shared strings
        if value.isascii():
            return (value if value.isprintable() else strip_invisible(value, multiline=True)).strip()
        if _SPECIAL_RE.search(value) is None:  # one scan: nothing to change but the ends
            return value.strip()
        if has_invisible(value):
            value = strip_invisible(value, multiline=True)
        return value.translate(HALFWIDTH).replace("\u00a0", " ").strip()
    if cls is int:
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ")
    return strip_invisible(to_halfwidth(str(value)).replace("\u00a0", " "), multiline=True).strip()


_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


def parse_date(value: object) -> dt.date | None:
    """A date from a cell: date/datetime objects, Excel serial numbers, and the text forms clerks type
    (2024/1/5, 2024-01-05, 2024.1.5, 2024年1月5日, 20240105; a time after the date is ignored).
    Empty → None. Raises InvalidInput(field="date") for anything else or an impossible date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_serial(value, str(value))
    text = cell_text(value)
    if not text:
        return None
    if re.fullmatch(r"\d{1,5}(\.\d+)?", text):  # a serial number that arrived as text (CSV of a workbook)
        return _from_serial(float(text), text)
    for pattern in _DATE_PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                raise InvalidInput(_MSG_DATE_RANGE, field="date", value=text) from None
    raise InvalidInput(_MSG_DATE, field="date", value=text)


def _from_serial(number: float, text: str) -> dt.date:
    if 19000101 <= number <= 99991231 and float(number).is_integer():
        return parse_date(str(int(number)))  # 20240105 typed into a number cell
    if not _SERIAL_MIN <= number <= _SERIAL_MAX:
        raise InvalidInput(_MSG_DATE, field="date", value=text)
    return (EXCEL_EPOCH + dt.timedelta(days=int(number))).date()


_GENDERS = {"男": "M", "男士": "M", "先生": "M", "m": "M", "male": "M",
            "女": "F", "女士": "F", "小姐": "F", "f": "F", "female": "F"}
_UNKNOWN = {"", "未知", "不详", "-", "/", "无"}


def parse_gender(value: object) -> str:
    """"M", "F" or "" (blank, 未知); raises InvalidInput(field="gender") for anything else."""
    text = cell_text(value)
    if text.lower() in _UNKNOWN or text in _UNKNOWN:
        return ""
    code = _GENDERS.get(text.lower())
    if code is None:
        raise InvalidInput(_MSG_GENDER, field="gender", value=text)
    return code


_LEVEL_RE = re.compile(r"([HABCNODT])\s*(?:级|级客户|类)?", re.IGNORECASE)


def parse_level(value: object) -> str:
    """A lead level letter in upper case from "h", "H级", "a 级客户"; "" when blank.
    Raises InvalidInput(field="level") otherwise."""
    text = cell_text(value)
    if not text:
        return ""
    m = _LEVEL_RE.fullmatch(text)
    if m is None:
        raise InvalidInput(_MSG_LEVEL, field="level", value=text)
    return m.group(1).upper()


_SOURCES = (
    ("walk_in", ("展厅", "到店", "进店", "自然到店", "walk")),
    ("phone_in", ("电话", "来电", "热线", "phone")),
    ("online", ("网络", "网销", "线上", "网站", "汽车之家", "懂车帝", "易车", "抖音", "微信", "online", "dcc")),
    ("auto_show", ("车展", "展会", "show")),
    ("referral", ("转介绍", "介绍", "推荐", "referral")),
    ("returning", ("老客户", "置换", "增购", "再购", "returning")),
    ("other", ("其他", "其它", "other")),
)


def parse_source(value: object) -> str | None:
    """The source code for a channel text ("汽车之家" → online); "" when blank; None when not recognised
    (the importer then stores "other" and keeps the text in the notes)."""
    text = cell_text(value).lower()
    if not text:
        return ""
    for code, words in _SOURCES:
        if text == code or any(w in text for w in words):
            return code
    return None


_PHONE_SPLIT_RE = re.compile(r"[/,，;；、|\n]+|\s{2,}")
_MOBILE_IN_RUN_RE = re.compile(r"(?:\+?86)?1[3-9]\d{9}")


def split_phones(value: object) -> list[str]:
    """The phone numbers in one cell, as typed (each still to be normalised): separated by / , ， ; ；
    、 | new lines or runs of spaces; "138… 139…" (two mobiles split by one space) is split too, while
    "138 1234 5678" (one number written in groups) is kept whole."""
    text = cell_text(value)
    if not text:
        return []
    parts = [p.strip() for p in _PHONE_SPLIT_RE.split(text) if p.strip()]
    out: list[str] = []
    for part in parts:
        if " " in part:
            compact = re.sub(r"[\s-]", "", part)
            mobiles = _MOBILE_IN_RUN_RE.findall(compact)
            if len(mobiles) > 1 and "".join(mobiles) == compact:
                out += mobiles
                continue
        out.append(part)
    return out
