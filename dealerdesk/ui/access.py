"""Enabling pages, buttons and actions from the one permission matrix (domain/permissions.py).

Widgets never list roles: they ask `actor.can(permission)` through `gate`, which disables what the role may
not use and says why in the tooltip, in the same words the service would refuse with ("前台不能生成月度汇总").
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dealerdesk.domain import permissions as perms
from dealerdesk.services.auth import Actor


def refusal(actor: Actor, permission: str) -> str:
    """The refusal sentence, translated: "<role> cannot <action>"."""
    template = QCoreApplication.translate("errors", perms.REFUSED)
    return template.format(role=QCoreApplication.translate("roles", perms.role_label(actor.role)),
                           action=QCoreApplication.translate("permissions", perms.action_label(permission)))


def gate(target, actor: Actor, permission: str, enabled: bool = True) -> bool:
    """Enable `target` (a widget or a QAction) when the role may do `permission` and `enabled` holds;
    when the role may not, disable it and put the reason in its tooltip. Returns the role's answer."""
    allowed = actor.can(permission)
    target.setEnabled(allowed and enabled)
    if not allowed:
        target.setToolTip(refusal(actor, permission))
    return allowed
