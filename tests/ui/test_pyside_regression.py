"""PySide6 6.12.0 leaks/corrupts the refcount of None on void calls (pyproject excludes it); guard against
any binding that does it again: 10,000 void calls must leave sys.getrefcount(None) where it was."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

CALLS = 10_000
TOLERANCE = 50  # unrelated interpreter activity may move it a little; the bug moves it by ~CALLS


def _drift(call) -> int:
    call()  # warm up caches (method lookup, enum objects)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return sys.getrefcount(None) - before


def test_none_refcount_flat_on_void_qobject_calls():
    obj = QObject()
    assert abs(_drift(lambda: obj.setObjectName("x"))) < TOLERANCE


def test_none_refcount_flat_on_void_widget_calls(qapp):
    widget = QWidget()
    assert abs(_drift(lambda: widget.setEnabled(True))) < TOLERANCE
    widget.deleteLater()
