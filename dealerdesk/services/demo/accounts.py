"""Demo store, key accounts and member points: a handful of company customers made key accounts with visits
(some overdue, some today, some ahead) and their own targets, and customers with points earned from their
purchases and service visits, a few spends, and the tiers the rule gives.

Why rows and not the use cases: as demo/reception.py, the demo must be the same for the same seed and the
use cases stamp the wall clock; these are the rows the use cases would have written at the times given.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from dealerdesk.domain import key_accounts as ka_rules
from dealerdesk.domain import loyalty
from dealerdesk.store.models import (ContactPerson, Customer, KeyAccount, KeyAccountVisit, Member, PointsEntry,
                                     Purchase, ServiceRecord, User)

KEY_ACCOUNTS = 8
MEMBERS = 300
TOPICS = [("年度用车计划沟通", "明年计划更新 3–5 台，等预算批复", "下月带方案再访"),
          ("车队保养合同续签", "同意续签一年，要求工时 9 折", "报价并走合同审批"),
          ("新车型试驾邀请", "采购部两人报名周末试驾", "确认试驾时间"),
          ("旧车置换评估", "8 台旧车想置换，等评估报告", "安排评估师上门"),
          ("节日拜访", "送台历，聊了用车满意度", "按计划回访")]


def write_accounts(seed: int, today: date) -> None:
    """Key accounts with contacts' visits, and member points; called inside a transaction by demo/build.py."""
    rng = random.Random(f"accounts-{seed}")
    sales = [uid for (uid,) in User.select(User.id).where(User.role == "sales", User.active == True)
             .order_by(User.id).tuples()]
    companies = [cid for (cid,) in Customer.select(Customer.id).where(Customer.kind == "company")
                 .order_by(Customer.id).limit(KEY_ACCOUNTS).tuples()]
    settings: dict[str, object] = {}
    for i, cid in enumerate(companies):
        grade = "ABC"[i % 3]
        manager = sales[i % len(sales)] if sales else None
        created = datetime.combine(today - timedelta(days=200 + 10 * i), time(9))
        acc = KeyAccount.create(customer=cid, grade=grade, manager=manager, year_target=rng.choice((6, 12, 24)),
                                month_target=rng.choice((1, 2)), created_at=created)
        contacts = list(ContactPerson.select(ContactPerson.id, ContactPerson.name)
                        .where(ContactPerson.customer == cid).tuples())
        interval = ka_rules.visit_days(grade, settings)
        day = created.date()
        for _ in range(rng.randint(2, 4)):
            topic, result, step = rng.choice(TOPICS)
            contact = rng.choice(contacts) if contacts else (None, "前台接待")
            nxt = day + timedelta(days=interval)
            if nxt >= today:
                break
            KeyAccountVisit.create(account=acc.id, planned_on=day, visited_on=day, user=manager, contact=contact[0],
                                   contact_name=contact[1], topic=topic, result=result, next_step=step,
                                   next_visit_on=nxt, created_at=datetime.combine(day, time(17)))
            day = nxt + timedelta(days=rng.randint(0, 20))
        if i >= 3:  # the others were visited a few days ago, so this month has visits done too
            recent = today - timedelta(days=i)
            topic, result, step = rng.choice(TOPICS)
            contact = rng.choice(contacts) if contacts else (None, "前台接待")
            KeyAccountVisit.create(account=acc.id, planned_on=recent, visited_on=recent, user=manager,
                                   contact=contact[0], contact_name=contact[1], topic=topic, result=result,
                                   next_step=step, next_visit_on=recent + timedelta(days=interval),
                                   created_at=datetime.combine(recent, time(17)))
            day = recent
        # the open plan: the first two overdue, one due today, the rest after their recent visit
        planned = today - timedelta(days=5 + i) if i < 2 else today if i == 2 else day + timedelta(days=interval)
        KeyAccountVisit.create(account=acc.id, planned_on=planned, user=manager,
                               created_at=datetime.combine(min(day, today), time(17)))
    _write_points(rng, today)


def _write_points(rng: random.Random, today: date) -> None:
    rules = loyalty.PointsPolicy.from_settings({})
    start = today - timedelta(days=700)
    earned: dict[int, list[tuple[datetime, str, int, str]]] = {}
    for cid, day, price, model in (Purchase.select(Purchase.customer, Purchase.purchased_on, Purchase.price,
                                                    Purchase.model_name)
                                   .where(Purchase.purchased_on >= start, Purchase.elsewhere == False)
                                   .order_by(Purchase.id).limit(MEMBERS).tuples()):
        earned.setdefault(cid, []).append((datetime.combine(day, time(16)), "purchase", rules.for_purchase(price),
                                           model))
    for cid, day, parts, labour in (ServiceRecord.select(ServiceRecord.customer, ServiceRecord.service_date,
                                                         ServiceRecord.parts_cost, ServiceRecord.labour_cost)
                                    .where(ServiceRecord.customer.in_(list(earned)), ServiceRecord.service_date >= start,
                                           ServiceRecord.service_date <= today)
                                    .order_by(ServiceRecord.id).tuples()):
        earned[cid].append((datetime.combine(day, time(15)), "service", rules.for_service(parts + labour), "保养维修"))
    rows, members = [], []
    for cid in sorted(earned):
        lots = sorted(earned[cid])
        if rng.random() < 0.2:
            lots.append((lots[-1][0] + timedelta(days=1), "event", rules.event, "车主沙龙"))
        total = 0
        for at, reason, pts, ref in lots:
            if pts > 0:
                rows.append({"customer": cid, "at": at, "reason": reason, "points": pts, "ref": ref[:60],
                             "expires_on": rules.expires_on(at.date()), "yuan": 0})
                total += pts
        balance = loyalty.balance([loyalty.Entry(r["at"], r["points"], r["reason"], r["expires_on"])
                                   for r in rows if r["customer"] == cid], today)
        if balance >= 1000 and rng.random() < 0.15:
            spend = balance // 3 // 100 * 100
            at = datetime.combine(today - timedelta(days=rng.randint(1, 90)), time(11))
            rows.append({"customer": cid, "at": max(at, lots[-1][0] + timedelta(hours=1)), "reason": "spend",
                         "points": -spend, "ref": "结算抵扣", "expires_on": None,
                         "yuan": rules.yuan_for(spend)})
        tier = rules.tier_for(total)
        if tier != loyalty.TIERS[0]:
            members.append({"customer": cid, "tier": tier, "by_hand": False, "since": lots[-1][0]})
    for start_at in range(0, len(rows), 500):
        PointsEntry.insert_many(rows[start_at:start_at + 500]).execute()
    if members:
        Member.insert_many(members).execute()
