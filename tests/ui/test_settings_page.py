"""Settings page: typed editors built from the spec, saved through the service, refused with a message,
read-only for those without the setting's permission, and no JSON typed anywhere."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox, QTableView, QTableWidget, QTextEdit, QTimeEdit

from dealerdesk.domain import settings_spec as spec
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.settings import get_setting, get_settings
from dealerdesk.store.models import AuditLog, Setting, VehicleModel
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.pages.settings import Page
from tests.factories import make_user
from tests.ui.conftest import NOW


@pytest.fixture
def page(ctx, qtbot):
    VehicleModel.create(brand="吉利", name="星越L", price=150000)
    VehicleModel.create(brand="吉利", name="博越L", price=120000)
    VehicleModel.create(brand="吉利", name="老车型", active=False)
    widget = Page(ctx)
    qtbot.addWidget(widget)
    return widget


def edit_cell(qtbot, table, row: int, column: int, value: int) -> None:
    """Type into a table cell through its spin-box editor, as a person would (F2, type, Enter)."""
    view: QTableView = table.view
    index = table.model.index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QSpinBox), "number cells are edited with a spin box"
    editor.selectAll()
    qtbot.keyClicks(editor.lineEdit(), str(value))
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)  # the delegate commits and closes (queued)


def test_cadence_and_a_model_target_through_the_typed_tables(page, qtbot):
    cadence = page.cadence.model
    row = cadence.row_of("cadence.B")
    assert cadence.data(cadence.index(row, 0)).startswith("B ")
    assert [cadence.data(cadence.index(row, c), Qt.ItemDataRole.EditRole) for c in (1, 2)] == [5, 7]
    edit_cell(qtbot, page.cadence, row, 1, 2)
    edit_cell(qtbot, page.cadence, row, 2, 3)
    targets = page.targets.model
    assert [targets.data(targets.index(r, 0)) for r in range(targets.rowCount())] == ["博越L", "星越L"]
    edit_cell(qtbot, page.targets, targets.row_of("target.星越L"), 1, 12)
    assert page.unsaved.isVisibleTo(page)
    assert page.save() == 2
    settings = get_settings()
    assert settings["cadence.B"] == [2, 3]
    assert settings["target.星越L"] == 12
    assert "target.博越L" not in settings  # an untouched 0 target is not written
    assert not page.unsaved.isVisibleTo(page)
    assert page.save() == 0  # nothing changed since


def test_form_editors_save_typed_values(page):
    page.editors["n_rule.same_day_due"].control.setTime(page.editors["n_rule.same_day_due"].control.time()
                                                       .addSecs(3600))
    page.editors["defeat.needs_approval"].control.setChecked(False)
    page.editors["reminder.maintenance.first_months"].control.setValue(4)
    page.editors["reminder.inspection.private_online_years"].control.setText("2、4，9")
    page.editors["value.lead_points"].spins["H"].setValue(12)
    page.editors["reminder.holidays"].boxes["lantern"].setChecked(False)
    assert page.save() == 6
    assert get_setting("n_rule.same_day_due") == "15:00"
    assert get_setting("defeat.needs_approval") is False
    assert get_setting("reminder.maintenance.first_months") == 4
    assert get_setting("reminder.inspection.private_online_years") == [2, 4, 9]
    assert get_setting("value.lead_points") == {"N": 0, "C": 3, "B": 6, "A": 10, "H": 12}
    assert "lantern" not in get_setting("reminder.holidays")
    assert AuditLog.select().where(AuditLog.action == "setting.change").count() == 6


def test_spin_boxes_carry_the_spec_range_and_unit(page):
    spin = page.editors["reception.slot_minutes"].control
    setting = spec.BY_KEY["reception.slot_minutes"]
    assert (spin.minimum(), spin.maximum()) == (setting.minimum, setting.maximum)
    assert spin.suffix().strip() == "分钟"
    assert page.editors["reception.slot_minutes"].toolTip() == setting.help


def test_low_above_high_is_refused_next_to_the_cadences_and_nothing_is_saved(page, qtbot):
    cadence = page.cadence.model
    edit_cell(qtbot, page.cadence, cadence.row_of("cadence.A"), 1, 9)
    page.editors["reminder.maintenance.first_months"].control.setValue(4)  # a valid edit alongside
    assert page.save() == -1
    message = page.messages["cadence.A"]
    assert message.isVisibleTo(page) and "A 级" in message.text() and "不能大于" in message.text()
    assert page.tabs.currentIndex() == 0
    assert get_setting("cadence.A") == [3, 5]
    assert get_setting("reminder.maintenance.first_months") == 6
    assert not Setting.select().exists()


def test_an_invalid_list_is_refused_under_its_field(page):
    page.editors["reminder.inspection.private_onsite_years"].control.setText("")
    assert page.save() == -1
    message = page.messages["reminder.inspection.private_onsite_years"]
    assert message.isVisibleTo(page) and "私家车上线检测的年份" in message.text()
    assert page.tabs.tabText(page.tabs.currentIndex()) == "提醒"
    assert get_setting("reminder.inspection.private_onsite_years") == [6, 10]


def test_a_rule_between_settings_is_refused_by_the_service_next_to_the_field(page):
    page.editors["tier.mid_min"].control.setValue(70)  # above tier.high_min (60)
    assert page.save() == -1
    assert "高" in page.messages["tier.mid_min"].text()
    assert get_setting("tier.mid_min") == 30


def test_revert_restores_the_saved_values(page):
    spin = page.editors["kpi.trend_months"].control
    spin.setValue(6)
    assert page.unsaved.isVisibleTo(page) and page.revert_button.isEnabled()
    page.revert()
    assert spin.value() == 12 and not page.unsaved.isVisibleTo(page)


def test_no_free_form_json_editor_is_left(page, qtbot):
    assert not page.findChildren(QTableWidget) and not page.findChildren(QTextEdit)
    free_text = {spec.TEXT, spec.INT_LIST, spec.DAY_LIST}
    for key, editor in page.editors.items():
        if spec.BY_KEY[key].kind not in free_text:
            assert not editor.findChildren(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly) \
                or isinstance(editor.control, (QSpinBox, QTimeEdit)), key
    list_edit = page.editors["reminder.inspection.private_onsite_years"].control
    list_edit.clear()
    qtbot.keyClicks(list_edit, '[6, "x"]')
    assert list_edit.text() == "6, "  # the validator lets only digits and separators in
    shown = set(page.editors) | set(page.table_of)
    assert {s.key for s in spec.SETTINGS} <= shown  # every declared setting has a typed editor


def test_table_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.cadence.model)
    qtmodeltester.check(page.targets.model)
    assert page.cadence.model.rowCount(page.cadence.model.index(0, 0)) == 0
    assert page.cadence.model.rowCount(QModelIndex()) == 5


def test_others_read_only(store, qapp, qtbot):
    ctx = AppContext(actor=actor_for_login("li"), clock=lambda: NOW)
    widget = Page(ctx)
    qtbot.addWidget(widget)
    assert not widget.save_button.isEnabled()
    assert not widget.editors["reminder.holidays"].isEnabled()
    cadence = widget.cadence.model
    assert not cadence.flags(cadence.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not cadence.setData(cadence.index(0, 1), 1)
    assert "经理" in widget.status.text()


def test_a_manager_reads_the_system_settings_an_admin_edits_them(page, qtbot, store):
    assert page.editors["defeat.needs_approval"].isEnabled()
    assert not page.editors["store.name"].isEnabled() and not page.editors["ui.close_to_tray"].isEnabled()

    make_user("root", "管理员", "admin")
    admin = Page(AppContext(actor=actor_for_login("root"), clock=lambda: NOW))
    qtbot.addWidget(admin)
    admin.editors["store.name"].control.setText("深圳鹏程吉利4S店")
    assert admin.save() == 1 and get_setting("store.name") == "深圳鹏程吉利4S店"


def test_autostart_only_on_windows(page):
    assert page.autostart.isEnabled() is (sys.platform == "win32")


def test_every_editor_has_a_chinese_label_and_help(page):
    for group in spec.groups():
        assert any(page.tabs.tabText(i) == group.label for i in range(page.tabs.count()))
    for key, editor in page.editors.items():
        assert editor.toolTip(), f"{key} has no help"


def test_saving_tells_open_views_once_and_an_unchanged_page_tells_nobody(page, ctx, qtbot):
    """The page saves through ui/ops: settingsChanged comes from what the service marked, not from the page."""
    seen: list[str] = []
    ctx.bus.settingsChanged.connect(lambda: seen.append("settings"))
    assert page.save() == 0
    assert seen == []
    cadence = page.cadence.model
    edit_cell(qtbot, page.cadence, cadence.row_of("cadence.B"), 1, 2)
    assert page.save() == 1
    assert seen == ["settings"]
