"""Schema 24: the due list of one consultant reads only that consultant's rows.

`due_items` for an owner filtered (status, due_at) ranges by owner in the rows: on the 200,000-customer demo
store that walked the 131,000 open reminders due by today to keep a consultant's 570 (1.2 s; the follow-ups
0.13 s), against a ≤ 50 ms target (issue 27, docs/benchmarks.md). With (owner_id, status, due_at) the
look-up is a range of the owner's own rows. The (owner_id) indexes stay: other queries use them.

Plain portable DDL (SQLite and PostgreSQL): CREATE INDEX."""
VERSION = 24


def apply(database) -> None:
    for stmt in (
        'CREATE INDEX "reminder_owner_id_status_due_at" ON "reminder" ("owner_id", "status", "due_at")',
        'CREATE INDEX "follow_up_owner_id_status_due_at" ON "follow_up" ("owner_id", "status", "due_at")',
    ):
        database.execute_sql(stmt)
