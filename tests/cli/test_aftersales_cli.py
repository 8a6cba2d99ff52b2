"""`reminders plan` and `vehicle show`: the after-sales look-ups for scripts and scheduled tasks."""
import datetime as dt
import json

import pytest

from dealerdesk.cli import main
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers import records as cs
from dealerdesk.store import keys
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Reminder, ServiceRecord, Vehicle

from tests.factories import make_cli_user


@pytest.fixture
def db_path(tmp_path, store_target):
    path = store_target
    open_store(path, create=True)
    make_cli_user()
    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="车主甲", phones=["13812345678"]))
    v = Vehicle.create(vin="LSVAU2180N2183294", plate="粤B12345", model_name="帕萨特", owner=c.id,
                       delivered_on=dt.date(2025, 11, 1), insurance_compulsory_until=dt.date(2026, 12, 10))
    keys.reindex_vehicles([v.id])
    ServiceRecord.create(vehicle=v.id, customer=c.id, kind="maintenance", service_date=dt.date(2026, 5, 2),
                         mileage_km=5100, content="首保")
    close_store()
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    close_store()
    return code, out, err


def test_vehicle_show_by_plate_fragment(capsys, db_path):
    code, out, _ = run(capsys, "--db", db_path, "vehicle", "show", "B1234", "--json")
    card = json.loads(out)
    assert code == 0 and card["plate"] == "粤B12345" and card["history"][0]["content"] == "首保"


def test_vehicle_show_unknown_is_a_clean_error(capsys, db_path):
    code, _, err = run(capsys, "--db", db_path, "vehicle", "show", "粤Z99999")
    assert code == 1 and "没有找到车辆" in err


def test_reminders_plan_is_idempotent(capsys, db_path):
    code, out, _ = run(capsys, "--db", db_path, "reminders", "plan", "--today", "2026-11-24", "--json")
    first = json.loads(out)
    assert code == 0 and first["created"] >= 1
    code, out, _ = run(capsys, "--db", db_path, "reminders", "plan", "--today", "2026-11-24", "--json")
    assert json.loads(out)["created"] == 0
    open_store(db_path)
    try:
        assert Reminder.select().where(Reminder.kind == "insurance_compulsory").count() == 1
    finally:
        close_store()
