"""Every store setting, declared once: key, default, type, group, label, help text and who may change it.

Why one list (Picard's options.py, Vorta's settings list): the defaults used to live in five domain dicts,
config and two UI files, and most values were typed as JSON into a table cell. Now the domain modules take
their DEFAULTS from here, the settings service validates every change against it (so the CLI and the window
refuse the same things, with a sentence naming the setting), and the settings page builds a typed editor
for each entry. The stored format is unchanged: key → JSON value in the `setting` table, overrides only.

Per-model order targets are a family ("target.<车型>", one per catalogue model), declared once as TARGET.
Qt-free: labels and help are marked for lupdate (context "setting_labels") and translated by the UI.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date as dt_date

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.holidays import ALL_HOLIDAY_CODES
from dealerdesk.i18n import QT_TRANSLATE_NOOP

C = "setting_labels"


# Who may change a setting (services.auth.PERMISSIONS): managers the business rules, admins the system.
BUSINESS = "settings.business"
SYSTEM = "settings.system"

# Value types; each has one editor on the settings page and one check below.
INT = "int"  # a whole number within [minimum, maximum]
TIME = "time"  # "HH:MM"
BOOL = "bool"
TEXT = "text"  # one line, at most max_length characters
CHOICE = "choice"  # one of `choices`
CHOICES = "choices"  # a list of distinct codes from `choices`
INT_LIST = "int_list"  # a list of whole numbers within [minimum, maximum], e.g. inspection years
PAIR = "pair"  # [x, y] with minimum <= x <= y <= maximum: a follow-up cadence in days
POINTS = "points"  # {code: points} for every code in `choices`, points within [minimum, maximum]
WEEK_HOURS = "week_hours"  # {weekday code: ["HH:MM", "HH:MM"] open–close, or [] closed} for every weekday
DAY_LIST = "day_list"  # ["YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD" (a range of at most 60 days), …]
KINDS = (INT, TIME, BOOL, TEXT, CHOICE, CHOICES, INT_LIST, PAIR, POINTS, WEEK_HOURS, DAY_LIST)

GROUPS: tuple[tuple[str, str], ...] = (
    ("follow_up", QT_TRANSLATE_NOOP(C, "跟进节奏")),
    ("reminders", QT_TRANSLATE_NOOP(C, "提醒")),
    ("classification", QT_TRANSLATE_NOOP(C, "客户分级")),
    ("reception", QT_TRANSLATE_NOOP(C, "接待")),
    ("calendar", QT_TRANSLATE_NOOP(C, "营业日历")),
    ("reports", QT_TRANSLATE_NOOP(C, "报表")),
    ("notify", QT_TRANSLATE_NOOP(C, "通知")),
    ("store", QT_TRANSLATE_NOOP(C, "门店与系统")),
    ("privacy", QT_TRANSLATE_NOOP(C, "隐私")),
    ("deals", QT_TRANSLATE_NOOP(C, "订车单")),
    ("accounts", QT_TRANSLATE_NOOP(C, "大用户与会员积分")),
)
GROUP_LABELS = dict(GROUPS)

# Code sets whose members a setting chooses from (labels live with the code set, not here).
CADENCE_LEVEL_CODES = ("C", "B", "A", "H", "O")  # levels.CADENCE_LEVELS (a test keeps them equal)
ROLE_CODES = ("front_desk", "sales", "service_advisor", "manager", "admin")  # services.auth.ROLES
INCOME_CODES = ("", "low", "mid", "high", "very_high")
LEAD_POINT_CODES = ("N", "C", "B", "A", "H")
SATISFACTION_CODES = ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied")
REPURCHASE_CODES = ("gt70", "30to70", "lt30")
RECOMMEND_CODES = ("very_likely", "maybe", "no")
LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))
WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # Monday first, as date.weekday()
KEY_ACCOUNT_GRADE_CODES = ("A", "B", "C")  # labels.KEY_ACCOUNT_GRADE
MEMBER_TIER_CODES = ("normal", "silver", "gold", "diamond")  # labels.MEMBER_TIER, lowest first
MAX_DAY_LIST = 366
MAX_DAY_RANGE = 60


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    kind: str
    group: str
    label: str
    help: str
    permission: str = BUSINESS
    minimum: int | None = None
    maximum: int | None = None
    suffix: str = ""  # unit shown after a number ("天"), marked for translation
    choices: tuple[str, ...] = ()  # codes (CHOICE, CHOICES, POINTS)
    codeset: str = ""  # which code set `choices` belong to, so the UI can label them
    max_length: int = 0  # TEXT

    def value_of(self, settings: Mapping[str, object]) -> object:
        """The stored value, or the default (the store keeps only overrides)."""
        value = settings.get(self.key)
        return copy.deepcopy(self.default) if value is None else value


def _int(key: str, default: int, group: str, label: str, help: str, minimum: int, maximum: int,
         suffix: str = "", permission: str = BUSINESS) -> Setting:
    return Setting(key, default, INT, group, label, help, permission, minimum, maximum, suffix)


def _time(key: str, default: str, group: str, label: str, help: str, permission: str = BUSINESS) -> Setting:
    return Setting(key, default, TIME, group, label, help, permission)


DAYS, HOURS, MONTHS = QT_TRANSLATE_NOOP(C, "天"), QT_TRANSLATE_NOOP(C, "小时"), QT_TRANSLATE_NOOP(C, "个月")
KM, YUAN, POINTS_UNIT = QT_TRANSLATE_NOOP(C, "公里"), QT_TRANSLATE_NOOP(C, "元"), QT_TRANSLATE_NOOP(C, "分")
FU, RE, CL, RC, RP = "follow_up", "reminders", "classification", "reception", "reports"
NO, ST, PR, CA = "notify", "store", "privacy", "calendar"


def _cadence(level: str, default: list[int], label: str) -> Setting:
    help = QT_TRANSLATE_NOOP(C, "上次联系后第 x 天建议跟进，超过第 y 天算逾期（x 不能大于 y）。")
    return Setting(f"cadence.{level}", default, PAIR, FU, label, help, BUSINESS, 0, 365, DAYS)


def _points(key: str, default: dict[str, int], label: str, help: str, codeset: str) -> Setting:
    return Setting(key, default, POINTS, CL, label, help, BUSINESS, 0, 100, POINTS_UNIT, tuple(default), codeset)


SETTINGS: tuple[Setting, ...] = (
    # --- follow-up cadences and the N rule (domain/levels.py) ---
    _cadence("C", [10, 15], QT_TRANSLATE_NOOP(C, "C 级跟进节奏")),
    _cadence("B", [5, 7], QT_TRANSLATE_NOOP(C, "B 级跟进节奏")),
    _cadence("A", [3, 5], QT_TRANSLATE_NOOP(C, "A 级跟进节奏")),
    _cadence("H", [1, 2], QT_TRANSLATE_NOOP(C, "H 级跟进节奏")),
    _cadence("O", [7, 7], QT_TRANSLATE_NOOP(C, "O 级跟进节奏")),
    _time("n_rule.noon", "12:00", FU, QT_TRANSLATE_NOOP(C, "上午/下午分界"),
          QT_TRANSLATE_NOOP(C, "N 级新线索在这个钟点之前到店算“上午来的”。")),
    _time("n_rule.same_day_due", "14:00", FU, QT_TRANSLATE_NOOP(C, "上午来的：当天下午几点跟进"),
          QT_TRANSLATE_NOOP(C, "上午到店的新线索，当天这个钟点建议跟进。")),
    _time("n_rule.same_day_overdue", "18:00", FU, QT_TRANSLATE_NOOP(C, "上午来的：几点算逾期"),
          QT_TRANSLATE_NOOP(C, "上午到店的新线索，当天过了这个钟点还没跟进算逾期。")),
    _time("n_rule.next_day_due", "09:00", FU, QT_TRANSLATE_NOOP(C, "下午来的：次日几点跟进"),
          QT_TRANSLATE_NOOP(C, "下午到店的新线索，次日这个钟点建议跟进。")),
    _time("n_rule.next_day_overdue", "12:00", FU, QT_TRANSLATE_NOOP(C, "下午来的：次日几点算逾期"),
          QT_TRANSLATE_NOOP(C, "下午到店的新线索，次日过了这个钟点还没跟进算逾期。")),
    _time("workday.start", "09:00", FU, QT_TRANSLATE_NOOP(C, "上班时间（建议跟进的钟点）"),
          QT_TRANSLATE_NOOP(C, "按天计算的跟进建议在当天这个钟点出现在工作台。")),
    _int("post_delivery.call_hours", 24, FU, QT_TRANSLATE_NOOP(C, "交车后回访时限（小时）"),
         QT_TRANSLATE_NOOP(C, "交车后多少小时内要打回访电话（D 级）。"), 1, 240, HOURS),
    Setting("defeat.needs_approval", True, BOOL, FU, QT_TRANSLATE_NOOP(C, "战败需经理审批"),
            QT_TRANSLATE_NOOP(C, "勾选后，顾问申请战败要等经理批准才关闭线索。")),
    # --- after-sale reminders and complaints (domain/reminders.py) ---
    _int("reminder.maintenance.first_months", 6, RE, QT_TRANSLATE_NOOP(C, "首保时间（月）"),
         QT_TRANSLATE_NOOP(C, "交车后多少个月做首次保养。"), 1, 60, MONTHS),
    _int("reminder.maintenance.first_km", 5000, RE, QT_TRANSLATE_NOOP(C, "首保里程（公里）"),
         QT_TRANSLATE_NOOP(C, "行驶多少公里做首次保养（先到者为准）。"), 1, 100000, KM),
    _int("reminder.maintenance.interval_months", 12, RE, QT_TRANSLATE_NOOP(C, "保养间隔时间（月）"),
         QT_TRANSLATE_NOOP(C, "两次保养之间最多隔多少个月。"), 1, 60, MONTHS),
    _int("reminder.maintenance.interval_km", 10000, RE, QT_TRANSLATE_NOOP(C, "保养间隔里程（公里）"),
         QT_TRANSLATE_NOOP(C, "两次保养之间最多行驶多少公里。"), 1, 100000, KM),
    _int("reminder.maintenance.default_km_per_day", 40, RE, QT_TRANSLATE_NOOP(C, "无里程记录时按每天公里数估算"),
         QT_TRANSLATE_NOOP(C, "车辆没有里程记录时，按每天行驶这么多公里估算下次保养。"), 1, 1000, KM),
    _int("reminder.maintenance_days_ahead", 7, RE, QT_TRANSLATE_NOOP(C, "保养提前提醒天数"),
         QT_TRANSLATE_NOOP(C, "保养到期前多少天开始提醒。"), 0, 365, DAYS),
    _int("reminder.insurance_days_ahead", 30, RE, QT_TRANSLATE_NOOP(C, "续保提前提醒天数"),
         QT_TRANSLATE_NOOP(C, "保险到期前多少天开始提醒续保。"), 0, 365, DAYS),
    _int("reminder.inspection_days_ahead", 30, RE, QT_TRANSLATE_NOOP(C, "年检提前提醒天数"),
         QT_TRANSLATE_NOOP(C, "年检到期前多少天开始提醒。"), 0, 365, DAYS),
    _int("reminder.inspection.private_max_seats", 9, RE, QT_TRANSLATE_NOOP(C, "私家车免检规则适用的最多座位数"),
         QT_TRANSLATE_NOOP(C, "座位数不超过这个数的非营运车辆按私家车年检规则。"), 1, 99),
    Setting("reminder.inspection.private_onsite_years", [6, 10], INT_LIST, RE, QT_TRANSLATE_NOOP(C, "私家车上线检测的年份"),
            QT_TRANSLATE_NOOP(C, "私家车在注册后第几年要上线检测，用逗号或顿号分隔，例如 6、10。"), BUSINESS, 1, 50),
    Setting("reminder.inspection.private_online_years", [2, 4, 8], INT_LIST, RE, QT_TRANSLATE_NOOP(C, "私家车网上领标的年份"),
            QT_TRANSLATE_NOOP(C, "私家车在注册后第几年网上申领检验标志，用逗号或顿号分隔，例如 2、4、8。"), BUSINESS, 1, 50),
    _int("reminder.inspection.private_yearly_after", 10, RE, QT_TRANSLATE_NOOP(C, "私家车几年后每年年检"),
         QT_TRANSLATE_NOOP(C, "私家车注册满这么多年后每年检验一次。"), 0, 50, QT_TRANSLATE_NOOP(C, "年")),
    _int("reminder.inspection.commercial_yearly_years", 5, RE, QT_TRANSLATE_NOOP(C, "营运车辆前几年每年年检"),
         QT_TRANSLATE_NOOP(C, "营运车辆注册后前几年每年检验一次。"), 0, 50, QT_TRANSLATE_NOOP(C, "年")),
    _int("reminder.inspection.commercial_months_after", 6, RE, QT_TRANSLATE_NOOP(C, "营运车辆之后每几个月年检"),
         QT_TRANSLATE_NOOP(C, "营运车辆过了每年检验的年份后，每隔多少个月检验一次。"), 1, 60, MONTHS),
    _int("reminder.inspection.other_interval_months", 12, RE, QT_TRANSLATE_NOOP(C, "其他车辆年检间隔（月）"),
         QT_TRANSLATE_NOOP(C, "不属于私家车和营运车辆的车辆每隔多少个月检验一次。"), 1, 60, MONTHS),
    _int("reminder.birthday_days_ahead", 3, RE, QT_TRANSLATE_NOOP(C, "生日提前提醒天数"),
         QT_TRANSLATE_NOOP(C, "客户生日（含农历生日）前多少天提醒问候。"), 0, 60, DAYS),
    _int("reminder.holiday_days_ahead", 3, RE, QT_TRANSLATE_NOOP(C, "节日提前提醒天数"),
         QT_TRANSLATE_NOOP(C, "节日前多少天提醒发送问候。"), 0, 60, DAYS),
    Setting("reminder.holidays", list(ALL_HOLIDAY_CODES), CHOICES, RE, QT_TRANSLATE_NOOP(C, "发送问候的节日"),
            QT_TRANSLATE_NOOP(C, "哪些节日提醒给客户发送问候。"), BUSINESS, choices=ALL_HOLIDAY_CODES, codeset="holiday"),
    _int("reminder.post_service_call_days", 3, RE, QT_TRANSLATE_NOOP(C, "服务后几天回访"),
         QT_TRANSLATE_NOOP(C, "保养或维修后第几天打回访电话。"), 0, 90, DAYS),
    _int("reminder.post_service_call_grace_days", 2, RE, QT_TRANSLATE_NOOP(C, "服务回访宽限天数"),
         QT_TRANSLATE_NOOP(C, "服务回访到期后再过多少天算逾期。"), 0, 90, DAYS),
    _int("reminder.survey_days_after_service", 7, RE, QT_TRANSLATE_NOOP(C, "服务后几天做满意度调查"),
         QT_TRANSLATE_NOOP(C, "保养或维修后第几天做满意度调查。"), 0, 90, DAYS),
    _int("reminder.survey_days_after_delivery", 7, RE, QT_TRANSLATE_NOOP(C, "交车后几天做满意度调查"),
         QT_TRANSLATE_NOOP(C, "交车后第几天做满意度调查。"), 0, 90, DAYS),
    _int("reminder.survey_grace_days", 3, RE, QT_TRANSLATE_NOOP(C, "满意度调查宽限天数"),
         QT_TRANSLATE_NOOP(C, "满意度调查到期后再过多少天算逾期。"), 0, 90, DAYS),
    _int("complaint.first_response_hours", 24, RE, QT_TRANSLATE_NOOP(C, "投诉首次响应时限（小时）"),
         QT_TRANSLATE_NOOP(C, "收到投诉后多少小时内要首次联系客户。"), 1, 720, HOURS),
    _int("complaint.resolution_days", 7, RE, QT_TRANSLATE_NOOP(C, "投诉解决时限（天）"),
         QT_TRANSLATE_NOOP(C, "收到投诉后多少天内要解决。"), 1, 365, DAYS),
    # --- value score, tiers and categories (domain/classify.py) ---
    _int("value.purchase_points", 10, CL, QT_TRANSLATE_NOOP(C, "每次购车得分"), QT_TRANSLATE_NOOP(C, "客户每买一辆车加多少分。"), 0, 100, POINTS_UNIT),
    _int("value.purchase_max", 20, CL, QT_TRANSLATE_NOOP(C, "购车次数最高分"), QT_TRANSLATE_NOOP(C, "购车次数这一项最多得多少分。"), 0, 100, POINTS_UNIT),
    _int("value.spend_max", 10, CL, QT_TRANSLATE_NOOP(C, "消费金额最高分"), QT_TRANSLATE_NOOP(C, "近 3 年消费金额这一项最多得多少分。"), 0, 100,
         POINTS_UNIT),
    _int("spend.full_points_yuan", 300000, CL, QT_TRANSLATE_NOOP(C, "消费满分金额（元，近3年）"),
         QT_TRANSLATE_NOOP(C, "近 3 年消费达到这个金额得消费金额满分，不足按比例。"), 1, 100000000, YUAN),
    _int("value.service_visit_points", 2, CL, QT_TRANSLATE_NOOP(C, "每次进厂得分"), QT_TRANSLATE_NOOP(C, "近 12 个月每进厂一次加多少分。"), 0, 100,
         POINTS_UNIT),
    _int("value.service_visit_max", 10, CL, QT_TRANSLATE_NOOP(C, "近12个月进厂最高分"), QT_TRANSLATE_NOOP(C, "进厂次数这一项最多得多少分。"), 0, 100,
         POINTS_UNIT),
    _points("value.income_points", {"": 0, "low": 0, "mid": 3, "high": 6, "very_high": 10}, QT_TRANSLATE_NOOP(C, "收入水平得分"),
            QT_TRANSLATE_NOOP(C, "客户每个收入水平得多少分。"), "income"),
    _int("value.income_max", 10, CL, QT_TRANSLATE_NOOP(C, "收入水平最高分"), QT_TRANSLATE_NOOP(C, "收入水平这一项最多得多少分。"), 0, 100,
         POINTS_UNIT),
    _int("value.referral_points", 5, CL, QT_TRANSLATE_NOOP(C, "每次转介绍得分"), QT_TRANSLATE_NOOP(C, "客户每介绍一位新客户加多少分。"), 0, 100,
         POINTS_UNIT),
    _int("value.referral_max", 10, CL, QT_TRANSLATE_NOOP(C, "转介绍最高分"), QT_TRANSLATE_NOOP(C, "转介绍这一项最多得多少分。"), 0, 100, POINTS_UNIT),
    _points("value.lead_points", {"N": 0, "C": 3, "B": 6, "A": 10, "H": 10}, QT_TRANSLATE_NOOP(C, "意向级别得分"),
            QT_TRANSLATE_NOOP(C, "客户在跟线索的最高意向级别得多少分。"), "level"),
    _int("value.lead_max", 10, CL, QT_TRANSLATE_NOOP(C, "意向级别最高分"), QT_TRANSLATE_NOOP(C, "意向级别这一项最多得多少分。"), 0, 100, POINTS_UNIT),
    _points("value.satisfaction_points", {"very_satisfied": 10, "satisfied": 7, "neutral": 4, "dissatisfied": 0,
                                          "very_dissatisfied": 0},
            QT_TRANSLATE_NOOP(C, "满意度得分"), QT_TRANSLATE_NOOP(C, "最近一次满意度调查的总体评价得多少分。"), "satisfaction"),
    _points("value.repurchase_points", {"gt70": 10, "30to70": 5, "lt30": 0}, QT_TRANSLATE_NOOP(C, "复购可能性得分"),
            QT_TRANSLATE_NOOP(C, "最近一次调查的复购可能性得多少分。"), "repurchase"),
    _points("value.recommend_points", {"very_likely": 10, "maybe": 5, "no": 0}, QT_TRANSLATE_NOOP(C, "推荐意愿得分"),
            QT_TRANSLATE_NOOP(C, "最近一次调查的推荐意愿得多少分。"), "recommend"),
    _int("value.complaint_penalty", 5, CL, QT_TRANSLATE_NOOP(C, "每个未结投诉扣分"), QT_TRANSLATE_NOOP(C, "客户每有一个未结投诉扣多少分。"), 0, 100,
         POINTS_UNIT),
    _int("tier.high_min", 60, CL, QT_TRANSLATE_NOOP(C, "高分级最低分"), QT_TRANSLATE_NOOP(C, "价值分达到这个分数的客户分为“高”档。"), 1, 1000,
         POINTS_UNIT),
    _int("tier.mid_min", 30, CL, QT_TRANSLATE_NOOP(C, "中分级最低分"),
         QT_TRANSLATE_NOOP(C, "价值分达到这个分数的客户分为“中”档；不能高于“高”档的起点。"), 1, 1000, POINTS_UNIT),
    _int("category.lost_months", 18, CL, QT_TRANSLATE_NOOP(C, "多少个月无购车/保养/到店算流失"),
         QT_TRANSLATE_NOOP(C, "客户这么多个月没有购车、保养或到店，归为流失客户。"), 1, 120, MONTHS),
    _int("category.high_value_min_purchases", 1, CL, QT_TRANSLATE_NOOP(C, "高价值客户至少购车次数"),
         QT_TRANSLATE_NOOP(C, "高价值客户至少要在本店买过几辆车。"), 0, 100, QT_TRANSLATE_NOOP(C, "次")),
    # --- service reception (domain/reception.py) ---
    _int("reception.slot_minutes", 30, RC, QT_TRANSLATE_NOOP(C, "预约时段长度（分钟）"), QT_TRANSLATE_NOOP(C, "每个预约时段多少分钟。"), 5, 240,
         QT_TRANSLATE_NOOP(C, "分钟")),
    _int("reception.slot_capacity", 2, RC, QT_TRANSLATE_NOOP(C, "每个预约时段可接车数"),
         QT_TRANSLATE_NOOP(C, "每位服务顾问在每个时段最多接几台车。"), 1, 50, QT_TRANSLATE_NOOP(C, "台")),
    _time("reception.workshop_open", "08:30", RC, QT_TRANSLATE_NOOP(C, "车间上班时间"), QT_TRANSLATE_NOOP(C, "第一个预约时段从这个钟点开始。")),
    _time("reception.workshop_close", "17:30", RC, QT_TRANSLATE_NOOP(C, "车间下班时间"),
          QT_TRANSLATE_NOOP(C, "最后一个预约时段在这个钟点之前结束；必须晚于上班时间。")),
    _int("reception.confirm_call_days_before", 1, RC, QT_TRANSLATE_NOOP(C, "预约确认电话提前天数"),
         QT_TRANSLATE_NOOP(C, "预约前几天打确认电话。"), 0, 30, DAYS),
    Setting("reception.order_prefix", "WO", TEXT, RC, QT_TRANSLATE_NOOP(C, "工单号前缀"),
            QT_TRANSLATE_NOOP(C, "工单号开头的字母，例如 WO 得到 WO2026-00001。"), max_length=8),
    _int("reception.comeback_days", 30, RC, QT_TRANSLATE_NOOP(C, "返修判定天数"),
         QT_TRANSLATE_NOOP(C, "交车后这么多天内同一辆车又来维修，算作返修，不计入一次修复率。"), 1, 365, DAYS),
    # --- the store's calendar (domain/store_calendar.py) ---
    Setting("calendar.hours", {code: ["08:30", "18:00"] for code in WEEKDAY_CODES}, WEEK_HOURS, CA,
            QT_TRANSLATE_NOOP(C, "每周营业时间"),
            QT_TRANSLATE_NOOP(C, "每天开门和关门的钟点；不勾选的那天休息。跟进、回访和预约只落在营业日。")),
    Setting("calendar.official", True, BOOL, CA, QT_TRANSLATE_NOOP(C, "按国家放假安排休息和调休上班"),
            QT_TRANSLATE_NOOP(C, "法定节假日（含连休）门店休息，调休的周末上班。节假日数据来自 chinesecalendar。")),
    Setting("calendar.closed_days", [], DAY_LIST, CA, QT_TRANSLATE_NOOP(C, "门店休息日"),
            QT_TRANSLATE_NOOP(C, "门店自己的休息日，例如 2027-02-05 或 2027-02-05/2027-02-11，用逗号分隔。")),
    Setting("calendar.extra_open_days", [], DAY_LIST, CA, QT_TRANSLATE_NOOP(C, "门店加班日"),
            QT_TRANSLATE_NOOP(C, "平时休息但这天营业，例如国庆车展期间；写法同上。")),
    # --- monthly summary (domain/kpi.py); targets per model are TARGET below ---
    _int("kpi.history_months", 3, RP, QT_TRANSLATE_NOOP(C, "目标测算参考的历史月数"),
         QT_TRANSLATE_NOOP(C, "推算新增 H/A 与线索目标时参考前几个月的成交率。"), 1, 24, MONTHS),
    _int("kpi.hot_list_limit", 300, RP, QT_TRANSLATE_NOOP(C, "月报热点客户最多列出"),
         QT_TRANSLATE_NOOP(C, "月报里热点客户名单最多列出多少位（总数总会印出）。"), 0, 10000, QT_TRANSLATE_NOOP(C, "位")),
    _int("kpi.trend_months", 12, RP, QT_TRANSLATE_NOOP(C, "月报趋势图月数"), QT_TRANSLATE_NOOP(C, "月报趋势图显示多少个月。"), 1, 36, MONTHS),
    # --- plans and targets (services/targets) ---
    _int("plan.firm_months", 1, RP, QT_TRANSLATE_NOOP(C, "滚动计划确定月数（X）"),
         QT_TRANSLATE_NOOP(C, "X+Y 滚动计划中从本月起确定下来的月数。"), 1, 6, MONTHS),
    _int("plan.forecast_months", 2, RP, QT_TRANSLATE_NOOP(C, "滚动计划预测月数（Y）"),
         QT_TRANSLATE_NOOP(C, "X+Y 滚动计划中确定月之后的预测月数。"), 0, 12, MONTHS),
    # --- tray notices (services/sales/notices.py, ui/tray.py) ---
    _time("notify.quiet_start", "21:00", NO, QT_TRANSLATE_NOOP(C, "免打扰开始"),
          QT_TRANSLATE_NOOP(C, "从这个钟点起托盘不弹出提醒（攒到免打扰结束再提醒）。")),
    _time("notify.quiet_end", "08:00", NO, QT_TRANSLATE_NOOP(C, "免打扰结束"), QT_TRANSLATE_NOOP(C, "到这个钟点恢复提醒；与开始相同表示不设免打扰。")),
    Setting("ui.close_to_tray", True, BOOL, NO, QT_TRANSLATE_NOOP(C, "关闭窗口时留在托盘"),
            QT_TRANSLATE_NOOP(C, "关闭主窗口时程序留在系统托盘继续提醒。"), SYSTEM),
    # --- the store and the system (admins) ---
    Setting("store.name", "DealerDesk 演示店", TEXT, ST, QT_TRANSLATE_NOOP(C, "门店名称"), QT_TRANSLATE_NOOP(C, "印在报表和工单抬头上的门店名称。"),
            SYSTEM, max_length=60),
    Setting("store.logo", "", TEXT, ST, QT_TRANSLATE_NOOP(C, "门店标志图片路径"), QT_TRANSLATE_NOOP(C, "本机上标志图片（PNG/JPG）的路径，可不填；用“文件 → 门店资料”选择的标志存进数据库，优先使用。"),
            SYSTEM, max_length=260),
    Setting("store.address", "", TEXT, ST, QT_TRANSLATE_NOOP(C, "门店地址"), QT_TRANSLATE_NOOP(C, "印在报表和工单抬头上的门店地址，可不填。"),
            SYSTEM, max_length=120),
    Setting("store.phone", "", TEXT, ST, QT_TRANSLATE_NOOP(C, "门店电话"), QT_TRANSLATE_NOOP(C, "印在报表和工单抬头上的服务电话，可不填。"),
            SYSTEM, max_length=30),
    Setting("store.city", "", TEXT, ST, QT_TRANSLATE_NOOP(C, "门店所在城市"), QT_TRANSLATE_NOOP(C, "门店所在的城市，可不填。"), SYSTEM, max_length=30),
    Setting("ui.language", "zh_CN", CHOICE, ST, QT_TRANSLATE_NOOP(C, "界面语言"), QT_TRANSLATE_NOOP(C, "程序界面使用的语言。"), SYSTEM,
            choices=tuple(code for code, _name in LANGUAGES), codeset="language"),
    _int("ui.lock_minutes", 15, ST, QT_TRANSLATE_NOOP(C, "无操作自动锁定"),
         QT_TRANSLATE_NOOP(C, "多少分钟没有操作就锁定窗口，需重新输入密码；0 表示不锁定。"), 0, 480,
         QT_TRANSLATE_NOOP(C, "分钟"), permission=SYSTEM),
    # --- what an import reads at most (services/transfer/limits.py): far above any real store's sheet, so a
    # damaged or hostile file (a "zip bomb") stops with a message instead of filling the memory ---
    _int("import.max_unzipped_mb", 1000, ST, QT_TRANSLATE_NOOP(C, "导入文件解压后上限"),
         QT_TRANSLATE_NOOP(C, "Excel 文件（.xlsx 是压缩包）里每一部分解压后的大小上限；CSV/XLS 文件本身的大小上限。"),
         10, 100000, "MB", permission=SYSTEM),
    _int("import.max_ratio", 200, ST, QT_TRANSLATE_NOOP(C, "导入文件最大压缩比"),
         QT_TRANSLATE_NOOP(C, "Excel 文件里超过 10 MB 的部分，解压后最多是压缩时的多少倍（正常表格约 5–30 倍）。"),
         10, 100000, QT_TRANSLATE_NOOP(C, "倍"), permission=SYSTEM),
    _int("import.max_rows", 1000000, ST, QT_TRANSLATE_NOOP(C, "导入最多行数"),
         QT_TRANSLATE_NOOP(C, "一个工作表最多读取多少行。"), 1000, 10000000, QT_TRANSLATE_NOOP(C, "行"),
         permission=SYSTEM),
    _int("import.max_columns", 500, ST, QT_TRANSLATE_NOOP(C, "导入最多列数"),
         QT_TRANSLATE_NOOP(C, "一行最多读取多少列。"), 20, 16384, QT_TRANSLATE_NOOP(C, "列"), permission=SYSTEM),
    _int("import.max_cell_chars", 32767, ST, QT_TRANSLATE_NOOP(C, "导入单元格最多字数"),
         QT_TRANSLATE_NOOP(C, "一个单元格最多多少个字（Excel 自己的上限是 32767）。"), 100, 1000000,
         QT_TRANSLATE_NOOP(C, "字"), permission=SYSTEM),
    _int("import.max_strings_mb", 150, ST, QT_TRANSLATE_NOOP(C, "导入文字表上限"),
         QT_TRANSLATE_NOOP(C, "Excel 文件的共享文字表（所有不同的文字）读入后最多占用多少内存。"), 10, 10000, "MB",
         permission=SYSTEM),
    # --- backups (services/backup.py, store/backup.py) ---
    Setting("backup.folder", "", TEXT, ST, QT_TRANSLATE_NOOP(C, "备份文件夹"),
            QT_TRANSLATE_NOOP(C, "自动备份写到这个文件夹，可以是 U 盘或另一台电脑的共享文件夹；不填则用数据目录下的 backups。"),
            SYSTEM, max_length=260),
    Setting("backup.daily", True, BOOL, ST, QT_TRANSLATE_NOOP(C, "每天自动备份"),
            QT_TRANSLATE_NOOP(C, "每天第一次打开程序时在后台备份数据库。"), SYSTEM),
    Setting("backup.on_exit", False, BOOL, ST, QT_TRANSLATE_NOOP(C, "退出时备份"),
            QT_TRANSLATE_NOOP(C, "退出程序时再备份一次。"), SYSTEM),
    _int("backup.keep", 10, ST, QT_TRANSLATE_NOOP(C, "保留每日备份天数"),
         QT_TRANSLATE_NOOP(C, "保留最近这么多天的备份（每天保留最新的一份），更早的删除（每月备份另算）。"), 1, 365, DAYS,
         permission=SYSTEM),
    _int("backup.keep_monthly", 12, ST, QT_TRANSLATE_NOOP(C, "保留每月备份月数"),
         QT_TRANSLATE_NOOP(C, "最近这么多个月，每月再保留最新的一份备份；0 表示不保留每月备份。"), 0, 120, MONTHS,
         permission=SYSTEM),
    # --- privacy ---
    # Front desk and service advisors call customers (surveys, "your car is ready"), so by default only the
    # admin, whose job is the system, sees 138****5678; a masked role may still 显示号码 (audited).
    Setting("privacy.mask_phones_for", ["admin"], CHOICES, PR, QT_TRANSLATE_NOOP(C, "电话打码的角色"),
            QT_TRANSLATE_NOOP(C, "这些角色在列表、档案、搜索结果、导出和命令行中看到的客户电话中间四位显示为 *，"
                                 "需要时可点“显示号码”查看（记入操作日志）。"), SYSTEM, choices=ROLE_CODES, codeset="role"),
    Setting("privacy.sales_see_all", False, BOOL, PR, QT_TRANSLATE_NOOP(C, "销售顾问可查看全部客户"),
            QT_TRANSLATE_NOOP(C, "不勾选时，销售顾问只能看到自己负责的客户和线索；勾选后可查看全部客户和线索，"
                                 "但仍只能修改自己的。"), BUSINESS),
    # --- the deal sheet (domain/deals.py, services/sales/deals.py) ---
    _int("deal.discount_limit", 5000, "deals", QT_TRANSLATE_NOOP(C, "顾问可给优惠上限（元）"),
         QT_TRANSLATE_NOOP(C, "订车单上的优惠超过这个金额时，要等经理审批。"), 0, 10000000, YUAN),
    Setting("deal.lenders", "工商银行、建设银行、平安银行、厂家金融", TEXT, "deals", QT_TRANSLATE_NOOP(C, "贷款机构"),
            QT_TRANSLATE_NOOP(C, "订车单上可选的贷款/租赁机构，用顿号或逗号分隔。"), max_length=400),
    Setting("deal.insurers", "人保财险、平安产险、太平洋产险", TEXT, "deals", QT_TRANSLATE_NOOP(C, "合作保险公司"),
            QT_TRANSLATE_NOOP(C, "订车单上可选的保险公司，用顿号或逗号分隔。"), max_length=400),
    Setting("deal.accessories", "脚垫 800、行车记录仪 1200、隐形车衣 6800、太阳膜 3000、座套 1500", TEXT, "deals",
            QT_TRANSLATE_NOOP(C, "精品/装潢价目"),
            QT_TRANSLATE_NOOP(C, "订车单上可选的精品和装潢，每项写“名称 价格”，用顿号或逗号分隔；不在表里的可以直接输入。"),
            max_length=1000),
    # --- key accounts and member points (domain/key_accounts.py, domain/loyalty.py) ---
    Setting("key_account.visit_days", {"A": 14, "B": 30, "C": 60}, POINTS, "accounts",
            QT_TRANSLATE_NOOP(C, "大用户走访间隔"),
            QT_TRANSLATE_NOOP(C, "每个等级的大用户多少天走访一次；登记走访时没有约定下次日期，就按这个间隔安排。"),
            BUSINESS, 1, 365, DAYS, KEY_ACCOUNT_GRADE_CODES, "key_account_grade"),
    _int("points.service_per_yuan", 1, "accounts", QT_TRANSLATE_NOOP(C, "维修保养每元积分"),
         QT_TRANSLATE_NOOP(C, "结算时客户实付每 1 元得多少积分；0 表示维修保养不积分。"), 0, 100, POINTS_UNIT),
    _int("points.purchase_per_100_yuan", 1, "accounts", QT_TRANSLATE_NOOP(C, "购车每百元积分"),
         QT_TRANSLATE_NOOP(C, "交车时车价每 100 元得多少积分；0 表示购车不积分。"), 0, 100, POINTS_UNIT),
    _int("points.referral", 500, "accounts", QT_TRANSLATE_NOOP(C, "转介绍积分"),
         QT_TRANSLATE_NOOP(C, "介绍的新客户交车后，介绍人得多少积分。"), 0, 100000, POINTS_UNIT),
    _int("points.event", 50, "accounts", QT_TRANSLATE_NOOP(C, "参加活动积分"),
         QT_TRANSLATE_NOOP(C, "客户参加一次门店活动得多少积分。"), 0, 100000, POINTS_UNIT),
    _int("points.redeem_per_yuan", 100, "accounts", QT_TRANSLATE_NOOP(C, "多少积分抵 1 元"),
         QT_TRANSLATE_NOOP(C, "结算时用积分抵扣，多少积分抵 1 元。"), 1, 10000, POINTS_UNIT),
    _int("points.expiry_months", 24, "accounts", QT_TRANSLATE_NOOP(C, "积分有效期（月）"),
         QT_TRANSLATE_NOOP(C, "积分获得后多少个月过期，先得的先用；0 表示不过期。"), 0, 120, MONTHS),
    Setting("member.tier_points", {"normal": 0, "silver": 2000, "gold": 10000, "diamond": 30000}, POINTS,
            "accounts", QT_TRANSLATE_NOOP(C, "会员等级门槛（累计积分）"),
            QT_TRANSLATE_NOOP(C, "累计获得的积分（用掉的也算）达到多少升到该等级；只升不降，经理也可以手动调整。"),
            BUSINESS, 0, 10000000, POINTS_UNIT, MEMBER_TIER_CODES, "member_tier"),
    Setting("member.free_checks", {"normal": 0, "silver": 1, "gold": 2, "diamond": 4}, POINTS, "accounts",
            QT_TRANSLATE_NOOP(C, "每年免费检测次数"), QT_TRANSLATE_NOOP(C, "各等级会员每年可享受的免费检测次数。"),
            BUSINESS, 0, 99, QT_TRANSLATE_NOOP(C, "次"), MEMBER_TIER_CODES, "member_tier"),
    Setting("member.labour_discount", {"normal": 0, "silver": 5, "gold": 10, "diamond": 15}, POINTS, "accounts",
            QT_TRANSLATE_NOOP(C, "工时费优惠（%）"), QT_TRANSLATE_NOOP(C, "各等级会员工时费的优惠百分比，结算时作为优惠填写。"),
            BUSINESS, 0, 100, "%", MEMBER_TIER_CODES, "member_tier"),
    Setting("member.priority_booking", ["gold", "diamond"], CHOICES, "accounts", QT_TRANSLATE_NOOP(C, "优先预约的等级"),
            QT_TRANSLATE_NOOP(C, "这些等级的会员预约时优先安排，接车时提示。"), BUSINESS,
            choices=MEMBER_TIER_CODES, codeset="member_tier"),
    Setting("member.pickup", ["diamond"], CHOICES, "accounts", QT_TRANSLATE_NOOP(C, "上门取送车的等级"),
            QT_TRANSLATE_NOOP(C, "这些等级的会员可享受上门取送车服务。"), BUSINESS,
            choices=MEMBER_TIER_CODES, codeset="member_tier"),
    # --- campaigns (services/campaigns) ---
    _int("campaign.recent_days", 7, RE, QT_TRANSLATE_NOOP(C, "群发间隔天数"),
         QT_TRANSLATE_NOOP(C, "最近这么多天内已收到群发消息的客户，不再放进新的群发批次和外呼名单。"), 0, 365, DAYS),
    _int("campaign.greeting_days_ahead", 2, RE, QT_TRANSLATE_NOOP(C, "问候提前准备天数"),
         QT_TRANSLATE_NOOP(C, "生日、节日、购车周年和首保关怀的群发批次提前多少天准备好。"), 0, 30, DAYS),
    _int("campaign.call_days", 7, RE, QT_TRANSLATE_NOOP(C, "外呼完成期限（天）"),
         QT_TRANSLATE_NOOP(C, "外呼名单生成后多少天内要打完，过期的电话在工作台显示为逾期。"), 1, 90, DAYS),
)

#: "target.<车型>": that model's monthly order target; one per catalogue model, 0 (not stored) when unset.
TARGET_PREFIX = "target."
TARGET = Setting(TARGET_PREFIX, 0, INT, RP, QT_TRANSLATE_NOOP(C, "月订单目标"),
                 QT_TRANSLATE_NOOP(C, "每个车型本月的订单目标（台），月报据此推算新增 H/A 与线索目标；0 表示不设目标。"),
                 BUSINESS, 0, 9999, QT_TRANSLATE_NOOP(C, "台"))

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def find(key: str) -> Setting | None:
    """The declaration of `key` (a per-model target gets TARGET with its own key), None when unknown."""
    if key in BY_KEY:
        return BY_KEY[key]
    if key.startswith(TARGET_PREFIX) and len(key) > len(TARGET_PREFIX):
        return Setting(key, TARGET.default, TARGET.kind, TARGET.group, TARGET.label, TARGET.help,
                       TARGET.permission, TARGET.minimum, TARGET.maximum, TARGET.suffix)
    return None


def target_key(model_name: str) -> str:
    return TARGET_PREFIX + model_name


def in_group(group: str) -> list[Setting]:
    return [s for s in SETTINGS if s.group == group]


def defaults(*prefixes: str) -> dict[str, object]:
    """key → default of every setting (or of those whose key starts with one of `prefixes`), fresh copies."""
    return {s.key: copy.deepcopy(s.default) for s in SETTINGS if not prefixes or s.key.startswith(prefixes)}


# --- validation -------------------------------------------------------------------------------------

def _refuse(setting: Setting, template: str, **params: object) -> InvalidInput:
    return InvalidInput(template, field=setting.key, key=setting.key, label=setting.label, **params)


def _whole(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        return None
    return int(value)


def _in_range(setting: Setting, value: object) -> int:
    number = _whole(value)
    low, high = setting.minimum, setting.maximum
    if number is None or (low is not None and number < low) or (high is not None and number > high):
        raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为 {low} 到 {high} 之间的整数，不能是 {value}"),
                      low=low, high=high, value=value)
    return number


_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def validate(setting: Setting, value: object) -> object:
    """`value` in the stored (JSON) form when it is acceptable; InvalidInput naming the setting otherwise."""
    kind = setting.kind
    if kind == INT:
        return _in_range(setting, value)
    if kind == TIME:
        if not isinstance(value, str) or not _TIME.match(value):
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为 00:00 到 23:59 之间的时间，不能是 {value}"), value=value)
        return value
    if kind == BOOL:
        if not isinstance(value, bool):
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”只能是“是”或“否”，不能是 {value}"), value=value)
        return value
    if kind == TEXT:
        if not isinstance(value, str) or "\n" in value or len(value) > setting.max_length:
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为不超过 {n} 个字的一行文字"), n=setting.max_length)
        return value
    if kind == CHOICE:
        if value not in setting.choices:
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”没有 {value} 这个选项"), value=value)
        return value
    if kind == CHOICES:
        if not isinstance(value, list) or len(set(map(str, value))) != len(value):
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为不重复的选项列表，不能是 {value}"), value=value)
        for code in value:
            if code not in setting.choices:
                raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”没有 {value} 这个选项"), value=code)
        return value
    if kind == INT_LIST:
        if not isinstance(value, list):
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为用顿号分隔的整数，不能是 {value}"),
                          value=value)
        if not value:
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”至少要填一个数"))
        return [_in_range(setting, v) for v in value]
    if kind == PAIR:
        if not isinstance(value, list) or len(value) != 2:
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为两个天数：建议天数和逾期天数"))
        low, high = (_in_range(setting, v) for v in value)
        if low > high:
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”：建议天数 {low} 不能大于逾期天数 {high}"),
                          low=low, high=high)
        return [low, high]
    if kind == POINTS:
        if not isinstance(value, dict) or set(value) != set(setting.choices):
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为每一项各自的分数"))
        return {code: _in_range(setting, value[code]) for code in setting.choices}
    if kind == WEEK_HOURS:
        return _week_hours(setting, value)
    if kind == DAY_LIST:
        return _day_list(setting, value)
    raise ValueError(f"unknown setting kind {kind!r}")


def _week_hours(setting: Setting, value: object) -> dict[str, list[str]]:
    if not isinstance(value, dict) or set(value) != set(WEEKDAY_CODES):
        raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为周一到周日每天的营业时间"))
    week: dict[str, list[str]] = {}
    for code in WEEKDAY_CODES:
        pair = value[code]
        if pair in ([], None):
            week[code] = []
            continue
        if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(t, str) and _TIME.match(t) for t in pair):
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”的钟点应写成 08:30，不能是 {value}"), value=pair)
        start, end = ((int(h), int(m)) for h, m in (t.split(":") for t in pair))
        if start >= end:
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”：关门时间 {end} 必须晚于开门时间 {start}"),
                          start=pair[0], end=pair[1])
        week[code] = [f"{start[0]:02d}:{start[1]:02d}", f"{end[0]:02d}:{end[1]:02d}"]
    return week


def _day_list(setting: Setting, value: object) -> list[str]:
    if not isinstance(value, list) or len(value) > MAX_DAY_LIST:
        raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”应为不超过 {n} 项的日期列表"), n=MAX_DAY_LIST)
    clean: list[str] = []
    for item in value:
        text = str(item).strip()
        first, _, last = text.partition("/")
        try:
            start = dt_date.fromisoformat(first)
            end = dt_date.fromisoformat(last) if last else start
        except ValueError:
            raise _refuse(setting, QT_TRANSLATE_NOOP(
                "errors", "“{label}”里的 {value} 不是日期（应写成 2027-02-05 或 2027-02-05/2027-02-11）"),
                value=text) from None
        if end < start or (end - start).days >= MAX_DAY_RANGE:
            raise _refuse(setting, QT_TRANSLATE_NOOP("errors", "“{label}”里的 {value} 不是 {n} 天以内、从早到晚的日期范围"),
                          value=text, n=MAX_DAY_RANGE)
        clean.append(start.isoformat() if not last else f"{start.isoformat()}/{end.isoformat()}")
    return clean


def unknown(key: str) -> InvalidInput:
    return InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的设置项 {key}"), field=key, key=key)


def validate_key(key: str, value: object) -> object:
    """validate() for a key; InvalidInput for a key nobody declared."""
    setting = find(key)
    if setting is None:
        raise unknown(key)
    return validate(setting, value)


def check_together(settings: Mapping[str, object], changed: Iterable[str]) -> None:
    """The rules between settings, checked when one of `changed` is among them (values merged with defaults)."""
    changed = set(changed)

    def value(key: str) -> object:
        return BY_KEY[key].value_of(settings)

    if changed & {"tier.mid_min", "tier.high_min"} and _whole(value("tier.mid_min")) is not None \
            and _whole(value("tier.high_min")) is not None and value("tier.mid_min") > value("tier.high_min"):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "“中”档的起点不能高于“高”档的起点"), field="tier.mid_min")
    if "member.tier_points" in changed and isinstance(value("member.tier_points"), Mapping):
        points = [value("member.tier_points").get(t) for t in MEMBER_TIER_CODES]
        if all(_whole(p) is not None for p in points) and points != sorted(points):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "会员等级门槛应从普通到钻石逐级升高"),
                               field="member.tier_points")
    keys = ("reception.workshop_open", "reception.workshop_close")
    if changed & set(keys):
        times = [str(value(k)) for k in keys]
        if all(_TIME.match(t) for t in times):
            start, end = ((int(h), int(m)) for h, m in (t.split(":") for t in times))
            if start >= end:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "“车间下班时间”必须晚于“车间上班时间”"),
                                   field="reception.workshop_close")


@dataclass
class Group:
    """A group of the settings page: its code, label and settings in declaration order."""

    code: str
    label: str
    settings: list[Setting] = field(default_factory=list)


def groups() -> list[Group]:
    return [Group(code, label, in_group(code)) for code, label in GROUPS]
