"""Validation and normal forms of what clerks type: phone numbers, VINs, plates, names, e-mail.

Pure functions, no Qt, no I/O. Each ``normalize_*`` returns the one stored form of a value or raises
:class:`dealerdesk.domain.errors.InvalidInput` (a ``ValueError``) whose ``field`` names the input and
whose message says, in words a front-desk clerk understands, what is wrong and what was typed.

Normal forms (see docs/dev/domain.md, "Finding a customer, and clean data"):

* mobile: its 11 digits, ``"13812345678"`` (1 + [3-9] + 9 digits);
* landline: ``"area-number"``, ``"010-62345678"``, ``"0755-12345678"``. The area code is ``010`` or
  ``02X`` (0 + 2 digits) or ``0XXX`` (0 + 3 digits, second digit 3–9); the local number has 7–8 digits
  and does not start with 0. An extension (``转123``, ``ext 12``, ``x12``, ``#12``, ``分机12``, ``-123``) is
  **rejected** rather than silently dropped: the clerk is told to put the extension in the notes, so
  no digits the customer gave are lost without anyone noticing;
* VIN: 17 upper-case characters of ``[A-HJ-NPR-Z0-9]``; a wrong check digit is *not* an error here
  (:func:`vin_check_digit_ok` lets the UI warn);
* plate: upper-case, no spaces, dots, dashes or middle dots: ``"粤B12345"`` (rules in
  :func:`normalize_plate`);
* name: trimmed, inner runs of spaces collapsed (none between two Chinese characters).
"""
from __future__ import annotations

import operator
import re

from dealerdesk.domain.errors import CONTEXT, QT_TRANSLATE_NOOP, InvalidInput

__all__ = [
    "PLATE_PROVINCES",
    "PLATE_SUFFIXES",
    "is_mobile",
    "normalize_email",
    "normalize_name",
    "normalize_phone",
    "normalize_plate",
    "normalize_vin",
    "to_halfwidth",
    "vin_check_digit",
    "vin_check_digit_ok",
]

# --------------------------------------------------------------------------- full-width → half-width

HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
HALFWIDTH[0x3000] = 0x20


#: what to_halfwidth changes (and the no-break space cell_text turns into a space): most text has none of
#: it, and finding that out is ~3x cheaper than a translate() through the table (measured per cell)
WIDE_RE = re.compile("[\uff01-\uff5e\u3000\u00a0]")


def to_halfwidth(text: str) -> str:
    """Full-width ASCII (U+FF01–U+FF5E) → ASCII and the ideographic space U+3000 → a space.

    Everything else (Chinese characters, the middle dot ·, …) is left as it is.
    """
    if text.isascii() or WIDE_RE.search(text) is None:
        return text
    return text.translate(HALFWIDTH)


# Separators people put inside numbers and plates: spaces, dashes of all widths, dots, middle dots,
# parentheses, slashes, underscores. (Full-width forms are first mapped by to_halfwidth.)
_SEPARATORS = (" \t\r\n\u00a0-._/()[]\u00b7\u2010\u2011\u2012\u2013\u2014\u2015\u2022\u2027\u2212"
               "\u30fb\uff65\u3001\u3002")
_SEP_TABLE = {ord(c): None for c in _SEPARATORS}


def _strip_separators(text: str) -> str:
    return to_halfwidth(text).translate(_SEP_TABLE)


def _tr(text: str) -> str:
    return QT_TRANSLATE_NOOP(CONTEXT, text)


def _invalid(field: str, template: str, **params: object) -> InvalidInput:
    return InvalidInput(template, field=field, **params)


# --------------------------------------------------------------------------- phone

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_EXTENSION_RE = re.compile(r"(转|分机|ext\.?|x|#)\s*\d+\s*$", re.IGNORECASE)
# "010-62345678-123": area code, local number, then a dash and a short extension
_DASH_EXTENSION_RE = re.compile(r"\(?0\d{2,3}\)?[\s-]*\d{7,8}\s*-\s*\d{1,5}")
_PHONE_ALLOWED_RE = re.compile(r"\+?\d*")

_MSG_PHONE_EMPTY = _tr("请输入电话号码")
_MSG_PHONE_LETTERS = _tr("电话号码只能包含数字，不能有字母或其他符号“{char}”（输入的是 {value}）")
_MSG_PHONE_EXTENSION = _tr("不支持分机号：请只填总机号码，分机号写在备注里（输入的是 {value}）")
_MSG_PHONE_FOREIGN = _tr("只支持中国大陆号码（+86）（输入的是 {value}）")
_MSG_MOBILE_SHORT = _tr("手机号应为11位数字，以1开头：少了{missing}位（输入的是 {value}）")
_MSG_MOBILE_LONG = _tr("手机号应为11位数字，以1开头：多了{extra}位（输入的是 {value}）")
_MSG_MOBILE_SECOND = _tr("手机号第二位应为3–9，不能是{digit}（输入的是 {value}）")
_MSG_MOBILE_START = _tr("手机号应为11位数字，以1开头；座机请加区号，如 010-62345678（输入的是 {value}）")
_MSG_AREA_CODE = _tr("座机区号“{area}”不对：区号为 010、02X 或 0 加三位数字（输入的是 {value}）")
_MSG_LOCAL_LENGTH = _tr("座机号码（区号后面）应为7–8位数字，输入了{n}位（输入的是 {value}）")
_MSG_LOCAL_START = _tr("座机号码（区号后面）不能以0开头，区号是否写了两遍？（输入的是 {value}）")
_MSG_NO_AREA_CODE = _tr("座机号码请加区号，如 010-62345678（输入的是 {value}）")


def normalize_phone(text: str) -> str:
    """A mainland mobile → its 11 digits; a landline with area code → ``"area-number"``.

    Accepts spaces, dashes, dots, parentheses (ASCII or full-width), full-width digits and a ``+86`` /
    ``0086`` / ``86`` country prefix (``+86 10 62345678`` is Beijing, ``+86 (0)10…`` too), and a trunk
    ``0`` before a mobile (``013812345678``). Extensions are rejected (see the module docstring).
    Raises InvalidInput(field="phone") otherwise.
    """
    value = (text or "").strip()
    half = to_halfwidth(value).strip()
    if not half:
        raise _invalid("phone", _MSG_PHONE_EMPTY, value=value)
    if (_EXTENSION_RE.search(half) and re.search(r"\d", _EXTENSION_RE.sub("", half))
            or _DASH_EXTENSION_RE.fullmatch(half)):
        raise _invalid("phone", _MSG_PHONE_EXTENSION, value=value)
    compact = half.translate(_SEP_TABLE)
    if not _PHONE_ALLOWED_RE.fullmatch(compact):
        bad = next(c for c in compact.lstrip("+") if not c.isdigit() or not c.isascii())
        raise _invalid("phone", _MSG_PHONE_LETTERS, value=value, char=bad)
    if not compact or compact == "+":
        raise _invalid("phone", _MSG_PHONE_EMPTY, value=value)

    digits = compact
    international = False
    if digits.startswith("+"):
        if not digits.startswith("+86"):
            raise _invalid("phone", _MSG_PHONE_FOREIGN, value=value)
        digits, international = digits[3:], True
    elif digits.startswith("0086"):
        digits, international = digits[4:], True
    elif digits.startswith("86") and len(digits) == 13 and _MOBILE_RE.fullmatch(digits[2:]):
        digits = digits[2:]
    if international and digits.strip("0"):
        if digits.startswith("0"):  # "+86 (0)10 …": the trunk 0 written anyway
            digits = digits[1:]
        if not digits.startswith("1") or digits.startswith("10"):
            digits = "0" + digits  # an area code written without its trunk 0: "+86 10 …", "+86 755 …"

    if not digits.strip("0"):
        raise _invalid("phone", _MSG_PHONE_EMPTY if not digits else _MSG_MOBILE_START, value=value)
    if digits.startswith("01") and _MOBILE_RE.fullmatch(digits[1:]):
        digits = digits[1:]  # trunk 0 dialled before a mobile from another city
    if digits.startswith("1"):
        return _check_mobile(digits, value)
    if digits.startswith("0"):
        return _check_landline(digits, value)
    if 7 <= len(digits) <= 8:
        raise _invalid("phone", _MSG_NO_AREA_CODE, value=value)
    raise _invalid("phone", _MSG_MOBILE_START, value=value)


def _check_mobile(digits: str, value: str) -> str:
    if len(digits) < 11:
        raise _invalid("phone", _MSG_MOBILE_SHORT, value=value, missing=11 - len(digits))
    if len(digits) > 11:
        raise _invalid("phone", _MSG_MOBILE_LONG, value=value, extra=len(digits) - 11)
    if digits[1] not in "3456789":
        raise _invalid("phone", _MSG_MOBILE_SECOND, value=value, digit=digits[1])
    return digits


def _check_landline(digits: str, value: str) -> str:
    second = digits[1:2]
    if second == "1":
        area, local = digits[:3], digits[3:]
        if area != "010":
            raise _invalid("phone", _MSG_AREA_CODE, value=value, area=area)
    elif second == "2":
        area, local = digits[:3], digits[3:]
    elif second and second in "3456789":
        area, local = digits[:4], digits[4:]
    else:
        raise _invalid("phone", _MSG_AREA_CODE, value=value, area=digits[:3])
    if not 7 <= len(local) <= 8:
        raise _invalid("phone", _MSG_LOCAL_LENGTH, value=value, n=len(local))
    if local[0] == "0":
        raise _invalid("phone", _MSG_LOCAL_START, value=value)
    return f"{area}-{local}"


def is_mobile(normal_phone: str) -> bool:
    """True for a normalised mainland mobile (11 digits, 1[3-9]…), False for a landline or anything else."""
    return bool(_MOBILE_RE.fullmatch(normal_phone or ""))


# --------------------------------------------------------------------------- VIN

_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}")

_MSG_VIN_EMPTY = _tr("请输入车架号（VIN）")
_MSG_VIN_CHAR = _tr("车架号只能包含字母和数字：第{pos}位是“{char}”（输入的是 {value}）")
_MSG_VIN_LENGTH = _tr("车架号应为17位，输入了{n}位（输入的是 {value}）")
_MSG_VIN_IOQ = _tr("车架号不使用字母 I、O、Q：第{pos}位是“{char}”，可能应为数字 1 或 0（输入的是 {value}）")


def normalize_vin(text: str) -> str:
    """Strip spaces/dashes, full-width → half-width, upper-case; must be 17 chars of [A-HJ-NPR-Z0-9].

    Raises InvalidInput(field="vin") naming the broken rule: other characters (first bad position),
    then length, then a letter I/O/Q (first position). The check digit is not checked here.
    """
    value = (text or "").strip()
    if _VIN_RE.fullmatch(value):  # the usual cell: already in normal form
        return value
    vin = _strip_separators(value).upper()
    if not vin:
        raise _invalid("vin", _MSG_VIN_EMPTY, value=value)
    for pos, char in enumerate(vin, 1):
        if not ("A" <= char <= "Z" or "0" <= char <= "9"):
            raise _invalid("vin", _MSG_VIN_CHAR, value=value, pos=pos, char=char)
    if len(vin) != 17:
        raise _invalid("vin", _MSG_VIN_LENGTH, value=value, n=len(vin))
    for pos, char in enumerate(vin, 1):
        if char in "IOQ":
            raise _invalid("vin", _MSG_VIN_IOQ, value=value, pos=pos, char=char)
    return vin


def vin_check_digit(vin17: str) -> str:
    """The ISO 3779 / North American check digit ('0'–'9' or 'X') for a 17-character VIN.

    Position 9 (the check digit itself) has weight 0, so whatever stands there is ignored. Raises
    InvalidInput(field="vin") if ``vin17`` is not structurally a VIN (see :func:`normalize_vin`).
    """
    vin = vin17 if _VIN_RE.fullmatch(vin17) else normalize_vin(vin17)  # (usually normal already)
    remainder = sum(map(operator.mul, map(_VIN_VALUES.__getitem__, vin), _VIN_WEIGHTS)) % 11  # (C loops)
    return "X" if remainder == 10 else str(remainder)


def vin_check_digit_ok(vin: str) -> bool:
    """True when position 9 holds the correct check digit; False for a wrong digit or a malformed VIN.

    Chinese (GB 16735) VINs use the same check digit, so a False is worth a warning in the UI.
    """
    try:
        normal = normalize_vin(vin)
    except InvalidInput:
        return False
    return normal[8] == vin_check_digit(normal)


# --------------------------------------------------------------------------- plate

PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
#: last character of a 7-character plate instead of a fifth alphanumeric
PLATE_SUFFIXES = "学警挂港澳领试超"
_PLATE_LETTER = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # issuing-office letter: A–Z without I, O
_PLATE_ALNUM = _PLATE_LETTER + "0123456789"
#: first serial character of a small new-energy plate: D (battery electric) / F (other new energy), and
#: the letters of the later number-resource expansion (A B C E with D; G H J K with F).
#: the common regular plate (province + letter + 5 alnum), already in normal form: no per-character checks
_REGULAR_PLATE_RE = re.compile(f"[{PLATE_PROVINCES}][{_PLATE_LETTER}][{_PLATE_ALNUM}]{{5}}")
_NEV_SMALL_FIRST = "DFABCEGHJK"
_NEV_BIG_LAST = "DF"

_MSG_PLATE_EMPTY = _tr("请输入车牌号")
_MSG_PLATE_PROVINCE = _tr("车牌第一个字应为省份简称，如 粤、京、沪，不能是“{char}”（输入的是 {value}）")
_MSG_PLATE_LETTER = _tr("车牌第二位应为字母（不含 I、O），不能是“{char}”（输入的是 {value}）")
_MSG_PLATE_LENGTH = _tr("车牌号应为7位（新能源车8位），输入了{n}位（输入的是 {value}）")
_MSG_PLATE_SERIAL_IO = _tr(
    "车牌号码不使用字母 I、O：第{pos}位是“{char}”，可能应为数字 1 或 0（输入的是 {value}）")
_MSG_PLATE_SERIAL_CHAR = _tr("车牌第{pos}位“{char}”不对：号码部分只能是字母或数字（输入的是 {value}）")
_MSG_PLATE_NEV = _tr(
    "新能源车牌（8位）的号码部分应以 D 或 F 开头（小型车，后四位为数字），"
    "或前五位为数字、最后一位是 D 或 F（大型车）（输入的是 {value}）"
)
_MSG_PLATE_EMBASSY = _tr("使馆车牌应为“使”加6位数字（输入的是 {value}）")


def normalize_plate(text: str) -> str:
    """Upper-case, without spaces/dots/dashes/middle dots, full-width → half-width; then checked.

    Accepted forms (province = one of :data:`PLATE_PROVINCES`, letter = A–Z without I and O,
    alnum = letter or digit, never I or O):

    * regular, 7 chars: province + letter + 5 alnum, or province + letter + 4 alnum + one of
      :data:`PLATE_SUFFIXES` (学警挂港澳领试超): ``粤B12345``, ``京A1234警``, ``粤Z1234港``;
    * new-energy, 8 chars: province + letter + 6 serial chars where either (small vehicles) the first
      serial char is D or F – or one of A B C E / G H J K from the later number expansion – the second
      is alnum and the last four are digits (``粤BD12345``, ``沪AFA1234``), or (large
      vehicles) the first five are digits and the last is D or F (``粤B12345D``);
    * embassy: ``使`` + 6 digits (``使014578``). Consulate plates (``沪A1234领``) are regular plates.

    Raises InvalidInput(field="plate") naming the part that is wrong.
    """
    value = (text or "").strip()
    if _REGULAR_PLATE_RE.fullmatch(value):
        return value
    plate = _strip_separators(value).upper()
    if not plate:
        raise _invalid("plate", _MSG_PLATE_EMPTY, value=value)
    first = plate[0]
    if first == "使":
        if re.fullmatch(r"使\d{6}", plate):
            return plate
        raise _invalid("plate", _MSG_PLATE_EMBASSY, value=value)
    if first not in PLATE_PROVINCES:
        raise _invalid("plate", _MSG_PLATE_PROVINCE, value=value, char=first)
    if len(plate) >= 2 and plate[1] not in _PLATE_LETTER:
        raise _invalid("plate", _MSG_PLATE_LETTER, value=value, char=plate[1])
    serial = plate[2:]
    for pos, char in enumerate(serial, 3):
        is_last = pos == len(plate)
        if char in _PLATE_ALNUM:
            continue
        if char in "IO":
            raise _invalid("plate", _MSG_PLATE_SERIAL_IO, value=value, pos=pos, char=char)
        if is_last and char in PLATE_SUFFIXES and len(plate) == 7:
            continue
        raise _invalid("plate", _MSG_PLATE_SERIAL_CHAR, value=value, pos=pos, char=char)
    if len(plate) == 7:
        return plate
    if len(plate) == 8:
        small = serial[0] in _NEV_SMALL_FIRST and serial[2:].isdigit()
        big = serial[:5].isdigit() and serial[5] in _NEV_BIG_LAST
        if small or big:
            return plate
        raise _invalid("plate", _MSG_PLATE_NEV, value=value)
    raise _invalid("plate", _MSG_PLATE_LENGTH, value=value, n=len(plate))


# --------------------------------------------------------------------------- name

NAME_MAX_LENGTH = 40
_PLAIN_NAME_RE = re.compile(f"[\u4e00-\u9fff]{{1,{NAME_MAX_LENGTH}}}")
_SPACES_RE = re.compile(r"\s+")
_CJK_SPACE_RE = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff]) (?=[\u3400-\u9fff\uf900-\ufaff])")

_MSG_NAME_EMPTY = _tr("请输入姓名")
_MSG_NAME_LONG = _tr("姓名太长：最多{max}个字，输入了{n}个")
_MSG_NAME_DIGITS = _tr("姓名不能只有数字（输入的是 {value}），电话号码请填在电话栏")
_MSG_NAME_NO_LETTER = _tr("姓名应包含文字（输入的是 {value}）")


def normalize_name(text: str) -> str:
    """Trim ASCII and full-width spaces, collapse inner runs of whitespace to one space and drop a space
    between two Chinese characters ("张  三" → "张三", "John   Smith" → "John Smith"); full-width
    Latin letters become half-width. Rejects an empty name, one longer than 40 characters, digits only,
    and one with no letter at all. Case is kept.
    """
    value = text or ""
    if _PLAIN_NAME_RE.fullmatch(value):  # the usual name: Chinese characters only, nothing to tidy or refuse
        return value
    name = _SPACES_RE.sub(" ", to_halfwidth(value)).strip()
    name = _CJK_SPACE_RE.sub("", name)
    if not name:
        raise _invalid("name", _MSG_NAME_EMPTY, value=value)
    if len(name) > NAME_MAX_LENGTH:
        raise _invalid("name", _MSG_NAME_LONG, value=value, n=len(name), max=NAME_MAX_LENGTH)
    if name.replace(" ", "").isdigit():
        raise _invalid("name", _MSG_NAME_DIGITS, value=value.strip())
    if not any(c.isalpha() for c in name):
        raise _invalid("name", _MSG_NAME_NO_LETTER, value=value.strip())
    return name


# --------------------------------------------------------------------------- e-mail

_EMAIL_LOCAL_RE = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}")
_EMAIL_LABEL_RE = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")

_MSG_EMAIL_EMPTY = _tr("请输入电子邮箱")
_MSG_EMAIL_AT = _tr("电子邮箱应包含一个 @，如 name@example.com（输入的是 {value}）")
_MSG_EMAIL_LOCAL = _tr("电子邮箱 @ 前面的部分不对（输入的是 {value}）")
_MSG_EMAIL_DOMAIN = _tr("电子邮箱 @ 后面应为域名，如 qq.com、163.com（输入的是 {value}）")


def normalize_email(text: str) -> str:
    """Trim, full-width → half-width (a Chinese IME often types ＠ and ．), lower-case the domain; check
    the structure only: one ``@``, a plain local part without spaces or leading/trailing/double dots, a
    domain of 2+ dot-separated labels whose last is 2+ letters. Raises InvalidInput(field="email").
    """
    value = (text or "").strip()
    email = to_halfwidth(value).strip().replace("。", ".")
    if not email:
        raise _invalid("email", _MSG_EMAIL_EMPTY, value=value)
    if email.count("@") != 1:
        raise _invalid("email", _MSG_EMAIL_AT, value=value)
    local, domain = email.split("@")
    domain = domain.lower()
    if (not _EMAIL_LOCAL_RE.fullmatch(local) or local.startswith(".") or local.endswith(".")
            or ".." in local):
        raise _invalid("email", _MSG_EMAIL_LOCAL, value=value)
    labels = domain.split(".")
    if (len(labels) < 2 or len(domain) > 253 or not all(_EMAIL_LABEL_RE.fullmatch(lb) for lb in labels)
            or not re.fullmatch(r"[a-z]{2,}", labels[-1])):
        raise _invalid("email", _MSG_EMAIL_DOMAIN, value=value)
    return f"{local}@{domain}"
