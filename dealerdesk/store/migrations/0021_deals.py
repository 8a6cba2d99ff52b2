"""Schema 21: the deal sheet (订车单, issue 28). One ``deal`` row per sales order holds what a 4S store writes
on the order besides model and price: list price and discount (with the manager's approval above the
consultant's limit), deposit (定金), loan or lease, trade-in (置换, with the old car's vehicle row), insurance
bought through the store, registration service (上牌), extended warranty. ``deal_line`` holds the accessory
and decoration lines (精品/装潢), free or charged.

Plain portable DDL (SQLite and PostgreSQL): CREATE TABLE and CREATE INDEX; flags are INTEGER 0/1."""
VERSION = 21


def apply(database) -> None:
    for stmt in (
        'CREATE TABLE "deal" ("id" INTEGER NOT NULL PRIMARY KEY, "order_id" INTEGER NOT NULL, '
        '"colour" VARCHAR(20) NOT NULL DEFAULT \'\', "vin" VARCHAR(17) NOT NULL DEFAULT \'\', '
        '"list_price" INTEGER NOT NULL DEFAULT 0, "discount" INTEGER NOT NULL DEFAULT 0, '
        '"discount_status" VARCHAR(10) NOT NULL DEFAULT \'none\', "discount_by_id" INTEGER, '
        '"discount_at" DATETIME, "discount_note" VARCHAR(200) NOT NULL DEFAULT \'\', '
        '"deposit" INTEGER NOT NULL DEFAULT 0, "deposit_on" DATE, '
        '"deposit_refundable" INTEGER NOT NULL DEFAULT 0, "deposit_status" VARCHAR(10) NOT NULL DEFAULT \'\', '
        '"deposit_changed_at" DATETIME, '
        '"lender" VARCHAR(40) NOT NULL DEFAULT \'\', "down_payment" INTEGER NOT NULL DEFAULT 0, '
        '"loan_months" INTEGER NOT NULL DEFAULT 0, "monthly_payment" INTEGER NOT NULL DEFAULT 0, '
        '"loan_status" VARCHAR(10) NOT NULL DEFAULT \'\', '
        '"trade_in" INTEGER NOT NULL DEFAULT 0, "trade_plate" VARCHAR(10) NOT NULL DEFAULT \'\', '
        '"trade_vin" VARCHAR(17) NOT NULL DEFAULT \'\', "trade_model" VARCHAR(60) NOT NULL DEFAULT \'\', '
        '"trade_mileage_km" INTEGER NOT NULL DEFAULT 0, "trade_value" INTEGER NOT NULL DEFAULT 0, '
        '"trade_valued_by" VARCHAR(40) NOT NULL DEFAULT \'\', "trade_vehicle_id" INTEGER, '
        '"insured" INTEGER NOT NULL DEFAULT 0, "insurer" VARCHAR(40) NOT NULL DEFAULT \'\', '
        '"compulsory_premium" INTEGER NOT NULL DEFAULT 0, "commercial_premium" INTEGER NOT NULL DEFAULT 0, '
        '"insurance_cover" VARCHAR(200) NOT NULL DEFAULT \'\', "insurance_start" DATE, '
        '"registration" INTEGER NOT NULL DEFAULT 0, "registration_fee" INTEGER NOT NULL DEFAULT 0, '
        '"plate" VARCHAR(10) NOT NULL DEFAULT \'\', '
        '"warranty_years" INTEGER NOT NULL DEFAULT 0, "warranty_price" INTEGER NOT NULL DEFAULT 0, '
        '"updated_at" DATETIME NOT NULL, "updated_by_id" INTEGER, '
        'FOREIGN KEY ("order_id") REFERENCES "sales_order" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("discount_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("trade_vehicle_id") REFERENCES "vehicle" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "deal_order_id" ON "deal" ("order_id")',
        'CREATE INDEX "deal_discount_status" ON "deal" ("discount_status")',
        'CREATE TABLE "deal_line" ("id" INTEGER NOT NULL PRIMARY KEY, "deal_id" INTEGER NOT NULL, '
        '"position" INTEGER NOT NULL DEFAULT 0, "name" VARCHAR(60) NOT NULL, '
        '"price" INTEGER NOT NULL DEFAULT 0, "charged" INTEGER NOT NULL DEFAULT 1, '
        'FOREIGN KEY ("deal_id") REFERENCES "deal" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "deal_line_deal_id" ON "deal_line" ("deal_id")',
    ):
        database.execute_sql(stmt)
