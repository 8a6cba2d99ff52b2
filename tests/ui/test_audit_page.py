"""The audit-log page filters what it shows (user, action, customer, dates) over the lazy model, exports the
filtered rows (audited), and the erase dialog only erases after the customer's exact name is typed."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, actor_for_login
from dealerdesk.store.models import AuditLog, Customer
from dealerdesk.ui.dialogs.privacy import EraseCustomerDialog
from dealerdesk.ui.pages.audit import Page


def _seed(store):
    ids = store["ids"]
    audit.record(actor_for_login("li"), "customer.update", "customer", ids[1], at=dt.datetime(2026, 9, 3, 10, 0),
                 changes={"city": ["广州", "深圳"]})
    audit.record(actor_for_login("boss"), "export", "customers", None, at=dt.datetime(2026, 10, 2, 9, 0), rows=3)


def _shown(page):
    m = page.model
    return [m.row_at(r) for r in range(m.rowCount())]


def test_filters_by_user_action_customer_and_dates(ctx, store, qtbot, qtmodeltester):
    _seed(store)
    page = Page(ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    everything = AuditLog.select().count()
    assert page.model.rowCount() == everything
    assert _shown(page)[0].id == AuditLog.select().order_by(AuditLog.id.desc()).first().id  # newest first

    page.user.setCurrentIndex(page.user.findData("li"))
    page.refresh()
    assert {r.user_login for r in _shown(page)} == {"li"} and page.model.rowCount() == 1
    assert "共 1 条" in page.count_label.text()

    page.user.setCurrentIndex(0)
    page.action.setCurrentIndex(page.action.findData("customer.create"))
    page.refresh()
    assert page.model.rowCount() == len(store["ids"]) and {r.action for r in _shown(page)} == {"customer.create"}

    page.action.setCurrentIndex(0)
    page.customer.setText(str(store["ids"][1]))
    page.refresh()
    assert {r.customer_id for r in _shown(page)} == {store["ids"][1]}
    assert {r.action for r in _shown(page)} == {"customer.create", "customer.update"}

    page.customer.clear()
    page.by_date.setChecked(True)
    page.since.setDate(QDate(2026, 10, 1))
    page.until.setDate(QDate(2026, 10, 31))
    page.refresh()
    assert [r.action for r in _shown(page)] == ["export"]
    qtmodeltester.check(page.model)


def test_export_writes_the_filtered_rows_and_is_audited(ctx, store, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    _seed(store)
    page = Page(ctx)
    qtbot.addWidget(page)
    page.user.setCurrentIndex(page.user.findData("li"))
    page.refresh()
    out = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.export()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and "修改客户" in lines[1]
    last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (last.action, last.entity, last.user_login) == ("export", "audit_log", "boss")


def test_page_refuses_roles_without_audit_read(store, qapp, qtbot):
    from dealerdesk.ui.context import AppContext

    ctx = AppContext(actor=Actor(id=store["sales"].id, login="li", role="sales"), db_label="ui.db",
                     clock=lambda: dt.datetime(2026, 10, 15, 10, 0))
    page = Page(ctx)
    qtbot.addWidget(page)
    assert page.model is None


def test_erase_dialog_needs_the_exact_name(ctx, store, qtbot, monkeypatch):
    cid = store["ids"][3]  # 刘洋
    dialog = EraseCustomerDialog(ctx, cid, "刘洋")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.erase_button.isEnabled()
    dialog.typed.setText("刘")
    assert not dialog.erase_button.isEnabled()
    dialog.accept()  # Enter with a wrong name: nothing happens but a message
    assert Customer.get_by_id(cid).name == "刘洋" and dialog.message.isVisible()
    dialog.typed.setText("刘洋")
    assert dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter in the field confirms once the name is right
    assert dialog.result_data is not None and Customer.get_by_id(cid).erased_at is not None
    assert audit.verify_chain() == []
