"""UI fixtures: a temp store with a few customers made through the services, and an AppContext over it."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store import keys
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Complaint, Customer, FollowUp, Lead, Vehicle
from tests.factories import make_user

NOW = dt.datetime(2026, 10, 15, 10, 0)
PEOPLE = [  # name, phone, city, source
    ("张伟", "13800138000", "深圳", "walk_in"),
    ("王芳", "13912345678", "广州", "online"),
    ("李娜", "13700001111", "深圳", "referral"),
    ("刘洋", "13600002222", "广州", "walk_in"),
    ("陈静", "13500003333", "佛山", "phone_in"),
    ("单田芳", "13400004444", "深圳", "online"),
]


@pytest.fixture()
def qsettings_tmp(tmp_path, monkeypatch):
    """QSettings write to the temp dir, never to the developer's registry/home."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("DealerDeskTest")
    QCoreApplication.setApplicationName("DealerDeskTest")
    yield


@pytest.fixture()
def store(tmp_path, qsettings_tmp):
    """A fresh store: a manager, a consultant, six customers; 张伟 has an overdue follow-up (at NOW)."""
    open_store(tmp_path / "ui.db", create=True)
    manager = make_user("boss", "王经理", "manager")
    sales = make_user("li", "李顾问", "sales")
    ids = []
    for i, (name, phone, city, source) in enumerate(PEOPLE):
        detail = create_customer(SYSTEM, CustomerInput(name=name, phones=[phone], city=city, source=source,
                                                       owner_id=sales.id if i % 2 == 0 else None))
        ids.append(detail.id)
        Customer.update(last_activity_at=NOW - dt.timedelta(days=i)).where(Customer.id == detail.id).execute()
    lead = Lead.create(customer=ids[0], level="H", owner=sales.id)
    FollowUp.create(lead=lead, customer=ids[0], due_at=NOW - dt.timedelta(days=2),
                    overdue_at=NOW - dt.timedelta(days=1))
    Complaint.create(customer=ids[1], status="open", resolve_due=NOW + dt.timedelta(days=2))
    car = Vehicle.create(owner=ids[2], plate="粤B12345", vin="LSVAB2AB1CN000001")
    keys.reindex_vehicles([car.id])
    yield {"ids": ids, "manager": manager, "sales": sales}
    close_store()


@pytest.fixture()
def ctx(store, qapp):
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.ui.context import AppContext

    return AppContext(actor=actor_for_login("boss"), db_label="ui.db", clock=lambda: NOW)


@pytest.fixture(autouse=True)
def no_system_print_dialog(monkeypatch):
    """The system print dialog is modal and waits for a person: a test that reaches it without saying what the
    dialog answers (monkeypatch printing.ask, e.g. with tests/ui/printer.pdf_printer) fails at once instead of
    hanging the run."""
    from dealerdesk.ui import printing

    def refuse(printer, parent):
        raise AssertionError("the system print dialog was opened in a test: patch dealerdesk.ui.printing.ask")

    monkeypatch.setattr(printing, "ask", refuse)
