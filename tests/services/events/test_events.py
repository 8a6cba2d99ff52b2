"""客户活动 (services/events): events, invitations and replies, the check-in at the door, walk-ins registered on
the spot with the event as their lead's source, and the results counted against a hand count."""
from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from dealerdesk.services import events as ev
from dealerdesk.services.customers.listing import CustomerFilter
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import leads
from dealerdesk.services.sales.walk_in import WalkInInput
from dealerdesk.store.models import (
    Appointment,
    AuditLog,
    EventAttendance,
    EventInvitation,
    Interaction,
    Lead,
    VehicleModel,
)
from tests.factories import make_user

DAY = dt.datetime(2026, 9, 19, 14, 0)  # a Saturday afternoon launch
BEFORE = DAY - dt.timedelta(days=10)


@pytest.fixture
def shop(store):
    desk = make_user("desk", "前台小周", "front_desk")
    li = make_user("li", "李顾问", "sales")
    boss = make_user("boss", "王经理", "manager")
    svc = make_user("svc", "服务顾问", "service_advisor")
    suv = VehicleModel.create(brand="示例", name="途岳 SUV", price=200000).id
    people = [create_customer(boss, CustomerInput(name=n, phones=[p], city=c, owner_id=li.id, consent=ok)).id
              for n, p, c, ok in (("张三", "13800000001", "广州", True), ("李四", "13800000002", "广州", True),
                                  ("王五", "13800000003", "深圳", True), ("赵六", "13800000004", "广州", True),
                                  ("钱八", "13800000008", "广州", False))][:4]
    event = ev.create_event(boss, ev.records.EventInput(name="途岳上市发布会", kind="launch", starts_at=DAY,
                                                        place="展厅", target="广州的意向客户"), at=BEFORE)
    return {"desk": desk, "li": li, "boss": boss, "svc": svc, "suv": suv, "people": people, "event": event.id}


def test_create_edit_cancel_and_list(shop):
    boss = shop["boss"]
    row = ev.get_event(boss, shop["event"])
    assert (row.name, row.kind, row.starts_at, row.place, row.status) == ("途岳上市发布会", "launch", DAY, "展厅", "planned")
    ev.update_event(boss, row.id, ev.records.EventInput(name="途岳上市会", kind="launch", starts_at=DAY,
                                                        place="二楼展厅"), at=BEFORE)
    assert ev.get_event(boss, row.id).place == "二楼展厅"
    assert [e.id for e in ev.list_events(boss, start=DAY - dt.timedelta(days=1), end=DAY + dt.timedelta(days=1))] \
        == [row.id]
    ev.cancel_event(boss, row.id, "场地冲突", at=BEFORE)
    assert ev.get_event(boss, row.id).status == "cancelled"
    with pytest.raises(Conflict):
        ev.invite(boss, row.id, shop["people"][:1])
    actions = [a for (a,) in AuditLog.select(AuditLog.action).where(AuditLog.entity == "event").tuples()]
    assert actions == ["event.create", "event.update", "event.cancel"]


def test_bad_input_is_refused_with_the_field(shop):
    with pytest.raises(InvalidInput) as e:
        ev.create_event(shop["boss"], ev.records.EventInput(name=" ", kind="launch", starts_at=DAY))
    assert e.value.field == "name"
    with pytest.raises(InvalidInput) as e:
        ev.create_event(shop["boss"], ev.records.EventInput(name="x", kind="party", starts_at=DAY))
    assert e.value.field == "kind"


def test_permissions_follow_the_matrix(shop):
    with pytest.raises(PermissionDenied):
        ev.create_event(shop["svc"], ev.records.EventInput(name="x", kind="salon", starts_at=DAY))
    with pytest.raises(PermissionDenied):
        ev.list_events(shop["svc"])
    ev.invite(shop["desk"], shop["event"], shop["people"][:1], at=BEFORE)  # the front desk may invite


def test_invite_by_hand_and_from_a_filter_once_each(shop):
    boss, event, people = shop["boss"], shop["event"], shop["people"]
    first = ev.invite(boss, event, [people[0], people[0], 999_999], at=BEFORE)
    assert (first.invited, first.already, first.skipped) == (1, 0, 1)
    second = ev.invite_filtered(boss, event, CustomerFilter(city="广州"), at=BEFORE)
    # 张三 was already invited; 王五 lives in 深圳; 钱八 did not consent to be contacted (PIPL)
    assert (second.invited, second.already, second.no_consent) == (2, 1, 1)
    assert sorted(r.customer_id for r in ev.list_invitations(boss, event)) == sorted([people[0], people[1], people[3]])
    # each invitation is a line in the customer's history
    assert Interaction.select().where(Interaction.content.startswith("邀请参加活动")).count() == 3
    ev.uninvite(boss, event, people[3], at=BEFORE)
    assert len(ev.list_invitations(boss, event)) == 2
    with pytest.raises(NotFound):
        ev.uninvite(boss, event, people[3])


def test_replies_are_recorded_and_filtered(shop):
    boss, event, people = shop["boss"], shop["event"], shop["people"]
    ev.invite(boss, event, people[:3], at=BEFORE)
    row = ev.record_reply(boss, event, people[0], "yes", at=BEFORE + dt.timedelta(days=1))
    assert (row.reply, row.replied_at) == ("yes", BEFORE + dt.timedelta(days=1))
    ev.record_reply(boss, event, people[1], "no", at=BEFORE)
    assert [r.customer_id for r in ev.list_invitations(boss, event, reply="yes")] == [people[0]]
    with pytest.raises(InvalidInput):
        ev.record_reply(boss, event, people[2], "perhaps")
    with pytest.raises(NotFound):
        ev.record_reply(boss, event, people[3], "yes")


def test_door_search_puts_invitees_first_and_check_in_is_once(shop):
    desk, event, people = shop["desk"], shop["event"], shop["people"]
    ev.invite(shop["boss"], event, [people[1]], at=BEFORE)
    hits = ev.find_at_door(desk, event, "0002")  # the last digits of 李四's phone
    assert hits[0].hit.id == people[1] and hits[0].invited and not hits[0].checked_in
    done = ev.check_in(desk, event, people[1], at=DAY)
    assert not done.walk_in and not done.already
    again = ev.check_in(desk, event, people[1], at=DAY + dt.timedelta(minutes=5))
    assert again.already and again.checked_in_at == DAY
    assert EventAttendance.select().count() == 1
    # whoever came has said yes
    assert EventInvitation.get(EventInvitation.customer == people[1]).reply == "yes"
    # not invited: checked in as a walk-in
    assert ev.check_in(desk, event, people[2], at=DAY).walk_in
    assert [(a.name, a.walk_in) for a in ev.attendees(desk, event)] == [("李四", False), ("王五", True)]


def test_walk_in_at_the_event_opens_a_lead_naming_the_event(shop):
    desk, event = shop["desk"], shop["event"]
    data = WalkInInput(customer=CustomerInput(name="孙七", phones=["13900000007"]), model_id=shop["suv"],
                       owner_id=shop["li"].id, methods=("visit", "test_drive"), level="B")
    result = ev.register_walk_in(desk, event, data, at=DAY + dt.timedelta(minutes=30))
    lead = Lead.get_by_id(result.lead_id)
    assert (lead.event_id, lead.source, lead.customer.source) == (event, "event", "event")
    attendance = EventAttendance.get(EventAttendance.customer == result.customer_id)
    assert attendance.walk_in
    assert Interaction.get_by_id(result.interaction_id).place == "展厅"
    assert AuditLog.select().where(AuditLog.action == "event.walk_in").count() == 1


def test_walk_in_for_a_customer_with_an_open_lead_keeps_that_leads_source(shop):
    boss, event, people = shop["boss"], shop["event"], shop["people"]
    old = leads.create_lead(boss, leads.LeadInput(customer_id=people[0], source="phone_in"), at=BEFORE)
    result = ev.register_walk_in(shop["desk"], event, WalkInInput(customer_id=people[0]), at=DAY)
    assert result.lead_id == old.id and not result.new_lead
    assert Lead.get_by_id(old.id).event_id is None
    assert EventAttendance.select().where(EventAttendance.customer == people[0]).exists()


def test_results_equal_a_hand_count(shop):
    """Invite three, two say yes, two come, one walk-in registers with a test drive and orders; an invitee
    orders within 30 days on an older lead, another after 31 days; an attendee books a service visit."""
    boss, desk, li, event, people = shop["boss"], shop["desk"], shop["li"], shop["event"], shop["people"]
    zhang, li4, wang, zhao = people
    ev.invite(boss, event, [zhang, li4, wang], at=BEFORE)
    ev.record_reply(boss, event, zhang, "yes", at=BEFORE)
    ev.record_reply(boss, event, li4, "maybe", at=BEFORE)
    ev.record_reply(boss, event, wang, "no", at=BEFORE)
    ev.check_in(desk, event, zhang, at=DAY)
    ev.check_in(desk, event, li4, at=DAY)
    walk = ev.register_walk_in(desk, event, WalkInInput(
        customer=CustomerInput(name="孙七", phones=["13900000007"]), model_id=shop["suv"], owner_id=li.id,
        methods=("visit", "test_drive"), level="H"), at=DAY)
    # the walk-in's lead orders two weeks later: an order of the event's leads
    leads.record_order(li, walk.lead_id, leads.OrderInput(model_id=shop["suv"], price=199000),
                       at=DAY + dt.timedelta(days=14))
    # 张三 (attendee) orders 20 days later on a lead opened before: an attendee's order in the window
    zl = leads.create_lead(boss, leads.LeadInput(customer_id=zhang, owner_id=li.id, level="A"), at=BEFORE)
    leads.record_order(li, zl.id, leads.OrderInput(model_id=shop["suv"], price=190000),
                       at=DAY + dt.timedelta(days=20))
    # 李四 (attendee) orders 40 days later: outside the window; 赵六 (never came) orders the same day: not counted
    for cid, days in ((li4, 40), (zhao, 1)):
        lid = leads.create_lead(boss, leads.LeadInput(customer_id=cid, owner_id=li.id, level="H"), at=BEFORE).id
        leads.record_order(li, lid, leads.OrderInput(model_id=shop["suv"], price=150000),
                           at=DAY + dt.timedelta(days=days))
    # service bookings: 李四 books within the window, 张三 books and cancels, 赵六 is not an attendee
    for cid, status in ((li4, "booked"), (zhang, "cancelled"), (zhao, "booked")):
        Appointment.create(customer=cid, start=DAY + dt.timedelta(days=8), created_at=DAY + dt.timedelta(days=3),
                           status=status)

    got = ev.event_results(boss, event)
    hand = {"invited": 3, "replied": 3, "replied_yes": 2,  # 李四's 待定 became 参加 at the check-in
            "attended": 3, "walk_ins": 1, "leads": 1, "test_drives": 1, "orders": 2, "service_bookings": 1}
    assert {k: getattr(got, k) for k in hand} == hand
    assert got.to_json()["date"] == "2026-09-19"


def test_coming_to_an_event_earns_the_attendance_points_once(shop):
    from dealerdesk.services.settings import set_setting
    from dealerdesk.store.models import PointsEntry

    set_setting(shop["boss"], "points.event", 80)
    desk, event, people = shop["desk"], shop["event"], shop["people"]
    ev.check_in(desk, event, people[0], at=DAY)
    ev.check_in(desk, event, people[0], at=DAY + dt.timedelta(minutes=3))  # twice at the door: one attendance
    rows = list(PointsEntry.select().where(PointsEntry.customer == people[0]))
    assert [(r.reason, r.points, r.ref) for r in rows] == [("event", 80, "途岳上市发布会")]
    set_setting(shop["boss"], "points.event", 0)  # 0: the store gives no attendance points
    ev.check_in(desk, event, people[1], at=DAY)
    assert not PointsEntry.select().where(PointsEntry.customer == people[1]).exists()
