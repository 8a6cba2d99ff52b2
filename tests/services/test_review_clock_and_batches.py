"""Review: the injected clock reaches every timestamp a use case writes, and bulk actions do not issue a
query per selected row."""
from __future__ import annotations

import datetime as dt
import logging

from dealerdesk.services.aftersales.service_records import ServiceRecordInput, add_service_record
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.sales import leads
from dealerdesk.store.models import Customer, Reminder, Vehicle
from tests.factories import make_user

AT = dt.datetime(2026, 3, 2, 15, 45)


def test_service_record_uses_the_callers_clock(store):
    advisor = make_user("wang", "王顾问", "service_advisor")
    cid = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"])).id
    vid = create_vehicle(advisor, VehicleInput(plate="粤B12345", owner_id=cid), today=AT.date()).id
    rid = Reminder.create(kind="maintenance", customer=cid, vehicle=vid, due_at=AT, overdue_at=AT,
                          status="open", detail="{}", dedupe_key="maintenance:test").id
    add_service_record(advisor, ServiceRecordInput(vehicle_id=vid, kind="maintenance", service_date=AT.date(),
                                                   mileage_km=5000), today=AT.date(), now=AT)
    assert Reminder.get_by_id(rid).done_at == AT
    assert Vehicle.get_by_id(vid).updated_at == AT


class _SqlLog(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.sql: list[str] = []

    def emit(self, record):
        msg = record.msg
        self.sql.append(msg[0] if isinstance(msg, tuple) else str(msg))


def test_reassigning_many_leads_does_not_update_customers_one_by_one(store):
    boss = make_user("boss", "王经理", "manager")
    li = make_user("li", "李顾问", "sales")
    zhao = make_user("zhao", "赵顾问", "sales")
    ids = []
    for i in range(30):
        data = CustomerInput(name="张伟", phones=[f"1380013{i:04d}"], owner_id=li.id)
        cid = create_customer(SYSTEM, data).id
        ids.append(leads.create_lead(li, leads.LeadInput(customer_id=cid, level="C"), at=AT).id)
    log, logger = _SqlLog(), logging.getLogger("peewee")
    old_level = logger.level
    logger.addHandler(log)
    logger.setLevel(logging.DEBUG)
    try:
        assert leads.reassign_leads(boss, ids, zhao.id, note="休假", at=AT) == 30
    finally:
        logger.removeHandler(log)
        logger.setLevel(old_level)
    customer_updates = [s for s in log.sql if s.startswith('UPDATE "customer"')]
    assert len(customer_updates) <= 2
    assert Customer.select().where(Customer.owner == zhao.id).count() == 30
