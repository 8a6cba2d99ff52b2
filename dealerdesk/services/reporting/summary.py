"""Data of the printed reports: every figure of the monthly summary, and a customer's profile.

Why one entry point: the JSON of `dealerdesk kpi`, the PDF and the GUI must show the same numbers, so they
all come from `monthly_summary()`. Each figure is a handful of aggregate queries (GROUP BY / COUNT over
indexed date ranges, `.tuples()`), never one query per customer; the result is plain dataclasses that the
ReportLab code renders without touching the database. Definitions: dealerdesk.domain.kpi.DEFINITIONS and
docs/kpi.md. The figures live in reporting/funnel (funnels, defeats), reporting/people (consultants, hot
customers), reporting/inventory (levels at a moment, 盘点, targets), reporting/aftersales (complaints,
satisfaction, categories) and reporting/profile; this module assembles the summary and keeps the public names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from dealerdesk.domain import kpi
from dealerdesk.domain.reception import ReceptionPolicy
from dealerdesk.domain.kpi import Funnel
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.reporting.aftersales import (
    ComplaintFigures,
    SatisfactionFigures,
    TechnicianHours,
    categories_and_tiers,
    complaints,
    first_time_fix,
    satisfaction,
    technician_hours,
)
from dealerdesk.services.reporting.accounts_points import (
    KeyAccountFigures,
    PointsFigures,
    key_account_figures,
    points_figures,
)
from dealerdesk.services.reporting.campaigns import CampaignFigures, campaign_figures
from dealerdesk.services.reporting.common import month_label
from dealerdesk.services.reporting.events import EventFigures, month_events
from dealerdesk.services.reporting.consultant_targets import ConsultantTarget, consultant_targets
from dealerdesk.services.reporting.deals import DealFigures, deal_figures
from dealerdesk.services.reporting.funnel import defeat_breakdowns, funnel, funnels
from dealerdesk.services.reporting.inventory import (
    InventoryRow,
    TargetRow,
    WeekProgress,
    inventory_rows,
    levels_at,
    targets,
)
from dealerdesk.services.reporting.people import ConsultantRow, HotCustomer, consultants, hot_customers
from dealerdesk.services.reporting.profile import ProfileData, profile_data
from dealerdesk.services.settings import get_settings
from dealerdesk.services.store_profile import get_profile
from dealerdesk.store.models import VehicleModel

__all__ = [
    "ComplaintFigures",
    "ConsultantRow",
    "HotCustomer",
    "InventoryRow",
    "MonthlySummary",
    "ProfileData",
    "SatisfactionFigures",
    "TargetRow",
    "WeekProgress",
    "consultants",
    "funnel",
    "funnels",
    "hot_customers",
    "levels_at",
    "monthly_summary",
    "profile_data",
]


@dataclass(frozen=True)
class MonthlySummary:
    month: str
    generated_at: dt.datetime
    store_name: str
    store_logo: bytes  # the store profile's logo (services/store_profile.py), b"" when none
    funnel: Funnel
    previous: Funnel
    last_year: Funnel
    trend: list[tuple[str, Funnel]]
    consultants: list[ConsultantRow]
    inventory_at: dt.datetime
    inventory: list[InventoryRow]
    history: tuple[str, str]  # first and last month of the target-rate window
    targets: list[TargetRow]
    hot_total: int
    hot: list[HotCustomer]
    defeats_by_reason: dict[str, int]
    defeats_by_competitor: dict[str, int]
    defeats_by_consultant: dict[str, int]
    defeats_by_model: dict[str, int]
    complaints: ComplaintFigures
    satisfaction: SatisfactionFigures
    categories: dict[str, int]
    tiers: dict[str, int]
    definitions: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(kpi.DEFINITIONS))
    store_line: str = ""  # the store's address and phone, under its name on the printout
    # the workshop (派工): first-time-fix of the month's repair hand-overs and technicians' hours
    first_time: tuple[int, int, int] = (0, 0, 0)  # fixed, judged, comeback days
    technicians: list[TechnicianHours] = field(default_factory=list)
    events: list[EventFigures] = field(default_factory=list)  # 客户活动: the month's store events
    # targets against results per consultant (issue 25: reporting/consultant_targets.py)
    consultant_targets: list[ConsultantTarget] = field(default_factory=list)
    deals: DealFigures = field(default_factory=DealFigures)  # the deal sheets' figures (reporting/deals.py)
    key_accounts: KeyAccountFigures = KeyAccountFigures(0, 0, 0)  # 大用户 visits and orders (issue 25)
    points: PointsFigures = PointsFigures(0, 0)  # member points earned and spent (issue 25)
    campaigns: list[CampaignFigures] = field(default_factory=list)  # issue 24: call lists and batches

    @property
    def compliance(self) -> float | None:
        return kpi.rate(
            sum(c.follow_ups_on_time for c in self.consultants),
            sum(c.follow_ups_due for c in self.consultants),
        )

    def to_json(self) -> dict:
        """One JSON document: this month's funnel at the top level, the rest in named sections."""
        data: dict = {
            "month": self.month,
            "generated_at": self.generated_at.isoformat(),
            **self.funnel.to_json(),
        }
        data["follow_up_compliance"] = self.compliance
        data["previous_month"] = self.previous.to_json()
        data["same_month_last_year"] = self.last_year.to_json()
        data["trend"] = [{"month": m, **f.to_json()} for m, f in self.trend]
        data["consultants"] = [{**asdict(c), "compliance": c.compliance} for c in self.consultants]
        _merge_targets(data["consultants"], self.consultant_targets)
        data["inventory"] = {
            "at": self.inventory_at.isoformat(),
            "models": [asdict(r) for r in self.inventory],
        }
        data["targets"] = {
            "history": list(self.history),
            "models": [
                {
                    "model": t.model,
                    "ha_stock": t.ha_stock,
                    "bc_stock": t.bc_stock,
                    "rates": asdict(t.rates),
                    **asdict(t.plan),
                    "progress": [{**asdict(w), "until": w.until.isoformat()} for w in t.progress],
                }
                for t in self.targets
            ],
        }
        data["hot_customers"] = {"total": self.hot_total, "listed": len(self.hot)}
        data["defeats_by"] = {
            "reason": self.defeats_by_reason,
            "competitor": self.defeats_by_competitor,
            "consultant": self.defeats_by_consultant,
            "model": self.defeats_by_model,
        }
        data["complaints"] = asdict(self.complaints)
        data["satisfaction"] = {
            **asdict(self.satisfaction),
            "satisfied_rate": self.satisfaction.satisfied_rate,
        }
        data["categories"] = self.categories
        data["tiers"] = self.tiers
        data["definitions"] = {k: v[1] for k, v in self.definitions.items()}
        fixed, judged, days = self.first_time
        data["workshop"] = {
            "first_time_fixed": fixed, "first_time_judged": judged,
            "first_time_fix_rate": kpi.rate(fixed, judged), "comeback_days": days,
            "technicians": [{"name": t.name, "jobs": t.jobs, "worked_hours": float(t.worked_hours),
                             "standard_hours": float(t.standard_hours)} for t in self.technicians],
        }
        data["events"] = [e.to_json() for e in self.events]
        data["deals"] = self.deals.to_json()
        data["key_accounts"] = self.key_accounts.to_json()
        data["points"] = self.points.to_json()
        data["campaigns"] = [c.to_json() for c in self.campaigns]
        return data


def monthly_summary(
    actor: Actor, month: str, *, now: dt.datetime | None = None, progress=None
) -> MonthlySummary:
    """Every figure of the monthly summary for "YYYY-MM" (managers: permission report.read)."""
    require(actor, "report.read")
    year, mon = kpi.parse_month(month)
    settings = get_settings()
    step = progress or (lambda done, total, stage="": None)
    start, end = kpi.month_bounds(year, mon)
    step(0, 8, "漏斗")
    n_trend = max(int(settings.get("kpi.trend_months", 12) or 12), 1)
    trend_months = [kpi.add_months(year, mon, -back) for back in range(n_trend - 1, -1, -1)]
    months = list(dict.fromkeys([(year, mon), kpi.add_months(year, mon, -1), (year - 1, mon), *trend_months]))
    # every month in full: a trend month must show what `kpi --month` of that month shows (issue 22)
    computed = dict(zip(months, funnels([kpi.month_bounds(y, m) for y, m in months], set(range(len(months)))),
                        strict=False))
    current = computed[(year, mon)]
    previous = computed[kpi.add_months(year, mon, -1)]
    last_year = computed[(year - 1, mon)]
    step(1, 8, "趋势")
    trend = [(month_label(y, m), computed[(y, m)]) for y, m in trend_months]
    step(2, 8, "顾问")
    staff = consultants(start, end)
    step(3, 8, "盘点")
    models = dict(
        VehicleModel.select(VehicleModel.id, VehicleModel.name)
        .where(VehicleModel.active == True, VehicleModel.own_brand == True)
        .order_by(VehicleModel.name)
        .tuples()
    )
    stock = levels_at(start)
    inventory = inventory_rows(stock)
    step(4, 8, "目标")
    history, plans = targets(year, mon, models, stock, settings)
    step(5, 8, "热点客户")
    hot_total, hot = hot_customers(max(int(settings.get("kpi.hot_list_limit", 300) or 0), 0))
    step(6, 8, "战败、投诉、满意度")
    reasons, competitors, by_owner, by_model = defeat_breakdowns(start, end)
    complaint_figures = complaints(start, end)
    survey_figures = satisfaction(start, end)
    categories, tiers = categories_and_tiers()
    comeback_days = ReceptionPolicy.from_settings(settings).comeback_days
    first_time = (*first_time_fix(start, end, comeback_days), comeback_days)
    hours = technician_hours(start, end)
    step(7, 8, "完成")
    store = get_profile()
    return MonthlySummary(
        month=month_label(year, mon),
        generated_at=(now or dt.datetime.now()).replace(microsecond=0),
        store_name=store.name,
        store_logo=store.logo,
        store_line=store.contact_line,
        funnel=current,
        previous=previous,
        last_year=last_year,
        trend=trend,
        consultants=staff,
        inventory_at=start,
        inventory=inventory,
        history=history,
        targets=plans,
        hot_total=hot_total,
        hot=hot,
        defeats_by_reason=dict(reasons.most_common()),
        defeats_by_competitor=dict(competitors.most_common(10)),
        defeats_by_consultant=dict(by_owner.most_common()),
        defeats_by_model=dict(by_model.most_common()),
        complaints=complaint_figures,
        satisfaction=survey_figures,
        categories=categories,
        tiers=tiers,
        first_time=first_time,
        technicians=hours,
        events=month_events(start, end),
        consultant_targets=consultant_targets(year, mon),
        deals=deal_figures(start, end),
        key_accounts=key_account_figures(start, end),
        points=points_figures(start, end),
        campaigns=campaign_figures(start, end),
    )


def _merge_targets(rows: list[dict], targets: list[ConsultantTarget]) -> None:
    """Each consultant's JSON row gains their target figures (target_orders, target_leads, leads, …); a
    consultant with a target but no row of their own is appended."""
    by_login = {row["login"]: row for row in rows}
    for t in targets:
        if t.login in by_login:
            by_login[t.login].update(t.to_json())
        else:
            rows.append(t.to_json())
    for row in rows:
        for key in ("target_orders", "target_leads", "leads"):
            row.setdefault(key, 0)
