"""What the importer can fill, the header words stores use for each, and mapping files (JSON).

Why header synonyms: every store's sheet names its columns differently (客户姓名, 客户名称, 车主…), so the
header row is found and the columns are mapped by matching these words; the person checks and edits the
mapping in the wizard (or a JSON file for the CLI) and can save it for the next import from the same system.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from dealerdesk.atomic import write_text
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP

#: field code → column label shown to people (also the header written by the exporter)
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("import", "姓名"),
    "phone": QT_TRANSLATE_NOOP("import", "手机"),
    "plate": QT_TRANSLATE_NOOP("import", "车牌号"),
    "vin": QT_TRANSLATE_NOOP("import", "车架号"),
    "model": QT_TRANSLATE_NOOP("import", "车型"),
    "purchase_date": QT_TRANSLATE_NOOP("import", "购车日期"),
    "registration_date": QT_TRANSLATE_NOOP("import", "上牌日期"),
    "insurance_compulsory_until": QT_TRANSLATE_NOOP("import", "交强险到期"),
    "insurance_commercial_until": QT_TRANSLATE_NOOP("import", "商业险到期"),
    "insurer": QT_TRANSLATE_NOOP("import", "保险公司"),
    "next_inspection_on": QT_TRANSLATE_NOOP("import", "下次年检"),
    "mileage_km": QT_TRANSLATE_NOOP("import", "里程"),
    "intended_model": QT_TRANSLATE_NOOP("import", "意向车型"),
    "level": QT_TRANSLATE_NOOP("import", "级别"),
    "consultant": QT_TRANSLATE_NOOP("import", "销售顾问"),
    "birthday": QT_TRANSLATE_NOOP("import", "生日"),
    "gender": QT_TRANSLATE_NOOP("import", "性别"),
    "address": QT_TRANSLATE_NOOP("import", "地址"),
    "city": QT_TRANSLATE_NOOP("import", "城市"),
    "source": QT_TRANSLATE_NOOP("import", "来源"),
    "email": QT_TRANSLATE_NOOP("import", "邮箱"),
    "wechat": QT_TRANSLATE_NOOP("import", "微信"),
    "occupation": QT_TRANSLATE_NOOP("import", "职业"),
    "note": QT_TRANSLATE_NOOP("import", "备注"),
    # an order sheet's deal columns (issue 28): price and payment on the purchase, the rest in the notes
    "price": QT_TRANSLATE_NOOP("import", "成交价"),
    "loan": QT_TRANSLATE_NOOP("import", "贷款"),
    "deposit": QT_TRANSLATE_NOOP("import", "定金"),
    "trade_in": QT_TRANSLATE_NOOP("import", "置换"),
    "accessories": QT_TRANSLATE_NOOP("import", "精品"),
}
#: the deal columns kept in the customer's notes ("定金：5000") until the order carries them (issue 28)
DEAL_NOTE_FIELDS = ("deposit", "trade_in", "accessories")
#: fields several columns may feed (joined): two phone columns, several note columns
MULTI_FIELDS = frozenset({"phone", "note"})
DATE_FIELDS = frozenset({"purchase_date", "birthday", "registration_date", "insurance_compulsory_until",
                         "insurance_commercial_until", "next_inspection_on"})
#: the vehicle facts a row may carry besides VIN, plate, model and purchase date (written on its vehicle)
VEHICLE_FACT_FIELDS = ("registration_date", "insurance_compulsory_until", "insurance_commercial_until",
                       "next_inspection_on", "insurer", "mileage_km")

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "客户姓名", "客户名称", "客户名", "名字", "客户", "车主", "车主姓名", "联系人", "name", "customer",
             "customername", "fullname"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "电话号码", "联系方式", "移动电话", "客户电话", "客户手机",
              "车主电话", "座机", "固话", "mobile", "phone", "tel", "telephone", "cellphone"),
    "plate": ("车牌", "车牌号", "车牌号码", "牌照", "牌照号", "号牌", "plate", "plateno", "platenumber", "license"),
    "vin": ("车架号", "vin", "vin码", "底盘号", "车辆识别代号", "车辆识别码", "识别代号", "车架号码"),
    "model": ("车型", "购买车型", "品牌车型", "车型名称", "已购车型", "车系", "model", "vehiclemodel"),
    "purchase_date": ("购车日期", "购买日期", "交车日期", "购车时间", "成交日期", "提车日期", "开票日期", "交车时间",
                      "purchasedate", "deliverydate", "purchasedon"),
    "registration_date": ("上牌日期", "上牌时间", "注册日期", "初次登记日期", "登记日期", "初登日期",
                          "registrationdate"),
    "insurance_compulsory_until": ("交强险到期", "交强险到期日", "交强险到期日期", "交强险到期时间", "交强险",
                                   "交强险止期"),
    "insurance_commercial_until": ("商业险到期", "商业险到期日", "商业险到期日期", "商业险到期时间", "商业险",
                                   "商业险止期"),
    "insurer": ("保险公司", "承保公司", "投保公司", "保险公司名称", "insurer"),
    "next_inspection_on": ("下次年检", "年检", "年检日期", "年检到期", "下次年检日期", "年审", "年审日期",
                           "检验有效期", "年检有效期"),
    "mileage_km": ("里程", "行驶里程", "当前里程", "公里数", "表显里程", "里程数", "mileage", "odometer"),
    "intended_model": ("意向车型", "关注车型", "意向", "intendedmodel"),
    "level": ("级别", "客户级别", "意向级别", "潜客级别", "客户等级", "等级", "level", "grade"),
    "consultant": ("销售顾问", "顾问", "跟进人", "负责人", "销售", "销售员", "所属顾问", "跟进顾问", "consultant",
                   "owner", "sales"),
    "birthday": ("生日", "出生日期", "出生年月日", "birthday", "dob", "dateofbirth"),
    "gender": ("性别", "gender", "sex"),
    "address": ("地址", "住址", "联系地址", "家庭住址", "通讯地址", "address"),
    "city": ("城市", "所在城市", "地区", "所在地", "city"),
    "source": ("来源", "渠道", "客户来源", "信息来源", "来源渠道", "线索来源", "source", "channel"),
    "email": ("邮箱", "电子邮箱", "邮件", "电子邮件", "email", "e-mail", "mail"),
    "wechat": ("微信", "微信号", "wechat", "weixin"),
    "occupation": ("职业", "工作", "职务", "occupation", "job"),
    "note": ("备注", "说明", "需求", "客户需求", "备注信息", "note", "notes", "remark", "remarks", "comment"),
    "price": ("成交价", "成交价格", "成交金额", "成交车价", "裸车价", "实际成交价", "price", "dealprice"),
    "loan": ("贷款", "是否贷款", "按揭", "是否按揭", "贷款银行", "金融机构", "贷款方式", "loan", "finance"),
    "deposit": ("定金", "订金", "定金金额", "订金金额", "deposit"),
    "trade_in": ("置换", "是否置换", "置换车辆", "旧车置换", "二手车置换", "tradein"),
    "accessories": ("精品", "精品加装", "加装精品", "装潢", "精品装潢", "accessories"),
}
_EXACT = {word: code for code, words in SYNONYMS.items() for word in words}
_EXACT_ONLY = {"客户", "销售", "意向", "工作", "联系人", "地区", "等级", "说明"}  # too vague inside a longer header
_CONTAINS = sorted(((w, c) for w, c in _EXACT.items() if len(w) >= 2 and not w.isascii() and w not in _EXACT_ONLY),
                   key=lambda wc: -len(wc[0]))
_BRACKETS_RE = re.compile(r"[（(【\[<《].*?[）)】\]>》]")
_JUNK_RE = re.compile(r"[\s*＊:：_\-·.。、/]+")

_MSG_MAPPING = QT_TRANSLATE_NOOP("errors", "映射文件 {path} 不对：{reason}")


def _normalize_header(text: str) -> str:
    """"客户姓名*（必填）" → "客户姓名"; "E-mail" → "email"."""
    text = _BRACKETS_RE.sub("", text or "")
    return _JUNK_RE.sub("", text).lower()


def _field_for_header(text: str) -> str:
    """The field a header names ("" when none): an exact synonym, else the longest synonym it contains."""
    key = _normalize_header(text)
    if not key:
        return ""
    if key in _EXACT:
        return _EXACT[key]
    for word, code in _CONTAINS:
        if word in key and len(key) <= len(word) + 6:
            return code
    return ""


def find_header_row(first_rows: list[list[str]]) -> int:
    """Index (into `first_rows`, up to 10 non-blank rows) of the row that looks most like a header:
    the one where most cells name a known field. A title row above it scores at most 1."""
    best, best_score = 0, 0
    for i, cells in enumerate(first_rows[:10]):
        score = len({_field_for_header(c) for c in cells if c} - {""})
        if score > best_score:
            best, best_score = i, score
    return best


def auto_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field for the headers; a single-valued field goes to its first column only."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for i, header in enumerate(headers):
        code = _field_for_header(header)
        if code and (code in MULTI_FIELDS or code not in used):
            mapping[i] = code
            used.add(code)
    return mapping


def mapping_from_saved(headers: list[str], saved: dict[str, str]) -> dict[int, str]:
    """Apply a saved mapping (header text → field) to these headers; headers it does not name are
    auto-mapped, so a file with one extra column still maps."""
    mapping = auto_mapping(headers)
    by_header = {_normalize_header(h): code for h, code in saved.items()}
    for i, header in enumerate(headers):
        key = _normalize_header(header)
        if key in by_header:
            code = by_header[key] or ""
            if code:
                mapping[i] = code
            else:
                mapping.pop(i, None)
    single = {}
    for i in sorted(mapping):  # keep single-valued fields on their first column
        code = mapping[i]
        if code not in MULTI_FIELDS and code in single:
            del mapping[i]
        else:
            single.setdefault(code, i)
    return mapping


def save_mapping(path: str | Path, headers: list[str], mapping: dict[int, str]) -> None:
    """Write {"version": 1, "columns": {header: field or ""}} (UTF-8, readable by people)."""
    columns = {headers[i]: mapping.get(i, "") for i in range(len(headers))}
    write_text(path, json.dumps({"version": 1, "columns": columns}, ensure_ascii=False, indent=1))


def load_mapping(path: str | Path) -> dict[str, str]:
    """Header text → field from a mapping file; accepts {"columns": {...}} or a bare {header: field}."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise InvalidInput(_MSG_MAPPING, field="mapping", path=str(path), reason=str(exc)) from exc
    columns = data.get("columns", data) if isinstance(data, dict) else None
    if not isinstance(columns, dict):
        raise InvalidInput(_MSG_MAPPING, field="mapping", path=str(path), reason="应为 {\"列名\": \"字段\"}")
    for header, code in columns.items():
        if code and code not in FIELDS:
            raise InvalidInput(_MSG_MAPPING, field="mapping", path=str(path),
                               reason=f"“{header}”的字段 {code} 未知（可用：{', '.join(FIELDS)}）")
    return {str(h): (c or "") for h, c in columns.items()}


_MSG_NO_NAME = QT_TRANSLATE_NOOP("errors", "找不到“姓名”列：请在列对应中指定哪一列是姓名")
_MSG_NO_KEY = QT_TRANSLATE_NOOP("errors", "找不到手机号、车架号或车牌号列：至少要有其中一列才能导入")


def resolve_mapping(headers: list[str], mapping: dict[int, str] | None,
                    saved: dict[str, str] | None) -> dict[int, str]:
    """The column mapping an import uses: the one given (column index → field), else a saved mapping
    applied to these headers, else the automatic one. Raises InvalidInput when no column is the name, or
    none is a phone, VIN or plate (nothing to recognise a customer by)."""
    if mapping is not None:
        mapping = {i: c for i, c in mapping.items() if c}
    elif saved:
        mapping = mapping_from_saved(headers, saved)
    else:
        mapping = auto_mapping(headers)
    used = set(mapping.values())
    if "name" not in used:
        raise InvalidInput(_MSG_NO_NAME, field="mapping")
    if not used & {"phone", "vin", "plate"}:
        raise InvalidInput(_MSG_NO_KEY, field="mapping")
    return mapping
