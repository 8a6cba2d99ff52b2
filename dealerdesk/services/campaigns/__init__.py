"""Campaigns (客户营销): segments, call lists, message batches, greetings (issue 24, part A).

Its use cases, listed once here in `__all__`.
"""
from dealerdesk.services.campaigns.batches import (
    BatchRow,
    MessageRow,
    batch_messages,
    create_batch,
    delete_batch,
    export_batch,
    get_batch,
    list_batches,
    preview_text,
)
from dealerdesk.services.campaigns.call_lists import (
    CallEntryRow,
    CallerProgress,
    CallListRow,
    call_entries,
    callers,
    close_call_list,
    create_call_list,
    get_call_list,
    list_call_lists,
    log_call,
)
from dealerdesk.services.campaigns.greetings import plan_greetings, ready_greetings
from dealerdesk.services.campaigns.segments import (
    SegmentRow,
    delete_segment,
    ensure_winback,
    filter_count,
    get_segment,
    list_segments,
    save_segment,
    segment_count,
    segment_customer_ids,
)

__all__ = [
    "BatchRow", "CallEntryRow", "CallListRow", "CallerProgress", "MessageRow", "SegmentRow",
    "batch_messages", "call_entries", "callers", "close_call_list", "create_batch", "create_call_list",
    "delete_batch", "delete_segment", "ensure_winback", "export_batch", "filter_count", "get_batch",
    "get_call_list", "get_segment", "list_batches", "list_call_lists", "list_segments", "log_call", "plan_greetings",
    "preview_text", "ready_greetings", "save_segment", "segment_count", "segment_customer_ids",
]
