"""Printing and PDF pages, one path for every print action (profile, settlement sheet, repair order, reports).

Our printouts are PDFs drawn by ReportLab (dealerdesk/reports). To print one, its pages are rasterised with
pypdfium2 (PDFium, the engine Chrome uses; wheels for Windows/macOS/Linux, ~9 MB installed) and painted on a
QPrinter page by page; the same rasteriser feeds the preview (ui/widgets/pdf_preview.py), so no poppler /
`pdftoppm` is needed anywhere. Why pypdfium2 and not QtPdf: QtPdf is only in PySide6-Addons (a 175 MB
wheel, 422 MB installed) and renders no faster (figures in packaging/README.md).

    print_pdf(pdf, parent)                  # 打印: the system print dialog, then the pages
    save_pdf_copy(pdf, parent, "x.pdf")     # 另存为 PDF: a save dialog that starts in Documents

`print_pdf(..., accept=...)` decides instead of the dialog (the self-test and the tests print to a PDF
printer through exactly this path); `ask` is the one function that shows QPrintDialog. The printer the
person chose last is remembered in QSettings (`printing/printer`) and preselected next time.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QWidget

PRINTER_KEY = "printing/printer"
PRINT_DPI = 300  # enough for text on paper; a 600-dpi A4 page would be a 140 MB image


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


# --- PDF pages ------------------------------------------------------------------------------------------

def page_count(pdf: Path) -> int:
    import pypdfium2  # imported on first use: not part of the window's cold start

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()  # on Windows an open document would lock the (temporary) file


def render_page(pdf: Path, index: int, dpi: float = 96) -> QImage:
    """Page `index` (0-based) of `pdf` as an image at `dpi`."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        page = doc[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB byte order, as QImage wants it
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888).copy()  # copy: the buffer dies with the bitmap
        page.close()
        return image
    finally:
        doc.close()


# --- printing -------------------------------------------------------------------------------------------

def new_printer() -> QPrinter:
    """A high-resolution printer, preset to the printer chosen last time when it is still installed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = QSettings().value(PRINTER_KEY, "", type=str)
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    return printer


def ask(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system print dialog; True when the person pressed 打印."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("打印"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Every page of `pdf` (or the range chosen in the dialog) on the printer, one per sheet, scaled to the
    printable area with its aspect kept; the number of pages printed."""
    count = page_count(pdf)
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1, min(last, count) if last else count) if first else range(count)
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index in pages:
            if printed:
                printer.newPage()
            image = render_page(pdf, index, dpi)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_pdf(pdf: Path, parent: QWidget | None = None, *, printer: QPrinter | None = None,
              accept: Callable[[QPrinter], bool] | None = None) -> int:
    """打印: ask with the system print dialog (or `accept`, which may set the printer up and says yes or
    no), then print. The pages printed; 0 when cancelled."""
    printer = printer or new_printer()
    printer.setDocName(Path(pdf).stem)
    if not (accept or (lambda p: ask(p, parent)))(printer):
        return 0
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        QSettings().setValue(PRINTER_KEY, printer.printerName())
    return paint_pdf(printer, Path(pdf))


# --- saving ---------------------------------------------------------------------------------------------

def documents_dir() -> Path:
    """The user's Documents folder (QStandardPaths), where 另存为 PDF starts."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def ask_pdf_path(parent: QWidget | None, title: str, file_name: str) -> Path | None:
    """A save dialog for a PDF, starting in Documents with `file_name` filled in; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(documents_dir() / file_name),
                                          _tr("PDF 文件 (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_pdf_copy(pdf: Path, parent: QWidget | None, file_name: str, title: str | None = None) -> Path | None:
    """另存为 PDF: copy an already rendered PDF where the person says; the new path, None when cancelled."""
    target = ask_pdf_path(parent, title or _tr("另存为 PDF"), file_name)
    if target is not None:
        shutil.copyfile(pdf, target)
    return target
