"""The deal sheet (issue 28) on a hand-built store: totals, the discount limit and the manager's approval,
the trade-in's vehicle, the audit of changed fields, and the month's penetration figures against a hand count."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from dealerdesk.domain import deals as rules
from dealerdesk.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.services.reporting.deals import deal_figures, deal_figures_by_consultant
from dealerdesk.services.sales import deals, leads
from dealerdesk.services.settings import set_setting
from dealerdesk.store.models import AuditLog, Deal, OwnershipTransfer, SalesOrder, Vehicle, VehicleModel

from tests.factories import make_user

MON = dt.datetime(2026, 10, 12, 10, 30)
OLD_VIN = "LSVAB2AB1CN000001"


@pytest.fixture
def people(store):
    boss = make_user("boss", "王经理", "manager")
    li = make_user("li", "李顾问", "sales")
    model = VehicleModel.create(brand="大众", name="帕萨特", price=200000)
    return {"boss": boss, "li": li, "model": model.id}


def order_for(p, name="张伟", phone="13800138000", at=MON, payment="full") -> int:
    cust = create_customer(SYSTEM, CustomerInput(name=name, phones=[phone], owner_id=p["li"].id, consent=True))
    lead = leads.create_lead(p["li"], leads.LeadInput(customer_id=cust.id, level="H", model_id=p["model"],
                                                      received_at=at), at=at)
    leads.record_order(p["li"], lead.id, leads.OrderInput(model_id=p["model"], price=195000,
                                                          payment_method=payment), at=at)
    return deals.open_order_of_lead(p["li"], lead.id)


def full_deal(**kw) -> rules.DealInput:
    values = dict(list_price=200000, discount=4000, payment="loan", lender="平安银行", down_payment=60000,
                  loan_months=36, monthly_payment=4300, deposit=5000, deposit_on=MON.date(),
                  trade_in=True, trade_plate="粤B 88888", trade_vin=OLD_VIN, trade_model="本田飞度 2015",
                  trade_mileage_km=98000, trade_value=30000, trade_valued_by="二手车评估师 周",
                  insured=True, insurer="人保财险", compulsory_premium=950, commercial_premium=4200,
                  insurance_cover="车损、三者 200 万", insurance_start=dt.date(2026, 10, 20),
                  registration=True, registration_fee=1500, warranty_years=2, warranty_price=3000,
                  lines=[rules.AccessoryLine("脚垫", 800, True), rules.AccessoryLine("行车记录仪", 1200, True),
                         rules.AccessoryLine("贴膜", 3000, False)])
    values.update(kw)
    return rules.DealInput(**values)


def test_totals_follow_the_written_formula():
    t = rules.totals(full_deal())
    assert t.price == 196000
    assert (t.accessories, t.accessories_free) == (2000, 3000)
    assert t.insurance == 5150 and t.registration_fee == 1500 and t.warranty == 3000
    assert t.total == 196000 + 2000 + 1500 + 3000 + 5150
    assert t.financed == 196000 - 60000
    assert t.due_at_delivery == t.total - 30000 - 5000 - 136000
    # parts switched off count nothing; a refunded deposit is no credit
    off = rules.totals(full_deal(payment="full", trade_in=False, insured=False, registration=False,
                                 warranty_years=0, deposit_status="refunded", lines=[]))
    assert (off.total, off.due_at_delivery) == (196000, 196000)


def test_save_deal_keeps_the_order_price_and_audits_the_changed_fields(people):
    order_id = order_for(people)
    sheet = deals.save_deal(people["li"], order_id, full_deal(discount=3000), at=MON)
    assert sheet.saved and sheet.discount_status == "none"
    assert SalesOrder.get_by_id(order_id).price == 197000
    assert SalesOrder.get_by_id(order_id).payment_method == "loan"
    assert [line.name for line in sheet.deal.lines] == ["脚垫", "行车记录仪", "贴膜"]
    deals.save_deal(people["li"], order_id, full_deal(discount=3000, colour="珍珠白", monthly_payment=4400),
                    at=MON + dt.timedelta(hours=1))
    row = AuditLog.select().where(AuditLog.action == "deal.save").order_by(AuditLog.id.desc()).first()
    assert json.loads(row.detail)["changed"] == ["colour", "monthly_payment"]


def test_discount_over_the_limit_waits_for_a_manager(people):
    set_setting(people["boss"], "deal.discount_limit", 5000)
    order_id = order_for(people)
    sheet = deals.save_deal(people["li"], order_id, full_deal(discount=8000, discount_note="老客户转介绍"), at=MON)
    assert sheet.discount_status == "pending"
    [pending] = deals.pending_discounts(people["boss"])
    assert (pending.order_id, pending.discount, pending.consultant) == (order_id, 8000, "李顾问")
    with pytest.raises(PermissionDenied):
        deals.approve_discount(people["li"], order_id)
    with pytest.raises(PermissionDenied):
        deals.pending_discounts(people["li"])
    approved = deals.approve_discount(people["boss"], order_id, at=MON + dt.timedelta(hours=2))
    assert (approved.discount_status, approved.discount_by) == ("approved", "王经理")
    assert deals.pending_discounts(people["boss"]) == []
    with pytest.raises(Conflict):
        deals.approve_discount(people["boss"], order_id)
    # saving again with the same discount keeps the approval; a bigger one asks again
    assert deals.save_deal(people["li"], order_id, full_deal(discount=8000, colour="黑"), at=MON).discount_status \
        == "approved"
    assert deals.save_deal(people["li"], order_id, full_deal(discount=9000), at=MON).discount_status == "pending"
    rejected = deals.reject_discount(people["boss"], order_id, "最多 8000", at=MON)
    assert rejected.discount_status == "rejected" and Deal.get().discount_note == "最多 8000"
    assert deals.save_deal(people["li"], order_id, full_deal(discount=5000), at=MON).discount_status == "none"


def test_a_manager_saving_a_big_discount_approves_it(people):
    order_id = order_for(people)
    sheet = deals.save_deal(people["boss"], order_id, full_deal(discount=20000), at=MON)
    assert (sheet.discount_status, sheet.discount_by) == ("approved", "王经理")


def test_trade_in_creates_the_old_vehicle_sold_to_the_store(people):
    order_id = order_for(people)
    sheet = deals.save_deal(people["li"], order_id, full_deal(), at=MON)
    old = Vehicle.get_by_id(sheet.trade_vehicle_id)
    assert (old.vin, old.plate, old.model_name, old.mileage_km) == (OLD_VIN, "粤B88888", "本田飞度 2015", 98000)
    assert old.owner_id is None  # sold to the store
    [transfer] = OwnershipTransfer.select().where(OwnershipTransfer.vehicle == old.id)
    assert (transfer.from_customer_id, transfer.to_customer_id) == (sheet.customer_id, None)
    # saving again edits the same vehicle, no second transfer
    deals.save_deal(people["li"], order_id, full_deal(trade_mileage_km=98500), at=MON)
    assert Vehicle.select().count() == 1 and OwnershipTransfer.select().count() == 1
    assert Vehicle.get_by_id(old.id).mileage_km == 98500
    assert AuditLog.select().where(AuditLog.action == "deal.trade_in").count() == 1


def test_trade_in_of_a_car_serviced_here_transfers_it(people):
    order_id = order_for(people)
    cid = SalesOrder.get_by_id(order_id).customer_id
    known = Vehicle.create(vin=OLD_VIN, plate="粤B88888", model_name="飞度", owner=cid)
    sheet = deals.save_deal(people["li"], order_id, full_deal(), at=MON)
    assert sheet.trade_vehicle_id == known.id and Vehicle.get_by_id(known.id).owner_id is None


def test_invalid_sheets_are_refused_and_write_nothing(people):
    order_id = order_for(people)
    for bad, field in ((full_deal(lender=""), "lender"), (full_deal(trade_value=0), "trade_value"),
                       (full_deal(insurer=""), "insurer"), (full_deal(discount=200000), "discount"),
                       (full_deal(lines=[rules.AccessoryLine("", 10)]), "lines"),
                       (full_deal(trade_vin="LSVAB2AB1CN0000"), "trade_vin"), (full_deal(plate="12345"), "plate")):
        with pytest.raises(InvalidInput) as err:
            deals.save_deal(people["li"], order_id, bad, at=MON)
        assert err.value.field == field
    assert Deal.select().count() == 0 and Vehicle.select().count() == 0


def test_the_deal_sheet_holds_the_insurance_for_the_delivery(people):
    order_id = order_for(people)  # the delivery dialog starts from get_deal's insurance part
    assert not deals.get_deal(people["li"], order_id).deal.insured
    deals.save_deal(people["li"], order_id, full_deal(), at=MON)
    ins = deals.get_deal(people["li"], order_id).deal
    assert ins.insured
    assert (ins.insurer, ins.compulsory_premium, ins.commercial_premium, ins.insurance_start) == (
        "人保财险", 950, 4200, dt.date(2026, 10, 20))


def test_penetration_rates_equal_a_hand_count(people):
    plain = dict(payment="full", trade_in=False, insured=False, registration=False, warranty_years=0, deposit=0,
                 lines=[])
    sheets = [
        full_deal(),  # loan, insured, trade-in, warranty, 2000 accessories, deposit held, discount 4000
        full_deal(**{**plain, "insured": True, "insurer": "平安产险", "compulsory_premium": 950}, discount=2000),
        full_deal(**{**plain, "lines": [rules.AccessoryLine("车衣", 6800)], "deposit": 3000}, discount=0),
        full_deal(**{**plain, "deposit": 2000, "deposit_status": "refunded"}, discount=6000),
    ]
    ids = [order_for(people, name=f"客户{i}", phone=f"1380013800{i}") for i in range(len(sheets))]
    for order_id, sheet in zip(ids, sheets, strict=True):
        deals.save_deal(people["boss"], order_id, sheet, at=MON)
    order_for(people, name="无订车单", phone="13900139000", payment="lease")  # an order without a sheet
    cancelled = order_for(people, name="退订", phone="13900139001")
    leads.cancel_order(people["li"], SalesOrder.get_by_id(cancelled).lead_id, "资金问题", at=MON)
    f = deal_figures(dt.datetime(2026, 10, 1), dt.datetime(2026, 11, 1))
    assert f.orders == 5
    assert (f.finance, f.insurance, f.trade_in, f.extended_warranty, f.accessories) == (2, 2, 1, 1, 2)
    assert (f.finance_rate, f.insurance_rate, f.trade_in_rate) == (2 / 5, 2 / 5, 1 / 5)
    assert (f.extended_warranty_rate, f.accessories_rate) == (1 / 5, 2 / 5)
    assert f.accessories_per_car == (2000 + 6800) / 5
    assert f.average_discount == (4000 + 2000 + 0 + 6000) / 5  # the order without a sheet: no discount recorded
    assert (f.deposits_open, f.deposits_open_amount) == (2, 8000)
    assert (f.deposits_refunded, f.deposits_refunded_amount) == (1, 2000)
    assert deal_figures_by_consultant(dt.datetime(2026, 10, 1), dt.datetime(2026, 11, 1))["li"].orders == 5
    assert deal_figures(dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 1)).finance_rate is None


def test_order_with_deal_is_one_transaction(people):
    cust = create_customer(SYSTEM, CustomerInput(name="周杰", phones=["13700137000"], owner_id=people["li"].id))
    lead = leads.create_lead(people["li"], leads.LeadInput(customer_id=cust.id, level="H", model_id=people["model"],
                                                           received_at=MON), at=MON)
    with pytest.raises(InvalidInput):  # a refused sheet leaves no order
        deals.order_with_deal(people["li"], lead.id, full_deal(insurer=""), at=MON)
    assert SalesOrder.select().count() == 0
    sheet = deals.order_with_deal(people["li"], lead.id, full_deal(model_id=people["model"]), at=MON)
    assert sheet.saved and sheet.totals.price == 196000 and leads.get_lead(people["li"], lead.id).level == "O"


def test_delivery_converts_the_held_deposit_and_keeps_a_refunded_one(people):
    from dealerdesk.services.sales import delivery

    held = order_for(people)
    deals.save_deal(people["li"], held, full_deal(discount=3000), at=MON)
    refunded = order_for(people, name="李娜", phone="13900139000")
    deals.save_deal(people["li"], refunded, full_deal(discount=3000, trade_vin="LSVAB2AB1CN000002",
                                                      deposit_status="refunded"), at=MON)
    for order_id, vin in ((held, "LSVAB2AB1CN100001"), (refunded, "LSVAB2AB1CN100002")):
        lead_id = SalesOrder.get_by_id(order_id).lead_id
        leads.record_delivery(people["li"], lead_id, delivery.DeliveryInput(vin=vin, delivered_at=MON + dt.timedelta(days=5)),
                              at=MON + dt.timedelta(days=5, minutes=1))
    assert Deal.get(Deal.order == held).deposit_status == "converted"
    assert Deal.get(Deal.order == refunded).deposit_status == "refunded"
