"""Schema 16: clean the free text stored before the one normalisation (domain/text.py, issue 23).

A customer imported with a NUL byte in the name (or a right-to-left override, a BOM, …) made every xlsx export
fail. New input is cleaned by the services; this removes the same characters from the rows already stored, in
the text columns of customer, customer_phone, contact_person, vehicle, lead, interaction and complaint.

Portable: one plain SELECT per table, the characters removed in Python, an UPDATE by id for the rows that
change (a typical store has none, so it costs one read of those columns; ~1 s for 100,000 customers); a
customer whose name changed gets its search keys rebuilt.
A SQL REPLACE per character and column would be 2,000 full-table UPDATEs. The list of characters is
written out here (frozen history), the same as domain/text.py's today. PostgreSQL text cannot hold NUL, so
there only the other characters can occur.
"""
from __future__ import annotations

import re

VERSION = 16

_RANGES = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F), (0x061C, 0x061C), (0x200B, 0x200F),
           (0x2028, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB))
_INVISIBLE = re.compile("[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _RANGES) + "]")
_ONE_LINE = re.compile(r"[\t\r\n]+")

#: table → (one-line text columns, note columns that keep their line breaks)
COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "customer": (("name", "email", "wechat", "address", "city", "occupation", "tags"), ("needs",)),
    "customer_phone": (("phone", "digits"), ()),
    "contact_person": (("name", "title", "phone"), ()),
    "vehicle": (("plate", "model_name", "colour"), ()),  # not the VIN: unique, and only ever stored checked
    "lead": (("other_models", "colour", "competitors", "defeat_competitor"), ("defeat_note",)),
    "interaction": (("place", "result", "next_step"), ("content",)),
    "complaint": ((), ("content", "resolution")),
}


def _clean(value, one_line: bool):
    if not isinstance(value, str) or (value.isascii() and value.isprintable()):
        return value
    cleaned = _INVISIBLE.sub("", value)
    if one_line:
        cleaned = _ONE_LINE.sub(" ", cleaned)
    return cleaned.strip() if cleaned != value else value


def apply(database) -> None:
    param = "?"  # SQLite placeholders: on PostgreSQL the migration runner translates them (dialect.translating)
    for table, (lines, notes) in COLUMNS.items():
        columns = lines + notes
        names = ", ".join(f'"{c}"' for c in columns)
        changed: list[tuple] = []
        for row in database.execute_sql(f'SELECT "id", {names} FROM "{table}"').fetchall():
            row_id, values = row[0], row[1:]
            new = tuple(_clean(v, c in lines) for c, v in zip(columns, values, strict=True))
            if new != tuple(values):
                changed.append((row_id, {c: n for c, v, n in zip(columns, values, new, strict=True) if n != v}))
        for row_id, values in changed:
            sets = ", ".join(f'"{c}" = {param}' for c in values)
            database.execute_sql(f'UPDATE "{table}" SET {sets} WHERE "id" = {param}', (*values.values(), row_id))
        if table == "customer":
            _rekey_names(database, [(row_id, values["name"]) for row_id, values in changed if "name" in values])


def _rekey_names(database, renamed: list[tuple[int, str]]) -> None:
    """The name and phone search keys of the customers whose name was cleaned, so the search finds "张三" for
    what was stored as "张\\x00三". Built by the domain's pure key rules of today (no model, no store code):
    a later schema that changes the keys rebuilds them itself, as schema 8 did."""
    from dealerdesk.domain import search_keys

    for customer_id, name in renamed:
        phones = [p for (p,) in database.execute_sql(
            'SELECT "phone" FROM "customer_phone" WHERE "customer_id" = ? ORDER BY "id"', (customer_id,)).fetchall()]
        database.execute_sql('DELETE FROM "search_key" WHERE "customer_id" = ? AND "vehicle_id" IS NULL',
                             (customer_id,))
        for kind, key in search_keys.customer_key_rows(name, phones=phones):
            database.execute_sql('INSERT INTO "search_key" ("customer_id", "vehicle_id", "kind", "key") '
                                 "VALUES (?, NULL, ?, ?)", (customer_id, kind, key[:64]))
