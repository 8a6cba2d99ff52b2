"""Demo store, after-sales: vehicles (VIN, plate, insurance), service history, surveys, complaints, reminders.

Why here: reminder dates come from domain.reminders and their dedupe keys from aftersales/reminders, so a
reminder run on the demo store finds its reminders already there. Ids of this batch are local (see
demo/people.py); a reminder's dedupe key names a row by id, so it is kept as (text before, table, local id,
text after) and the writer joins it once the id is final. Mixed into demo/people.Batch.
"""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from dealerdesk.domain import classify, reminders
from dealerdesk.domain import search_keys as sk
from dealerdesk.services.aftersales.reminders import HORIZON_DAYS, LOOKBACK_DAYS, dedupe_key
from dealerdesk.services.demo import data as dd
from dealerdesk.services.demo.data import (
    T_COMPLAINT,
    T_KEY,
    T_PURCHASE,
    T_REMINDER,
    T_SERVICE,
    T_SURVEY,
    T_VEHICLE,
    Cust,
)

#: a reminder's subject: a global text ("c12") or (prefix, table, batch-local id, suffix)
Subject = str | tuple[str, int, int, str]
TEN_AM, FIVE_PM = time(10, 0), time(17, 0)


class AfterSales:
    """Vehicle and service generation; needs the Batch's rng, ids, staff and policies."""

    def vehicle(self, c: Cust, delivered: date, midx: int, order_id: int | None, price: int | None,
                payment: str) -> int:
        """A delivered car with its purchase, service history, search keys and the reminders due around today."""
        rng, ri, today = self.rng, self.ri, self.today
        rnd = rng.random
        name, _segment, guide, energy, seats, _weight = dd.MODELS[midx]
        vid = self.reserve(T_VEHICLE)
        vin = dd.vin(midx, delivered.year, c.id * 8 + c.purchases)  # unique: fewer than 8 cars per customer
        nev = energy == "nev"
        plate = dd.plate(rng, nev, self.number, self.parts)
        while plate in self.plates:
            plate = dd.plate(rng, nev, self.number, self.parts)
        self.plates.add(plate)
        registered = delivered - timedelta(days=ri(0, 3))
        use = "commercial" if c.company and rnd() < 0.4 else "private"
        horizon = today - timedelta(days=40)
        years = max(1, (horizon - registered).days // 366)  # the loop below then runs once or twice
        while reminders.add_months(registered, 12 * years) - timedelta(days=1) < horizon:
            years += 1
        compulsory = reminders.add_months(registered, 12 * years) - timedelta(days=1)
        commercial = compulsory if rnd() < 0.85 else compulsory + timedelta(days=ri(-60, 60))
        price = price or guide - 500 * int(rnd() * (guide // 6000 + 1))
        km_per_day = rng.uniform(80, 200) if use == "commercial" else rng.uniform(15, 70)
        km = self.services(c, vid, delivered, km_per_day, registered, seats, use, energy, compulsory, commercial)
        at = datetime.combine(delivered, TEN_AM)
        self.put(T_VEHICLE, vid, vin, plate, midx + 1, name, dd.weighted(rng, dd.COLOURS), registered, delivered,
                 km, seats, use, energy, compulsory, commercial, c.id, at, at, 1, delivered, 1,
                 dd.INSURERS[int(rnd() * len(dd.INSURERS))])
        self.add(T_PURCHASE, c.id, order_id, vid, name, delivered, price, payment, "store")
        n, put = self.n[T_KEY], self.rows[T_KEY].append
        for kind, key in dict.fromkeys(sk.plate_keys(plate).rows() + sk.vin_keys(vin).rows()):
            n += 1
            put((n, c.id, vid, kind, key))
        self.n[T_KEY] = n
        c.purchases += 1
        c.last_act = max(c.last_act, at)
        if c.last_purchase is None or delivered > c.last_purchase:
            c.last_purchase = delivered
        if (today - delivered).days <= 3 * 365:
            c.spend += price
        return vid

    def services(self, c: Cust, vid: int, delivered: date, km_per_day: float, registered: date, seats: int,
                 use: str, energy: str, compulsory: date, commercial: date) -> int:
        """Maintenance every 6–12 months with rising mileage (a quarter of owners stop coming: lost), some
        repairs, claims and warranty work; returns the odometer."""
        rng, ri, today, service = self.rng, self.ri, self.today, self.service
        rnd, uniform = rng.random, rng.uniform
        advisor = rng.choice(self.advisors)
        day, km, visits = delivered, ri(5, 30), 0
        stop = ri(1, 8) if rnd() < 0.25 else 99
        points: list[tuple[date, int]] = []  # every service record's (day, km), as the planner reads them
        last_maintenance = None
        warranty_until = delivered + timedelta(days=3 * 365)
        while visits < stop:
            nxt = day + timedelta(days=ri(150, 200) if visits == 0 else ri(180, 380))
            if nxt >= today:
                break
            km += int((nxt - day).days * km_per_day * uniform(0.8, 1.2))
            day, visits = nxt, visits + 1
            points.append((day, km))
            last_maintenance = (day, km)
            service(c, vid, "maintenance", day, km, advisor, ri(300, 1500), ri(100, 400))
            roll = rnd()
            if roll < 0.12:
                service(c, vid, "repair", day, km, advisor, ri(200, 4000), ri(100, 800))
                points.append((day, km))
            elif roll < 0.17 and day < warranty_until:
                service(c, vid, "warranty", day, km, advisor, 0, 0)
                points.append((day, km))
            elif roll < 0.22:
                service(c, vid, "insurance", day, km, advisor, ri(800, 8000), ri(200, 1500))
                points.append((day, km))
        # the reminders the planner (aftersales/reminders._vehicle_dues) would plan today, from the same facts:
        # the service readings plus (delivery, 0 km), the last maintenance, its horizon and look-back
        subject = ("v", T_VEHICLE, vid, "")
        due = reminders.maintenance_due(delivered, last_maintenance, points + [(delivered, 0)], self.rpolicy)
        # a due maintenance stays until done, unless the owner is lost (the win-back list): decided with the
        # customer's category, when the whole story is known (people.Batch.profile)
        self.pending_maintenance.append((due, vid, advisor, subject))
        for kind, until in (("compulsory", compulsory), ("commercial", commercial)):
            if until >= today - timedelta(days=LOOKBACK_DAYS):
                due = reminders.insurance_due(kind, until, self.rpolicy)
                if self.planned(due):
                    self.reminder(due, c.id, vid, advisor, subject)
        due = reminders.inspection_due(registered, seats, use, energy, today - timedelta(days=LOOKBACK_DAYS),
                                       self.rpolicy)
        if self.planned(due):
            self.reminder(due, c.id, vid, advisor, subject)
        return km

    def service(self, c: Cust, vid: int, kind: str, day: date, km: int, advisor: int, parts: int,
                labour: int) -> None:
        rng = self.rng
        at = datetime.combine(day, FIVE_PM)
        texts = dd.SERVICE_TEXTS[kind]
        sid = self.add(T_SERVICE, vid, c.id, kind, day, km, texts[int(rng.random() * len(texts))], parts, labour,
                       advisor, at)
        c.last_act = max(c.last_act, at)
        if c.last_service is None or day > c.last_service:
            c.last_service = day
        age = (self.today - day).days
        if kind == "maintenance" and age <= 365:  # visits = distinct days (with repairs)
            c.visits12 += 1
        if age <= 3 * 365:
            c.spend += parts + labour
        if kind == "maintenance" and age <= 5:
            self.reminder(reminders.post_service_call_due(day, self.rpolicy), c.id, vid, advisor,
                          ("s", T_SERVICE, sid, ""))
        visit = (vid, day)  # one survey per visit (vehicle and day), however many records it has
        if age <= 10 and kind != "warranty":
            if visit not in self.surveyed_visits and c.consent:  # one per visit; marketing: only with consent
                self.surveyed_visits.add(visit)
                self.reminder(reminders.survey_due(day, "service", self.rpolicy), c.id, vid,
                              rng.choice(self.desk), ("s", T_SERVICE, sid, ""))
        elif rng.random() < 0.25:
            self.survey(c, sid, None, at + timedelta(days=self.ri(3, 7), hours=-self.ri(1, 6)))

    def survey(self, c: Cust, sid: int | None, did: int | None, at: datetime) -> None:
        rng, weighted = self.rng, dd.weighted
        overall = weighted(rng, dd.SATISFACTION)
        good = overall in ("very_satisfied", "satisfied")
        repurchase = weighted(rng, dd.REPURCHASE_GOOD if good else dd.REPURCHASE_BAD)
        recommend = weighted(rng, dd.RECOMMEND_GOOD if good else dd.RECOMMEND_BAD)
        self.add(T_SURVEY, c.id, sid, did, at, weighted(rng, dd.SURVEY_CHANNELS), overall, overall,
                 weighted(rng, dd.SATISFACTION), overall if sid else "", repurchase, recommend,
                 "" if good else "希望改进服务流程", rng.choice(self.desk))
        if c.survey_at is None or at >= c.survey_at:  # the latest by (time, id), as classification
            c.survey, c.survey_at = classify.SurveyFacts(overall, repurchase, recommend), at

    def complaint(self, c: Cust) -> None:
        rng, ri, now = self.rng, self.ri, self.now
        received = self.work_time(max(c.created.date(), self.today - timedelta(days=150)))
        if received >= now:
            return
        young = now - received < timedelta(days=30)
        status = dd.weighted(rng, dd.COMPLAINT_YOUNG if young else dd.COMPLAINT_OLD)
        category = rng.choice(list(dd.COMPLAINT_CATEGORIES))
        owner = rng.choice([self.managers[1], *self.desk])
        responded = received + timedelta(hours=ri(1, 30)) if status != "open" else None
        if responded is not None and responded >= now:
            status, responded = "open", None
        resolved = closed = None
        if status in ("resolved", "closed"):
            resolved = min(received + timedelta(days=ri(1, 12)), now - timedelta(hours=2))
            resolved = max(resolved, responded)
            next_day = resolved + timedelta(days=1)
            closed = next_day if status == "closed" and next_day < now else None
            status = "closed" if closed else "resolved"
        rp = self.rpolicy
        kid = self.add(T_COMPLAINT, c.id, received, rng.choice(("phone", "visit", "wechat")), category,
                       dd.COMPLAINT_CATEGORIES[category], owner, status,
                       received + timedelta(hours=rp.complaint_first_response_hours),
                       received + timedelta(days=rp.complaint_resolution_days), responded, resolved, closed,
                       None, "已道歉并处理完毕" if resolved else "")
        c.last_act = max(c.last_act, received)
        if status in ("open", "in_progress"):
            c.open_complaints += 1
            step = "first_response" if responded is None else "resolution"
            self.reminder(reminders.complaint_due(received, responded, rp), c.id, None, owner,
                          ("k", T_COMPLAINT, kid, f".{step}"))

    def planned(self, due: reminders.ReminderDue) -> bool:
        """What the planner plans today: showing within its horizon, not overdue beyond its look-back."""
        today = self.today
        return (due.due_at <= datetime.combine(today + timedelta(days=HORIZON_DAYS), time(23, 59, 59))
                and due.overdue_at > datetime.combine(today - timedelta(days=LOOKBACK_DAYS), time(0, 0)))

    def showing(self, due: reminders.ReminderDue) -> bool:
        """Showing within the planner's horizon (however long overdue)."""
        return due.due_at <= datetime.combine(self.today + timedelta(days=HORIZON_DAYS), time(23, 59, 59))

    def reminder(self, due: reminders.ReminderDue, cid: int, vid: int | None, owner: int, subject: Subject) -> None:
        """An open reminder; the dedupe key is aftersales/reminders.dedupe_key's, split around a local id."""
        if isinstance(subject, str):
            key: object = dedupe_key(due.kind, subject, due)
        else:
            prefix, table, local, suffix = subject
            before, after = dedupe_key(due.kind, f"{prefix}\0{suffix}", due).split("\0")
            key = (before, table, local, after)
        self.add(T_REMINDER, due.kind, cid, vid, owner, due.due_at, due.overdue_at, "open", None, None, None, "",
                 json.dumps(due.detail, ensure_ascii=False), key)
