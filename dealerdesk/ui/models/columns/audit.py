"""The audit log's table (操作日志): newest first, sorted by id only (ids follow time; one index)."""
from __future__ import annotations

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.audit import AuditEntry
from dealerdesk.ui.format import tr
from dealerdesk.ui.models.columns import RIGHT, Column, TableSpec, never_bold


def _action(row: AuditEntry) -> str:
    return tr(labels.AUDIT_ACTION.context, labels.label(labels.AUDIT_ACTION, row.action))


def _detail(row: AuditEntry) -> str:
    text = row.detail or ""
    return (tr("audit", "（已按删除请求脱敏）") + text) if row.redacted else text


AUDIT_SPEC = TableSpec(
    "audit_log",
    (
        Column("id", QT_TRANSLATE_NOOP("columns", "编号"), lambda r: r.id, RIGHT, sort_key="id", width=70),
        Column("at", QT_TRANSLATE_NOOP("columns", "时间"), lambda r: r.at, width=140),
        Column("user", QT_TRANSLATE_NOOP("columns", "用户"), lambda r: r.user_login, width=90),
        Column("action", QT_TRANSLATE_NOOP("columns", "操作"), _action, width=120),
        Column("entity", QT_TRANSLATE_NOOP("columns", "对象"),
               lambda r: f"{r.entity} #{r.entity_id}" if r.entity_id is not None else r.entity, width=130),
        Column("customer", QT_TRANSLATE_NOOP("columns", "客户编号"), lambda r: r.customer_id, RIGHT, width=80),
        Column("detail", QT_TRANSLATE_NOOP("columns", "详情"), _detail, width=420),
    ),
    default_sort=("id", True),
    bold=never_bold,
    text_tooltips=True,
)
