"""Exporter: masking, audit, CSV that Excel opens, and export → import into an empty store round-trips."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from dealerdesk.domain.errors import PermissionDenied
from dealerdesk.services.auth import SYSTEM, Actor
from dealerdesk.services.transfer.export import export
from dealerdesk.services.transfer.importer import ImportOptions, run_import
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, Customer, CustomerPhone, Lead, User, Vehicle
from tests.factories import make_user

ROWS = [["姓名", "手机", "车牌号", "车架号", "车型", "购车日期", "级别", "城市", "性别", "来源"],
        ["张三", "13812345678/010-62345678", "粤B12345", "LVGBE40E3TG000001", "雷凌", "2024-01-05", "H", "广州", "男",
         "展厅"],
        ["张三", "13812345678", "粤B22222", None, "卡罗拉", None, None, None, None, None],
        ["李四", "13912345678", None, None, None, None, "B", "深圳", "女", "汽车之家"]]


def snapshot():
    out = []
    for c in Customer.select().order_by(Customer.name):
        out.append((c.name, c.gender, c.city, c.source,
                    sorted(p.phone for p in c.phones),
                    sorted((v.plate, v.vin, v.model_name) for v in Vehicle.select().where(Vehicle.owner == c)),
                    sorted(lead.level for lead in Lead.select().where(Lead.customer == c))))
    return out


@pytest.fixture
def filled(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    for r in ROWS:
        wb.active.append(r)
    wb.save(tmp_path / "in.xlsx")
    open_store(tmp_path / "a.db", create=True)
    User.create(login="zhao", display_name="赵经理", role="manager")
    result = run_import(SYSTEM, tmp_path / "in.xlsx", ImportOptions(on_duplicate="update"))
    assert result.rejected == 0, result.rejects
    yield tmp_path
    close_store()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_into_empty_store(filled, suffix):
    before = snapshot()
    out = filled / f"out{suffix}"
    result = export(SYSTEM, "customers", out)
    assert result.rows == 3 and not result.masked
    close_store()
    open_store(filled / f"b{suffix}.db", create=True)
    again = run_import(SYSTEM, out, ImportOptions(on_duplicate="update"))
    assert again.rejected == 0, again.rejects
    assert snapshot() == before


def test_csv_has_bom_and_phones_masked_for_roles_without_phone_see(filled, monkeypatch):

    clerk = make_user("qian", "系统管理员小钱", "admin")  # may export; sees phones masked by default
    result = export(clerk, "customers", filled / "masked.csv")
    data = (filled / "masked.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and result.masked
    text = data.decode("utf-8-sig")
    assert "138****5678" in text and "13812345678" not in text
    assert AuditLog.select().where(AuditLog.action == "export", AuditLog.user_login == "qian").count() == 1


def test_other_lists_and_filter(filled):
    li = Customer.get(Customer.name == "李四")
    result = export(SYSTEM, "leads", filled / "leads.xlsx", customer_ids=[li.id])
    rows = list(load_workbook(filled / "leads.xlsx").active.values)
    assert result.rows == 1 and rows[1][2] == "李四" and rows[1][4] == "B"
    assert export(SYSTEM, "services", filled / "s.xlsx").rows == 0
    assert export(SYSTEM, "reminders", filled / "r.csv").rows == 0
    try:
        from dealerdesk.services.customers.listing import CustomerFilter
    except ImportError:
        return
    assert export(SYSTEM, "customers", filled / "f.xlsx", customer_filter=CustomerFilter(city="深圳")).rows == 1
    assert CustomerPhone.select().count() == 3


def test_export_needs_permission(filled):
    with pytest.raises(PermissionDenied):
        export(Actor(id=5, login="s", role="sales"), "customers", filled / "x.xlsx")

    with pytest.raises(PermissionDenied, match="销售顾问不能导出客户资料"):
        export(make_user("s", "销售", "sales"), "customers", filled / "x.xlsx")
