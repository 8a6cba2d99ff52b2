"""Every CLI test acts as a logged-in user: the manager tests.factories.make_cli_user() puts in each test
store, named in DEALERDESK_USER with its password in DEALERDESK_PASSWORD (in-process and subprocess runs)."""
import pytest

from tests.factories import CLI_LOGIN, TEST_PASSWORD


@pytest.fixture(autouse=True)
def cli_login(monkeypatch):
    monkeypatch.setenv("DEALERDESK_USER", CLI_LOGIN)
    monkeypatch.setenv("DEALERDESK_PASSWORD", TEST_PASSWORD)
