"""`dealerdesk appointments --date … --json`: the contract's shape, and one-line errors."""
import datetime as dt
import json

from dealerdesk.cli import main
from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Vehicle
from tests.factories import make_cli_user, make_user


def _store(path):
    open_store(path, create=True)
    make_cli_user()
    make_user("adv", "赵顾问", "service_advisor")
    actor = actor_for_login("adv")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"]))
    car = Vehicle.create(owner=cust.id, plate="粤B12345")
    now = dt.datetime(2026, 10, 15, 10, 0)
    a1 = rc.book_appointment(actor, cust.id, dt.datetime(2026, 10, 16, 9, 0), actor.id, vehicle_id=car.id, now=now)
    rc.book_appointment(actor, cust.id, dt.datetime(2026, 10, 17, 9, 0), actor.id, now=now)
    close_store()
    return a1, cust.id, car.id


def test_json_list_of_the_day(tmp_path, capsys):
    path = tmp_path / "s.db"
    a1, cid, vid = _store(path)
    assert main(["--db", str(path), "appointments", "--date", "2026-10-16", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == [{"id": a1.id, "start": "2026-10-16T09:00", "customer_id": cid, "customer_name": "张伟",
                     "vehicle_id": vid, "plate": "粤B12345", "advisor": "adv", "status": "booked",
                     "requested_work": "", "order_number": ""}]
    assert main(["--db", str(path), "appointments", "--date", "2026-10-18", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", str(path), "appointments", "--date", "2026-10-17"]) == 0
    assert "共 1 个预约" in capsys.readouterr().out


def test_bad_date_and_missing_store_are_one_line_errors(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "appointments", "--date", "2026-10-16"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dealerdesk:") and err.count("\n") == 1
    path = tmp_path / "s.db"
    _store(path)
    assert main(["--db", str(path), "appointments", "--date", "16/10/2026"]) == 1
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and err.count("\n") == 1
