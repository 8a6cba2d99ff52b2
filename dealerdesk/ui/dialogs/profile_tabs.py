"""The read-only history tabs of the profile window: one column list per table, shown by the generic model.

A customer's history is short and already loaded in one call by services.profile, so each table is the lazy
model over a `ListSource` (one page, no query of its own). A code is shown with its own set's label (domain.labels).
Other feature areas add action buttons to a tab with `register_tab_action` (e.g. "新建线索").
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import fmt_date, fmt_datetime, money
from dealerdesk.ui.models.columns import LEFT, RIGHT, Column, TableSpec, never_bold
from dealerdesk.ui.models.columns.aftersales import reminder_text
from dealerdesk.ui.models.lazy_table import LazyTableModel
from dealerdesk.ui.widgets.tables import Extended, list_table


def label(code_set: labels.CodeSet, code: str | None) -> str:
    """`code` labelled in its own set (a complaint's `open` is 待处理, a lead's 跟进中), translated."""
    return ui_labels.text(code_set, code or "")


def table(parent: QWidget, columns: Sequence[Column], name: str) -> tuple[QTableView, LazyTableModel]:
    """A tab's table: the generic model over the customer's rows (`set_rows`), each cell's text as tooltip."""
    spec = TableSpec(name, tuple(columns), text_tooltips=True, sort_hint=False, bold=never_bold)
    view, model = list_table(spec, parent, selection=Extended, name=name)
    model.setParent(view)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    return view, model


def C(key: str, header: str, value: Callable[[Any], object], width: int = 100, right: bool = False) -> Column:
    return Column(key, header, value, RIGHT if right else LEFT, width=width)


def methods_text(row: Any) -> str:
    """A contact's channel, or a walk-in's methods (到店、试驾（车型）、报价) when it recorded several."""
    if not getattr(row, "methods", ""):
        return label(labels.CHANNEL, row.channel)
    parts = []
    for code in row.methods.split(","):
        text = label(labels.WALK_IN_METHOD, code)
        if code == "test_drive" and row.driven_model:
            text += f"（{row.driven_model}）"
        parts.append(text)
    return "、".join(parts)


N = QT_TRANSLATE_NOOP
LEADS = [C("level", N("columns", "级别"), lambda r: r.level, 50),
         C("status", N("columns", "状态"), lambda r: label(labels.LEAD_STATUS, r.status), 80),
         C("model", N("columns", "意向车型"), lambda r: r.model, 110),
         C("owner", N("columns", "销售顾问"), lambda r: r.owner_name, 90),
         C("received", N("columns", "接收时间"), lambda r: fmt_datetime(r.received_at), 130),
         C("next", N("columns", "下次跟进"), lambda r: fmt_datetime(r.next_follow_up_at), 130),
         C("budget", N("columns", "预算(元)"), lambda r: money(r.budget), 90, right=True),
         C("payment", N("columns", "付款方式"), lambda r: label(labels.PAYMENT, r.payment_intent), 70),
         C("competitors", N("columns", "竞品"), lambda r: r.competitors, 120)]
LEVEL_CHANGES = [C("at", N("columns", "时间"), lambda r: fmt_datetime(r.changed_at), 130),
                 C("lead", N("columns", "线索"), lambda r: f"#{r.lead_id}", 60),
                 C("change", N("columns", "级别变化"), lambda r: f"{r.from_level or '—'} → {r.to_level}", 90),
                 C("by", N("columns", "操作人"), lambda r: r.by_name, 90),
                 C("reason", N("columns", "原因"), lambda r: r.reason, 200)]
INTERACTIONS = [C("at", N("columns", "时间"), lambda r: fmt_datetime(r.at), 130),
                C("channel", N("columns", "方式"), lambda r: methods_text(r), 130),
                C("user", N("columns", "人员"), lambda r: r.user_name, 80),
                C("place", N("columns", "地点"), lambda r: r.place, 80),
                C("content", N("columns", "内容"), lambda r: r.content, 220),
                C("result", N("columns", "结果"), lambda r: r.result, 120),
                C("next", N("columns", "下一步"), lambda r: r.next_step, 120)]
VEHICLES = [C("plate", N("columns", "车牌号"), lambda r: r.plate, 90),
            C("vin", N("columns", "车架号"), lambda r: r.vin + ("" if r.vin_check_ok or not r.vin else " ！"), 170),
            C("model", N("columns", "车型"), lambda r: r.model, 100),
            C("colour", N("columns", "颜色"), lambda r: r.colour, 60),
            C("reg", N("columns", "上牌日期"), lambda r: fmt_date(r.registration_date), 90),
            C("km", N("columns", "里程(公里)"), lambda r: f"{r.mileage_km:,}", 90, right=True),
            C("ci", N("columns", "交强险到期"), lambda r: fmt_date(r.insurance_compulsory_until), 90),
            C("cc", N("columns", "商业险到期"), lambda r: fmt_date(r.insurance_commercial_until), 90)]
VEHICLE_REMINDERS = [C("deadline", N("columns", "截止日期"), lambda r: fmt_date(r.deadline), 90),
                     C("plate", N("columns", "车牌号"), lambda r: r.plate, 90),
                     C("kind", N("columns", "提醒"), lambda r: label(labels.REMINDER_KIND, r.kind), 90),
                     C("owner", N("columns", "负责人"), lambda r: r.owner_name, 90),
                     C("detail", N("columns", "说明"), lambda r: reminder_text(r), 120)]
SERVICES = [C("date", N("columns", "日期"), lambda r: fmt_date(r.service_date), 90),
            C("plate", N("columns", "车牌号"), lambda r: r.plate, 90),
            C("kind", N("columns", "类型"), lambda r: label(labels.SERVICE_KIND, r.kind), 60),
            C("km", N("columns", "里程(公里)"), lambda r: f"{r.mileage_km:,}", 90, right=True),
            C("cost", N("columns", "金额(元)"), lambda r: money(r.cost), 80, right=True),
            C("advisor", N("columns", "服务顾问"), lambda r: r.advisor_name, 80),
            C("content", N("columns", "内容"), lambda r: r.content, 200)]
PURCHASES = [C("date", N("columns", "购车日期"), lambda r: fmt_date(r.purchased_on), 90),
             C("model", N("columns", "车型"), lambda r: r.model_name, 110),
             C("price", N("columns", "价格(元)"), lambda r: money(r.price), 100, right=True),
             C("payment", N("columns", "付款方式"), lambda r: label(labels.PAYMENT, r.payment_method), 70),
             C("channel", N("columns", "渠道"), lambda r: label(labels.PURCHASE_CHANNEL, r.channel), 90),
             C("plate", N("columns", "车牌号"), lambda r: r.plate, 90)]
ORDERS = [C("at", N("columns", "下单时间"), lambda r: fmt_datetime(r.ordered_at), 130),
          C("model", N("columns", "车型"), lambda r: r.model, 110),
          C("price", N("columns", "价格(元)"), lambda r: money(r.price), 100, right=True),
          C("payment", N("columns", "付款方式"), lambda r: label(labels.PAYMENT, r.payment_method), 70),
          C("status", N("columns", "状态"), lambda r: label(labels.ORDER_STATUS, r.status), 80)]
COMPLAINTS = [C("at", N("columns", "受理时间"), lambda r: fmt_datetime(r.received_at), 130),
              C("channel", N("columns", "渠道"), lambda r: label(labels.CHANNEL, r.channel), 60),
              C("status", N("columns", "状态"), lambda r: label(labels.COMPLAINT_STATUS, r.status), 70),
              C("owner", N("columns", "负责人"), lambda r: r.owner_name, 80),
              C("due", N("columns", "处理期限"), lambda r: fmt_datetime(r.resolve_due), 130),
              C("content", N("columns", "内容"), lambda r: r.content, 200)]
SURVEYS = [C("at", N("columns", "调查时间"), lambda r: fmt_datetime(r.taken_at), 130),
           C("overall", N("columns", "总体满意度"), lambda r: label(labels.SATISFACTION, r.overall), 90),
           C("repurchase", N("columns", "复购可能性"), lambda r: label(labels.REPURCHASE, r.repurchase), 90),
           C("recommend", N("columns", "推荐意愿"), lambda r: label(labels.RECOMMEND, r.recommend), 80),
           C("comments", N("columns", "意见"), lambda r: r.comments, 200)]
SCORE = [C("label", N("columns", "项目"), lambda r: QCoreApplication.translate("classify", r.label), 110),
         C("points", N("columns", "得分"), lambda r: r.points, 60, right=True),
         C("max", N("columns", "满分"), lambda r: r.max or "", 60, right=True),
         C("detail", N("columns", "依据"), lambda r: r.detail, 200)]


@dataclass(frozen=True)
class TabAction:
    label: str  # the source text, translated in `context` when the button is made (the UI language may change)
    callback: Callable[[Any, int], None]  # (ctx, customer_id)
    permission: str = ""  # domain/permissions: a role without it sees the button disabled, with the reason
    context: str = "profile_tabs"

    def text(self) -> str:
        return QCoreApplication.translate(self.context, self.label)


#: tab key -> actions shown as buttons above the tab's tables; filled by other feature areas
TAB_ACTIONS: dict[str, list[TabAction]] = {}


def register_tab_action(tab: str, label_text: str, callback: Callable[[Any, int], None],
                        permission: str = "", context: str = "profile_tabs") -> None:
    """Add a button to a profile tab ("leads", "interactions", "vehicles", "purchases", "complaints");
    `label_text` is the untranslated source (QT_TRANSLATE_NOOP in `context`)."""
    TAB_ACTIONS.setdefault(tab, []).append(TabAction(label_text, callback, permission, context))
