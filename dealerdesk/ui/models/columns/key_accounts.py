"""The key-account (大用户) and member-points tables: the accounts list (overdue visits in red), an account's
visits, fleet and monthly orders, and a customer's points ledger."""
from __future__ import annotations

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import fmt_date, fmt_datetime, tr
from dealerdesk.ui.models.columns import LATE, RIGHT, Column
from dealerdesk.ui.models.columns.aftersales import list_spec

C = "key_accounts"


def _of(done: int, target: int) -> str:
    return f"{done} / {target}" if target else str(done)


ACCOUNT_SPEC = list_spec("key_accounts", C, (
    Column("name", QT_TRANSLATE_NOOP(C, "单位"), lambda r: r.name, width=200),
    Column("grade", QT_TRANSLATE_NOOP(C, "等级"), lambda r: ui_labels.text(labels.KEY_ACCOUNT_GRADE, r.grade), width=80),
    Column("manager", QT_TRANSLATE_NOOP(C, "客户经理"), lambda r: r.manager_name or "—", width=80),
    Column("contact", QT_TRANSLATE_NOOP(C, "主要联系人"), lambda r: r.main_contact or "—", width=90),
    Column("fleet", QT_TRANSLATE_NOOP(C, "车队"), lambda r: r.vehicles, RIGHT, width=50),
    Column("last", QT_TRANSLATE_NOOP(C, "上次走访"), lambda r: fmt_date(r.last_visit) or "—", width=90),
    Column("next", QT_TRANSLATE_NOOP(C, "计划走访"), lambda r: (fmt_date(r.next_visit) or "—") + (
        tr(C, QT_TRANSLATE_NOOP(C, "（逾期）")) if r.overdue else ""), width=130),
    Column("month", QT_TRANSLATE_NOOP(C, "本月订单/目标"), lambda r: _of(r.month_orders, r.month_target), RIGHT, width=100),
    Column("year", QT_TRANSLATE_NOOP(C, "本年订单/目标"), lambda r: _of(r.year_orders, r.year_target), RIGHT, width=100),
), state=lambda r: LATE if r.overdue else "")

VISIT_SPEC = list_spec("key_account_visits", C, (
    Column("date", QT_TRANSLATE_NOOP(C, "走访日期"), lambda r: fmt_date(r.visited_on) if r.visited_on else
           tr(C, QT_TRANSLATE_NOOP(C, "计划 {date}")).format(date=fmt_date(r.planned_on)), width=110),
    Column("visitor", QT_TRANSLATE_NOOP(C, "走访人"), lambda r: r.visitor if r.visited_on else "", width=70),
    Column("contact", QT_TRANSLATE_NOOP(C, "接待人"), lambda r: r.contact_name, width=80),
    Column("topic", QT_TRANSLATE_NOOP(C, "走访事由"), lambda r: r.topic, width=150),
    Column("result", QT_TRANSLATE_NOOP(C, "走访结果"), lambda r: r.result, width=180),
    Column("next", QT_TRANSLATE_NOOP(C, "下一步"), lambda r: r.next_step, width=120),
))

FLEET_SPEC = list_spec("key_account_fleet", C, (
    Column("plate", QT_TRANSLATE_NOOP(C, "车牌"), lambda r: r.plate or "—", width=90),
    Column("model", QT_TRANSLATE_NOOP(C, "车型"), lambda r: r.model or "—", width=140),
    Column("vin", QT_TRANSLATE_NOOP(C, "车架号"), lambda r: r.vin or "—", width=160),
    Column("reg", QT_TRANSLATE_NOOP(C, "注册日期"), lambda r: fmt_date(r.registration_date) or "—", width=90),
))

#: rows: (month label, orders, target)
TARGET_SPEC = list_spec("key_account_targets", C, (
    Column("month", QT_TRANSLATE_NOOP(C, "月份"), lambda r: r[0], width=80),
    Column("orders", QT_TRANSLATE_NOOP(C, "订单"), lambda r: r[1], RIGHT, width=60),
    Column("target", QT_TRANSLATE_NOOP(C, "目标"), lambda r: r[2], RIGHT, width=60),
    Column("gap", QT_TRANSLATE_NOOP(C, "差额"), lambda r: r[1] - r[2] if r[2] else "", RIGHT, width=60),
))

LEDGER_SPEC = list_spec("points_ledger", "loyalty", (
    Column("at", QT_TRANSLATE_NOOP("loyalty", "时间"), lambda r: fmt_datetime(r.at), width=120),
    Column("reason", QT_TRANSLATE_NOOP("loyalty", "来源"), lambda r: ui_labels.text(labels.POINTS_REASON, r.reason),
           width=100),
    Column("points", QT_TRANSLATE_NOOP("loyalty", "积分"), lambda r: f"{r.points:+,}", RIGHT, width=80),
    Column("balance", QT_TRANSLATE_NOOP("loyalty", "余额"), lambda r: f"{r.balance:,}", RIGHT, width=80),
    Column("ref", QT_TRANSLATE_NOOP("loyalty", "说明"), lambda r: r.ref, width=160),
    Column("expires", QT_TRANSLATE_NOOP("loyalty", "有效期至"), lambda r: fmt_date(r.expires_on) or "", width=90),
), state=lambda r: LATE if r.reason == "expired" else "")

#: rows: (id, name, title, main)
CONTACT_SPEC = list_spec("key_account_contacts", C, (
    Column("name", QT_TRANSLATE_NOOP(C, "联系人"), lambda r: r[1], width=100),
    Column("title", QT_TRANSLATE_NOOP(C, "职务"), lambda r: r[2], width=120),
    Column("main", QT_TRANSLATE_NOOP(C, "主要联系人"), lambda r: "✓" if r[3] else "", width=80),
))
