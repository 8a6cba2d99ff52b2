"""The change record a use case leaves for whoever runs it (ui/ops.py refreshes views from it)."""
import pytest

from dealerdesk.services import changes


def test_marks_outside_a_recording_are_forgotten():
    marked = changes.mark(changes.DUE)
    assert marked.due and not marked.customers
    with changes.recording() as changed:
        pass
    assert not changed


def test_recording_collects_areas_and_customers():
    with changes.recording() as changed:
        changes.mark(changes.CUSTOMERS, customer=7)
        changes.mark(changes.DUE)
    assert changed.customers and changed.due and not changed.settings
    assert changed.customer_ids == {7}


def test_nested_recordings_pass_their_marks_up():
    with changes.recording() as outer:
        with changes.recording() as inner:
            changes.mark(changes.SETTINGS)
        assert inner.settings
    assert outer.settings


def test_unknown_area_is_refused():
    with pytest.raises(ValueError):
        changes.mark("everything")
