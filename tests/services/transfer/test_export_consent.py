"""PIPL in exports: the marketing list holds only customers who consented; the customer list says who did."""
import csv

from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.transfer import export
from tests.factories import make_user


def _read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_marketing_export_only_consenting_and_customer_export_has_the_column(store, tmp_path):
    manager = make_user("m1", "经理", "manager")
    yes = create_customer(manager, CustomerInput(name="同意者", phones=["13800000001"], consent=True))
    no = create_customer(manager, CustomerInput(name="拒绝者", phones=["13800000002"], consent=False))
    export.export(manager, "marketing", tmp_path / "m.csv")
    rows = _read(tmp_path / "m.csv")
    assert rows[0] == export.MARKETING_HEADERS and [r[0] for r in rows[1:]] == [str(yes.id)]
    export.export(manager, "customers", tmp_path / "c.csv")
    rows = _read(tmp_path / "c.csv")
    consent = {r[0]: r[rows[0].index("同意联系")] for r in rows[1:]}
    assert consent == {str(yes.id): "是", str(no.id): "否"}
