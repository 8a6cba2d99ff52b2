"""Schema 18: the delivery checklist (交车确认) and the insurance bought at delivery.

* delivery_check: one row per checklist item of a delivery (domain/delivery_checklist.ITEMS): done or not,
  and a quantity (the number of keys handed over).
* delivery gains ``checklist_reason`` (why an item was not done), and the insurance bought through the
  store at delivery: ``insurer``, ``compulsory_premium``, ``commercial_premium``, ``insurance_cover`` (what
  the commercial policy covers, free text) and ``insurance_start``. The policies' expiry dates are the
  vehicle's insurance dates (vehicle.insurance_*_until), not repeated here.

Plain portable DDL (SQLite and PostgreSQL): CREATE TABLE, CREATE INDEX, ADD COLUMN with a DEFAULT."""
VERSION = 18

DDL = (
    'CREATE TABLE "delivery_check" ("id" INTEGER NOT NULL PRIMARY KEY, "delivery_id" INTEGER NOT NULL, '
    '"code" VARCHAR(20) NOT NULL, "done" INTEGER NOT NULL DEFAULT 0, "quantity" INTEGER NOT NULL DEFAULT 0, '
    'FOREIGN KEY ("delivery_id") REFERENCES "delivery" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "delivery_check_delivery_id_code" ON "delivery_check" ("delivery_id", "code")',
    'ALTER TABLE "delivery" ADD COLUMN "checklist_reason" VARCHAR(200) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "delivery" ADD COLUMN "insurer" VARCHAR(40) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "delivery" ADD COLUMN "compulsory_premium" DECIMAL(12, 2) NOT NULL DEFAULT 0',
    'ALTER TABLE "delivery" ADD COLUMN "commercial_premium" DECIMAL(12, 2) NOT NULL DEFAULT 0',
    'ALTER TABLE "delivery" ADD COLUMN "insurance_cover" VARCHAR(200) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "delivery" ADD COLUMN "insurance_start" DATE DEFAULT NULL',
)


def apply(database) -> None:
    for sql in DDL:
        database.execute_sql(sql)
