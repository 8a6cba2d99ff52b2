"""What every lead dialog starts with: the lead re-read from the service, the title naming its customer,
and the levels it may move to next (the transition rule is domain.levels', never the dialog's)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog

from dealerdesk.domain import levels
from dealerdesk.services.sales import leads
from dealerdesk.ui.format import level_text


def bind_lead(dialog: QDialog, ctx, lead_id: int, title: str) -> leads.LeadDetail:
    """Set `dialog.ctx`, `.lead_id` and `.lead`; `title` (translated, with a {name} field for the customer)
    becomes the window title."""
    dialog.ctx, dialog.lead_id = ctx, lead_id
    dialog.lead = leads.get_lead(ctx.actor, lead_id)
    dialog.setWindowTitle(title.format(name=dialog.lead.customer_name))
    return dialog.lead


def add_next_levels(combo: QComboBox, current: str) -> None:
    """The open levels a lead at `current` may change to, as "H 热点" items with the letter as data."""
    allowed = levels.ALLOWED_TRANSITIONS.get(levels.Level(current), frozenset())
    for lv in levels.OPEN_LEVELS:
        if lv in allowed:
            combo.addItem(level_text(lv.value), lv.value)
