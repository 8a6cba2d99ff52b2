"""A fresh store per test, opened through the same path the app uses, on each backend (tests/conftest.py)."""
import pytest

from dealerdesk.store.db import close_store, open_store


@pytest.fixture
def store(store_target):
    info = open_store(store_target, create=True)
    yield info
    close_store()
