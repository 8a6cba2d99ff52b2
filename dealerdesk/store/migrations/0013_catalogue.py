"""Schema 13: the catalogue a new store fills in (issue 20). Car models gain their series (车系), fuel type,
body type, model year, maintenance interval (months, km), inspection rule and whether the brand is the
store's own; service items gain standard hours, hourly rate and unit; packages (套餐, e.g. 小保养) are a
table of their own with their lines.

Plain portable DDL (SQLite and PostgreSQL): ADD COLUMN with a DEFAULT, CREATE TABLE, CREATE INDEX."""
VERSION = 13


def apply(database) -> None:
    for stmt in (
        'ALTER TABLE "vehicle_model" ADD COLUMN "series" VARCHAR(40) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "vehicle_model" ADD COLUMN "fuel" VARCHAR(10) NOT NULL DEFAULT \'petrol\'',
        'ALTER TABLE "vehicle_model" ADD COLUMN "body" VARCHAR(10) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "vehicle_model" ADD COLUMN "model_year" INTEGER NOT NULL DEFAULT 0',
        'ALTER TABLE "vehicle_model" ADD COLUMN "service_months" INTEGER NOT NULL DEFAULT 0',
        'ALTER TABLE "vehicle_model" ADD COLUMN "service_km" INTEGER NOT NULL DEFAULT 0',
        'ALTER TABLE "vehicle_model" ADD COLUMN "inspection_rule" VARCHAR(12) NOT NULL DEFAULT \'private\'',
        'ALTER TABLE "vehicle_model" ADD COLUMN "own_brand" INTEGER NOT NULL DEFAULT 1',
        'CREATE INDEX "vehicle_model_series" ON "vehicle_model" ("series")',
        'ALTER TABLE "service_catalogue_item" ADD COLUMN "hours" DECIMAL(10,2) NOT NULL DEFAULT 0',
        'ALTER TABLE "service_catalogue_item" ADD COLUMN "rate" DECIMAL(12,2) NOT NULL DEFAULT 0',
        'ALTER TABLE "service_catalogue_item" ADD COLUMN "unit" VARCHAR(10) NOT NULL DEFAULT \'\'',
        'CREATE TABLE "service_package" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(20) NOT NULL, '
        '"name" VARCHAR(60) NOT NULL, "fixed_price" DECIMAL(12,2), "active" INTEGER NOT NULL DEFAULT 1)',
        'CREATE UNIQUE INDEX "service_package_code" ON "service_package" ("code")',
        'CREATE TABLE "service_package_line" ("id" INTEGER NOT NULL PRIMARY KEY, "package_id" INTEGER NOT NULL, '
        '"item_id" INTEGER NOT NULL, "qty" DECIMAL(10,2) NOT NULL DEFAULT 1, '
        'FOREIGN KEY ("package_id") REFERENCES "service_package" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("item_id") REFERENCES "service_catalogue_item" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "service_package_line_package_id" ON "service_package_line" ("package_id")',
        'CREATE INDEX "service_package_line_item_id" ON "service_package_line" ("item_id")',
    ):
        database.execute_sql(stmt)
