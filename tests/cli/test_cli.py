"""The CLI contract (docs/cli.md): JSON shapes, exit codes, one-line errors, no tracebacks."""
import datetime as dt
import json
import subprocess
import sys

import pytest

from dealerdesk import __version__
from dealerdesk.cli import main
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers import records as cs
from dealerdesk.store import keys
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import FollowUp, Lead, Reminder, Vehicle
from tests.factories import make_cli_user, make_user


@pytest.fixture
def db_path(tmp_path, store_target):
    path = store_target
    open_store(path, create=True)
    make_cli_user()
    sales = make_user("sales01", "张顾问", "sales")
    make_user("mgr01", "李经理", "manager")
    make_user("admin01", "王管理员", "admin")  # backups are the admin's
    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="欧阳明", phones=["13812345678"], owner_id=sales.id))
    v = Vehicle.create(vin="LSVAU2180N2183294", plate="粤B12345", model_name="帕萨特", owner=c.id)
    keys.reindex_vehicles([v.id])
    lead = Lead.create(customer=c.id, owner=sales.id, level="H")
    FollowUp.create(lead=lead.id, customer=c.id, owner=sales.id, level="H",
                    due_at=dt.datetime(2026, 11, 24, 9, 0), overdue_at=dt.datetime(2026, 11, 26, 0, 0))
    FollowUp.create(lead=lead.id, customer=c.id, owner=sales.id, level="H",
                    due_at=dt.datetime(2026, 11, 30, 9, 0), overdue_at=dt.datetime(2026, 12, 2, 0, 0))
    Reminder.create(kind="birthday", customer=c.id, owner=sales.id, due_at=dt.datetime(2026, 11, 20),
                    overdue_at=dt.datetime(2026, 11, 24), dedupe_key="birthday:1:2026-11-23")
    close_store()
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    close_store()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--no-such-flag"])
    assert exit_.value.code == 2


def test_search_json(capsys, db_path):
    for query, kind in [("欧阳", "name"), ("oym", "pinyin"), ("5678", "phone"), ("B123", "plate"),
                        ("183294", "vin")]:
        code, out, _ = run(capsys, "--db", db_path, "search", query, "--json", "--limit", "5")
        assert code == 0
        hits = json.loads(out)
        assert hits and hits[0]["name"] == "欧阳明" and hits[0]["matched"] == kind, (query, hits)
        assert {"id", "name", "matched"} <= set(hits[0])


def test_customer_show_json(capsys, db_path):
    code, out, _ = run(capsys, "--db", db_path, "customer", "show", "1", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["name"] == "欧阳明" and data["phones"] == ["13812345678"] and data["owner"] == "sales01"
    assert data["vehicles"] == [{"id": 1, "vin": "LSVAU2180N2183294", "plate": "粤B12345", "model": "帕萨特"}]
    assert {"category", "tier"} <= set(data)


def test_due_json_lists_due_and_overdue_not_upcoming(capsys, db_path):
    code, out, _ = run(capsys, "--db", db_path, "due", "--at", "2026-11-24T10:00", "--json")
    assert code == 0
    items = json.loads(out)
    assert sorted(i["kind"] for i in items) == ["birthday", "follow_up"]
    for item in items:
        assert {"kind", "due_at", "overdue_at", "owner", "customer_id", "lead_id"} <= set(item)
        assert item["owner"] == "sales01"
    birthday = next(i for i in items if i["kind"] == "birthday")
    assert items[0] is birthday or items.index(birthday) == 0  # overdue first
    code, out, _ = run(capsys, "--db", db_path, "due", "--at", "2026-11-24T10:00", "--user", "mgr01", "--json")
    assert json.loads(out) == []


def test_missing_customer_is_one_line_exit_1(capsys, db_path):
    code, _, err = run(capsys, "--db", db_path, "customer", "show", "999")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "999" in err


def test_bad_datetime_is_a_clear_error(capsys, db_path):
    code, _, err = run(capsys, "--db", db_path, "due", "--at", "tomorrow")
    assert code == 1 and "YYYY-MM-DD" in err


@pytest.mark.sqlite_only("backup copies the SQLite file; a PostgreSQL store is backed up with pg_dump")
def test_check_and_backup(capsys, db_path, tmp_path):
    code, out, _ = run(capsys, "--db", db_path, "check")
    assert code == 0 and out.startswith("ok")
    dest = tmp_path / "copy.db"
    code, out, _ = run(capsys, "--db", db_path, "--as", "admin01", "backup", "-o", dest)
    assert code == 0 and dest.exists()
    code, out, _ = run(capsys, "--db", dest, "customer", "show", "1", "--json")
    assert json.loads(out)["name"] == "欧阳明"


def test_missing_store_is_not_created_by_read_commands(capsys, tmp_path):
    path = tmp_path / "nothing.db"
    code, _, err = run(capsys, "--db", path, "search", "王")
    assert code == 1 and not path.exists() and "migrate" in err
    code, _, _ = run(capsys, "--db", path, "migrate")
    assert code == 0 and path.exists()


def test_not_a_store_subprocess_no_traceback(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite" * 50)
    proc = subprocess.run([sys.executable, "-m", "dealerdesk", "--db", str(bad), "check"],
                          check=False, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_due_for_unknown_user_is_an_error(capsys, db_path):
    code, _, err = run(capsys, "--db", db_path, "due", "--user", "nobody")
    assert code == 1 and "nobody" in err


def test_sales_consultant_cannot_read_another_users_list(capsys, db_path):
    code, _, err = run(capsys, "--db", db_path, "--as", "sales01", "due", "--user", "mgr01")
    assert code == 1 and "自己" in err
    code, out, _ = run(capsys, "--db", db_path, "--as", "sales01", "due", "--at", "2026-11-24T10:00", "--json")
    assert code == 0 and {i["owner"] for i in json.loads(out)} == {"sales01"}


def test_a_store_on_a_network_share_is_one_line_and_exit_1(capsys):
    code, out, err = run(capsys, "--db", r"\\fileserver\crm\dealerdesk.db", "check")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "网络共享" in err and "postgresql://" in err
