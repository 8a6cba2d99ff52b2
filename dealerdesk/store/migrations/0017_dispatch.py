"""Schema 17: dispatch (派工). A repair-order line is given to one technician (an active user with the
technician flag); the assignment records when it was dispatched, started and finished, so the workshop
board shows who works on which car and the statistics sum technicians' hours.

Plain portable DDL (SQLite and PostgreSQL): CREATE TABLE and CREATE INDEX."""
VERSION = 17


def apply(database) -> None:
    for stmt in (
        'CREATE TABLE "work_assignment" ("id" INTEGER NOT NULL PRIMARY KEY, "item_id" INTEGER NOT NULL, '
        '"technician_id" INTEGER NOT NULL, "assigned_at" DATETIME NOT NULL, "assigned_by_id" INTEGER, '
        '"started_at" DATETIME, "finished_at" DATETIME, '
        'FOREIGN KEY ("item_id") REFERENCES "repair_item" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("technician_id") REFERENCES "user" ("id"), '
        'FOREIGN KEY ("assigned_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "work_assignment_item_id" ON "work_assignment" ("item_id")',
        'CREATE INDEX "work_assignment_technician_id_finished_at" ON "work_assignment" ("technician_id", "finished_at")',
    ):
        database.execute_sql(stmt)
