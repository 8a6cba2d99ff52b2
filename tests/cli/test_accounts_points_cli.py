"""Key accounts and points through the real entry point: `kpi --json` has "key_accounts" and "points" with the
figures the monthly PDF prints, `due` lists an overdue key-account visit for its account manager, and
`report key-accounts` writes the visit tracking sheet."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from dealerdesk.services import key_accounts as ka
from dealerdesk.services import loyalty
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.customers.contacts import ContactInput, save_contact
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Lead, SalesOrder
from tests.factories import make_cli_user, make_user


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2026, month, day, 10, 0)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "accounts.db"
    open_store(path, create=True)
    boss = make_cli_user()
    make_user("s1", "刘顾问", "sales")
    s1 = actor_for_login("s1")
    company = create_customer(boss, CustomerInput(name="顺达物流有限公司", kind="company", phones=["020-62345678"]))
    main = save_contact(boss, company.id, ContactInput(name="周总", title="总经理", phone="13900139000", is_main=True))
    acc = ka.save_key_account(boss, ka.KeyAccountInput(company.id, "A", s1.id, 12, 1), now=at(10, 2)).account
    ka.record_visit(s1, acc.id, ka.VisitInput(at(10, 5).date(), "年度计划", contact_id=main.id), now=at(10, 5))
    ka.record_visit(s1, acc.id, ka.VisitInput(at(10, 20).date(), "送报价", contact_id=main.id), now=at(10, 20))
    lead = Lead.create(customer=company.id, level="O", status="open")
    SalesOrder.create(lead=lead.id, customer=company.id, price=150000, ordered_at=at(10, 21))
    person = create_customer(boss, CustomerInput(name="张伟", phones=["13800138000"]))
    loyalty.award_points(boss, person.id, "event", 100, "九月沙龙", at=at(9, 30))
    loyalty.award_points(boss, person.id, "referral", 500, "介绍李雷", at=at(10, 3))
    loyalty.spend_points(boss, person.id, 200, "礼品", at=at(10, 10))
    close_store()
    return path


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dealerdesk", "--db", str(db), *args], check=False,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


def test_kpi_json_key_accounts_and_points_equal_the_pdf(db, tmp_path):
    r = run(db, "kpi", "--month", "2026-10", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    # planned in October: the first (2nd) and the one after the first visit (5th + 14 days = 19th); the one
    # after the second (20th + 14 = 3 Nov) is November's
    assert data["key_accounts"] == {"visits_planned": 2, "visits_done": 2, "orders": 1}
    assert data["points"] == {"earned": 500, "spent": 200}
    pdf = tmp_path / "monthly.pdf"
    r = run(db, "report", "monthly", "--month", "2026-10", "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    ka_, pts = data["key_accounts"], data["points"]
    assert (f"大用户计划走访（次）{ka_['visits_planned']}大用户完成走访（次）{ka_['visits_done']}"
            f"走访完成率100.0%大用户订单（台）{ka_['orders']}"
            f"会员积分发放（分）{pts['earned']}会员积分抵扣（分）{pts['spent']}") in text


def test_due_lists_the_overdue_visit_for_its_account_manager(db):
    r = run(db, "due", "--at", "2026-11-05T10:00", "--user", "s1", "--json")
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)
    assert [(i["kind"], i["owner"], i["due_at"], i["overdue_at"]) for i in items] == [
        ("key_account_visit", "s1", "2026-11-03T09:00", "2026-11-04T00:00")]


def test_report_key_accounts_writes_the_visit_tracking_sheet(db, tmp_path):
    out = tmp_path / "visits.pdf"
    r = run(db, "report", "key-accounts", "--month", "2026-10", "--months", "1", "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "大用户走访跟踪表2026-10-01至2026-10-31" in text and "顺达物流有限公司" in text
    assert "2026-10-05刘顾问周总年度计划" in text and "2026-10-20刘顾问周总送报价" in text
    assert "本年订单1/12台" in text
    r = run(db, "report", "key-accounts", "--month", "2026-10", "--months", "0", "-o", str(out))
    assert r.returncode == 1 and "--months" in r.stderr
