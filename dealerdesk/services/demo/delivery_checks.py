"""Demo store, deliveries: the delivery checklist (交车确认) of every demo delivery — most with every item done
and two keys, about one in twelve with an item left open and its reason, as the desk writes them.

Why rows and not the use case: as in reception.py, the demo must be the same for the same seed, and the
deliveries themselves are written in bulk (people.py). The items are domain/delivery_checklist.ITEMS.
"""
from __future__ import annotations

import random

from dealerdesk.domain import delivery_checklist as rules
from dealerdesk.store.bulk import insert_tuples
from dealerdesk.store.db import db
from dealerdesk.store.models import Delivery

#: an item a delivery in the demo leaves open, and the reason written for it
GAPS = (
    ("photo", "客户赶时间，未拍交车合影"),
    ("manual", "用户手册缺货，首保时补给客户"),
    ("accessories", "脚垫尺寸不对，已订货，到货后通知客户来装"),
    ("satisfaction", "客户家人催促先走，满意度次日电话询问"),
    ("functions", "车机互联改日到店讲解"),
)
CHUNK = 2000


def write_delivery_checks(seed: int) -> int:
    """Insert the checklist of every delivery that has none (in the caller's transaction); returns how many
    deliveries got one."""
    rnd = random.Random(f"{seed}-delivery-checks")
    done_ids = {d for (d,) in db.execute_sql('SELECT DISTINCT "delivery_id" FROM "delivery_check"').fetchall()}
    ids = [d for (d,) in Delivery.select(Delivery.id).order_by(Delivery.id).tuples() if d not in done_ids]
    conn = db.connection()
    head = 'INSERT INTO "delivery_check" ("delivery_id", "code", "done", "quantity") VALUES '
    for start in range(0, len(ids), CHUNK):
        rows, reasons = [], []
        for did in ids[start:start + CHUNK]:
            gap, reason = rnd.choice(GAPS) if rnd.random() < 1 / 12 else ("", "")
            keys = 2 if rnd.random() < 0.9 else 1
            rows += [(did, code, 0 if code == gap else 1, keys if code == rules.KEYS else 0) for code in rules.ITEMS]
            if reason:
                reasons.append((reason, did))
        insert_tuples(conn, head, "(?, ?, ?, ?)", rows)
        for reason, did in reasons:
            Delivery.update(checklist_reason=reason).where(Delivery.id == did).execute()
    return len(ids)
