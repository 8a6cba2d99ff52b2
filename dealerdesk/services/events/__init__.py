"""Store events (客户活动): the event, its invitations and replies, the check-in at the door (with walk-ins
registered on the spot), and what it produced.

- `records`: create_event, update_event, cancel_event, get_event, list_events
- `invitations`: invite, invite_filtered, invite_segment, uninvite, record_reply, list_invitations
- `attendance`: find_at_door, check_in, register_walk_in, attendees, ensure_open
- `results`: event_results (and figures_between for the monthly report)
"""
from __future__ import annotations

from dealerdesk.services.events.attendance import attendees, check_in, ensure_open, find_at_door, register_walk_in
from dealerdesk.services.events.invitations import (invite, invite_filtered, invite_segment, list_invitations,
                                                   record_reply, uninvite)
from dealerdesk.services.events.records import cancel_event, create_event, get_event, list_events, update_event
from dealerdesk.services.events.results import event_results

__all__ = [
    "attendees", "cancel_event", "check_in", "create_event", "ensure_open", "event_results", "find_at_door",
    "get_event", "invite", "invite_filtered", "invite_segment", "list_events", "list_invitations", "record_reply",
    "register_walk_in",
    "uninvite", "update_event",
]
