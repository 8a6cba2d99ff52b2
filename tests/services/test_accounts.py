"""Login and user accounts (services/accounts.py, services/passwords.py) on a real SQLite store."""
import datetime as dt
import json

import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput, LoginRefused, NotFound, PermissionDenied
from dealerdesk.services import accounts, passwords
from dealerdesk.services.auth import SYSTEM
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog, User
from tests.factories import TEST_PASSWORD, make_user

NOW = dt.datetime(2026, 11, 24, 9, 0)


@pytest.fixture
def store(tmp_path):
    open_store(tmp_path / "a.db", create=True)
    admin = make_user("root", "管理员", "admin")
    li = make_user("li", "李顾问", "sales")
    yield {"admin": admin, "li": li}
    close_store()


def _audit(action):
    return [(a.user_login, json.loads(a.detail) if a.detail else {})
            for a in AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id)]


def test_hashes_are_argon2id_with_the_parameters_declared_once():
    hashed = passwords.hash_password("correct horse")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify(hashed, "correct horse")
    assert not passwords.verify(hashed, "correct hors")
    assert not passwords.verify("", "") and not passwords.verify("plain-text", "plain-text")


def test_good_login_returns_the_actor_and_is_audited(store):
    actor = accounts.authenticate("li", TEST_PASSWORD, now=NOW)
    assert (actor.id, actor.login, actor.role) == (store["li"].id, "li", "sales")
    assert _audit("login") == [("li", {})]


def test_unknown_login_and_wrong_password_get_the_same_message_and_are_audited(store):
    with pytest.raises(LoginRefused) as unknown:
        accounts.authenticate("nobody", TEST_PASSWORD, now=NOW)
    with pytest.raises(LoginRefused) as wrong:
        accounts.authenticate("li", "wrong-password", now=NOW)
    assert str(unknown.value) == str(wrong.value) == "登录名或密码不正确"
    failed = _audit("login.failed")
    assert [(who, d["reason"]) for who, d in failed] == [("nobody", "unknown_login"), ("li", "password")]
    assert all(TEST_PASSWORD not in json.dumps(d) and "wrong-password" not in json.dumps(d) for _, d in failed)


def test_the_wait_doubles_per_failure_up_to_the_cap_and_a_success_resets_it(store):
    waits = []
    at = NOW
    for _ in range(11):
        with pytest.raises(LoginRefused) as exc:
            accounts.authenticate("li", "wrong-password", now=at)
        waits.append(exc.value.wait_seconds)
        at += dt.timedelta(seconds=exc.value.wait_seconds)
    assert waits == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    user = User.get(User.login == "li")
    assert user.failed_logins == 11 and user.last_failed_at is not None
    # during the wait even the right password is refused, with the seconds left, and not counted
    with pytest.raises(LoginRefused) as early:
        accounts.authenticate("li", TEST_PASSWORD, now=at - dt.timedelta(seconds=100))
    assert early.value.wait_seconds == 100 and "100 秒" in str(early.value)
    assert User.get(User.login == "li").failed_logins == 11
    assert accounts.authenticate("li", TEST_PASSWORD, now=at).login == "li"
    user = User.get(User.login == "li")
    assert (user.failed_logins, user.last_failed_at) == (0, None)
    with pytest.raises(LoginRefused) as again:
        accounts.authenticate("li", "wrong-password", now=at)
    assert again.value.wait_seconds == 1


def test_a_deactivated_user_is_refused(store):
    accounts.deactivate_user(store["admin"], "li")
    with pytest.raises(LoginRefused, match="已停用"):
        accounts.authenticate("li", TEST_PASSWORD, now=NOW)
    with pytest.raises(LoginRefused, match="登录名或密码不正确"):  # a guesser does not learn it exists
        accounts.authenticate("li", "wrong-password", now=NOW)


def test_create_user_needs_user_manage_a_long_enough_password_and_a_free_login(store):
    with pytest.raises(PermissionDenied):
        accounts.create_user(store["li"], "wang", "王芳", "sales", "long-enough")
    with pytest.raises(InvalidInput, match="至少需要 8 个字符") as short:
        accounts.create_user(store["admin"], "wang", "王芳", "sales", "1234567")
    assert short.value.field == "password"
    with pytest.raises(Conflict):
        accounts.create_user(store["admin"], "li", "另一个李", "sales", "long-enough")
    wang = accounts.create_user(store["admin"], "wang", "王芳", "service_advisor", "12345678", technician=True)
    row = User.get_by_id(wang.id)
    assert row.password_hash.startswith("$argon2id$") and row.technician
    assert accounts.authenticate("wang", "12345678", now=NOW).role == "service_advisor"
    assert _audit("user.create") == [("root", {"changes": {
        "login": [None, "wang"], "display_name": [None, "王芳"], "role": [None, "service_advisor"],
        "active": [None, True], "technician": [None, True],
        "phone": [None, ""], "department": [None, ""]}})]


def test_admin_resets_a_password_changes_a_role_and_lists_everyone(store):
    accounts.reset_password(store["admin"], "li", "new-password-9")
    assert accounts.authenticate("li", "new-password-9", now=NOW).login == "li"
    with pytest.raises(LoginRefused):
        accounts.authenticate("li", TEST_PASSWORD, now=NOW)
    row = accounts.set_role(store["admin"], "li", "manager")
    assert row.role == "manager"
    accounts.deactivate_user(store["admin"], "li")
    rows = accounts.list_accounts(store["admin"])
    assert [(r.login, r.role, r.active) for r in rows] == [("root", "admin", True), ("li", "manager", False)]
    assert "password" not in json.dumps([r.to_json() for r in rows])
    with pytest.raises(NotFound):
        accounts.reset_password(store["admin"], "ghost", "long-enough")


def test_the_last_admin_cannot_be_deactivated_or_demoted_and_nobody_deactivates_themselves(store):
    with pytest.raises(Conflict):
        accounts.deactivate_user(store["admin"], "root")
    with pytest.raises(Conflict, match="唯一的系统管理员"):
        accounts.set_role(store["admin"], "root", "manager")
    accounts.create_user(store["admin"], "root2", "副管理员", "admin", "long-enough")
    assert accounts.set_role(store["admin"], "root2", "manager").role == "manager"


def test_change_password_needs_the_current_one(store):
    li = store["li"]
    with pytest.raises(InvalidInput, match="当前密码不正确"):
        accounts.change_password(li, "not-it-at-all", "brand-new-1")
    with pytest.raises(InvalidInput, match="至少需要"):
        accounts.change_password(li, TEST_PASSWORD, "short")
    accounts.change_password(li, TEST_PASSWORD, "brand-new-1")
    assert accounts.authenticate("li", "brand-new-1", now=NOW).id == li.id
    assert _audit("user.change_password") == [("li", {})]


def test_no_default_user_a_new_store_needs_its_first_admin_once(tmp_path):
    open_store(tmp_path / "new.db", create=True)
    try:
        assert User.select().count() == 0 and accounts.needs_first_admin()
        admin = accounts.create_first_admin("boss", "老板", "first-admin-1")
        assert admin.role == "admin" and not accounts.needs_first_admin()
        assert accounts.authenticate("boss", "first-admin-1", now=NOW).id == admin.id
        with pytest.raises(Conflict):
            accounts.create_first_admin("boss2", "又一个", "first-admin-2")
    finally:
        close_store()


def test_a_store_from_before_login_gets_an_admin_for_its_existing_account(tmp_path):
    open_store(tmp_path / "old.db", create=True)
    try:
        User.create(login="admin", display_name="老管理员", role="manager")  # no password: from before login
        assert accounts.needs_first_admin()
        accounts.create_first_admin("admin", "", "first-admin-1")
        user = User.get(User.login == "admin")
        assert user.role == "admin" and user.display_name == "老管理员" and User.select().count() == 1
    finally:
        close_store()


def test_the_system_actor_may_manage_users_but_cannot_change_a_password(store):
    accounts.create_user(SYSTEM, "zhao", "赵丽", "front_desk", "long-enough")
    with pytest.raises(PermissionDenied):
        accounts.change_password(SYSTEM, "x", "long-enough")
