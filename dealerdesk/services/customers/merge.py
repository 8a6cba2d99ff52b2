"""Merge two customer records that are the same person, and undo such a merge exactly.

Why the audit detail is so full: a wrong merge must be reversible without guessing, so the merge writes the
ids of every row it moved per table, the survivor's old field values, the phone rows it dropped as exact
duplicates (by reference to the survivor's identical phone, never the number in clear) and both versions.
The undo reads only that record. One transaction each; search keys of both customers are rebuilt.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from peewee import DateField, DateTimeField, ForeignKeyField

from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.store import keys
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    AuditLog,
    Complaint,
    ContactPerson,
    Customer,
    CustomerPhone,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    OwnershipTransfer,
    PointsEntry,
    Purchase,
    Reminder,
    SalesOrder,
    ServiceRecord,
    Survey,
    Vehicle,
)

#: Field groups the user chooses between (one choice moves the whole group), with their labels.
MERGE_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name",), "kind": ("kind",), "gender": ("gender",),
    "birthday": ("birthday", "birthday_kind", "lunar_birthday_month", "lunar_birthday_day"),
    "email": ("email",), "wechat": ("wechat",), "city": ("city",), "address": ("address",),
    "occupation": ("occupation",), "income_level": ("income_level",), "source": ("source",),
    "owner": ("owner",), "needs": ("needs",), "tags": ("tags",), "consent": ("consent", "consent_at"),
    "referred_by": ("referred_by",),
}
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("merge", "姓名"), "kind": QT_TRANSLATE_NOOP("merge", "类型"),
    "gender": QT_TRANSLATE_NOOP("merge", "性别"), "birthday": QT_TRANSLATE_NOOP("merge", "生日"),
    "email": QT_TRANSLATE_NOOP("merge", "邮箱"), "wechat": QT_TRANSLATE_NOOP("merge", "微信"),
    "city": QT_TRANSLATE_NOOP("merge", "城市"), "address": QT_TRANSLATE_NOOP("merge", "地址"),
    "occupation": QT_TRANSLATE_NOOP("merge", "职业"), "income_level": QT_TRANSLATE_NOOP("merge", "收入水平"),
    "source": QT_TRANSLATE_NOOP("merge", "来源"), "owner": QT_TRANSLATE_NOOP("merge", "销售顾问"),
    "needs": QT_TRANSLATE_NOOP("merge", "需求"), "tags": QT_TRANSLATE_NOOP("merge", "标签"),
    "consent": QT_TRANSLATE_NOOP("merge", "同意联系"), "referred_by": QT_TRANSLATE_NOOP("merge", "介绍人"),
}

#: every (model, customer column) that moves to the survivor; keys are the names in the audit detail
MOVED: dict[str, tuple[type, str]] = {
    "phones": (CustomerPhone, "customer"), "contacts": (ContactPerson, "customer"),
    "vehicles": (Vehicle, "owner"), "transfers_from": (OwnershipTransfer, "from_customer"),
    "transfers_to": (OwnershipTransfer, "to_customer"), "leads": (Lead, "customer"),
    "interactions": (Interaction, "customer"), "follow_ups": (FollowUp, "customer"),
    "orders": (SalesOrder, "customer"), "purchases": (Purchase, "customer"),
    "deliveries": (Delivery, "customer"), "service_records": (ServiceRecord, "customer"),
    "complaints": (Complaint, "customer"), "surveys": (Survey, "customer"),
    "reminders": (Reminder, "customer"), "referrals": (Customer, "referred_by"),
    "earlier_merges": (Customer, "merged_into"),
    "points": (PointsEntry, "customer"),  # the member points ledger (services/loyalty)
}


@dataclass(frozen=True)
class MergeResult:
    merge_id: int  # the audit-log row of the merge: what undo_merge takes
    survivor_id: int
    merged_id: int
    moved: dict[str, int] = field(default_factory=dict)  # table -> rows moved
    changed_fields: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MergeCandidate:
    """A choosable field group: the survivor's and the other's value as display text."""

    field: str
    label: str
    survivor_value: str
    other_value: str

    @property
    def differs(self) -> bool:
        return self.survivor_value != self.other_value


def _row(customer_id: int) -> Customer:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=customer_id)
    return row


def _column(name: str) -> str:
    return name + "_id" if isinstance(Customer._meta.fields[name], ForeignKeyField) else name


def _value(row: Customer, name: str) -> object:
    return getattr(row, _column(name))


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _restore(name: str, value: object) -> object:
    """Back from the audit JSON to the column's Python type."""
    if value is None:
        return None
    f = Customer._meta.fields[name]
    if isinstance(f, DateTimeField):
        return dt.datetime.fromisoformat(value)
    if isinstance(f, DateField):
        return dt.date.fromisoformat(value)
    return value


def merge_candidates(actor: Actor, survivor_id: int, other_id: int) -> list[MergeCandidate]:
    """The field groups with both values shown, for the merge dialog's choice table."""
    require(actor, "customer.merge")
    a, b = _row(survivor_id), _row(other_id)

    def text(row: Customer, group: str) -> str:
        if group == "owner":
            return row.owner.display_name if row.owner_id else ""
        if group == "referred_by":
            return row.referred_by.name if row.referred_by_id else ""
        values = [_value(row, n) for n in MERGE_FIELDS[group]]
        if group == "birthday" and row.birthday_kind == "lunar":
            return f"农历 {abs(row.lunar_birthday_month or 0)}月{row.lunar_birthday_day or ''}日"
        if group == "consent":
            return "是" if row.consent else "否"
        first = values[0]
        return "" if first is None else str(first)

    return [MergeCandidate(g, FIELD_LABELS[g], text(a, g), text(b, g)) for g in MERGE_FIELDS]


def merge_customers(actor: Actor, survivor_id: int, merged_id: int,
                    field_choices: dict[str, int] | None = None) -> MergeResult:
    """Move everything of `merged_id` to `survivor_id`; `field_choices` says whose value wins per field group.

    Unnamed groups keep the survivor's value, except that an empty survivor value takes the other's.
    The merged customer stays (archived, merged_into set) so links and the undo keep working.
    """
    require(actor, "customer.merge")
    changes.mark(changes.CUSTOMERS, customer=survivor_id)
    changes.mark(customer=merged_id)
    choices = dict(field_choices or {})
    if survivor_id == merged_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "不能把客户与自己合并"), field="merged_id")
    for group, cid in choices.items():
        if group not in MERGE_FIELDS:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的合并字段：{value}"), field=group, value=group)
        if cid not in (survivor_id, merged_id):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "字段 {value} 只能取两位客户之一的值"),
                               field=group, value=group)
    with db.atomic():
        survivor, other = _row(survivor_id), _row(merged_id)
        if other.merged_into_id is not None or survivor.merged_into_id is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "客户 {name} 已被合并过，不能再合并"),
                           name=other.name if other.merged_into_id else survivor.name)
        new_values: dict[str, object] = {}
        old_values: dict[str, object] = {}
        for group, names in MERGE_FIELDS.items():
            take_other = choices.get(group) == merged_id or (
                group not in choices and not _value(survivor, names[0]) and _value(other, names[0]))
            if group == "referred_by" and other.referred_by_id == survivor_id:
                take_other = False  # a customer cannot have referred themself
            if not take_other:
                continue
            for n in names:
                if _value(survivor, n) != _value(other, n):
                    old_values[n] = _jsonable(_value(survivor, n))
                    new_values[_column(n)] = _value(other, n)
        moved: dict[str, list[int]] = {}
        for table, (model, column) in MOVED.items():
            col = getattr(model, column)
            moved[table] = [i for (i,) in model.select(model.id).where(col == merged_id).tuples()]
        moved["referrals"] = [i for i in moved["referrals"] if i != survivor_id]
        # phones: the survivor keeps its primary; exact duplicates of the survivor's numbers are dropped
        own = {d: pid for pid, d in CustomerPhone.select(CustomerPhone.id, CustomerPhone.digits)
               .where(CustomerPhone.customer == survivor_id).order_by(CustomerPhone.id).tuples()}
        dropped, demoted = [], []
        for pid, digits, kind, primary in (CustomerPhone.select(CustomerPhone.id, CustomerPhone.digits,
                                                                 CustomerPhone.kind, CustomerPhone.is_primary)
                                           .where(CustomerPhone.customer == merged_id).tuples()):
            if digits in own:
                dropped.append({"id": pid, "same_as": own[digits], "kind": kind, "is_primary": primary})
            elif primary and own:
                demoted.append(pid)
        drop_ids = [d["id"] for d in dropped]
        moved["phones"] = [i for i in moved["phones"] if i not in drop_ids]
        if drop_ids:
            CustomerPhone.delete().where(CustomerPhone.id.in_(drop_ids)).execute()
        if demoted:
            CustomerPhone.update(is_primary=False).where(CustomerPhone.id.in_(demoted)).execute()
        for table, ids in moved.items():
            model, column = MOVED[table]
            for start in range(0, len(ids), 500):
                model.update({getattr(model, column): survivor_id}).where(
                    model.id.in_(ids[start:start + 500])).execute()
        now = dt.datetime.now().replace(microsecond=0)
        last = max(survivor.last_activity_at, other.last_activity_at)
        Customer.update(**new_values, updated_at=now, last_activity_at=last,
                        version=Customer.version + 1).where(Customer.id == survivor_id).execute()
        Customer.update(archived=True, merged_into=survivor_id, updated_at=now,
                        version=Customer.version + 1).where(Customer.id == merged_id).execute()
        keys.reindex_customers([survivor_id, merged_id])
        keys.reindex_vehicles(moved["vehicles"])
        detail = {
            "survivor": survivor_id, "merged": merged_id, "moved": moved, "survivor_old": old_values,
            "survivor_fields": sorted(old_values), "survivor_last_activity": _jsonable(survivor.last_activity_at),
            "merged_old": {"archived": other.archived, "version": other.version},
            "dropped_phones": dropped, "demoted_phones": demoted,
            "survivor_version_after": survivor.version + 1, "merged_version_after": other.version + 1,
            "merged_name": other.name,
        }
        audit.record(actor, "customer.merge", "customer", survivor_id, **detail, at=now)
        merge_id = AuditLog.select(AuditLog.id).where(AuditLog.action == "customer.merge",
                                                      AuditLog.entity_id == survivor_id) \
            .order_by(AuditLog.id.desc()).scalar()
    return MergeResult(merge_id=merge_id, survivor_id=survivor_id, merged_id=merged_id,
                       moved={t: len(ids) for t, ids in moved.items() if ids},
                       changed_fields=sorted(old_values))


def undo_merge(actor: Actor, merge_id: int) -> MergeResult:
    """Put every moved row, field value and dropped phone back as it was before the merge."""
    require(actor, "customer.merge")
    with db.atomic():
        log = AuditLog.get_or_none(AuditLog.id == merge_id, AuditLog.action == "customer.merge")
        if log is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到合并记录 {id}"), id=merge_id)
        if AuditLog.select().where(AuditLog.action == "customer.merge_undo",
                                   AuditLog.entity_id == merge_id).exists():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "合并记录 {id} 已撤销过"), id=merge_id)
        d = json.loads(log.detail)
        survivor_id, merged_id = d["survivor"], d["merged"]
        changes.mark(changes.CUSTOMERS, customer=survivor_id)
        changes.mark(customer=merged_id)
        survivor, other = _row(survivor_id), _row(merged_id)
        if survivor.version != d["survivor_version_after"] or other.version != d["merged_version_after"]:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "合并后客户 {name} 又被修改过，无法自动撤销"),
                           name=survivor.name)
        for table, ids in d["moved"].items():
            model, column = MOVED[table]
            for start in range(0, len(ids), 500):
                model.update({getattr(model, column): merged_id}).where(
                    model.id.in_(ids[start:start + 500])).execute()
        if d["demoted_phones"]:
            CustomerPhone.update(is_primary=True).where(CustomerPhone.id.in_(d["demoted_phones"])).execute()
        same = {pid: (phone, digits) for pid, phone, digits in
                CustomerPhone.select(CustomerPhone.id, CustomerPhone.phone, CustomerPhone.digits)
                .where(CustomerPhone.id.in_([p["same_as"] for p in d["dropped_phones"]] or [0])).tuples()}
        for p in d["dropped_phones"]:
            if p["same_as"] in same:
                phone, digits = same[p["same_as"]]
                CustomerPhone.insert(id=p["id"], customer=merged_id, phone=phone, digits=digits,
                                     kind=p["kind"], is_primary=p["is_primary"]).execute()
        restored = {_column(n): _restore(n, v) for n, v in d["survivor_old"].items()}
        now = dt.datetime.now().replace(microsecond=0)
        Customer.update(**restored, updated_at=now,
                        last_activity_at=dt.datetime.fromisoformat(d["survivor_last_activity"]),
                        version=Customer.version + 1).where(Customer.id == survivor_id).execute()
        Customer.update(archived=d["merged_old"]["archived"], merged_into=None, updated_at=now,
                        version=Customer.version + 1).where(Customer.id == merged_id).execute()
        keys.reindex_customers([survivor_id, merged_id])
        keys.reindex_vehicles(d["moved"]["vehicles"])
        audit.record(actor, "customer.merge_undo", "merge", merge_id, at=now,
                     survivor=survivor_id, merged=merged_id)
    return MergeResult(merge_id=merge_id, survivor_id=survivor_id, merged_id=merged_id,
                       moved={t: len(ids) for t, ids in d["moved"].items() if ids},
                       changed_fields=sorted(d["survivor_old"]))
