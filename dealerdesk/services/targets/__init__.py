"""Plans and targets (计划、目标与绩效, issue 25): the year plan and the X+Y rolling plan, the month's targets
broken down to consultants, the weekly progress check and the scorecards.

Its use cases, listed once here in `__all__`.
"""
from dealerdesk.services.targets.month import (
    TargetLine,
    month_targets,
    set_month_targets,
)
from dealerdesk.services.targets.plans import (
    plan_versions,
    roll_plan,
    set_year_plan,
    year_plan,
)
from dealerdesk.services.targets.progress import (
    weekly_progress,
)
from dealerdesk.services.targets.scorecards import (
    scorecards,
    trend,
)

__all__ = [
    "TargetLine",
    "month_targets",
    "plan_versions",
    "roll_plan",
    "scorecards",
    "set_month_targets",
    "set_year_plan",
    "trend",
    "weekly_progress",
    "year_plan",
]
