"""A small store built by hand where every figure of the October 2026 summary is known (see EXPECTED).

Shared by the KPI service, PDF and CLI tests so the three agree on one set of numbers. Rows are created
directly with the models, so the scenario does not depend on other services' rules.
"""

from __future__ import annotations

import datetime as dt

from dealerdesk.store.models import (
    Complaint,
    Customer,
    CustomerPhone,
    Delivery,
    FollowUp,
    Interaction,
    Lead,
    LevelChange,
    SalesOrder,
    Setting,
    Survey,
    User,
    VehicleModel,
)

MONTH = "2026-10"


def t(month: int, day: int, hour: int = 10, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, 0)


EXPECTED = {
    "new_leads": 4,
    "registered": 3,
    "visits": 4,
    "test_drives": 2,
    "orders": 2,
    "deliveries": 1,
    "defeats": 2,
    "visited_new_leads": 3,
    "visit_rate": 0.75,
    "test_drive_rate": 0.5,
    "close_rate": 0.5,
    "defeat_rate": 0.5,
    "follow_up_compliance": 1 / 3,
}
EXPECTED_PREVIOUS = {"new_leads": 2, "registered": 2, "orders": 0, "defeats": 0, "defeat_rate": None}
EXPECTED_LAST_YEAR = {"new_leads": 1, "registered": 1, "orders": 1, "deliveries": 1, "close_rate": None}
# login → (leads held, follow-ups due, on time, orders, deliveries, defeats)
EXPECTED_CONSULTANTS = {"zhang": (1, 2, 1, 1, 1, 2), "li": (4, 1, 0, 1, 0, 0)}
EXPECTED_INVENTORY = {"星越L": (1, 1, 2), "缤越": (0, 2, 0)}  # (H/A, B/C, D) at 2026-10-01 00:00
# 星越L, target 3 orders; history Jul–Sep: 3 new leads, 1 order, 2 entered H/A (C→A, B→H), both from B/C,
# 2 leads at B/C in the window (none at its start, 2 entered) → rates 1/3, 1/2, 2/2.
EXPECTED_RATES = {"lead_order": 1 / 3, "ha_close": 0.5, "bc_convert": 1.0}
# 1 H/A in stock × 0.5 = 0.5 order; 2.5 missing → 5 new H/A; B/C stock 1 × 1.0 → 1 of them;
# still missing 2.5 − 1 × 0.5 = 2 orders ÷ (1/3) = 6 new leads.
EXPECTED_PLAN = {"order_target": 3, "expected_from_ha": 0.5, "new_ha": 5, "bc_to_ha": 1, "new_leads": 6}
EXPECTED_HOT = 2  # 盖磊 (H) and 尉迟敏 (A)
# 星越L progress at each Monday and the month end: (new leads, new H/A, B/C→H/A, orders)
EXPECTED_PROGRESS = {
    # Monday 5 October 2026 is in 国庆: the review moves to Thursday the 8th (store_calendar.review_days), so
    # l2 (received 5 Oct) and l9's B→H (5 Oct 09:00) count in it
    "2026-10-08": (2, 2, 1, 0),
    "2026-10-12": (2, 2, 1, 1),
    "2026-10-19": (2, 2, 1, 2),
    "2026-10-26": (2, 2, 1, 2),
    "2026-11-01": (2, 2, 1, 2),
}
EXPECTED_COMPLAINTS = {"received": 3, "resolved": 2, "mean_hours_to_resolve": 18.0, "overdue": 2}
EXPECTED_CATEGORIES = {"high_value": 1, "potential": 1, "general": 8}
EXPECTED_TIERS = {"high": 1, "mid": 1, "low": 8}


def _customer(name: str, phone: str | None, **kw) -> Customer:
    c = Customer.create(name=name, **kw)
    if phone:
        CustomerPhone.create(customer=c, phone=phone, digits=phone, is_primary=True)
    return c


def _lead(customer, model, owner, received, level, changes=(), **kw) -> Lead:
    lead = Lead.create(
        customer=customer,
        model=model,
        owner=owner,
        received_at=received,
        level=level,
        created_at=received,
        **kw,
    )
    for at, frm, to in changes:
        LevelChange.create(lead=lead, from_level=frm, to_level=to, changed_at=at, changed_by=owner)
    return lead


def _contact(lead, customer, at, channel, linked=True) -> None:
    Interaction.create(customer=customer, lead=lead if linked else None, at=at, channel=channel)


def _order(lead, customer, model, owner, at, delivered=None) -> None:
    order = SalesOrder.create(
        lead=lead,
        customer=customer,
        model=model,
        ordered_at=at,
        by_user=owner,
        price=150000,
        status="delivered" if delivered else "open",
    )
    if delivered:
        Delivery.create(order=order, lead=lead, customer=customer, delivered_at=delivered, by_user=owner)


def build() -> dict[str, int]:
    """Fill the open store; returns a few ids the tests need."""
    User.create(login="boss", display_name="王经理", role="manager")
    zhang = User.create(login="zhang", display_name="张顾问", role="sales")
    li = User.create(login="li", display_name="李顾问", role="sales")
    m1 = VehicleModel.create(brand="吉利", name="星越L", price=150000)
    m2 = VehicleModel.create(brand="吉利", name="缤越", price=90000)
    Setting.create(key="target.星越L", value="3")
    Setting.create(key="store.name", value='"深圳鹏程吉利4S店"')

    a = _customer("欧阳娜", "13800000001", category="high_value", tier="high")
    b = _customer("覃佘", "13800000002", category="potential", tier="mid")
    c = _customer("褚缪", None)
    d = _customer("尉迟敏", "13800000004")
    e = _customer("解强", "13800000005")
    f = _customer("仇芳", "13800000006")
    g = _customer("区伟", "13800000007")
    h = _customer("查静", "13800000008")
    i = _customer("盖磊", "13800000009")
    j = _customer("冼杰", "13800000010")
    _customer("归档客户", "13800000011", archived=True)

    # October's new leads
    l1 = _lead(
        a,
        m1,
        zhang,
        t(10, 2),
        "D",
        [(t(10, 2), "", "N"), (t(10, 3), "N", "H"), (t(10, 10), "H", "O"), (t(10, 20), "O", "D")],
        status="delivered",
        closed_at=t(10, 20),
    )
    _contact(l1, a, t(10, 3), "visit")
    _contact(l1, a, t(10, 3, 11), "test_drive")
    _order(l1, a, m1, zhang, t(10, 10), delivered=t(10, 20))
    l2 = _lead(
        b,
        m1,
        zhang,
        t(10, 5),
        "B",
        [(t(10, 5), "", "B")],
        status="defeated",
        closed_at=t(10, 15),
        defeat_reason="price",
        defeat_competitor="比亚迪 汉",
    )
    _contact(l2, b, t(10, 6), "visit", linked=False)
    _lead(c, m2, li, t(10, 8), "C", [(t(10, 8), "", "C")])
    l4 = _lead(d, m2, li, t(10, 9), "A", [(t(10, 9), "", "A")])
    _contact(l4, d, t(10, 25), "visit")
    _contact(l4, d, t(10, 25, 11), "test_drive")
    # older leads
    l5 = _lead(e, m1, li, t(9, 10), "O", [(t(9, 10), "", "C"), (t(9, 20), "C", "A"), (t(10, 12), "A", "O")])
    _contact(l5, e, t(10, 4), "visit")
    _order(l5, e, m1, li, t(10, 12))
    _lead(
        f,
        m2,
        zhang,
        t(8, 1),
        "B",
        [(t(8, 1), "", "B")],
        status="defeated",
        closed_at=t(10, 20),
        defeat_reason="bought_elsewhere",
        defeat_competitor="比亚迪 汉",
    )
    l7 = _lead(g, m1, zhang, t(10, 5, year=2025), "D", [], status="delivered", closed_at=t(10, 10, year=2025))
    _order(l7, g, m1, zhang, t(10, 6, year=2025), delivered=t(10, 10, year=2025))
    _lead(h, m2, li, t(7, 1), "C")  # never changed level: C at every moment
    l9 = _lead(i, m1, zhang, t(9, 1), "H", [(t(10, 5, 9), "B", "H")])  # B before its first recorded change
    l10 = _lead(
        j,
        m1,
        zhang,
        t(8, 5),
        "D",
        [(t(8, 5), "", "B"), (t(8, 10), "B", "H"), (t(8, 15), "H", "O"), (t(8, 25), "O", "D")],
        status="delivered",
        closed_at=t(8, 25),
    )
    _order(l10, j, m1, zhang, t(8, 15), delivered=t(8, 25))

    # follow-ups due in October: zhang 1 of 2 on time, li 0 of 1 (the cancelled one does not count)
    FollowUp.create(
        lead=l1,
        customer=a,
        owner=zhang,
        due_at=t(10, 3),
        overdue_at=t(10, 5, 0),
        status="done",
        done_at=t(10, 4),
    )
    FollowUp.create(
        lead=l9,
        customer=i,
        owner=zhang,
        due_at=t(10, 10),
        overdue_at=t(10, 12, 0),
        status="done",
        done_at=t(10, 13),
    )
    FollowUp.create(lead=l4, customer=d, owner=li, due_at=t(10, 11), overdue_at=t(10, 13, 0))
    FollowUp.create(
        lead=l4, customer=d, owner=li, due_at=t(10, 14), overdue_at=t(10, 16, 0), status="cancelled"
    )

    Complaint.create(
        customer=a,
        received_at=t(10, 3, 9),
        resolve_due=t(10, 6),
        resolved_at=t(10, 4, 9),
        status="resolved",
        category="service",
        content="交车等待时间过长",
    )
    Complaint.create(
        customer=b,
        received_at=t(10, 10, 9),
        resolve_due=t(10, 13),
        resolved_at=t(10, 10, 21),
        status="resolved",
    )
    Complaint.create(customer=c, received_at=t(10, 20), resolve_due=t(10, 25), status="open")
    Complaint.create(
        customer=d, received_at=t(9, 28), resolve_due=t(10, 30), resolved_at=t(11, 2), status="resolved"
    )

    Survey.create(
        customer=a, taken_at=t(10, 21), overall="very_satisfied", repurchase="gt70", recommend="very_likely"
    )
    Survey.create(customer=e, taken_at=t(10, 22), overall="satisfied", repurchase="30to70", recommend="maybe")
    Survey.create(customer=g, taken_at=t(10, 23), overall="neutral", repurchase="lt30", recommend="no")
    Survey.create(customer=g, taken_at=t(9, 23), overall="dissatisfied")
    return {"manager": 1, "customer_a": a.id, "hot_customer": i.id}
