"""`kpi --json` has the month's campaigns with the counts the monthly PDF prints (issue 24)."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from dealerdesk.services import campaigns
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.listing import CustomerFilter
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.reporting.campaigns import monthly_campaigns
from dealerdesk.store.db import close_store, open_store
from tests.factories import make_cli_user, make_user

NOW = dt.datetime(2026, 12, 2, 9, 0)


def test_kpi_json_lists_the_months_campaigns(tmp_path):
    path = tmp_path / "c.db"
    open_store(path, create=True)
    manager = make_cli_user()
    caller = make_user("s1", "李顾问", "sales")
    for i in range(4):
        create_customer(SYSTEM, CustomerInput(name=f"客户{i}", gender="F", consent=i != 3, phones=[f"1390000000{i}"]))
    seg = campaigns.save_segment(manager, "全部", CustomerFilter(), at=NOW)
    cl = campaigns.create_call_list(manager, "回访", seg.id, [caller.id], at=NOW)
    first = campaigns.call_entries(manager, cl.id)[0]
    campaigns.log_call(caller, first.id, "appointment", at=NOW)
    batch = campaigns.create_batch(manager, "问候", "{称呼}好", segment_id=seg.id, at=NOW + dt.timedelta(days=20))
    campaigns.export_batch(manager, batch.id, tmp_path / "b.csv", at=NOW + dt.timedelta(days=20))
    expected = [c.to_json() for c in monthly_campaigns(manager, "2026-12")]
    close_store()
    r = subprocess.run([sys.executable, "-m", "dealerdesk", "--db", str(path), "kpi", "--month", "2026-12", "--json"],
                       check=False, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["campaigns"] == expected == [
        {"name": "回访", "kind": "call_list", "size": 3, "reached": 1, "visits": 0, "appointments": 1},
        {"name": "问候", "kind": "batch", "size": 3, "reached": 3, "visits": 0, "appointments": 0}]
