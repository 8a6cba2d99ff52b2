"""The acting user every service takes, and what each role may do.

The CLI and the GUI get their Actor from a login (services/accounts.py: `authenticate`); there is no default
user. Permissions are checked inside the services, so the rule holds for the GUI, the CLI, the importer and
the tests alike.
"""
from __future__ import annotations

from dataclasses import dataclass

from dealerdesk.domain import labels
from dealerdesk.domain.errors import NotFound, PermissionDenied
from dealerdesk.i18n import QT_TRANSLATE_NOOP
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
    if not actor.can(permission):
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "{who}（{role}）没有权限执行此操作：{permission}"),
                               who=actor.display_name or actor.login, role=actor.role, permission=permission)


def actor_from_user(user: User) -> Actor:
    return Actor(id=user.id, login=user.login, role=user.role, display_name=user.display_name)


def actor_for_login(login: str) -> Actor:
    """The named user, as an Actor (no password check: for look-ups such as `--user LOGIN`, not for login)."""
    user = User.get_or_none(User.login == (login or "").strip())
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "没有用户 {login}"), login=login)
    return actor_from_user(user)


def list_users(actor: Actor, role: str | None = None) -> list[Actor]:
    query = User.select().where(User.active).order_by(User.role, User.login)
    if role:
        query = query.where(User.role == role)
    return [actor_from_user(u) for u in query]
