"""The permission matrix as a read-only table (settings page, 权限 tab): one row per action, one column per
role, ✓ where the role may do it. The rows come from domain/permissions.py, the one place the rules live."""
from __future__ import annotations

from dealerdesk.domain import labels
from dealerdesk.domain import permissions as perms
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui.format import tr
from dealerdesk.ui.models.columns import CENTER, Column, TableSpec

CONTEXT = "permissions"


def matrix_rows() -> list[tuple[str, str, list[bool]]]:
    """(group, action, allowed per role) with the group and action translated."""
    return [(tr(CONTEXT, group), tr(CONTEXT, label), cells) for group, label, cells in perms.matrix_rows()]


def _cell(i: int):
    return lambda r: "✓" if r[2][i] else "—"


PERMISSION_SPEC = TableSpec("permission_matrix", (
    Column("group", QT_TRANSLATE_NOOP("permissions", "类别"), lambda r: r[0], width=90),
    Column("action", QT_TRANSLATE_NOOP("permissions", "操作"), lambda r: r[1], width=220),
    # the role columns are headed by the roles' labels, translated in their own context
    *(Column(role, perms.role_label(role), _cell(i), CENTER, width=80, context=labels.ROLE.context)
      for i, role in enumerate(perms.ROLES)),
), context=CONTEXT, sort_hint=False)
