"""The acting user every service takes, and what each role may do.

The CLI and the GUI get their Actor from a login (services/accounts.py: `authenticate`); there is no default
user. Permissions are checked inside the services, so the rule holds for the GUI, the CLI, the importer and
the tests alike.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from dealerdesk.domain import labels
from dealerdesk.domain import permissions as perms
from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.errors import NotFound, PermissionDenied, ReadOnlyStore
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit
from dealerdesk.store.db import after_transaction, is_read_only
from dealerdesk.store.models import Customer, Lead, Setting, User

ROLES = perms.ROLES
ROLE_LABELS = labels.ROLE
#: permission → roles, from the one matrix in domain/permissions.py.
PERMISSIONS = perms.PERMISSIONS


@dataclass(frozen=True)
class Actor:
    """Who is doing it. `id` is None only for the built-in system actor (demo generation, migrations)."""

    id: int | None
    login: str
    role: str
    display_name: str = ""

    def can(self, permission: str) -> bool:
        """What the role may do by the matrix (the windows enable buttons from it); `require` also checks
        that the user is still active."""
        return self.id is None or perms.allowed(self.role, permission)


SYSTEM = Actor(id=None, login="system", role="admin", display_name="系统")


def _who(actor: Actor) -> str:
    return actor.display_name or actor.login


def require_active(actor: Actor) -> None:
    """A deactivated (or unknown) user can do nothing, even through an Actor made before the deactivation."""
    if actor.id is None:
        return
    active = User.select(User.active).where(User.id == actor.id).scalar()
    if not active:
        _audit_refusal(actor, "inactive")
        raise PermissionDenied(perms.REFUSED_INACTIVE, who=_who(actor))


def require(actor: Actor, permission: str) -> None:
    """Refuse with a sentence naming the role and the action in words ("前台不能合并客户"); a refusal is audited.
    The audit row is written once the transaction the refusal happens in has ended
    (store.db.after_transaction), so the rollback the exception causes does not take it away."""
    require_active(actor)
    if not actor.can(permission):
        _audit_refusal(actor, permission)
        raise PermissionDenied(perms.REFUSED, role=perms.role_label(actor.role),
                               action=perms.action_label(permission))
    if permission not in perms.READING and is_read_only():  # refused before anything is done (a file written)
        raise ReadOnlyStore(perms.READ_ONLY_STORE, action=perms.action_label(permission))


def store_read_only() -> bool:
    """True when the open store was opened read-only (the window shows a banner)."""
    return is_read_only()


def writable(permission: str) -> bool:
    """False when the open store is read-only and `permission` would write (the window disables it)."""
    return permission in perms.READING or not is_read_only()


def _audit_refusal(actor: Actor, permission: str, **detail: object) -> None:
    if is_read_only():  # nothing can be recorded in a read-only store; the refusal itself still stands
        return
    at = dt.datetime.now()
    after_transaction(lambda: audit.record(actor, "permission.denied", "permission", at=at,
                                           permission=permission, role=actor.role, **detail))


# --- ownership and phones: the rules are in domain/permissions.py, the rows and settings here ---------

def _setting(key: str) -> object:
    # settings.py imports this module (it requires permissions): the two privacy values are read through the
    # same Setting.read that settings.get_setting uses
    return Setting.read(key, spec.BY_KEY[key].default)


def sales_see_all() -> bool:
    return bool(_setting("privacy.sales_see_all"))


def sees_only_own(actor: Actor) -> bool:
    """True for a consultant restricted to their own customers and leads (lists filter on it in SQL)."""
    return actor.id is not None and perms.sees_only_own(actor.role, sales_see_all())


def phones_masked(actor: Actor) -> bool:
    """privacy.mask_phones_for: whether this actor sees 138****5678 (lists, profile, search, exports, CLI)."""
    return actor.id is not None and perms.phone_masked(actor.role, _setting("privacy.mask_phones_for") or [])


def own_customers_clause(actor: Actor, few: bool = False):
    """A where-clause on Customer for what a consultant may see (their customers and their leads' customers),
    or None when the actor sees all. Filtering in SQL keeps the search box and the lists fast.

    `few`: the query already picks a handful of customers (a page of ids, one customer's rows), so each is
    tested on its own (its owner, its own leads) instead of building the consultant's whole list."""
    if not sees_only_own(actor):
        return None
    if few:
        return (Customer.owner == actor.id) | fn.EXISTS(
            Lead.select(Lead.id).where(Lead.customer == Customer.id, Lead.owner == actor.id))
    # one id list (their customers UNION their leads' customers) that SQLite builds once and probes by
    # primary key: far cheaper than testing every customer row against the leads
    mine = (Customer.select(Customer.id).where(Customer.owner == actor.id)
            | Lead.select(Lead.customer).where(Lead.owner == actor.id))
    return Customer.id.in_(mine)


def own_leads_clause(actor: Actor):
    """A where-clause on Lead for the leads a consultant may see (their own and unowned ones), or None."""
    if not sees_only_own(actor):
        return None
    return Lead.owner.is_null() | (Lead.owner == actor.id)


def _lead_owners(customer_id: int) -> set[int]:
    return {o for (o,) in Lead.select(Lead.owner).where(Lead.customer == customer_id, Lead.owner.is_null(False))
            .tuples()}


def _customer(customer_id: int) -> Customer:
    # an id past 64 bits (typed on the command line) cannot exist: NotFound, not the driver's OverflowError
    row = Customer.get_or_none(Customer.id == customer_id) if 0 < customer_id < 2 ** 63 else None
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=customer_id)
    return row


def require_customer(actor: Actor, permission: str, customer_id: int, write: bool = False) -> Customer:
    """The permission and the ownership rule for one customer: a consultant reads (and, with `write`, edits)
    only their own customers. Returns the customer row for the caller's convenience."""
    require(actor, permission)
    row = _customer(customer_id)
    if actor.id is None or actor.role != perms.SALES or row.owner_id == actor.id:
        return row
    owners = _lead_owners(customer_id)
    ok = (perms.may_edit_customer(actor.role, actor.id, row.owner_id, owners) if write
          else perms.may_see_customer(actor.role, actor.id, row.owner_id, owners, sales_see_all()))
    if not ok:
        _audit_refusal(actor, permission, customer=customer_id, write=write)
        raise PermissionDenied(perms.NOT_YOURS_CUSTOMER, name=row.name, role=perms.role_label(actor.role),
                               action=QT_TRANSLATE_NOOP("permissions", "修改") if write
                               else QT_TRANSLATE_NOOP("permissions", "查看"))
    return row


def require_lead(actor: Actor, permission: str, lead: Lead, write: bool = True) -> None:
    """The permission and the ownership rule for one lead: its consultant works it, the front desk only an
    unowned one, the manager any; a consultant reads only their own (unless the store lets them see all)."""
    require(actor, permission)
    if permission == "visit.write":
        ok = perms.may_log_visit(actor.role, actor.id, lead.owner_id)
    else:
        ok = (perms.may_work_lead(actor.role, actor.id, lead.owner_id) if write
              else perms.may_see_lead(actor.role, actor.id, lead.owner_id, sales_see_all()))
    if not ok:
        _audit_refusal(actor, permission, lead=lead.id)
        owner = User.get_or_none(User.id == lead.owner_id)
        raise PermissionDenied(perms.NOT_YOURS_LEAD, owner=(owner.display_name or owner.login) if owner else "",
                               role=perms.role_label(actor.role), action=perms.action_label(permission))


def actor_from_user(user: User) -> Actor:
    return Actor(id=user.id, login=user.login, role=user.role, display_name=user.display_name)


def actor_for_login(login: str) -> Actor:
    """The named user, as an Actor (no password check: for look-ups such as `--user LOGIN`, not for login)."""
    user = User.get_or_none(User.login == (login or "").strip())
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "没有用户 {login}"), login=login)
    return actor_from_user(user)


def list_users(actor: Actor, role: str | None = None) -> list[Actor]:
    query = User.select().where(User.active == True).order_by(User.role, User.login)
    if role:
        query = query.where(User.role == role)
    return [actor_from_user(u) for u in query]
