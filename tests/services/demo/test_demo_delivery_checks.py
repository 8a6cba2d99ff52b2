"""The demo store's deliveries carry their checklist (交车确认): every item of every delivery, most all done
with two keys, a few with an item open and a reason — never an open item without one."""
from __future__ import annotations

import datetime as dt
import sqlite3

from dealerdesk.domain import delivery_checklist as rules
from dealerdesk.services.demo import DemoOptions, generate_demo
from dealerdesk.store.db import close_store


def test_every_demo_delivery_has_its_checklist_and_gaps_have_reasons(tmp_path):
    path = tmp_path / "demo.db"
    generate_demo(DemoOptions(path=path, customers=600, seed=5, today=dt.date(2025, 6, 16)))
    close_store()
    con = sqlite3.connect(path)
    try:
        deliveries = con.execute('SELECT COUNT(*) FROM "delivery"').fetchone()[0]
        assert deliveries > 20
        per = con.execute('SELECT "delivery_id", COUNT(*), SUM("done") FROM "delivery_check" '
                          'GROUP BY "delivery_id"').fetchall()
        assert len(per) == deliveries and {n for _, n, _ in per} == {len(rules.ITEMS)}
        gaps = {d for d, n, done in per if done < n}
        assert 0 < len(gaps) < deliveries / 4
        reasons = dict(con.execute('SELECT "id", "checklist_reason" FROM "delivery"').fetchall())
        assert all(reasons[d] for d in gaps) and not any(reasons[d] for d, *_ in per if d not in gaps)
        keys = [q for (q,) in con.execute('SELECT "quantity" FROM "delivery_check" WHERE "code" = \'keys\'')]
        assert set(keys) <= {1, 2} and keys.count(2) > keys.count(1)
    finally:
        con.close()
