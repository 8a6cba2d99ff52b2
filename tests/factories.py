"""Users for tests, cheaply: every factory user gets the same valid Argon2id hash of TEST_PASSWORD, computed
once per test session with minimal cost parameters (the hash carries its parameters, so the real
`passwords.verify` accepts it in microseconds). The production parameters are tested in
tests/services/test_accounts.py."""
from __future__ import annotations

import functools

from argon2 import PasswordHasher, Type

from dealerdesk.services.auth import Actor, actor_from_user
from dealerdesk.store.models import User

TEST_PASSWORD = "test-password-1"
#: the user the CLI tests act as (tests/cli/conftest.py puts it in DEALERDESK_USER/DEALERDESK_PASSWORD)
CLI_LOGIN = "clitester"


@functools.cache
def test_hash() -> str:
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID).hash(TEST_PASSWORD)


def make_user(login: str, name: str, role: str, *, technician: bool = False, active: bool = True) -> Actor:
    """A user in the open store, with TEST_PASSWORD, as its Actor."""
    user = User.create(login=login, display_name=name, role=role, password_hash=test_hash(),
                       technician=technician, active=active)
    return actor_from_user(user)


def make_cli_user() -> Actor:
    """The manager the CLI tests log in as."""
    return make_user(CLI_LOGIN, "命令行测试", "manager")
