"""Every kind of event lands in the audit log, with the acting user, the use case's clock and, for changes,
field-level old → new (phones masked): creates, updates, deletes, settings, users, exports, imports, backups,
merges, logins, failed logins and refused attempts."""
import datetime as dt
import json

import pytest

from dealerdesk.domain.errors import PermissionDenied
from dealerdesk.services import audit
from dealerdesk.services.aftersales import complaints
from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle, update_vehicle
from dealerdesk.services.backup import backup_store
from dealerdesk.services.customers import records as cs
from dealerdesk.services.customers.merge import merge_customers
from dealerdesk.services.reception.appointments import book_appointment, cancel_appointment
from dealerdesk.services.sales import leads
from dealerdesk.services.settings import set_setting
from dealerdesk.services.transfer import export
from dealerdesk.services.transfer.importer import run_import
from dealerdesk.store.models import AuditLog
from tests.factories import make_user
from dealerdesk.services import accounts

NOW = dt.datetime(2026, 3, 2, 10, 30)


def _last(action):
    row = AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id.desc()).first()
    assert row is not None, f"no {action} row"
    return row, json.loads(row.detail) if row.detail else {}


@pytest.fixture
def people(store):
    return {"boss": make_user("boss", "王经理", "manager"),
            "li": make_user("li", "李顾问", "sales"),
            "adv": make_user("adv", "赵顾问", "service_advisor"),
            "admin": make_user("root", "管理员", "admin")}


def test_customer_create_update_delete_field_level(people):
    li = people["li"]
    c = cs.create_customer(li, cs.CustomerInput(name="周杰", phones=["13811112222"], city="深圳"))
    row, d = _last("customer.create")
    assert (row.user_login, row.customer_id) == ("li", c.id)
    assert d["changes"]["name"] == [None, "周杰"] and d["changes"]["phones"] == [None, ["138****2222"]]
    loaded = cs.get_customer(li, c.id)
    data = cs.CustomerInput.from_detail(loaded)
    data.city, data.phones = "广州", ["13911112222"]
    cs.update_customer(li, c.id, data, expected_version=loaded.version)
    row, d = _last("customer.update")
    assert row.user_login == "li"
    assert d["changes"] == {"city": ["深圳", "广州"], "phones": [["138****2222"], ["139****2222"]]}
    cs.delete_customer(people["boss"], c.id)
    row, d = _last("customer.delete")
    assert row.user_login == "boss" and d["changes"]["name"] == ["周杰", None]
    assert "13811112222" not in "".join(r.detail for r in AuditLog.select())


def test_lead_vehicle_service_complaint_appointment(people):
    li, adv, boss = people["li"], people["adv"], people["boss"]
    c = cs.create_customer(li, cs.CustomerInput(name="吴磊", phones=["13822223333"]))
    lead = leads.create_lead(li, leads.LeadInput(customer_id=c.id, level="B", colour="白"), at=NOW)
    row, d = _last("lead.create")
    assert (row.user_login, row.at, row.customer_id) == ("li", NOW, c.id) and d["changes"]["level"] == [None, "B"]
    leads.update_lead(li, lead.id, leads.LeadInput(customer_id=c.id, level="B", colour="黑"), at=NOW,
                     expected_version=lead.version)
    row, d = _last("lead.update")
    assert d["changes"] == {"colour": ["白", "黑"]}
    card = create_vehicle(adv, VehicleInput(vin="LSVAU2180N2183294", plate="粤B12345", owner_id=c.id),
                          today=NOW.date())
    row, d = _last("vehicle.create")
    assert (row.user_login, row.customer_id) == ("adv", c.id) and d["changes"]["plate"] == [None, "粤B12345"]
    update_vehicle(adv, card.id, VehicleInput(vin="LSVAU2180N2183294", plate="粤B54321", owner_id=c.id),
                   today=NOW.date(), expected_version=card.version)
    _row, d = _last("vehicle.update")
    assert d["changes"]["plate"] == ["粤B12345", "粤B54321"]
    add_service_record(adv, ServiceRecordInput(vehicle_id=card.id, kind="maintenance", service_date=NOW.date(),
                                               mileage_km=5000), today=NOW.date())
    row, d = _last("service_record.create")
    assert (row.user_login, row.customer_id) == ("adv", c.id) and d["changes"]["mileage_km"] == [None, 5000]
    comp = complaints.create_complaint(li, complaints.ComplaintInput(customer_id=c.id, content="等太久"), now=NOW)
    row, _d = _last("complaint.create")
    assert (row.user_login, row.at, row.customer_id) == ("li", NOW, c.id)
    complaints.change_status(boss, comp.id, "in_progress", now=NOW)
    row, d = _last("complaint.status")
    assert row.user_login == "boss" and d["changes"]["status"] == ["open", "in_progress"]
    appt = book_appointment(adv, c.id, dt.datetime(2026, 3, 5, 9, 0), adv.id, vehicle_id=card.id, now=NOW)
    row, _d = _last("appointment.book")
    assert (row.user_login, row.at, row.customer_id) == ("adv", NOW, c.id)
    cancel_appointment(adv, appt.id, "客户有事", now=NOW)
    _row, d = _last("appointment.cancel")
    assert d["changes"]["status"] == ["booked", "cancelled"]


def test_settings_users_export_import_backup_merge(people, store, tmp_path):
    boss, admin = people["boss"], people["admin"]
    key, old = "reminder.birthday_days_ahead", 3
    set_setting(boss, key, old + 1)
    row, d = _last("setting.change")
    assert row.user_login == "boss" and d["changes"] == {key: [old, old + 1]}
    accounts.create_user(admin, "desk9", "前台九", "front_desk", "long-enough-1")
    row, d = _last("user.create")
    assert row.user_login == "root" and d["changes"]["role"] == [None, "front_desk"]
    export.export(boss, "customers", tmp_path / "c.csv")
    row, d = _last("export")
    assert row.user_login == "boss" and d["file"] == "c.csv"
    (tmp_path / "in.csv").write_text("姓名,手机\n郑爽,13833334444\n", encoding="utf-8-sig")
    run_import(boss, tmp_path / "in.csv")
    row, d = _last("import")
    assert row.user_login == "boss" and d["imported"] == 1
    backup_store(admin, tmp_path / "backups" / "b.db")
    row, d = _last("backup")
    assert row.user_login == "root" and d["file"].endswith(".db")
    a = cs.create_customer(boss, cs.CustomerInput(name="冯伦", phones=["13844445555"]))
    b = cs.create_customer(boss, cs.CustomerInput(name="冯伦", phones=["13844446666"]))
    merge_customers(boss, a.id, b.id)
    row, _d = _last("customer.merge")
    assert (row.user_login, row.customer_id) == ("boss", a.id)


def test_login_failed_login_and_refusals(people):
    from dealerdesk.services.auth import actor_from_user
    from dealerdesk.store.models import User

    li = actor_from_user(User.get(User.login == "li"))
    audit.login_succeeded(li, via="gui")
    row, d = _last("login")
    assert (row.user_login, d["via"]) == ("li", "gui")
    audit.login_failed("li", "wrong_password", via="cli")
    row, d = _last("login.failed")
    assert (row.user_login, d["reason"]) == ("li", "wrong_password") and "password" not in d
    with pytest.raises(PermissionDenied):
        export.export(people["li"], "customers", "/tmp/never.csv")
    row, d = _last("permission.denied")
    assert (row.user_login, d["permission"], d["role"]) == ("li", "export", "sales")
    assert audit.verify_chain() == []
