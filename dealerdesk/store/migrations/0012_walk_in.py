"""Schema 12: the front desk's walk-in and the profile's records.

- interaction.methods: what happened in one contact when it was more than one thing (a walk-in: 到店, 试驾,
  报价), comma-separated codes (domain/labels.WALK_IN_METHOD); "" for a single-channel contact.
  interaction.driven_model: the model driven on a test drive (catalogue name or free text).
- contact_person.phone2 and contact_person.is_main: a company contact's second phone and the main contact.
- purchase.elsewhere: a car bought from another dealer (entered by hand, 他店购车).

Plain portable DDL (SQLite and PostgreSQL): ADD COLUMN with a DEFAULT."""
VERSION = 12


def apply(database) -> None:
    for stmt in (
        'ALTER TABLE "interaction" ADD COLUMN "methods" VARCHAR(60) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "interaction" ADD COLUMN "driven_model" VARCHAR(60) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "contact_person" ADD COLUMN "phone2" VARCHAR(20) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "contact_person" ADD COLUMN "is_main" INTEGER NOT NULL DEFAULT 0',
        'ALTER TABLE "purchase" ADD COLUMN "elsewhere" INTEGER NOT NULL DEFAULT 0',
    ):
        database.execute_sql(stmt)
