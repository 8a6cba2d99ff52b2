"""An import never gives a customer more than domain/text.MAX_PHONES phones: not in one row (refused, naming
the column), not by merging duplicate rows, not by updating a stored customer."""
from __future__ import annotations

from dealerdesk.domain.text import MAX_PHONES
from dealerdesk.services.transfer.importer import ImportOptions, run_import
from dealerdesk.store.models import Customer, CustomerPhone
from tests.factories import make_user


def _csv(path, rows):
    path.write_text("姓名,手机\n" + "".join(f"{n},{p}\n" for n, p in rows), encoding="utf-8")
    return path


def test_a_row_with_too_many_phones_is_rejected(store, tmp_path):
    manager = make_user("boss", "王经理", "manager")
    phones = "/".join(f"139{i:08d}" for i in range(MAX_PHONES + 1))
    result = run_import(manager, _csv(tmp_path / "a.csv", [("张三", phones)]))
    assert (result.imported, result.rejected) == (0, 1)
    assert Customer.select().count() == 0


def test_merged_and_updated_customers_stop_at_the_bound(store, tmp_path):
    manager = make_user("boss", "王经理", "manager")
    first = "13800138000"
    rows = [("张三", f"{first}/139{i:08d}") for i in range(MAX_PHONES + 5)]  # one person, many rows
    run_import(manager, _csv(tmp_path / "a.csv", rows), ImportOptions(on_duplicate="update"))
    assert Customer.select().count() == 1
    assert CustomerPhone.select().count() == MAX_PHONES
    more = [("张三", f"{first}/137{i:08d}") for i in range(5)]
    run_import(manager, _csv(tmp_path / "b.csv", more), ImportOptions(on_duplicate="update"))
    assert CustomerPhone.select().count() == MAX_PHONES
