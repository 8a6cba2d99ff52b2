"""Schema 15: staff details and the store's profile.

* "user" gains ``phone`` and ``department`` (the staff list: who to call, which department a consultant,
  advisor or technician works in).
* ``store_asset`` holds binary pieces of the store's profile, today the logo printed on every report. The
  bytes live in the database (not as a path on one PC), so every PC of a shared PostgreSQL store prints the
  same logo; services/store_profile.py caps their size.

Plain portable DDL (SQLite and PostgreSQL): ADD COLUMN with a DEFAULT, CREATE TABLE (BLOB → BYTEA).
"""
VERSION = 15


def apply(database) -> None:
    for stmt in (
        'ALTER TABLE "user" ADD COLUMN "phone" VARCHAR(20) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "user" ADD COLUMN "department" VARCHAR(40) NOT NULL DEFAULT \'\'',
        'CREATE TABLE "store_asset" ("key" VARCHAR(40) NOT NULL PRIMARY KEY, "data" BLOB NOT NULL, '
        '"mime" VARCHAR(40) NOT NULL DEFAULT \'\', "updated_at" DATETIME NOT NULL, '
        '"updated_by" VARCHAR(40) NOT NULL DEFAULT \'\')',
    ):
        database.execute_sql(stmt)
