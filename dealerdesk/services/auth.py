"""The acting user every service takes, and what each role may do.

Login arrives later (ROADMAP 1); until then the CLI and GUI act as a user chosen by `--as`/DEALERDESK_USER
or the store's first manager/admin. Permissions are checked inside the services, so the rule holds for the
GUI, the CLI, the importer and the tests alike.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.domain import labels
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.store.db import after_transaction, db
from dealerdesk.store.models import User

ROLES = ("front_desk", "sales", "service_advisor", "manager", "admin")
ROLE_LABELS = labels.ROLE

_ALL = set(ROLES)
PERMISSIONS: dict[str, set[str]] = {
    "customer.read": _ALL,
    "customer.write": {"front_desk", "sales", "service_advisor", "manager", "admin"},
    "customer.merge": {"manager", "admin", "front_desk"},
    "customer.archive": {"manager", "admin", "front_desk"},
    "phone.see": {"sales", "manager", "admin"},
    "lead.write": {"sales", "manager", "front_desk"},
    "lead.reassign": {"manager"},
    "lead.approve_defeat": {"manager"},
    "service.write": {"service_advisor", "manager", "front_desk"},
    "complaint.write": {"front_desk", "service_advisor", "manager", "sales"},
    "survey.write": {"front_desk", "service_advisor", "manager"},
    "report.read": {"manager", "admin"},
    "settings.business": {"manager", "admin"},
    "settings.system": {"admin"},
    "import": {"manager", "admin", "front_desk"},
    "export": {"manager", "admin"},
    "backup": {"admin", "manager"},
    # Named now so the login, audit, privacy and backup work (issues 18, 19) share one vocabulary; the
    # permission matrix (issue 18) decides the roles.
    "restore": {"admin"},
    "user.manage": {"admin"},
    "audit.read": {"manager", "admin"},
    "phone.unmask": {"manager", "admin"},
    "privacy.export": {"manager", "admin"},
    "privacy.erase": {"manager", "admin"},
}


@dataclass(frozen=True)
class Actor:
    """Who is doing it. `id` is None only for the built-in system actor (demo generation, migrations)."""

    id: int | None
    login: str
    role: str
    display_name: str = ""

    def can(self, permission: str) -> bool:
        return self.id is None or self.role in PERMISSIONS.get(permission, set())


SYSTEM = Actor(id=None, login="system", role="admin", display_name="系统")


def require(actor: Actor, permission: str) -> None:
    """Refuse (PermissionDenied) unless the actor has `permission`; a refusal is audited. The audit row is
    written once the transaction the refusal happens in has ended (store.db.after_transaction), so the
    rollback the exception causes does not take it away."""
    if not actor.can(permission):
        at = dt.datetime.now()
        after_transaction(lambda: audit.record(actor, "permission.denied", "permission", at=at,
                                               permission=permission, role=actor.role))
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "{who}（{role}）没有权限执行此操作：{permission}"),
                               who=actor.display_name or actor.login, role=actor.role, permission=permission)


def actor_from_user(user: User) -> Actor:
    return Actor(id=user.id, login=user.login, role=user.role, display_name=user.display_name)


def actor_for_login(login: str | None) -> Actor:
    """The named user, or (no name given) the store's first active manager/admin, else SYSTEM."""
    if login:
        user = User.get_or_none(User.login == login)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "没有用户 {login}"), login=login)
        return actor_from_user(user)
    user = (User.select().where(User.active == True, User.role.in_(("manager", "admin")))
            .order_by(User.role.desc(), User.id).first())
    return actor_from_user(user) if user else SYSTEM


def list_users(actor: Actor, role: str | None = None) -> list[Actor]:
    query = User.select().where(User.active == True).order_by(User.role, User.login)
    if role:
        query = query.where(User.role == role)
    return [actor_from_user(u) for u in query]


def create_user(actor: Actor, login: str, display_name: str, role: str) -> Actor:
    require(actor, "settings.system")
    if role not in ROLES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的角色：{value}"), field="role", value=role)
    login = (login or "").strip()
    if not login:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写登录名"), field="login")
    with db.atomic():
        if User.select().where(User.login == login).exists():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "登录名 {login} 已被使用"), field="login", login=login)
        user = User.create(login=login, display_name=display_name, role=role)
        audit.record(actor, "user.create", "user", user.id,
                     changes=audit.diff({}, audit.fields_of(user, exclude=("id", "created_at", "password_hash"))))
    return actor_from_user(user)
