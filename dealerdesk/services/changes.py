"""What a use case changed, so open views refresh what they must and nothing else (Anki's OpChanges).

A use case (or the one "after a change" step it calls) marks the areas it wrote with `mark()`. Whoever runs
it for a person — `ui/ops.py` for the window — wraps the call in `recording()` and reads the `Changes` back:

    with changes.recording() as changed:
        leads.log_follow_up(actor, ...)
    if changed.due: ...

Outside `recording()` a mark costs nothing and is forgotten (the CLI, scripts and tests need not care).
A use case that raises has changed nothing: the runner ignores what was marked before the error.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

# The areas views listen to. A customer's own facts are marked with its id (customer=...).
CUSTOMERS = "customers"  # the customer list: a customer added, archived, merged or a listed field changed
DUE = "due"  # follow-ups, reminders, complaint deadlines, confirmation calls: the worklist and the tray
SETTINGS = "settings"  # store settings and master data
RECEPTION = "reception"  # appointments and repair orders: the reception board
AREAS = (CUSTOMERS, DUE, SETTINGS, RECEPTION)


@dataclass
class Changes:
    areas: set[str] = field(default_factory=set)
    customer_ids: set[int] = field(default_factory=set)

    customers = property(lambda self: CUSTOMERS in self.areas)
    due = property(lambda self: DUE in self.areas)
    settings = property(lambda self: SETTINGS in self.areas)
    reception = property(lambda self: RECEPTION in self.areas)

    def __bool__(self) -> bool:
        return bool(self.areas or self.customer_ids)

    def add(self, other: Changes) -> None:
        self.areas |= other.areas
        self.customer_ids |= other.customer_ids


_current: ContextVar[Changes | None] = ContextVar("dealerdesk_changes", default=None)


def mark(*areas: str, customer: int | None = None) -> Changes:
    """Record that `areas` (and customer `customer`'s own facts) changed; returns what was marked."""
    unknown = set(areas) - set(AREAS)
    if unknown:
        raise ValueError(f"unknown change areas: {sorted(unknown)}")
    marked = Changes(set(areas), {customer} if customer is not None else set())
    current = _current.get()
    if current is not None:
        current.add(marked)
    return marked


@contextmanager
def recording() -> Iterator[Changes]:
    """Collect every mark made inside the block (nested recordings each see their own and pass them up)."""
    outer = _current.get()
    changed = Changes()
    token = _current.set(changed)
    try:
        yield changed
    finally:
        _current.reset(token)
        if outer is not None:
            outer.add(changed)
