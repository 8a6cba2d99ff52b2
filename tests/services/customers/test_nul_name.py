"""A customer named with a NUL byte cannot be stored: the NUL is removed (cleaned, not refused — it carries
nothing a clerk typed, docs/operations.md), whether typed, given on the command line or imported."""
from __future__ import annotations

from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.transfer.export import export
from dealerdesk.services.transfer.importer import run_import
from dealerdesk.store.models import Customer
from tests.factories import make_user


def test_a_nul_in_a_typed_name_is_removed_and_the_customer_exports(store, tmp_path):
    manager = make_user("boss", "王经理", "manager")
    detail = create_customer(manager, CustomerInput(name="张\x00三\u202e", phones=["13800138000"],
                                                    address="\ufeff南山区", needs="第一行\n第二\x00行"))
    assert detail.name == "张三"
    row = Customer.get_by_id(detail.id)
    assert (row.name, row.address, row.needs) == ("张三", "南山区", "第一行\n第二行")
    assert export(manager, "customers", tmp_path / "all.xlsx").rows == 1


def test_a_nul_in_an_imported_name_is_removed(store, tmp_path):
    manager = make_user("boss", "王经理", "manager")
    path = tmp_path / "in.csv"
    path.write_bytes("姓名,手机,备注\n李\x00四,13912345678,\u202e备注\n".encode())
    result = run_import(manager, path)
    assert result.imported == 1
    row = Customer.get()
    assert (row.name, row.needs) == ("李四", "备注")
    assert export(manager, "customers", tmp_path / "all.xlsx").rows == 1
