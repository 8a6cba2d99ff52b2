"""Column specs of the 客户活动 page: the events, an event's invitations, who came, and the hits at the door."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import fmt
from dealerdesk.ui.models.columns import DONE, LATER, RIGHT, Column
from dealerdesk.ui.models.columns.aftersales import list_spec

C = "events"


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


EVENT_SPEC = list_spec("events", C, (
    Column("starts_at", QT_TRANSLATE_NOOP(C, "时间"), lambda r: fmt(r.starts_at), width=130),
    Column("name", QT_TRANSLATE_NOOP(C, "活动"), lambda r: r.name, width=200),
    Column("kind", QT_TRANSLATE_NOOP(C, "类型"), lambda r: ui_labels.text(labels.EVENT_KIND, r.kind), width=80),
    Column("place", QT_TRANSLATE_NOOP(C, "地点"), lambda r: r.place, width=140),
    Column("invited", QT_TRANSLATE_NOOP(C, "邀请"), lambda r: r.invited, align=RIGHT, width=50),
    Column("attended", QT_TRANSLATE_NOOP(C, "到场"), lambda r: r.attended, align=RIGHT, width=50),
    Column("status", QT_TRANSLATE_NOOP(C, "状态"), lambda r: ui_labels.text(labels.EVENT_STATUS, r.status), width=60),
), state=lambda r: LATER if r.status == "cancelled" else "")

INVITATION_SPEC = list_spec("event_invitations", C, (
    Column("name", QT_TRANSLATE_NOOP(C, "客户"), lambda r: r.name, width=90),
    Column("phone", QT_TRANSLATE_NOOP(C, "电话"), lambda r: r.phone, width=110),
    Column("owner", QT_TRANSLATE_NOOP(C, "销售顾问"), lambda r: r.owner_name, width=80),
    Column("reply", QT_TRANSLATE_NOOP(C, "回复"), lambda r: ui_labels.text(labels.EVENT_REPLY, r.reply), width=70),
    Column("replied_at", QT_TRANSLATE_NOOP(C, "回复时间"), lambda r: fmt(r.replied_at), width=120),
    Column("checked_in", QT_TRANSLATE_NOOP(C, "签到"), lambda r: fmt(r.checked_in_at) if r.checked_in_at else "",
           width=120),
    Column("invited_by", QT_TRANSLATE_NOOP(C, "邀请人"), lambda r: r.invited_by, width=80),
), state=lambda r: DONE if r.checked_in_at else (LATER if r.reply == "no" else ""))

ATTENDEE_SPEC = list_spec("event_attendees", C, (
    Column("checked_in_at", QT_TRANSLATE_NOOP(C, "签到时间"), lambda r: fmt(r.checked_in_at), width=120),
    Column("name", QT_TRANSLATE_NOOP(C, "客户"), lambda r: r.name, width=90),
    Column("phone", QT_TRANSLATE_NOOP(C, "电话"), lambda r: r.phone, width=110),
    Column("owner", QT_TRANSLATE_NOOP(C, "销售顾问"), lambda r: r.owner_name, width=80),
    Column("walk_in", QT_TRANSLATE_NOOP(C, "身份"), lambda r: tr("现场来宾") if r.walk_in else tr("受邀"), width=70),
    Column("by", QT_TRANSLATE_NOOP(C, "签到人"), lambda r: r.checked_in_by, width=80),
))


def _door_status(d) -> str:
    if d.checked_in:
        return tr("已签到")
    if d.invited:
        return tr("受邀·{reply}").format(reply=ui_labels.text(labels.EVENT_REPLY, d.reply))
    return tr("未受邀")


DOOR_SPEC = list_spec("event_door", C, (
    Column("name", QT_TRANSLATE_NOOP(C, "客户"), lambda d: d.hit.name, width=90),
    Column("phone", QT_TRANSLATE_NOOP(C, "电话"), lambda d: d.hit.phone, width=110),
    Column("plate", QT_TRANSLATE_NOOP(C, "车牌"), lambda d: d.hit.plate, width=90),
    Column("owner", QT_TRANSLATE_NOOP(C, "销售顾问"), lambda d: d.hit.owner_name, width=80),
    Column("status", QT_TRANSLATE_NOOP(C, "状态"), _door_status, width=100),
), state=lambda d: DONE if d.checked_in else "")

#: the search hits when inviting by hand
HIT_SPEC = list_spec("event_hits", C, (
    Column("name", QT_TRANSLATE_NOOP(C, "客户"), lambda h: h.name, width=90),
    Column("phone", QT_TRANSLATE_NOOP(C, "电话"), lambda h: h.phone, width=110),
    Column("plate", QT_TRANSLATE_NOOP(C, "车牌"), lambda h: h.plate, width=90),
    Column("owner", QT_TRANSLATE_NOOP(C, "销售顾问"), lambda h: h.owner_name, width=80),
))
