"""The delivery checklist (交车确认) and the insurance bought at delivery: what must be done, and what a
delivery with a gap needs.

Why one module: the delivery dialog shows these items as checkboxes, the printed 交车确认单 ticks them and
the service stores and checks them; all three read ITEMS from here (codes and labels:
labels.DELIVERY_ITEM), so adding an item is one line there.

Rules (DOMAIN, issue 28):
* every item is either done or not; an item not done needs a reason (one sentence for the delivery), or
  the delivery is refused — the customer signs the sheet with the gap written on it;
* keys handed over need their count (at least one);
* insurance bought through the store at delivery: an insurer, premiums not negative and at least one
  premium; each policy with a premium runs one year from its start (the counter's renewal rule:
  vehicle_facts.renewed_until), and those dates are the vehicle's insurance dates.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from dealerdesk.domain import labels
from dealerdesk.domain import vehicle_facts as facts
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP

#: the checklist items in display order (codes; labels: labels.DELIVERY_ITEM)
ITEMS: tuple[str, ...] = tuple(labels.DELIVERY_ITEM)
KEYS = "keys"
DEFAULT_KEYS = 2
REASON_MAX = 200
COVER_MAX = 200
INSURER_MAX = 40


def item_label(code: str) -> str:
    return labels.label(labels.DELIVERY_ITEM, code)


def unchecked(done: Iterable[str]) -> list[str]:
    """The items not done, in display order."""
    done = set(done)
    return [code for code in ITEMS if code not in done]


def check(done: Iterable[str], keys: int, reason: str) -> tuple[list[str], str]:
    """Validate a checklist; returns (the items not done, the cleaned reason). Raises InvalidInput naming
    the field: `keys` (handed over without a count) or `checklist_reason` (a gap without a reason)."""
    done = set(done)
    unknown = sorted(done - set(ITEMS))
    if unknown:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的交车项目 {code}"), field="checklist",
                           code="、".join(unknown))
    if KEYS in done and (keys or 0) < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "钥匙已交付时请填写钥匙数量"), field="keys")
    if (keys or 0) < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "钥匙数量不能为负数"), field="keys")
    missing = unchecked(done)
    reason = " ".join((reason or "").split())[:REASON_MAX]
    if missing and not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "交车项目未全部完成（{items}），请填写原因"),
                           field="checklist_reason", items="、".join(item_label(c) for c in missing))
    return missing, reason if missing else ""


def premium(value: object, field: str) -> Decimal:
    """A premium in yuan (2 decimals), not negative. Raises InvalidInput(field=`field`)."""
    try:
        amount = Decimal(str(value if value not in (None, "") else 0)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "保费应为数字"), field=field) from None
    if amount < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "保费不能为负数"), field=field)
    return amount


def check_insurance(insurer: str, compulsory: Decimal, commercial: Decimal) -> str:
    """The cleaned insurer; a policy needs an insurer and at least one premium."""
    insurer = " ".join((insurer or "").split())[:INSURER_MAX]
    if not insurer:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写保险公司"), field="insurer")
    if compulsory <= 0 and commercial <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写交强险或商业险保费"), field="compulsory_premium")
    return insurer


def policy_until(start: dt.date) -> dt.date:
    """The last day of a one-year policy starting on `start` (the same rule as a renewal)."""
    return facts.renewed_until(None, start)
