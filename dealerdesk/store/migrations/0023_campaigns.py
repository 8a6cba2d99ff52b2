"""Schema 23: campaigns (客户营销). A segment is a saved customer-list filter (JSON); a call list splits a
segment between callers, one entry per customer with its result; a message batch is data before it is a file
(ROADMAP item 2): one message row per recipient with the phone, the rendered text and a status, so a later
sending channel can pick up the same rows.

Plain portable DDL (SQLite and PostgreSQL): CREATE TABLE and CREATE INDEX."""
VERSION = 23


def apply(database) -> None:
    for stmt in (
        'CREATE TABLE "segment" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL, '
        '"filter" TEXT NOT NULL, "builtin" VARCHAR(20) NOT NULL DEFAULT \'\', '
        '"created_at" DATETIME NOT NULL, "created_by_id" INTEGER, "updated_at" DATETIME NOT NULL, '
        '"archived" INTEGER NOT NULL DEFAULT 0, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "segment_name" ON "segment" ("name")',
        'CREATE TABLE "call_list" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL, '
        '"segment_id" INTEGER, "split" VARCHAR(12) NOT NULL DEFAULT \'round_robin\', '
        '"created_at" DATETIME NOT NULL, "created_by_id" INTEGER, "due_at" DATETIME NOT NULL, '
        '"overdue_at" DATETIME NOT NULL, "excluded" TEXT NOT NULL DEFAULT \'\', '
        '"closed" INTEGER NOT NULL DEFAULT 0, '
        'FOREIGN KEY ("segment_id") REFERENCES "segment" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "call_list_created_at" ON "call_list" ("created_at")',
        'CREATE TABLE "call_list_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "call_list_id" INTEGER NOT NULL, '
        '"customer_id" INTEGER NOT NULL, "caller_id" INTEGER, "status" VARCHAR(10) NOT NULL DEFAULT \'open\', '
        '"result" VARCHAR(20) NOT NULL DEFAULT \'\', "called_at" DATETIME, "attempts" INTEGER NOT NULL DEFAULT 0, '
        '"interaction_id" INTEGER, '
        'FOREIGN KEY ("call_list_id") REFERENCES "call_list" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("caller_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "call_list_entry_call_list_id" ON "call_list_entry" ("call_list_id")',
        'CREATE INDEX "call_list_entry_caller_id_status" ON "call_list_entry" ("caller_id", "status")',
        'CREATE INDEX "call_list_entry_customer_id" ON "call_list_entry" ("customer_id")',
        'CREATE TABLE "message_batch" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL, '
        '"kind" VARCHAR(20) NOT NULL DEFAULT \'manual\', "channel" VARCHAR(10) NOT NULL DEFAULT \'sms\', '
        '"template" TEXT NOT NULL, "segment_id" INTEGER, "planned_for" DATE, '
        '"occasion" VARCHAR(80), "status" VARCHAR(10) NOT NULL DEFAULT \'draft\', '
        '"created_at" DATETIME NOT NULL, "created_by_id" INTEGER, "exported_at" DATETIME, '
        '"excluded" TEXT NOT NULL DEFAULT \'\', '
        'FOREIGN KEY ("segment_id") REFERENCES "segment" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "message_batch_occasion" ON "message_batch" ("occasion")',
        'CREATE INDEX "message_batch_created_at" ON "message_batch" ("created_at")',
        'CREATE TABLE "message" ("id" INTEGER NOT NULL PRIMARY KEY, "batch_id" INTEGER NOT NULL, '
        '"customer_id" INTEGER NOT NULL, "phone" VARCHAR(20) NOT NULL, "text" TEXT NOT NULL, '
        '"status" VARCHAR(10) NOT NULL DEFAULT \'ready\', "sent_at" DATETIME, '
        'FOREIGN KEY ("batch_id") REFERENCES "message_batch" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "message_batch_id" ON "message" ("batch_id")',
        'CREATE INDEX "message_customer_id_sent_at" ON "message" ("customer_id", "sent_at")',
    ):
        database.execute_sql(stmt)
