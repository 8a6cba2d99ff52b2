"""Shared by every test: Qt must run headless, and the platform is chosen before anything imports Qt.

Also the store backends (tests/backends.py): a fixture that asks for `store_target` runs once on a temp
SQLite file and once on PostgreSQL; the PostgreSQL run is skipped, with the reason shown, when
DEALERDESK_TEST_PG is unset. A test that is about SQLite itself (WAL, pragmas, the file, the bulk fast path)
carries `@pytest.mark.sqlite_only("why")` and is skipped on PostgreSQL with that reason.
"""
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the language the tests expect, whatever this PC last used (languages.chosen_language); a test about
# English sets DEALERDESK_LANG=en itself
os.environ["DEALERDESK_LANG"] = "zh_CN"

from tests import backends  # after the Qt platform is chosen

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): the test is about SQLite itself; skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgresql: the PostgreSQL variant of a test (needs DEALERDESK_TEST_PG)")


def pytest_sessionfinish(session, exitstatus):
    if backends.PG_URL:
        backends.drop_template()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    if request.param == "postgresql":
        if not backends.PG_URL:
            pytest.skip(backends.NO_PG_REASON)
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip("SQLite only: " + (marker.args[0] if marker.args else "about the SQLite file"))
    return request.param


@pytest.fixture
def store_target(backend, tmp_path):
    """Where a test's store lives: a SQLite path not yet created, or the URL of a fresh migrated PostgreSQL
    database. Either way `open_store(store_target, create=True)` opens a new, empty store."""
    if backend == "sqlite":
        yield tmp_path / "store.db"
        return
    yield backends.clean_shared_database()
