"""Demo store, sales: a lead's story (reception, graded contacts, visit, test drive, order, delivery or defeat).

Why the story is told this way: every logged contact is an interaction and the follow-up it completes,
made together; a consultant logs a few routine contacts per lead (about two to four in all, as real
stores do — not one per cadence day), and a lead that stays quiet past its contact budget is given up at
what would have been its next contact. Cadences and due times come from domain.levels, so the due list
of the demo is what the app itself would plan. Mixed into demo/people.Batch.

Why these rates (issue 22): a real store converts or still works most of a month's leads; its defeats are
about 30–50 % of the leads it closes (orders + defeats). A lead that neither orders soon nor is given up stays in
the consultant's pool (保有潜客) for three weeks to two and a half months (C buys in 2–3 months), called at its level's cadence
and cooling towards C, and then orders or is given up; a lead about to order is graded H a few days before
(so the hot list has its H part).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from dealerdesk.domain import reminders
from dealerdesk.domain.levels import DEFEAT_REASONS, Level, next_follow_up
from dealerdesk.services.aftersales.reminders import LOOKBACK_DAYS
from dealerdesk.services.demo import data as dd
from dealerdesk.services.demo.data import (
    T_DELIVERY,
    T_FOLLOW_UP,
    T_INTERACTION,
    T_LEAD,
    T_LEVEL,
    T_ORDER,
    Cust,
)

#: why a level changed, per event of a lead's story
WHY = {"first": "首次联系后定级", "contact": "跟进后调整级别", "visit": "到店看车", "test_drive": "试驾后意向提升",
       "order": "签订购车合同", "hot": "车型、预算、付款方式已确定", "deliver": "新车交付", "cancel": "客户退订"}
#: routine contacts a consultant logs at N/C/B/A before giving a quiet lead up (milestones come on top)
CONTACT_BUDGET = [(0, 20), (1, 35), (2, 30), (3, 15)]
UPGRADE = {"C": "B", "B": "A"}
COOL = {"A": "B", "B": "C"}  # a pooled lead that does not decide cools down
#: of the leads that do not order soon, the share given up within weeks; the others stay in the pool
DEFEAT_SHARE = 0.24
LATE_ORDER_SHARE = 0.6  # of the pooled leads, the share that orders in the end
LEVELS = {lv.value: lv for lv in Level}


class SalesStories:
    """Lead generation; needs the Batch's rng, ids, staff and policies."""

    def due(self, level: str, last: datetime):
        """next_follow_up of the domain, remembered per (level, day) — per half day for N (its only input)."""
        if level == "N":
            key = (level, last.date(), last.time() < self.fpolicy.noon)
        else:
            key = (level, last.date())
        dues = self.shared.dues
        window = dues.get(key)
        if window is None:
            window = dues[key] = next_follow_up(LEVELS[level], last, self.fpolicy)
        return window

    def contact(self, c: Cust, lid: int, owner: int, at: datetime, channel: str, content: str, result: str,
                place: str, kind: str, level: str, due) -> int:
        """One logged contact: the interaction and, when `due` is given, the follow-up it completes."""
        iid = self.interaction(c, lid, owner, at, channel, content, result, place)
        if due is not None:
            self.add(T_FOLLOW_UP, lid, c.id, owner, kind, level, due.due_at, due.overdue_at, "done", None, at,
                     owner, iid)
        return iid

    def interaction(self, c: Cust, lid: int | None, user: int, at: datetime, channel: str, content: str,
                    result: str = "", place: str = "") -> int:
        c.last_act = max(c.last_act, at)
        if channel == "visit" or channel == "test_drive":
            day = at.date()
            if c.last_visit is None or day > c.last_visit:
                c.last_visit = day
        return self.add(T_INTERACTION, c.id, lid, user, at, channel, place, content, result, "")

    def lead(self, c: Cust, received: datetime, source: str) -> None:
        """A lead's story: contacts at the level's cadence, visit, test drive, order, delivery or defeat.

        The story stops at `now`; a lead still open then — or waiting for a manager to approve its defeat,
        which keeps it on the consultant's list — gets its one planned follow-up from the rules.
        """
        rng, ri, now, add, put = self.rng, self.ri, self.now, self.add, self.put
        rnd, weighted, work_time = rng.random, dd.weighted, self.work_time

        def choice(seq):  # rng.choice without its checks (hot)
            return seq[int(rnd() * len(seq))]

        lid, owner = self.reserve(T_LEAD), c.owner
        midx = dd.model_index(rng)
        model_name, _seg, guide, *_ = dd.MODELS[midx]
        payment = weighted(rng, dd.PAYMENTS)
        walk_in = source == "walk_in"
        visit = walk_in or rnd() < 0.4
        drive = visit and rnd() < 0.65
        order = visit and rnd() < (0.6 if drive else 0.3)
        pooled = not order and rnd() >= DEFEAT_SHARE
        budget = weighted(rng, CONTACT_BUDGET)
        events: list[tuple[datetime, str]] = []
        if not walk_in:
            events.append((received + timedelta(minutes=ri(20, 1300)), "first"))
        t = received
        if visit:
            t = received if walk_in else work_time(received.date() + timedelta(days=ri(2, 25)))
            events.append((t, "visit"))
        if drive:
            t = t + timedelta(minutes=40) if rnd() < 0.65 else work_time(t.date() + timedelta(days=ri(2, 10)))
            events.append((t, "test_drive"))
        decide = t
        if pooled:  # worked for weeks or months, then it orders or is given up
            decide = max(received + timedelta(days=ri(21, 75)), t + timedelta(days=ri(7, 21)))
            order = rnd() < LATE_ORDER_SHARE
            if order and not visit:
                visit = True
                t = work_time(decide.date() - timedelta(days=ri(3, 12)))
                events.append((t, "visit"))
            if not order:
                budget += 2  # called a little longer before it is given up
                if not visit and rnd() < 0.6:  # came to look, did not decide
                    visit = True
                    t = work_time(max(decide - timedelta(days=ri(7, 20)), events[-1][0] + timedelta(days=1)).date())
                    events.append((t, "visit"))
        deliver = order and rnd() < 0.9
        if order:
            t = work_time((decide if pooled else t + timedelta(days=ri(1, 10))).date())
            hot = work_time(t.date() - timedelta(days=ri(1, 2)))
            if hot > events[-1][0]:  # decided a few days before signing: graded H, called daily
                events.append((hot, "hot"))
            events.append((t, "order"))
            t = work_time(t.date() + timedelta(days=ri(5, 20) if deliver else ri(3, 20)))
            events.append((t, "deliver" if deliver else "cancel"))
        else:
            give_up = (decide if pooled
                       else t + timedelta(days=ri(10, 45)) if visit  # consultants give up in weeks
                       else received + timedelta(days=ri(12, 60)))
            events.append((work_time(give_up.date()), "defeat"))
        self.level_change(lid, "", "N", received, choice(self.desk) if rnd() < 0.5 else owner, "新线索")
        level, status, last, contacted = "N", "open", received, False
        order_id = closed = ordered_at = price = None
        defeat = ("", "", "", None, None, None)
        cadences = self.fpolicy.cadences
        i, n_events = 0, len(events)
        while i < n_events or contacted:
            at, kind = events[i] if i < n_events else (None, "")
            if contacted and level != "N":
                low, high = cadences[LEVELS[level]]
                cadence_at = work_time(last.date() + timedelta(days=ri(low, high + 2)))
                if at is None or cadence_at < at:
                    if level in "CBA" and kind == "defeat":
                        if budget <= 0:  # a quiet lead is given up at its next contact
                            at = cadence_at
                        else:
                            at, kind = cadence_at, "contact"
                            budget -= 1
                    else:
                        at, kind = cadence_at, "contact"
            if at is None or at >= now:
                break
            if kind != "contact":
                i += 1
            # a walk-in's first visit is its reception, not a follow-up
            due = self.due(level, last) if contacted or not walk_in else None
            if kind == "first":
                new = weighted(rng, dd.FIRST_GRADES)
                self.contact(c, lid, owner, at, "phone", choice(dd.CALL_TEXTS), f"定级 {new}", "", "follow_up",
                             level, due)
            elif kind == "contact":
                self.contact(c, lid, owner, at, weighted(rng, dd.CONTACT_CHANNELS), choice(dd.CALL_TEXTS), "已跟进",
                             "", "follow_up", level, due)
                if pooled:  # still worked, not deciding: cools towards C
                    new = COOL.get(level, level) if rnd() < 0.35 else level
                else:
                    new = UPGRADE.get(level, level) if rnd() < 0.08 else level
            elif kind == "hot":
                self.contact(c, lid, owner, at, weighted(rng, dd.CONTACT_CHANNELS), choice(dd.CALL_TEXTS),
                             "车型、预算、付款方式已确定", "", "follow_up", level, due)
                new = "H"
            elif kind == "visit":
                new = "B" if level in ("N", "C") else level
                self.contact(c, lid, owner, at, "visit", choice(dd.VISIT_TEXTS), "到店", "展厅", "follow_up", level,
                             due)
            elif kind == "test_drive":
                new = "A" if level in ("N", "C", "B") else level
                self.contact(c, lid, owner, at, "test_drive", choice(dd.DRIVE_TEXTS), "试驾", "试驾路线",
                             "follow_up", level, due)
            elif kind == "order":
                if level != "H":
                    self.level_change(lid, level, "H", at - timedelta(hours=1), owner, "车型、预算、付款方式已确定")
                    level = "H"
                    due = self.due(level, last) if due is not None else None
                new, status = "O", "open"
                self.contact(c, lid, owner, at, "visit", dd.ORDER_TEXT, "签约", "展厅", "follow_up", level, due)
                order_id = self.reserve(T_ORDER)
                price = guide - 500 * int(rnd() * (guide // 6000 + 1))
                ordered_at = at
            elif kind == "deliver":
                new, status, closed = "D", "delivered", at
                self.contact(c, lid, owner, at, "visit", dd.DELIVERY_TEXT, "交车", "交车区", "follow_up", level,
                             due)
                vid = self.vehicle(c, at.date(), midx, order_id, price, payment)
                did = add(T_DELIVERY, order_id, lid, c.id, vid, at, owner)
                put(T_ORDER, order_id, lid, c.id, midx + 1, price, payment, ordered_at, owner, "delivered", "", None)
                self.after_delivery(c, lid, did, at)
            elif kind == "cancel":
                reason = choice(dd.CANCEL_REASONS)
                new, status, closed = "T", "cancelled", at
                self.contact(c, lid, owner, at, "phone", f"客户退订：{reason}", "退订", "", "follow_up", level, due)
                put(T_ORDER, order_id, lid, c.id, midx + 1, price, payment, ordered_at, owner, "cancelled", reason, at)
            else:  # defeat: the call in which the consultant applies for it is a logged contact
                reason = weighted(rng, dd.DEFEAT_SHARES)
                rival = choice(dd.COMPETITORS) if reason in ("bought_elsewhere", "price", "product") else ""
                decided = at + timedelta(days=ri(1, 3))
                pending = decided >= now
                status = "defeat_pending" if pending else "defeated"
                closed = None if pending else decided
                defeat = (reason, rival, dd.DEFEAT_NOTES[reason], at, None if pending else decided,
                          None if pending else self.managers[0])
                self.contact(c, lid, owner, at, "phone", f"战败申请：{DEFEAT_REASONS[reason]}，"
                             f"{dd.DEFEAT_NOTES[reason]}", "申请战败", "", "follow_up", level, due)
                if reason == "bought_elsewhere" and not pending:
                    c.bought_elsewhere = decided.date()
                new = level
            if new != level:
                self.level_change(lid, level, new, at, owner, WHY[kind])
                level = new
            last, contacted = at, True
            if status != "open":
                break
        nxt = None
        if status in ("open", "defeat_pending") and level in "NCBAH":
            c.open_level = level
        if status in ("open", "defeat_pending"):  # the consultant's list keeps a pending defeat until approved
            due = self.due(level, last)
            nxt = due.due_at
            add(T_FOLLOW_UP, lid, c.id, owner, "follow_up", level, due.due_at, due.overdue_at, "planned", None, None,
                None, None)
            if level == "O":
                put(T_ORDER, order_id, lid, c.id, midx + 1, price, payment, ordered_at, owner, "open", "", None)
        elif status == "delivered" and now - closed < timedelta(hours=self.fpolicy.post_delivery_hours):
            nxt = closed
        rivals = "、".join(rng.sample(dd.COMPETITORS, ri(0, 2)))
        others = dd.MODELS[int(rnd() * len(dd.MODELS))][0] if rnd() < 0.3 else ""
        put(T_LEAD, lid, c.id, owner, source, level, status, midx + 1, others if others != model_name else "",
            weighted(rng, dd.COLOURS), round(guide * rng.uniform(0.85, 1.1), -4), payment, rivals, received,
            last if contacted else None, nxt, *defeat, closed, received, last, 1)

    def after_delivery(self, c: Cust, lid: int, did: int, at: datetime) -> None:
        """The D lead's post-delivery call (planned when within its 24 h), then a survey some days later."""
        rng, now = self.rng, self.now
        due = next_follow_up(Level.D, at, self.fpolicy)
        done = at + timedelta(hours=self.ri(2, 22))
        if done < now:
            self.contact(c, lid, c.owner, done, "phone", "交车后回访：车辆使用正常，客户满意", "已回访", "",
                         "post_delivery_call", "D", due)
        else:
            self.add(T_FOLLOW_UP, lid, c.id, c.owner, "post_delivery_call", "D", due.due_at, due.overdue_at,
                     "planned", None, None, None, None)
        taken = at + timedelta(days=self.ri(3, 10), hours=self.ri(0, 3))
        if rng.random() < 0.65 and taken < now:
            self.survey(c, None, did, taken)
            return
        # not surveyed (yet): the planner's reminder, for a recent delivery of a customer who consented
        rp = self.rpolicy
        since = self.today - timedelta(days=rp.survey_days_after_delivery + rp.survey_grace_days + LOOKBACK_DAYS)
        due = reminders.survey_due(at.date(), "delivery", rp)
        if c.consent and at.date() >= since and self.planned(due):
            self.reminder(due, c.id, None, rng.choice(self.desk), ("d", T_DELIVERY, did, ""))

    def level_change(self, lid: int, old: str, new: str, at: datetime, by: int, reason: str) -> None:
        self.add(T_LEVEL, lid, old, new, at, by, reason)
