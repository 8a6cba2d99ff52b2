"""The audit log's hash chain: how one row is fingerprinted and linked to the row before it.

Why a chain: the log must show whether somebody edited or deleted a row behind DealerDesk's back (a sqlite3
shell, a copied file). Each row stores `prev_hash` (the previous row's `hash`) and its own `hash`, a sha256
over a canonical serialisation of its fields; changing or deleting any row breaks the link of the next one.

Why the detail enters as a digest: a PIPL erasure must be able to blank a customer's personal values in
older rows without breaking the chain. The row hash covers `detail_digest` (sha256 of the detail as first
written), not the detail itself, so the detail can be redacted while the chain still verifies; the erasure's
own row records which rows it redacted (their ids' digest), so setting `redacted_by` by hand is caught too.
Format v1; a changed format would need a new version tag and a migration that re-chains.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

GENESIS = "0" * 64  # the prev_hash of the first row
FORMAT = "v1"


def detail_digest(detail: str) -> str:
    return hashlib.sha256((detail or "").encode("utf-8")).hexdigest()


def _at(value: dt.datetime | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(microsecond=0, tzinfo=None).isoformat(sep=" ")


def row_hash(*, id: int, at: dt.datetime | str | None, user_login: str, action: str, entity: str,
             entity_id: int | None, customer_id: int | None, detail_digest: str, prev_hash: str) -> str:
    """sha256 over the canonical JSON of the row's fields (fixed order, no spaces, UTF-8)."""
    payload = [FORMAT, int(id), _at(at), user_login or "", action or "", entity or "",
               None if entity_id is None else int(entity_id),
               None if customer_id is None else int(customer_id), detail_digest, prev_hash]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ids_digest(ids: list[int]) -> str:
    """What an erasure row records about the rows it redacted."""
    return hashlib.sha256(",".join(str(i) for i in sorted(ids)).encode("ascii")).hexdigest()
