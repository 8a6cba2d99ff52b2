"""A store moved to PostgreSQL answers exactly as its SQLite original: a 3,000-customer demo store, copied
with `migrate-store`, gives the same JSON for `search`, `due --json`, `kpi --json` and `customer show --json`.

Needs DEALERDESK_TEST_PG (tests/backends.py); skipped with that reason without it.
"""
import json

import pytest

from dealerdesk.cli import main
from dealerdesk.store.db import close_store
from tests import backends

pytestmark = pytest.mark.skipif(not backends.PG_URL, reason=backends.NO_PG_REASON)

TODAY = "2026-11-20"
SEARCHES = ["王", "张伟", "李", "陈", "刘", "zw", "wang", "lix", "liu", "1380", "5678", "粤B", "B1", "A0", "ZZZ",
            "欧阳"]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    sqlite = tmp_path_factory.mktemp("equiv") / "demo3000.db"
    assert main(["demo", "--out", str(sqlite), "--customers", "3000", "--seed", "1", "--today", TODAY]) == 0
    name = backends.new_pg_database(empty=True)
    url = backends.pg_url(name)
    assert main(["migrate-store", "--from", str(sqlite), "--to", url]) == 0
    close_store()
    yield str(sqlite), url
    backends.drop_pg_database(name)


@pytest.fixture(autouse=True)
def demo_manager(monkeypatch):
    """The demo store's manager asks (the demo's users have the demo password, tests.factories' do not)."""
    from dealerdesk.services.demo import DEMO_PASSWORD

    monkeypatch.setenv("DEALERDESK_USER", "manager01")
    monkeypatch.setenv("DEALERDESK_PASSWORD", DEMO_PASSWORD)


def answer(capsys, db: str, *args: str):
    capsys.readouterr()
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    close_store()
    assert code == 0, err
    return json.loads(out)


def both(capsys, stores, *args: str):
    sqlite, pg = stores
    return answer(capsys, sqlite, *args), answer(capsys, pg, *args)


@pytest.mark.parametrize("text", SEARCHES)
def test_search_gives_the_same_customers_in_the_same_order(capsys, stores, text):
    on_sqlite, on_pg = both(capsys, stores, "search", text, "--limit", "50", "--json")
    assert on_pg == on_sqlite


def test_searches_are_not_all_empty(capsys, stores):
    found = [len(answer(capsys, stores[0], "search", t, "--json")) for t in SEARCHES]
    assert sum(1 for n in found if n) >= 12  # the comparison above is about real results


@pytest.mark.parametrize("at", ["2026-11-20T10:00", "2026-11-01T08:00", "2026-12-15T18:00"])
def test_due_lists_are_the_same(capsys, stores, at):
    on_sqlite, on_pg = both(capsys, stores, "due", "--at", at, "--json")
    assert on_sqlite and on_pg == on_sqlite


@pytest.mark.parametrize("month", ["2026-09", "2026-10", "2026-11"])
def test_kpis_are_the_same(capsys, stores, month):
    on_sqlite, on_pg = both(capsys, stores, "kpi", "--month", month, "--json")
    on_sqlite.pop("generated_at"), on_pg.pop("generated_at")  # the moment each ran
    assert on_sqlite["new_leads"] and on_pg == on_sqlite


def test_customer_profiles_are_the_same(capsys, stores):
    for cid in (1, 2, 17, 250, 1234, 2999, 3000):
        on_sqlite, on_pg = both(capsys, stores, "customer", "show", str(cid), "--json")
        assert on_pg == on_sqlite, cid
