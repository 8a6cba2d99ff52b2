"""Sales (销售): leads and their follow-ups, orders, deliveries and defeats, the worklist, due items, notices.

Its use cases, listed once here in `__all__`; generic names (``notices.…``) stay behind their module.
"""
from dealerdesk.services.sales import notices
from dealerdesk.services.sales._common import (
    get_lead,
)
from dealerdesk.services.sales.due import (
    due_items,
)
from dealerdesk.services.sales.leads import (  # leads.py re-exports the outcomes (outcomes.py)
    DeliveryInput,
    LeadInput,
    OrderInput,
    approve_defeat,
    cancel_order,
    change_level,
    consultants,
    create_lead,
    lead_history,
    list_leads,
    log_follow_up,
    pending_defeats,
    reassign_leads,
    record_delivery,
    record_order,
    reject_defeat,
    request_defeat,
    snooze,
    suggest_follow_up,
    update_lead,
    vehicle_models,
)
from dealerdesk.services.sales.walk_in import (
    WalkInInput,
    register_walk_in,
)
from dealerdesk.services.sales.worklist import (
    build_worklist,
    snooze_item,
)

__all__ = [
    "DeliveryInput",
    "LeadInput",
    "OrderInput",
    "WalkInInput",
    "approve_defeat",
    "build_worklist",
    "cancel_order",
    "change_level",
    "consultants",
    "create_lead",
    "due_items",
    "get_lead",
    "lead_history",
    "list_leads",
    "log_follow_up",
    "notices",
    "pending_defeats",
    "reassign_leads",
    "register_walk_in",
    "record_delivery",
    "record_order",
    "reject_defeat",
    "request_defeat",
    "snooze",
    "snooze_item",
    "suggest_follow_up",
    "update_lead",
    "vehicle_models",
]
