"""Export the customer list (all, some ids, or a CustomerFilter), leads, service history and reminders to
.xlsx or .csv (UTF-8 with BOM so Excel opens it in Chinese), phones masked unless the role may see them,
and every export written to the audit log (customer data may only leave the store through a person).

The customer sheet uses the importer's column names, one row per vehicle, so an export imported into an
empty store (with "update" for the repeated customer rows) gives the same customers, phones and vehicles.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, failures
from dealerdesk.services.auth import Actor, phones_masked, require
from dealerdesk.services.customers import listing as customer_list
from dealerdesk.services.customers.records import GENDERS, SOURCES
from dealerdesk.atomic import atomic_open, atomic_path
from dealerdesk.store.models import (
    Customer,
    CustomerPhone,
    Lead,
    Purchase,
    Reminder,
    ServiceRecord,
    User,
    Vehicle,
    VehicleModel,
)

# "marketing": the recipients of a greeting or an offer, i.e. only the customers who consented to be contacted
# (PIPL); "customers" lists everybody, with a 同意联系 column.
KINDS = ("customers", "leads", "services", "reminders", "marketing")
CHUNK = 500
Progress = Callable[[int, int, str], None]
_MSG_KIND = QT_TRANSLATE_NOOP("errors", "不能导出 {kind}：可导出 customers、leads、services、reminders、marketing")
_MSG_SUFFIX = QT_TRANSLATE_NOOP("errors", "导出文件应以 .xlsx 或 .csv 结尾：{path}")

CUSTOMER_HEADERS = ["客户编号", "姓名", "手机", "性别", "生日", "城市", "地址", "邮箱", "微信", "职业", "来源", "销售顾问",
                    "车牌号", "车架号", "车型", "购车日期", "级别", "意向车型", "备注", "同意联系"]
MARKETING_HEADERS = ["客户编号", "姓名", "手机", "性别", "生日", "城市", "销售顾问"]
LEAD_HEADERS = ["线索编号", "客户编号", "姓名", "手机", "级别", "状态", "意向车型", "销售顾问", "来源", "接收时间",
                "下次跟进"]
SERVICE_HEADERS = ["客户编号", "姓名", "车牌号", "车架号", "类型", "日期", "里程(公里)", "内容", "配件费", "工时费",
                   "服务顾问"]
REMINDER_HEADERS = ["类型", "客户编号", "姓名", "手机", "车牌号", "到期", "逾期", "状态", "负责人", "备注"]


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: str
    rows: int
    masked: bool

    def to_json(self) -> dict:
        return {"kind": self.kind, "path": self.path, "rows": self.rows, "masked": self.masked}


def write_xlsx(path: str | Path, headers: list[str], rows: Iterable[list], sheet: str = "Sheet1",
               extra_sheets: Iterable[tuple[str, list[str], Iterable[list]]] = ()) -> int:
    """Stream rows into a workbook (openpyxl write-only: constant memory); returns the row count of the first
    sheet. `extra_sheets`: (name, headers, rows) of further sheets (the rejects file's 警告 sheet). Written
    under a temporary name and renamed when complete (dealerdesk.atomic): never a partial file under `path`."""
    # lazy: openpyxl is heavy and only an .xlsx export needs it
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    n = 0
    for i, (name, head, body) in enumerate([(sheet, headers, rows), *extra_sheets]):
        ws = wb.create_sheet(name)
        bold = []
        for h in head:
            cell = WriteOnlyCell(ws, value=_clean_text(h))
            cell.font = Font(bold=True)
            bold.append(cell)
        ws.append(bold)
        count = 0
        for row in body:
            ws.append([_xlsx_value(ws, v, WriteOnlyCell) for v in row])
            count += 1
        if i == 0:
            n = count
    try:
        with atomic_path(path) as temp:
            wb.save(str(temp))
    except BaseException:
        _discard(wb)
        raise
    return n


def _discard(wb) -> None:
    """After a failed save (a full disk): end the write-only sheets' row writers and remove their scratch
    files (openpyxl streams each sheet into a temporary file first), so nothing is left behind."""
    for ws in wb.worksheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        try:
            if rows is not None:
                rows.close()
        except Exception:  # noqa: BLE001  # its file may be closed already: nothing more to write anyway
            pass
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            try:
                os.remove(out)
            except OSError:
                pass


#: what openpyxl refuses in a cell (IllegalCharacterError): C0 control characters other than tab, LF, CR
_ILLEGAL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean_text(v: object) -> object:
    """A text without the control characters a spreadsheet cannot hold (a NUL imported from a CSV must not
    stop every export): they are removed from the exported value, the stored one is unchanged."""
    if isinstance(v, str) and not v.isprintable() and _ILLEGAL_RE.search(v):  # (isprintable: the fast common case)
        return _ILLEGAL_RE.sub("", v)
    return v


def _xlsx_value(ws, v: object, cell_type) -> object:
    """A cell value for the sheet: text stays text. openpyxl turns a string starting with "=" into a formula;
    such a cell is written as a string-typed cell instead (shown as typed, never evaluated, no visible
    escape). Other leading characters (+ - @ tab CR) are text in a string-typed cell already."""
    if v.__class__ is not str:
        return v
    v = _clean_text(v)
    if v[:1] == "=":
        cell = cell_type(ws, value=v)
        cell.data_type = "s"
        return cell
    return v


#: OWASP CSV injection: a cell starting with one of these is prefixed with ' (the CSV has no cell types)
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_value(v: object) -> object:
    """A value for a CSV cell: None → "", control characters removed, a text starting like a formula
    prefixed with ' (OWASP), so Excel or WPS opening the file never evaluates it."""
    if v is None:
        return ""
    if v.__class__ is not str:
        return v
    v = _clean_text(v)
    if v.startswith(CSV_FORMULA_STARTS):
        return "'" + v
    return v


def write_csv(path: str | Path, headers: list[str], rows: Iterable[list]) -> int:
    """UTF-8 with BOM, CRLF: what Excel on a Chinese Windows opens without mojibake. Written under a temporary
    name and renamed when complete (dealerdesk.atomic)."""
    n = 0
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow([csv_value(h) for h in headers])
        for row in rows:
            w.writerow([csv_value(v) for v in row])
            n += 1
    return n


def export(actor: Actor, kind: str, path: str | Path, customer_ids: list[int] | None = None,
           customer_filter: object | None = None, progress: Progress | None = None) -> ExportResult:
    """Write one kind of list to `path` (.xlsx or .csv) and record the export in the audit log.
    `customer_ids` or a `customer_list.CustomerFilter` narrow it to those customers (default: all)."""
    require(actor, "export")
    if kind not in KINDS:
        raise InvalidInput(_MSG_KIND, field="kind", kind=kind)
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise InvalidInput(_MSG_SUFFIX, field="path", path=str(path))
    failures.check_output_path(path)  # a missing folder is said before anything is written
    if customer_ids is None and customer_filter is not None:
        customer_ids = _ids_for_filter(actor, customer_filter)
    masked = phones_masked(actor)
    headers, rows = {"customers": (CUSTOMER_HEADERS, _customer_rows), "leads": (LEAD_HEADERS, _lead_rows),
                     "services": (SERVICE_HEADERS, _service_rows),
                     "reminders": (REMINDER_HEADERS, _reminder_rows),
                     "marketing": (MARKETING_HEADERS, _marketing_rows)}[kind]
    report = progress or (lambda d, t, s: None)
    body = rows(customer_ids, masked, report)
    if path.suffix.lower() == ".csv":
        n = write_csv(path, headers, body)
    else:
        n = write_xlsx(path, headers, body, sheet=kind)
    audit.record(actor, "export", kind, None, file=path.name, rows=n, masked=masked,
                 customers=len(customer_ids) if customer_ids is not None else "all")
    return ExportResult(kind=kind, path=str(path), rows=n, masked=masked)


def export_rows(actor: Actor, kind: str, path: str | Path, headers: list[str], rows: Iterable[list],
                **detail: object) -> ExportResult:
    """Write rows another service selected (the audit viewer's filtered log) to .xlsx/.csv, audited like every
    export. The caller has checked its own permission; phone numbers must already be masked in `rows`."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise InvalidInput(_MSG_SUFFIX, field="path", path=str(path))
    n = write_csv(path, headers, rows) if path.suffix.lower() == ".csv" else write_xlsx(path, headers, rows,
                                                                                        sheet=kind)
    audit.record(actor, "export", kind, None, file=path.name, rows=n, masked=True, **detail)
    return ExportResult(kind=kind, path=str(path), rows=n, masked=True)


def _ids_for_filter(actor: Actor, flt: object) -> list[int]:
    total = customer_list.count(actor, flt)
    return customer_list.ids(actor, flt, sort_key="id", descending=False, offset=0, limit=max(total, 1))


def _id_chunks(customer_ids: list[int] | None) -> Iterator[list[int]]:
    if customer_ids is not None:
        ids = sorted(set(customer_ids))
        for i in range(0, len(ids), CHUNK):
            yield ids[i:i + CHUNK]
        return
    last = 0
    while True:
        chunk = [c for (c,) in Customer.select(Customer.id).where(Customer.id > last, Customer.archived == False,
                                                                  Customer.erased_at.is_null())
                 .order_by(Customer.id).limit(CHUNK).tuples()]
        if not chunk:
            return
        yield chunk
        last = chunk[-1]


def _phones(ids: list[int], masked: bool) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for cid, phone in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone)
                       .where(CustomerPhone.customer.in_(ids))
                       .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).tuples()):
        out[cid].append(audit.mask_phone(phone) if masked else phone)
    return out


def _users() -> dict[int, str]:
    return dict(User.select(User.id, User.display_name).tuples())


def _models() -> dict[int, str]:
    return dict(VehicleModel.select(VehicleModel.id, VehicleModel.name).tuples())


def _marketing_rows(customer_ids, masked: bool, report: Progress) -> Iterator[list]:
    """Only customers who consented to be contacted (and are not archived or erased)."""
    users = _users()
    done = 0
    for ids in _id_chunks(customer_ids):
        phones = _phones(ids, masked)
        for c in Customer.select().where(Customer.id.in_(ids), Customer.consent == True, Customer.archived == False,
                                         Customer.erased_at.is_null()).order_by(Customer.id):
            yield [c.id, c.name, "/".join(phones.get(c.id, [])), GENDERS.get(c.gender, ""), c.birthday, c.city,
                   users.get(c.owner_id, "")]
        done += len(ids)
        report(done, len(customer_ids) if customer_ids is not None else 0, "export")


def _customer_rows(customer_ids, masked: bool, report: Progress) -> Iterator[list]:
    users, models = _users(), _models()
    done = 0
    for ids in _id_chunks(customer_ids):
        phones = _phones(ids, masked)
        vehicles: dict[int, list[tuple]] = defaultdict(list)
        for vid, owner, plate, vin, model_id, model_name in (
                Vehicle.select(Vehicle.id, Vehicle.owner, Vehicle.plate, Vehicle.vin, Vehicle.model,
                               Vehicle.model_name).where(Vehicle.owner.in_(ids)).order_by(Vehicle.id).tuples()):
            vehicles[owner].append((vid, plate, vin, models.get(model_id) or model_name))
        bought: dict[int, dt.date] = {}
        for vid, day in (Purchase.select(Purchase.vehicle, Purchase.purchased_on)
                         .where(Purchase.customer.in_(ids), Purchase.vehicle.is_null(False)).tuples()):
            bought[vid] = min(day, bought.get(vid, day))
        leads: dict[int, tuple[str, str]] = {}
        for cid, level, model_id, other in (Lead.select(Lead.customer, Lead.level, Lead.model, Lead.other_models)
                                            .where(Lead.customer.in_(ids), Lead.status == "open")
                                            .order_by(Lead.id).tuples()):
            leads.setdefault(cid, (level, models.get(model_id) or other))
        for c in Customer.select().where(Customer.id.in_(ids)).order_by(Customer.id):
            level, intended = leads.get(c.id, ("", ""))
            base = [c.id, c.name, "/".join(phones.get(c.id, [])), GENDERS.get(c.gender, ""), c.birthday, c.city,
                    c.address, c.email, c.wechat, c.occupation, SOURCES.get(c.source, c.source),
                    users.get(c.owner_id, "")]
            consent = "是" if c.consent else "否"
            for vid, plate, vin, model in vehicles.get(c.id) or [(None, "", "", "")]:
                yield [*base, plate or "", vin or "", model or "", bought.get(vid), level, intended, c.needs, consent]
                level, intended = "", ""  # the lead once per customer
        done += len(ids)
        report(done, len(customer_ids) if customer_ids is not None else 0, "export")


def _lead_rows(customer_ids, masked: bool, report: Progress) -> Iterator[list]:
    users, models = _users(), _models()
    for ids in _id_chunks(customer_ids):
        phones = _phones(ids, masked)
        for lid, cid, name, level, status, model_id, other, owner, source, received, nxt in (
                Lead.select(Lead.id, Lead.customer, Customer.name, Lead.level, Lead.status, Lead.model,
                            Lead.other_models, Lead.owner, Lead.source, Lead.received_at, Lead.next_follow_up_at)
                .join(Customer).where(Lead.customer.in_(ids)).order_by(Lead.id).tuples()):
            yield [lid, cid, name, "/".join(phones.get(cid, [])), level, status, models.get(model_id) or other,
                   users.get(owner, ""), SOURCES.get(source, source), received, nxt]


def _service_rows(customer_ids, masked: bool, report: Progress) -> Iterator[list]:
    users = _users()
    for ids in _id_chunks(customer_ids):
        for cid, name, plate, vin, kind, day, km, content, parts, labour, advisor in (
                ServiceRecord.select(ServiceRecord.customer, Customer.name, Vehicle.plate, Vehicle.vin,
                                     ServiceRecord.kind, ServiceRecord.service_date, ServiceRecord.mileage_km,
                                     ServiceRecord.content, ServiceRecord.parts_cost, ServiceRecord.labour_cost,
                                     ServiceRecord.advisor)
                .join(Vehicle, on=(ServiceRecord.vehicle == Vehicle.id))
                .switch(ServiceRecord).join(Customer, JOIN.LEFT_OUTER, on=(ServiceRecord.customer == Customer.id))
                .where(ServiceRecord.customer.in_(ids)).order_by(ServiceRecord.service_date, ServiceRecord.id)
                .tuples()):
            yield [cid, name, plate or "", vin or "", kind, day, km, content, float(parts or 0), float(labour or 0),
                   users.get(advisor, "")]


def _reminder_rows(customer_ids, masked: bool, report: Progress) -> Iterator[list]:
    users = _users()
    for ids in _id_chunks(customer_ids):
        phones = _phones(ids, masked)
        for kind, cid, name, plate, due, overdue, status, owner, note in (
                Reminder.select(Reminder.kind, Reminder.customer, Customer.name, Vehicle.plate, Reminder.due_at,
                                Reminder.overdue_at, Reminder.status, Reminder.owner, Reminder.note)
                .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
                .switch(Reminder).join(Vehicle, JOIN.LEFT_OUTER, on=(Reminder.vehicle == Vehicle.id))
                .where(Reminder.customer.in_(ids)).order_by(Reminder.due_at, Reminder.id).tuples()):
            yield [kind, cid, name, "/".join(phones.get(cid, [])), plate or "", due, overdue, status,
                   users.get(owner, ""), note]
