"""Schema 22: key accounts (大用户) with their visit plan and visits, and member tiers with a points ledger.

A key account is a company customer (Customer.kind = company) with an account manager, a grade (whose visit
frequency is a setting), its own yearly and monthly order targets. A visit row is planned (planned_on) and,
once made, done (visited_on, who met whom, topic, next step); recording a visit plans the next one, so the
open planned row is what the worklist and the tray show. `member` holds a customer's tier when it was set
(by rule or by hand); `points_entry` is the points ledger (earned rows carry their expiry date, a spend is a
negative row, the expired part is computed, not written by a job).

Plain portable DDL (SQLite and PostgreSQL): CREATE TABLE and CREATE INDEX; flags are INTEGER 0/1."""
VERSION = 22


def apply(database) -> None:
    for stmt in (
        'CREATE TABLE "key_account" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, '
        '"grade" VARCHAR(2) NOT NULL DEFAULT \'B\', "manager_id" INTEGER, '
        '"year_target" INTEGER NOT NULL DEFAULT 0, "month_target" INTEGER NOT NULL DEFAULT 0, '
        '"note" TEXT NOT NULL DEFAULT \'\', "active" INTEGER NOT NULL DEFAULT 1, "created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("manager_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "key_account_customer_id" ON "key_account" ("customer_id")',
        'CREATE INDEX "key_account_manager_id" ON "key_account" ("manager_id")',
        'CREATE TABLE "key_account_visit" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, '
        '"planned_on" DATE, "visited_on" DATE, "user_id" INTEGER, "contact_id" INTEGER, '
        '"contact_name" VARCHAR(60) NOT NULL DEFAULT \'\', "topic" VARCHAR(200) NOT NULL DEFAULT \'\', '
        '"result" TEXT NOT NULL DEFAULT \'\', "next_step" VARCHAR(200) NOT NULL DEFAULT \'\', "next_visit_on" DATE, '
        '"created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "key_account" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact_person" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "key_account_visit_account_id" ON "key_account_visit" ("account_id")',
        'CREATE INDEX "key_account_visit_planned_on" ON "key_account_visit" ("planned_on")',
        'CREATE INDEX "key_account_visit_visited_on" ON "key_account_visit" ("visited_on")',
        'CREATE TABLE "member" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, '
        '"tier" VARCHAR(10) NOT NULL, "by_hand" INTEGER NOT NULL DEFAULT 0, "since" DATETIME NOT NULL, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
        'CREATE UNIQUE INDEX "member_customer_id" ON "member" ("customer_id")',
        'CREATE TABLE "points_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, '
        '"at" DATETIME NOT NULL, "reason" VARCHAR(12) NOT NULL, "points" INTEGER NOT NULL, '
        '"ref" VARCHAR(60) NOT NULL DEFAULT \'\', "repair_order_id" INTEGER, "expires_on" DATE, '
        '"yuan" DECIMAL(12, 2) NOT NULL DEFAULT 0, "by_user_id" INTEGER, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("repair_order_id") REFERENCES "repair_order" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("by_user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "points_entry_customer_id_at" ON "points_entry" ("customer_id", "at")',
        'CREATE INDEX "points_entry_at" ON "points_entry" ("at")',
        'CREATE INDEX "points_entry_repair_order_id" ON "points_entry" ("repair_order_id")',
    ):
        database.execute_sql(stmt)
