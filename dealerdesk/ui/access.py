"""Enabling pages, buttons and actions from the one permission matrix (domain/permissions.py).

Widgets never list roles: they ask `actor.can(permission)` through `gate`, which disables what the role may
not use and says why in the tooltip, in the same words the service would refuse with ("前台不能生成月度汇总").
On a store opened read-only every writing action is off the same way (数据库为只读，不能…).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dealerdesk.domain import permissions as perms
from dealerdesk.services import auth
from dealerdesk.services.auth import Actor


def refusal(actor: Actor, permission: str) -> str:
    """The refusal sentence, translated: "<role> cannot <action>"."""
    template = QCoreApplication.translate("errors", perms.REFUSED)
    return template.format(role=QCoreApplication.translate("roles", perms.role_label(actor.role)),
                           action=QCoreApplication.translate("permissions", perms.action_label(permission)))


def read_only_refusal(permission: str) -> str:
    """Why a writing action is off on a store opened read-only (数据库为只读，不能…)."""
    template = QCoreApplication.translate("errors", perms.READ_ONLY_STORE)
    return template.format(action=QCoreApplication.translate("permissions", perms.action_label(permission)))


def gate(target, actor: Actor, permission: str, enabled: bool = True) -> bool:
    """Enable `target` (a widget or a QAction) when the role may do `permission`, the store may be written
    for it (not read-only, or a reading action) and `enabled` holds; otherwise disable it and put the reason
    in its tooltip. Returns whether the person may do it now (role and store)."""
    allowed = actor.can(permission)
    writable = auth.writable(permission)
    target.setEnabled(allowed and writable and enabled)
    if not allowed:
        target.setToolTip(refusal(actor, permission))
    elif not writable:
        target.setToolTip(read_only_refusal(permission))
    return allowed and writable
