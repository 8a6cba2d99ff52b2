"""Schema 11: login. Per user, the failed logins in a row and when the last one happened (the growing wait
after failures, services/passwords.py), and whether the user is also a technician (技师).

Plain portable DDL (SQLite and PostgreSQL): ADD COLUMN with a DEFAULT."""
VERSION = 11


def apply(database) -> None:
    for stmt in (
        'ALTER TABLE "user" ADD COLUMN "failed_logins" INTEGER NOT NULL DEFAULT 0',
        'ALTER TABLE "user" ADD COLUMN "last_failed_at" TIMESTAMP DEFAULT NULL',
        'ALTER TABLE "user" ADD COLUMN "technician" INTEGER NOT NULL DEFAULT 0',
    ):
        database.execute_sql(stmt)
