"""The deposit (定金) of a deal sheet at delivery: one rule, called inside record_delivery's transaction."""
from __future__ import annotations

import datetime as dt

from dealerdesk.store.models import Deal


def convert_deposit(order_id: int, at: dt.datetime) -> bool:
    """A deposit still held on the order's deal sheet is converted into the price (已转车款) when the car is
    delivered; a refunded one stays refunded. True when a deposit was converted."""
    return bool(Deal.update(deposit_status="converted", deposit_changed_at=at).where(
        Deal.order == order_id, Deal.deposit_status == "held").execute())
