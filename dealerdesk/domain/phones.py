"""China's number ranges (号段) from libphonenumber, and phones shown grouped.

Why a warning and never a refusal: `validate.normalize_phone` checks the shape (11 digits starting 1[3-9], or
an area code and 7–8 digits). libphonenumber (`phonenumbers`, kept up to date from the numbering plan) also
knows which mobile prefixes are assigned and which area codes exist, so a mistyped digit (a 14x data-only
prefix, a 0xxx area code nobody has) can be caught. Its data can be older than a newly opened range, and a
real customer's number must never be lost to stale data: the user is warned next to the field and confirms,
the import writes a warning row, and the number is stored as typed (in its normal form).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dealerdesk.domain.validate import is_mobile
from dealerdesk.i18n import QT_TRANSLATE_NOOP

C = "errors"


@dataclass(frozen=True)
class RangeWarning:
    template: str  # marked for translation in context "errors"
    params: dict

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


def _valid(national: str) -> bool:
    # imported on the first check, not at start-up: the library's import costs ~26 ms of the window's cold start
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(national, "CN"))
    except phonenumbers.NumberParseException:
        return False


#: libphonenumber's CN mobile ranges are told apart by at most the first five digits ("1740[0-5]…", "1610…"):
#: a mobile's range is looked up once per five-digit prefix (an import of 100,000 rows would otherwise spend
#: seconds in the library). tests/domain/test_phones.py checks the assumption against the installed data.
MOBILE_PREFIX_DIGITS = 5


@cache
def mobile_prefix_known(prefix: str) -> bool:
    """Whether libphonenumber has the mobile range of numbers starting with `prefix` (five digits)."""
    return _valid(prefix + "1234567890"[:11 - len(prefix)])


def range_warning(normal_phone: str) -> RangeWarning | None:
    """None when libphonenumber knows the number's range; otherwise what looks wrong (a normal-form phone:
    "13812345678" or "010-62345678")."""
    if is_mobile(normal_phone):
        if mobile_prefix_known(normal_phone[:MOBILE_PREFIX_DIGITS]):
            return None
        return RangeWarning(QT_TRANSLATE_NOOP(C, "{prefix} 号段没有分配给手机（或只用于物联网卡、上网卡），请核对号码 {phone} "
                                                 "是否输错；确认无误仍可保存"),
                            {"prefix": normal_phone[:3], "phone": display(normal_phone)})
    area, _, local = normal_phone.partition("-")
    if not (area and local) or _valid(area + local):
        return None
    # Is the area code known at all? Try the same first digit with either length a local number can have.
    filler = "2345678"
    known = any(_valid(area + local[0] + filler[:n - 1]) for n in (7, 8))
    if known:
        return RangeWarning(QT_TRANSLATE_NOOP(C, "区号 {area} 的座机号码位数或开头不对（{phone}），请核对；确认无误仍可保存"),
                            {"area": area, "phone": display(normal_phone)})
    return RangeWarning(QT_TRANSLATE_NOOP(C, "没有 {area} 这个区号（{phone}），请核对；确认无误仍可保存"),
                        {"area": area, "phone": display(normal_phone)})


def display(phone: str) -> str:
    """A phone as people read it: "138 1234 5678", "010-6234 5678", "0755-623 4567"; masked numbers
    ("138****5678") are grouped the same way; anything else is returned unchanged."""
    if len(phone) == 11 and phone[:1] == "1":
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    area, dash, local = phone.partition("-")
    if dash and area and len(local) in (7, 8):
        split = len(local) - 4
        return f"{area}-{local[:split]} {local[split:]}"
    return phone
