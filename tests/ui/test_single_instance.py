"""A second start on the same store brings the first window forward instead of opening a second one; another
store is another instance. Two servers in one process stand for the two starts."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from dealerdesk.ui.single_instance import SingleInstance, bring_to_front, server_name, store_key


def test_the_same_store_named_two_ways_is_one_key(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert store_key("store.db") == store_key(str(tmp_path / "store.db")) == store_key(f"sqlite:///{tmp_path}/store.db")
    assert server_name("store.db") == server_name(str(tmp_path / "sub" / ".." / "store.db"))
    assert server_name("store.db") != server_name("other.db")
    assert store_key("postgresql://desk@crm-server/dealer?sslmode=require") == "postgresql://desk@crm-server/dealer"


def test_a_second_start_on_the_same_store_activates_the_first(qtbot, tmp_path):
    first = SingleInstance(str(tmp_path / "store.db"))
    assert first.claim()
    try:
        second = SingleInstance(str(tmp_path / "store.db"))
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.claim()  # the second start exits
        assert second.server is None
    finally:
        first.close()


def test_another_store_is_another_instance(qtbot, tmp_path):
    first = SingleInstance(str(tmp_path / "a.db"))
    other = SingleInstance(str(tmp_path / "b.db"))
    try:
        assert first.claim() and other.claim()
    finally:
        first.close()
        other.close()


def test_after_the_first_instance_ends_the_next_start_is_first(qtbot, tmp_path):
    first = SingleInstance(str(tmp_path / "store.db"))
    assert first.claim()
    first.close()
    again = SingleInstance(str(tmp_path / "store.db"))
    try:
        assert again.claim()
    finally:
        again.close()


def test_activation_brings_a_hidden_or_minimized_window_back(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    first = SingleInstance(str(tmp_path / "store.db"))
    assert first.claim()
    first.activated.connect(lambda: bring_to_front(window))
    try:
        window.hide()  # in the tray
        assert not SingleInstance(str(tmp_path / "store.db")).claim()
        qtbot.waitUntil(window.isVisible, timeout=5000)
        window.showMinimized()
        assert not SingleInstance(str(tmp_path / "store.db")).claim()
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
    finally:
        first.close()


def test_run_gui_on_a_store_already_open_here_brings_it_forward_and_exits(tmp_path, monkeypatch, qapp, qtbot):
    import sys

    from dealerdesk import app

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app, "setup_logging", lambda: None)
    opened = []
    monkeypatch.setattr(app, "open_database", lambda *a: opened.append(a))  # must not be reached
    store = str(tmp_path / "store.db")
    running = SingleInstance(store)
    assert running.claim()
    try:
        with qtbot.waitSignal(running.activated, timeout=5000):
            assert app.run_gui(db=store, demo=False, tray_only=False) == 0
        assert opened == []
    finally:
        running.close()


def test_run_gui_refuses_a_store_on_a_network_share_in_chinese(tmp_path, monkeypatch, qapp):
    import sys

    from dealerdesk import app

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app, "setup_logging", lambda: None)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "show_error_dialog", lambda title, text, *a, **k: shown.append((title, text)))
    assert app.run_gui(db=r"\\fileserver\crm\dealerdesk.db", demo=False, tray_only=False) == 1
    title, text = shown[0]
    assert title == "无法打开数据库" and "网络共享" in text and "PostgreSQL" in text
