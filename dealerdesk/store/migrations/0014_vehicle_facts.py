"""Schema 14: the vehicle facts the service counter enters by hand, and insurance renewals.

* vehicle gains ``purchase_date``, ``bought_here`` (bought from this store or elsewhere), ``bought_where``
  (the other seller, free text), ``mileage_date`` (when ``mileage_km`` was read), ``insurer`` (the current
  insurance company) and ``next_inspection_on`` (the next annual inspection when the counter set it by hand;
  NULL: computed from the rules).
* insurance_renewal: one row per renewal talk that ended (renewed with us: insurer, premium, kind, new
  expiry dates; or lost to another insurer, whose name is kept).

Plain portable DDL (SQLite and PostgreSQL): ADD COLUMN with a DEFAULT, CREATE TABLE, CREATE INDEX."""
VERSION = 14

DDL = (
    'ALTER TABLE "vehicle" ADD COLUMN "purchase_date" DATE DEFAULT NULL',
    'ALTER TABLE "vehicle" ADD COLUMN "bought_here" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "vehicle" ADD COLUMN "bought_where" VARCHAR(60) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "vehicle" ADD COLUMN "mileage_date" DATE DEFAULT NULL',
    'ALTER TABLE "vehicle" ADD COLUMN "insurer" VARCHAR(40) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "vehicle" ADD COLUMN "next_inspection_on" DATE DEFAULT NULL',
    'CREATE TABLE "insurance_renewal" ("id" INTEGER NOT NULL PRIMARY KEY, "vehicle_id" INTEGER NOT NULL, '
    '"customer_id" INTEGER, "renewed_on" DATE NOT NULL, "outcome" VARCHAR(8) NOT NULL, '
    '"kind" VARCHAR(12) NOT NULL, "insurer" VARCHAR(40) NOT NULL, "premium" DECIMAL(12, 2) NOT NULL, '
    '"compulsory_until" DATE, "commercial_until" DATE, "note" VARCHAR(200) NOT NULL, "by_user_id" INTEGER, '
    '"created_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("vehicle_id") REFERENCES "vehicle" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("by_user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "insurance_renewal_vehicle_id" ON "insurance_renewal" ("vehicle_id")',
    'CREATE INDEX "insurance_renewal_customer_id" ON "insurance_renewal" ("customer_id")',
)


def apply(database) -> None:
    for sql in DDL:
        database.execute_sql(sql)
