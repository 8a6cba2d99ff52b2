"""Tables and small value makers for the demo store (services/demo/build.py).

Why a separate module: the generator's logic stays readable, and the realism (surname frequencies, real
mobile prefixes, Shenzhen plates, a believable catalogue) is reviewed here in one place. Every maker takes
the caller's `random.Random` so the store stays a pure function of the seed.
"""
from __future__ import annotations

import random
from bisect import bisect_right
from datetime import datetime
from itertools import accumulate, combinations

from dealerdesk.domain import classify
from dealerdesk.domain.validate import vin_check_digit
from dealerdesk.store.models import (
    Complaint,
    ContactPerson,
    Customer,
    CustomerPhone,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    LevelChange,
    Purchase,
    Reminder,
    SalesOrder,
    SearchKey,
    ServiceRecord,
    Survey,
    User,
    Vehicle,
    VehicleModel,
)

# --- columns written per table -------------------------------------------------------------

#: insertion order = dependency order
TABLES = (User, VehicleModel, Customer, CustomerPhone, ContactPerson, Vehicle, Lead, LevelChange, Interaction,
          FollowUp, SalesOrder, Delivery, Purchase, ServiceRecord, Complaint, Survey, Reminder, SearchKey)
FIELDS: dict[type, tuple[str, ...]] = {
    User: ("id", "login", "display_name", "role", "password_hash", "active", "created_at"),
    VehicleModel: ("id", "brand", "name", "segment", "price", "active"),
    Customer: ("id", "name", "kind", "gender", "birthday", "lunar_birthday_month", "lunar_birthday_day",
               "birthday_kind", "email", "wechat", "address", "city", "occupation", "income_level", "source",
               "owner", "needs", "tags", "consent", "consent_at", "referred_by", "category", "tier",
               "value_score", "score_detail", "archived", "merged_into", "last_activity_at", "created_at",
               "updated_at", "version"),
    CustomerPhone: ("id", "customer", "phone", "digits", "kind", "is_primary"),
    ContactPerson: ("id", "customer", "name", "title", "phone"),
    Vehicle: ("id", "vin", "plate", "model", "model_name", "colour", "registration_date", "delivered_on",
              "mileage_km", "seats", "use", "energy", "insurance_compulsory_until", "insurance_commercial_until",
              "owner", "created_at", "updated_at", "version", "purchase_date", "bought_here", "insurer"),
    Lead: ("id", "customer", "owner", "source", "level", "status", "model", "other_models", "colour", "budget",
           "payment_intent", "competitors", "received_at", "last_contact_at", "next_follow_up_at",
           "defeat_reason", "defeat_competitor", "defeat_note", "defeat_requested_at", "defeat_decided_at",
           "defeat_decided_by", "closed_at", "created_at", "updated_at", "version"),
    LevelChange: ("id", "lead", "from_level", "to_level", "changed_at", "changed_by", "reason"),
    Interaction: ("id", "customer", "lead", "user", "at", "channel", "place", "content", "result", "next_step"),
    FollowUp: ("id", "lead", "customer", "owner", "kind", "level", "due_at", "overdue_at", "status",
               "snoozed_until", "done_at", "done_by", "interaction"),
    SalesOrder: ("id", "lead", "customer", "model", "price", "payment_method", "ordered_at", "by_user", "status",
                 "cancel_reason", "cancelled_at"),
    Delivery: ("id", "order", "lead", "customer", "vehicle", "delivered_at", "by_user"),
    Purchase: ("id", "customer", "order", "vehicle", "model_name", "purchased_on", "price", "payment_method",
               "channel"),
    ServiceRecord: ("id", "vehicle", "customer", "kind", "service_date", "mileage_km", "content", "parts_cost",
                    "labour_cost", "advisor", "created_at"),
    Complaint: ("id", "customer", "received_at", "channel", "category", "content", "owner", "status",
                "first_response_due", "resolve_due", "first_responded_at", "resolved_at", "closed_at",
                "escalated_at", "resolution"),
    Survey: ("id", "customer", "service_record", "delivery", "taken_at", "channel", "overall",
             "product_quality", "service_attitude", "after_sales", "repurchase", "recommend", "comments",
             "by_user"),
    Reminder: ("id", "kind", "customer", "vehicle", "owner", "due_at", "overdue_at", "status", "snoozed_until",
               "done_at", "done_by", "note", "detail", "dedupe_key"),
    SearchKey: ("id", "customer", "vehicle", "kind", "key"),
}
#: table positions in TABLES (a batch is a list of row lists in this order)
(T_USER, T_MODEL, T_CUSTOMER, T_PHONE, T_CONTACT, T_VEHICLE, T_LEAD, T_LEVEL, T_INTERACTION, T_FOLLOW_UP, T_ORDER,
 T_DELIVERY, T_PURCHASE, T_SERVICE, T_COMPLAINT, T_SURVEY, T_REMINDER, T_KEY) = range(len(TABLES))

PAYMENTS = [("full", 40), ("loan", 52), ("lease", 8)]
FIRST_GRADES = [("C", 55), ("B", 35), ("A", 10)]
CONTACT_CHANNELS = [("phone", 60), ("wechat", 35), ("sms", 5)]
DEFEAT_SHARES = [("price", 22), ("bought_elsewhere", 26), ("product", 10), ("brand", 8), ("service", 3),
                 ("financing", 5), ("gave_up", 14), ("unreachable", 12)]
REPURCHASE_GOOD = [("gt70", 50), ("30to70", 35), ("lt30", 15)]
REPURCHASE_BAD = [("gt70", 5), ("30to70", 35), ("lt30", 60)]
RECOMMEND_GOOD = [("very_likely", 55), ("maybe", 40), ("no", 5)]
RECOMMEND_BAD = [("very_likely", 5), ("maybe", 35), ("no", 60)]
SURVEY_CHANNELS = [("phone", 60), ("link", 35), ("in_store", 5)]
COMPLAINT_YOUNG = [("open", 30), ("in_progress", 35), ("resolved", 20), ("closed", 15)]
COMPLAINT_OLD = [("in_progress", 5), ("resolved", 20), ("closed", 75)]
SATISFACTION = [("very_satisfied", 45), ("satisfied", 35), ("neutral", 12), ("dissatisfied", 6),
                ("very_dissatisfied", 2)]

# --- people ---------------------------------------------------------------------------------------

#: (surname, weight ‰) — the big ones at roughly their national share, then a tail of rarer and
#: polyphonic surnames (单 曾 解 仇 区 朴 查 覃 盖) and compound ones, so search is exercised on them.
SURNAMES: list[tuple[str, float]] = [
    ("王", 72), ("李", 72), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 20),
    ("吴", 19), ("周", 19), ("徐", 14), ("孙", 13), ("马", 12), ("朱", 12), ("胡", 11), ("郭", 11),
    ("何", 10), ("林", 9), ("罗", 9), ("高", 9), ("郑", 9), ("梁", 8), ("谢", 7), ("宋", 7), ("唐", 7),
    ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6), ("曹", 6), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5),
    ("董", 5), ("袁", 5), ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4), ("叶", 4),
    ("程", 4), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3),
    ("姜", 3), ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 2), ("范", 2), ("金", 2), ("石", 2),
    ("廖", 2), ("贾", 2), ("夏", 2), ("韦", 2), ("方", 2), ("邹", 2), ("熊", 2), ("白", 2), ("孟", 2),
    ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2), ("侯", 2),
    ("龙", 2), ("史", 2), ("陶", 1.5), ("黎", 1.5), ("贺", 1.5), ("顾", 1.5), ("毛", 1.5), ("郝", 1.5),
    ("龚", 1.5), ("邵", 1.5), ("万", 1.5), ("钱", 1.5), ("严", 1), ("赖", 1), ("覃", 1), ("洪", 1),
    ("武", 1), ("莫", 1), ("孔", 1), ("单", 0.6), ("解", 0.4), ("仇", 0.3), ("区", 0.5), ("朴", 0.3),
    ("查", 0.3), ("盖", 0.2), ("翟", 0.4), ("冼", 0.4), ("佘", 0.2), ("乐", 0.2), ("缪", 0.2), ("褚", 0.2),
    ("欧阳", 0.8), ("尉迟", 0.1), ("上官", 0.2), ("司马", 0.2), ("诸葛", 0.1), ("司徒", 0.3),
]
_SURNAME_NAMES = [s for s, _ in SURNAMES]
_SURNAME_CUM = list(accumulate(w for _, w in SURNAMES))

GIVEN_MALE = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文东海峰晨博睿泽轩瑞昊思子天成家嘉振兴德荣光永新锋彬")
GIVEN_FEMALE = list("芳娜敏静丽艳娟霞燕玲萍红婷雪琳洁颖慧倩琴云莉晶欣怡佳悦月雯璐瑶露蕾梅兰凤秀英华丹宁思雨诗涵梓可馨彤晓妍茜")

COMPANY_CITY = ("深圳市", "深圳市", "深圳市", "东莞市", "惠州市")
COMPANY_CORE = ("顺达", "鹏程", "华信", "腾越", "嘉禾", "宏远", "新锐", "金桥", "安泰", "恒通", "海联",
                "南方", "前海", "华南", "瑞丰", "创维", "联邦", "中科", "明辉", "粤海")
COMPANY_TRADE = ("物流", "科技", "电子", "建设工程", "贸易", "餐饮管理", "物业管理", "汽车租赁", "医疗器械",
                 "供应链", "实业", "文化传媒")
COMPANY_FORM = ("有限公司", "有限公司", "有限公司", "股份有限公司")
CONTACT_TITLES = ("行政经理", "采购主管", "车队队长", "总经理助理", "办公室主任")

#: real mobile prefixes (three digits), by rough share
MOBILE_PREFIXES = ([f"13{d}" for d in range(10)] * 3 + [f"15{d}" for d in "012356789"] * 2
                   + ["170", "171", "173", "175", "176", "177", "178"]
                   + [f"18{d}" for d in range(10)] * 2 + ["191", "193", "195", "198", "199"])
LANDLINE_AREAS = ("0755", "0755", "0755", "0769", "020")

DISTRICTS = ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区", "光明区", "坪山区", "盐田区")
STREETS = ("科技园", "华强北", "东门", "西乡", "布吉", "民治", "蛇口", "前海", "坂田", "沙井", "横岗", "梅林")
CITIES = [("深圳", 86), ("东莞", 6), ("惠州", 4), ("广州", 3), ("汕头", 1)]
OCCUPATIONS = ("工程师", "教师", "医生", "公务员", "个体经营", "企业主", "销售", "程序员", "财务", "设计师",
               "律师", "自由职业", "司机", "护士", "退休", "公司职员", "公司职员", "公司职员")
INCOME_LEVELS = [("", 15), ("low", 15), ("mid", 40), ("high", 22), ("very_high", 8)]
SOURCES = [("walk_in", 30), ("phone_in", 14), ("online", 34), ("auto_show", 7), ("referral", 5),
           ("returning", 6), ("other", 4)]
TAGS = ("家用", "二胎", "换购", "增购", "注重油耗", "关注安全", "喜欢SUV", "商务接待", "新能源意向", "贷款")

# --- staff --------------------------------------------------------------------------------------

#: (login, display name, role)
STAFF: list[tuple[str, str, str]] = [
    ("admin", "系统管理员", "admin"),
    ("manager01", "黄志强", "manager"),   # 销售经理
    ("manager02", "陈国栋", "manager"),   # 服务经理
    ("sales01", "李晓明", "sales"), ("sales02", "王芳", "sales"), ("sales03", "张伟", "sales"),
    ("sales04", "刘婷", "sales"), ("sales05", "陈浩", "sales"), ("sales06", "杨雪", "sales"),
    ("desk01", "赵丽", "front_desk"), ("desk02", "周敏", "front_desk"),
    ("service01", "吴刚", "service_advisor"), ("service02", "徐静", "service_advisor"),
    ("service03", "孙鹏", "service_advisor"),
]

# --- vehicles -----------------------------------------------------------------------------------

BRAND = "广汽丰田"
#: (name, segment, guide price yuan, energy, seats, weight among sales)
MODELS: list[tuple[str, str, int, str, int, int]] = [
    ("雷凌", "sedan", 119800, "fuel", 5, 16), ("凯美瑞", "sedan", 179800, "fuel", 5, 18),
    ("亚洲龙", "sedan", 199800, "fuel", 5, 6), ("致炫", "sedan", 79800, "fuel", 5, 6),
    ("C-HR", "suv", 149800, "fuel", 5, 7), ("威兰达", "suv", 179800, "fuel", 5, 10),
    ("汉兰达", "suv", 269800, "fuel", 7, 12), ("赛那", "mpv", 309800, "fuel", 7, 6),
    ("bZ4X", "nev", 199800, "nev", 5, 7), ("铂智3X", "nev", 109800, "nev", 5, 12),
]
MODEL_WEIGHTS = list(accumulate(m[5] for m in MODELS))
#: WMI + VDS stem per model (positions 1–8); the plant code and serial follow the check digit
VIN_STEMS = ("LVGBE40E", "LVGBF46K", "LVGBJ41K", "LFMAP22A", "LVGDC24Z", "LVGDB46A", "LVGKC49Y",
             "LVGMM48B", "LVGEA44E", "LVGED42E")
VIN_YEARS = {y: c for y, c in zip(range(2010, 2031), "ABCDEFGHJKLMNPRSTVWXY", strict=False)}
COLOURS = [("珍珠白", 30), ("铂金灰", 18), ("曜石黑", 20), ("银色", 10), ("深蓝", 8), ("红色", 6), ("棕色", 4),
           ("绿色", 4)]
COMPETITORS = ("比亚迪 汉", "比亚迪 宋PLUS", "特斯拉 Model 3", "特斯拉 Model Y", "本田 雅阁", "本田 CR-V",
               "大众 帕萨特", "日产 天籁", "丰田 凯美瑞（一汽）", "别克 GL8", "理想 L6", "小米 SU7", "吉利 星越L")
#: the insurers of the demo cars (most renew where the store sells insurance)
INSURERS = ("中国人保", "平安保险", "太平洋保险", "中华联合", "大地保险")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# --- texts --------------------------------------------------------------------------------------

CALL_TEXTS = ("电话回访，客户表示还在比较，周末可能来店", "电话沟通车型配置，客户关心油耗和保养费用",
              "客户询问贷款方案，已发送首付和月供测算", "微信发送车型图片和最新优惠，客户已读",
              "客户在外地出差，约下周再联系", "介绍本月店内活动和置换补贴", "客户家人意见不一致，还需商量",
              "客户关心提车周期，已告知现车颜色", "客户对比竞品价格，希望再优惠一些", "短信邀约试驾日活动")
VISIT_TEXTS = ("客户到店看车，重点了解空间和配置", "夫妻二人到店，比较两个配置版本", "到店看车并索取报价单",
               "带孩子到店看车，关注安全配置")
DRIVE_TEXTS = ("试驾约20分钟，客户对动力和静音满意", "试驾后客户关注底盘和油耗", "试驾混动版，客户感觉很平顺")
ORDER_TEXT = "客户签订购车合同并交付定金"
DELIVERY_TEXT = "新车交付，讲解车辆功能，合影留念"
CANCEL_REASONS = ("资金周转问题", "家人反对，决定暂缓购车", "等待新款上市", "提车等待时间太长", "在其他店购买")
DEFEAT_NOTES = {"price": "对方优惠更多", "product": "觉得配置不如竞品", "brand": "更看好其他品牌",
                "service": "对接待不满意", "financing": "贷款未通过", "bought_elsewhere": "已在他店提车",
                "gave_up": "暂时不买车了", "unreachable": "多次电话无人接听"}
SERVICE_TEXTS = {
    "maintenance": ("常规保养：更换机油、机滤", "保养：更换机油、机滤、空滤", "大保养：更换机油三滤、刹车油"),
    "repair": ("更换前刹车片", "空调不制冷，更换压缩机皮带", "更换蓄电池", "左前大灯更换", "底盘异响检查紧固"),
    "insurance": ("保险理赔：后保险杠刮擦喷漆", "保险理赔：右侧车门钣金喷漆", "保险理赔：前挡风玻璃更换"),
    "renewal": ("续保：交强险+商业险",),
    "warranty": ("质保索赔：更换车窗升降器", "质保索赔：更换水泵", "质保索赔：中控屏故障更换"),
}
COMPLAINT_CATEGORIES = {"service_quality": "保养后发现车内有油污，要求清洁并道歉",
                        "service_attitude": "服务顾问接待态度冷淡，电话多次不回", "product": "新车异响多次未修好",
                        "sales": "销售承诺的赠品未兑现", "waiting": "保养等待时间过长", "price": "维修收费与报价不符",
                        "other": "停车场剐蹭，要求赔偿"}


_PREPARED: dict[int, tuple[list, list[float], float]] = {}


def weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    """A value by weight; `pairs` must be a module constant (its prepared form is kept by identity)."""
    prepared = _PREPARED.get(id(pairs))
    if prepared is None:
        cum = list(accumulate(w for _, w in pairs))
        prepared = _PREPARED[id(pairs)] = ([v for v, _ in pairs], cum, cum[-1])
    values, cum, total = prepared
    return values[bisect_right(cum, rng.random() * total)]


def model_index(rng: random.Random) -> int:
    return bisect_right(MODEL_WEIGHTS, rng.random() * MODEL_WEIGHTS[-1])


def person_name(rng: random.Random) -> tuple[str, str]:
    """(name, gender): a surname by frequency, one or two given characters (two in ~75%)."""
    surname = _SURNAME_NAMES[bisect_right(_SURNAME_CUM, rng.random() * _SURNAME_CUM[-1])]
    gender = "M" if rng.random() < 0.62 else "F"  # car buyers skew male
    pool = GIVEN_MALE if gender == "M" else GIVEN_FEMALE
    given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.75 else "")
    return surname + given, gender


def company_name(rng: random.Random) -> str:
    return (rng.choice(COMPANY_CITY) + rng.choice(COMPANY_CORE) + rng.choice(COMPANY_TRADE)
            + rng.choice(COMPANY_FORM))


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{int(rng.random() * 100000000):08d}"


def landline(rng: random.Random) -> str:
    area = rng.choice(LANDLINE_AREAS)
    return f"{area}-{2 + int(rng.random() * 7)}{int(rng.random() * 10000000):07d}"


#: fuel plates a traffic office issues: five characters of which at most two are letters (no I, O)
_FUEL_BLOCKS = [(positions, 24 ** len(positions) * 10 ** (5 - len(positions)))
                for k in range(3) for positions in combinations(range(5), k)]
PLATE_SPACE_FUEL = sum(size for _, size in _FUEL_BLOCKS)
PLATE_SPACE_NEV = 2 * 100000


def _fuel_serial(index: int) -> str:
    """The `index`-th issuable five-character serial (0 ≤ index < PLATE_SPACE_FUEL)."""
    block = 0
    while index >= _FUEL_BLOCKS[block][1]:
        index -= _FUEL_BLOCKS[block][1]
        block += 1
    positions = _FUEL_BLOCKS[block][0]
    chars = []
    for pos in range(5):
        if pos in positions:
            index, k = divmod(index, 24)
            chars.append(PLATE_LETTERS[k])
        else:
            index, k = divmod(index, 10)
            chars.append(str(k))
    return "".join(chars)


def plate(rng: random.Random, nev: bool, part: int, parts: int) -> str:
    """粤B plate as a traffic office issues it: five characters with at most two letters (no I/O) for fuel
    cars, D/F + 5 digits (8 characters) for NEVs (domain.vehicle_facts.plate_is_issuable).

    The plate space is dealt out in `parts` interleaved slices and this call draws from slice `part`, so
    batches generated in separate processes never collide (the caller keeps a batch's own plates distinct).
    """
    space = PLATE_SPACE_NEV if nev else PLATE_SPACE_FUEL
    index = int(rng.random() * (space // parts)) * parts + part
    if nev:
        return "粤B" + "DF"[index // 100000] + f"{index % 100000:05d}"
    return "粤B" + _fuel_serial(index)


VIN_PLANTS = "GHJKLMNPRSTUVWXYZ"


def vin(model_index: int, year: int, serial: int) -> str:
    """A VIN of the model's stem with a correct check digit (position 9); serial makes it unique (the plant
    letter, position 11, carries the millions so the serial keeps its six digits)."""
    plant = VIN_PLANTS[serial // 1_000_000 % len(VIN_PLANTS)]
    body = VIN_STEMS[model_index] + "0" + VIN_YEARS.get(year, "L") + plant + f"{serial % 1_000_000:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


class Cust:
    """What the generator learns about one customer while writing its story (feeds the value score)."""

    __slots__ = ("bought_elsewhere", "company", "created", "id", "last_act", "last_purchase", "last_service",
                 "last_visit", "open_complaints", "open_level", "owner", "purchases", "spend", "survey",
                 "survey_at", "visits12", "consent")

    def __init__(self, cid: int, company: bool, owner: int, created: datetime) -> None:
        self.id, self.company, self.owner, self.created = cid, company, owner, created
        self.last_act = created
        self.purchases = self.spend = self.visits12 = self.open_complaints = 0
        self.last_purchase = self.last_service = self.last_visit = self.bought_elsewhere = None
        self.open_level: str | None = None
        self.survey: classify.SurveyFacts | None = None
        self.survey_at: datetime | None = None
        self.consent = True  # to be contacted (PIPL): marketing reminders (surveys, greetings) only then
