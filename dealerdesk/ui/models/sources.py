"""Row sources for `LazyTableModel`: a service's paging functions bound to the acting user and a filter
(`CustomerSource`), or a short list already loaded (`ListSource`)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from dealerdesk.services import audit_viewer
from dealerdesk.services.audit_viewer import AuditFilter
from dealerdesk.services.auth import Actor
from dealerdesk.services.customers import listing as customer_list
from dealerdesk.services.customers.listing import CustomerFilter, CustomerRow


class CustomerSource:
    """The customer list for one actor and one filter; `clock` decides what "overdue" means."""

    def __init__(self, actor: Actor, flt: CustomerFilter | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.actor = actor
        self.filter = flt or CustomerFilter()
        self.clock = clock

    def _flt(self) -> CustomerFilter:
        return replace(self.filter, now=self.clock()) if self.clock and self.filter.now is None else self.filter

    def count(self) -> int:
        return customer_list.count(self.actor, self._flt())

    def ids(self, sort_key: str, descending: bool, offset: int, limit: int, total: int) -> list[int]:
        return customer_list.ids(self.actor, self._flt(), sort_key, descending, offset, limit, total=total)

    def rows(self, ids: list[int]) -> list[CustomerRow]:
        return customer_list.rows(self.actor, ids, now=self.clock() if self.clock else None)


class ListSource:
    """Rows already loaded in one call (a day's bookings, a customer's history, a report's figures).

    The rows need no `id`: the model asks for a page by position. The order is the service's; a descending
    sort shows it reversed.
    """

    def __init__(self, rows: Sequence[Any] = ()) -> None:
        self._rows = list(rows)

    def count(self) -> int:
        return len(self._rows)

    def page(self, sort_key: str, descending: bool, offset: int, limit: int) -> list[Any]:
        rows = self._rows[::-1] if descending else self._rows
        return rows[offset:offset + limit]

    def all_rows(self) -> list[Any]:
        return list(self._rows)


class AuditSource:
    """The audit log for one actor and one filter (services/audit_viewer; permission "audit.read")."""

    def __init__(self, actor: Actor, flt: AuditFilter | None = None) -> None:
        self.actor = actor
        self.filter = flt or AuditFilter()

    def count(self) -> int:
        return audit_viewer.count(self.actor, self.filter)

    def ids(self, sort_key: str, descending: bool, offset: int, limit: int, total: int) -> list[int]:
        return audit_viewer.ids(self.actor, self.filter, sort_key, descending, offset, limit, total=total)

    def rows(self, ids: list[int]) -> list[Any]:
        return audit_viewer.rows(self.actor, ids)
