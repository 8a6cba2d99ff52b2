"""The deal figures of a month (issue 28): how many orders carry finance, insurance, accessories, a trade-in,
an extended warranty, and the rates a 4S manager is judged on (金融渗透率, 保险渗透率, 置换率, 延保率, 精品渗透率),
accessories revenue per car (单车精品产值), the average discount, deposits still held and refunded.

Definitions (docs/kpi.md, 订车单指标): the base is the month's orders (ordered in the month, not cancelled); an
order without a deal sheet counts as an order with none of the parts. Financed = paid by loan or lease;
insured = insurance bought through the store; accessories = at least one charged accessory line;
accessories per car = charged accessory revenue / orders; average discount = discount sum / orders;
deposits open = the month's orders whose deposit is still held (not converted into the price, not refunded);
deposits refunded = the month's orders (cancelled ones included) whose deposit was refunded.
One query over the month's orders with their deal and one over their charged lines: no query per order.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from peewee import JOIN, fn

from dealerdesk.domain import kpi
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.models import Deal, DealLine, SalesOrder, User


@dataclass(frozen=True)
class DealFigures:
    orders: int = 0
    finance: int = 0
    insurance: int = 0
    accessories: int = 0
    trade_in: int = 0
    extended_warranty: int = 0
    accessories_revenue: int = 0
    discount_total: int = 0
    deposits_open: int = 0
    deposits_open_amount: int = 0
    deposits_refunded: int = 0
    deposits_refunded_amount: int = 0

    @property
    def finance_rate(self) -> float | None:
        return kpi.rate(self.finance, self.orders)

    @property
    def insurance_rate(self) -> float | None:
        return kpi.rate(self.insurance, self.orders)

    @property
    def trade_in_rate(self) -> float | None:
        return kpi.rate(self.trade_in, self.orders)

    @property
    def extended_warranty_rate(self) -> float | None:
        return kpi.rate(self.extended_warranty, self.orders)

    @property
    def accessories_rate(self) -> float | None:
        return kpi.rate(self.accessories, self.orders)

    @property
    def accessories_per_car(self) -> float | None:
        return kpi.rate(self.accessories_revenue, self.orders)

    @property
    def average_discount(self) -> float | None:
        return kpi.rate(self.discount_total, self.orders)

    def to_json(self) -> dict:
        """The `deals` object of `kpi --json` (docs/cli.md): counts are integers, rates fractions 0–1."""
        return {
            "orders": self.orders, "finance": self.finance, "insurance": self.insurance,
            "accessories": self.accessories, "trade_in": self.trade_in, "extended_warranty": self.extended_warranty,
            "finance_rate": self.finance_rate, "insurance_rate": self.insurance_rate,
            "trade_in_rate": self.trade_in_rate, "extended_warranty_rate": self.extended_warranty_rate,
            "accessories_rate": self.accessories_rate,
            "accessories_per_car": _round(self.accessories_per_car),
            "average_discount": _round(self.average_discount),
            "accessories_revenue": self.accessories_revenue,
            "deposits_open": self.deposits_open, "deposits_open_amount": self.deposits_open_amount,
            "deposits_refunded": self.deposits_refunded, "deposits_refunded_amount": self.deposits_refunded_amount,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _figures(start: dt.datetime, end: dt.datetime) -> dict[int | None, DealFigures]:
    """The figures per consultant (who recorded the order; None: nobody), for orders in [start, end)."""
    rows = (SalesOrder.select(SalesOrder.id, SalesOrder.by_user, SalesOrder.status, SalesOrder.payment_method,
                              Deal.id, Deal.discount, Deal.insured, Deal.trade_in, Deal.warranty_years,
                              Deal.deposit, Deal.deposit_status)
            .join(Deal, JOIN.LEFT_OUTER, on=(Deal.order == SalesOrder.id))
            .where(SalesOrder.ordered_at >= start, SalesOrder.ordered_at < end).tuples())
    rows = list(rows)
    deal_ids = [r[4] for r in rows if r[4] is not None]
    revenue: dict[int, int] = {}
    for chunk in range(0, len(deal_ids), 500):
        part = deal_ids[chunk:chunk + 500]
        revenue.update(DealLine.select(DealLine.deal, fn.SUM(DealLine.price))
                       .where(DealLine.deal.in_(part), DealLine.charged == True)
                       .group_by(DealLine.deal).tuples())
    counts: dict[int | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (_oid, owner, status, payment, deal_id, discount, insured, trade, warranty, deposit, deposit_status) in rows:
        c = counts[owner]
        if deposit and deposit_status == "refunded":
            c["deposits_refunded"] += 1
            c["deposits_refunded_amount"] += deposit
        if status == "cancelled":
            continue
        c["orders"] += 1
        c["finance"] += payment in ("loan", "lease")
        if deal_id is None:
            continue
        c["insurance"] += bool(insured)
        c["trade_in"] += bool(trade)
        c["extended_warranty"] += (warranty or 0) > 0
        c["accessories"] += revenue.get(deal_id, 0) > 0
        c["accessories_revenue"] += int(revenue.get(deal_id, 0) or 0)
        c["discount_total"] += discount or 0
        if deposit and deposit_status == "held":
            c["deposits_open"] += 1
            c["deposits_open_amount"] += deposit
    return {owner: DealFigures(**values) for owner, values in counts.items()}


def deal_figures(start: dt.datetime, end: dt.datetime) -> DealFigures:
    """The store's figures for [start, end): the sum over consultants."""
    total: dict[str, int] = defaultdict(int)
    for figures in _figures(start, end).values():
        for name, value in figures.__dict__.items():
            total[name] += value
    return DealFigures(**total)


def deal_figures_by_consultant(start: dt.datetime, end: dt.datetime) -> dict[str, DealFigures]:
    """The same figures per consultant login (who recorded the order; "" for nobody), for the scorecard."""
    logins = dict(User.select(User.id, User.login).tuples())
    return {logins.get(owner, "") if owner is not None else "": figures
            for owner, figures in _figures(start, end).items()}


def month_deal_figures(actor: Actor, month: str) -> DealFigures:
    """`deal_figures` for "YYYY-MM" (managers: permission report.read)."""
    require(actor, "report.read")
    return deal_figures(*kpi.month_bounds(*kpi.parse_month(month)))


__all__ = ["DealFigures", "deal_figures", "deal_figures_by_consultant", "month_deal_figures"]
