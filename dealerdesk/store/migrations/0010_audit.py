"""Schema 10: a trustworthy audit log and PIPL erasure.

* audit_log gains ``customer_id`` (whom the row is about: the viewer's customer filter, a customer's data
  export and erasure find their rows through its index), ``detail_digest``, ``prev_hash``, ``hash`` (the
  chain, domain/audit_chain.py) and ``redacted_by`` (the erasure row that blanked this row's personal values).
* customer gains ``erased_at`` and ``erased_had_phone``: an erased customer stays as an anonymous row so the
  statistics keep it, and the funnel's "registered" still counts it when it had a phone.

Rows written before this schema are linked here, in id order, so the chain covers the whole log.
"""
import json

from dealerdesk.domain import audit_chain

VERSION = 10

DDL = (
    'ALTER TABLE "audit_log" ADD COLUMN "customer_id" INTEGER',
    'ALTER TABLE "audit_log" ADD COLUMN "detail_digest" VARCHAR(64) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "audit_log" ADD COLUMN "prev_hash" VARCHAR(64) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "audit_log" ADD COLUMN "hash" VARCHAR(64) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "audit_log" ADD COLUMN "redacted_by" INTEGER',
    'ALTER TABLE "customer" ADD COLUMN "erased_at" TIMESTAMP',
    'ALTER TABLE "customer" ADD COLUMN "erased_had_phone" INTEGER NOT NULL DEFAULT 0',
)

# entity -> the table whose customer_id says whom an older row was about
ABOUT = (("lead", "lead"), ("complaint", "complaint"), ("survey", "survey"), ("appointment", "appointment"),
         ("repair_order", "repair_order"), ("reminder", "reminder"), ("service_record", "service_record"))


def apply(database) -> None:
    for sql in DDL:
        database.execute_sql(sql)
    database.execute_sql('UPDATE "audit_log" SET "customer_id" = "entity_id" WHERE "entity" = \'customer\'')
    for entity, table in ABOUT:
        database.execute_sql(
            f'UPDATE "audit_log" SET "customer_id" = (SELECT t."customer_id" FROM "{table}" t '
            f'WHERE t."id" = "audit_log"."entity_id") WHERE "entity" = \'{entity}\' AND "customer_id" IS NULL')
    database.execute_sql(
        'UPDATE "audit_log" SET "customer_id" = (SELECT v."owner_id" FROM "vehicle" v '
        'WHERE v."id" = "audit_log"."entity_id") WHERE "entity" = \'vehicle\' AND "customer_id" IS NULL')
    param = database.param
    rows = database.execute_sql('SELECT "id", "at", "user_login", "action", "entity", "entity_id", '
                                '"customer_id", "detail" FROM "audit_log" ORDER BY "id"').fetchall()
    prev = audit_chain.GENESIS
    for rid, at, login, action, entity, entity_id, customer_id, detail in rows:
        if customer_id is None and detail:
            try:
                about = json.loads(detail).get("customer")
            except (ValueError, AttributeError):
                about = None
            customer_id = about if isinstance(about, int) else None
        digest = audit_chain.detail_digest(detail)
        h = audit_chain.row_hash(id=rid, at=at, user_login=login, action=action, entity=entity,
                                 entity_id=entity_id, customer_id=customer_id, detail_digest=digest,
                                 prev_hash=prev)
        database.execute_sql(
            f'UPDATE "audit_log" SET "customer_id" = {param}, "detail_digest" = {param}, "prev_hash" = {param}, '
            f'"hash" = {param} WHERE "id" = {param}', (customer_id, digest, prev, h, rid))
        prev = h
    database.execute_sql('CREATE INDEX "audit_log_customer_id" ON "audit_log" ("customer_id") '
                         'WHERE "customer_id" IS NOT NULL')
    database.execute_sql('CREATE INDEX "audit_log_action" ON "audit_log" ("action", "at")')
