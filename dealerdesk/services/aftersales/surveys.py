"""Satisfaction surveys (满意度调查): record one, list them.

Why they matter beyond the report: the latest survey is the loyalty part of the value score, so recording
one re-classifies the customer, and it fulfils the open survey reminder it answers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from dealerdesk.domain import labels
from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes, derived
from dealerdesk.services.aftersales._common import visit_record_id
from dealerdesk.services.auth import Actor, own_customers_clause, require, require_customer
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, Delivery, Reminder, ServiceRecord, Survey, User

LEVELS = labels.SATISFACTION
REPURCHASE = labels.REPURCHASE
RECOMMEND = labels.RECOMMEND
CHANNELS = labels.SURVEY_CHANNEL


@dataclass
class SurveyInput:
    customer_id: int
    overall: str
    product_quality: str = ""
    service_attitude: str = ""
    after_sales: str = ""
    repurchase: str = ""
    recommend: str = ""
    comments: str = ""
    channel: str = "phone"
    service_record_id: int | None = None
    delivery_id: int | None = None
    taken_at: dt.datetime | None = None


@dataclass(frozen=True)
class SurveyRow:
    id: int
    customer_id: int
    customer_name: str
    taken_at: dt.datetime
    channel: str
    overall: str
    product_quality: str
    service_attitude: str
    after_sales: str
    repurchase: str
    recommend: str
    comments: str
    by: str
    service_record_id: int | None
    delivery_id: int | None

    @property
    def satisfied(self) -> bool:
        return self.overall in ("very_satisfied", "satisfied")


def _check(value: str, allowed: dict, field: str, required: bool = False) -> None:
    if (required and not value) or (value and value not in allowed):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择{label}"), field=field,
                           label=SURVEY_FIELD_LABELS.get(field, field))


SURVEY_FIELD_LABELS = {
    "overall": QT_TRANSLATE_NOOP("survey", "总体满意度"), "product_quality": QT_TRANSLATE_NOOP("survey", "产品质量"),
    "service_attitude": QT_TRANSLATE_NOOP("survey", "服务态度"), "after_sales": QT_TRANSLATE_NOOP("survey", "售后服务"),
    "repurchase": QT_TRANSLATE_NOOP("survey", "复购可能性"), "recommend": QT_TRANSLATE_NOOP("survey", "推荐意愿"),
    "channel": QT_TRANSLATE_NOOP("survey", "调查方式"),
}


def record_survey(actor: Actor, data: SurveyInput, now: dt.datetime | None = None) -> SurveyRow:
    require(actor, "survey.write")
    changes.mark(changes.DUE, customer=data.customer_id)
    now = now or dt.datetime.now().replace(microsecond=0)
    _check(data.overall, LEVELS, "overall", required=True)
    for name in ("product_quality", "service_attitude", "after_sales"):
        _check(getattr(data, name), LEVELS, name)
    _check(data.repurchase, REPURCHASE, "repurchase")
    _check(data.recommend, RECOMMEND, "recommend")
    _check(data.channel, CHANNELS, "channel", required=True)
    taken = data.taken_at or now
    with db.atomic():
        if not Customer.select().where(Customer.id == data.customer_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), field="customer", id=data.customer_id)
        if data.service_record_id is not None and not ServiceRecord.select().where(
                ServiceRecord.id == data.service_record_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到服务记录 {id}"), id=data.service_record_id)
        if data.delivery_id is not None and not Delivery.select().where(Delivery.id == data.delivery_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到交车记录 {id}"), id=data.delivery_id)
        s = Survey.create(customer=data.customer_id, service_record=data.service_record_id,
                          delivery=data.delivery_id, taken_at=taken, channel=data.channel, overall=data.overall,
                          product_quality=data.product_quality, service_attitude=data.service_attitude,
                          after_sales=data.after_sales, repurchase=data.repurchase, recommend=data.recommend,
                          comments=data.comments.strip(), by_user=actor.id)
        visit = visit_record_id(data.service_record_id) if data.service_record_id else None  # keyed per visit
        subject = (f"survey:s{visit}:" if visit
                   else f"survey:d{data.delivery_id}:" if data.delivery_id else None)
        fulfilled = Reminder.update(status="done", done_at=now, done_by=actor.id,
                                    note=QT_TRANSLATE_NOOP("reminders", "已完成调查"))
        if subject:
            fulfilled.where(Reminder.dedupe_key.startswith(subject), Reminder.status == "open").execute()
        else:  # a survey without its event answers the customer's oldest open survey reminder
            first = (Reminder.select(Reminder.id).where(Reminder.kind == "survey", Reminder.status == "open",
                                                         Reminder.customer == data.customer_id)
                     .order_by(Reminder.due_at).scalar())
            if first:
                fulfilled.where(Reminder.id == first).execute()
        Customer.update(last_activity_at=taken).where(Customer.id == data.customer_id,
                                                      Customer.last_activity_at < taken).execute()
        audit.record(actor, "survey.create", "survey", s.id, at=now, customer=data.customer_id, overall=data.overall,
                     changes=audit.diff({}, audit.fields_of(s)))
        derived.refresh_customer(data.customer_id, today=now.date())
    return list_surveys(actor, survey_id=s.id)[0]


def list_surveys(actor: Actor, customer_id: int | None = None, survey_id: int | None = None,
                 limit: int = 1000) -> list[SurveyRow]:
    """Newest first."""
    require(actor, "survey.read")
    query = (Survey.select(Survey.id, Survey.customer, Customer.name, Survey.taken_at, Survey.channel,
                           Survey.overall, Survey.product_quality, Survey.service_attitude, Survey.after_sales,
                           Survey.repurchase, Survey.recommend, Survey.comments, User.display_name,
                           Survey.service_record, Survey.delivery)
             .join(Customer, on=(Survey.customer == Customer.id))
             .switch(Survey).join(User, JOIN.LEFT_OUTER, on=(Survey.by_user == User.id)))
    if customer_id is not None:
        require_customer(actor, "survey.read", customer_id)
        query = query.where(Survey.customer == customer_id)
    own = own_customers_clause(actor)
    if own is not None:
        query = query.where(own)
    if survey_id is not None:
        query = query.where(Survey.id == survey_id)
    rows = query.order_by(Survey.taken_at.desc(), Survey.id.desc()).limit(limit).tuples()
    return [SurveyRow(*r[:12], r[12] or "", r[13], r[14]) for r in rows]
