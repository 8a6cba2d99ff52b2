"""The GUI reports page: generates the month in the background, fills the KPI table, previews the pages."""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from dealerdesk.services.auth import actor_for_login
from dealerdesk.store.db import close_store, open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kpi_store as ks


@pytest.fixture
def page(qtbot, tmp_path):
    from dealerdesk.ui.context import AppContext
    from dealerdesk.ui.pages.reports import Page

    open_store(tmp_path / "t.db", create=True)
    ks.build()
    ctx = AppContext(actor=actor_for_login("boss"), clock=lambda: dt.datetime(2026, 11, 3, 9, 0))
    widget = Page(ctx)
    qtbot.addWidget(widget)
    yield widget
    if widget.worker is not None:
        qtbot.waitUntil(lambda: widget.worker.done, timeout=30000)
    close_store()


def test_defaults_to_last_month_and_nothing_to_save_yet(page):
    assert page.month_text() == "2026-10"
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    assert page.empty.showing_empty and page.empty.buttons[0].text() == "生成月度汇总"  # not a blank table


def test_generate_fills_the_kpi_table_and_the_preview(page, qtbot, qtmodeltester):
    page.generate()
    qtbot.waitUntil(lambda: page.worker.done, timeout=30000)
    assert page.pdf is not None and page.pdf.read_bytes()[:4] == b"%PDF"
    model = page.model
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows["集客"] == "4" and rows["成交率"] == "50.0%" and rows["跟进达标率"] == "33.3%"
    assert page.save_button.isEnabled() and not page.empty.showing_empty
    if shutil.which("pdftoppm"):
        assert len(page.images) >= 5 and page.pages.count() == len(page.images)
        assert page.print_button.isEnabled()


def test_empty_model_passes_the_model_tester(qtmodeltester):
    from dealerdesk.ui.models.columns.reporting import KPI_SPEC
    from dealerdesk.ui.models.lazy_table import LazyTableModel
    from dealerdesk.ui.models.sources import ListSource

    qtmodeltester.check(LazyTableModel(KPI_SPEC, ListSource()))


def test_print_images_puts_one_image_on_each_printed_page(page, qtbot, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from dealerdesk.ui.pages.reports import print_images

    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm not installed")
    page.generate()
    qtbot.waitUntil(lambda: page.worker.done, timeout=30000)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_images(printer, page.images)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(page.images)
