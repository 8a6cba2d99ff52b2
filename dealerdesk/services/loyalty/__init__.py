"""Member tiers and points (会员等级与积分): earn, spend, the ledger, the tier and its benefits.

Its use cases, listed once here in `__all__`. `award_points` is the entry other areas (events) call.
"""
from dealerdesk.services.loyalty.points import (
    Benefits,
    LedgerLine,
    MemberStatus,
    OrderPoints,
    award_points,
    member_status,
    order_points,
    points_ledger,
    policy,
    set_tier,
    spend_points,
)

__all__ = [
    "Benefits",
    "LedgerLine",
    "MemberStatus",
    "OrderPoints",
    "award_points",
    "member_status",
    "order_points",
    "points_ledger",
    "policy",
    "set_tier",
    "spend_points",
]
