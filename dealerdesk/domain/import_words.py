"""The words store sheets write in the 客户级别 column besides the level letters, and what each means.

Why: a store's own list writes 基盘 (a base customer: bought or serviced here, no purchase intent being
worked), 成交, 战败 … where DealerDesk has a level; an import refused those rows and lost a third of a
sheet. Here each word maps to what it means (the glossary and the business rules: docs/import.md):

* a level letter (H A B C N O D T, also "h级", "A类") → a lead at that level (D delivered, T cancelled);
* 基盘/保有/老客户/车主 … → BASE: a base customer, no lead is opened;
* 战败/流失 … → DEFEATED: the lead was lost before this store used DealerDesk; no open lead either (a
  defeated lead dated the import day would count as this month's defeat in the KPI), the word is kept in
  the customer's notes;
* 成交/交车/提车 → D, 订车/下订 → O, 退订 → T, 新客户/潜客 → N.

Anything else raises InvalidInput; the importer then leaves the level empty and warns (the customer is
still imported).

An order sheet's deal columns are read here too: an amount (成交价: "198,000", "19.8万") and the 贷款 column
(是/否/全款/按揭/融资租赁, or the lender's name, which means a loan).
"""
from __future__ import annotations

import re

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.parse import cell_text, parse_level
from dealerdesk.i18n import QT_TRANSLATE_NOOP

BASE = "base"
DEFEATED = "defeated"

_WORDS: dict[str, str] = {}
for _meaning, _words in (
        (BASE, ("基盘", "基盘客户", "保有", "保有客户", "保客", "老客户", "老客", "车主", "已购", "已购车", "已购客户")),
        (DEFEATED, ("战败", "已战败", "战败客户", "流失", "已流失", "流失客户")),
        ("D", ("成交", "已成交", "成交客户", "交车", "已交车", "提车", "已提车")),
        ("O", ("订车", "已订车", "定车", "已定车", "下订", "已下订", "订单", "签约", "已签约")),
        ("T", ("退订", "已退订")),
        ("N", ("新客户", "新线索", "潜客", "潜在客户", "意向客户")),
):
    for _word in _words:
        _WORDS[_word] = _meaning

_MSG_WORD = QT_TRANSLATE_NOOP("errors", "客户级别“{value}”不认识（可填 H、A、B、C、N、O、D、T 或 基盘、成交、战败…）")


def import_level(value: object) -> str:
    """A level letter, BASE, DEFEATED, or "" for a blank cell. Raises InvalidInput(field="level") for a
    word this store does not use."""
    text = cell_text(value)
    if not text:
        return ""
    key = "".join(text.split())
    meaning = _WORDS.get(key)
    if meaning is not None:
        return meaning
    try:
        return parse_level(key)
    except InvalidInput:
        raise InvalidInput(_MSG_WORD, field="level", value=text) from None


# --- an order sheet's deal columns (成交价, 贷款 …; docs/import.md) ----------------------------------------

_YUAN_RE = re.compile(r"[¥￥]?\s*(\d+(?:\.\d+)?)\s*(万)?\s*(?:元|rmb|RMB)?")
MAX_YUAN = 100_000_000
_NO_LOAN = {"否", "无", "不", "没有", "全款", "全款购车", "现金", "一次性付款", "n", "no", "0", "×", "full"}
_YES_LOAN = {"是", "有", "贷款", "按揭", "分期", "金融", "y", "yes", "1", "√", "loan"}
_LEASE = {"租赁", "融资租赁", "以租代购", "lease"}


def parse_yuan(value: object) -> int:
    """An amount cell: "198000", "198,000 元", "¥198000.00", "19.8万" → whole yuan. Raises InvalidInput."""
    text = cell_text(value).replace(",", "").replace("，", "")
    m = _YUAN_RE.fullmatch(text.strip())
    if not m or float(m.group(1)) * (10000 if m.group(2) else 1) > MAX_YUAN:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "金额应为数字，例如 198000 或 19.8万（输入的是 {value}）"),
                           field="price", value=text)
    return int(round(float(m.group(1)) * (10000 if m.group(2) else 1)))


def loan_word(value: object) -> tuple[str, str]:
    """The 贷款 column: (payment method, lender). 是/按揭 → loan; 否/全款 → full; 融资租赁 → lease; any other
    text names the lender (工商银行, 大众金融) → loan with that lender; blank → ("", "")."""
    text = "".join(cell_text(value).split())
    if not text:
        return "", ""
    key = text.lower()
    if key in _NO_LOAN:
        return "full", ""
    if key in _LEASE:
        return "lease", ""
    if key in _YES_LOAN:
        return "loan", ""
    return "loan", text[:40]
