"""群发批次 (SMS / WeChat text): a template filled for each customer of a segment, kept as rows, then written
to a file for the store's SMS gateway or for copying into WeChat. Nothing is sent from here.

Why rows before a file (ROADMAP item 2): a later sending channel (an SMS provider, 企业微信) picks up the same
messages and their status; the file is one way out. Each exported message is logged as an interaction, and the
export time is what the recent-contact rule counts from.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from dealerdesk.atomic import atomic_open
from dealerdesk.domain import campaigns as rules
from dealerdesk.domain import labels
from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, own_customers_clause, phones_masked, require
from dealerdesk.services.campaigns._common import audience, chunks, facts, in_ids
from dealerdesk.services.campaigns.segments import get_segment, segment_customer_ids
from dealerdesk.services.store_profile import get_profile
from dealerdesk.services.transfer.export import write_xlsx
from dealerdesk.store.bulk import insert_rows
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, Interaction, Message, MessageBatch, Segment

#: the export file's columns (the SMS gateways take "手机号, 内容")
HEADERS = (QT_TRANSLATE_NOOP("campaigns", "手机号"), QT_TRANSLATE_NOOP("campaigns", "内容"))


@dataclass(frozen=True)
class BatchRow:
    id: int
    name: str
    kind: str
    channel: str
    template: str
    segment_name: str
    planned_for: dt.date | None
    status: str
    created_at: dt.datetime
    exported_at: dt.datetime | None
    size: int
    excluded: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "channel": self.channel,
                "status": self.status, "size": self.size, "excluded": self.excluded,
                "planned_for": self.planned_for.isoformat() if self.planned_for else None}


@dataclass(frozen=True)
class MessageRow:
    id: int
    customer_id: int
    name: str
    phone: str
    text: str
    status: str


def _common_fields(extra: Mapping[str, str] | None) -> dict[str, str]:
    profile = get_profile()
    return {"门店": profile.name, **(extra or {})}


def _row(b: MessageBatch, size: int | None = None) -> BatchRow:
    seg = Segment.get_or_none(Segment.id == b.segment_id) if b.segment_id else None
    if size is None:
        size = Message.select().where(Message.batch == b.id).count()
    return BatchRow(id=b.id, name=b.name, kind=b.kind, channel=b.channel, template=b.template,
                    segment_name=seg.name if seg else "", planned_for=b.planned_for, status=b.status,
                    created_at=b.created_at, exported_at=b.exported_at, size=size,
                    excluded=json.loads(b.excluded) if b.excluded else {})


def preview_text(actor: Actor, template: str, customer_id: int, extra: Mapping[str, str] | None = None,
                 due_date: str = "") -> str:
    """The template filled for one customer (the editor's preview before a batch is made)."""
    require(actor, "campaign.read")
    text = rules.check_template(template, extra=tuple(extra or ()))
    f = facts([customer_id]).get(customer_id)
    if f is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到客户 {id}"), id=customer_id)
    who = rules.Recipient(name=f.name, gender=f.gender, kind=f.kind, plate=f.plate, model=f.model,
                          due_date=due_date, advisor=f.owner_name)
    return rules.render(text, who, _common_fields(extra))


def create_batch(actor: Actor, name: str, template: str, *, channel: str = "sms", segment_id: int | None = None,
                 customer_ids: Sequence[int] | None = None, kind: str = "manual",
                 planned_for: dt.date | None = None, occasion: str | None = None,
                 extra: Mapping[str, str] | None = None, due_dates: Mapping[int, str] | None = None,
                 at: dt.datetime | None = None) -> BatchRow:
    """Render the template for every customer of the segment (or `customer_ids`) who may be messaged; those left
    out are counted by reason. `extra`: fields every message shares (活动日期, 节日); `due_dates`: 到期日 per
    customer (a greeting for a first maintenance)."""
    require(actor, "campaign.write")
    now = (at or dt.datetime.now()).replace(microsecond=0)
    name = (name or "").strip()[:60]
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写批次名称"), field="name")
    if channel not in labels.BATCH_CHANNEL:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的发送方式 {channel}"), field="channel", channel=channel)
    if kind not in labels.BATCH_KIND:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "未知的批次类型 {kind}"), field="kind", kind=kind)
    text = rules.check_template(template, extra=tuple(extra or ()))
    if segment_id is not None:
        get_segment(actor, segment_id)
        ids = segment_customer_ids(actor, segment_id, today=now.date())
    elif customer_ids is not None:
        ids = list(customer_ids)
    else:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请选择客户分组"), field="segment")
    common = _common_fields(extra)
    due_dates = due_dates or {}
    with db.atomic():
        if occasion and MessageBatch.get_or_none(MessageBatch.occasion == occasion) is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "这个问候批次已经生成过了"), field="occasion")
        kept, excluded = audience(ids, now, need_mobile=True)
        batch = MessageBatch.create(name=name, kind=kind, channel=channel, template=text, segment=segment_id,
                                    planned_for=planned_for, occasion=occasion, created_at=now,
                                    created_by=actor.id, excluded=json.dumps(excluded))
        fill = rules.compile_template(text, common)
        rows = [(batch.id, f.id, f.mobile, fill(rules.Recipient(name=f.name, gender=f.gender, kind=f.kind, plate=f.plate,
                                                                 model=f.model, due_date=due_dates.get(f.id, ""),
                                                                 advisor=f.owner_name)), "ready")
                for f in kept]
        insert_rows(Message, [Message.batch, Message.customer, Message.phone, Message.text, Message.status], rows)
        audit.record(actor, "batch.create", "message_batch", batch.id, at=now, name=name, kind=kind,
                     size=len(rows), excluded=excluded)
    return _row(batch, size=len(rows))


def list_batches(actor: Actor, limit: int = 200) -> list[BatchRow]:
    require(actor, "campaign.read")
    batches = list(MessageBatch.select().order_by(MessageBatch.created_at.desc(), MessageBatch.id.desc()).limit(limit))
    sizes: dict[int, int] = {}
    if batches:
        sizes = dict(Message.select(Message.batch, fn.COUNT(Message.id))
                     .where(Message.batch.in_([b.id for b in batches])).group_by(Message.batch).tuples())
    return [_row(b, size=sizes.get(b.id, 0)) for b in batches]


def get_batch(actor: Actor, batch_id: int) -> BatchRow:
    require(actor, "campaign.read")
    b = MessageBatch.get_or_none(MessageBatch.id == batch_id)
    if b is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到群发批次 {id}"), id=batch_id)
    return _row(b)


def batch_messages(actor: Actor, batch_id: int, offset: int = 0, limit: int = 200) -> list[MessageRow]:
    """One page of a batch's messages with the customer's name (the preview list)."""
    require(actor, "campaign.read")
    rows = (Message.select(Message.id, Message.customer, Customer.name, Message.phone, Message.text, Message.status)
            .join(Customer, on=(Message.customer == Customer.id))
            .where(Message.batch == batch_id))
    own = own_customers_clause(actor)  # a consultant previews only their own customers' messages
    if own is not None:
        rows = rows.where(own)
    rows = rows.order_by(Message.id).offset(offset).limit(limit).tuples()
    mask = phones_masked(actor)
    return [MessageRow(id=mid, customer_id=cid, name=name, phone=audit.mask_phone(phone) if mask else phone,
                       text=text, status=status) for mid, cid, name, phone, text, status in rows]


def export_batch(actor: Actor, batch_id: int, path: str | Path, at: dt.datetime | None = None) -> int:
    """Write the batch as .xlsx or .csv (phone, text) under `path`, atomically; the first export logs every
    message as an interaction and starts the recent-contact clock. Returns the number of messages."""
    require(actor, "campaign.write")
    if phones_masked(actor):
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "您看到的电话号码是打码的，不能导出群发文件"))
    now = (at or dt.datetime.now()).replace(microsecond=0)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "群发文件请保存为 .xlsx 或 .csv"), field="path")
    b = MessageBatch.get_or_none(MessageBatch.id == batch_id)
    if b is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到群发批次 {id}"), id=batch_id)
    rows = list(Message.select(Message.id, Message.customer, Message.phone, Message.text, Message.status)
                .where(Message.batch == batch_id).order_by(Message.id).tuples())
    body = [[phone, text] for _, _, phone, text, _ in rows]
    if suffix == ".xlsx":
        write_xlsx(target, list(HEADERS), body, sheet=labels.label(labels.BATCH_CHANNEL, b.channel))
    else:
        with atomic_open(target, "w", newline="", encoding="utf-8-sig") as f:
            writer = csv.writer(f)
            writer.writerow(HEADERS)
            writer.writerows(body)
    fresh = [(mid, cid, text) for mid, cid, _, text, status in rows if status == "ready"]
    kind_label = labels.label(labels.BATCH_KIND, b.kind)
    with db.atomic():
        for part in chunks(fresh, 2000):
            insert_rows(Interaction, [Interaction.customer, Interaction.user, Interaction.at, Interaction.channel,
                                      Interaction.content, Interaction.result, Interaction.place,
                                      Interaction.next_step, Interaction.methods, Interaction.driven_model],
                        [(cid, actor.id, now, b.channel, text, kind_label, "", "", "", "") for _, cid, text in part])
            Message.update(status="exported", sent_at=now).where(in_ids(Message.id, [m for m, _, _ in part])).execute()
            Customer.update(last_activity_at=now).where(in_ids(Customer.id, [c for _, c, _ in part]),
                                                        Customer.last_activity_at < now).execute()
        if b.status != "exported":
            MessageBatch.update(status="exported", exported_at=now).where(MessageBatch.id == batch_id).execute()
        audit.record(actor, "batch.export", "message_batch", batch_id, at=now, rows=len(rows), file=target.name)
        changes.mark(changes.CUSTOMERS)
    return len(rows)


def delete_batch(actor: Actor, batch_id: int) -> None:
    """A batch not yet exported can be thrown away (an exported one is the record of what was sent)."""
    require(actor, "campaign.write")
    with db.atomic():
        b = MessageBatch.get_or_none(MessageBatch.id == batch_id)
        if b is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "找不到群发批次 {id}"), id=batch_id)
        if b.status == "exported":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "已导出的群发批次不能删除"), field="batch")
        b.delete_instance()
        audit.record(actor, "batch.delete", "message_batch", batch_id, name=b.name)
