"""Customer use cases: create, update, read, search, archive. One transaction each; plain data out."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from peewee import JOIN, fn

from dealerdesk.domain import labels, validate
from dealerdesk.domain import text as domain_text
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.domain import permissions
from dealerdesk.domain.errors import PermissionDenied
from dealerdesk.services import audit, changes, text_input, versions
from dealerdesk.services.auth import Actor, phones_masked, require, require_customer
from dealerdesk.services.dto import CustomerDetail, VehicleBrief
from dealerdesk.store import keys
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, CustomerPhone, Lead, User, Vehicle, VehicleModel

SOURCES = labels.SOURCE
CATEGORIES = labels.CATEGORY
TIERS = labels.TIER
GENDERS = labels.GENDER
INCOME_LEVELS = ("", "low", "mid", "high", "very_high")


@dataclass
class CustomerInput:
    """What a person typed for a customer. Services normalise and validate it with the domain rules."""

    name: str
    phones: list[str] = field(default_factory=list)
    kind: str = "person"
    gender: str = ""
    birthday: dt.date | None = None
    birthday_kind: str = ""
    lunar_birthday_month: int | None = None
    lunar_birthday_day: int | None = None
    email: str = ""
    wechat: str = ""
    address: str = ""
    city: str = ""
    occupation: str = ""
    income_level: str = ""
    source: str = "other"
    owner_id: int | None = None
    needs: str = ""
    tags: str = ""
    consent: bool = False
    referred_by_id: int | None = None

    @classmethod
    def from_detail(cls, detail: CustomerDetail) -> CustomerInput:
        names = {f.name for f in fields(cls)}
        return cls(**{k: getattr(detail, k) for k in names})


def _clean(data: CustomerInput) -> tuple[dict, list[str]]:
    """Normalised column values and phones, or InvalidInput naming the field. Free text goes through the one
    normalisation (domain/text.py: invisible characters removed, lengths bounded by the columns)."""
    name = validate.normalize_name(domain_text.strip_invisible(data.name or ""))
    phones: list[str] = []
    for raw in data.phones:
        if raw and raw.strip():
            phone = validate.normalize_phone(raw)
            if phone not in phones:
                phones.append(phone)
    domain_text.check_phone_count(phones)
    for fld, allowed in (("kind", labels.CUSTOMER_KIND), ("gender", GENDERS), ("source", SOURCES),
                         ("income_level", labels.INCOME_LEVEL), ("birthday_kind", labels.BIRTHDAY_KIND)):
        domain_text.check_choice(getattr(data, fld), allowed, field=fld, label=_FIELD_LABELS[fld])
    if data.birthday and data.birthday > dt.date.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "生日不能晚于今天"), field="birthday")
    lunar = (data.lunar_birthday_month, data.lunar_birthday_day)
    if any(v is not None for v in lunar):
        month, day = lunar
        if month is None or day is None or not (1 <= abs(month) <= 12) or not (1 <= day <= 30):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "农历生日应为1–12月、1–30日"), field="lunar_birthday")
    email = text_input.clean(Customer, "email", data.email, _FIELD_LABELS["email"])
    if email and ("@" not in email or "." not in email.split("@")[-1] or " " in email):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "邮箱格式不对：{value}"), field="email", value=email)
    for fld, ref in (("owner", data.owner_id), ("referred_by", data.referred_by_id)):
        if ref is not None and not 1 <= ref <= domain_text.ID_MAX:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选{label}不存在"), field=fld, label=_FIELD_LABELS[fld])
    if data.owner_id is not None and not User.select().where(User.id == data.owner_id).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选销售顾问不存在"), field="owner")
    if data.referred_by_id is not None and not Customer.select().where(Customer.id == data.referred_by_id).exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "所选介绍人不存在"), field="referred_by")
    free = {fld: text_input.clean(Customer, fld, getattr(data, fld), _FIELD_LABELS[fld])
            for fld in ("wechat", "address", "city", "occupation", "needs", "tags")}
    values = {
        "name": name, "kind": data.kind, "gender": data.gender, "birthday": data.birthday, "birthday_kind": data.birthday_kind,
        "lunar_birthday_month": data.lunar_birthday_month, "lunar_birthday_day": data.lunar_birthday_day,
        "email": email, **free, "income_level": data.income_level, "source": data.source,
        "owner": data.owner_id, "consent": data.consent, "referred_by": data.referred_by_id,
    }
    return values, phones


def _write_phones(customer_id: int, phones: list[str]) -> None:
    CustomerPhone.delete().where(CustomerPhone.customer == customer_id).execute()
    rows = [{"customer": customer_id, "phone": p, "digits": p.replace("-", ""),
                 "kind": "mobile" if validate.is_mobile(p) else "landline", "is_primary": i == 0}
            for i, p in enumerate(phones)]
    if rows:
        CustomerPhone.insert_many(rows).execute()


def create_customer(actor: Actor, data: CustomerInput) -> CustomerDetail:
    require(actor, "customer.write")
    changes.mark(changes.CUSTOMERS)
    values, phones = _clean(data)
    if values["owner"] is None and actor.role == "sales" and actor.id is not None:
        values["owner"] = actor.id
    now = dt.datetime.now().replace(microsecond=0)
    with db.atomic():
        if values["consent"]:
            values["consent_at"] = now
        customer = Customer.create(**values, created_at=now, updated_at=now, last_activity_at=now)
        _write_phones(customer.id, phones)
        keys.reindex_customers([customer.id])
        audit.record(actor, "customer.create", "customer", customer.id, at=now,
                     changes=audit.diff({}, {**_audited(customer), "phones": phones}))
    return get_customer(actor, customer.id)


def update_customer(actor: Actor, customer_id: int, data: CustomerInput, *,
                    expected_version: int | None) -> CustomerDetail:
    """Save an edit made on the version `expected_version` of the customer; refuse with both versions when
    somebody else saved it meanwhile (services/versions.py). None: last save wins (say so explicitly).
    The owning consultant changes only through the manager's reassignment (sales.reassign_leads)."""
    require_customer(actor, "customer.write", customer_id, write=True)
    values, phones = _clean(data)
    if data.referred_by_id == customer_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "客户不能是自己的介绍人"), field="referred_by")
    with db.atomic():
        current = _customer_row(customer_id)
        versions.check("customer", customer_id, QT_TRANSLATE_NOOP("errors", "客户 {name} ").format(
            name=current.name), expected_version, current.version, lambda: _differences(current, values, phones))
        if values["owner"] != current.owner_id and actor.id is not None:
            raise PermissionDenied(permissions.OWNER_CHANGE, field="owner")
        old_phones = [p.phone for p in current.phones.order_by(CustomerPhone.id)]
        before = {**_audited(current), "phones": old_phones}
        if values["consent"] and not current.consent:
            values["consent_at"] = dt.datetime.now().replace(microsecond=0)
        Customer.update(**values, updated_at=dt.datetime.now().replace(microsecond=0),
                        version=Customer.version + 1).where(Customer.id == customer_id).execute()
        if phones != old_phones:
            _write_phones(customer_id, phones)
        keys.reindex_customers([customer_id])
        after = {**_audited(_customer_row(customer_id)), "phones": phones}
        audit.record(actor, "customer.update", "customer", customer_id, changes=audit.diff(before, after))
    return get_customer(actor, customer_id)


#: the customer fields a conflict message names
_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("fields", "姓名"), "kind": QT_TRANSLATE_NOOP("fields", "类型"),
    "gender": QT_TRANSLATE_NOOP("fields", "性别"), "birthday": QT_TRANSLATE_NOOP("fields", "生日"),
    "birthday_kind": QT_TRANSLATE_NOOP("fields", "生日类型"),
    "lunar_birthday_month": QT_TRANSLATE_NOOP("fields", "农历生日月"),
    "lunar_birthday_day": QT_TRANSLATE_NOOP("fields", "农历生日日"),
    "email": QT_TRANSLATE_NOOP("fields", "邮箱"), "wechat": QT_TRANSLATE_NOOP("fields", "微信"),
    "address": QT_TRANSLATE_NOOP("fields", "地址"), "city": QT_TRANSLATE_NOOP("fields", "城市"),
    "occupation": QT_TRANSLATE_NOOP("fields", "职业"), "income_level": QT_TRANSLATE_NOOP("fields", "收入水平"),
    "source": QT_TRANSLATE_NOOP("fields", "来源"), "owner": QT_TRANSLATE_NOOP("fields", "销售顾问"),
    "needs": QT_TRANSLATE_NOOP("fields", "需求"), "tags": QT_TRANSLATE_NOOP("fields", "标签"),
    "consent": QT_TRANSLATE_NOOP("fields", "同意联系"), "referred_by": QT_TRANSLATE_NOOP("fields", "介绍人"),
    "phones": QT_TRANSLATE_NOOP("fields", "电话"),
}
_CODED = {"kind": labels.CUSTOMER_KIND, "gender": labels.GENDER, "income_level": labels.INCOME_LEVEL,
          "source": labels.SOURCE}


def _differences(current: Customer, values: dict, phones: list[str]) -> list[tuple[str, object, object]]:
    """(label, typed, saved) per customer field, for the conflict message (phones masked as in the audit)."""
    out: list[tuple[str, object, object]] = []
    for k, v in values.items():
        if k not in _FIELD_LABELS:
            continue
        saved = getattr(current, k + "_id" if k in ("owner", "referred_by") else k)
        if k in _CODED:
            v, saved = labels.label(_CODED[k], v), labels.label(_CODED[k], saved)
        out.append((_FIELD_LABELS[k], v, saved))
    saved_phones = [p for (p,) in CustomerPhone.select(CustomerPhone.phone)
                    .where(CustomerPhone.customer == current.id).order_by(CustomerPhone.id).tuples()]
    out.append((_FIELD_LABELS["phones"], [audit.mask_phone(p) for p in phones],
                [audit.mask_phone(p) for p in saved_phones]))
    return out


_NOT_AUDITED = ("id", "version", "created_at", "updated_at", "last_activity_at", "score_detail", "value_score",
                "category", "tier")


def _audited(row: Customer) -> dict:
    """The fields a person edits (derived scores are recomputed, not edited, and stay out of the log)."""
    return audit.fields_of(row, exclude=_NOT_AUDITED)


def _customer_row(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=customer_id)
    return customer


def _phones(customer_id: int) -> list[str]:
    return [p for (p,) in CustomerPhone.select(CustomerPhone.phone)
            .where(CustomerPhone.customer == customer_id).order_by(CustomerPhone.id).tuples()]


def shared_phones(customer_id: int) -> list[str]:
    """The customer's phones that another customer holds too: a family's or a company's number, kept by each
    of them (an import makes them for different names on one phone). Derived, so it is never stale."""
    other = CustomerPhone.alias()
    return [p for (p,) in CustomerPhone.select(CustomerPhone.phone)
            .where(CustomerPhone.customer == customer_id,
                   fn.EXISTS(other.select(other.id).where(other.digits == CustomerPhone.digits,
                                                          other.customer != customer_id)))
            .order_by(CustomerPhone.id).tuples()]


def get_customer(actor: Actor, customer_id: int) -> CustomerDetail:
    c = require_customer(actor, "customer.read", customer_id)
    phones = _phones(customer_id)
    shared = shared_phones(customer_id)
    if phones_masked(actor):
        phones = [audit.mask_phone(p) for p in phones]
        shared = [audit.mask_phone(p) for p in shared]
    vehicles = [VehicleBrief(id=v_id, vin=vin or "", plate=plate or "", model=model or name or "")
                for v_id, vin, plate, name, model in
                Vehicle.select(Vehicle.id, Vehicle.vin, Vehicle.plate, Vehicle.model_name, VehicleModel.name)
                .join(VehicleModel, JOIN.LEFT_OUTER).where(Vehicle.owner == customer_id)
                .order_by(Vehicle.id).tuples()]
    owner = User.get_or_none(User.id == c.owner_id) if c.owner_id else None
    return CustomerDetail(
        id=c.id, name=c.name, kind=c.kind, gender=c.gender, phones=phones, vehicles=vehicles,
        owner=owner.login if owner else "", owner_name=owner.display_name if owner else "",
        owner_id=c.owner_id, category=c.category, tier=c.tier, value_score=c.value_score, source=c.source,
        city=c.city, address=c.address, email=c.email, wechat=c.wechat, occupation=c.occupation,
        income_level=c.income_level, birthday=c.birthday, birthday_kind=c.birthday_kind,
        lunar_birthday_month=c.lunar_birthday_month, lunar_birthday_day=c.lunar_birthday_day,
        consent=c.consent, needs=c.needs, tags=c.tags, referred_by_id=c.referred_by_id, archived=c.archived,
        created_at=c.created_at, updated_at=c.updated_at, last_activity_at=c.last_activity_at,
        version=c.version, score_detail=c.score_detail, shared_phones=shared)


def _has_history(customer_id: int) -> bool:
    """True when deleting would destroy history (leads, vehicles, services…): such customers are archived."""
    return (Lead.select().where(Lead.customer == customer_id).exists()
            or Vehicle.select().where(Vehicle.owner == customer_id).exists()
            or Customer.select().where(Customer.referred_by == customer_id).exists())


def reveal_phone(actor: Actor, customer_id: int) -> list[str]:
    """显示号码: the clear numbers for a role that sees them masked; every reveal is in the audit log."""
    require_customer(actor, "phone.unmask", customer_id)
    with db.atomic():
        phones = _phones(customer_id)
        audit.record(actor, "phone.unmask", "customer", customer_id)
    return phones


def archive_customer(actor: Actor, customer_id: int, archived: bool = True) -> None:
    require(actor, "customer.archive")
    with db.atomic():
        _customer_row(customer_id)
        Customer.update(archived=archived, version=Customer.version + 1).where(Customer.id == customer_id).execute()
        audit.record(actor, "customer.archive" if archived else "customer.unarchive", "customer", customer_id)


def delete_customer(actor: Actor, customer_id: int) -> str:
    """Delete a customer without history; archive one with history. Returns "deleted" or "archived"."""
    require(actor, "customer.delete")
    changes.mark(changes.CUSTOMERS)
    with db.atomic():
        row = _customer_row(customer_id)
        if _has_history(customer_id):
            archive_customer(actor, customer_id)
            return "archived"
        old_phones = [p.phone for p in row.phones.order_by(CustomerPhone.id)]
        row.delete_instance(recursive=True)
        audit.record(actor, "customer.delete", "customer", customer_id,
                     changes=audit.diff({**_audited(row), "phones": old_phones}, {}))
        return "deleted"


def count_customers(include_archived: bool = False) -> int:
    query = Customer.select()
    if not include_archived:
        query = query.where(Customer.archived == False)
    return query.count()
