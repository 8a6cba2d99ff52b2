"""A fresh store per test, opened through the same path the app uses."""
import pytest

from dealerdesk.store.db import close_store, open_store


@pytest.fixture
def store(tmp_path):
    info = open_store(tmp_path / "store.db", create=True)
    yield info
    close_store()
