"""A customer's profile for printing (客户档案): every section as plain rows, phones masked by role."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, fn

from dealerdesk.domain import labels
from dealerdesk.services import audit
from dealerdesk.services.auth import Actor, phones_masked
from dealerdesk.services.customers.records import GENDERS, SOURCES, get_customer
from dealerdesk.services.reporting.common import NO_MODEL
from dealerdesk.services.store_profile import get_profile
from dealerdesk.store.db import db
from dealerdesk.store.models import (
    Complaint,
    Interaction,
    Lead,
    LevelChange,
    Purchase,
    ServiceRecord,
    Survey,
    User,
    Vehicle,
    VehicleModel,
)
from dealerdesk.domain.phones import display as phone_display


@dataclass(frozen=True)
class ProfileData:
    """A customer's file for printing: each section a list of already-formatted plain rows."""

    customer_id: int
    name: str
    generated_at: dt.datetime
    store_name: str
    store_logo: bytes  # the store profile's logo (services/store_profile.py), b"" when none
    phones_masked: bool
    basics: list[tuple[str, str]]
    category: str
    tier: str
    value_score: int
    score_parts: list[tuple[str, int, int, str]]  # label, points, max, detail (from Customer.score_detail)
    score_reasons: list[str]  # why the category
    vehicles: list[
        tuple
    ]  # plate, vin, model, colour, registered, mileage, compulsory until, commercial until
    purchases: list[tuple]  # date, model, price, payment, channel
    services: list[tuple]  # date, plate, kind, mileage, content, cost, advisor
    leads: list[tuple]  # received, model, level, status, owner, closed, defeat reason
    level_history: list[tuple]  # at, lead id, from, to, by, reason
    interactions: list[tuple]  # at, channel, by, content, result
    complaints: list[tuple]  # received, category, status, content, resolution, resolved
    surveys: list[tuple]  # taken, overall, repurchase, recommend, comments
    store_line: str = ""  # the store's address and phone, under its name on the printout


def _score_detail(text: str) -> tuple[list[tuple[str, int, int, str]], list[str]]:
    """Customer.score_detail as the classification job stores it: {"parts": [...], "reasons": [...]}."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return [], []
    if not isinstance(data, dict):
        return [], []
    parts = [
        (
            str(p.get("label", "")),
            int(p.get("points", 0) or 0),
            int(p.get("max", 0) or 0),
            str(p.get("detail", "")),
        )
        for p in data.get("parts", [])
        if isinstance(p, dict)
    ]
    return parts, [str(r) for r in data.get("reasons", data.get("category_reasons", []))]


def _user_names() -> dict[int, str]:
    return {
        uid: name or login
        for uid, login, name in User.select(User.id, User.login, User.display_name).tuples()
    }


def profile_data(
    actor: Actor,
    customer_id: int,
    *,
    interactions: int = 30,
    now: dt.datetime | None = None,
) -> ProfileData:
    """One customer's profile; phones masked unless the role may see them. Printing is an export: audited."""
    c = get_customer(actor, customer_id)
    see = not phones_masked(actor)
    users = _user_names()
    models = dict(VehicleModel.select(VehicleModel.id, VehicleModel.name).tuples())
    phones = c.phones  # get_customer already masks them for the roles in privacy.mask_phones_for
    birthday = c.birthday.isoformat() if c.birthday else ""
    if c.birthday_kind == "lunar" and c.lunar_birthday_month:
        leap = "闰" if c.lunar_birthday_month < 0 else ""
        birthday = f"农历{leap}{abs(c.lunar_birthday_month)}月{c.lunar_birthday_day}日"
    basics = [
        ("姓名", c.name),
        ("类型", labels.label(labels.CUSTOMER_KIND, c.kind)),
        ("性别", GENDERS.get(c.gender, c.gender)),
        ("生日", birthday),
        ("电话", "、".join(phone_display(p) for p in phones)),
        ("微信", c.wechat),
        ("邮箱", c.email),
        ("城市", c.city),
        ("地址", c.address),
        ("职业", c.occupation),
        ("来源", SOURCES.get(c.source, c.source)),
        ("顾问", c.owner_name),
        ("需求", c.needs),
        ("标签", c.tags),
        ("同意联系", "是" if c.consent else "否"),
        ("建档时间", f"{c.created_at:%Y-%m-%d}"),
    ]
    vehicles = list(
        Vehicle.select(
            Vehicle.plate,
            Vehicle.vin,
            fn.COALESCE(VehicleModel.name, Vehicle.model_name),
            Vehicle.colour,
            Vehicle.registration_date,
            Vehicle.mileage_km,
            Vehicle.insurance_compulsory_until,
            Vehicle.insurance_commercial_until,
        )
        .join(VehicleModel, JOIN.LEFT_OUTER)
        .where(Vehicle.owner == customer_id)
        .order_by(Vehicle.id)
        .tuples()
    )
    purchases = list(
        Purchase.select(
            Purchase.purchased_on,
            Purchase.model_name,
            Purchase.price,
            Purchase.payment_method,
            Purchase.channel,
        )
        .where(Purchase.customer == customer_id)
        .order_by(Purchase.purchased_on.desc())
        .tuples()
    )
    services = [
        (d, plate, kind, km, content, (parts or 0) + (labour or 0), users.get(adv, ""))
        for d, plate, kind, km, content, parts, labour, adv in ServiceRecord.select(
            ServiceRecord.service_date,
            Vehicle.plate,
            ServiceRecord.kind,
            ServiceRecord.mileage_km,
            ServiceRecord.content,
            ServiceRecord.parts_cost,
            ServiceRecord.labour_cost,
            ServiceRecord.advisor,
        )
        .join(Vehicle)
        .where(ServiceRecord.customer == customer_id)
        .order_by(ServiceRecord.service_date.desc())
        .limit(100)
        .tuples()
    ]
    leads = [
        (rec, models.get(m, NO_MODEL), lv, st, users.get(o, ""), closed, reason)
        for rec, m, lv, st, o, closed, reason in Lead.select(
            Lead.received_at,
            Lead.model,
            Lead.level,
            Lead.status,
            Lead.owner,
            Lead.closed_at,
            Lead.defeat_reason,
        )
        .where(Lead.customer == customer_id)
        .order_by(Lead.received_at.desc())
        .tuples()
    ]
    history = [
        (at, lead, frm, to, users.get(by, ""), why)
        for at, lead, frm, to, by, why in LevelChange.select(
            LevelChange.changed_at,
            LevelChange.lead,
            LevelChange.from_level,
            LevelChange.to_level,
            LevelChange.changed_by,
            LevelChange.reason,
        )
        .join(Lead)
        .where(Lead.customer == customer_id)
        .order_by(LevelChange.changed_at, LevelChange.id)
        .tuples()
    ]
    contacts = [
        (at, ch, users.get(u, ""), content, result)
        for at, ch, u, content, result in Interaction.select(
            Interaction.at, Interaction.channel, Interaction.user, Interaction.content, Interaction.result
        )
        .where(Interaction.customer == customer_id)
        .order_by(Interaction.at.desc())
        .limit(interactions)
        .tuples()
    ]
    complaints = list(
        Complaint.select(
            Complaint.received_at,
            Complaint.category,
            Complaint.status,
            Complaint.content,
            Complaint.resolution,
            Complaint.resolved_at,
        )
        .where(Complaint.customer == customer_id)
        .order_by(Complaint.received_at.desc())
        .tuples()
    )
    surveys = list(
        Survey.select(Survey.taken_at, Survey.overall, Survey.repurchase, Survey.recommend, Survey.comments)
        .where(Survey.customer == customer_id)
        .order_by(Survey.taken_at.desc())
        .tuples()
    )
    with db.atomic():
        audit.record(actor, "customer.print", "customer", customer_id, phones_masked=not see, at=now)
    store = get_profile()
    return ProfileData(
        c.id,
        c.name,
        (now or dt.datetime.now()).replace(microsecond=0),
        store.name,
        store.logo,
        not see,
        basics,
        c.category,
        c.tier,
        c.value_score,
        *_score_detail(c.score_detail),
        vehicles,
        purchases,
        services,
        leads,
        history,
        contacts,
        complaints,
        surveys,
        store.contact_line,
    )
