"""The user management list (系统管理员): login, name, role, phone, department, technician, active."""
from __future__ import annotations

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import tr
from dealerdesk.ui.models.columns import Column, TableSpec

USER_SPEC = TableSpec("users", (
    Column("login", QT_TRANSLATE_NOOP("columns", "登录名"), lambda r: r.login, width=110),
    Column("name", QT_TRANSLATE_NOOP("columns", "姓名"), lambda r: r.name, width=100),
    Column("role", QT_TRANSLATE_NOOP("columns", "角色"), lambda r: ui_labels.text(labels.ROLE, r.role), width=100),
    Column("phone", QT_TRANSLATE_NOOP("columns", "电话"), lambda r: r.phone, width=110),
    Column("department", QT_TRANSLATE_NOOP("columns", "部门"), lambda r: r.department, width=90),
    Column("technician", QT_TRANSLATE_NOOP("columns", "技师"),
           lambda r: tr("users", QT_TRANSLATE_NOOP("users", "是")) if r.technician else "", width=50),
    Column("active", QT_TRANSLATE_NOOP("columns", "状态"),
           lambda r: tr("users", QT_TRANSLATE_NOOP("users", "在用")) if r.active
           else tr("users", QT_TRANSLATE_NOOP("users", "已停用")), width=70),
    Column("created", QT_TRANSLATE_NOOP("columns", "创建时间"), lambda r: r.created_at, width=130),
), state=lambda r: "" if r.active else "lost", sort_hint=False)
