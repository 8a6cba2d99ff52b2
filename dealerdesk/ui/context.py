"""What every page and dialog gets from the main window: the acting user, the clock and a small event bus.

Pages never reach into the main window; they call `ctx.open_customer(id)` and listen to `ctx.bus` signals.
The clock is injectable so tests (and the tray notifier) control time.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from dealerdesk.services.auth import Actor


class EventBus(QObject):
    """Signals that say which data changed, so open views refresh themselves (few signals, named)."""

    customersChanged = Signal()
    customerChanged = Signal(int)
    dueChanged = Signal()
    settingsChanged = Signal()


def system_clock() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass
class AppContext:
    actor: Actor
    db_label: str = ""
    clock: Callable[[], dt.datetime] = system_clock
    bus: EventBus = field(default_factory=EventBus)
    # Set by the main window; pages call them instead of importing each other.
    open_customer: Callable[[int], None] = lambda customer_id: None
    show_page: Callable[[str], None] = lambda name: None
    open_complaint: Callable[[int], None] = lambda complaint_id: None
    # Set by the session (ui/session.py): the idle lock's dialog now, and log out / switch user.
    lock_screen: Callable[[], None] = lambda: None
    log_out: Callable[[], None] = lambda: None
