"""Import the catalogue from a sheet (.xlsx/.xls/.csv, read by services/transfer/read.py): car models or
service items, told apart by the header (domain/catalogue.sheet_kind).

One transaction for the file; a row that cannot be taken is rejected with its reason and the others go in
(each row is a savepoint). Re-importing the same file changes nothing: models are matched by name, items
and packages by code (upsert). A service row with a 配件 cell (e.g. "P-OIL×4、P-OILF、L-MAINT") is a package
of those items; its price, when given, is the package's fixed price.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk.domain import catalogue as rules
from dealerdesk.domain import labels, parse
from dealerdesk.domain.errors import DealerDeskError, InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.services.catalogue.items import item_values, upsert_item, upsert_package
from dealerdesk.services.catalogue.models import ModelInput, upsert_model
from dealerdesk.services.transfer.read import read_table
from dealerdesk.store.db import db
from dealerdesk.store.models import ServiceCatalogueItem, ServicePackage, VehicleModel

_KIND_WORDS = {**{w: "labour" for w in ("labour", "labor", "工时", "人工", "工时费", "项目")},
               **{w: "part" for w in ("part", "配件", "零件", "材料", "备件")},
               **{w: "package" for w in ("package", "套餐", "保养套餐")}}
_SPLIT_RE = re.compile(r"[,，、;；+＋\n]+")
_QTY_RE = re.compile(r"^(.*?)\s*(?:[×xX*＊]\s*(\d+(?:\.\d+)?))?$")


@dataclass
class CatalogueImport:
    kind: str  # models | services
    rows: int = 0
    imported: int = 0
    updated: int = 0
    rejected: int = 0
    rejects: list[tuple[int, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"kind": self.kind, "rows": self.rows, "imported": self.imported, "updated": self.updated,
                "rejected": self.rejected, "rejects": [{"row": r, "reason": why} for r, why in self.rejects]}


def _locate(path: Path, sheet: str | None) -> tuple[str, dict[int, str], list[tuple[int, list]]]:
    """(kind, column → field, data rows): the header is the first of the top rows that sheet_kind knows."""
    table = read_table(path, sheet)
    candidates = [(table.header_row, table.headers)] + [(n, [parse.cell_text(v) for v in vals])
                                                        for n, vals in table.rows[:10]]
    for position, (_, headers) in enumerate(candidates):
        found = rules.sheet_kind(headers)
        if found is not None:
            return found[0], found[1], table.rows[position:]
    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "认不出这张表：车型表需要“车型”和“品牌/车系/燃料类型”等列，"
                                                   "维修项目表需要“名称”和“项目编码/工时/单价/配件”等列"),
                       field="file")


def import_catalogue(actor: Actor, path: str | Path, sheet: str | None = None) -> CatalogueImport:
    """Read the sheet and upsert its models or service items in one transaction; rows that fail are reported."""
    require(actor, "catalogue.manage")
    kind, columns, rows = _locate(Path(path), sheet)
    result = CatalogueImport(kind)
    with db.atomic():
        records = [(n, {code: parse.cell_text(vals[i]) if i < len(vals) else "" for i, code in columns.items()})
                   for n, vals in rows]
        records = [(n, r) for n, r in records if any(r.values())]
        result.rows = len(records)
        if kind == "models":
            names = dict(VehicleModel.select(VehicleModel.name, VehicleModel.id).tuples())
            for number, record in records:
                _take(result, number, lambda record=record: _model_row(record, names))
        else:
            # every item's code and name, read once: thousands of rows, no look-up query per row
            codes = {code: (i, name) for i, code, name in ServiceCatalogueItem.select(
                ServiceCatalogueItem.id, ServiceCatalogueItem.code, ServiceCatalogueItem.name).tuples()}
            packages = [(n, r) for n, r in records if _service_kind(r) == "package"]
            for number, record in records:
                if _service_kind(record) != "package":
                    _take(result, number, lambda record=record: _item_row(record, codes))
            names = {name: i for i, name in codes.values()}
            for number, record in packages:
                _take(result, number, lambda record=record: _package_row(record, codes, names))
        result.rejects.sort()
        audit.record(actor, "catalogue.import", "catalogue", None, file=Path(path).name, kind=kind,
                     imported=result.imported, updated=result.updated, rejected=result.rejected)
        changes.mark(changes.SETTINGS)  # master data: pickers and lists reload
    return result


def _take(result: CatalogueImport, number: int, write) -> None:
    try:
        with db.atomic():
            created = write()
    except DealerDeskError as exc:
        result.rejected += 1
        result.rejects.append((number, exc.text))
        return
    if created:
        result.imported += 1
    else:
        result.updated += 1


def _number(record: dict, code: str, what: str, *, yuan: bool = False) -> int:
    """A whole number from a cell ("179,800", "¥179800元"); `yuan`: a price, where "17.98万" and a bare 17.98
    (a column in 万元, no car costs under 1,000 yuan) both mean 179,800."""
    raw = record.get(code, "")
    text = raw.replace(",", "").replace("元", "").replace("万", "").replace("¥", "").replace("￥", "").strip()
    if not text:
        return 0
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{what}“{value}”不是数字"), field=code, what=what,
                           value=record[code]) from None
    if value < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{what}“{value}”不是数字"), field=code, what=what,
                           value=record[code])
    if yuan and ("万" in raw or 0 < value < 1000):
        value *= 10000
    return int(round(value))


def _model_row(record: dict, names: dict[str, int]) -> bool:
    fuel = rules.parse_fuel(record.get("fuel", ""))
    if fuel is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "燃料类型“{value}”不认识（汽油、油电混动、插电混动、纯电动）"),
                           field="fuel", value=record["fuel"])
    body = rules.parse_body(record.get("body", ""))
    rule = rules.parse_inspection_rule(record.get("inspection_rule", ""))
    price = _number(record, "price", "指导价", yuan=True)
    data = ModelInput(name=record.get("name", ""), brand=record.get("brand", ""), series=record.get("series", ""),
                      price=price, fuel=fuel, body=body or "", model_year=_number(record, "model_year", "年款"),
                      service_months=_number(record, "service_months", "保养间隔（月）"),
                      service_km=_number(record, "service_km", "保养间隔（公里）"), inspection_rule=rule or "private",
                      own_brand=rules.parse_flag(record.get("own_brand")),
                      active=rules.parse_flag(record.get("active")))
    if not data.name.strip() and data.series.strip():
        data.name = data.series
    return upsert_model(data, None, names=names)[1]


def _service_kind(record: dict) -> str:
    word = "".join(record.get("kind", "").split()).lower()
    if word in _KIND_WORDS:
        return _KIND_WORDS[word]
    for code, text in labels.LINE_KIND.items():
        if word == text:
            return code
    if record.get("parts") or record.get("package"):
        return "package"
    if record.get("hours") or record.get("rate") or record.get("code", "").upper().startswith("L"):
        return "labour"
    return "part"


def _code(record: dict) -> str:
    code = record.get("code", "").strip().upper()
    if not code:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写项目编码"), field="code")
    return code


def _item_row(record: dict, codes: dict[str, tuple[int, str]]) -> bool:
    values = item_values(_code(record), record.get("name", ""), _service_kind(record), record.get("price") or 0,
                         record.get("hours") or 0, record.get("rate") or 0, record.get("unit", ""))
    values["active"] = rules.parse_flag(record.get("active"))
    code = values["code"]
    existing = codes.get(code)
    item_id = upsert_item(values, existing[0] if existing else None, checked=True)
    codes[code] = (item_id, values["name"])
    return existing is None


def _package_row(record: dict, codes: dict[str, tuple[int, str]], names: dict[str, int]) -> bool:
    code = _code(record)
    name = record.get("name") or record.get("package", "")
    lines = []
    for token in _SPLIT_RE.split(record.get("parts", "")):
        token = token.strip()
        if not token:
            continue
        text, qty = _QTY_RE.match(token).groups()
        text = text.strip()
        item_id = codes[text.upper()][0] if text.upper() in codes else names.get(text)
        if item_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "套餐里的项目“{item}”不在价目表中"), field="parts",
                               item=text)
        lines.append((item_id, qty or 1))
    existing = ServicePackage.get_or_none(ServicePackage.code == code)
    upsert_package(code, name, lines, record.get("price") or None, rules.parse_flag(record.get("active")),
                    existing.id if existing else None)
    return existing is None
