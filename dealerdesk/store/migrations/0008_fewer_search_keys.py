"""Schema 8: search keys no longer kept as `phone` (the digits) and `vin` rows.

A whole phone or VIN is found by the prefix look-up on its reversed key (`phone_rev`, `vin_rev`), whose
exact tier is the same match with the same rank (domain/search_keys.py), so these rows answered nothing
the others do not. Also no longer written, but left in place here: the grams at the start of a name or a
plate (`name2`, `plate3`); a stale one is only ever a candidate that the look-up verifies, like any gram,
so it cannot change a result, and finding exactly those rows in SQL would cost more than they weigh.
Measured on a 100,000-row import: 1.16 M → 0.79 M search-key rows.
"""
VERSION = 8


def apply(database) -> None:
    database.execute_sql("DELETE FROM \"search_key\" WHERE \"kind\" IN ('phone', 'vin')")
