"""The Chinese label of every stored code, written once (the glossary's wording), for ui, reports and the CLI.

Why one registry: the same code sets used to be labelled in 3–5 places that disagreed (`defeat_pending` was
战败待审批 / 战败待批 / 战败待审 / 战败待经理审批), and a flat dict keyed by code alone showed a complaint's
`open` with the lead label 跟进中. Here a code is only ever looked up *in its own set*.

A `CodeSet` is a read-only mapping code → label in display order, so `for code, text in SET.items()` fills a
combo box and `code in SET` validates. Labels are marked with QT_TRANSLATE_NOOP under the set's `context`;
this module stays Qt-free: the UI translates with `QCoreApplication.translate(code_set.context, text)`
(dealerdesk/ui/labels.py), reports and the CLI print the Chinese as it is.

    labels.label(labels.LEAD_STATUS, "defeat_pending")   # '战败待审批'
    labels.label(labels.LEAD_STATUS, "whatever")          # 'whatever' (an unknown code is shown as itself)
    labels.choices(labels.COMPLAINT_CATEGORY)             # [('service_quality', '维修质量'), ...]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from dealerdesk.i18n import QT_TRANSLATE_NOOP as N


class CodeSet(Mapping[str, str]):
    """One code set: its name, its translation context and its labels (code → Chinese) in display order."""

    def __init__(self, name: str, context: str, labels: Mapping[str, str]) -> None:
        self.name = name
        self.context = context
        self._labels = dict(labels)

    def __getitem__(self, code: str) -> str:
        return self._labels[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __repr__(self) -> str:
        return f"CodeSet({self.name!r}, {list(self._labels)})"

    def subset(self, name: str, codes: Iterable[str]) -> CodeSet:
        """The codes one column allows out of a wider set, with the same labels (one label per code)."""
        return CodeSet(name, self.context, {code: self._labels[code] for code in codes})


def label(code_set: Mapping[str, str], code: str | None) -> str:
    """The Chinese label of `code` in `code_set`; an unknown code is shown as itself, None as ""."""
    if code is None:
        return ""
    return code_set.get(code, code)


def choices(code_set: Mapping[str, str]) -> list[tuple[str, str]]:
    """(code, label) pairs in display order, for combo boxes and filters."""
    return list(code_set.items())


# --- sales ---------------------------------------------------------------------------------------------

#: Lead levels 潜客级别 (domain.levels.Level); the code is the letter.
LEVEL = CodeSet("level", "levels", {
    "N": N("levels", "新线索"),
    "C": N("levels", "初步意向"),
    "B": N("levels", "比较车型"),
    "A": N("levels", "意向明确"),
    "H": N("levels", "热点"),
    "O": N("levels", "已订车"),
    "D": N("levels", "已交车"),
    "T": N("levels", "退订"),
})
#: Lead.status
LEAD_STATUS = CodeSet("lead_status", "lead_status", {
    "open": N("lead_status", "跟进中"),
    "defeat_pending": N("lead_status", "战败待审批"),
    "defeated": N("lead_status", "已战败"),
    "cancelled": N("lead_status", "已退订"),
    "delivered": N("lead_status", "已交车"),
})
#: Order.status (a sales order 订单, from contract to delivery)
ORDER_STATUS = CodeSet("order_status", "order_status", {
    "open": N("order_status", "待交车"),
    "delivered": N("order_status", "已交车"),
    "cancelled": N("order_status", "已退订"),
})
#: Lead.payment_intent, Order.payment_method, Purchase.payment_method ("" = not known yet)
PAYMENT = CodeSet("payment", "payment", {
    "": "",
    "full": N("payment", "全款"),
    "loan": N("payment", "贷款"),
    "lease": N("payment", "租赁"),
})
#: Purchase.channel: where a vehicle the customer owns was bought
PURCHASE_CHANNEL = CodeSet("purchase_channel", "purchase_channels", {
    "store": N("purchase_channels", "本店"),
    "official_site": N("purchase_channels", "官网"),
    "used_market": N("purchase_channels", "二手车市场"),
    "other": N("purchase_channels", "其他"),
})
#: Lead.defeat_reason 战败原因
DEFEAT_REASON = CodeSet("defeat_reason", "defeat", {
    "price": N("defeat", "价格"),
    "product": N("defeat", "产品"),
    "brand": N("defeat", "品牌"),
    "service": N("defeat", "服务"),
    "financing": N("defeat", "金融/贷款"),
    "bought_elsewhere": N("defeat", "已购他店/竞品"),
    "gave_up": N("defeat", "放弃购买"),
    "unreachable": N("defeat", "无法联系"),
})

#: Interaction.channel and Complaint.channel: how the store and the customer were in touch. "note" is an
#: internal note (reassignment, approval decisions) kept in the same history.
CHANNEL = CodeSet("channel", "channels", {
    "phone": N("channels", "电话"),
    "sms": N("channels", "短信"),
    "wechat": N("channels", "微信"),
    "email": N("channels", "邮件"),
    "visit": N("channels", "到店"),
    "test_drive": N("channels", "试驾"),
    "home_visit": N("channels", "上门拜访"),
    "online": N("channels", "网络平台"),
    "other": N("channels", "其他"),
    "note": N("channels", "备注"),
})
#: the channels a consultant logs a follow-up with
INTERACTION_CHANNEL = CHANNEL.subset("interaction_channel",
                                     ("phone", "sms", "wechat", "visit", "test_drive", "home_visit"))
#: the channels of a contact logged on the customer (profile's interactions tab), with or without a lead
CONTACT_CHANNEL = CHANNEL.subset("contact_channel", ("phone", "wechat", "sms", "visit", "home_visit", "email", "note"))
#: Interaction.methods: what happened at one walk-in (接待登记); several at once
WALK_IN_METHOD = CodeSet("walk_in_method", "walk_in", {
    "visit": N("walk_in", "到店"),
    "test_drive": N("walk_in", "试驾"),
    "quote": N("walk_in", "报价"),
})
#: the channels a complaint arrives by
COMPLAINT_CHANNEL = CHANNEL.subset("complaint_channel",
                                   ("phone", "visit", "wechat", "sms", "email", "online", "other"))

#: FollowUp.kind and Reminder.kind: what is due (the worklist, the tray, the reminder lists)
DUE_KIND = CodeSet("due_kind", "reminder_kinds", {
    "follow_up": N("reminder_kinds", "跟进"),
    "post_delivery_call": N("reminder_kinds", "交车回访"),
    "maintenance": N("reminder_kinds", "保养到期"),
    "insurance_compulsory": N("reminder_kinds", "交强险续保"),
    "insurance_commercial": N("reminder_kinds", "商业险续保"),
    "inspection": N("reminder_kinds", "年检"),
    "birthday": N("reminder_kinds", "生日"),
    "holiday": N("reminder_kinds", "节日问候"),
    "post_service_call": N("reminder_kinds", "服务回访"),
    "survey": N("reminder_kinds", "满意度调查"),
    "complaint_deadline": N("reminder_kinds", "投诉处理时限"),
    "appointment_confirm": N("reminder_kinds", "预约确认电话"),
    "contact": N("reminder_kinds", "约定联系"),
    "key_account_visit": N("reminder_kinds", "大用户走访"),
    "campaign_call": N("reminder_kinds", "营销外呼"),
})
FOLLOW_UP_KIND = DUE_KIND.subset("follow_up_kind", ("follow_up", "post_delivery_call"))
REMINDER_KIND = DUE_KIND.subset("reminder_kind", (
    "maintenance", "insurance_compulsory", "insurance_commercial", "inspection", "birthday", "holiday",
    "post_service_call", "survey", "complaint_deadline", "appointment_confirm", "contact"))
#: the worklist's kinds of task (services.sales.worklist groups due kinds into these; both insurances are one)
WORKLIST_GROUP = CodeSet("worklist_group", "worklist", {
    "follow_up": N("worklist", "线索跟进"),
    "post_delivery_call": N("worklist", "交车回访"),
    "maintenance": N("worklist", "保养提醒"),
    "insurance": N("worklist", "保险续保"),
    "inspection": N("worklist", "年检提醒"),
    "birthday": N("worklist", "生日问候"),
    "holiday": N("worklist", "节日问候"),
    "post_service_call": N("worklist", "服务回访"),
    "survey": N("worklist", "满意度调查"),
    "complaint": N("worklist", "投诉处理"),
    "appointment": N("worklist", "预约确认"),
    "contact": N("worklist", "约定联系"),
    "key_account_visit": N("worklist", "大用户走访"),
    "campaign_call": N("worklist", "营销外呼"),
})
#: the worklist's sections (services.sales.worklist)
WORKLIST_SECTION = CodeSet("worklist_section", "worklist", {
    "overdue": N("worklist", "逾期"),
    "today": N("worklist", "今日到期"),
    "upcoming": N("worklist", "未来7天"),
})

# --- customers -----------------------------------------------------------------------------------------

#: Customer.source and Lead.source 来源渠道
SOURCE = CodeSet("source", "sources", {
    "walk_in": N("sources", "展厅"),
    "phone_in": N("sources", "电话"),
    "online": N("sources", "网络"),
    "auto_show": N("sources", "车展"),
    "event": N("sources", "客户活动"),  # a lead registered at a store event (Lead.event names it)
    "referral": N("sources", "转介绍"),
    "returning": N("sources", "老客户"),
    "other": N("sources", "其他"),
})
#: Customer.category (seed 000)
CATEGORY = CodeSet("category", "categories", {
    "high_value": N("categories", "高价值"),
    "potential": N("categories", "潜在"),
    "general": N("categories", "一般"),
    "lost": N("categories", "流失"),
})
#: Customer.tier 客户价值分级
TIER = CodeSet("tier", "tiers", {
    "high": N("tiers", "高"),
    "mid": N("tiers", "中"),
    "low": N("tiers", "低"),
})
#: Customer.kind: a person, or a company (key account 大客户)
CUSTOMER_KIND = CodeSet("customer_kind", "customer_kinds", {
    "person": N("customer_kinds", "个人"),
    "company": N("customer_kinds", "大客户"),
})
#: Customer.gender ("" = not given)
GENDER = CodeSet("gender", "genders", {"": "", "M": N("genders", "男"), "F": N("genders", "女")})
#: Customer.birthday_kind: which birthday the customer celebrates ("" = not given)
BIRTHDAY_KIND = CodeSet("birthday_kind", "birthday_kinds", {
    "": "", "solar": N("birthday_kinds", "公历"), "lunar": N("birthday_kinds", "农历"),
})
#: Customer.income_level ("" = not given)
INCOME_LEVEL = CodeSet("income_level", "income", {
    "": "",
    "low": N("income", "低"),
    "mid": N("income", "中"),
    "high": N("income", "高"),
    "very_high": N("income", "很高"),
})
#: User.role
ROLE = CodeSet("role", "roles", {
    "front_desk": N("roles", "前台"),
    "sales": N("roles", "销售顾问"),
    "service_advisor": N("roles", "服务顾问"),
    "manager": N("roles", "经理"),
    "admin": N("roles", "系统管理员"),
})

# --- after-sales ---------------------------------------------------------------------------------------

#: Complaint.status
COMPLAINT_STATUS = CodeSet("complaint_status", "complaint_status", {
    "open": N("complaint_status", "待处理"),
    "in_progress": N("complaint_status", "处理中"),
    "resolved": N("complaint_status", "已解决"),
    "closed": N("complaint_status", "已关闭"),
})
#: Complaint.category
COMPLAINT_CATEGORY = CodeSet("complaint_category", "complaint_categories", {
    "service_quality": N("complaint_categories", "维修质量"),
    "service_attitude": N("complaint_categories", "服务态度"),
    "price": N("complaint_categories", "价格收费"),
    "waiting": N("complaint_categories", "等待时间"),
    "product": N("complaint_categories", "产品质量"),
    "sales": N("complaint_categories", "销售过程"),
    "other": N("complaint_categories", "其他"),
})
#: ServiceRecord.kind
SERVICE_KIND = CodeSet("service_kind", "service_kinds", {
    "maintenance": N("service_kinds", "保养"),
    "repair": N("service_kinds", "维修"),
    "insurance": N("service_kinds", "保险"),
    "renewal": N("service_kinds", "续保"),
    "warranty": N("service_kinds", "索赔"),
})
#: Survey.overall, product_quality, service_attitude, after_sales
SATISFACTION = CodeSet("satisfaction", "survey", {
    "very_satisfied": N("survey", "非常满意"),
    "satisfied": N("survey", "满意"),
    "neutral": N("survey", "一般"),
    "dissatisfied": N("survey", "不满意"),
    "very_dissatisfied": N("survey", "非常不满意"),
})
#: Survey.repurchase 复购可能性 (the labels are numbers: nothing to translate)
REPURCHASE = CodeSet("repurchase", "survey", {"gt70": ">70%", "30to70": "30%–70%", "lt30": "<30%"})
#: Survey.recommend 推荐意愿
RECOMMEND = CodeSet("recommend", "survey", {
    "very_likely": N("survey", "非常愿意"),
    "maybe": N("survey", "可能"),
    "no": N("survey", "不会"),
})
#: Survey.channel: how the survey was taken
SURVEY_CHANNEL = CodeSet("survey_channel", "survey", {
    "phone": N("survey", "电话"),
    "link": N("survey", "短信/微信链接"),
    "paper": N("survey", "纸质问卷"),
    "in_store": N("survey", "店内"),
})
#: Vehicle.use
VEHICLE_USE = CodeSet("vehicle_use", "vehicles", {"private": N("vehicles", "非营运"),
                                                  "commercial": N("vehicles", "营运")})
#: Vehicle.energy
VEHICLE_ENERGY = CodeSet("vehicle_energy", "vehicles", {"fuel": N("vehicles", "燃油"),
                                                        "nev": N("vehicles", "新能源")})
#: InsuranceRenewal.kind: which policies were renewed
INSURANCE_KIND = CodeSet("insurance_kind", "vehicles", {"both": N("vehicles", "交强险+商业险"),
                                                        "compulsory": N("vehicles", "交强险"),
                                                        "commercial": N("vehicles", "商业险")})
#: InsuranceRenewal.outcome
RENEWAL_OUTCOME = CodeSet("renewal_outcome", "vehicles", {"renewed": N("vehicles", "已续保"),
                                                          "lost": N("vehicles", "流失到其他保险公司")})

# --- catalogue (车型目录 / 维修项目价目) -----------------------------------------------------------------

#: VehicleModel.fuel (domain/catalogue.py: plugin and electric get new-energy plates)
FUEL = CodeSet("fuel", "catalogue", {
    "petrol": N("catalogue", "汽油"),
    "hybrid": N("catalogue", "油电混动"),
    "plugin": N("catalogue", "插电混动"),
    "electric": N("catalogue", "纯电动"),
})
#: VehicleModel.body
BODY = CodeSet("body", "catalogue", {
    "sedan": N("catalogue", "轿车"),
    "hatchback": N("catalogue", "两厢车"),
    "suv": N("catalogue", "SUV"),
    "mpv": N("catalogue", "MPV"),
    "wagon": N("catalogue", "旅行车"),
    "coupe": N("catalogue", "跑车"),
    "pickup": N("catalogue", "皮卡"),
})

# --- service reception (预约 / 接待 / 工单) ----------------------------------------------------------------

#: Appointment.status
APPOINTMENT_STATUS = CodeSet("appointment_status", "reception", {
    "booked": N("reception", "已预约"),
    "arrived": N("reception", "已到店"),
    "no_show": N("reception", "未到店"),
    "cancelled": N("reception", "已取消"),
})
#: RepairOrder.status (domain.reception.ORDER_STATUSES)
REPAIR_ORDER_STATUS = CodeSet("repair_order_status", "reception", {
    "waiting": N("reception", "等待维修"),
    "in_repair": N("reception", "维修中"),
    "waiting_parts": N("reception", "等待配件"),
    "quality_check": N("reception", "质检中"),
    "ready": N("reception", "待交车"),
    "handed_over": N("reception", "已交车"),
})
#: RepairOrder.service_kind ("insurance" is accident repair the insurer pays; settled as a "repair" record)
ORDER_SERVICE_KIND = CodeSet("order_service_kind", "reception", {
    "maintenance": N("reception", "保养"),
    "repair": N("reception", "维修"),
    "warranty": N("reception", "索赔"),
    "insurance": N("reception", "事故/保险"),
})
#: OrderLine.kind and catalogue items
LINE_KIND = CodeSet("line_kind", "reception", {"part": N("reception", "配件"), "labour": N("reception", "工时")})
#: OrderLine.approval: the customer's answer to a quoted line
APPROVAL = CodeSet("approval", "reception", {
    "quoted": N("reception", "待客户确认"),
    "approved": N("reception", "已同意"),
    "declined": N("reception", "已拒绝"),
})
#: OrderLine.decided_channel: how the customer answered
DECISION_CHANNEL = CodeSet("decision_channel", "reception", {
    "in_person": N("reception", "当面"),
    "phone": N("reception", "电话"),
    "wechat": N("reception", "微信"),
    "sms": N("reception", "短信"),
})
#: RepairOrder.payment_method at settlement
SETTLEMENT_PAYMENT = CodeSet("settlement_payment", "reception", {
    "cash": N("reception", "现金"),
    "card": N("reception", "银行卡"),
    "wechat_pay": N("reception", "微信支付"),
    "alipay": N("reception", "支付宝"),
    "warranty": N("reception", "厂家索赔"),
    "insurance": N("reception", "保险理赔"),
})

# --- audit ---------------------------------------------------------------------------------------------

#: AuditLog.action: what the audit viewer shows and filters by (an unlisted code is shown as itself)
AUDIT_ACTION = CodeSet("audit_action", "audit_action", {
    "customer.create": N("audit_action", "新建客户"),
    "customer.update": N("audit_action", "修改客户"),
    "customer.delete": N("audit_action", "删除客户"),
    "customer.archive": N("audit_action", "归档客户"),
    "customer.unarchive": N("audit_action", "取消归档"),
    "customer.merge": N("audit_action", "合并客户"),
    "customer.merge_undo": N("audit_action", "撤销合并"),
    "customer.print": N("audit_action", "打印客户档案"),
    "customer.export": N("audit_action", "导出客户全部信息"),
    "customer.erase": N("audit_action", "删除客户个人信息"),
    "customers.recompute": N("audit_action", "重新计算分级"),
    "lead.create": N("audit_action", "新建线索"),
    "lead.update": N("audit_action", "修改线索"),
    "lead.level": N("audit_action", "调整级别"),
    "lead.follow_up": N("audit_action", "记录跟进"),
    "walk_in.register": N("audit_action", "接待登记"),
    "interaction.create": N("audit_action", "记录联系"),
    "purchase.create": N("audit_action", "登记购车记录"),
    "contact_person.save": N("audit_action", "保存联系人"),
    "contact_person.delete": N("audit_action", "删除联系人"),
    "lead.order": N("audit_action", "下订单"),
    "lead.delivery": N("audit_action", "线索交车"),
    "lead.cancel": N("audit_action", "订单退订"),
    "lead.defeat_request": N("audit_action", "提交战败申请"),
    "lead.defeat": N("audit_action", "记为战败"),
    "lead.defeat_approve": N("audit_action", "批准战败"),
    "lead.defeat_reject": N("audit_action", "驳回战败"),
    "lead.reassign": N("audit_action", "转交线索"),
    "follow_up.snooze": N("audit_action", "推迟跟进"),
    "vehicle.create": N("audit_action", "新建车辆"),
    "vehicle.update": N("audit_action", "修改车辆"),
    "vehicle.transfer": N("audit_action", "车辆过户"),
    "vehicle.renew_insurance": N("audit_action", "登记续保"),
    "winback.export": N("audit_action", "导出流失回访名单"),
    "service_record.create": N("audit_action", "新建服务记录"),
    "complaint.create": N("audit_action", "新建投诉"),
    "complaint.status": N("audit_action", "投诉状态"),
    "complaint.escalate": N("audit_action", "投诉升级"),
    "survey.create": N("audit_action", "新建回访"),
    "reminder.done": N("audit_action", "提醒完成"),
    "reminder.snooze": N("audit_action", "推迟提醒"),
    "reminder.dismiss": N("audit_action", "忽略提醒"),
    "reminders.plan": N("audit_action", "生成提醒"),
    "appointment.book": N("audit_action", "预约"),
    "appointment.reschedule": N("audit_action", "改约"),
    "appointment.cancel": N("audit_action", "取消预约"),
    "appointment.no_show": N("audit_action", "未到店"),
    "repair_order.check_in": N("audit_action", "接车开单"),
    "repair_order.add_line": N("audit_action", "添加工单项目"),
    "repair_order.remove_line": N("audit_action", "删除工单项目"),
    "repair_order.promise": N("audit_action", "承诺交车时间"),
    "repair_order.accept_quote": N("audit_action", "客户确认报价"),
    "repair_order.propose_extra": N("audit_action", "提出增项"),
    "repair_order.decide_extra": N("audit_action", "增项答复"),
    "repair_order.final_line": N("audit_action", "结算项目"),
    "repair_order.status": N("audit_action", "工单状态"),
    "repair_order.settle": N("audit_action", "结算"),
    "repair_order.update_line": N("audit_action", "修改工单项目"),
    "repair_order.restore_line": N("audit_action", "恢复删除的工单项目"),
    "repair_order.dispatch": N("audit_action", "派工"),
    "repair_order.undispatch": N("audit_action", "取消派工"),
    "repair_order.work_start": N("audit_action", "技师开工"),
    "repair_order.work_finish": N("audit_action", "技师完工"),
    "catalogue.save": N("audit_action", "保存项目目录"),
    "catalogue.item_deactivate": N("audit_action", "停用维修项目"),
    "catalogue.package_save": N("audit_action", "保存维修套餐"),
    "catalogue.package_deactivate": N("audit_action", "停用维修套餐"),
    "catalogue.model_save": N("audit_action", "保存车型"),
    "catalogue.model_deactivate": N("audit_action", "停售车型"),
    "catalogue.import": N("audit_action", "导入目录"),
    "event.create": N("audit_action", "新建活动"),
    "event.update": N("audit_action", "修改活动"),
    "event.cancel": N("audit_action", "取消活动"),
    "event.invite": N("audit_action", "邀请参加活动"),
    "event.uninvite": N("audit_action", "撤销活动邀请"),
    "event.reply": N("audit_action", "登记活动回复"),
    "event.check_in": N("audit_action", "活动签到"),
    "event.walk_in": N("audit_action", "活动现场登记"),
    "event.print": N("audit_action", "打印活动总结"),
    "setting.change": N("audit_action", "修改设置"),
    "user.create": N("audit_action", "新建用户"),
    "user.deactivate": N("audit_action", "停用用户"),
    "user.change_password": N("audit_action", "修改本人密码"),
    "user.reset_password": N("audit_action", "重置密码"),
    "user.role": N("audit_action", "更改角色"),
    "user.first_admin": N("audit_action", "创建首个管理员"),
    "user.update": N("audit_action", "修改员工资料"),
    "store.profile": N("audit_action", "修改门店资料"),
    "login": N("audit_action", "登录"),
    "login.failed": N("audit_action", "登录失败"),
    "permission.denied": N("audit_action", "越权被拒"),
    "phone.unmask": N("audit_action", "查看完整电话"),
    "export": N("audit_action", "导出"),
    "import": N("audit_action", "导入"),
    "backup": N("audit_action", "备份"),
    "restore": N("audit_action", "恢复"),
    # plans and targets (services/targets)
    "target.year_plan": N("audit_action", "保存年度订单计划"),
    "target.roll": N("audit_action", "滚动计划新版本"),
    "target.month": N("audit_action", "分解月度目标"),
    "target.print": N("audit_action", "打印目标与绩效"),
    "deal.save": N("audit_action", "保存订车单"),
    "deal.discount_approve": N("audit_action", "批准优惠"),
    "deal.discount_reject": N("audit_action", "驳回优惠"),
    "deal.trade_in": N("audit_action", "置换收车"),
    # key accounts and member points (services/key_accounts, services/loyalty)
    "key_account.save": N("audit_action", "保存大用户"),
    "key_account.visit": N("audit_action", "登记大用户走访"),
    "key_account.plan_visit": N("audit_action", "安排大用户走访"),
    "key_account.print": N("audit_action", "打印大用户走访跟踪表"),
    "points.award": N("audit_action", "积分入账"),
    "points.spend": N("audit_action", "积分抵扣"),
    "member.tier": N("audit_action", "调整会员等级"),
    "segment.save": N("audit_action", "保存客户分组"),
    "segment.delete": N("audit_action", "删除客户分组"),
    "call_list.create": N("audit_action", "生成外呼名单"),
    "call_list.log_call": N("audit_action", "记录外呼结果"),
    "call_list.close": N("audit_action", "关闭外呼名单"),
    "batch.create": N("audit_action", "生成群发批次"),
    "batch.export": N("audit_action", "导出群发文件"),
    "batch.delete": N("audit_action", "删除群发批次"),
})

# --- the store's calendar (domain/store_calendar.py) -------------------------------------------------

#: weekdays, Monday first (settings_spec.WEEKDAY_CODES)
WEEKDAY = CodeSet("weekday", "calendar", {
    "mon": N("calendar", "周一"), "tue": N("calendar", "周二"), "wed": N("calendar", "周三"),
    "thu": N("calendar", "周四"), "fri": N("calendar", "周五"), "sat": N("calendar", "周六"),
    "sun": N("calendar", "周日"),
})
#: why a day is open or closed (store_calendar.DayInfo.reason)
CALENDAR_DAY = CodeSet("calendar_day", "calendar", {
    "weekly": N("calendar", "营业"),
    "weekly_closed": N("calendar", "每周休息日"),
    "official_rest": N("calendar", "法定节假日休息"),
    "official_makeup": N("calendar", "调休上班"),
    "store_closed": N("calendar", "门店休息"),
    "store_open": N("calendar", "门店加班营业"),
})

# --- delivery (交车确认, domain/delivery_checklist.py) ------------------------------------------------

#: the delivery checklist's items, in the order the dialog, the printout and the service use
DELIVERY_ITEM = CodeSet("delivery_item", "delivery", {
    "pdi": N("delivery", "PDI 检查已完成"),
    "invoice": N("delivery", "购车发票"),
    "certificate": N("delivery", "车辆合格证"),
    "policy": N("delivery", "保险单"),
    "manual": N("delivery", "用户手册"),
    "warranty_card": N("delivery", "保修卡"),
    "keys": N("delivery", "车钥匙"),
    "accessories": N("delivery", "精品附件已安装"),
    "functions": N("delivery", "车辆功能已讲解"),
    "photo": N("delivery", "交车合影"),
    "satisfaction": N("delivery", "满意度已询问"),
})

# --- plans and targets (services/targets) -----------------------------------------------------------

#: the departments a scorecard sums (by role code: services/targets/scorecards.DEPARTMENTS)
DEPARTMENT = CodeSet("department", "targets", {
    "sales": N("targets", "销售部"), "service_advisor": N("targets", "售后服务部"), "front_desk": N("targets", "前台"),
})

# --- key accounts and member points ------------------------------------------------------------------

#: KeyAccount.grade (settings_spec.KEY_ACCOUNT_GRADE_CODES): how often the account is visited
KEY_ACCOUNT_GRADE = CodeSet("key_account_grade", "key_accounts", {
    "A": N("key_accounts", "A 级（重点）"),
    "B": N("key_accounts", "B 级"),
    "C": N("key_accounts", "C 级"),
})
#: Member.tier (settings_spec.MEMBER_TIER_CODES), lowest first
MEMBER_TIER = CodeSet("member_tier", "loyalty", {
    "normal": N("loyalty", "普通会员"),
    "silver": N("loyalty", "银卡会员"),
    "gold": N("loyalty", "金卡会员"),
    "diamond": N("loyalty", "钻石会员"),
})
#: PointsEntry.reason, and the computed expiry line of the ledger
POINTS_REASON = CodeSet("points_reason", "loyalty", {
    "service": N("loyalty", "维修保养消费"),
    "purchase": N("loyalty", "购车"),
    "referral": N("loyalty", "转介绍"),
    "event": N("loyalty", "参加活动"),
    "manual": N("loyalty", "手工调整"),
    "spend": N("loyalty", "结算抵扣"),
    "expired": N("loyalty", "过期"),
})

# --- campaigns (services/campaigns) ---------------------------------------------------------------------

#: CallListEntry.result: what one campaign call came to
CALL_RESULT = CodeSet("call_result", "campaigns", {
    "reached": N("campaigns", "已接通"),
    "no_answer": N("campaigns", "无人接听"),
    "wrong_number": N("campaigns", "号码错误"),
    "refused": N("campaigns", "拒绝"),
    "appointment": N("campaigns", "已预约"),
    "visit_promised": N("campaigns", "承诺到店"),
})
#: CallList.split: how a segment is shared between the callers
CALL_SPLIT = CodeSet("call_split", "campaigns", {
    "round_robin": N("campaigns", "轮流分配"),
    "even": N("campaigns", "平均分段"),
})
#: MessageBatch.kind: a batch made by hand or planned as a greeting
BATCH_KIND = CodeSet("batch_kind", "campaigns", {
    "manual": N("campaigns", "群发"),
    "birthday": N("campaigns", "生日祝福"),
    "holiday": N("campaigns", "节日问候"),
    "anniversary": N("campaigns", "购车周年"),
    "first_maintenance": N("campaigns", "首保关怀"),
})
#: MessageBatch.channel
BATCH_CHANNEL = CHANNEL.subset("batch_channel", ("sms", "wechat"))
#: MessageBatch.status
BATCH_STATUS = CodeSet("batch_status", "campaigns", {
    "draft": N("campaigns", "待导出"),
    "exported": N("campaigns", "已导出"),
})
#: why a customer of a segment was left out of a batch or a call list
EXCLUSION = CodeSet("exclusion", "campaigns", {
    "no_consent": N("campaigns", "未同意接收"),
    "no_mobile": N("campaigns", "没有手机号"),
    "no_phone": N("campaigns", "没有电话"),
    "recent": N("campaigns", "近期已联系"),
})
#: campaigns in the monthly figures (services/reporting/campaigns.py)
CAMPAIGN_KIND = CodeSet("campaign_kind", "campaigns", {
    "call_list": N("campaigns", "外呼名单"),
    "batch": N("campaigns", "群发批次"),
})

#: every code set, for the tests and the translation tools
ALL: tuple[CodeSet, ...] = (
    LEVEL, LEAD_STATUS, ORDER_STATUS, PAYMENT, PURCHASE_CHANNEL, DEFEAT_REASON,
    CHANNEL, INTERACTION_CHANNEL, CONTACT_CHANNEL, WALK_IN_METHOD, COMPLAINT_CHANNEL,
    DUE_KIND, FOLLOW_UP_KIND, REMINDER_KIND, WORKLIST_SECTION, WORKLIST_GROUP,
    CUSTOMER_KIND, SOURCE, CATEGORY, TIER, GENDER, BIRTHDAY_KIND, INCOME_LEVEL, ROLE,
    COMPLAINT_STATUS, COMPLAINT_CATEGORY, SERVICE_KIND, SATISFACTION, REPURCHASE, RECOMMEND, SURVEY_CHANNEL,
    VEHICLE_USE, VEHICLE_ENERGY, FUEL, BODY, INSURANCE_KIND, RENEWAL_OUTCOME,
    APPOINTMENT_STATUS, REPAIR_ORDER_STATUS, ORDER_SERVICE_KIND, LINE_KIND, APPROVAL, DECISION_CHANNEL,
    SETTLEMENT_PAYMENT, AUDIT_ACTION, WEEKDAY, CALENDAR_DAY,
    DELIVERY_ITEM,
    DEPARTMENT,
    KEY_ACCOUNT_GRADE, MEMBER_TIER, POINTS_REASON,
    CALL_RESULT, CALL_SPLIT, BATCH_KIND, BATCH_CHANNEL, BATCH_STATUS, EXCLUSION, CAMPAIGN_KIND,
)

# --- store events (客户活动, services/events) ------------------------------------------------------------

#: Event.kind
EVENT_KIND = CodeSet("event_kind", "events", {
    "launch": N("events", "新车上市"),
    "test_drive_day": N("events", "试驾日"),
    "salon": N("events", "沙龙讲座"),
    "auto_show": N("events", "车展"),
    "community": N("events", "社区活动"),
    "owner_party": N("events", "车主聚会"),
})
#: EventInvitation.reply
EVENT_REPLY = CodeSet("event_reply", "events", {
    "none": N("events", "未回复"),
    "yes": N("events", "参加"),
    "maybe": N("events", "待定"),
    "no": N("events", "不参加"),
})
#: Event.status (an event that took place is still "planned": its date tells past from coming)
EVENT_STATUS = CodeSet("event_status", "events", {
    "planned": N("events", "已安排"),
    "cancelled": N("events", "已取消"),
})

ALL = (*ALL, EVENT_KIND, EVENT_REPLY, EVENT_STATUS)

# --- the deal sheet (domain/deals.py) ------------------------------------------------------------------

DISCOUNT_STATUS = CodeSet("discount_status", "deal", {
    "none": N("deal", "无需审批"), "pending": N("deal", "待经理审批"),
    "approved": N("deal", "已批准"), "rejected": N("deal", "已驳回"),
})
DEPOSIT_STATUS = CodeSet("deposit_status", "deal", {
    "": N("deal", "无定金"), "held": N("deal", "已收未转"), "converted": N("deal", "已转车款"),
    "refunded": N("deal", "已退还"),
})
LOAN_STATUS = CodeSet("loan_status", "deal", {
    "": N("deal", "—"), "pending": N("deal", "审批中"), "approved": N("deal", "已批贷"), "rejected": N("deal", "被拒贷"),
})
ALL = (*ALL, DISCOUNT_STATUS, DEPOSIT_STATUS, LOAN_STATUS)
