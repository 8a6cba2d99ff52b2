"""Chinese names of the settings, for the settings page (the keys stay the stable contract)."""
from __future__ import annotations

from dealerdesk.i18n import QT_TRANSLATE_NOOP

C = "setting_labels"
SETTING_LABELS: dict[str, str] = {
    "backup.keep": QT_TRANSLATE_NOOP(C, "保留的备份份数"),
    "category.high_value_min_purchases": QT_TRANSLATE_NOOP(C, "高价值客户至少购车次数"),
    "category.lost_months": QT_TRANSLATE_NOOP(C, "多少个月无购车/保养/到店算流失"),
    "complaint.first_response_hours": QT_TRANSLATE_NOOP(C, "投诉首次响应时限（小时）"),
    "complaint.resolution_days": QT_TRANSLATE_NOOP(C, "投诉解决时限（天）"),
    "defeat.needs_approval": QT_TRANSLATE_NOOP(C, "战败需经理审批"),
    "kpi.history_months": QT_TRANSLATE_NOOP(C, "目标测算参考的历史月数"),
    "kpi.hot_list_limit": QT_TRANSLATE_NOOP(C, "月报热点客户最多列出"),
    "kpi.trend_months": QT_TRANSLATE_NOOP(C, "月报趋势图月数"),
    "post_delivery.call_hours": QT_TRANSLATE_NOOP(C, "交车后回访时限（小时）"),
    "privacy.mask_phones_for": QT_TRANSLATE_NOOP(C, "电话打码的角色"),
    "reception.confirm_call_days_before": QT_TRANSLATE_NOOP(C, "预约确认电话提前天数"),
    "reception.order_prefix": QT_TRANSLATE_NOOP(C, "工单号前缀"),
    "reception.slot_capacity": QT_TRANSLATE_NOOP(C, "每个预约时段可接车数"),
    "reception.slot_minutes": QT_TRANSLATE_NOOP(C, "预约时段长度（分钟）"),
    "reception.workshop_close": QT_TRANSLATE_NOOP(C, "车间下班时间"),
    "reception.workshop_open": QT_TRANSLATE_NOOP(C, "车间上班时间"),
    "reminder.birthday_days_ahead": QT_TRANSLATE_NOOP(C, "生日提前提醒天数"),
    "reminder.holiday_days_ahead": QT_TRANSLATE_NOOP(C, "节日提前提醒天数"),
    "reminder.holidays": QT_TRANSLATE_NOOP(C, "发送问候的节日"),
    "reminder.inspection.commercial_months_after": QT_TRANSLATE_NOOP(C, "营运车辆之后每几个月年检"),
    "reminder.inspection.commercial_yearly_years": QT_TRANSLATE_NOOP(C, "营运车辆前几年每年年检"),
    "reminder.inspection.other_interval_months": QT_TRANSLATE_NOOP(C, "其他车辆年检间隔（月）"),
    "reminder.inspection.private_max_seats": QT_TRANSLATE_NOOP(C, "私家车免检规则适用的最多座位数"),
    "reminder.inspection.private_online_years": QT_TRANSLATE_NOOP(C, "私家车网上领标的年份"),
    "reminder.inspection.private_onsite_years": QT_TRANSLATE_NOOP(C, "私家车上线检测的年份"),
    "reminder.inspection.private_yearly_after": QT_TRANSLATE_NOOP(C, "私家车几年后每年年检"),
    "reminder.inspection_days_ahead": QT_TRANSLATE_NOOP(C, "年检提前提醒天数"),
    "reminder.insurance_days_ahead": QT_TRANSLATE_NOOP(C, "续保提前提醒天数"),
    "reminder.maintenance.default_km_per_day": QT_TRANSLATE_NOOP(C, "无里程记录时按每天公里数估算"),
    "reminder.maintenance.first_km": QT_TRANSLATE_NOOP(C, "首保里程（公里）"),
    "reminder.maintenance.first_months": QT_TRANSLATE_NOOP(C, "首保时间（月）"),
    "reminder.maintenance.interval_km": QT_TRANSLATE_NOOP(C, "保养间隔里程（公里）"),
    "reminder.maintenance.interval_months": QT_TRANSLATE_NOOP(C, "保养间隔时间（月）"),
    "reminder.maintenance_days_ahead": QT_TRANSLATE_NOOP(C, "保养提前提醒天数"),
    "reminder.post_service_call_days": QT_TRANSLATE_NOOP(C, "服务后几天回访"),
    "reminder.post_service_call_grace_days": QT_TRANSLATE_NOOP(C, "服务回访宽限天数"),
    "reminder.survey_days_after_delivery": QT_TRANSLATE_NOOP(C, "交车后几天做满意度调查"),
    "reminder.survey_days_after_service": QT_TRANSLATE_NOOP(C, "服务后几天做满意度调查"),
    "reminder.survey_grace_days": QT_TRANSLATE_NOOP(C, "满意度调查宽限天数"),
    "spend.full_points_yuan": QT_TRANSLATE_NOOP(C, "消费满分金额（元，近3年）"),
    "store.city": QT_TRANSLATE_NOOP(C, "门店所在城市"),
    "store.logo": QT_TRANSLATE_NOOP(C, "门店标志图片路径"),
    "store.name": QT_TRANSLATE_NOOP(C, "门店名称"),
    "tier.high_min": QT_TRANSLATE_NOOP(C, "高分级最低分"),
    "tier.mid_min": QT_TRANSLATE_NOOP(C, "中分级最低分"),
    "ui.close_to_tray": QT_TRANSLATE_NOOP(C, "关闭窗口时留在托盘"),
    "ui.language": QT_TRANSLATE_NOOP(C, "界面语言"),
    "value.complaint_penalty": QT_TRANSLATE_NOOP(C, "每个未结投诉扣分"),
    "value.income_max": QT_TRANSLATE_NOOP(C, "收入水平最高分"),
    "value.income_points": QT_TRANSLATE_NOOP(C, "收入水平得分"),
    "value.lead_max": QT_TRANSLATE_NOOP(C, "意向级别最高分"),
    "value.lead_points": QT_TRANSLATE_NOOP(C, "意向级别得分"),
    "value.purchase_max": QT_TRANSLATE_NOOP(C, "购车次数最高分"),
    "value.purchase_points": QT_TRANSLATE_NOOP(C, "每次购车得分"),
    "value.recommend_points": QT_TRANSLATE_NOOP(C, "推荐意愿得分"),
    "value.referral_max": QT_TRANSLATE_NOOP(C, "转介绍最高分"),
    "value.referral_points": QT_TRANSLATE_NOOP(C, "每次转介绍得分"),
    "value.repurchase_points": QT_TRANSLATE_NOOP(C, "复购可能性得分"),
    "value.satisfaction_points": QT_TRANSLATE_NOOP(C, "满意度得分"),
    "value.service_visit_max": QT_TRANSLATE_NOOP(C, "近12个月进厂最高分"),
    "value.service_visit_points": QT_TRANSLATE_NOOP(C, "每次进厂得分"),
    "value.spend_max": QT_TRANSLATE_NOOP(C, "消费金额最高分"),
}


def setting_label(key: str) -> str:
    """The untranslated (zh_CN) label; per-model order targets are "target.<车型>"."""
    if key.startswith("target."):
        return QT_TRANSLATE_NOOP(C, "月订单目标：") + key[len("target."):]
    return SETTING_LABELS.get(key, key)
