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


class LoginRefused(DealerDeskError):
    """A login that did not succeed: wrong name or password (the same message for both), a deactivated user,
    or an attempt made before the wait after earlier failures is over. `wait_seconds` is how long the caller
    must wait before the next attempt for this login (0: none); the GUI and the CLI apply it."""

    def __init__(self, template: str, field: str | None = None, wait_seconds: int = 0, **params: object) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(template, field, **params)


class OutOfRange(InvalidInput):
    """A number or date beyond what can be stored or counted with (an id past 64 bits, the year 0 or 10000)."""


class StorageFault(DealerDeskError):
    """Writing or reading the disk failed for a reason outside the program (services/failures.py maps the
    driver's and the system's errors here): the disk is full, the store is read-only, a folder is missing."""


class DiskFull(StorageFault):
    """The disk holding the store (or the file being written) is full; nothing of the action was saved and no
    file was left under the name asked for (dealerdesk.atomic)."""


class ReadOnlyStore(StorageFault):
    """The store was opened read-only (a read-only file or medium): reading works, writing is refused."""


class PathProblem(StorageFault):
    """A file or folder the action needs is missing, is a folder, or may not be written."""


class StoreDamaged(DealerDeskError):
    """The store file is damaged (the quick check or SQLite found corrupt pages): restore a backup."""


class UnexpectedError(DealerDeskError):
    """A true bug: the traceback is in the log file `log_path`, the person is told where it is."""


__all__ = ["CONTEXT", "Conflict", "DealerDeskError", "DiskFull", "InvalidInput", "LoginRefused", "NotFound",
           "OutOfRange", "PathProblem", "PermissionDenied", "QT_TRANSLATE_NOOP", "ReadOnlyStore", "StorageFault",
           "StoreDamaged", "UnexpectedError", "VersionConflict"]
