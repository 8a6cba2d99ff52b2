"""Free text as the services store it: domain/text.py's cleaning, bounded by the store's own column lengths.

Why here: the rule (what is removed, what is refused) is the domain's, but the length of each field is the
store's (`CharField(max_length=…)`); reading it from the model keeps one table, so a field that grows in a
migration needs no second edit. Text columns (notes) get domain/text.NOTE_MAX and keep their line breaks.
"""
from __future__ import annotations

from peewee import CharField, Model

from dealerdesk.domain import text as domain_text


def column_limit(model: type[Model], column: str) -> int:
    """The longest text `model.column` takes: its max_length, or NOTE_MAX for a TextField."""
    fld = model._meta.fields[column]
    if isinstance(fld, CharField) and fld.max_length:
        return int(fld.max_length)
    return domain_text.NOTE_MAX


def is_note(model: type[Model], column: str) -> bool:
    return not isinstance(model._meta.fields[column], CharField)


def clean(model: type[Model], column: str, value: object, label: str, *, field: str | None = None) -> str:
    """`value` cleaned for `model.column` (InvalidInput naming `field`, default the column, when too long)."""
    return domain_text.clean(value, field=field or column, label=label, max_length=column_limit(model, column),
                             multiline=is_note(model, column))


__all__ = ["clean", "column_limit", "is_note"]
