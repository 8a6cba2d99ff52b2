"""Who may do what: the one permission matrix (role × action) and the ownership rules, written once.

Why here: the services check it (`services.auth.require`), the windows enable their pages and buttons
from it (`actor.can`), the settings page shows it to the admin and the user guide prints it; a rule that
lives in one table cannot disagree with itself. Qt-free and store-free: the ownership rules are plain
functions of ids and roles, the services feed them the rows.

The roles (domain/labels.ROLE): 前台 registers customers and visits, takes complaints, runs surveys, books
appointments; 销售顾问 works their own leads and customers; 服务顾问 sees vehicles, service history,
reception and complaints, not leads; 经理 sees everything, reassigns, approves, prints reports; 系统管理员
keeps users, system settings, backups and restores.
"""
from __future__ import annotations

from dataclasses import dataclass

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP

C = "permissions"

FRONT_DESK, SALES, SERVICE_ADVISOR, MANAGER, ADMIN = ROLES = (
    "front_desk", "sales", "service_advisor", "manager", "admin")
ALL = frozenset(ROLES)


@dataclass(frozen=True)
class Action:
    code: str  # the permission name the services require
    label: str  # Chinese words naming the action, completing "前台不能…"
    roles: frozenset[str]
    group: str  # for the matrix table and the user guide


def _a(code: str, label: str, *roles: str, group: str) -> Action:
    return Action(code, label, frozenset(roles), group)


F, S, A, M, D = ROLES
G_CUSTOMERS = QT_TRANSLATE_NOOP(C, "客户")
G_SALES = QT_TRANSLATE_NOOP(C, "销售")
G_SERVICE = QT_TRANSLATE_NOOP(C, "售后与接待")
G_MANAGE = QT_TRANSLATE_NOOP(C, "管理")
G_SYSTEM = QT_TRANSLATE_NOOP(C, "系统")

#: The matrix, in the order the settings page and the user guide show it.
ACTIONS: tuple[Action, ...] = (
    _a("customer.read", QT_TRANSLATE_NOOP(C, "查看客户"), F, S, A, M, D, group=G_CUSTOMERS),
    _a("customer.write", QT_TRANSLATE_NOOP(C, "登记和修改客户"), F, S, A, M, D, group=G_CUSTOMERS),
    _a("customer.merge", QT_TRANSLATE_NOOP(C, "合并客户"), M, D, group=G_CUSTOMERS),
    _a("customer.archive", QT_TRANSLATE_NOOP(C, "归档客户"), M, D, group=G_CUSTOMERS),
    _a("customer.delete", QT_TRANSLATE_NOOP(C, "删除客户"), M, D, group=G_CUSTOMERS),
    _a("phone.unmask", QT_TRANSLATE_NOOP(C, "显示被遮挡的电话号码"), F, S, A, M, D, group=G_CUSTOMERS),
    _a("visit.write", QT_TRANSLATE_NOOP(C, "登记到店"), F, S, M, group=G_CUSTOMERS),
    _a("interaction.write", QT_TRANSLATE_NOOP(C, "记录电话、微信、短信等联系"), F, S, A, M, group=G_CUSTOMERS),
    _a("reminder.write", QT_TRANSLATE_NOOP(C, "处理提醒"), F, S, A, M, group=G_CUSTOMERS),
    _a("lead.read", QT_TRANSLATE_NOOP(C, "查看线索"), F, S, M, group=G_SALES),
    _a("lead.write", QT_TRANSLATE_NOOP(C, "登记和修改线索"), F, S, M, group=G_SALES),
    _a("lead.follow_up", QT_TRANSLATE_NOOP(C, "记录跟进"), F, S, M, group=G_SALES),
    _a("lead.change_level", QT_TRANSLATE_NOOP(C, "调整线索级别"), F, S, M, group=G_SALES),
    _a("lead.outcome", QT_TRANSLATE_NOOP(C, "登记订单、交车、退订和战败"), S, M, group=G_SALES),
    _a("lead.reassign", QT_TRANSLATE_NOOP(C, "重新分配线索"), M, group=G_SALES),
    _a("lead.approve_defeat", QT_TRANSLATE_NOOP(C, "审批战败"), M, group=G_SALES),
    _a("deal.approve_discount", QT_TRANSLATE_NOOP(C, "审批超限优惠"), M, group=G_SALES),
    _a("vehicle.read", QT_TRANSLATE_NOOP(C, "查看车辆"), F, S, A, M, D, group=G_SERVICE),
    _a("service.read", QT_TRANSLATE_NOOP(C, "查看维修保养记录"), F, S, A, M, group=G_SERVICE),
    _a("service.write", QT_TRANSLATE_NOOP(C, "登记车辆和维修保养记录"), A, M, group=G_SERVICE),
    _a("reception.read", QT_TRANSLATE_NOOP(C, "查看预约、工单和接待统计"), F, A, M, group=G_SERVICE),
    _a("appointment.write", QT_TRANSLATE_NOOP(C, "预约和改约"), F, A, M, group=G_SERVICE),
    _a("reception.write", QT_TRANSLATE_NOOP(C, "接车、开工单和结算"), A, M, group=G_SERVICE),
    _a("reception.dispatch", QT_TRANSLATE_NOOP(C, "派工给技师"), A, M, group=G_SERVICE),
    _a("complaint.read", QT_TRANSLATE_NOOP(C, "查看投诉"), F, S, A, M, group=G_SERVICE),
    _a("complaint.write", QT_TRANSLATE_NOOP(C, "受理和处理投诉"), F, S, A, M, group=G_SERVICE),
    _a("survey.read", QT_TRANSLATE_NOOP(C, "查看满意度回访"), F, S, A, M, group=G_SERVICE),
    _a("survey.write", QT_TRANSLATE_NOOP(C, "做满意度回访"), F, A, M, group=G_SERVICE),
    _a("event.read", QT_TRANSLATE_NOOP(C, "查看客户活动及其效果"), F, S, M, group=G_CUSTOMERS),
    _a("event.write", QT_TRANSLATE_NOOP(C, "安排客户活动、邀请、签到"), F, S, M, group=G_CUSTOMERS),
    _a("campaign.read", QT_TRANSLATE_NOOP(C, "查看客户分组、外呼名单和群发批次"), F, S, M, group=G_CUSTOMERS),
    _a("campaign.write", QT_TRANSLATE_NOOP(C, "保存客户分组、生成外呼名单和群发批次"), F, S, M, group=G_CUSTOMERS),
    _a("report.read", QT_TRANSLATE_NOOP(C, "生成月度汇总"), M, group=G_MANAGE),
    _a("settings.business", QT_TRANSLATE_NOOP(C, "修改业务设置"), M, D, group=G_MANAGE),
    # plans and targets (services/targets): consultants read their own, the manager sets them
    _a("target.read", QT_TRANSLATE_NOOP(C, "查看目标、周进度和绩效"), S, M, group=G_MANAGE),
    _a("target.write", QT_TRANSLATE_NOOP(C, "制定计划和分解目标"), M, group=G_MANAGE),
    _a("catalogue.manage", QT_TRANSLATE_NOOP(C, "维护车型目录和维修项目价目"), M, D, group=G_MANAGE),
    _a("import", QT_TRANSLATE_NOOP(C, "导入客户资料"), F, M, D, group=G_MANAGE),
    _a("export", QT_TRANSLATE_NOOP(C, "导出客户资料"), M, D, group=G_MANAGE),
    _a("audit.read", QT_TRANSLATE_NOOP(C, "查看操作日志"), M, D, group=G_MANAGE),
    _a("privacy.export", QT_TRANSLATE_NOOP(C, "导出客户本人的个人信息"), M, D, group=G_MANAGE),
    _a("privacy.erase", QT_TRANSLATE_NOOP(C, "删除客户本人的个人信息"), M, D, group=G_MANAGE),
    _a("store.profile", QT_TRANSLATE_NOOP(C, "修改门店资料"), M, D, group=G_MANAGE),
    _a("settings.system", QT_TRANSLATE_NOOP(C, "修改系统设置"), D, group=G_SYSTEM),
    _a("user.manage", QT_TRANSLATE_NOOP(C, "管理用户"), D, group=G_SYSTEM),
    _a("backup", QT_TRANSLATE_NOOP(C, "备份数据"), D, group=G_SYSTEM),
    _a("restore", QT_TRANSLATE_NOOP(C, "恢复备份"), D, group=G_SYSTEM),
    # key accounts (大用户) and member points
    _a("key_account.read", QT_TRANSLATE_NOOP(C, "查看大用户和走访记录"), S, M, group=G_SALES),
    _a("key_account.write", QT_TRANSLATE_NOOP(C, "维护大用户、登记走访"), S, M, group=G_SALES),
    _a("points.read", QT_TRANSLATE_NOOP(C, "查看会员等级和积分"), F, S, A, M, D, group=G_CUSTOMERS),
    _a("points.award", QT_TRANSLATE_NOOP(C, "给客户加积分"), F, S, A, M, group=G_CUSTOMERS),
    _a("points.spend", QT_TRANSLATE_NOOP(C, "结算时用积分抵扣"), A, M, group=G_SERVICE),
    _a("member.tier", QT_TRANSLATE_NOOP(C, "手动调整会员等级"), M, group=G_MANAGE),
)
BY_CODE: dict[str, Action] = {a.code: a for a in ACTIONS}
#: permission → roles allowed; the name services.auth has always exported.
PERMISSIONS: dict[str, frozenset[str]] = {a.code: a.roles for a in ACTIONS}

#: the actions that only read the store: all a store opened read-only (a read-only file or medium) allows.
#: Unmasking a phone, exporting and backing up are left out: each writes an audit row.
READING: frozenset[str] = frozenset({
    "customer.read", "lead.read", "vehicle.read", "service.read", "reception.read", "complaint.read",
    "survey.read", "report.read", "audit.read", "event.read", "target.read", "key_account.read",
    "points.read", "campaign.read"})
READ_ONLY_STORE = QT_TRANSLATE_NOOP("errors", "数据库为只读，不能{action}：数据库文件或所在的磁盘不允许写入。"
                                              "可以查询和打印；要修改请把数据库复制到本机可写的文件夹，"
                                              "或请管理员改为可写。")

REFUSED = QT_TRANSLATE_NOOP("errors", "{role}不能{action}")
REFUSED_INACTIVE = QT_TRANSLATE_NOOP("errors", "用户 {who} 已停用，不能再操作")
NOT_YOURS_CUSTOMER = QT_TRANSLATE_NOOP("errors", "客户 {name} 不是您负责的，{role}只能{action}自己的客户")
NOT_YOURS_LEAD = QT_TRANSLATE_NOOP("errors", "这条线索由 {owner} 负责，{role}不能{action}")
OWNER_CHANGE = QT_TRANSLATE_NOOP("errors", "客户的负责销售只能由经理通过“重新分配线索”更换")


def allowed(role: str, permission: str) -> bool:
    """The matrix cell; an unknown permission is nobody's (a typo must not open a door)."""
    action = BY_CODE.get(permission)
    return action is not None and role in action.roles


def action_label(permission: str) -> str:
    action = BY_CODE.get(permission)
    return action.label if action else permission


def role_label(role: str) -> str:
    return labels.ROLE.get(role, role)


# --- ownership --------------------------------------------------------------------------------------

def sees_only_own(role: str, sales_see_all: bool) -> bool:
    """Sales see only the customers and leads they own, unless the store lets them see all (a setting)."""
    return role == SALES and not sales_see_all


def may_see_customer(role: str, actor_id: int | None, owner_id: int | None, lead_owner_ids: set[int],
                     sales_see_all: bool = False) -> bool:
    """A consultant sees a customer they own or one of whose leads they own; every other role sees all."""
    if actor_id is None or not sees_only_own(role, sales_see_all):
        return True
    return owner_id == actor_id or actor_id in lead_owner_ids


def may_edit_customer(role: str, actor_id: int | None, owner_id: int | None, lead_owner_ids: set[int]) -> bool:
    """Editing a customer: a consultant only their own (the see-all setting opens reading, not editing)."""
    return may_see_customer(role, actor_id, owner_id, lead_owner_ids, sales_see_all=False)


def may_see_lead(role: str, actor_id: int | None, owner_id: int | None, sales_see_all: bool = False) -> bool:
    if actor_id is None or not sees_only_own(role, sales_see_all):
        return True
    return owner_id in (None, actor_id)


def may_work_lead(role: str, actor_id: int | None, owner_id: int | None) -> bool:
    """Who may edit, follow up, re-grade or close a lead: its consultant (or anyone's unowned lead for a
    consultant or the front desk), and the manager any lead. The front desk never touches a consultant's."""
    if actor_id is None or role == MANAGER:
        return True
    if role == SALES:
        return owner_id in (None, actor_id)
    if role == FRONT_DESK:
        return owner_id is None
    return False


#: Interaction channels that are a showroom visit the front desk registers (到店, 试驾), not a follow-up.
VISIT_CHANNELS = frozenset({"visit", "test_drive"})


def may_log_visit(role: str, actor_id: int | None, owner_id: int | None) -> bool:
    """The front desk registers a walk-in's visit on any lead; everyone else as for a follow-up."""
    return role == FRONT_DESK or may_work_lead(role, actor_id, owner_id)


def phone_masked(role: str, masked_roles: list[str] | tuple[str, ...] | set[str]) -> bool:
    """privacy.mask_phones_for: the roles that see 138****5678 instead of the number."""
    return role in masked_roles


def matrix_rows() -> list[tuple[str, str, list[bool]]]:
    """(group, action label, allowed per role in ROLES order): the table the admin and the guide show."""
    return [(a.group, a.label, [r in a.roles for r in ROLES]) for a in ACTIONS]


def matrix_markdown() -> str:
    """The matrix as a Markdown table (docs/user-guide.md and the in-app help are generated from it)."""
    head = "| 类别 | 操作 | " + " | ".join(role_label(r) for r in ROLES) + " |"
    rule = "|---|---|" + "---|" * len(ROLES)
    lines = [head, rule]
    for group, label, cells in matrix_rows():
        lines.append(f"| {group} | {label} | " + " | ".join("✓" if c else "—" for c in cells) + " |")
    return "\n".join(lines)


def matrix_html() -> str:
    """The same table for the in-app help (resources/help/index.html)."""
    head = "<tr><th>类别</th><th>操作</th>" + "".join(f"<th>{role_label(r)}</th>" for r in ROLES) + "</tr>"
    rows = [f"<tr><td>{group}</td><td>{label}</td>" + "".join(f"<td>{'✓' if c else '—'}</td>" for c in cells)
            + "</tr>" for group, label, cells in matrix_rows()]
    return "<table>\n" + "\n".join([head, *rows]) + "\n</table>"
