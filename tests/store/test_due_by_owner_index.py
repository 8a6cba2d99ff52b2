"""Schema 18: a consultant's due list reads the (owner_id, status, due_at) indexes, not every open reminder
and follow-up due by today (1.2 s on the 200k demo store before, issue 27). SQLite's own plan for the very
statements `due_items` runs (traced while it runs) names the indexes."""
import datetime as dt

from dealerdesk.services.sales.due import due_items
from dealerdesk.store.db import close_store, db, open_store
from tests.factories import make_user


def test_a_consultants_due_list_uses_the_owner_indexes(tmp_path):
    open_store(tmp_path / "s.db", create=True)
    try:
        consultant = make_user("li", "李顾问", "sales")
        statements: list[str] = []
        conn = db.connection()
        conn.set_trace_callback(statements.append)
        try:
            due_items(consultant, at=dt.datetime(2026, 11, 30, 9, 0))
        finally:
            conn.set_trace_callback(None)
        plans = {}
        for sql in statements:
            for table in ("reminder", "follow_up"):
                if sql.lstrip().upper().startswith("SELECT") and f'FROM "{table}"' in sql:
                    plans[table] = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "reminder_owner_id_status_due_at" in plans["reminder"], plans
        assert "follow_up_owner_id_status_due_at" in plans["follow_up"], plans
    finally:
        close_store()
