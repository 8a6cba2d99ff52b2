"""Errors the domain and services raise with a message a front-desk clerk can read.

The message is a translatable template (marked with QT_TRANSLATE_NOOP, context "errors") plus its
parameters; `str(err)` gives the filled-in zh_CN text, and the UI may translate `err.template` first.
"""
from __future__ import annotations

from dealerdesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"


class DealerDeskError(Exception):
    """Base of every error that is shown to a user instead of a traceback."""

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(self.text)

    @property
    def text(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template

    def __str__(self) -> str:
        return self.text


class InvalidInput(DealerDeskError, ValueError):
    """A value typed or imported by a person is not acceptable; `field` names the input it belongs to."""


class NotFound(DealerDeskError, LookupError):
    """The record asked for does not exist (or was erased)."""


class PermissionDenied(DealerDeskError):
    """The acting user's role may not do this."""


class Conflict(DealerDeskError):
    """The action clashes with the current state (duplicate, stale edit, wrong status)."""


class VersionConflict(Conflict):
    """Somebody saved the record after this window loaded it (optimistic locking). `differences` are
    (field label, what this user typed, what is saved now) for every field where they differ, so the window
    shows both versions; `current_version` is the saved one's, so saving again on purpose overwrites it."""

    def __init__(self, template: str, *, current_version: int,
                 differences: list[tuple[str, str, str]], **params: object) -> None:
        self.current_version = current_version
        self.differences = differences
        super().__init__(template, **params)


class DiskFull(DealerDeskError):
    """A file or the store could not be written because the disk (or the user's quota) is full; nothing was
    left under the name asked for (dealerdesk.atomic)."""




class LoginRefused(DealerDeskError):
    """A login that did not succeed: wrong name or password (the same message for both), a deactivated user,
    or an attempt made before the wait after earlier failures is over. `wait_seconds` is how long the caller
    must wait before the next attempt for this login (0: none); the GUI and the CLI apply it."""

    def __init__(self, template: str, field: str | None = None, wait_seconds: int = 0, **params: object) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(template, field, **params)


__all__ = ["CONTEXT", "Conflict", "DealerDeskError", "DiskFull", "InvalidInput", "LoginRefused", "NotFound",
           "PermissionDenied", "QT_TRANSLATE_NOOP", "VersionConflict"]
