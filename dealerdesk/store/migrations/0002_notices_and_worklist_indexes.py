"""Schema 2: the notifier's 'already announced' table, and composite indexes for the due list and sorting.

Frozen: the table is declared here as it was in schema 2, not imported from models.py.
"""
from peewee import CharField, DateTimeField, Model

VERSION = 2


def apply(database) -> None:
    class NoticeSent(Model):
        key = CharField(primary_key=True, max_length=120)
        notified_at = DateTimeField()

        class Meta:
            table_name = "notice_sent"

    with database.bind_ctx([NoticeSent]):
        database.create_tables([NoticeSent])
    for stmt in (
        'CREATE INDEX "follow_up_status_due_at" ON "follow_up" ("status", "due_at")',
        'CREATE INDEX "reminder_status_due_at" ON "reminder" ("status", "due_at")',
        'CREATE INDEX "customer_name" ON "customer" ("name")',
        'CREATE INDEX "customer_archived_last_activity_at" ON "customer" ("archived", "last_activity_at")',
        'CREATE INDEX "search_key_customer_kind" ON "search_key" ("customer_id", "kind")',
    ):
        database.execute_sql(stmt)
