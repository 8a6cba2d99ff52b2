"""Schema 19: store events (客户活动) — launches, test-drive days, salons, auto shows, community events and owner
parties — with their invitations (and the customer's reply), the attendance checked in at the door (walk-ins
flagged), and the event a lead came from (lead.event_id, set for leads registered at the event).

Plain portable DDL (SQLite and PostgreSQL): CREATE TABLE, CREATE INDEX, ALTER TABLE ... ADD COLUMN."""
VERSION = 19


def apply(database) -> None:
    for stmt in (
        'CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(80) NOT NULL, '
        '"kind" VARCHAR(16) NOT NULL, "starts_at" DATETIME NOT NULL, "place" VARCHAR(100) NOT NULL DEFAULT \'\', '
        '"target" VARCHAR(200) NOT NULL DEFAULT \'\', "note" TEXT NOT NULL DEFAULT \'\', '
        '"status" VARCHAR(10) NOT NULL DEFAULT \'planned\', "cancel_reason" VARCHAR(200) NOT NULL DEFAULT \'\', '
        '"cancelled_at" DATETIME, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, '
        '"updated_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "event_starts_at" ON "event" ("starts_at")',
        'CREATE TABLE "event_invitation" ("id" INTEGER NOT NULL PRIMARY KEY, "event_id" INTEGER NOT NULL, '
        '"customer_id" INTEGER NOT NULL, "invited_by_id" INTEGER, "invited_at" DATETIME NOT NULL, '
        '"reply" VARCHAR(6) NOT NULL DEFAULT \'none\', "replied_at" DATETIME, '
        'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("invited_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "event_invitation_event_id_customer_id" ON "event_invitation" ("event_id", "customer_id")',
        'CREATE INDEX "event_invitation_customer_id" ON "event_invitation" ("customer_id")',
        'CREATE TABLE "event_attendance" ("id" INTEGER NOT NULL PRIMARY KEY, "event_id" INTEGER NOT NULL, '
        '"customer_id" INTEGER NOT NULL, "checked_in_at" DATETIME NOT NULL, "by_user_id" INTEGER, '
        '"walk_in" INTEGER NOT NULL DEFAULT 0, '
        'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("by_user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "event_attendance_event_id_customer_id" ON "event_attendance" ("event_id", "customer_id")',
        'CREATE INDEX "event_attendance_customer_id" ON "event_attendance" ("customer_id")',
        'ALTER TABLE "lead" ADD COLUMN "event_id" INTEGER REFERENCES "event" ("id") ON DELETE SET NULL',
        'CREATE INDEX "lead_event_id" ON "lead" ("event_id") WHERE "event_id" IS NOT NULL',
    ):
        database.execute_sql(stmt)
