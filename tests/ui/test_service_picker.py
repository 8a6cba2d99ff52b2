"""The repair order's item picker: labour, parts and packages under headings; a package adds its lines priced
to its fixed price; a free line keeps its typed name and price."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from dealerdesk.services import catalogue
from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM
from dealerdesk.store.models import Vehicle
from dealerdesk.ui.dialogs.repair_order import RepairOrderDialog
from dealerdesk.ui.widgets.service_picker import ServicePicker
from tests.factories import make_user


def _price_list(manager):
    oil = catalogue.save_catalogue_item(manager, "P-OIL", "机油", "part", "68", unit="升")
    flt = catalogue.save_catalogue_item(manager, "P-OILF", "机油滤清器", "part", "45")
    lab = catalogue.save_catalogue_item(manager, "L-MAINT", "常规保养工时", "labour", hours="1", rate="180")
    return catalogue.save_package(manager, "PK-MINOR", "小保养", [(oil.id, 4), (flt.id, 1), (lab.id, 1)],
                                  fixed_price="399")


def test_headings_and_the_lines_a_choice_gives(ctx, store, qtbot):
    _price_list(store["manager"])
    picker = ServicePicker(ctx)
    qtbot.addWidget(picker)
    texts = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert [t for t in texts if "  " not in t] == ["工时", "配件", "套餐"]
    assert not picker.combo.model().item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    picker.combo.setCurrentIndex(picker.combo.findText("PK-MINOR", Qt.MatchFlag.MatchStartsWith))
    lines = picker.lines(1)
    assert [(ln.qty, ln.job) for ln in lines] == [("4.00", "小保养"), ("1.00", "小保养"), ("1.00", "小保养")]
    assert sum(Decimal(ln.qty) * Decimal(ln.unit_price) for ln in lines) == Decimal("399.00")
    assert not picker.price.isEnabled()
    picker.combo.lineEdit().setText("轮胎动平衡")
    assert picker.price.isEnabled()
    picker.price.setValue(80)
    (free,) = picker.lines(2)
    assert (free.name, free.qty, free.unit_price, free.catalogue_item_id) == ("轮胎动平衡", "2", "80.00", None)


def test_a_package_on_a_repair_order_adds_its_lines(ctx, store, qtbot):
    _price_list(store["manager"])
    make_user("adv", "赵顾问", "service_advisor")
    car = Vehicle.get(Vehicle.plate == "粤B12345")
    order = rc.check_in(SYSTEM, rc.CheckInInput(car.owner_id, car.id, 20000))
    dialog = RepairOrderDialog(ctx, order.id)
    qtbot.addWidget(dialog)
    dialog.item.combo.setCurrentIndex(dialog.item.combo.findText("PK-MINOR", Qt.MatchFlag.MatchStartsWith))
    dialog.add_btn.click()
    assert dialog.model.rowCount() == 3
    assert rc.get_order(SYSTEM, order.id).base_total == Decimal("399.00")
