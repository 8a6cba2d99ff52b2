"""The CLI's acting user (docs/cli.md "Acting user"): login by --as/DEALERDESK_USER and DEALERDESK_PASSWORD,
clean refusals, `demo --password`, `migrate --admin` and `user add/list/deactivate`."""
import io
import json
import os
import subprocess
import sys

import pytest

from dealerdesk.cli import main
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, User
from tests.factories import CLI_LOGIN, TEST_PASSWORD, make_cli_user, make_user


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "login.db"
    open_store(path, create=True)
    make_cli_user()
    make_user("root", "管理员", "admin")
    create_customer(make_user("li", "李顾问", "sales"), CustomerInput(name="王小明", phones=["13812345678"]))
    close_store()
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    close_store()
    return code, out, err


def audit_actions(path):
    open_store(path)
    try:
        return [(a.user_login, a.action) for a in AuditLog.select().order_by(AuditLog.id)
                if a.action.startswith("login")]
    finally:
        close_store()


def test_the_environment_logs_in_and_the_login_is_audited(db_path, capsys):
    code, out, _ = run(capsys, "--db", db_path, "search", "王小明", "--json")
    assert code == 0 and json.loads(out)[0]["name"] == "王小明"
    assert audit_actions(db_path) == [(CLI_LOGIN, "login")]


def test_as_names_another_user(db_path, capsys):
    code, out, err = run(capsys, "--db", db_path, "--as", "li", "search", "王小明", "--json")
    assert code == 0, err
    assert audit_actions(db_path) == [("li", "login")]


def test_no_credentials_on_a_non_terminal_is_one_line_and_nothing_done(db_path, monkeypatch):
    env = {k: v for k, v in os.environ.items() if k not in ("DEALERDESK_USER", "DEALERDESK_PASSWORD")}
    for extra in ({}, {"DEALERDESK_USER": "li"}):
        p = subprocess.run([sys.executable, "-m", "dealerdesk", "--db", str(db_path), "search", "王", "--json"],
                           capture_output=True, text=True, env={**env, **extra}, stdin=subprocess.DEVNULL, timeout=60)
        assert p.returncode == 1 and p.stdout == ""
        assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
        assert "DEALERDESK_" in p.stderr
    assert audit_actions(db_path) == []


def test_a_wrong_password_is_one_line_exit_1_and_audited(db_path, capsys, monkeypatch):
    monkeypatch.setenv("DEALERDESK_PASSWORD", "not-the-password")
    code, out, err = run(capsys, "--db", db_path, "search", "王小明", "--json")
    assert (code, out) == (1, "")
    assert err.strip() == "dealerdesk: 登录名或密码不正确"
    monkeypatch.setenv("DEALERDESK_USER", "nobody")
    assert run(capsys, "--db", db_path, "search", "王小明")[2].strip() == "dealerdesk: 登录名或密码不正确"
    assert audit_actions(db_path) == [(CLI_LOGIN, "login.failed"), ("nobody", "login.failed")]


def test_user_filter_keeps_its_meaning(db_path, capsys):
    code, out, err = run(capsys, "--db", db_path, "due", "--user", "li", "--json")
    assert code == 0, err
    assert audit_actions(db_path) == [(CLI_LOGIN, "login")]  # the acting user, not the filter


def test_user_add_list_deactivate_are_the_admins(db_path, capsys, monkeypatch):
    monkeypatch.setenv("DEALERDESK_NEW_PASSWORD", "new-user-pass")
    code, _, err = run(capsys, "--db", db_path, "user", "add", "wang", "--name", "王芳", "--role", "sales")
    assert code == 1 and "经理不能管理用户" in err  # a manager may not
    monkeypatch.setenv("DEALERDESK_USER", "root")
    code, out, err = run(capsys, "--db", db_path, "user", "add", "wang", "--name", "王芳", "--role",
                         "service_advisor", "--technician")
    assert code == 0, err
    assert "new-user-pass" not in out + err
    code, out, _ = run(capsys, "--db", db_path, "user", "list", "--json")
    rows = {r["login"]: r for r in json.loads(out)}
    assert rows["wang"] == {**rows["wang"], "name": "王芳", "role": "service_advisor", "technician": True,
                            "active": True}
    assert "password_hash" not in out
    assert run(capsys, "--db", db_path, "user", "deactivate", "wang")[0] == 0
    code, out, _ = run(capsys, "--db", db_path, "user", "list")
    assert code == 0 and "wang\t王芳\t服务顾问\t技师 已停用" in out
    monkeypatch.setenv("DEALERDESK_USER", "wang")
    monkeypatch.setenv("DEALERDESK_PASSWORD", "new-user-pass")
    code, _, err = run(capsys, "--db", db_path, "search", "王")
    assert code == 1 and "已停用" in err


def test_user_add_without_a_new_password_on_a_non_terminal_is_refused(db_path, capsys, monkeypatch):
    monkeypatch.setenv("DEALERDESK_USER", "root")
    monkeypatch.delenv("DEALERDESK_NEW_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO())  # a non-terminal stdin
    code, _, err = run(capsys, "--db", db_path, "user", "add", "wang", "--name", "王芳", "--role", "sales")
    assert code == 1 and "DEALERDESK_NEW_PASSWORD" in err


def test_migrate_creates_a_new_store_with_its_first_admin(tmp_path, capsys, monkeypatch):
    path = tmp_path / "fresh.db"
    monkeypatch.delenv("DEALERDESK_PASSWORD")
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    code, _, err = run(capsys, "--db", path, "migrate")
    assert code == 1 and "DEALERDESK_PASSWORD" in err and not path.exists()
    monkeypatch.setenv("DEALERDESK_PASSWORD", "first-admin-1")
    code, out, err = run(capsys, "--db", path, "migrate", "--admin", "boss")
    assert code == 0, err
    assert "boss" in out and "first-admin-1" not in out + err
    monkeypatch.setenv("DEALERDESK_USER", "boss")
    code, out, err = run(capsys, "--db", path, "user", "list", "--json")
    assert code == 0, err
    assert [(r["login"], r["role"]) for r in json.loads(out)] == [("boss", "admin")]
    assert run(capsys, "--db", path, "migrate")[0] == 0  # an existing store: no second admin
    open_store(path)
    try:
        assert User.select().count() == 1
    finally:
        close_store()


def test_demo_password_gives_every_demo_user_that_password(tmp_path, capsys, monkeypatch):
    path = tmp_path / "demo.db"
    code, _, err = run(capsys, "demo", "--out", path, "--customers", "30", "--password", "shop-pass-1")
    assert code == 0, err
    assert "shop-pass-1" not in err
    for login in ("admin", "manager01", "sales01", "desk01", "service01"):
        monkeypatch.setenv("DEALERDESK_USER", login)
        monkeypatch.setenv("DEALERDESK_PASSWORD", "shop-pass-1")
        assert run(capsys, "--db", path, "search", "王")[0] == 0, login
    default = tmp_path / "default.db"
    code, _, err = run(capsys, "demo", "--out", default, "--customers", "30")
    assert code == 0 and "demo1234" in err  # the default demo password is told on stderr
    monkeypatch.setenv("DEALERDESK_USER", "manager01")
    monkeypatch.setenv("DEALERDESK_PASSWORD", "demo1234")
    assert run(capsys, "--db", default, "search", "王")[0] == 0
    assert run(capsys, "demo", "--out", tmp_path / "x.db", "--customers", "30", "--password", "short")[0] == 1
    assert TEST_PASSWORD  # (the factory password is not what the demo uses)
