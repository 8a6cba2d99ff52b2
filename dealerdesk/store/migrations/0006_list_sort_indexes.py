"""Schema 6: indexes that let the customer list sort by value score or name without sorting every row.

The list only shows customers that are not archived, so each index leads with `archived`.
"""
VERSION = 6


def apply(database) -> None:
    for stmt in (
        'CREATE INDEX "customer_archived_value_score" ON "customer" ("archived", "value_score")',
        'CREATE INDEX "customer_archived_name" ON "customer" ("archived", "name")',
    ):
        database.execute_sql(stmt)
