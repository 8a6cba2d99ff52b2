"""The shell: pages by Ctrl+1..7 (placeholders for missing modules), search as you type, status bar."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.pages import PAGES
from dealerdesk.ui.widgets.search_box import group_hits


@pytest.fixture()
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_shortcuts_switch_pages(qtbot, window):
    from dealerdesk.ui.pages import may_open

    for i, (name, _module, _label, shortcut) in enumerate(PAGES):
        if not may_open(window.ctx.actor, name):  # a page this role may not use stays closed (test_role_window)
            continue
        modifiers = Qt.KeyboardModifier.ControlModifier  # Ctrl+1 … Ctrl+0, then Ctrl+Shift+letter (客户营销)
        if "Shift+" in shortcut:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window, Qt.Key(ord(shortcut[-1])), modifiers)
        assert window.current_page_name() == name, shortcut
        assert window.nav.currentRow() == i
    assert window.pages["customers"].__class__.__module__ == "dealerdesk.ui.pages.customers"


def test_missing_page_module_shows_placeholder(window, monkeypatch):
    monkeypatch.setattr("dealerdesk.ui.main_window.PAGES",
                        PAGES + [("nowhere", "no_such_page_module", "未来", "Ctrl+9")])
    page = window.page("nowhere")
    assert page.__class__.__module__ == "dealerdesk.ui.pages.placeholder"
    assert page.message.text() == "此功能即将推出"


def test_show_page_via_context(window, ctx):
    ctx.show_page("settings")
    assert window.current_page_name() == "settings"
    ctx.show_page("customers")
    assert window.current_page_name() == "customers"


def test_status_bar(window):
    assert "ui.db" in window.db_label.text()
    assert "王经理" in window.user_label.text() and "经理" in window.user_label.text()
    assert "6" in window.count_label.text()


def test_search_as_you_type_and_enter_opens_first(qtbot, window, ctx, store):
    opened: list[int] = []
    window.profiles.open = opened.append
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "wangf")
    qtbot.waitUntil(lambda: window.search_box.popup.isVisible(), timeout=2000)
    assert [h.name for h in window.search_box.hits] == ["王芳"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert opened == [store["ids"][1]]
    assert not window.search_box.popup.isVisible()


def test_search_groups_by_kind(qtbot, window):
    box = window.search_box
    box.setText("8000")  # phone tail of 张伟, and not a plate in the store
    box.run_search()
    groups = [kind for kind, _ in group_hits(box.hits)]
    assert groups and groups[0] == "phone"
    top = box.popup.tree.topLevelItem(0)
    assert top.text(0) == "电话" and top.child(0).text(0).strip() == "张伟"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup.isVisible()


def test_open_customer_falls_back_to_summary(qtbot, window, ctx, store, monkeypatch):
    monkeypatch.setattr("dealerdesk.ui.widgets.customer_actions._optional", lambda module, name: None)
    box = window.profiles.open(store["ids"][2])
    assert box is not None and "李娜" in box.text()
    assert window.profiles.open(store["ids"][2]) is box  # one window per customer
    box.close()


def test_geometry_is_saved(qtbot, window, ctx):
    window.resize(700, 500)  # offscreen screens are small; restoreGeometry clamps
    window.show_page("reports")
    saved = window.size()
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_page_name() == "reports"
    assert again.height() == saved.height()  # the width may be clamped to the small offscreen screen


def test_open_customer_one_window_per_customer(qtbot, window, ctx, store):
    first = window.profiles.open(store["ids"][3])
    assert first is not None and first.isVisible()
    assert window.profiles.open(store["ids"][3]) is first
    other = window.profiles.open(store["ids"][4])
    assert other is not first
    for w in (first, other):
        w.close()


def test_run_gui_reports_a_bad_store_in_chinese(tmp_path, monkeypatch, qapp):
    import sys

    from dealerdesk import app

    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(app, "setup_logging", lambda: None)  # keep the root logger of the test run clean
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "show_error_dialog", lambda title, text, *a, **k: shown.append((title, text)))
    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    assert app.run_gui(db=str(bad), demo=False, tray_only=False) == 1
    assert shown and shown[0][0] == "无法打开数据库" and "不是 DealerDesk 数据库文件" in shown[0][1]


def test_cjk_font_preference():
    from dealerdesk.app import pick_cjk_font

    have = ["DejaVu Sans", "WenQuanYi Micro Hei", "Microsoft YaHei UI"]
    assert pick_cjk_font(have, windows=True)[0] == "Microsoft YaHei UI"
    assert pick_cjk_font(have, windows=False)[0] == "WenQuanYi Micro Hei"
    assert pick_cjk_font(["DejaVu Sans"], windows=False) == []


def test_worker_delivers_result_progress_and_cancel(qtbot):
    import threading

    from dealerdesk.ui.workers import Worker

    seen: list[tuple[int, int, str]] = []
    threads: list[bool] = []

    def job(n, progress):
        threads.append(threading.current_thread() is threading.main_thread())
        for i in range(n):
            progress(i + 1, n, "步骤")
        return n * 2

    worker = Worker(job, 3)
    worker.progress.connect(lambda d, t, s: seen.append((d, t, s)))
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
    assert worker.result == 6 and seen[-1] == (3, 3, "步骤") and threads == [False]

    gate = threading.Event()

    def slow(progress):
        gate.wait(5)
        progress(1, 2, "")
        return "not reached"

    worker = Worker(slow)
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.start()
        worker.cancel()
        gate.set()
    assert worker.was_cancelled and worker.result is None


def test_help_menu_has_f1_help_and_about(window):
    from PySide6.QtGui import QKeySequence

    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("帮助"))
    names = [a.text() for a in help_menu.actions()]
    assert "关于 DealerDesk" in names
    f1 = [a for a in help_menu.actions() if a.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)]
    assert f1, names


def test_notifier_banner_sits_above_the_pages(qtbot, ctx):
    from dealerdesk.ui.main_window import MainWindow
    from dealerdesk.ui.tray import TrayNotifier

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    notifier = TrayNotifier(ctx, window, use_tray=False, autostart=False)
    window.attach_notifier(notifier)
    assert window.page_layout.indexOf(notifier.banner_widget()) == 0
    assert window.page_layout.indexOf(window.stack) == window.page_layout.count() - 1  # notices above the pages


def test_import_and_export_menu_follow_permissions(qtbot, ctx):
    from dealerdesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.import_action.isEnabled() == ctx.actor.can("import")
    assert window.export_action.isEnabled() == ctx.actor.can("export")
