"""大用户 and 会员积分 in the window: record a key-account visit with the keyboard on the 大用户 page; spend
points in the settlement dialog and read the balance on the printed settlement sheet; the profile's points tab.
Every new table model passes qtmodeltester."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dealerdesk.services import catalogue, loyalty
from dealerdesk.services import key_accounts as ka
from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers.contacts import ContactInput, save_contact
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.models import KeyAccountVisit, PointsEntry, RepairOrder
from dealerdesk.ui import printing
from dealerdesk.ui.dialogs.key_account import VisitDialog
from dealerdesk.ui.dialogs.settle import SettleDialog
from tests.ui.printer import answer_save_dialog, pages, pdf_printer, pdf_text
from tests.factories import make_user
from tests.ui.conftest import NOW


def _type(qtbot, widget, text):
    widget.setFocus()
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _account(store):
    company = create_customer(SYSTEM, CustomerInput(name="顺达物流有限公司", kind="company",
                                                    phones=["020-62345678"]))
    save_contact(SYSTEM, company.id, ContactInput(name="周总", title="总经理", phone="13900139000", is_main=True))
    return ka.save_key_account(SYSTEM, ka.KeyAccountInput(company.id, "A", store["sales"].id, 12, 1),
                               now=NOW - dt.timedelta(days=5)).account


def test_record_a_key_account_visit_with_the_keyboard(qtbot, qtmodeltester, ctx, store, monkeypatch, tmp_path):
    from dealerdesk.ui.pages.key_accounts import Page

    acc = _account(store)
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    for model in (page.model, page.contacts_model, page.fleet_model, page.visits_model, page.targets_model):
        qtmodeltester.check(model)
    assert page.model.rowCount() == 1 and "走访逾期 1 家" in page.count.text()
    assert "（逾期）" in page.model.index(0, 6).data()
    opened = []
    monkeypatch.setattr(VisitDialog, "exec", lambda self: opened.append(self) or self.show() or 0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter on the account opens 登记走访
    dlg = opened[0]
    qtbot.addWidget(dlg)
    assert dlg.contact.currentText() == "周总（总经理）"
    _type(qtbot, dlg.topic, "年度用车计划沟通")
    _type(qtbot, dlg.result, "明年换车 5 台")
    _type(qtbot, dlg.next_step, "下周报价")
    qtbot.keyClick(dlg.next_step, Qt.Key.Key_Return)  # the dialog's default button saves
    assert dlg.visit_id is not None
    done = KeyAccountVisit.get_by_id(dlg.visit_id)
    assert (done.visited_on, done.contact_name, done.topic) == (NOW.date(), "周总", "年度用车计划沟通")
    page.refresh()
    assert "走访逾期 0 家" in page.count.text()
    assert page.visits_model.rowCount() == 2  # the visit and the next plan (A: 14 days)
    assert ka.list_key_accounts(ctx.actor, today=NOW.date())[0].next_visit == NOW.date() + dt.timedelta(days=14)
    page.grab().save(str(tmp_path / "key_accounts.png"))
    printed = tmp_path / "printed.pdf"
    count = page.print_sheet(accept=lambda printer: pdf_printer(printer, printed))
    assert count >= 1 and pages(printed) == count  # every page of the sheet reached the printer
    asked = []
    monkeypatch.setattr(printing, "ask", lambda printer, parent: asked.append(parent) or False)  # cancelled
    page.print_button.click()
    assert asked == [page]  # 打印 goes to the print dialog, not a save dialog
    sheet = tmp_path / "sheet.pdf"
    start = answer_save_dialog(monkeypatch, sheet)
    page.save_pdf_button.click()
    assert start == [str(printing.documents_dir() / "大用户走访跟踪表.pdf")]
    text = pdf_text(sheet)
    assert "走访" in text and "年度用车计划沟通" in text and "客户经理签字" in text
    assert pages(sheet) == count
    assert acc.id == page.current_id()


def _ready_order(customer_id: int) -> int:
    from dealerdesk.store.models import Vehicle

    make_user("adv", "赵顾问", "service_advisor")
    a = actor_for_login("adv")
    car = Vehicle.create(owner=customer_id, plate="粤B99999", vin="LSVAB2AB1CN000002", mileage_km=1000)
    catalogue.ensure_default_catalogue(SYSTEM)
    code = next(x.id for x in catalogue.list_catalogue(a) if x.code == "L-MAINT")
    order = rc.check_in(a, rc.CheckInInput(customer_id=None, vehicle_id=car.id, mileage_km=2000, fuel_level=50,
                                           complaint="保养"), now=NOW)
    rc.add_line(a, order.id, rc.LineInput(catalogue_item_id=code))
    rc.set_promise(a, order.id, NOW + dt.timedelta(hours=3))
    rc.accept_quote(a, order.id, "张伟", now=NOW)
    for status in ("in_repair", "quality_check", "ready"):
        rc.change_status(a, order.id, status, now=NOW)
    return order.id


def test_spend_points_at_settlement_and_see_the_balance_on_the_sheet(qtbot, qtmodeltester, ctx, store,
                                                                      tmp_path, monkeypatch):
    cid = store["ids"][0]
    loyalty.award_points(ctx.actor, cid, "event", 3000, "车主沙龙", at=NOW - dt.timedelta(days=1))
    oid = _ready_order(cid)
    pdf = tmp_path / "settle.pdf"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    printed = tmp_path / "printed.pdf"  # 结算后打印结算单 goes through the print path, to Qt's PDF printer here
    monkeypatch.setattr(printing, "ask", lambda printer, parent: pdf_printer(printer, printed))
    dlg = SettleDialog(ctx, oid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtmodeltester.check(dlg.model)
    assert dlg.points.isEnabled() and "可用积分 3,000 分" in dlg.points_info.text()
    dlg.points.setFocus()
    dlg.points.selectAll()
    qtbot.keyClicks(dlg.points, "2000")
    assert "抵扣 ¥20.00" in dlg.points_info.text()
    assert dlg.payment.currentText() == "现金"
    qtbot.keyClick(dlg.points, Qt.Key.Key_Return)
    order = RepairOrder.get_by_id(oid)
    assert order.status == "handed_over"
    spent = PointsEntry.get(PointsEntry.points < 0)
    assert (spent.points, spent.yuan, spent.repair_order_id) == (-2000, Decimal("20.00"), oid)
    earned = int(order.payable - Decimal("20.00"))
    balance = 3000 - 2000 + earned
    assert loyalty.member_status(ctx.actor, cid, today=NOW.date()).balance == balance
    assert printed.stat().st_size > 0  # the sheet was printed (as page images)
    dlg.write_sheet(pdf)  # the same sheet, as the PDF the printer was given
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "积分抵扣（2,000 分）" in text and "-20.00" in text
    assert f"积分余额 {balance:,} 分" in text and f"本次获得积分 {earned:,} 分" in text
    assert f"{order.payable - Decimal('20.00'):,.2f}" in text  # 实付金额


def test_profile_points_tab_shows_tier_ledger_and_adds_points(qtbot, qtmodeltester, ctx, store, monkeypatch):
    from dealerdesk.ui.dialogs.profile import ProfileWindow
    from dealerdesk.ui.dialogs.profile_points import AwardDialog

    cid = store["ids"][0]
    loyalty.award_points(ctx.actor, cid, "referral", 2500, "介绍王芳", at=NOW - dt.timedelta(days=3))
    window = ProfileWindow(ctx, cid)
    qtbot.addWidget(window)
    tab = window.points_tab
    qtmodeltester.check(tab.model)
    assert "银卡会员" in tab.head.text() and "积分 2,500 分" in tab.head.text()
    assert "每年免费检测 1 次" in tab.head.text()
    assert tab.model.rowCount() == 1
    monkeypatch.setattr(AwardDialog, "exec", lambda self: (self.points.setValue(100), self.save(),
                                                           self.result())[-1])
    tab.award()
    assert tab.model.rowCount() == 2 and "积分 2,600 分" in tab.head.text()
    tab.tier.setCurrentIndex(tab.tier.findData("gold"))
    tab.set_tier()
    assert "金卡会员" in tab.head.text() and "手动设定" in tab.head.text()


def test_f2_on_a_planned_visit_in_the_worklist_records_it(qtbot, ctx, store):
    from dealerdesk.ui.pages.worklist import Page as Worklist

    acc = _account(store)
    ctx.actor = actor_for_login("li")  # the account manager
    page = Worklist(ctx)
    qtbot.addWidget(page)
    page.show()
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    row = next(i for i, w in enumerate(rows) if w.item.kind == "key_account_visit")
    assert rows[row].section == "overdue"
    page.view.selectRow(row)
    assert page.buttons["log"].isEnabled()
    page.log_follow_up()
    dlg = page.active_dialog
    assert isinstance(dlg, VisitDialog) and dlg.account_id == acc.id
    _type(qtbot, dlg.topic, "年度用车计划沟通")
    dlg.save()
    assert KeyAccountVisit.get_by_id(dlg.visit_id).visited_on == NOW.date()
    page.refresh()
    assert all(page.model.row_at(r).item.kind != "key_account_visit" or page.model.row_at(r).section == "upcoming"
               for r in range(page.model.rowCount()))


def test_make_a_company_a_key_account_in_the_dialog(qtbot, ctx, store):
    from dealerdesk.ui.dialogs.key_account import AccountDialog

    company = create_customer(SYSTEM, CustomerInput(name="顺达物流有限公司", kind="company",
                                                    phones=["020-62345678"]))
    dlg = AccountDialog(ctx, None)
    qtbot.addWidget(dlg)
    _type(qtbot, dlg.picker.line, "顺达物流")
    qtbot.keyClick(dlg.picker.line, Qt.Key.Key_Return)
    assert dlg.picker.customer_id() == company.id
    dlg.grade.setCurrentIndex(dlg.grade.findData("A"))
    dlg.manager.setCurrentIndex(dlg.manager.findData(store["sales"].id))
    dlg.year.setValue(24)
    dlg.month.setValue(2)
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    row = ka.list_key_accounts(ctx.actor, today=NOW.date())[0]
    assert (row.customer_id, row.grade, row.manager, row.year_target, row.month_target) == (
        company.id, "A", "li", 24, 2)
    person = AccountDialog(ctx, None)  # a person cannot be one: the refusal sits under the field
    qtbot.addWidget(person)
    _type(qtbot, person.picker.line, "张伟")
    qtbot.keyClick(person.picker.line, Qt.Key.Key_Return)
    person.save()
    assert "单位客户" in person.errors.labels["customer"].text()
