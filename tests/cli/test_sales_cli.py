"""`dealerdesk leads`: the consultant filter by login, its JSON, and an unknown login as one clean line."""
import json

import pytest

from dealerdesk.cli import main
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import leads
from dealerdesk.store.db import close_store, open_store
from tests.factories import make_cli_user, make_user


@pytest.fixture
def db_path(tmp_path, store_target):
    path = store_target
    open_store(path, create=True)
    make_cli_user()
    make_user("mgr01", "李经理", "manager")
    for login, name, customer in (("sales01", "张顾问", "欧阳明"), ("sales02", "王顾问", "陈静")):
        owner = make_user(login, name, "sales")
        cid = create_customer(SYSTEM, CustomerInput(name=customer, owner_id=owner.id)).id
        leads.create_lead(owner, leads.LeadInput(customer_id=cid, level="H"))
    close_store()
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    close_store()
    return code, out, err


def test_leads_of_one_consultant_by_login(capsys, db_path):
    code, out, _ = run(capsys, "--db", db_path, "leads", "--user", "sales02", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["customer_name"], r["owner"]) for r in rows] == [("陈静", "sales02")]
    code, out, _ = run(capsys, "--db", db_path, "leads", "--json")
    assert sorted(r["owner"] for r in json.loads(out)) == ["sales01", "sales02"]


def test_leads_text_lists_and_counts(capsys, db_path):
    code, out, _ = run(capsys, "--db", db_path, "leads", "--user", "sales01")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and "欧阳明" in lines[0] and "sales01" in lines[0] and lines[1] == "共 1 条"


def test_leads_for_an_unknown_login_is_one_line_exit_1(capsys, db_path):
    code, out, err = run(capsys, "--db", db_path, "leads", "--user", "nobody")
    assert code == 1 and out == ""
    assert err == "dealerdesk: 没有用户 nobody\n"
