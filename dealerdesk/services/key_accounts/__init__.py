"""Key accounts (大用户): accounts, their contacts, fleet, targets and orders, the visit plan and visits.

Its use cases, listed once here in `__all__`.
"""
from dealerdesk.services.key_accounts.accounts import (
    FleetRow,
    KeyAccountDetail,
    KeyAccountInput,
    KeyAccountRow,
    VisitRow,
    key_account_detail,
    list_key_accounts,
    save_key_account,
)
from dealerdesk.services.key_accounts.sheet import (
    SheetAccount,
    SheetVisit,
    VisitSheet,
    visit_sheet,
)
from dealerdesk.services.key_accounts.visits import (
    KeyAccountFigures,
    VisitInput,
    due_visits,
    month_figures,
    record_visit,
    reschedule_visit,
)

__all__ = [
    "FleetRow",
    "KeyAccountDetail",
    "KeyAccountFigures",
    "KeyAccountInput",
    "KeyAccountRow",
    "SheetAccount",
    "SheetVisit",
    "VisitInput",
    "VisitSheet",
    "VisitRow",
    "due_visits",
    "key_account_detail",
    "list_key_accounts",
    "month_figures",
    "record_visit",
    "reschedule_visit",
    "save_key_account",
    "visit_sheet",
]
