"""The demo store's deal sheets (issue 28): every order gets a realistic 订车单.

About half the orders are financed (the demo's orders already carry loan/lease), most are insured through the
store, a third trade in an old car (a vehicle sold to the store: owner none, with its ownership transfer),
accessories on most, registration on most, an extended warranty on some, a deposit on nearly all (refunded on
cancelled orders, converted on delivered ones). Seeded, so the same seed gives the same store; written with a
few bulk inserts, not one use case per order (the demo holds thousands).
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from dealerdesk.domain import deals as rules
from dealerdesk.domain.validate import vin_check_digit
from dealerdesk.services.demo import data as dd
from dealerdesk.services.settings import get_settings
from dealerdesk.store import keys
from dealerdesk.store.bulk import insert_tuples
from dealerdesk.store.db import db
from dealerdesk.store.models import Deal, DealLine, OwnershipTransfer, SalesOrder, Vehicle, VehicleModel

OLD_CARS = ("本田飞度", "大众宝来", "丰田卡罗拉", "日产轩逸", "别克英朗", "福特福克斯", "现代伊兰特", "吉利帝豪")
VALUERS = ("二手车部 周师傅", "二手车部 陈评估", "置换专员 刘")
COVERS = ("车损、三者 100 万、车上人员", "车损、三者 200 万", "车损、三者 300 万、车上人员、划痕")


def _old_vin(order_id: int) -> str:
    """The traded car's VIN: a stem no demo model uses, a correct check digit, unique per order."""
    body = "LZWTRDAB0FT" + f"{order_id % 1_000_000:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


def _plain(value: object) -> object:
    """A value as the store keeps it in SQLite (peewee's text forms of dates and times, flags as 0/1)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _bulk(model, rows: list[dict]) -> None:
    """Multi-row INSERTs through the demo's bulk path (peewee's insert_many spent seconds building the SQL)."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]
    defaults = {f.name: f.default() if callable(f.default) else f.default for f in fields}  # as peewee fills them
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    insert_tuples(db.obj.connection(), f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ',
                  "(" + ", ".join("?" * len(fields)) + ")",
                  [tuple(_plain(r.get(f.name, defaults[f.name])) for f in fields) for r in rows])


def write_deals(seed: int) -> int:
    """A deal sheet for every order of the store (the caller holds the store open, in a transaction)."""
    rng = random.Random(f"deals-{seed}")
    settings = get_settings()

    def setting_default(key: str) -> object:
        return settings.get(key, "")
    lenders = rules.names(setting_default("deal.lenders"))
    insurers = rules.names(setting_default("deal.insurers"))
    catalogue = rules.accessory_catalogue(setting_default("deal.accessories"))
    prices = dict(VehicleModel.select(VehicleModel.id, VehicleModel.price).tuples())
    orders = list(SalesOrder.select(SalesOrder.id, SalesOrder.customer, SalesOrder.model, SalesOrder.price,
                                    SalesOrder.payment_method, SalesOrder.status, SalesOrder.ordered_at,
                                    SalesOrder.by_user).order_by(SalesOrder.id).tuples())
    deal_rows, lines, trades = [], [], []
    for oid, customer, model, price, payment, status, ordered_at, by_user in orders:
        list_price = max(prices.get(model, 0), price, 1)
        financed = payment in rules.FINANCED
        insured = rng.random() < 0.8
        trade = rng.random() < 0.33
        deposit = rng.choice((2000, 3000, 5000, 5000, 10000)) if rng.random() < 0.9 else 0
        deposit_status = ("refunded" if status == "cancelled" else "converted" if status == "delivered" else "held") \
            if deposit else ""
        down = int(round(price * rng.choice((0.2, 0.3, 0.3, 0.4, 0.5)), -3)) if financed else 0
        months = rng.choice((12, 24, 36, 36, 60)) if financed else 0
        trade_value = int(round(rng.uniform(15000, 90000), -3)) if trade else 0
        row = dict(order=oid, colour=rng.choice(("珍珠白", "曜石黑", "星光银", "天青蓝", "")), vin="",
                   list_price=list_price, discount=list_price - price, discount_status="none",
                   deposit=deposit, deposit_on=ordered_at.date() if deposit else None,
                   deposit_refundable=rng.random() < 0.3 if deposit else False, deposit_status=deposit_status,
                   lender=rng.choice(lenders) if financed and lenders else "", down_payment=down, loan_months=months,
                   monthly_payment=int((price - down) * 1.06 / months) if financed else 0,
                   loan_status=("approved" if status == "delivered" else rng.choice(("pending", "approved")))
                   if financed else "",
                   trade_in=trade, trade_model=f"{rng.choice(OLD_CARS)} {rng.randint(2012, 2020)}" if trade else "",
                   trade_plate=dd.plate(rng, False, 0, 1) if trade else "",
                   trade_mileage_km=rng.randint(40, 180) * 1000 if trade else 0, trade_value=trade_value,
                   trade_valued_by=rng.choice(VALUERS) if trade else "",
                   insured=insured, insurer=rng.choice(insurers) if insured and insurers else "",
                   compulsory_premium=950 if insured else 0,
                   commercial_premium=int(round(price * rng.uniform(0.02, 0.035), -1)) if insured else 0,
                   insurance_cover=rng.choice(COVERS) if insured else "",
                   insurance_start=(ordered_at + timedelta(days=rng.randint(3, 20))).date() if insured else None,
                   registration=rng.random() < 0.85, warranty_years=rng.choice((0, 0, 0, 2, 3)),
                   trade_vin="", trade_vehicle=None, updated_at=ordered_at, updated_by=by_user)
        row["registration_fee"] = rng.choice((800, 1000, 1500)) if row["registration"] else 0
        row["warranty_price"] = row["warranty_years"] * rng.choice((1200, 1500, 2000))
        deal_rows.append(row)
        if catalogue and rng.random() < 0.75:
            for position, item in enumerate(rng.sample(catalogue, rng.randint(1, min(3, len(catalogue))))):
                lines.append((oid, position, item.name, item.price, rng.random() < 0.7))
        if trade:
            trades.append((oid, customer, row, ordered_at, by_user))
    # the old cars first (sold to the store: owner none, with their transfer), so each sheet goes in with its car
    vehicles = []
    for oid, _customer, row, ordered_at, _by in trades:
        row["trade_vin"] = _old_vin(oid)
        when = ordered_at.replace(microsecond=0)
        vehicles.append(dict(vin=row["trade_vin"], plate=row["trade_plate"], model_name=row["trade_model"],
                             mileage_km=row["trade_mileage_km"], mileage_date=when.date(), owner=None,
                             created_at=when, updated_at=when))
    _bulk(Vehicle, vehicles)
    vehicle_of = dict(Vehicle.select(Vehicle.vin, Vehicle.id).where(Vehicle.vin.startswith(_old_vin(0)[:8])).tuples())
    transfers = []
    for _oid, customer, row, ordered_at, by_user in trades:
        row["trade_vehicle"] = vehicle_of[row["trade_vin"]]
        transfers.append(dict(vehicle=row["trade_vehicle"], from_customer=customer, to_customer=None,
                              transferred_at=ordered_at.replace(microsecond=0), by_user=by_user,
                              note="置换：卖给本店"))
    _bulk(OwnershipTransfer, transfers)
    _bulk(Deal, deal_rows)
    deal_of = dict(Deal.select(Deal.order, Deal.id).tuples())
    line_rows = [dict(deal=deal_of[oid], position=p, name=n, price=pr, charged=c) for oid, p, n, pr, c in lines]
    _bulk(DealLine, line_rows)
    keys.reindex_vehicles(sorted(vehicle_of.values()))
    return len(deal_rows)


__all__ = ["write_deals"]
