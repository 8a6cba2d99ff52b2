"""The deal sheet dialog (订车单, issue 28): filled from the keyboard with a loan, a trade-in and two
accessories, saved (the order is recorded with its sheet), printed; the manager approves the discount."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.sales import deals
from dealerdesk.store.models import Deal, DealLine, Lead, OwnershipTransfer, SalesOrder, Vehicle, VehicleModel
from dealerdesk.ui.context import AppContext
from dealerdesk.ui import printing
from dealerdesk.ui.dialogs.deal_sheet import DealSheetDialog, DiscountApprovalDialog

from .conftest import NOW
from .printer import answer_save_dialog, pages, pdf_text, pdf_printer


def _chinese(widget, text: str) -> None:
    """Chinese arrives from the input method as a commit string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def li_ctx(store, qapp):
    VehicleModel.create(brand="大众", name="帕萨特", price=200000)
    return AppContext(actor=actor_for_login("li"), db_label="ui.db", clock=lambda: NOW)


def _number(qtbot, dialog, digits: str) -> None:
    """Select the field's number (Ctrl+A) and type the new one."""
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.focusWidget(), digits)


def _tab(qtbot, dialog, expected) -> None:
    """Tab to the next field (a date edit takes a Tab per section: year, month, day)."""
    start = dialog.focusWidget()
    for _ in range(3):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        if dialog.focusWidget() is not start:
            break
    focus = dialog.focusWidget()
    assert focus is expected or expected.isAncestorOf(focus), (focus, expected)


def test_fill_a_deal_from_the_keyboard_save_and_print(qtbot, li_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    lead = Lead.get()
    dialog = DealSheetDialog(li_ctx, lead.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    d = dialog
    d.model.setFocus()
    qtbot.keyClick(d.model, Qt.Key.Key_Down)  # 帕萨特: its guide price fills in
    assert d.list_price.value() == 200000
    _tab(qtbot, d, d.colour)
    _chinese(d.focusWidget(), "珍珠白")
    _tab(qtbot, d, d.vin)
    _tab(qtbot, d, d.list_price)
    _tab(qtbot, d, d.discount)
    _number(qtbot, d, "8000")
    _tab(qtbot, d, d.discount_note)
    _tab(qtbot, d, d.payment)
    qtbot.keyClick(d.payment, Qt.Key.Key_Down)  # 贷款: the loan fields open
    assert d.payment.currentData() == "loan" and d.lender.isEnabled()
    _tab(qtbot, d, d.lender)
    _chinese(d.focusWidget(), "平安银行")
    _tab(qtbot, d, d.down_payment)
    _number(qtbot, d, "60000")
    _tab(qtbot, d, d.loan_months)
    _number(qtbot, d, "36")
    _tab(qtbot, d, d.monthly_payment)
    _number(qtbot, d, "4300")
    _tab(qtbot, d, d.loan_status)
    _tab(qtbot, d, d.trade_in)  # the middle column follows the left one
    qtbot.keyClick(d.trade_in, Qt.Key.Key_Space)
    assert d.trade_model.isEnabled()
    _tab(qtbot, d, d.trade_model)
    _chinese(d.focusWidget(), "本田飞度 2015")
    _tab(qtbot, d, d.trade_plate)
    _chinese(d.focusWidget(), "粤B88888")
    _tab(qtbot, d, d.trade_vin)
    qtbot.keyClicks(d.focusWidget(), "LSVAB2AB1CN000009")
    _tab(qtbot, d, d.trade_mileage)
    _number(qtbot, d, "98000")
    _tab(qtbot, d, d.trade_value)
    _number(qtbot, d, "30000")
    _tab(qtbot, d, d.trade_valued_by)
    _tab(qtbot, d, d.insured)  # disabled parts (insurance, registration) are skipped until ticked
    _tab(qtbot, d, d.deposit)
    _number(qtbot, d, "5000")
    _tab(qtbot, d, d.deposit_on)
    _tab(qtbot, d, d.deposit_refundable)
    _tab(qtbot, d, d.deposit_status)
    _tab(qtbot, d, d.registration)
    _tab(qtbot, d, d.warranty_years)
    _tab(qtbot, d, d.accessory)
    _chinese(d.focusWidget(), "脚垫")  # from the list: its price follows
    assert d.accessory_price.value() == 800
    qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Return)
    assert len(d.line_values) == 1 and d.focusWidget() in (d.accessory, d.accessory.lineEdit())
    _chinese(d.focusWidget(), "行车记录仪")
    _tab(qtbot, d, d.accessory_price)
    _tab(qtbot, d, d.accessory_free)
    qtbot.keyClick(d.accessory_free, Qt.Key.Key_Space)  # this one is free
    _tab(qtbot, d, d.add_line_btn)
    qtbot.keyClick(d.add_line_btn, Qt.Key.Key_Space)
    assert [(x.name, x.price, x.charged) for x in d.line_values] == [("脚垫", 800, True), ("行车记录仪", 1200, False)]
    # live totals: 192000 + 800 = 192800; − 30000 − 5000 − (192000 − 60000) = 25800
    assert "192,800" in d.totals.text() and "25,800" in d.totals.text()
    assert "需经理审批" in d.approval.text()
    # print (Ctrl+P): the order is recorded with its sheet, then the sheet goes to the printer (a PDF printer
    # standing in for the print dialog's choice)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "ask", lambda printer, parent: pdf_printer(printer, out))
    qtbot.keyClick(d, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    if not out.exists():  # the shortcut needs an active window, which an offscreen run may not give
        assert d.print_sheet(accept=lambda printer: pdf_printer(printer, out)) == 1
    assert pages(out) == 1
    # 另存为 PDF: the 订车单 itself, written where the person says (the save dialog starts in Documents)
    saved = tmp_path / "order.pdf"
    asked = answer_save_dialog(monkeypatch, saved)
    d.save_pdf_btn.click()
    assert asked == [str(printing.documents_dir() / f"订车单-{d.lead.customer_name}.pdf")]
    text = pdf_text(saved)
    assert "珍珠白" in text and "平安银行" in text and "脚垫" in text
    order = SalesOrder.get(SalesOrder.lead == lead.id)
    deal = Deal.get(Deal.order == order.id)
    assert (order.price, order.payment_method, Lead.get_by_id(lead.id).level) == (192000, "loan", "O")
    assert (deal.lender, deal.loan_months, deal.down_payment, deal.deposit, deal.colour) == (
        "平安银行", 36, 60000, 5000, "珍珠白")
    assert deal.discount_status == "pending"
    assert [x.name for x in DealLine.select().order_by(DealLine.position)] == ["脚垫", "行车记录仪"]
    old = Vehicle.get(Vehicle.vin == "LSVAB2AB1CN000009")
    assert old.owner_id is None and OwnershipTransfer.select().where(OwnershipTransfer.vehicle == old.id).count() == 1
    # saving again (Ctrl+S or the button) edits the same order and closes
    d.save_btn.click()
    assert SalesOrder.select().count() == 1 and d.result() == DealSheetDialog.DialogCode.Accepted


def test_manager_approves_the_pending_discount(qtbot, li_ctx, monkeypatch):
    lead = Lead.get()
    sheet = deals.order_with_deal(li_ctx.actor, lead.id, deals.DealInput(list_price=200000, discount=9000),
                                  at=NOW)
    assert sheet.discount_status == "pending"
    boss = AppContext(actor=actor_for_login("boss"), db_label="ui.db", clock=lambda: NOW)
    dialog = DiscountApprovalDialog(boss)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "9,000"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.approve_selected()
    assert dialog.table.rowCount() == 0
    assert deals.get_deal(boss.actor, sheet.order_id).discount_status == "approved"


def test_the_worklist_shows_the_discount_approvals_to_the_manager(qtbot, li_ctx):
    from dealerdesk.ui.pages.worklist import Page

    deals.order_with_deal(li_ctx.actor, Lead.get().id, deals.DealInput(list_price=200000, discount=9000), at=NOW)
    boss = AppContext(actor=actor_for_login("boss"), db_label="ui.db", clock=lambda: NOW)
    page = Page(boss)
    qtbot.addWidget(page)
    page.refresh()
    assert page.discount_approvals.text() == "优惠审批 (1)"
    sales_page = Page(li_ctx)
    qtbot.addWidget(sales_page)
    assert not sales_page.discount_approvals.isVisibleTo(sales_page)


def test_the_profile_opens_an_order_s_deal_sheet(qtbot, li_ctx, store, monkeypatch):
    from shiboken6 import isValid

    from dealerdesk.ui.dialogs import deal_sheet
    from dealerdesk.ui.dialogs.profile import ProfileWindow

    lead = Lead.get()
    sheet = deals.order_with_deal(li_ctx.actor, lead.id, deals.DealInput(list_price=200000, discount=3000), at=NOW)
    opened = []
    monkeypatch.setattr(deal_sheet.DealSheetDialog, "exec", lambda self: opened.append(self.order_id) or 0)
    w = ProfileWindow(li_ctx, store["ids"][0])
    w.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    w.show()
    qtbot.waitExposed(w)
    view = w.table_views["orders"]
    assert w.views["orders"].rowCount() == 1
    view.doubleClicked.emit(w.views["orders"].index(0, 0))
    assert opened == [sheet.order_id]
    if isValid(w):
        w.close()
