"""Schema 20: plans and targets (issue 25). The yearly order plan per model and month; the X+Y rolling plan,
one row per version (X months firm, Y forecast, who rolled it and when) with its lines; and each month's
targets per consultant and model (orders, new leads, visits, test drives, H/A held). The store's order
target of a model in a month is read from these (services/targets/plans.store_targets), with the old
"target.<车型>" setting as the standing fallback (docs/kpi.md).

Plain portable DDL (SQLite and PostgreSQL): CREATE TABLE and CREATE INDEX."""
VERSION = 20


def apply(database) -> None:
    for stmt in (
        'CREATE TABLE "year_plan" ("id" INTEGER NOT NULL PRIMARY KEY, "month" VARCHAR(7) NOT NULL, '
        '"model_id" INTEGER NOT NULL, "orders" INTEGER NOT NULL DEFAULT 0, "updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        'FOREIGN KEY ("model_id") REFERENCES "vehicle_model" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "year_plan_month_model_id" ON "year_plan" ("month", "model_id")',
        'CREATE TABLE "rolling_plan" ("id" INTEGER NOT NULL PRIMARY KEY, "base_month" VARCHAR(7) NOT NULL, '
        '"firm_months" INTEGER NOT NULL DEFAULT 1, "forecast_months" INTEGER NOT NULL DEFAULT 2, '
        '"created_at" DATETIME NOT NULL, "created_by_id" INTEGER, "note" VARCHAR(200) NOT NULL DEFAULT \'\', '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "rolling_plan_base_month" ON "rolling_plan" ("base_month")',
        'CREATE TABLE "rolling_plan_line" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, '
        '"month" VARCHAR(7) NOT NULL, "model_id" INTEGER NOT NULL, "orders" INTEGER NOT NULL DEFAULT 0, '
        '"firm" INTEGER NOT NULL DEFAULT 0, '
        'FOREIGN KEY ("plan_id") REFERENCES "rolling_plan" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("model_id") REFERENCES "vehicle_model" ("id") ON DELETE CASCADE)',
        'CREATE UNIQUE INDEX "rolling_plan_line_plan_id_month_model_id" ON "rolling_plan_line" '
        '("plan_id", "month", "model_id")',
        'CREATE TABLE "month_target" ("id" INTEGER NOT NULL PRIMARY KEY, "month" VARCHAR(7) NOT NULL, '
        '"user_id" INTEGER NOT NULL, "model_id" INTEGER NOT NULL, "orders" INTEGER NOT NULL DEFAULT 0, '
        '"leads" INTEGER NOT NULL DEFAULT 0, "visits" INTEGER NOT NULL DEFAULT 0, '
        '"test_drives" INTEGER NOT NULL DEFAULT 0, "ha_held" INTEGER NOT NULL DEFAULT 0, '
        '"updated_at" DATETIME NOT NULL, "updated_by_id" INTEGER, '
        'FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("model_id") REFERENCES "vehicle_model" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "month_target_month_user_id_model_id" ON "month_target" ("month", "user_id", "model_id")',
    ):
        database.execute_sql(stmt)
