"""The audit viewer's use cases: only audit.read may page the log (a refusal is itself logged), filters
combine, and the export writes the filtered rows and is one more row of the log."""
import csv
import datetime as dt

import pytest

from dealerdesk.domain.errors import PermissionDenied
from dealerdesk.services import audit, audit_viewer
from dealerdesk.services.audit_viewer import AuditFilter
from dealerdesk.store.models import AuditLog
from tests.factories import make_user


def test_filters_paging_export_and_permission(store, tmp_path):
    boss = make_user("boss", "王经理", "manager")
    li = make_user("li", "李顾问", "sales")
    for i in range(5):
        audit.record(li, "customer.update", "customer", 10 + i % 2, at=dt.datetime(2026, 5, 1 + i, 9))
    flt = AuditFilter(user="li", customer_id=10)
    assert audit_viewer.count(boss, flt) == 3
    ids = audit_viewer.ids(boss, flt, limit=2)
    assert ids == sorted(ids, reverse=True) and len(ids) == 2
    assert audit_viewer.count(boss, AuditFilter(action="customer.", since=dt.date(2026, 5, 2),
                                                until=dt.date(2026, 5, 3))) == 2
    out = tmp_path / "log.csv"
    result = audit_viewer.export_entries(boss, flt, out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert result.rows == 3 and rows[0] == audit_viewer.EXPORT_HEADERS and {r[2] for r in rows[1:]} == {"li"}
    last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (last.action, last.entity, last.user_login) == ("export", "audit_log", "boss")
    with pytest.raises(PermissionDenied):
        audit_viewer.count(li, AuditFilter())
    last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (last.action, last.user_login) == ("permission.denied", "li")
