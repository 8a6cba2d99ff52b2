"""Printing prints (ui/printing.py): every 打印 action opens the print path and puts the PDF's pages on the
printer. The printer here is Qt's PDF output (QPrinter.OutputFormat.PdfFormat), chosen by `accept`, which stands
in for the print dialog's 打印 button; what comes out is read back with pypdf."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter

from dealerdesk.reports.layout import store_header
from dealerdesk.reports.repair_order import write_repair_order
from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.store_profile import get_profile
from dealerdesk.store.models import Vehicle
from dealerdesk.ui import printing
from dealerdesk.ui.dialogs.profile import ProfileWindow
from dealerdesk.ui.dialogs.repair_order import RepairOrderDialog
from tests.ui.printer import pdf_printer


@pytest.fixture(autouse=True)
def _app(qapp, qsettings_tmp):
    """A QPrinter needs the application; the remembered printer is written to a temp settings file."""


@pytest.fixture()
def order(store):
    car = Vehicle.get(Vehicle.plate == "粤B12345")
    return rc.check_in(SYSTEM, rc.CheckInInput(car.owner_id, car.id, 20000))


@pytest.fixture()
def sheet(order, tmp_path) -> Path:
    return write_repair_order(tmp_path / "order.pdf", rc.get_order(SYSTEM, order.id), **store_header(get_profile()))


def test_print_pdf_prints_every_page_and_keeps_the_page_shape(sheet, tmp_path, qsettings_tmp):
    out = tmp_path / "printed.pdf"
    pages = printing.print_pdf(sheet, accept=lambda printer: pdf_printer(printer, out))
    source, printed = PdfReader(sheet), PdfReader(out)
    assert pages == len(source.pages) == len(printed.pages)
    assert printed.pages[0].images  # the rendered page is on the sheet
    box = printed.pages[0].mediabox
    assert float(box.height) > float(box.width)  # portrait, like the source


def test_cancelling_the_dialog_prints_nothing(sheet, tmp_path, qsettings_tmp):
    out = tmp_path / "printed.pdf"
    assert printing.print_pdf(sheet, accept=lambda printer: pdf_printer(printer, out) and False) == 0
    assert not out.exists()


def test_page_range_from_the_dialog_is_honoured(qsettings_tmp, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "three.pdf"
    canvas = Canvas(str(pdf))
    for n in range(3):
        canvas.drawString(100, 700, f"page {n + 1}")
        canvas.showPage()
    canvas.save()
    out = tmp_path / "printed.pdf"

    def pages_two_to_three(printer: QPrinter) -> bool:
        printer.setFromTo(2, 3)
        return pdf_printer(printer, out)

    assert printing.print_pdf(pdf, accept=pages_two_to_three) == 2
    assert len(PdfReader(out).pages) == 2


def test_a_remembered_printer_that_is_gone_falls_back_to_the_default(qsettings_tmp):
    QSettings().setValue(printing.PRINTER_KEY, "已拆掉的打印机")
    assert printing.new_printer().printerName() != "已拆掉的打印机"


def test_printing_to_a_file_does_not_replace_the_remembered_printer(sheet, tmp_path, qsettings_tmp):
    QSettings().setValue(printing.PRINTER_KEY, "前台打印机")
    printing.print_pdf(sheet, accept=lambda printer: pdf_printer(printer, tmp_path / "x.pdf"))
    assert QSettings().value(printing.PRINTER_KEY) == "前台打印机"


def test_profile_ctrl_p_prints_through_the_print_path(ctx, store, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "profile-printed.pdf"
    monkeypatch.setattr(printing, "ask", lambda printer, parent: pdf_printer(printer, out))
    window = ProfileWindow(ctx, store["ids"][0])
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, "p", printing.Qt.KeyboardModifier.ControlModifier)
    assert len(PdfReader(out).pages) >= 1


def test_repair_order_print_button_prints_and_save_starts_in_documents(ctx, order, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "order-printed.pdf"
    monkeypatch.setattr(printing, "ask", lambda printer, parent: pdf_printer(printer, out))
    dialog = RepairOrderDialog(ctx, order.id)
    qtbot.addWidget(dialog)
    dialog.print_btn.click()
    assert len(PdfReader(out).pages) >= 1
    saved = tmp_path / "saved"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: (asked.append(start), (str(saved), "PDF"))[1])
    dialog.save_pdf_btn.click()
    assert asked == [str(printing.documents_dir() / f"{order.number}.pdf")]
    assert (tmp_path / "saved.pdf").read_bytes()[:4] == b"%PDF"  # .pdf added when the name had none
