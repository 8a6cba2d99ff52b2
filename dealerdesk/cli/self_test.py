"""`dealerdesk --self-test`: does this installation work? (pip install, the PyInstaller bundle, a store PC)

In a throw-away folder, offscreen (no window appears, no desktop needed): write a small demo store, log in
as its manager with the demo password, search customers, render the monthly summary PDF and page 1 of it
as an image through the GUI's preview path (pypdfium2 into a QImage, ui/printing.py), with the bundled font
loaded. Exit 0 with one line naming what was checked; exit 1 with one line saying which step failed and why.
The user's own data folder, settings and store are never touched (DEALERDESK_HOME points into the temp
folder while it runs).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SEARCH_TEXT = "王"  # the commonest surname: the demo store always has a 王


class SelfTestFailed(Exception):
    pass


def _check(ok: bool, reason: str) -> None:
    if not ok:
        raise SelfTestFailed(reason)


def _steps(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    state: dict[str, object] = {}
    store = folder / "self-test.db"

    def demo() -> str:
        from dealerdesk.services.demo import DemoOptions, generate_demo

        stats = generate_demo(DemoOptions(path=store, customers=60, seed=1, today=dt.date.today()))
        return f"{stats.customers} 位客户"

    def login() -> str:
        from dealerdesk.services.accounts import authenticate
        from dealerdesk.services.demo import DEMO_PASSWORD
        from dealerdesk.store.db import open_store

        open_store(store)
        state["actor"] = authenticate("manager01", DEMO_PASSWORD)
        return "manager01"

    def search() -> str:
        from dealerdesk.services.search import search_customers

        hits = search_customers(state["actor"], SEARCH_TEXT, limit=5)
        _check(bool(hits), f"搜索“{SEARCH_TEXT}”没有结果")
        return f"{len(hits)} 条"

    def report() -> str:
        from dealerdesk.reports.monthly import render_monthly
        from dealerdesk.services.reporting.summary import monthly_summary

        month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
        pdf = folder / "月度汇总.pdf"
        render_monthly(monthly_summary(state["actor"], month), pdf)
        _check(pdf.is_file() and pdf.read_bytes()[:4] == b"%PDF", "月度汇总不是 PDF 文件")
        state["pdf"] = pdf
        return month

    def preview() -> str:
        from dealerdesk.app import preview_first_page

        pages, width, height, colours = preview_first_page(state["pdf"])
        _check(pages > 0 and height > width > 100, "PDF 第 1 页无法显示")
        _check(colours > 2, "PDF 第 1 页是空白的")
        return f"{pages} 页，第 1 页 {width}×{height}"

    return [("演示门店", demo), ("登录", login), ("搜索", search), ("月度汇总 PDF", report), ("预览", preview)]


def run() -> int:
    """The self-test; the process exit code. One line on stdout (passed) or stderr (failed)."""
    started = time.perf_counter()
    saved = {key: os.environ.get(key) for key in ("QT_QPA_PLATFORM", "DEALERDESK_HOME")}
    done: list[str] = []
    with tempfile.TemporaryDirectory(prefix="dealerdesk-self-test-") as tmp:
        folder = Path(tmp)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["DEALERDESK_HOME"] = str(folder / "home")
        name = ""
        try:
            for name, step in _steps(folder):
                done.append(f"{name}（{step()}）")
        except Exception as exc:  # noqa: BLE001 - any failure is the answer: one line, exit 1
            print(f"自检失败：{name}：{str(exc).strip() or type(exc).__name__}", file=sys.stderr)
            return 1
        finally:
            from dealerdesk.store.db import close_store

            close_store()  # Windows cannot delete the temp folder while the store file is open
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    print(f"自检通过：{'、'.join(done)}，用时 {time.perf_counter() - started:.1f} 秒")
    return 0
