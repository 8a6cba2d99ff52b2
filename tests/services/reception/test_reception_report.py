"""The printed repair order / settlement sheet: text a customer reads, reproducible bytes."""
import datetime as dt

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from dealerdesk.reports.repair_order import write_repair_order
from dealerdesk.services import catalogue
from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.models import Vehicle
from tests.factories import make_user

NOW = dt.datetime(2026, 10, 16, 9, 5)


def settled_order():
    """A realistic order: quote accepted, one extra approved, one declined, one line over the quote, settled."""
    make_user("adv", "赵顾问", "service_advisor")
    a = actor_for_login("adv")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"]))
    car = Vehicle.create(owner=cust.id, plate="粤B12345", vin="LSVAB2AB1CN000001", model_name="凯美瑞 2.0G")
    catalogue.ensure_default_catalogue(SYSTEM)
    cat = {c.code: c.id for c in catalogue.list_catalogue(a)}
    o = rc.check_in(a, rc.CheckInInput(None, car.id, 25000, 40, "左后门划痕", "行车记录仪、雨伞", "刹车时有吱吱声"),
                    now=NOW)
    for code, qty in (("P-OIL", 4), ("P-OILF", 1), ("L-MAINT", 1)):
        rc.add_line(a, o.id, rc.LineInput(catalogue_item_id=cat[code], qty=qty, job="常规保养"))
    rc.set_promise(a, o.id, NOW + dt.timedelta(hours=5))
    rc.accept_quote(a, o.id, "张伟", now=NOW + dt.timedelta(minutes=10))
    rc.change_status(a, o.id, "in_repair", now=NOW + dt.timedelta(minutes=30))
    g1 = rc.propose_extra(a, o.id, "更换前刹车片", [rc.LineInput(catalogue_item_id=cat["P-BRKF"]),
                                                  rc.LineInput(catalogue_item_id=cat["L-BRK"])])
    g2 = rc.propose_extra(a, o.id, "更换雨刮片", [rc.LineInput(catalogue_item_id=cat["P-WIPER"])])
    rc.decide_extra(a, o.id, g1, True, "phone", "张伟", now=NOW + dt.timedelta(hours=1))
    o = rc.decide_extra(a, o.id, g2, False, "phone", "张伟", now=NOW + dt.timedelta(hours=1))
    oil = next(ln for ln in o.lines if ln.name.startswith("机油"))
    rc.set_final(a, oil.id, 5, "68")
    rc.change_status(a, o.id, "quality_check", now=NOW + dt.timedelta(hours=3))
    rc.change_status(a, o.id, "ready", now=NOW + dt.timedelta(hours=4))
    o = rc.settle_order(a, o.id, rc.SettleInput("wechat_pay", "50", "老客户保养优惠"), now=NOW + dt.timedelta(hours=5))
    return a, o


@pytest.fixture
def invariant():
    old = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = old


def test_settlement_sheet_text(store, tmp_path, invariant):
    actor, order = settled_order()
    preview = rc.settlement_preview(actor, order.id, order.discount)
    pdf = write_repair_order(tmp_path / "ro.pdf", order, preview, store_name="DealerDesk 演示店",
                             printed_at=NOW + dt.timedelta(hours=5))
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    for expected in ("维修结算单", order.number, "张伟", "粤B12345", "更换前刹车片", "拒绝", "老客户保养优惠",
                     "微信支付", "1,085.00", "+68.00", "刹车时有吱吱声"):
        assert expected in text, expected
    again = write_repair_order(tmp_path / "ro2.pdf", order, preview, store_name="DealerDesk 演示店",
                               printed_at=NOW + dt.timedelta(hours=5))
    assert again.read_bytes() == pdf.read_bytes()


def test_order_before_settlement_has_no_totals(store, tmp_path, invariant):
    _actor, order = settled_order()
    pdf = write_repair_order(tmp_path / "wo.pdf", order, None, printed_at=NOW)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "维修工单" in text and "应付金额" not in text
