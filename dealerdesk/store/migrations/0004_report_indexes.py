"""Schema 4: indexes the monthly summary needs (levels at a moment are rebuilt from the level history)."""
VERSION = 4


def apply(database) -> None:
    for stmt in (
        'CREATE INDEX "level_change_lead_id_changed_at" ON "level_change" ("lead_id", "changed_at")',
        'CREATE INDEX "interaction_channel_at" ON "interaction" ("channel", "at")',
    ):
        database.execute_sql(stmt)
