"""The GUI reports page: generates the month in the background, fills the KPI table, previews the pages."""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

pytest.importorskip("PySide6.QtWidgets")

from dealerdesk.services.auth import actor_for_login
from dealerdesk.store.db import close_store, open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kpi_store as ks
from PySide6.QtCore import Qt

from tests.ui.printer import pdf_printer


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
    assert page.preview.count >= 5 and page.print_button.isEnabled()


def test_empty_model_passes_the_model_tester(qtmodeltester):
    from dealerdesk.ui.models.columns.reporting import KPI_SPEC
    from dealerdesk.ui.models.lazy_table import LazyTableModel
    from dealerdesk.ui.models.sources import ListSource

    qtmodeltester.check(LazyTableModel(KPI_SPEC, ListSource()))


def test_preview_renders_page_one_of_the_summary_without_pdftoppm(page, qtbot, tmp_path, monkeypatch):
    """The preview is pypdfium2's: nothing shells out to poppler, so an empty PATH changes nothing."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert shutil.which("pdftoppm") is None
    page.resize(1000, 700)
    page.generate()
    qtbot.waitUntil(lambda: page.worker.done, timeout=30000)
    preview = page.preview
    assert preview.current_page() == 1 and preview.count == len(PdfReader(page.pdf).pages)
    pixmap = preview.image.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width() > 200  # an A4 page, portrait
    image = pixmap.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#ffffff" in colours and len(colours) > 10  # paper with the summary drawn on it, not a blank
    assert preview.of_label.text() == f"/ {preview.count} 页"


def test_preview_navigates_and_zooms_with_the_keyboard(page, qtbot):
    page.generate()
    qtbot.waitUntil(lambda: page.worker.done, timeout=30000)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    preview = page.preview
    preview.set_zoom(1.0)
    width = preview.image.pixmap().width()
    preview.scroll.setFocus()
    qtbot.keyClick(preview.scroll, Qt.Key.Key_PageDown)
    assert preview.current_page() == 2 and preview.prev_button.isEnabled()
    qtbot.keyClick(preview.scroll, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_label.text() == "125%" and preview.image.pixmap().width() > width
    qtbot.keyClick(preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_label.text() == "75%" and preview.image.pixmap().width() < width
    preview.go(99)
    assert preview.current_page() == preview.count and not preview.next_button.isEnabled()


def test_print_sends_every_page_to_the_printer(page, qtbot, tmp_path, monkeypatch):
    """The page's 打印 goes through ui/printing.print_pdf; `accept` stands in for the dialog's 打印 button and
    points the printer at a PDF file, so the printed pages can be counted and read back."""
    monkeypatch.setenv("PATH", str(tmp_path))
    page.generate()
    qtbot.waitUntil(lambda: page.worker.done, timeout=30000)
    out = tmp_path / "printed.pdf"
    assert page.print_pages(accept=lambda printer: pdf_printer(printer, out)) == page.preview.count
    printed = PdfReader(out)
    assert len(printed.pages) == page.preview.count
    assert printed.pages[0].images  # each sheet carries the rendered page
    assert "已送打印机" in page.status.text()


def test_print_cancelled_prints_nothing(page, qtbot, tmp_path):
    page.generate()
    qtbot.waitUntil(lambda: page.worker.done, timeout=30000)
    assert page.print_pages(accept=lambda printer: False) == 0
    assert not list(tmp_path.glob("*.pdf"))
