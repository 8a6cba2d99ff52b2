"""Password hashing, the password rule and the wait after failed logins: every parameter in one place.

Hashes are Argon2id (argon2-cffi) with the RFC 9106 "low memory" parameters (64 MiB, 3 passes, 4 lanes):
about 0.2 s per hash on a shop PC, cheap for one login, expensive for anyone guessing against a stolen
store file. A hash carries its own parameters, so stores keep working if these are raised later.
Nothing here logs, prints or returns a password.
"""
from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import hash_secret

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP

TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 4
HASH_PREFIX = "$argon2id$"

MIN_LENGTH = 8

#: the wait before the next attempt after n failed logins in a row: FIRST_DELAY * 2**(n-1) seconds, at most
#: MAX_DELAY; a successful login resets the count.
FIRST_DELAY_SECONDS = 1
MAX_DELAY_SECONDS = 300

_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM,
                         hash_len=32, salt_len=16, type=Type.ID)
_dummy: list[str] = []


def check_rule(password: str, field: str = "password") -> None:
    """The password rule: at least MIN_LENGTH characters (the message says so)."""
    if len(password or "") < MIN_LENGTH:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "密码至少需要 {n} 个字符"), field=field, n=MIN_LENGTH)


def hash_password(password: str, salt: bytes | None = None) -> str:
    """An Argon2id hash with a random salt; a given `salt` (16 bytes) only for the demo store, whose password
    is public and whose file must come out the same for the same seed (services/demo/build.py)."""
    if salt is None:
        return _hasher.hash(password)
    return hash_secret(password.encode(), salt, time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB,
                       parallelism=PARALLELISM, hash_len=32, type=Type.ID).decode()


def is_argon2id(stored: str) -> bool:
    return (stored or "").startswith(HASH_PREFIX)


def verify(stored: str, password: str) -> bool:
    """True when `password` matches the Argon2id hash `stored`; False for anything else (no hash, another
    scheme, a mismatch)."""
    if not is_argon2id(stored):
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def spend_verify_time(password: str) -> None:
    """Verify against a throw-away hash, so an unknown login costs as long as a wrong password."""
    if not _dummy:
        _dummy.append(hash_password("dealerdesk-no-such-user"))
    verify(_dummy[0], password)


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after `failures` failed logins in a row."""
    if failures <= 0:
        return 0
    return min(FIRST_DELAY_SECONDS * 2 ** min(failures - 1, 30), MAX_DELAY_SECONDS)


def wait_left(failures: int, last_failed_at: dt.datetime | None, now: dt.datetime) -> int:
    """Whole seconds still to wait at `now` (0: the next attempt may go ahead)."""
    if failures <= 0 or last_failed_at is None:
        return 0
    left = (last_failed_at + dt.timedelta(seconds=delay_after(failures)) - now).total_seconds()
    return max(0, int(left + 0.999))
