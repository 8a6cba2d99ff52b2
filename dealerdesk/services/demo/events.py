"""The demo store's store events (客户活动): four past events with their invitations, replies and check-ins, and
one coming event with invitations still being answered, so the 活动 page, the printed summary and the
monthly report's 客户活动 section have something to show.

The leads an event produced are leads the demo already holds, received on the event's day or within three
days after it: they are given the event as their source (Lead.event, source "event") and their customers are
checked in as walk-ins, so their orders, follow-ups and deliveries stay what the sales demo made them.
Deterministic: its own random stream from the seed, nothing read from the clock.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from dealerdesk.store.models import Customer, Event, EventAttendance, EventInvitation, Lead, User

#: (days from today, hour, kind, name, place, target, invitees)
EVENTS = (
    (-75, 14, "launch", "全新威兰达上市发布会", "展厅", "意向 SUV 的潜在客户与老车主", 60),
    (-40, 10, "test_drive_day", "周末试驾日", "展厅及试驾路线", "近三个月到店未成交的客户", 45),
    (-20, 15, "salon", "车主保养知识讲堂", "二楼客户休息区", "车龄三年以上的车主", 40),
    (-8, 9, "auto_show", "秋季国际车展", "市会展中心 3 号馆", "全部意向客户", 50),
    (10, 14, "owner_party", "年终车主答谢会", "展厅", "高价值客户", 35),
)
REPLIES = (("yes", 0.55), ("maybe", 0.15), ("no", 0.15), ("none", 0.15))
#: the chance an invitee who answered 参加 / 待定 / not at all came on the day
COMES = {"yes": 0.8, "maybe": 0.4, "none": 0.1, "no": 0.0}


def _reply(rng: random.Random) -> str:
    x, acc = rng.random(), 0.0
    for code, p in REPLIES:
        acc += p
        if x < acc:
            return code
    return "none"


def write_events(seed: int, today: date) -> None:
    """The caller holds the store open inside a transaction."""
    rng = random.Random(f"events-{seed}")
    manager = User.select(User.id).where(User.login == "manager01").scalar()
    desk = User.select(User.id).where(User.role == "front_desk", User.technician == False) \
        .order_by(User.login).scalar() or manager
    people = [cid for (cid,) in Customer.select(Customer.id).where(
        Customer.archived == False, Customer.consent == True).order_by(Customer.id).limit(3000).tuples()]
    if len(people) < 50:
        return  # a tiny store: no events demo
    taken: set[int] = set()
    for days, hour, kind, name, place, target, size in EVENTS:
        starts = datetime.combine(today + timedelta(days=days), time(hour))
        created = starts - timedelta(days=21)
        event_id = Event.insert(name=name, kind=kind, starts_at=starts, place=place, target=target, note="",
                                status="planned", created_by=manager, created_at=created,
                                updated_at=created).execute()
        invited = rng.sample(people, min(size, len(people)))
        past = days < 0
        came: list[tuple[int, bool]] = []
        rows = []
        for n, cid in enumerate(invited):
            at = created + timedelta(days=1 + n % 5, hours=n % 7)
            reply = _reply(rng) if past or rng.random() < 0.6 else "none"
            replied = at + timedelta(days=rng.randint(1, 6)) if reply != "none" else None
            if past and rng.random() < COMES[reply]:
                came.append((cid, False))
                if reply != "yes":
                    reply, replied = "yes", starts
            rows.append({"event": event_id, "customer": cid, "invited_by": manager, "invited_at": at,
                         "reply": reply, "replied_at": replied})
        EventInvitation.insert_many(rows).execute()
        if not past:
            continue
        day = datetime.combine(starts.date(), time())
        produced = [(lid, cid) for lid, cid in Lead.select(Lead.id, Lead.customer).where(
            Lead.received_at >= day, Lead.received_at < day + timedelta(days=4), Lead.event.is_null())
            .order_by(Lead.received_at, Lead.id).limit(8).tuples() if cid not in taken]
        if produced:
            Lead.update(event=event_id, source="event").where(Lead.id.in_([lid for lid, _c in produced])).execute()
        invited_set = set(invited)
        came += [(cid, cid not in invited_set) for _lid, cid in produced
                 if cid not in {c for c, _w in came}]
        taken |= {cid for _lid, cid in produced}
        EventAttendance.insert_many([{"event": event_id, "customer": cid, "by_user": desk, "walk_in": walk_in,
                                      "checked_in_at": starts + timedelta(minutes=rng.randint(-20, 90))}
                                     for cid, walk_in in dict(came).items()]).execute()
