"""The main window's navigation: one entry per page, imported lazily so start-up stays fast.

Each page module defines `Page(QWidget)` taking `(ctx: AppContext, parent=None)`; a missing module shows
a placeholder, so feature areas can land one at a time.
"""
from __future__ import annotations

from dealerdesk.i18n import QT_TRANSLATE_NOOP

# (name, module under dealerdesk.ui.pages, label, shortcut)
PAGES: list[tuple[str, str, str, str]] = [
    ("customers", "customers", QT_TRANSLATE_NOOP("nav", "客户"), "Ctrl+1"),
    ("worklist", "worklist", QT_TRANSLATE_NOOP("nav", "今日跟进"), "Ctrl+2"),
    ("service", "service", QT_TRANSLATE_NOOP("nav", "售后服务"), "Ctrl+3"),
    ("reception", "reception", QT_TRANSLATE_NOOP("nav", "服务接待"), "Ctrl+4"),
    ("complaints", "complaints", QT_TRANSLATE_NOOP("nav", "投诉与回访"), "Ctrl+5"),
    ("reports", "reports", QT_TRANSLATE_NOOP("nav", "报表"), "Ctrl+6"),
    ("settings", "settings", QT_TRANSLATE_NOOP("nav", "设置"), "Ctrl+7"),
    ("audit", "audit", QT_TRANSLATE_NOOP("nav", "操作日志"), "Ctrl+8"),
    ("users", "users", QT_TRANSLATE_NOOP("nav", "用户管理"), "Ctrl+9"),
    ("catalogue", "catalogue", QT_TRANSLATE_NOOP("nav", "车型与价目"), "Ctrl+0"),
    ("events", "events", QT_TRANSLATE_NOOP("nav", "客户活动"), "Ctrl+E"),
    ("targets", "targets", QT_TRANSLATE_NOOP("nav", "目标与绩效"), "Ctrl+G"),
    ("key_accounts", "key_accounts", QT_TRANSLATE_NOOP("nav", "大用户"), "Ctrl+Shift+K"),
    ("campaigns", "campaigns", QT_TRANSLATE_NOOP("nav", "客户营销"), "Ctrl+Shift+M"),  # issue 24: Ctrl+digits taken
]

#: What a role must be allowed (domain/permissions.py) to open each page; any one of the names will do.
#: The navigation disables the others with the reason in the tooltip.
PAGE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "customers": ("customer.read",),
    "worklist": ("lead.read",),
    "service": ("vehicle.read",),
    "reception": ("reception.read",),
    "complaints": ("complaint.read",),
    "reports": ("report.read",),
    "settings": ("settings.business", "settings.system"),
    "audit": ("audit.read",),
    "users": ("user.manage",),
    "catalogue": ("catalogue.manage",),
    "events": ("event.read",),
    "targets": ("target.read",),
    "key_accounts": ("key_account.read",),
    "campaigns": ("campaign.read",),
}


def may_open(actor, name: str) -> bool:
    return any(actor.can(p) for p in PAGE_PERMISSIONS.get(name, ()))


#: The help chapter each page's F1 opens (resources/help/index.html and index.en.html): the page's section
#: inside the chapter of the role that uses it most (role-front_desk, role-sales, role-service_advisor,
#: role-manager, role-admin). Declared here once; scripts/help_screenshots.py and the help tests read it.
PAGE_HELP: dict[str, str] = {
    "customers": "customers",
    "worklist": "worklist",
    "service": "service",
    "reception": "reception",
    "complaints": "complaints",
    "reports": "reports",
    "settings": "settings",
    "audit": "audit",
    "users": "users",
    "catalogue": "catalogue",
    "events": "events",
    "targets": "targets",
    "key_accounts": "key_accounts",
    "campaigns": "campaigns",
}

#: The help's role chapters, in order: (anchor, role code in domain/labels.ROLE, the pages it covers).
HELP_CHAPTERS: list[tuple[str, str, tuple[str, ...]]] = [
    ("role-front_desk", "front_desk", ("customers", "reception")),
    ("role-sales", "sales", ("worklist", "key_accounts")),
    ("role-service_advisor", "service_advisor", ("service",)),
    ("role-manager", "manager", ("complaints", "reports", "targets", "events", "campaigns")),
    ("role-admin", "admin", ("settings", "users", "catalogue", "audit")),
]


def help_anchor(name: str) -> str:
    """F1's anchor for the page `name` ("" for an unknown page: the top of the help)."""
    return PAGE_HELP.get(name, "")
