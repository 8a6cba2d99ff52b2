"""PIPL requests: the export holds every section, the erasure leaves no trace of the person in any table
(audit log included), search finds nothing, the monthly KPIs do not move, and the audit chain still verifies."""
import datetime as dt
import json
import shutil
import sqlite3

import pytest

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.services import audit
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.customers import records as cs
from dealerdesk.services.customers.privacy import ERASED_NAME, SECTIONS, erase_customer, export_customer_data
from dealerdesk.services.demo import DemoOptions, generate_demo
from dealerdesk.services.reporting.summary import monthly_summary
from dealerdesk.services.search import search_customers
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, Customer, CustomerPhone, Interaction, Lead, Vehicle
from tests.factories import make_user

TODAY = dt.date(2026, 11, 20)
NAME = "欧阳翠花"
PHONE = "13987654321"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    generate_demo(DemoOptions(path=path, customers=300, seed=7, today=TODAY))
    close_store()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "store.db"
    shutil.copy(demo_file, path)
    open_store(path)
    manager = actor_for_login("manager01")
    # a customer with a lead this month, a vehicle and a phone: renamed to a name nobody else has
    cid = (Customer.select(Customer.id).join(Lead).switch(Customer).join(Vehicle, on=(Vehicle.owner == Customer.id))
           .where(Lead.received_at >= dt.datetime(2026, 10, 1)).order_by(Customer.id).first().id)
    detail = cs.get_customer(manager, cid)
    data = cs.CustomerInput.from_detail(detail)
    data.name, data.phones, data.email = NAME, [PHONE], "cuihua@example.com"
    cs.update_customer(manager, cid, data, expected_version=detail.version)
    Interaction.create(customer=cid, channel="phone", content=f"{NAME}来电，号码{PHONE}，说想换车")
    yield path, manager, cid
    close_store()


def _kpis(actor):
    out = [monthly_summary(actor, month).to_json() for month in ("2026-10", "2026-11")]
    for kpi in out:
        kpi.pop("generated_at")
    return out


def _text_cells_holding(path, needles):
    """(table, column, rowid) of every text cell in the store that holds one of `needles`."""
    close_store()
    found = []
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for _cid, col, _type, *_ in conn.execute(f'PRAGMA table_info("{table}")'):
                for needle in needles:
                    for (rowid,) in conn.execute(f'SELECT rowid FROM "{table}" WHERE CAST("{col}" AS TEXT) '
                                                 f'LIKE ?', (f"%{needle}%",)):
                        found.append((table, col, rowid, needle))
    conn.close()
    open_store(path)
    return found


def test_erasure_leaves_no_trace_keeps_kpis_and_the_chain(demo):
    path, manager, cid = demo
    plate, vin = Vehicle.select(Vehicle.plate, Vehicle.vin).where(Vehicle.owner == cid).tuples().first()
    assert {h.id for h in search_customers(manager, NAME)} == {cid}
    assert _text_cells_holding(path, [NAME, PHONE])  # the scan finds them before
    before = _kpis(manager)

    result = erase_customer(manager, cid, NAME)

    assert result.audit_rows_redacted >= 1 and result.search_keys_removed > 0
    for text in (NAME, "ouyangcuihua", "oych", PHONE, PHONE[-4:] + "", plate, vin[-6:]):
        assert cid not in {h.id for h in search_customers(manager, text)}, text
    assert _text_cells_holding(path, [NAME, PHONE, PHONE[3:], "cuihua@example.com"]) == []
    assert _kpis(manager) == before
    assert audit.verify_chain() == []
    c = Customer.get_by_id(cid)
    assert c.name == ERASED_NAME and c.erased_at is not None
    assert not CustomerPhone.select().where(CustomerPhone.customer == cid).exists()
    assert not Vehicle.select().where(Vehicle.owner == cid).exists()
    erase_row = AuditLog.select().where(AuditLog.action == "customer.erase").get()
    assert (erase_row.user_login, erase_row.customer_id) == ("manager01", cid)


def test_chain_after_an_erasure_still_catches_edits(demo):
    path, manager, cid = demo
    erase_customer(manager, cid, NAME)
    redacted = AuditLog.select().where(AuditLog.redacted_by.is_null(False)).first()
    other = AuditLog.select().where(AuditLog.redacted_by.is_null()).order_by(AuditLog.id).first()
    close_store()
    with sqlite3.connect(path) as conn:  # pretend another row was blanked by the erasure
        conn.execute("UPDATE audit_log SET detail = 'x', redacted_by = ? WHERE id = ?",
                     (redacted.redacted_by, other.id))
    conn.close()
    open_store(path)
    assert other.id in [p.row_id for p in audit.verify_chain()]


def test_erasure_needs_the_exact_name_and_the_permission(demo):
    _path, manager, cid = demo
    with pytest.raises(InvalidInput) as err:
        erase_customer(manager, cid, "欧阳")
    assert err.value.field == "confirm_name"
    assert Customer.get_by_id(cid).name == NAME
    desk = actor_for_login("desk01")
    with pytest.raises(PermissionDenied):
        erase_customer(desk, cid, NAME)
    denied = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (denied.action, denied.user_login) == ("permission.denied", "desk01")


def test_export_holds_every_section_and_is_audited(demo):
    _path, manager, cid = demo
    data = export_customer_data(manager, cid)
    js = json.loads(json.dumps(data.to_json(), ensure_ascii=False))
    assert set(SECTIONS) <= set(js)
    assert js["profile"][0]["name"] == NAME
    assert [p["phone"] for p in js["phones"]] == [PHONE]
    assert js["vehicles"] and js["leads"] and js["interactions"]
    assert any(e["action"] == "customer.update" for e in js["audit"])
    last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (last.action, last.user_login, last.customer_id) == ("customer.export", "manager01", cid)


def test_export_pdf_renders(demo, tmp_path):
    from dealerdesk.reports.privacy import render_privacy_export

    _path, manager, cid = demo
    out = tmp_path / "export.pdf"
    render_privacy_export(export_customer_data(manager, cid), out)
    assert out.read_bytes().startswith(b"%PDF")


def test_cli_export_and_erase(demo, tmp_path, capsys, monkeypatch):
    from dealerdesk.cli import main
    from dealerdesk.services.demo import DEMO_PASSWORD

    monkeypatch.setenv("DEALERDESK_PASSWORD", DEMO_PASSWORD)  # the demo's users log in with it

    path, _manager, cid = demo
    close_store()
    out = tmp_path / "c.json"
    assert main(["--db", str(path), "--as", "manager01", "customer", "export", str(cid), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["profile"][0]["name"] == NAME
    assert main(["--db", str(path), "--as", "manager01", "customer", "erase", str(cid), "--confirm", "别人"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert main(["--db", str(path), "--as", "manager01", "customer", "erase", str(cid), "--confirm", NAME]) == 0
    assert main(["--db", str(path), "check"]) == 0
    open_store(path)


def test_small_store_erasure_without_demo(store):
    manager = make_user("m1", "经理", "manager")
    c = cs.create_customer(manager, cs.CustomerInput(name="司马懿", phones=["13700001111"]))
    erase_customer(manager, c.id, "司马懿")
    assert audit.verify_chain() == []
    assert not AuditLog.select().where(AuditLog.detail.contains("司马懿")).exists()
