"""ui/ops.py: a use case run for a page emits the bus signals for what it marked, and shows its errors."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from dealerdesk.domain.errors import InvalidInput, NotFound
from dealerdesk.services import changes
from dealerdesk.services.sales import leads
from dealerdesk.ui import ops
from dealerdesk.ui.widgets.fields import FieldMessage


class Spy:
    """Every bus signal, in order, with its argument."""

    def __init__(self, bus) -> None:
        self.seen: list[tuple] = []
        bus.customersChanged.connect(lambda: self.seen.append(("customers",)))
        bus.customerChanged.connect(lambda cid: self.seen.append(("customer", cid)))
        bus.dueChanged.connect(lambda: self.seen.append(("due",)))
        bus.settingsChanged.connect(lambda: self.seen.append(("settings",)))


@pytest.fixture()
def page(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture()
def boxes(monkeypatch):
    """The message boxes ops would show: (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def test_a_use_case_that_marks_due_and_a_customer_emits_due_once_and_that_customer(ctx, store, page, boxes):
    spy = Spy(ctx.bus)
    customer = store["ids"][3]
    detail = ops.run(page, ctx, leads.create_lead, leads.LeadInput(customer_id=customer, level="H"), at=ctx.clock())
    assert detail.customer_id == customer  # the use case's own result comes back
    assert spy.seen == [("customer", customer), ("due",)]
    assert boxes == []


def test_the_lists_the_customers_the_due_work_and_the_settings_each_get_their_signal(ctx, page):
    spy = Spy(ctx.bus)

    def everything() -> str:
        changes.mark(changes.SETTINGS, changes.DUE)
        changes.mark(changes.CUSTOMERS, customer=7)
        changes.mark(changes.DUE, customer=3)
        return "done"

    assert ops.call(page, ctx, everything) == "done"
    assert spy.seen == [("customers",), ("customer", 3), ("customer", 7), ("due",), ("settings",)]


def test_nothing_marked_nothing_emitted(ctx, page):
    spy = Spy(ctx.bus)
    assert ops.call(page, ctx, lambda: None) is None  # a use case may return None: that is not FAILED
    assert spy.seen == []


def test_an_error_is_shown_in_one_box_nothing_is_emitted_and_failed_comes_back(ctx, page, boxes):
    spy = Spy(ctx.bus)
    result = ops.run(page, ctx, leads.log_follow_up, 999_999, "phone", "打过电话", at=ctx.clock())
    assert result is ops.FAILED and not result
    assert boxes == [("操作未完成", "找不到线索 999999")]
    assert spy.seen == []  # marks made before the error do not count
    assert QGuiApplication.overrideCursor() is None  # the busy cursor is gone again


def test_marks_made_before_an_error_are_dropped(ctx, page, boxes):
    spy = Spy(ctx.bus)

    def half_done() -> None:
        changes.mark(changes.DUE, customer=1)
        raise NotFound("找不到")

    assert ops.call(page, ctx, half_done, title="无法保存") is ops.FAILED
    assert boxes == [("无法保存", "找不到")]
    assert spy.seen == []


def test_an_input_error_goes_under_the_field_it_names(ctx, page, boxes, qtbot):
    content, general = FieldMessage(page), FieldMessage(page)
    result = ops.run(page, ctx, leads.log_follow_up, 1, "phone", "  ", at=ctx.clock(),
                     errors={"content": content, ops.INPUT: general})
    assert result is ops.FAILED
    assert content.text() == "请填写跟进内容" and not content.isHidden()
    assert general.text() == "" and boxes == []


def test_an_input_error_naming_another_field_goes_to_the_input_catch_all(ctx, page, boxes):
    content, general = FieldMessage(page), FieldMessage(page)
    ops.run(page, ctx, leads.log_follow_up, 1, "fax", "打过电话", at=ctx.clock(),
            errors={"content": content, ops.INPUT: general})
    assert general.text() == "请选择联系方式" and content.text() == "" and boxes == []


def test_other_errors_still_get_the_box_unless_the_page_takes_them(ctx, page, boxes):
    content, general = FieldMessage(page), FieldMessage(page)
    ops.run(page, ctx, leads.log_follow_up, 999_999, "phone", "打过电话", errors={"content": content})
    assert boxes == [("操作未完成", "找不到线索 999999")] and content.text() == ""
    ops.run(page, ctx, leads.log_follow_up, 999_999, "phone", "打过电话", errors={ops.ANY: general})
    assert general.text() == "找不到线索 999999" and len(boxes) == 1


def test_a_callable_shows_the_error_itself(ctx, page, boxes):
    seen = []
    ops.call(page, ctx, lambda: (_ for _ in ()).throw(InvalidInput("坏了", field="x")), errors=seen.append)
    assert [str(e) for e in seen] == ["坏了"] and boxes == []


def test_other_exceptions_are_not_swallowed(ctx, page):
    spy = Spy(ctx.bus)
    with pytest.raises(ZeroDivisionError):
        ops.call(page, ctx, lambda: 1 / 0)
    assert spy.seen == [] and QGuiApplication.overrideCursor() is None


def test_recorded_keeps_what_a_worker_job_marked_for_emit(ctx):
    spy = Spy(ctx.bus)

    def job(n: int, progress=None) -> int:
        changes.mark(changes.CUSTOMERS, changes.DUE)
        return n * 2

    recorded = ops.Recorded(job)
    assert recorded(21, progress=None) == 42
    assert spy.seen == []  # nothing is emitted in the worker's thread
    ops.emit(ctx, recorded.changes)
    assert spy.seen == [("customers",), ("due",)]


def test_any_error_shows_an_unexpected_exception_in_the_box(ctx, page, boxes, tmp_path, monkeypatch):
    """A true bug: the box names the log file, which holds the traceback."""
    from dealerdesk.services import failures

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path))

    assert ops.call(page, ctx, lambda: 1 / 0, any_error=True) is ops.FAILED
    [(title, text)] = boxes
    assert title == "操作未完成" and text.startswith("意外错误（ZeroDivisionError）")
    assert str(failures.log_file()) in text
    assert "ZeroDivisionError: division by zero" in failures.log_file().read_text(encoding="utf-8")
    assert QGuiApplication.overrideCursor() is None


def test_a_store_condition_is_shown_in_words_without_any_error(ctx, page, boxes):
    """Disk full under a use case (SQLite's 'cannot rollback' raised while handling SQLITE_FULL): the box says
    the disk is full and what to do, not the driver's words, even without any_error."""
    import sqlite3

    def full_with_context():
        try:
            err = sqlite3.OperationalError("database or disk is full")
            raise err
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active")  # noqa: B904

    assert ops.call(page, ctx, full_with_context) is ops.FAILED
    assert boxes[0][1].startswith("磁盘已满")
    assert QGuiApplication.overrideCursor() is None


# --- the dialogs that run their use case through ops: the same signals as before, errors in the same place ---

def test_a_survey_tells_the_due_work_and_its_customer_without_the_dialog_knowing(ctx, store, qtbot):
    from dealerdesk.ui.dialogs.survey import SurveyDialog

    customer = store["ids"][2]
    dialog = SurveyDialog(ctx, customer_id=customer)
    qtbot.addWidget(dialog)
    spy = Spy(ctx.bus)
    dialog.save()
    assert dialog.messages["overall"].text() != "" and spy.seen == []  # the required rating, under its field
    dialog.combos["overall"].setCurrentIndex(1)
    dialog.save()
    assert dialog.result_row is not None and dialog.result() == dialog.DialogCode.Accepted
    assert spy.seen.count(("due",)) == 1 and ("customer", customer) in spy.seen


def test_a_follow_up_shows_its_input_error_under_the_field_and_then_saves(ctx, store, qtbot):
    from dealerdesk.store.models import Lead
    from dealerdesk.ui.dialogs.follow_up import FollowUpDialog

    lead = Lead.get(Lead.customer == store["ids"][0])
    dialog = FollowUpDialog(ctx, lead.id)
    qtbot.addWidget(dialog)
    spy = Spy(ctx.bus)
    dialog.accept()
    assert dialog.content_msg.text() == "请填写跟进内容" and spy.seen == []
    dialog.content.setPlainText("客户下周来试驾")
    dialog.accept()
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted
    assert spy.seen == [("customer", store["ids"][0]), ("due",)]


def test_a_complaint_error_goes_under_its_field_and_a_saved_one_reaches_worklist_and_profile(ctx, store, qtbot):
    from dealerdesk.ui.dialogs.complaint import ComplaintDialog

    customer = store["ids"][4]
    dialog = ComplaintDialog(ctx, customer_id=customer)
    qtbot.addWidget(dialog)
    spy = Spy(ctx.bus)
    dialog.save()
    assert dialog.messages["content"].text() == "请填写投诉内容" and spy.seen == []
    dialog.content.setPlainText("保养后异响")
    dialog.save()
    assert dialog.result_row is not None
    assert spy.seen.count(("due",)) == 1 and ("customer", customer) in spy.seen


@pytest.mark.parametrize("confirm", [False, True])
def test_a_service_record_below_the_last_mileage_is_asked_about_first(ctx, store, qtbot, confirm):
    from dealerdesk.store.models import Vehicle
    from dealerdesk.ui.dialogs.service_record import ServiceRecordDialog

    car = Vehicle.get(Vehicle.plate == "粤B12345")
    Vehicle.update(mileage_km=20_000).where(Vehicle.id == car.id).execute()
    dialog = ServiceRecordDialog(ctx, car.id, last_km=20_000)
    qtbot.addWidget(dialog)
    asked = []
    dialog.confirm_lower_mileage = lambda exc: asked.append(str(exc)) or confirm
    dialog.mileage.setValue(10_000)
    spy = Spy(ctx.bus)
    dialog.save()
    assert len(asked) == 1 and "低于上次记录" in asked[0]
    if confirm:
        assert dialog.result_row is not None and dialog.result_row.mileage_km == 10_000
        assert spy.seen.count(("due",)) == 1 and ("customer", store["ids"][2]) in spy.seen
    else:
        assert dialog.result_row is None and spy.seen == []
        assert "低于上次记录" in dialog.messages["mileage_km"].text()


@pytest.mark.parametrize("confirmed", [False, True])
def test_a_check_in_below_the_last_mileage_is_said_beside_the_field_and_confirmed_there(ctx, store, qtbot,
                                                                                        monkeypatch, confirmed):
    """Issue 21: no popup (it ate the keys typed meanwhile); the warning sits beside the field and "读数无误"
    confirms it."""
    from dealerdesk.store.models import Vehicle
    from dealerdesk.ui.dialogs.check_in import CheckInDialog

    Vehicle.update(mileage_km=20_000).where(Vehicle.plate == "粤B12345").execute()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a, **k: asked.append(text))
    dialog = CheckInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("粤B12345")
    dialog._find()
    assert dialog.vehicle.currentData() is not None
    dialog.mileage.setValue(10_000)
    assert "低于上次记录" in dialog.mileage_note.text()
    dialog.mileage_ok.setChecked(confirmed)
    spy = Spy(ctx.bus)
    dialog._save()
    assert asked == []
    if confirmed:
        assert dialog.order is not None and spy.seen.count(("due",)) == 1
    else:
        assert dialog.order is None and spy.seen == []
        assert "低于上次记录" in dialog.errors.labels["mileage_km"].text()
