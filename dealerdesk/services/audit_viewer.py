"""The audit-log page's use cases (permission "audit.read"): the filtered log as pages of ids, its rows, the
filter choices, and the export of the filtered rows (itself audited, through services/transfer/export)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dealerdesk.domain import labels
from dealerdesk.services import audit
from dealerdesk.services.audit import AuditEntry
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.transfer import export as transfer_export
from dealerdesk.store.models import AuditLog

__all__ = ["AuditFilter", "count", "ids", "rows", "users", "actions", "export_entries", "EXPORT_HEADERS"]


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""  # a login
    action: str = ""  # an action code, or its prefix ending in "." ("customer.")
    customer_id: int | None = None
    since: dt.date | None = None  # inclusive
    until: dt.date | None = None  # inclusive


def _where(query, flt: AuditFilter):
    if flt.user:
        query = query.where(AuditLog.user_login == flt.user)
    if flt.action:
        query = query.where(AuditLog.action.startswith(flt.action) if flt.action.endswith(".")
                            else AuditLog.action == flt.action)
    if flt.customer_id is not None:
        query = query.where(AuditLog.customer_id == flt.customer_id)
    if flt.since:
        query = query.where(AuditLog.at >= dt.datetime.combine(flt.since, dt.time()))
    if flt.until:
        query = query.where(AuditLog.at < dt.datetime.combine(flt.until + dt.timedelta(days=1), dt.time()))
    return query


def count(actor: Actor, flt: AuditFilter) -> int:
    require(actor, "audit.read")
    return _where(AuditLog.select(), flt).count()


def ids(actor: Actor, flt: AuditFilter, sort_key: str = "id", descending: bool = True, offset: int = 0,
        limit: int = 200, total: int | None = None) -> list[int]:
    """One page of row ids, newest first by default (the log is sorted by id: ids follow time)."""
    require(actor, "audit.read")
    order = AuditLog.id.desc() if descending else AuditLog.id
    return [i for (i,) in _where(AuditLog.select(AuditLog.id), flt).order_by(order)
            .offset(offset).limit(limit).tuples()]


def rows(actor: Actor, row_ids: list[int]) -> list[AuditEntry]:
    require(actor, "audit.read")
    return audit.entries_by_ids(row_ids)


def users(actor: Actor) -> list[str]:
    """Every login that appears in the log (the user filter's choices)."""
    require(actor, "audit.read")
    return [u for (u,) in AuditLog.select(AuditLog.user_login).distinct().order_by(AuditLog.user_login).tuples()]


def actions(actor: Actor) -> list[str]:
    require(actor, "audit.read")
    return [a for (a,) in AuditLog.select(AuditLog.action).distinct().order_by(AuditLog.action).tuples()]


EXPORT_HEADERS = ["编号", "时间", "用户", "操作", "对象", "对象编号", "客户编号", "详情", "已脱敏"]


def export_entries(actor: Actor, flt: AuditFilter, path: str | Path) -> transfer_export.ExportResult:
    """The filtered rows, oldest first, to .xlsx/.csv; the export is itself a row of the log."""
    require(actor, "audit.read")
    require(actor, "export")
    query = _where(AuditLog.select(*audit.ENTRY_COLUMNS), flt).order_by(AuditLog.id)

    def body():
        for r in query.tuples().iterator():
            e = audit.AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] is not None)
            yield [e.id, e.at, e.user_login, labels.label(labels.AUDIT_ACTION, e.action), e.entity, e.entity_id,
                   e.customer_id, e.detail, "是" if e.redacted else ""]

    return transfer_export.export_rows(actor, "audit_log", path, EXPORT_HEADERS, body(),
                                       filter={k: v for k, v in flt.__dict__.items() if v not in ("", None)})
