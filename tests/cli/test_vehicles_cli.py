"""The after-sales rules through the CLI: a maintenance reminder 200 days overdue is still in `due --json`,
`vehicle show` text is as complete as its JSON, and `winback` lists the customers to win back."""
import datetime as dt
import json

import pytest

from dealerdesk.cli import main
from dealerdesk.services.aftersales.insurance import RenewalInput, record_renewal
from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle, transfer_vehicle
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers import records as cs
from dealerdesk.store.db import close_store, open_store
from tests.factories import make_cli_user

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def db_path(store_target):
    open_store(store_target, create=True)
    make_cli_user()
    c = cs.create_customer(SYSTEM, cs.CustomerInput(name="车主甲", phones=["13812345678"], consent=True)).id
    v = create_vehicle(SYSTEM, VehicleInput(
        plate="粤B12345", vin="LSVAU2180N2183294", model_name="帕萨特", owner_id=c, delivered_on=dt.date(2024, 6, 1),
        insurance_compulsory_until=dt.date(2026, 6, 20), insurer="平安保险", purchase_date=dt.date(2024, 5, 28),
        bought_here=True, registration_date=dt.date(2024, 6, 5)), today=dt.date(2024, 11, 13))
    # last maintenance 2024-11-13: the next was due 2025-11-13, 200 days before TODAY; a repair 8 months ago
    add_service_record(SYSTEM, ServiceRecordInput(vehicle_id=v.id, kind="maintenance", service_date=dt.date(
        2024, 11, 13), mileage_km=6000, content="首保"), today=dt.date(2024, 11, 13))
    add_service_record(SYSTEM, ServiceRecordInput(vehicle_id=v.id, kind="repair", service_date=dt.date(2025, 10, 1),
                                                  mileage_km=7000, content="换雨刮"), today=dt.date(2025, 10, 1))
    record_renewal(SYSTEM, v.id, RenewalInput(kind="commercial", insurer="平安保险", premium=3000),
                   expected_version=None, today=dt.date(2025, 10, 1))
    other = cs.create_customer(SYSTEM, cs.CustomerInput(name="车主乙", phones=["13912345678"])).id
    transfer_vehicle(SYSTEM, v.id, other, note="卖给朋友", at=dt.datetime(2025, 12, 1, 10))
    transfer_vehicle(SYSTEM, v.id, c, note="又买回", at=dt.datetime(2025, 12, 2, 10))
    close_store()
    return store_target


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    close_store()
    return code, out, err


def test_maintenance_200_days_overdue_is_in_due_json(capsys, db_path):
    assert run(capsys, "--db", db_path, "reminders", "plan", "--today", TODAY)[0] == 0
    code, out, _ = run(capsys, "--db", db_path, "due", "--at", f"{TODAY}T09:00:00", "--json")
    items = [i for i in json.loads(out) if i["kind"] == "maintenance"]
    assert code == 0 and len(items) == 1
    assert items[0]["overdue_at"].startswith("2025-11-14")  # overdue from the day after the deadline


def test_vehicle_show_text_has_what_the_json_has(capsys, db_path):
    run(capsys, "--db", db_path, "reminders", "plan", "--today", TODAY)
    code, out, _ = run(capsys, "--db", db_path, "vehicle", "show", "B12345", "--json")
    card = json.loads(out)
    code, text, _ = run(capsys, "--db", db_path, "vehicle", "show", "B12345")
    assert code == 0
    assert card["owner_name"] == "车主甲" and "车主：车主甲" in text
    assert card["owner_phones"][0] in text
    deadlines = [(dt.date.fromisoformat(r["overdue_at"][:10]) - dt.timedelta(days=1)).isoformat()
                 for r in card["reminders"]]
    assert deadlines and all(d in text for d in deadlines) and f"待办提醒（{len(deadlines)}）" in text
    assert "保养" in text and "交强险" in text
    assert "平安保险" in text and "2024-05-28（本店）" in text and "续保记录（1）" in text
    assert "过户记录（2）" in text and "车主乙" in text
    assert "服务历史（2）" in text and "换雨刮" in text and "首保" in text
    assert card["next_inspection"] in text


def test_winback_json_and_export(capsys, db_path, tmp_path):
    code, out, _ = run(capsys, "--db", db_path, "winback", "--today", TODAY, "--json")
    [row] = json.loads(out)
    assert code == 0 and (row["name"], row["plate"], row["months_unseen"]) == ("车主甲", "粤B12345", 8)
    assert row["maintenance_due"] == "2025-11-13" and row["last_seen"] == "2025-10-01"
    code, text, _ = run(capsys, "--db", db_path, "winback", "--today", TODAY)
    assert code == 0 and "车主甲" in text and "8 个月未到店" in text
    out_file = tmp_path / "wb.csv"
    code, text, _ = run(capsys, "--db", db_path, "winback", "--today", TODAY, "-o", out_file)
    assert code == 0 and "粤B12345" in out_file.read_text(encoding="utf-8-sig")
