"""Issue 20's acceptance on real widgets: a new store from a missing file — the first-run wizard (store name,
administrator, start empty), a consultant and a service advisor added on the users page, a car model and a
service package on the 车型与价目 page, then a walk-in customer with a lead on that model owned by that
consultant, and a repair order with that package. Nothing is written to the database except through the
windows (the people log in with the passwords the administrator gave them)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from dealerdesk.services import accounts
from dealerdesk.services import reception as rc
from dealerdesk.services.sales.leads import list_leads
from dealerdesk.store.db import close_store
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.dialogs.catalogue import ItemDialog, ModelDialog, PackageDialog
from dealerdesk.ui.dialogs.check_in import CheckInDialog
from dealerdesk.ui.dialogs.repair_order import RepairOrderDialog
from dealerdesk.ui.dialogs.walk_in import WalkInDialog
from dealerdesk.ui.first_run.wizard import EMPTY, FirstRunWizard
from dealerdesk.ui.pages import catalogue as catalogue_page
from dealerdesk.ui.pages import reception as reception_page
from dealerdesk.ui.pages import users as users_page

ADMIN_PASSWORD = "kaidian2026"


def _type(qtbot, edit, text: str) -> None:
    """Type like a person: ASCII as key presses, Chinese as an input-method commit."""
    edit.setFocus()
    if hasattr(edit, "clear"):
        edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)


def _wizard(qtbot, monkeypatch, missing):
    from dealerdesk import app

    def drive(wizard):
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()  # language: 简体中文
        _type(qtbot, wizard.store_page.name, "深圳鹏程汽车4S店")
        wizard.next()
        _type(qtbot, wizard.admin_page.login, "laowang")
        _type(qtbot, wizard.admin_page.name, "王店长")
        wizard.admin_page.password.setText(ADMIN_PASSWORD)
        wizard.admin_page.confirm.setText(ADMIN_PASSWORD)
        wizard.next()
        wizard.next()  # folders: the defaults
        wizard.start_page.choices[EMPTY].setChecked(True)
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result()

    monkeypatch.setattr(FirstRunWizard, "exec", drive)
    info = app.open_database(str(missing), demo=False)
    assert info.created
    actor, _label, result = app.log_in_or_set_up(missing.name, demo=False)
    assert actor is not None and actor.role == "admin" and result.open_import is False
    return actor


def _add_user(qtbot, monkeypatch, page, login, name, role, password):
    def fill(dialog):
        qtbot.addWidget(dialog)
        _type(qtbot, dialog.login_edit, login)
        _type(qtbot, dialog.name_edit, name)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        _type(qtbot, dialog.fields.new, password)
        _type(qtbot, dialog.fields.confirm, password)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(users_page.NewUserDialog, "exec", fill)
    page.new_button.click()
    return accounts.authenticate(login, password)


@pytest.fixture
def new_store(tmp_path, qsettings_tmp, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DEALERDESK_USER", raising=False)
    monkeypatch.delenv("DEALERDESK_PASSWORD", raising=False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    for box in ("warning", "critical"):  # an error box on the way fails the test instead of waiting for a click
        monkeypatch.setattr(QMessageBox, box, lambda *a, **k: pytest.fail(f"error box: {a[2] if len(a) > 2 else a}"))
    folder = tmp_path / "shop"
    folder.mkdir()
    yield folder / "dealerdesk.db"
    close_store()


def test_a_new_store_from_the_wizard_to_a_lead_and_a_repair_order(qtbot, monkeypatch, new_store):
    admin = _wizard(qtbot, monkeypatch, new_store)

    # the administrator adds a consultant and a service advisor on the users page
    users = users_page.Page(AppContext(actor=admin, db_label="dealerdesk.db"))
    qtbot.addWidget(users)
    consultant = _add_user(qtbot, monkeypatch, users, "xiaoli", "李婷", "sales", "xiaoli-2026")
    advisor = _add_user(qtbot, monkeypatch, users, "xiaozhao", "赵明", "service_advisor", "xiaozhao-2026")

    # … and fills the catalogue: a car model, a part, a labour item and the package of both
    catalogue = catalogue_page.Page(AppContext(actor=admin, db_label="dealerdesk.db"))
    qtbot.addWidget(catalogue)

    def model_exec(dialog):
        qtbot.addWidget(dialog)
        _type(qtbot, dialog.brand, "广汽丰田")
        _type(qtbot, dialog.series, "凯美瑞")
        _type(qtbot, dialog.name, "凯美瑞 2.0G 豪华版")
        dialog.price.setValue(179800)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ModelDialog, "exec", model_exec)
    catalogue.models_tab.new_button.click()
    camry = catalogue.models_tab.selected()
    assert camry.name == "凯美瑞 2.0G 豪华版"

    def item_exec_for(kind, code, name, price):
        def item_exec(dialog):
            qtbot.addWidget(dialog)
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            _type(qtbot, dialog.code, code)
            _type(qtbot, dialog.name, name)
            if kind == "labour":
                dialog.hours.setValue(1.0)
                dialog.rate.setValue(price)
            else:
                dialog.price.setValue(price)
            dialog.save()
            return dialog.result()
        return item_exec

    for kind, code, name, price in (("part", "P-OIL", "机油", 68), ("labour", "L-MAINT", "保养工时", 150)):
        monkeypatch.setattr(ItemDialog, "exec", item_exec_for(kind, code, name, price))
        catalogue.prices_tab.new_item_button.click()

    def package_exec(dialog):
        qtbot.addWidget(dialog)
        _type(qtbot, dialog.code, "PK-MINOR")
        _type(qtbot, dialog.name, "小保养")
        for code, qty in (("P-OIL", 4), ("L-MAINT", 1)):
            dialog.item.setCurrentIndex(next(i for i in range(dialog.item.count())
                                             if dialog.item.itemText(i).startswith(code)))
            dialog.qty.setValue(qty)
            dialog.add_button.click()
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PackageDialog, "exec", package_exec)
    catalogue.prices_tab.new_package_button.click()
    kind, package = catalogue.prices_tab.selected()
    assert (kind, package.name, package.price) == ("package", "小保养", Decimal("422.00"))  # 4 × 68 + 150

    # the consultant registers a walk-in: the customer and a lead on that model, owned by the consultant
    sales_ctx = AppContext(actor=consultant, db_label="dealerdesk.db")
    walk_in = WalkInDialog(sales_ctx)
    qtbot.addWidget(walk_in)
    walk_in.show()
    _type(qtbot, walk_in.name.edit, "王小明")
    _type(qtbot, walk_in.phone.edit, "13811112222")
    walk_in.model.setCurrentIndex(walk_in.model.findData(camry.id))
    walk_in.owner.setCurrentIndex(walk_in.owner.findData(consultant.id))
    walk_in.level.setCurrentIndex(walk_in.level.findData("A"))
    with qtbot.waitSignal(walk_in.accepted, timeout=2000):
        walk_in.accept()
    result = walk_in.result_data
    assert result.new_lead
    (lead,) = list_leads(consultant, customer_id=result.customer_id)
    assert (lead.model_id, lead.owner_id, lead.level) == (camry.id, consultant.id, "A")

    # the service advisor receives the customer's car (bought elsewhere) and quotes the package
    service_ctx = AppContext(actor=advisor, db_label="dealerdesk.db")
    page = reception_page.Page(service_ctx)
    qtbot.addWidget(page)
    page.walk_in()
    check_in = page.active_dialog
    assert isinstance(check_in, CheckInDialog)
    _type(qtbot, check_in.search, "13811112222")
    qtbot.keyClick(check_in.search, Qt.Key.Key_Return)
    assert check_in.customer.currentData() == result.customer_id
    check_in.new_car.setChecked(True)
    _type(qtbot, check_in.new_plate, "粤B8K2M6")
    _type(qtbot, check_in.new_model, "本田 雅阁")  # another brand: free text
    _type(qtbot, check_in.mileage, "36000")
    qtbot.keyClick(check_in.mileage, Qt.Key.Key_Return)
    assert check_in.order is not None, {k: v.text() for k, v in check_in.errors.labels.items()}
    order_dialog = page.active_dialog
    assert isinstance(order_dialog, RepairOrderDialog)
    combo = order_dialog.item.combo
    combo.setCurrentIndex(combo.findText("PK-MINOR", Qt.MatchFlag.MatchStartsWith))
    order_dialog.add_btn.click()
    order = rc.get_order(advisor, check_in.order.id)
    assert [line.name for line in order.lines] == ["机油", "保养工时"]
    assert order.totals.quoted == Decimal("422.00")
    assert order.customer_id == result.customer_id and order.advisor_id == advisor.id
