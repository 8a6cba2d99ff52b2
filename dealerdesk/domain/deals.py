"""The deal sheet's rules (订车单, issue 28): what a deal contains, its totals and the amount due at delivery.

Why here, Qt-free and store-free: the dialog shows the totals live while the consultant types, the service
stores them, the printed order and the monthly figures read them; one function computes them so the four can
never disagree, and the formula is written once (docs/user-guide.md, 订车单) for a manager to check by hand:

    成交价       = 指导价 − 优惠
    应付合计     = 成交价 + 收费精品 + 上牌服务费 + 延保 + 保险费（在店投保时：交强险 + 商业险）
    交车时应付   = 应付合计 − 置换车估价 − 定金（未退） − 贷款金额（贷款/租赁：成交价 − 首付）

Money is whole yuan (int), as the order's price has always been.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP

PAYMENTS = ("full", "loan", "lease")  # labels.PAYMENT
FINANCED = ("loan", "lease")
DISCOUNT_STATUSES = ("none", "pending", "approved", "rejected")  # labels.DISCOUNT_STATUS
DEPOSIT_STATUSES = ("", "held", "converted", "refunded")  # labels.DEPOSIT_STATUS ("" = no deposit)
LOAN_STATUSES = ("", "pending", "approved", "rejected")  # labels.LOAN_STATUS
MAX_MONEY = 99_999_999
MAX_LINES = 40


@dataclass
class AccessoryLine:
    """精品/装潢: a line from the accessory list (settings) or typed freely; free (赠送) or charged."""

    name: str
    price: int = 0
    charged: bool = True


@dataclass
class DealInput:
    """Everything the consultant writes on the deal sheet. Optional parts are off by default."""

    list_price: int
    discount: int = 0
    model_id: int | None = None  # None: keep the order's model
    colour: str = ""
    vin: str = ""
    discount_note: str = ""
    payment: str = "full"
    deposit: int = 0
    deposit_on: dt.date | None = None
    deposit_refundable: bool = False
    deposit_status: str = "held"  # held | converted | refunded (ignored when there is no deposit)
    lender: str = ""
    down_payment: int = 0
    loan_months: int = 0
    monthly_payment: int = 0
    loan_status: str = "pending"
    trade_in: bool = False
    trade_plate: str = ""
    trade_vin: str = ""
    trade_model: str = ""
    trade_mileage_km: int = 0
    trade_value: int = 0
    trade_valued_by: str = ""
    insured: bool = False
    insurer: str = ""
    compulsory_premium: int = 0
    commercial_premium: int = 0
    insurance_cover: str = ""
    insurance_start: dt.date | None = None
    registration: bool = False
    registration_fee: int = 0
    plate: str = ""
    warranty_years: int = 0
    warranty_price: int = 0
    lines: list[AccessoryLine] = field(default_factory=list)


@dataclass(frozen=True)
class DealTotals:
    price: int  # 成交价: list price − discount
    accessories: int  # charged accessory lines
    accessories_free: int  # the value of the free ones (shown, not charged)
    registration_fee: int
    warranty: int
    insurance: int  # premiums paid through the store
    total: int  # 应付合计
    trade_in: int  # credit: the old car's valuation
    deposit: int  # credit: a deposit not refunded
    financed: int  # paid by the lender: price − down payment (loan / lease)
    due_at_delivery: int  # 交车时应付


def totals(deal: DealInput) -> DealTotals:
    """The deal's money, by the formula in the module docstring. Parts switched off count zero."""
    price = deal.list_price - deal.discount
    charged = sum(line.price for line in deal.lines if line.charged)
    free = sum(line.price for line in deal.lines if not line.charged)
    registration = deal.registration_fee if deal.registration else 0
    warranty = deal.warranty_price if deal.warranty_years > 0 else 0
    insurance = deal.compulsory_premium + deal.commercial_premium if deal.insured else 0
    total = price + charged + registration + warranty + insurance
    trade = deal.trade_value if deal.trade_in else 0
    deposit = deal.deposit if deal.deposit > 0 and deal.deposit_status != "refunded" else 0
    financed = max(price - deal.down_payment, 0) if deal.payment in FINANCED else 0
    return DealTotals(price=price, accessories=charged, accessories_free=free, registration_fee=registration,
                      warranty=warranty, insurance=insurance, total=total, trade_in=trade, deposit=deposit,
                      financed=financed, due_at_delivery=total - trade - deposit - financed)


def needs_approval(discount: int, limit: int) -> bool:
    """A discount above the consultant's limit (setting deal.discount_limit, yuan) waits for a manager."""
    return discount > max(limit, 0)


_SPLIT = re.compile(r"[,，、;；\n]+")
_PRICED = re.compile(r"^(.*?)[\s:：=]*(\d+)\s*(?:元)?$")


def names(text: object) -> list[str]:
    """A list setting typed as one line (lenders, insurers): '工商银行、平安银行' → ['工商银行', '平安银行']."""
    if isinstance(text, (list, tuple)):
        items = [str(t) for t in text]
    else:
        items = _SPLIT.split(str(text or ""))
    seen: list[str] = []
    for item in (i.strip() for i in items):
        if item and item not in seen:
            seen.append(item)
    return seen


def accessory_catalogue(text: object) -> list[AccessoryLine]:
    """The accessory list setting, '脚垫 800、行车记录仪 1200、贴膜 3000' → lines with their prices (a name
    without a price costs 0)."""
    lines = []
    for item in names(text):
        match = _PRICED.match(item)
        name, price = (match.group(1).strip(), int(match.group(2))) if match and match.group(1).strip() else (item, 0)
        lines.append(AccessoryLine(name=name[:60], price=price))
    return lines


def _money(value: int, field: str) -> None:
    if value is None or value < 0 or value > MAX_MONEY:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "金额必须在 0 到 99999999 元之间"), field=field)


def validate(deal: DealInput) -> None:
    """The sheet's own rules; the service adds those that need the store (the model, the VIN's owner)."""
    if deal.list_price is None or deal.list_price <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写指导价"), field="list_price")
    for name in ("list_price", "discount", "deposit", "down_payment", "monthly_payment", "trade_value",
                 "compulsory_premium", "commercial_premium", "registration_fee", "warranty_price"):
        _money(getattr(deal, name), name)
    if deal.discount >= deal.list_price:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "优惠不能大于等于指导价"), field="discount")
    if deal.payment not in PAYMENTS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择付款方式"), field="payment")
    if deal.deposit > 0 and deal.deposit_status not in DEPOSIT_STATUSES[1:]:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "定金状态无效"), field="deposit_status")
    if deal.payment in FINANCED:
        if not deal.lender.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "贷款或租赁请选择金融机构"), field="lender")
        if not 1 <= deal.loan_months <= 120:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "贷款期限应在 1 到 120 个月之间"), field="loan_months")
        if deal.down_payment > deal.list_price - deal.discount:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "首付不能高于成交价"), field="down_payment")
        if deal.loan_status not in LOAN_STATUSES[1:]:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "贷款审批状态无效"), field="loan_status")
    if deal.trade_in:
        if not deal.trade_model.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写置换车的车型"), field="trade_model")
        if deal.trade_value <= 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写置换车的估价"), field="trade_value")
        if deal.trade_mileage_km < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "里程不能为负数"), field="trade_mileage_km")
    if deal.insured and not deal.insurer.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "在店投保请选择保险公司"), field="insurer")
    if not 0 <= deal.warranty_years <= 10:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "延保年限应在 0 到 10 年之间"), field="warranty_years")
    if len(deal.lines) > MAX_LINES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "精品/装潢最多 {n} 行"), field="lines", n=MAX_LINES)
    for line in deal.lines:
        if not line.name.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "每一行精品/装潢都要写名称"), field="lines")
        _money(line.price, "lines")


__all__ = ["AccessoryLine", "DealInput", "DealTotals", "accessory_catalogue", "names", "needs_approval", "totals",
           "validate"]
