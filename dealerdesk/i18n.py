"""Translation markers for code that must not import Qt (domain, store, services, cli).

`QT_TRANSLATE_NOOP(context, text)` returns the text unchanged; lupdate collects the pair so the UI can
translate it with `QCoreApplication.translate(context, text)` when it is shown. Messages carry their
parameters separately (`str.format` fields), so the translated template is filled in after translation.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
