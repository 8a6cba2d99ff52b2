"""Login and user accounts: who may open the store, with which password, and the admin's user management.

Why beside auth.py and not in it: every login and failed login is audited, and audit.py imports auth's
`Actor`, so the use cases that write the audit log live one step above both (no import cycle).

The rules: hashes are Argon2id only (services/passwords.py); an unknown login and a wrong password get the
same message and cost the same time; a deactivated user is refused; after failed logins in a row the user
must wait before the next attempt (doubling per failure, capped; reset on success) and this module raises
that wait (`LoginRefused.wait_seconds`) for the GUI and the CLI to apply. There is no default user: a new
store gets its first administrator from whoever creates it (`create_first_admin`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.domain import validate
from dealerdesk.domain.errors import Conflict, InvalidInput, LoginRefused, NotFound, PermissionDenied
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, passwords
from dealerdesk.services.auth import ROLES, Actor, actor_from_user, require
from dealerdesk.store.db import db, is_read_only
from dealerdesk.store.models import User

WRONG_CREDENTIALS = QT_TRANSLATE_NOOP("errors", "登录名或密码不正确")
MANAGE = "user.manage"


@dataclass(frozen=True)
class UserRow:
    """One account as the user management page and `dealerdesk user list` show it (never the hash)."""

    id: int
    login: str
    name: str
    role: str
    technician: bool
    active: bool
    created_at: str
    phone: str = ""
    department: str = ""

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "login": self.login, "name": self.name, "role": self.role,
                "technician": self.technician, "active": self.active, "created_at": self.created_at,
                "phone": self.phone, "department": self.department}


def _row(user: User) -> UserRow:
    return UserRow(id=user.id, login=user.login, name=user.display_name, role=user.role,
                   technician=bool(user.technician), active=bool(user.active),
                   created_at=user.created_at.isoformat(sep=" ", timespec="minutes"),
                   phone=user.phone or "", department=user.department or "")


def _checked_phone(phone: str | None) -> str:
    """A staff member's phone in normal form ("" when none given)."""
    phone = (phone or "").strip()
    return validate.normalize_phone(phone) if phone else ""


def _checked_department(department: str | None) -> str:
    department = (department or "").strip()
    if len(department) > 40:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "部门最多 40 个字符"), field="department")
    return department


def _attempt_actor(login: str) -> Actor:
    """Who the audit log names for an attempt with an unknown login: the name typed, with no role."""
    return Actor(id=0, login=(login or "?")[:40], role="")


# ------------------------------------------------------------------------------------------------ login
def authenticate(login: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """The Actor for `login` when `password` is right; else LoginRefused (with the wait before the next
    attempt). Every attempt is audited (`login` or `login.failed` with the reason, never the password)."""
    now = now or dt.datetime.now()
    login = (login or "").strip()
    password = password or ""
    if is_read_only():
        return _authenticate_read_only(login, password, now)
    refusal: LoginRefused | None = None
    with db.atomic():
        user = User.get_or_none(User.login == login) if login else None
        if user is None:
            passwords.spend_verify_time(password)
            audit.record(_attempt_actor(login), "login.failed", "user", None, reason="unknown_login")
            refusal = LoginRefused(WRONG_CREDENTIALS, field="password")
        else:
            actor = actor_from_user(user)
            wait = passwords.wait_left(user.failed_logins, user.last_failed_at, now)
            if wait:
                audit.record(actor, "login.failed", "user", user.id, reason="too_soon", wait=wait)
                refusal = LoginRefused(QT_TRANSLATE_NOOP("errors", "登录失败次数过多，请 {seconds} 秒后再试"),
                                       field="password", wait_seconds=wait, seconds=wait)
            elif not passwords.verify(user.password_hash, password):
                failures = user.failed_logins + 1
                User.update(failed_logins=failures, last_failed_at=now).where(User.id == user.id).execute()
                delay = passwords.delay_after(failures)
                audit.record(actor, "login.failed", "user", user.id, reason="password", failures=failures,
                             wait=delay)
                refusal = LoginRefused(WRONG_CREDENTIALS, field="password", wait_seconds=delay)
            elif not user.active:
                audit.record(actor, "login.failed", "user", user.id, reason="deactivated")
                refusal = LoginRefused(QT_TRANSLATE_NOOP("errors", "用户 {login} 已停用，请联系系统管理员"),
                                       field="login", login=user.login)
            else:
                if user.failed_logins or user.last_failed_at is not None:
                    User.update(failed_logins=0, last_failed_at=None).where(User.id == user.id).execute()
                audit.record(actor, "login", "user", user.id)
    if refusal is not None:  # raised after the commit, so the failure count and the audit row stay
        raise refusal
    return actor


def _authenticate_read_only(login: str, password: str, now: dt.datetime) -> Actor:
    """Login on a store opened read-only: the same checks (and the wait after earlier failures, as stored),
    but nothing can be written, so this attempt is neither counted nor audited (docs/operations.md)."""
    user = User.get_or_none(User.login == login) if login else None
    if user is None:
        passwords.spend_verify_time(password)
        raise LoginRefused(WRONG_CREDENTIALS, field="password")
    wait = passwords.wait_left(user.failed_logins, user.last_failed_at, now)
    if wait:
        raise LoginRefused(QT_TRANSLATE_NOOP("errors", "登录失败次数过多，请 {seconds} 秒后再试"),
                           field="password", wait_seconds=wait, seconds=wait)
    if not passwords.verify(user.password_hash, password):
        raise LoginRefused(WRONG_CREDENTIALS, field="password", wait_seconds=passwords.delay_after(1))
    if not user.active:
        raise LoginRefused(QT_TRANSLATE_NOOP("errors", "用户 {login} 已停用，请联系系统管理员"),
                           field="login", login=user.login)
    return actor_from_user(user)


def logout(actor: Actor, reason: str = "logout") -> None:
    """Audit the end of a session: `logout` (the menu, switching user) or `lock` (idle lock)."""
    if is_read_only():  # nothing can be recorded in a read-only store
        return
    with db.atomic():
        audit.record(actor, reason, "user", actor.id)


# ------------------------------------------------------------------------------------------------ first admin
def needs_first_admin() -> bool:
    """True when nobody can log in: no active administrator has a password (a new store, or one from before
    login)."""
    return not (User.select().where(User.active == True, User.role == "admin", User.password_hash.startswith(
        passwords.HASH_PREFIX)).exists())


def create_first_admin(login: str, display_name: str, password: str) -> Actor:
    """The store's first administrator, allowed only while `needs_first_admin()`. An existing account of
    that login (a store from before login) becomes the administrator and gets the password."""
    login = _checked_login(login)
    display_name = (display_name or "").strip() or login
    passwords.check_rule(password)
    hashed = passwords.hash_password(password)
    with db.atomic():
        if not needs_first_admin():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "此数据库已有系统管理员，请用管理员账号登录"))
        user = User.get_or_none(User.login == login)
        if user is None:
            user = User.create(login=login, display_name=display_name, role="admin", password_hash=hashed)
        else:
            User.update(role="admin", active=True, password_hash=hashed, failed_logins=0,
                        last_failed_at=None).where(User.id == user.id).execute()
            user = User.get_by_id(user.id)
        actor = actor_from_user(user)
        audit.record(actor, "user.first_admin", "user", user.id, user=login)
    return actor


# ------------------------------------------------------------------------------------------------ management
def _checked_login(login: str) -> str:
    login = (login or "").strip()
    if not login:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写登录名"), field="login")
    if len(login) > 40 or any(ch.isspace() for ch in login):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "登录名最多 40 个字符，且不能有空格"), field="login")
    return login


def _checked_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的角色：{value}"), field="role", value=role)
    return role


def _checked_name(display_name: str | None) -> str:
    display_name = (display_name or "").strip()
    if not display_name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写姓名"), field="name")
    if len(display_name) > 40:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "姓名最多 40 个字符"), field="name")
    return display_name


def _user(login: str) -> User:
    user = User.get_or_none(User.login == (login or "").strip())
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "没有用户 {login}"), login=login)
    return user


def _keep_an_admin(user: User) -> None:
    """Refuse to take away the last active administrator (nobody could manage users any more)."""
    others = User.select().where(User.active == True, User.role == "admin", User.id != user.id).exists()
    if user.role == "admin" and user.active and not others:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{login} 是唯一的系统管理员，不能停用或改为其他角色"),
                       login=user.login)


def create_user(actor: Actor, login: str, display_name: str, role: str, password: str, *,
                technician: bool = False, phone: str = "", department: str = "") -> Actor:
    require(actor, MANAGE)
    login = _checked_login(login)
    _checked_role(role)
    display_name = _checked_name(display_name)
    phone = _checked_phone(phone)
    department = _checked_department(department)
    passwords.check_rule(password)
    hashed = passwords.hash_password(password)
    with db.atomic():
        if User.select().where(User.login == login).exists():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "登录名 {login} 已被使用"), field="login", login=login)
        user = User.create(login=login, display_name=display_name, role=role, password_hash=hashed,
                           technician=technician, phone=phone, department=department)
        audit.record(actor, "user.create", "user", user.id, changes=audit.diff({}, audit.fields_of(
            user, exclude=("id", "created_at", "password_hash", "failed_logins", "last_failed_at"))))
    return actor_from_user(user)


def list_accounts(actor: Actor, include_inactive: bool = True) -> list[UserRow]:
    require(actor, MANAGE)
    query = User.select().order_by(User.active.desc(), User.role, User.login)
    if not include_inactive:
        query = query.where(User.active == True)
    return [_row(u) for u in query]


def deactivate_user(actor: Actor, login: str) -> UserRow:
    require(actor, MANAGE)
    with db.atomic():
        user = _user(login)
        if user.id == actor.id:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "不能停用自己的账号"), login=user.login)
        _keep_an_admin(user)
        if user.active:
            User.update(active=False).where(User.id == user.id).execute()
            audit.record(actor, "user.deactivate", "user", user.id, user=user.login)
        return _row(User.get_by_id(user.id))


def set_role(actor: Actor, login: str, role: str, technician: bool | None = None) -> UserRow:
    require(actor, MANAGE)
    _checked_role(role)
    with db.atomic():
        user = _user(login)
        if role != "admin":
            _keep_an_admin(user)
        changes: dict[str, object] = {"role": role}
        if technician is not None:
            changes["technician"] = technician
        User.update(**changes).where(User.id == user.id).execute()
        audit.record(actor, "user.role", "user", user.id, user=user.login, **{"from": user.role}, to=role,
                     technician=changes.get("technician", bool(user.technician)))
        return _row(User.get_by_id(user.id))


_EDITABLE = ("display_name", "role", "phone", "department", "technician")


def update_user(actor: Actor, login: str, *, name: str | None = None, role: str | None = None,
                phone: str | None = None, department: str | None = None,
                technician: bool | None = None) -> UserRow:
    """The staff list's 编辑: name, role, phone, department and technician flag (None: unchanged).
    The last active administrator keeps the admin role; audited as `user.update` with old → new."""
    require(actor, MANAGE)
    wanted: dict[str, object] = {}
    if name is not None:
        wanted["display_name"] = _checked_name(name)
    if role is not None:
        wanted["role"] = _checked_role(role)
    if phone is not None:
        wanted["phone"] = _checked_phone(phone)
    if department is not None:
        wanted["department"] = _checked_department(department)
    if technician is not None:
        wanted["technician"] = bool(technician)
    with db.atomic():
        user = _user(login)
        if wanted.get("role", "admin") != "admin":
            _keep_an_admin(user)
        before = {f: getattr(user, f) for f in _EDITABLE}
        before["technician"] = bool(before["technician"])
        changed = {f: v for f, v in wanted.items() if before[f] != v}
        if changed:
            User.update(**changed).where(User.id == user.id).execute()
            audit.record(actor, "user.update", "user", user.id, user=user.login,
                         changes=audit.diff({f: before[f] for f in changed}, changed))
        return _row(User.get_by_id(user.id))


def staff(actor: Actor, *, roles: tuple[str, ...] = (), technicians: bool = False) -> list[UserRow]:
    """The active staff for a picker (销售顾问, 服务顾问, 技师): one list, so a deactivated person disappears
    from every picker at once. `roles` filters by role; `technicians` keeps those with the technician flag."""
    require(actor, "customer.read")
    query = User.select().where(User.active == True).order_by(User.role, User.display_name, User.login)
    if roles:
        query = query.where(User.role.in_(roles))
    if technicians:
        query = query.where(User.technician == True)
    return [_row(u) for u in query]


def reset_password(actor: Actor, login: str, new_password: str) -> None:
    """The admin sets a new password for someone who forgot theirs (and lifts the wait after failures)."""
    require(actor, MANAGE)
    passwords.check_rule(new_password)
    hashed = passwords.hash_password(new_password)
    with db.atomic():
        user = _user(login)
        User.update(password_hash=hashed, failed_logins=0, last_failed_at=None).where(
            User.id == user.id).execute()
        audit.record(actor, "user.reset_password", "user", user.id, user=user.login)


def change_password(actor: Actor, old_password: str, new_password: str) -> None:
    """The logged-in user changes their own password; the current one must be given."""
    if actor.id is None or actor.id <= 0:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "请先登录"))
    with db.atomic():
        user = User.get_or_none(User.id == actor.id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "没有用户 {login}"), login=actor.login)
        stored = user.password_hash
    if not passwords.verify(stored, old_password or ""):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "当前密码不正确"), field="old_password")
    passwords.check_rule(new_password, field="new_password")
    if new_password == old_password:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "新密码不能与当前密码相同"), field="new_password")
    hashed = passwords.hash_password(new_password)
    with db.atomic():
        User.update(password_hash=hashed).where(User.id == actor.id).execute()
        audit.record(actor, "user.change_password", "user", actor.id)
