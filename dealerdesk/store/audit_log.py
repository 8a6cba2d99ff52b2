"""The audit log's rows: appending to the hash chain, verifying it, redacting after an erasure.

The chain rule itself (what is hashed) is domain/audit_chain.py; this module owns the locking. A row is
linked inside the writing transaction: the insert takes SQLite's write lock (PostgreSQL: an advisory
transaction lock taken first), so the previous row read right after it is the last committed one and two
writers can never link to the same predecessor (a fork). The row is inserted first and linked second because
its id is part of its hash.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import SqliteDatabase

from dealerdesk.domain import audit_chain
from dealerdesk.store.db import db
from dealerdesk.store.models import AuditLog

_PG_LOCK_KEY = 0x4444_4155  # "DDAU": one advisory lock for the chain


def _lock_chain() -> None:
    if not isinstance(db.obj, SqliteDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))


_INSERT = ('INSERT INTO "audit_log" ("at", "user_login", "action", "entity", "entity_id", "customer_id", '
           '"detail", "detail_digest", "prev_hash", "hash") VALUES (?, ?, ?, ?, ?, ?, ?, ?, \'\', \'\')')
_PREVIOUS = 'SELECT "hash" FROM "audit_log" WHERE "id" < ? ORDER BY "id" DESC LIMIT 1'
_LINK = 'UPDATE "audit_log" SET "prev_hash" = ?, "hash" = ? WHERE "id" = ?'


def _sql(statement: str) -> str:
    """Plain statements (peewee's query builder was 80 % of an append's time); %s for PostgreSQL."""
    return statement if db.param == "?" else statement.replace("?", db.param)


def append(*, login: str, action: str, entity: str, entity_id: int | None, customer_id: int | None,
           detail: str, at: dt.datetime | None = None) -> int:
    """Write one row linked to the last one; returns its id. Joins the caller's transaction if any."""
    at = (at or dt.datetime.now()).replace(microsecond=0, tzinfo=None)
    digest = audit_chain.detail_digest(detail)
    server = not isinstance(db.obj, SqliteDatabase)
    with db.atomic():
        _lock_chain()
        cursor = db.execute_sql(_sql(_INSERT) + (' RETURNING "id"' if server else ""),
                                (at if server else at.isoformat(sep=" "), login, action, entity, entity_id,
                                 customer_id, detail, digest))
        row_id = cursor.fetchone()[0] if server else cursor.lastrowid
        row = db.execute_sql(_sql(_PREVIOUS), (row_id,)).fetchone()
        prev = (row[0] if row else None) or audit_chain.GENESIS
        h = audit_chain.row_hash(id=row_id, at=at, user_login=login, action=action, entity=entity,
                                 entity_id=entity_id, customer_id=customer_id, detail_digest=digest,
                                 prev_hash=prev)
        db.execute_sql(_sql(_LINK), (prev, h, row_id))
    return row_id


@dataclass(frozen=True)
class ChainProblem:
    """One break in the chain: `row_id` is the row that was changed, or the first row after a deletion."""

    row_id: int
    kind: str  # changed | deleted | redaction
    note: str

    def __str__(self) -> str:
        return f"audit_log row {self.row_id}: {self.note}"


ERASE_ACTION = "customer.erase"


def verify(batch: int = 5000) -> list[ChainProblem]:
    """Walk the log in id order and report every row whose fields no longer match its hash, every broken
    link (rows deleted before it), and every redaction its erasure row does not account for."""
    problems: list[ChainProblem] = []
    prev_hash, prev_id = audit_chain.GENESIS, None
    redacted: dict[int, list[int]] = {}
    erasures: dict[int, str] = {}
    last = 0
    while True:
        rows = list(AuditLog.select(AuditLog.id, AuditLog.at, AuditLog.user_login, AuditLog.action,
                                    AuditLog.entity, AuditLog.entity_id, AuditLog.customer_id, AuditLog.detail,
                                    AuditLog.detail_digest, AuditLog.prev_hash, AuditLog.hash,
                                    AuditLog.redacted_by)
                    .where(AuditLog.id > last).order_by(AuditLog.id).limit(batch).tuples())
        if not rows:
            break
        for (rid, at, login, action, entity, entity_id, customer_id, detail, digest, prev, h,
             redacted_by) in rows:
            last = rid
            expected = audit_chain.row_hash(id=rid, at=at, user_login=login, action=action, entity=entity,
                                            entity_id=entity_id, customer_id=customer_id, detail_digest=digest,
                                            prev_hash=prev)
            if expected != h:
                problems.append(ChainProblem(rid, "changed", "fields changed after it was written"))
            elif redacted_by is None and audit_chain.detail_digest(detail) != digest:
                problems.append(ChainProblem(rid, "changed", "detail changed after it was written"))
            if prev != prev_hash:
                gap = f" (after row {prev_id})" if prev_id is not None else " (the first rows)"
                problems.append(ChainProblem(rid, "deleted", "link to the previous row broken: rows deleted"
                                             + gap + " or the previous row changed"))
            if redacted_by is not None:
                redacted.setdefault(redacted_by, []).append(rid)
            if action == ERASE_ACTION:
                try:
                    erasures[rid] = json.loads(detail or "{}").get("redacted_rows", "")
                except ValueError:
                    erasures[rid] = ""
            prev_hash, prev_id = h, rid
    for erasure_id, ids in redacted.items():
        if erasures.get(erasure_id) != audit_chain.ids_digest(ids):
            for rid in ids:
                problems.append(ChainProblem(rid, "redaction", f"redaction not recorded by erasure row {erasure_id}"))
    for erasure_id, digest in erasures.items():
        if erasure_id not in redacted and digest not in ("", audit_chain.ids_digest([])):
            problems.append(ChainProblem(erasure_id, "redaction", "rows it redacted were changed or deleted"))
    return sorted(problems, key=lambda p: p.row_id)


def redact(new_details: dict[int, str], erasure_id: int) -> None:
    """Replace the detail of rows an erasure blanked (inside the erasure's transaction); their hashes keep the
    digest of the detail as first written, and `redacted_by` names the erasure that did it."""
    for row_id, detail in new_details.items():
        AuditLog.update(detail=detail, redacted_by=erasure_id).where(AuditLog.id == row_id).execute()
