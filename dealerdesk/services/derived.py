"""The one "after a change" step: re-derive what hangs off a customer's facts, in the caller's transaction.

A customer's value score, tier and category (customers/classification.py) are computed from purchases,
services, surveys and complaints; its planned reminders (aftersales/reminders.py) from its vehicles and
dates. A use case that changes such a fact calls `refresh_customer` (or `refresh_customers`) once, inside
its transaction, instead of knowing which derivations exist. It marks the customer list, the due lists and
the customer's own facts as changed (services/changes.py) and returns that mark.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dealerdesk.services import changes
from dealerdesk.services.aftersales.reminders import plan_in_transaction
from dealerdesk.services.customers.classification import recompute_in_transaction


def refresh_customers(customer_ids: Iterable[int | None], *, today: dt.date,
                      replan: bool = False) -> changes.Changes:
    """Re-score the customers (None ids are skipped) and, with `replan`, re-plan their reminders first.

    `replan` is for facts reminders are planned from (a vehicle, its owner, a service visit, a delivery);
    a survey or a complaint only moves the score.
    """
    ids = sorted({c for c in customer_ids if c is not None})
    changed = changes.Changes()
    if not ids:
        return changed
    if replan:
        plan_in_transaction(ids, today)
    recompute_in_transaction(ids, today)
    for customer_id in ids:
        changed.add(changes.mark(changes.CUSTOMERS, changes.DUE, customer=customer_id))
    return changed


def refresh_customer(customer_id: int, *, today: dt.date, replan: bool = False) -> changes.Changes:
    """`refresh_customers` for one customer."""
    return refresh_customers([customer_id], today=today, replan=replan)
