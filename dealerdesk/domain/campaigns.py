"""Campaign rules (客户营销): message templates and their fields, the salutation, splitting a call list.

Why here: the batch service renders thousands of texts and the template editor previews one; both must fill a
template the same way and refuse the same unknown field, so the rule is one pure function. Qt-free.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.surnames import COMPOUND_SURNAMES
from dealerdesk.i18n import QT_TRANSLATE_NOOP

#: the fields a template may use, in the order the editor offers them (the field names are the Chinese words
#: a clerk types between braces)
FIELDS: tuple[str, ...] = ("称呼", "姓名", "车牌", "车型", "到期日", "门店", "顾问", "活动日期")
FIELD_RE = re.compile(r"\{([^{}]*)\}")
MAX_TEMPLATE = 500
#: one SMS is 70 Chinese characters; a longer text is sent (and billed) as several
SMS_LENGTH = 70

#: the text each greeting batch starts with (the manager may edit it before export)
GREETING_TEMPLATES: dict[str, str] = {
    "birthday": QT_TRANSLATE_NOOP("campaigns", "{称呼}，{门店}祝您生日快乐，身体健康，万事如意！"),
    "holiday": QT_TRANSLATE_NOOP("campaigns", "{称呼}，{门店}祝您{节日}快乐，阖家幸福！"),
    "anniversary": QT_TRANSLATE_NOOP("campaigns", "{称呼}，您的爱车{车牌}陪伴您已满一年，{门店}感谢您的信任，"
                                                  "欢迎回店免费检测。"),
    "first_maintenance": QT_TRANSLATE_NOOP("campaigns", "{称呼}，您的{车型}（{车牌}）首次保养将于{到期日}到期，"
                                                        "请提前预约，{顾问}为您服务。"),
}


class Recipient(NamedTuple):
    """What a template can say about one customer (the batch service reads it in bulk; a named tuple because a
    batch makes 50,000 of them)."""

    name: str
    gender: str = ""  # "" | M | F
    kind: str = "person"  # person | company
    plate: str = ""
    model: str = ""
    due_date: str = ""  # ISO date of what is due
    advisor: str = ""


def salutation(name: str, gender: str, kind: str = "person") -> str:
    """王先生 / 李女士 / 欧阳女士; a company, a name without a known gender or an unusual name: the full name."""
    name = name.strip()
    if kind == "company" or gender not in ("M", "F") or not 2 <= len(name) <= 4:
        return name
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    return surname + ("先生" if gender == "M" else "女士")


def template_fields(template: str) -> list[str]:
    return FIELD_RE.findall(template)


def check_template(template: str, extra: Sequence[str] = ()) -> str:
    """The template as it will be stored: not empty, not too long, only known fields."""
    text = (template or "").strip()
    if not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写消息内容"), field="template")
    if len(text) > MAX_TEMPLATE:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "消息内容不能超过 {n} 个字"), field="template", n=MAX_TEMPLATE)
    for name in template_fields(text):
        if name not in FIELDS and name not in extra:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "消息里的 {{{name}}} 不是可用的字段"), field="template",
                               name=name)
    return text


def _values(who: Recipient) -> dict[str, str]:
    return {"称呼": salutation(who.name, who.gender, who.kind), "姓名": who.name, "车牌": who.plate,
            "车型": who.model, "到期日": who.due_date, "顾问": who.advisor}


def render(template: str, who: Recipient, common: Mapping[str, str]) -> str:
    """The template filled for one customer; `common` holds what every message shares (门店, 活动日期, 节日)."""
    values = _values(who)
    return FIELD_RE.sub(lambda m: str(values.get(m.group(1), common.get(m.group(1), ""))), template)


#: how each per-customer field is read (compile_template)
_GETTERS: dict[str, Callable[[Recipient], str]] = {
    "称呼": lambda w: salutation(w.name, w.gender, w.kind), "姓名": lambda w: w.name, "车牌": lambda w: w.plate,
    "车型": lambda w: w.model, "到期日": lambda w: w.due_date, "顾问": lambda w: w.advisor}


def compile_template(template: str, common: Mapping[str, str]) -> Callable[[Recipient], str]:
    """`render` for many customers: the template becomes one format string with the shared fields filled in
    once, and each customer's fields are read by a getter (a 50,000-message batch spends its time here)."""
    out: list[str] = []
    getters: list[Callable[[Recipient], str]] = []
    pos = 0
    for m in FIELD_RE.finditer(template):
        out.append(template[pos:m.start()].replace("{", "{{").replace("}", "}}"))
        name = m.group(1)
        if name in _GETTERS:
            out.append(f"{{{len(getters)}}}")
            getters.append(_GETTERS[name])
        else:
            out.append(str(common.get(name, "")).replace("{", "{{").replace("}", "}}"))
        pos = m.end()
    out.append(template[pos:].replace("{", "{{").replace("}", "}}"))
    fmt = "".join(out)

    def fill(who: Recipient) -> str:
        return fmt.format(*[get(who) for get in getters])
    return fill


def split_callers(customer_ids: Sequence[int], callers: Sequence[int], how: str) -> list[tuple[int, int]]:
    """(customer, caller) pairs: "round_robin" deals the list out one by one, "even" gives each caller one
    contiguous run (sizes differing by at most one), so a caller gets customers close in the list's order."""
    if not callers:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请至少选择一位外呼人员"), field="callers")
    if how == "round_robin":
        return [(cid, callers[i % len(callers)]) for i, cid in enumerate(customer_ids)]
    if how == "even":
        size, extra = divmod(len(customer_ids), len(callers))
        out: list[tuple[int, int]] = []
        start = 0
        for i, caller in enumerate(callers):
            end = start + size + (1 if i < extra else 0)
            out.extend((cid, caller) for cid in customer_ids[start:end])
            start = end
        return out
    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的分配方式 {how}"), field="split", how=how)
