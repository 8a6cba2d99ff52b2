"""Schema 5: covering indexes for the search box (see store/search_index.py for the two query plans).

(kind, key, customer_id) lets a range of keys be counted and turned into customer ids without touching the
table; (customer_id, kind, key) lets a walk over customers in recency order test each one from the index
alone. The plain customer_id index becomes redundant (the composite starts with it) and is dropped, which
also makes bulk writes (import, demo) cheaper.
"""
VERSION = 5


def apply(database) -> None:
    for stmt in (
        'DROP INDEX IF EXISTS "search_key_kind_key"',
        'DROP INDEX IF EXISTS "search_key_customer_kind"',
        'DROP INDEX IF EXISTS "search_key_customer_id"',
        'CREATE INDEX "search_key_kind_key_customer_id" ON "search_key" ("kind", "key", "customer_id")',
        'CREATE INDEX "search_key_customer_id_kind_key" ON "search_key" ("customer_id", "kind", "key")',
    ):
        database.execute_sql(stmt)
